"""A Markdown summary of the findings, fit for a pull-request comment or a job summary.

A heading with the counts, then a table with a row per finding: its severity, rule, place,
message and both sentences quoted, the clashing words in bold. Text from the articles is
escaped, so that it cannot turn into markup, links or HTML.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from factcheck._model import Document, Finding, Severity
from factcheck._report._json import locate
from factcheck._report._text import (
    Texts,
    accepted_summary,
    document_name,
    excerpt,
    excerpts,
    finding_place,
)

if TYPE_CHECKING:
    from factcheck._accept import Accepted

__all__ = ["MAX_LENGTH", "markdown_report"]

#: The most characters of a summary: GitHub refuses comments over 65,536.
MAX_LENGTH = 60_000
#: Findings whose sentences are read at a time: a summary shows the first few of many.
_BATCH = 64

# Backslash escapes every ASCII punctuation mark in CommonMark; these are the ones that can
# start markup inside a table cell.
_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")


_QUOTES = ("“", '"', "‘", "«", "„")


def _escape(text: str) -> str:
    """Text on one line, its markup escaped; a space at either end is kept."""
    return _SPECIAL.sub(r"\\\1", re.sub(r"\s+", " ", text))


def _counts(findings: Sequence[Finding]) -> str:
    counts = Counter(finding.severity for finding in findings)
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
    return f" ({', '.join(parts)})" if parts else ""


def markdown_report(
    findings: Iterable[Finding],
    documents: Iterable[Document],
    *,
    references: Iterable[Document] = (),
    accepted: Sequence[Accepted] = (),
    texts: Texts | None = None,
) -> str:
    """The findings as a Markdown table; ``references``, ``accepted`` and ``texts`` as in
    the text report."""
    findings = list(findings)
    checked = {document.id: document for document in documents}
    by_id = {**{document.id: document for document in references}, **checked}
    count = len(checked)
    total = len(findings)
    noun = "finding" if total == 1 else "findings"
    lines = [
        f"### factcheck: {total or 'no'} {noun}{_counts(findings)} in {count} "
        f"document{'s' if count != 1 else ''}",
        "",
    ]
    if findings:
        lines += ["| severity | rule | where | finding |", "| --- | --- | --- | --- |"]
    length = sum(len(line) + 1 for line in lines)
    for shown, finding in enumerate(findings):
        if shown % _BATCH == 0:
            sentences = excerpts(findings[shown : shown + _BATCH], by_id, texts)
        path, line, column = finding_place(finding, by_id)
        cell = [_escape(finding.message)]
        for claim in finding.claims:
            document = by_id.get(claim.document)
            if document is None:
                continue
            place = locate(document, claim.span)
            before, words, after = (_escape(part) for part in excerpt(claim, sentences))
            where = _escape(f"{document_name(claim.document, by_id)}:{place['line']}")
            sentence = f"{before}**{words}**{after}"
            # A sentence that is itself a quotation keeps its own marks.
            quoted = sentence if sentence.lstrip("*").startswith(_QUOTES) else f"“{sentence}”"
            cell.append(f"{quoted} ({where})")
        row = (
            f"| {finding.severity.value} | {finding.rule} {finding.name} ({finding.kind.value}) "
            f"| {_escape(path)}:{line}:{column} | {'<br>'.join(cell)} |"
        )
        if length + len(row) > MAX_LENGTH:
            lines.append(f"\n*… and {total - shown} more, left out to keep this comment short.*")
            break
        lines.append(row)
        length += len(row) + 1
    if accepted:
        lines += ["", f"*{accepted_summary(accepted)}; not shown.*"]
    return "\n".join(lines).rstrip() + "\n"
