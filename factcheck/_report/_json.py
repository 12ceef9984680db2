"""JSON forms of documents, claims and findings (schema version 1, documented in docs/).

Offsets are character offsets into the file (or string) as given, so that ``start``/``end``
point at the words a claim came from even when the loader stripped markup; ``line`` and
``column`` are 1-based. Instants are ISO 8601; a time bound known only relative to the
reference instant is a signed ISO 8601 duration ("+P60D", "-P6D").
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from factcheck._engine import Recalled
from factcheck._model import (
    AmountClaim,
    Claim,
    Document,
    EventClaim,
    Finding,
    QuoteClaim,
    Span,
    Speaker,
    StatementDateClaim,
    Subject,
    TallyClaim,
    TimeBound,
    TimeWindow,
    WeekdayClaim,
    file_map,
)
from factcheck._report._jsontext import item_text
from factcheck._units import unit_name

if TYPE_CHECKING:
    from factcheck._check import Concluded, Report

__all__ = [
    "SCHEMA_VERSION",
    "claim_json",
    "claim_kind",
    "document_json",
    "finding_json",
    "finding_texts",
    "locate",
    "report_json",
    "report_sections",
    "source_place",
    "value_json",
]

#: The version of the JSON forms; it changes only when a field changes meaning or goes away.
SCHEMA_VERSION = 1

_KINDS = {
    AmountClaim: "amount",
    EventClaim: "event",
    QuoteClaim: "quote",
    StatementDateClaim: "statement-date",
    TallyClaim: "tally",
    WeekdayClaim: "weekday",
}


def claim_kind(claim: Claim) -> str:
    """The kind of a claim as the JSON names it."""
    return _KINDS.get(type(claim), "claim")


def locate(document: Document, span: Span) -> dict[str, int]:
    """``start``, ``end`` (offsets into the file as given), ``line`` and ``column``."""
    mapping = file_map(document)
    start = mapping.source_offset(span.start)
    end = mapping.source_offset(span.end - 1) + 1 if span.end != span.start else start
    line, column = mapping.source_line_column(start)
    return {"start": start, "end": end, "line": line, "column": column}


def duration(delta: dt.timedelta) -> str:
    """A signed ISO 8601 duration: "+P60D", "-PT6H", "+PT0S"."""
    sign = "-" if delta < dt.timedelta(0) else "+"
    delta = abs(delta)
    days, seconds = delta.days, delta.seconds
    time = ""
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        time += f"{hours}H"
    if minutes:
        time += f"{minutes}M"
    if seconds or delta.microseconds:
        fraction = f"{seconds + delta.microseconds / 1e6:g}"
        time += f"{fraction}S"
    body = (f"{days}D" if days else "") + (f"T{time}" if time else "")
    return f"{sign}P{body or 'T0S'}"


def bound(value: TimeBound | None) -> str | None:
    """A window bound as JSON: ISO instant, signed duration from the reference, or null."""
    if value is None:
        return None
    if isinstance(value, dt.timedelta):
        return duration(value)
    return value.isoformat()


def window_json(window: TimeWindow | None) -> dict[str, str | None] | None:
    if window is None:
        return None
    return {"earliest": bound(window.earliest), "latest": bound(window.latest)}


def _number(value: float) -> float | None:
    return None if math.isinf(value) or math.isnan(value) else value


def value_json(claim: Claim) -> dict[str, Any]:
    """What a claim asserts, normalized: the part that rules compare."""
    if isinstance(claim, AmountClaim):
        amount = claim.amount
        return {
            "low": _number(amount.low.magnitude),
            "high": _number(amount.high.magnitude),
            "unit": unit_name(amount.low),
            "hedge": amount.hedge.value,
            "stated": [_number(q.magnitude) for q in amount.stated],
            "stated_unit": amount.unit,
            "low_open": amount.low_open,
            "high_open": amount.high_open,
            "place": claim.place,
            "site": claim.site,
            "part": claim.part,
            "mood": claim.mood,
            "time_phrase": claim.time_phrase,
            "window": window_json(claim.window),
        }
    if isinstance(claim, EventClaim):
        return {
            "event": claim.event,
            "polarity": claim.polarity.value,
            "tense": claim.tense.value,
            "modality": claim.modality.value,
            "place": claim.place,
            "object": claim.object,
            "time_phrase": claim.time_phrase,
            "follows": claim.follows,
            "window": window_json(claim.window),
        }
    if isinstance(claim, QuoteClaim):
        return {"quote": claim.quote}
    if isinstance(claim, TallyClaim):
        return {
            "figures": list(claim.figures),
            "unanimous": claim.unanimous,
            "object": claim.object,
            "time_phrase": claim.time_phrase,
            "window": window_json(claim.window),
        }
    if isinstance(claim, WeekdayClaim):
        return {
            "date": claim.date.isoformat(),
            "weekday": claim.weekday,
            "falls_on_it": claim.falls_on_it,
            "window": window_json(claim.window),
        }
    return {"window": window_json(claim.window)}


def subject_json(subject: Subject | None) -> dict[str, str] | None:
    return None if subject is None else {"key": subject.key, "text": subject.text}


def speaker_json(speaker: Speaker | None) -> dict[str, str | None] | None:
    if speaker is None:
        return None
    return {
        "key": speaker.key,
        "name": speaker.name,
        "role": speaker.role,
        "kind": speaker.kind._value_,  # as finding_json takes it
    }


def claim_json(claim: Claim, document: Document) -> dict[str, Any]:
    """A claim with its place in the file, its subject, speaker and value."""
    return {
        "kind": claim_kind(claim),
        "document": claim.document,
        **locate(document, claim.span),
        "text": claim.text,
        "sentence": claim.sentence.slice(document.text),
        "subject": subject_json(claim.subject),
        "speaker": speaker_json(claim.speaker),
        "reference": claim.reference.isoformat() if claim.reference else None,
        "value": value_json(claim),
    }


def document_json(document: Document, extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """A document's metadata and input problems."""
    return {
        "id": document.id,
        "path": document.path,
        "published": document.published.isoformat() if document.published else None,
        "title": document.title,
        "outlet": document.outlet,
        "byline": document.byline,
        "problems": [
            {
                "code": problem.code,
                "message": problem.message,
                "offset": problem.offset,
                "line": (
                    None if problem.offset is None else source_place(document, problem.offset)[0]
                ),
            }
            for problem in document.problems
        ],
        **(extra or {}),
    }


