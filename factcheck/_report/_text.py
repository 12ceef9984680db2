"""The text report: one compiler-style line per finding, then each claim's sentence with the
claim's words marked, then a summary.

    a.md:4:1: FC201 warning [disagreement] 'they're coming home now' (…) vs '…' (…): …
        a.md:4:1    “Our crews are all coming back, and »they're coming home now«,” Berg said.
        b.md:7:12   An official said »Norvik workers will leave within 30 to 45 days«.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

import click

from factcheck._model import Claim, Document, Finding, Severity
from factcheck._report._json import locate, source_place

if TYPE_CHECKING:
    from factcheck._accept import Accepted

__all__ = [
    "Excerpts",
    "Texts",
    "accepted_summary",
    "document_name",
    "excerpt",
    "excerpts",
    "finding_place",
    "sentence_parts",
    "text_report",
]

#: The most characters of a sentence shown around a claim.
SENTENCE_WIDTH = 180

_COLOURS = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def document_name(document_id: str, documents: Mapping[str, Document]) -> str:
    """How reports name a document: its file's path as given, else its id."""
    document = documents.get(document_id)
    return document.path or document.id if document is not None else document_id


def finding_place(finding: Finding, documents: Mapping[str, Document]) -> tuple[str, int, int]:
    """Where a finding points: its first claim's file, line and column, or the place in its
    first document that it gives (else that document's first line)."""
    if finding.claims:
        claim = finding.claims[0]
        document = documents.get(claim.document)
        if document is not None:
            place = locate(document, claim.span)
            return document_name(claim.document, documents), place["line"], place["column"]
        return claim.document, 1, 1
    if not finding.documents:
        return "-", 1, 1
    name = document_name(finding.documents[0], documents)
    document = documents.get(finding.documents[0])
    if document is None or finding.offset is None:
        return name, 1, 1
    return (name, *source_place(document, finding.offset))


def sentence_parts(claim: Claim, text: str) -> tuple[str, str, str]:
    """The claim's sentence in its document's ``text`` on one line, trimmed around the
    claim's words: the words before them (with the space that follows), the words, and the
    words after (with the space)."""
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
    space_before = " " if before and text[claim.span.start - 1 : claim.span.start].isspace() else ""
    space_after = " " if after and text[claim.span.end : claim.span.end + 1].isspace() else ""
    return before + space_before, words, space_after + after


#: How a report reads the text of a document that comes without it (a report of a check
#: that held no claims): the text, or ``None`` when it cannot be read as it was checked.
Texts = Callable[[Document], str | None]
#: The parts of the sentence of each claim (:func:`sentence_parts`), by the claim's place:
#: its document, its span and its sentence's span.
Excerpts = dict[tuple[str, int, int, int, int], tuple[str, str, str]]


def _place(claim: Claim) -> tuple[str, int, int, int, int]:
    # Hashing a claim hashes every value it holds: a hundred times the cost of its place.
    span, sentence = claim.span, claim.sentence
    return claim.document, span.start, span.end, sentence.start, sentence.end


def excerpts(
    findings: Iterable[Finding], documents: Mapping[str, Document], texts: Texts | None = None
) -> Excerpts:
    """The sentence parts of each claim of ``findings`` in ``documents``; the text of a
    document that comes without it is read by ``texts``, once (a claim whose text cannot be
    read shows its own words only)."""
    claims: dict[str, list[Claim]] = {}
    for finding in findings:
        for claim in finding.claims:
            if claim.document in documents:
                claims.setdefault(claim.document, []).append(claim)
    found: Excerpts = {}
    for document_id, own in claims.items():
        document = documents[document_id]
        text = document.text or (None if texts is None else texts(document))
        for claim in own:
            found[_place(claim)] = sentence_parts(claim, text) if text else ("", claim.text, "")
    return found


def excerpt(claim: Claim, found: Excerpts) -> tuple[str, str, str]:
    """The sentence parts of ``claim`` among those ``found``."""
    return found[_place(claim)]


def _sentence(claim: Claim, found: Excerpts, colour: bool) -> str:
    """The claim's sentence on one line, the claim's words marked."""
    before, words, after = excerpt(claim, found)
    marked = click.style(words, bold=True, underline=True) if colour else f"»{words}«"
    return f"{before}{marked}{after}"


def accepted_summary(accepted: Sequence[Accepted]) -> str:
    """How many findings were accepted, and by what: "3 accepted (2 by the baseline, ...)"."""
    from factcheck._accept import AcceptedBy

    if not accepted:
        return ""
    counts = Counter(item.by for item in accepted)
    ways = {AcceptedBy.BASELINE: "by the baseline", AcceptedBy.SUPPRESSION: "suppressed inline"}
    parts = [f"{counts[by]} {ways[by]}" for by in AcceptedBy if counts[by]]
    return f"{len(accepted)} accepted ({', '.join(parts)})"


def text_report(
    findings: Iterable[Finding],
    documents: Iterable[Document],
    *,
    colour: bool = False,
    references: Iterable[Document] = (),
    accepted: Sequence[Accepted] = (),
    texts: Texts | None = None,
) -> str:
    """The findings as an editor reads them in a terminal.

    ``references`` are documents the findings may point into that were not themselves
    checked (fact sheets); ``accepted`` are the findings accepted, counted in the summary;
    ``texts`` reads the text of a document that comes without it.
    """
    findings = list(findings)
    checked = {document.id: document for document in documents}
    by_id = {**{document.id: document for document in references}, **checked}
    sentences = excerpts(findings, by_id, texts)
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
            where = f"{document_name(claim.document, by_id)}:{place['line']}:{place['column']}"
            lines.append(f"    {where}  {_sentence(claim, sentences, colour)}")
    total = sum(counts.values())
    parts = [f"{counts[s]} {s.value}{'s' if counts[s] != 1 else ''}" for s in Severity if counts[s]]
    detail = f" ({', '.join(parts)})" if parts else ""
    noun = "finding" if total == 1 else "findings"
    count = len(checked)
    summary = f"{total or 'No'} {noun}{detail} in {count} document{'s' if count != 1 else ''}"
    if accepted:
        summary += f"; {accepted_summary(accepted)}"
    lines.append(f"{summary}.")
    return "\n".join(lines)
