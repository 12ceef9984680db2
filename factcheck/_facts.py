"""Fact sheets: a newsroom's canonical facts, checked against documents like any other source.

A fact sheet is a TOML or YAML file with a list of facts::

    [[fact]]
    subject = "Norvik workers"        # a phrase, keyed as in articles (or subject_key = "...")
    amount = "about 1,200"            # an amount, read as in articles
    valid_from = 2031-01-01           # optional: when the fact holds
    valid_until = 2031-06-30
    source = "Norvik annual report"   # optional, shown in findings

    [[fact]]
    subject = "Norvik workers"
    event = "remain"                  # an event class of the event lexicon
    negated = false

Every fact becomes a claim of the fact sheet (a document whose id is the file's path), spoken
by "the fact sheet"; its span points at the fact's subject in the file.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
import yaml

from factcheck._amounts import parse_amount
from factcheck._dates import parse_date
from factcheck._lexicon import Lexicon
from factcheck._model import (
    Amount,
    AmountClaim,
    Claim,
    Document,
    EventClaim,
    Polarity,
    Span,
    Speaker,
    SpeakerKind,
    Subject,
    Tense,
    TimeWindow,
)
from factcheck._segment import segment
from factcheck._subjects import find_subjects
from factcheck._units import counted_unit, registry
from factcheck.errors import FactcheckError, InputError

__all__ = ["FACT_SHEET", "fact_claims"]

#: The voice of fact-sheet claims.
FACT_SHEET = Speaker(key="fact sheet", name="the fact sheet", kind=SpeakerKind.ORGANIZATION)

_KEYS = {
    "subject",
    "subject_key",
    "amount",
    "event",
    "negated",
    "valid_from",
    "valid_until",
    "source",
}


def _read(path: Path) -> tuple[str, list[Mapping[str, Any]]]:
    label = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(label, f"cannot read the fact sheet: {error}") from None
    try:
        data = (
            yaml.safe_load(text)
            if path.suffix.lower() in (".yaml", ".yml")
            else tomllib.loads(text)
        )
    except (yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        raise InputError(label, f"the fact sheet does not parse: {error}") from None
    facts = (
        (data or {}).get("fact", (data or {}).get("facts", []))
        if isinstance(data, Mapping)
        else None
    )
    if not isinstance(facts, list) or not all(isinstance(f, Mapping) for f in facts):
        raise InputError(label, "a fact sheet is a list of [[fact]] tables")
    return text, facts


def _subject(fact: Mapping[str, Any], label: str, lexicon: Lexicon) -> tuple[Subject, str | None]:
    """The subject of a fact, and the counted kind its phrase names (for bare numbers)."""
    if isinstance(fact.get("subject_key"), str):
        key = fact["subject_key"]
        return Subject(key=key, text=key, owner=key), None
    phrase = fact.get("subject")
    if not isinstance(phrase, str) or not phrase.strip():
        raise InputError(label, "every fact needs a subject (a phrase) or a subject_key")
    subjects = find_subjects(phrase, segment(phrase, lexicon=lexicon), lexicon=lexicon).mentions
    found = max(subjects, key=lambda m: len(m.span), default=None)
    if found is None:
        return Subject(key=phrase.strip(), text=phrase.strip(), owner=phrase.strip()), None
    return found.subject, found.kind


def _counted(amount: Amount, kind: str | None) -> Amount:
    """A bare number of a fact about counted things, as a count of them ("about 1,200")."""
    if kind is None or not amount.low.dimensionless:
        return amount
    unit = counted_unit(kind)

    def count(quantity: Any) -> Any:
        return registry().Quantity(quantity.magnitude, unit)

    return attrs.evolve(
        amount,
        low=count(amount.low),
        high=count(amount.high),
        stated=(count(amount.stated[0]), count(amount.stated[1])),
    )


def _window(fact: Mapping[str, Any], label: str) -> TimeWindow | None:
    try:
        earliest = parse_date(fact["valid_from"]) if "valid_from" in fact else None
        latest = (
            parse_date(fact["valid_until"]) + dt.timedelta(days=1)
            if "valid_until" in fact
            else None
        )
    except ValueError as error:
        raise InputError(label, f"a fact's validity is not a date: {error}") from None
    return (
        None
        if earliest is None and latest is None
        else TimeWindow(earliest=earliest, latest=latest)
    )


def fact_claims(path: Path, *, lexicon: Lexicon) -> tuple[Document, Sequence[Claim]]:
    """The fact sheet as a document, and its facts as claims."""
    label = str(path)
    text, facts = _read(path)
    document = Document(text=text, id=label, path=label, title="fact sheet")
    claims: list[Claim] = []
    cursor = 0
    for number, fact in enumerate(facts, start=1):
        where = f"{label}: fact {number}"
        unknown = sorted(set(fact) - _KEYS)
        if unknown:
            raise InputError(
                where, f"unknown key {unknown[0]!r} (known: {', '.join(sorted(_KEYS))})"
            )
        subject, kind = _subject(fact, where, lexicon)
        needle = str(fact.get("subject") or fact.get("subject_key"))
        start = text.find(needle, cursor)
        span = Span(start=max(start, 0), end=max(start, 0) + len(needle) if start >= 0 else 0)
        cursor = max(cursor, span.end)
        common: dict[str, Any] = {
            "document": label,
            "span": span,
            "text": str(fact.get("amount") or fact.get("event") or needle),
            "sentence": span,
            "subject": subject,
            "speaker": FACT_SHEET,
            "window": _window(fact, where),
        }
        if "amount" in fact:
            try:
                amount = parse_amount(str(fact["amount"]), lexicon=lexicon)
            except FactcheckError as error:
                raise InputError(where, f"the amount does not read: {error}") from None
            claims.append(AmountClaim(**common, amount=_counted(amount, kind)))
        elif "event" in fact:
            negated = bool(fact.get("negated", False))
            claims.append(
                EventClaim(
                    **common,
                    event=str(fact["event"]),
                    polarity=Polarity.NEGATIVE if negated else Polarity.POSITIVE,
                    tense=Tense.PRESENT,
                )
            )
        else:
            raise InputError(where, "a fact needs an amount or an event")
    return document, claims
