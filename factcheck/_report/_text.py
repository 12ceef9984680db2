"""The text report: one compiler-style line per finding, then each claim's sentence with the
claim's words marked, then a summary.

    a.md:4:1: FC201 warning [disagreement] 'they're coming home now' (…) vs '…' (…): …
        a.md:4:1    “Our crews are all coming back, and »they're coming home now«,” Berg said.
        b.md:7:12   An official said »Norvik workers will leave within 30 to 45 days«.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

import click

from factcheck._model import Claim, Document, Finding, Severity
from factcheck._report._json import locate

__all__ = ["finding_place", "text_report"]

#: The most characters of a sentence shown around a claim.
SENTENCE_WIDTH = 180

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def _name(document_id: str, documents: Mapping[str, Document]) -> str:
    document = documents.get(document_id)
    return document.path or document.id if document is not None else document_id


def finding_place(finding: Finding, documents: Mapping[str, Document]) -> tuple[str, int, int]:
    """Where a finding points: its first claim's file, line and column (or the document)."""
    if finding.claims:
        claim = finding.claims[0]
        document = documents.get(claim.document)
        if document is not None:
            place = locate(document, claim.span)
            return _name(claim.document, documents), place["line"], place["column"]
        return claim.document, 1, 1
    return (_name(finding.documents[0], documents) if finding.documents else "-"), 1, 1


def _sentence(claim: Claim, document: Document, colour: bool) -> str:
    """The claim's sentence on one line, the claim's words marked, trimmed around them."""
    text = document.text
    start, end = claim.sentence.start, claim.sentence.end
    if not (start <= claim.span.start <= claim.span.end <= end):
        start, end = claim.span.start, claim.span.end
    before = " ".join(text[start : claim.span.start].split())
    words = " ".join(text[claim.span.start : claim.span.end].split())
    after = " ".join(text[claim.span.end : end].split())
    room = max(SENTENCE_WIDTH - len(words), 20) // 2
    if len(before) > room:
        before = "…" + before[-room:]
    if len(after) > room:
        after = after[:room] + "…"
    marked = click.style(words, bold=True, underline=True) if colour else f"»{words}«"
    space_before = " " if before and text[claim.span.start - 1 : claim.span.start].isspace() else ""
    space_after = " " if after and text[claim.span.end : claim.span.end + 1].isspace() else ""
    return f"{before}{space_before}{marked}{space_after}{after}"


def text_report(
    findings: Iterable[Finding], documents: Iterable[Document], *, colour: bool = False
) -> str:
    """The findings as an editor reads them in a terminal."""
    by_id = {document.id: document for document in documents}
    lines: list[str] = []
    counts: Counter[Severity] = Counter()
    for finding in findings:
        counts[finding.severity] += 1
        path, line, column = finding_place(finding, by_id)
        severity = finding.severity.value
        if colour:
            severity = click.style(severity, fg=_COLOURS[finding.severity], bold=True)
        head = f"{path}:{line}:{column}: {finding.rule} {severity} [{finding.kind.value}]"
        lines.append(f"{head} {finding.message}")
        for claim in finding.claims:
            document = by_id.get(claim.document)
            if document is None:
                continue
            place = locate(document, claim.span)
            where = f"{_name(claim.document, by_id)}:{place['line']}:{place['column']}"
            lines.append(f"    {where}  {_sentence(claim, document, colour)}")
    total = sum(counts.values())
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
    detail = f" ({', '.join(parts)})" if parts else ""
    noun = "finding" if total == 1 else "findings"
    count = len(by_id)
    lines.append(f"{total or 'No'} {noun}{detail} in {count} document{'s' if count != 1 else ''}.")
    return "\n".join(lines)
