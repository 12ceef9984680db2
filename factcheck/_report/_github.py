"""GitHub Actions workflow commands: one annotation per finding, shown on the pull request.

    ::warning file=a.md,line=12,col=39,endColumn=62,title=FC201 timing-conflict::'…' vs '…': …

The message goes on with each claim's sentence, on lines of its own. GitHub reads ``%``,
carriage returns and newlines in a message as escapes, and also ``:`` and ``,`` in a property.
"""

from __future__ import annotations

from collections.abc import Iterable

from factcheck._model import Document, Finding, Severity, file_map
from factcheck._report._json import locate
from factcheck._report._text import Texts, document_name, excerpt, excerpts, finding_place

__all__ = ["github_annotations"]

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """A message as a workflow command carries it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """A property value (file, title) as a workflow command carries it."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotations(
    findings: Iterable[Finding],
    documents: Iterable[Document],
    *,
    references: Iterable[Document] = (),
    texts: Texts | None = None,
) -> str:
    """The findings as workflow commands, one per line; ``references`` and ``texts`` as in
    the text report."""
    findings = list(findings)
    by_id = {document.id: document for document in [*references, *documents]}
    sentences = excerpts(findings, by_id, texts)
    lines = []
    for finding in findings:
        path, line, column = finding_place(finding, by_id)
        properties = {"file": path, "line": str(line), "col": str(column)}
        first = finding.claims[0] if finding.claims else None
        if first is not None and first.document in by_id:
            last = max(first.span.end - 1, first.span.start)
            end_line, end_column = file_map(by_id[first.document]).line_column(last)
            if end_line == line:  # GitHub takes an end column only on the start's line
                properties["endColumn"] = str(end_column + 1)
        properties["title"] = f"{finding.rule} {finding.name}"
        message = [finding.message]
        for claim in finding.claims:
            if claim.document not in by_id:
                continue
            place = locate(by_id[claim.document], claim.span)
            before, words, after = excerpt(claim, sentences)
            where = f"{document_name(claim.document, by_id)}:{place['line']}:{place['column']}"
            message.append(f"{where}: {before}»{words}«{after}")
        fields = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
        text = escape_data("\n".join(message))
        lines.append(f"::{_LEVELS[finding.severity]} {fields}::{text}")
    return "\n".join(lines)