def source_place(document: Document, source_offset: int) -> tuple[int, int]:
    """The 1-based line and column of ``source_offset`` in the document's file."""
    return file_map(document).source_line_column(source_offset)


def _finding_claim_json(claim: Claim, documents: Mapping[str, Document]) -> dict[str, Any]:
    document = documents.get(claim.document)
    place = locate(document, claim.span) if document is not None else {}
    return {
        "document": claim.document,
        **place,
        "text": claim.text,
        "subject": subject_json(claim.subject),
        "speaker": speaker_json(claim.speaker),
        "value": value_json(claim),
    }


def finding_json(
    finding: Finding,
    documents: Mapping[str, Document],
    claims_json: dict[int, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """A finding: its rule, kind, severity, message, each claim with its place, and for a
    finding without claims that points at a place in its document, that place.

    ``claims_json`` keeps the form of each claim by ``id`` for a caller that renders many
    findings (a claim takes part in up to three findings of a group): the findings then
    share one dict for a claim, made once."""
    claims = []
    for claim in finding.claims:
        if claims_json is None:
            claims.append(_finding_claim_json(claim, documents))
            continue
        form = claims_json.get(id(claim))
        if form is None:
            form = claims_json[id(claim)] = _finding_claim_json(claim, documents)
        claims.append(form)
    return {
        "rule": finding.rule,
        "name": finding.name,
        # An enum member's ``_value_`` is its value without the descriptor behind ``value``,
        # which cost a tenth of writing 23,751 findings.
        "kind": finding.kind._value_,
        "severity": finding.severity._value_,
        "message": finding.message,
        "documents": list(finding.documents) or sorted({c.document for c in finding.claims}),
        "claims": claims,
        "location": _location(finding, documents),
    }


def finding_texts(findings: Sequence[Finding], documents: Mapping[str, Document]) -> list[bytes]:
    """What the JSON report writes for each of ``findings`` in its list of findings, the
    form of a claim they share made once (as :func:`report_sections` makes it)."""
    claims: dict[int, dict[str, Any]] = {}
    return [item_text(finding_json(finding, documents, claims)) for finding in findings]


def _location(finding: Finding, documents: Mapping[str, Document]) -> dict[str, int] | None:
    if finding.offset is None:  # every finding with claims
        return None
    document = documents.get(finding.documents[0]) if finding.documents else None
    if document is None:
        return None
    line, column = source_place(document, finding.offset)
    return {"offset": finding.offset, "line": line, "column": column}


def report_sections(
    report: Report | Concluded,
) -> Iterator[tuple[str, int | Iterator[dict[str, Any] | bytes]]]:
    """The JSON report's members in order: the version, then each list as an iterator of its
    items, made as they are taken (a report of a large archive is written item by item). A
    finding recalled packed is its text as the cache kept it (:meth:`Recalled.text`), which
    :func:`factcheck._report._jsontext.json_chunks` writes as it is."""
    documents = {document.id: document for document in [*report.facts, *report.documents]}
    # The report holds its findings, and so their claims, while it is rendered: ids stay.
    claims: dict[int, dict[str, Any]] = {}
    yield "version", SCHEMA_VERSION
    yield "documents", (document_json(document) for document in report.documents)
    yield (
        "findings",
        (
            finding.text()
            if isinstance(finding, Recalled)
            else finding_json(finding, documents, claims)
            for finding in report.findings
        ),
    )
    yield (
        "accepted",
        (
            {
                **finding_json(item.finding, documents, claims),
                "accepted_by": item.by.value,
                "reason": item.reason,
            }
            for item in report.accepted
        ),
    )


def report_json(report: Report) -> dict[str, Any]:
    """The JSON report (schema version 1)."""
    return {
        key: value if isinstance(value, int) else list(value)
        for key, value in report_sections(report)
    }
