"""Hypothesis strategies for factcheck's values, for property-testing your own rules.

Every strategy takes keyword-only options and returns a ``SearchStrategy``. For example, to test
that a rule of yours never flags a claim against itself::

    from hypothesis import given
    from factcheck import strategies as fst

    @given(fst.amount_claims())
    def test_my_rule_is_silent_on_one_claim(claim):
        assert my_rule([claim, claim]) == []

Values are valid by construction: spans lie in their sentences, amounts have ``low <= high`` in
one unit, windows have ``earliest < latest`` (or an open end).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import attrs
from hypothesis import strategies as st

from factcheck._model import (
    Amount,
    AmountClaim,
    Claim,
    Duration,
    EventClaim,
    Hedge,
    Modality,
    Polarity,
    QuoteClaim,
    Span,
    Speaker,
    StatementDateClaim,
    Subject,
    TallyClaim,
    Tense,
    TimeBound,
    TimeWindow,
    WeekdayClaim,
)
from factcheck._units import quantity
from factcheck.errors import InvalidArgument

if TYPE_CHECKING:
    from hypothesis.strategies import SearchStrategy

__all__ = [
    "AMOUNT_UNITS",
    "DURATION_UNITS",
    "amount_claims",
    "amounts",
    "claims",
    "durations",
    "event_claims",
    "quote_claims",
    "spans",
    "speakers",
    "statement_date_claims",
    "subjects",
    "tally_claims",
    "time_windows",
    "weekday_claims",
]

#: Units :func:`amounts` draws from by default: counted kinds, currencies, physical units, ratios.
AMOUNT_UNITS = (
    "troop",
    "person",
    "USD",
    "GBP",
    "kilometer",
    "mile",
    "metric_ton",
    "percent",
    "percentage_point",
    "dimensionless",
)

#: Units :func:`durations` draws from by default.
DURATION_UNITS = ("second", "minute", "hour", "day", "week", "month", "year")

#: Hedges whose interval has no upper bound.
_UNBOUNDED_ABOVE = (Hedge.AT_LEAST, Hedge.MORE_THAN)

_MIN_INSTANT = dt.datetime(1900, 1, 1)
_MAX_INSTANT = dt.datetime(2100, 1, 1)


def _check_units(units: Sequence[str], name: str) -> tuple[str, ...]:
    if isinstance(units, str) or not units:
        raise InvalidArgument(f"{name} must be a non-empty sequence of unit names, got {units!r}")
    return tuple(units)


@st.composite
def _amount(
    draw: st.DrawFn,
    *,
    cls: type[Amount],
    units: tuple[str, ...],
    hedges: tuple[Hedge, ...],
    max_value: float,
) -> Amount:
    unit = draw(st.sampled_from(units))
    hedge = draw(st.sampled_from(hedges))
    magnitudes = st.floats(min_value=0, max_value=max_value, allow_nan=False)
    first, second = sorted((draw(magnitudes), draw(magnitudes)))
    if hedge not in (Hedge.RANGE, Hedge.VAGUE):
        second = first
    below = draw(st.floats(min_value=0, max_value=1))
    above = draw(st.floats(min_value=0, max_value=1))
    low = first * (1 - below) if hedge is not Hedge.EXACT else first
    high = second * (1 + above) if hedge is not Hedge.EXACT else second
    if hedge in _UNBOUNDED_ABOVE:
        high = float("inf")
    return cls(
        low=quantity(low, unit),
        high=quantity(high, unit),
        hedge=hedge,
        stated=(quantity(first, unit), quantity(second, unit)),
        # An open end of a one-point interval would leave it empty.
        low_open=hedge is Hedge.MORE_THAN and low < high,
        high_open=hedge in (Hedge.FEWER_THAN, Hedge.NEARLY, Hedge.VAGUE) and low < high,
    )


def amounts(
    *,
    units: Sequence[str] = AMOUNT_UNITS,
    hedges: Sequence[Hedge] = tuple(Hedge),
    max_value: float = 1e12,
) -> SearchStrategy[Amount]:
    """Amounts in one of ``units`` (pint names, or counted kinds such as ``"troop"``).

    Each is a stated value (or range, for ``Hedge.RANGE`` and ``Hedge.VAGUE``) between 0 and
    ``max_value``, widened by a random tolerance of its hedge.
    """
    if not max_value > 0:
        raise InvalidArgument(f"max_value must be > 0, got {max_value!r}")
    return _amount(
        cls=Amount,
        units=_check_units(units, "units"),
        hedges=tuple(hedges) or tuple(Hedge),
        max_value=max_value,
    )


def durations(
    *,
    units: Sequence[str] = DURATION_UNITS,
    hedges: Sequence[Hedge] = tuple(Hedge),
    max_value: float = 1e4,
) -> SearchStrategy[Duration]:
    """Durations ("17 years", "60 to 100 days") in one of the time ``units``."""
    if not max_value > 0:
        raise InvalidArgument(f"max_value must be > 0, got {max_value!r}")
    return _amount(  # type: ignore[return-value]
        cls=Duration,
        units=_check_units(units, "units"),
        hedges=tuple(hedges) or tuple(Hedge),
        max_value=max_value,
    )


@st.composite
def _window(
    draw: st.DrawFn,
    *,
    relative: bool | None,
    open_ends: bool,
    min_instant: dt.datetime,
    max_instant: dt.datetime,
) -> TimeWindow:
    is_relative = draw(st.booleans()) if relative is None else relative
    bounds: SearchStrategy[dt.datetime] | SearchStrategy[dt.timedelta]
    if is_relative:
        span = (max_instant - min_instant) / 2
        bounds = st.timedeltas(min_value=-span, max_value=span)
    else:
        bounds = st.datetimes(min_value=min_instant, max_value=max_instant)
    first: Any = draw(bounds)
    second: Any = draw(bounds)
    if first == second:
        second = first + dt.timedelta(days=1)
    earliest: TimeBound | None = min(first, second)
    latest: TimeBound | None = max(first, second)
    if open_ends and draw(st.integers(min_value=0, max_value=4)) == 0:
        earliest = None
    if open_ends and draw(st.integers(min_value=0, max_value=4)) == 0:
        latest = None
    return TimeWindow(earliest=earliest, latest=latest)


def time_windows(
    *,
    relative: bool | None = False,
    open_ends: bool = True,
    min_instant: dt.datetime = _MIN_INSTANT,
    max_instant: dt.datetime = _MAX_INSTANT,
) -> SearchStrategy[TimeWindow]:
    """Time windows: dated (``relative=False``), offsets from an unknown reference
    (``relative=True``), or either (``None``); with ``open_ends``, either end may be open."""
    if not min_instant < max_instant:
        raise InvalidArgument("min_instant must be before max_instant")
    return _window(
        relative=relative, open_ends=open_ends, min_instant=min_instant, max_instant=max_instant
    )


def spans(*, max_end: int = 10_000) -> SearchStrategy[Span]:
    """Spans ``[start, end)`` with ``0 <= start <= end <= max_end``."""
    if max_end < 0:
        raise InvalidArgument(f"max_end must be >= 0, got {max_end!r}")
    ends = st.integers(min_value=0, max_value=max_end)
    return st.tuples(ends, ends).map(sorted).map(lambda se: Span(start=se[0], end=se[1]))


_KEYS = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12)


def subjects(*, keys: SearchStrategy[str] = _KEYS) -> SearchStrategy[Subject]:
    """Subjects with keys drawn from ``keys`` and the key as surface text."""
    return keys.map(lambda key: Subject(key=key, text=key.replace("_", " ")))


def speakers(*, keys: SearchStrategy[str] = _KEYS) -> SearchStrategy[Speaker]:
    """Speakers with keys drawn from ``keys`` and the key as name."""
    return keys.map(lambda key: Speaker(key=key, name=key.replace("_", " ").title()))


@st.composite
def _claim_fields(
    draw: st.DrawFn,
    *,
    document: SearchStrategy[str],
    subject: SearchStrategy[Subject | None],
    speaker: SearchStrategy[Speaker | None],
    window: SearchStrategy[TimeWindow | None],
) -> dict[str, Any]:
    sentence = draw(spans(max_end=5_000))
    start = draw(st.integers(min_value=sentence.start, max_value=sentence.end))
    end = draw(st.integers(min_value=start, max_value=sentence.end))
    return {
        "document": draw(document),
        "span": Span(start=start, end=end),
        "text": draw(st.text(max_size=40)),
        "sentence": sentence,
        "subject": draw(subject),
        "speaker": draw(speaker),
        "reference": draw(st.none() | st.datetimes(min_value=_MIN_INSTANT, max_value=_MAX_INSTANT)),
        "window": draw(window),
    }


_Common = dict[str, "SearchStrategy[Any] | None"]


def _claims_of(
    cls: type[Claim], extra: dict[str, SearchStrategy[Any]], common: _Common
) -> SearchStrategy[Any]:
    defaults: dict[str, SearchStrategy[Any]] = {
        "document": st.sampled_from(["a", "b", "c"]),
        "subject": st.none() | subjects(),
        "speaker": st.none() | speakers(),
        "window": st.none() | time_windows(relative=None),
    }
    chosen = {name: common.get(name) or default for name, default in defaults.items()}
    return st.tuples(_claim_fields(**chosen), st.fixed_dictionaries(extra)).map(
        lambda pair: cls(**pair[0], **pair[1])
    )


def amount_claims(
    *,
    amount: SearchStrategy[Amount] | None = None,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
    window: SearchStrategy[TimeWindow | None] | None = None,
    part: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[AmountClaim]:
    """Amount claims. Each option is the strategy for the claim field of that name; the
    defaults draw from a few documents, any subject and speaker (or none), any window, a time
    phrase of a few or none, a part of the subject of a few or none (the dead, the injured, a
    person's age), and a site of a few or none."""
    common: _Common = {
        "document": document,
        "subject": subject,
        "speaker": speaker,
        "window": window,
    }
    extra = {
        "amount": amount or amounts(),
        "time_phrase": st.none() | st.sampled_from(["now", "May", "last year"]),
        "part": part or st.none() | st.sampled_from(["killed", "injured", "age"]),
        "site": st.none() | st.sampled_from(["Belsk mine", "Camp Kesby"]),
    }
    return _claims_of(AmountClaim, extra, common)


def _objects() -> SearchStrategy[str]:
    """What events act on: "bill", "health bill", "2032 tax bill"."""
    before = st.lists(
        st.sampled_from(["health", "tax", "2032", "mayoral"]), max_size=2, unique=True
    )
    heads = st.sampled_from(["bill", "election", "final"])
    return st.builds(lambda words, head: " ".join([*words, head]), before, heads)


def event_claims(
    *,
    event: SearchStrategy[str] | None = None,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
    window: SearchStrategy[TimeWindow | None] | None = None,
    object: SearchStrategy[str | None] | None = None,
) -> SearchStrategy[EventClaim]:
    """Event claims with any polarity, tense and modality, a time phrase of a few or none,
    and a happening it follows of a few or none;
    options as for :func:`amount_claims`.
    The default ``object`` is none or a head noun with up to two words before it ("health
    bill"), of a few, so that claims often share or nearly share one."""
    extra = {
        "event": event or st.sampled_from(["withdraw", "remain", "rise", "fall"]),
        "polarity": st.sampled_from(Polarity),
        "tense": st.sampled_from(Tense),
        "modality": st.sampled_from(Modality),
        "object": object or st.none() | _objects(),
        "time_phrase": st.none() | st.sampled_from(["now", "next month", "within 60 to 100 days"]),
        "follows": st.none() | st.sampled_from(["withdraw", "close"]),
    }
    common: _Common = {
        "document": document,
        "subject": subject,
        "speaker": speaker,
        "window": window,
    }
    return _claims_of(EventClaim, extra, common)


def quote_claims(
    *,
    quote: SearchStrategy[str] | None = None,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
    window: SearchStrategy[TimeWindow | None] | None = None,
) -> SearchStrategy[QuoteClaim]:
    """Quote claims; options as for :func:`amount_claims`."""
    quotes = quote or st.text(min_size=1, max_size=80).filter(str.strip)
    common: _Common = {
        "document": document,
        "subject": subject,
        "speaker": speaker,
        "window": window,
    }
    return _claims_of(QuoteClaim, {"quote": quotes}, common)


def statement_date_claims(
    *,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
    window: SearchStrategy[TimeWindow | None] | None = None,
) -> SearchStrategy[StatementDateClaim]:
    """Statement-date claims ("said Wednesday"); options as for :func:`amount_claims`."""
    common: _Common = {
        "document": document,
        "subject": subject,
        "speaker": speaker,
        "window": window,
    }
    return _claims_of(StatementDateClaim, {}, common)


def tally_claims(
    *,
    figures: SearchStrategy[tuple[int, ...]] | None = None,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
    window: SearchStrategy[TimeWindow | None] | None = None,
) -> SearchStrategy[TallyClaim]:
    """Tally claims ("voted 5-2"), with an object and a time phrase of a few or none, and now
    and then a vote told as unanimous with no figures; options as for :func:`amount_claims`.
    The default ``figures`` are two small whole numbers, so that claims often share a tally or
    hold one in the other order."""
    extra = {
        "figures": figures or st.tuples(st.integers(0, 9), st.integers(0, 9)),
        "object": st.none() | _objects(),
        "time_phrase": st.none() | st.sampled_from(["Monday", "June 3"]),
    }
    common: _Common = {
        "document": document,
        "subject": subject,
        "speaker": speaker,
        "window": window,
    }
    told = _claims_of(TallyClaim, extra, common)
    unanimous = told.map(lambda claim: attrs.evolve(claim, figures=(), unanimous=True))
    return told | unanimous


def weekday_claims(
    *,
    date: SearchStrategy[dt.date] | None = None,
    weekday: SearchStrategy[int] | None = None,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
) -> SearchStrategy[WeekdayClaim]:
    """Dates given with a day of the week ("Friday, December 13"), whose window is that day;
    options as for :func:`amount_claims`. The default ``date`` is a day of 2030 to 2032, and
    the default ``weekday`` any day of the week (so now and then the one the date falls on)."""
    extra = {
        "date": date or st.dates(min_value=dt.date(2030, 1, 1), max_value=dt.date(2032, 12, 31)),
        "weekday": weekday or st.integers(min_value=1, max_value=7),
    }
    common: _Common = {"document": document, "subject": subject, "speaker": speaker}
    return _claims_of(WeekdayClaim, extra, common).map(_on_its_day)


def _on_its_day(claim: WeekdayClaim) -> WeekdayClaim:
    day = dt.datetime(claim.date.year, claim.date.month, claim.date.day)
    return attrs.evolve(claim, window=TimeWindow(earliest=day, latest=day + dt.timedelta(days=1)))


def claims(
    *,
    document: SearchStrategy[str] | None = None,
    subject: SearchStrategy[Subject | None] | None = None,
    speaker: SearchStrategy[Speaker | None] | None = None,
    window: SearchStrategy[TimeWindow | None] | None = None,
) -> SearchStrategy[Claim]:
    """Claims of every kind; options as for :func:`amount_claims`."""
    return st.one_of(
        amount_claims(document=document, subject=subject, speaker=speaker, window=window),
        event_claims(document=document, subject=subject, speaker=speaker, window=window),
        quote_claims(document=document, subject=subject, speaker=speaker, window=window),
        statement_date_claims(document=document, subject=subject, speaker=speaker, window=window),
        tally_claims(document=document, subject=subject, speaker=speaker, window=window),
        weekday_claims(document=document, subject=subject, speaker=speaker),
    )
