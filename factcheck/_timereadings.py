"""What a time expression means, and how it resolves against a reference instant.

The rules turn tokens into a *reading*: a calendar point ("March 22", "next month", "Friday
morning"), a duration ("17 years", "within 60 to 100 days", "the last 17 years"), a vague word
("soon"), a set ("daily"), or a span bounded by a point ("since 2014", "until March 6", "until
Iran exits"). :func:`resolve` anchors a reading to the reference instant and the period the text
was last talking about (its *focus*), and gives its TimeML annotation and window.

Without a reference, a reading that depends on it gets a relative window: offsets from the
unknown reference that hold whatever day it is (the hull of all possible windows).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
from collections.abc import Callable

import attrs

from factcheck._model import Hedge, Tense, TimeBound, TimeWindow, Timex, trusted_builder
from factcheck._timecalendar import (
    MONTHS_IN,
    UNKNOWN_VALUES,
    Kind,
    Offset,
    Period,
    Season,
    add_offset,
    calendar_offset,
    period_of,
    relative_hull,
)
from factcheck._timegrammar import DayPart, Holiday, PeriodPart, Vague

__all__ = [
    "Base",
    "Containing",
    "Direction",
    "DurationReading",
    "Fixed",
    "Focus",
    "InYear",
    "Pattern",
    "PointReading",
    "Reading",
    "Recurring",
    "Relative",
    "Resolved",
    "SetReading",
    "SinceReading",
    "UntilReading",
    "VagueReading",
    "moves_focus",
    "needs_tense",
    "resolve",
    "uses_focus",
    "with_tense",
]


class Base(enum.Enum):
    """What a relative expression counts from."""

    REFERENCE = "reference"  # "next month": the reference instant
    FOCUS = "focus"  # "the following year": the period the text is talking about

    __hash__ = object.__hash__  # see Kind


class Direction(enum.Enum):
    """Which occurrence of a recurring date an expression means."""

    ON_OR_BEFORE = "on or before"  # "said Wednesday"
    BEFORE = "before"  # "last Friday"
    ON_OR_AFTER = "on or after"  # "will meet Wednesday"
    AFTER = "after"  # "next Friday"
    NEAREST = "nearest"  # "March 22"
    SAME = "same"  # "this Friday": the one in the current week or year

    __hash__ = object.__hash__  # see Kind


@attrs.frozen(kw_only=True, cache_hash=True)
class Pattern:
    """A date that recurs every year ("March 22", "the third quarter") or week ("Friday")."""

    kind: Kind
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    number: int | None = None  # of a quarter or half in its year
    season: Season | None = None
    holiday: Holiday | None = None

    @property
    def dated_weekday(self) -> bool:
        """Whether the pattern is a date with its day of the week ("Friday, December 13"):
        the one of the year before or after whose calendar fits, or the date alone when none
        near does (the weekday is wrong: :func:`resolve`)."""
        return self.weekday is not None and self.month is not None

    @property
    def cycle(self) -> Kind:
        """The period the pattern recurs in."""
        weekly = self.month is None and (self.weekday is not None or self.kind is Kind.WEEKEND)
        return Kind.WEEK if weekly else Kind.YEAR

    def instance(self, cycle: int) -> Period | None:
        """The occurrence in the ``cycle``-th week or year, or ``None`` if there is none."""
        if self.cycle is Kind.WEEK:
            if self.kind is Kind.WEEKEND:
                return Period(kind=Kind.WEEKEND, index=cycle)
            return Period(kind=Kind.DAY, index=cycle * 7 + (self.weekday or 1))
        year = cycle
        if self.holiday is not None:
            date = self.holiday.date_in(year)
            return None if date is None else Period(kind=Kind.DAY, index=date.toordinal())
        if self.kind is Kind.DAY and self.month is not None and self.day is not None:
            try:
                date = dt.date(year, self.month, self.day)
            except ValueError:
                return None
            if self.weekday is not None and date.isoweekday() != self.weekday:
                return None
            return Period(kind=Kind.DAY, index=date.toordinal())
        if self.kind is Kind.MONTH and self.month is not None:
            return Period(kind=Kind.MONTH, index=year * 12 + self.month - 1)
        if self.kind is Kind.SEASON:
            return Period(kind=Kind.SEASON, index=year, season=self.season)
        if self.kind in (Kind.QUARTER, Kind.HALF) and self.number is not None:
            per_year = 12 // MONTHS_IN[self.kind]
            number = self.number if self.number > 0 else per_year + 1 + self.number
            return Period(kind=self.kind, index=year * per_year + number - 1)
        return None

    def unknown_timex(self) -> str:
        """The TimeML value with the year (or week) unknown: "XXXX-03-22", "XXXX-WXX-5"."""
        if self.weekday is not None and self.month is None:
            return f"XXXX-WXX-{self.weekday}"
        if self.kind is Kind.WEEKEND:
            return "XXXX-WXX-WE"
        if self.kind is Kind.DAY and self.month is not None and self.day is not None:
            return f"XXXX-{self.month:02d}-{self.day:02d}"
        if self.kind is Kind.MONTH and self.month is not None:
            return f"XXXX-{self.month:02d}"
        if self.kind is Kind.SEASON and self.season is not None:
            return f"XXXX-{self.season.timex}"
        if self.kind is Kind.QUARTER and self.number is not None and self.number > 0:
            return f"XXXX-Q{self.number}"
        if self.kind is Kind.HALF and self.number is not None and self.number > 0:
            return f"XXXX-H{self.number}"
        return UNKNOWN_VALUES[self.kind]


@attrs.frozen(kw_only=True, cache_hash=True)
class Focus:
    """What the text was talking about before an expression: the period it last named, and
    the last reporting period (a quarter or half) it named."""

    last: Period | None = None
    reporting: Period | None = None

    def moved_to(self, period: Period, reference: dt.datetime | None) -> Focus:
        """The focus after the text names ``period``.

        A quarter or half becomes the reporting period once it has ended (by ``reference``):
        results are reported for periods that are over; a quarter under way is forecast.
        """
        reported = period.kind in _REPORTING and (reference is None or period.end <= reference)
        if period == self.last and (not reported or period == self.reporting):
            return self
        return Focus(last=period, reporting=period if reported else self.reporting)

    def spanned(self, reading: DurationReading) -> Focus:
        """The focus after the text reports on the stretch ``reading`` names ("for the nine
        months"). A stretch of another length than the reporting quarter or half is not that
        period: the year it is in becomes what the text reports on, so "a year earlier" then
        compares with the year before, and "the 1988 period" is 1988."""
        reporting, months = self.reporting, _UNIT_MONTHS.get(reading.unit)
        if not reading.definite or reporting is None or months is None or not reading.stated:
            return self
        if reading.stated[0] * months == MONTHS_IN[reporting.kind]:
            return self  # "the three months ended Sept. 30": the quarter itself
        return Focus(last=self.last, reporting=period_of(Kind.YEAR, reporting.start))


@attrs.frozen(kw_only=True, cache_hash=True)
class Fixed:
    """A period given in full ("Dec. 19, 2018", "2014", "the 1990s")."""

    period: Period


@attrs.frozen(kw_only=True, cache_hash=True)
class Relative:
    """The period of ``kind`` ``shift`` periods from the base ("next month", "a year earlier").

    With ``keep_focus``, when the text has named a reporting period (a quarter or half), the
    result is that period moved by ``shift`` periods of ``kind`` ("a year ago" in a story about
    the third quarter is last year's third quarter).
    """

    kind: Kind
    shift: int = 0
    base: Base = Base.REFERENCE
    keep_focus: bool = False
    ended: bool = False  # unless one is being reported on, the last of ``kind`` to have ended


@attrs.frozen(kw_only=True, cache_hash=True)
class InYear:
    """The reporting period the text is talking about, in another year ("the 1988 quarter");
    the whole year when the text has named none."""

    year: int


@attrs.frozen(kw_only=True, cache_hash=True)
class Recurring:
    """The occurrence of a recurring date that ``direction`` picks, counted from the base."""

    pattern: Pattern
    direction: Direction = Direction.NEAREST
    base: Base = Base.REFERENCE
    shift: int = 0  # with SAME: cycles after the base's ("June last year")
    lean: Direction | None = None  # with NEAREST: the side to take when both are about as near
    # Whether the sentence's tense decides: it sets ``lean`` for NEAREST, else the direction.
    follows_tense: bool = False
    # A weekday that dates a thing ("appeal Wednesday's ruling"): a future verb is not its
    # tense, and leaves it the nearest day, the past one if about as near.
    owned: bool = False


@attrs.frozen(kw_only=True, cache_hash=True)
class Containing:
    """The period of ``kind`` that holds the start of another ("the week of March 6"); with
    ``ending``, the one that holds most of the span of its length that ends with the other ("the
    quarter ended July 31": May to July, mostly the second quarter). ``shift`` moves it by
    periods of its kind ("the day before last Tuesday": -1)."""

    kind: Kind
    inner: Fixed | Relative | Recurring
    ending: bool = False
    shift: int = 0


Anchor = Fixed | Relative | Recurring | InYear | Containing


@attrs.frozen(kw_only=True, cache_hash=True)
class PointReading:
    """A calendar period, maybe narrowed to a part ("early"), a part of its day, or a clock time.

    ``clock`` is (hour, minute) with ``minute`` ``None`` for a whole hour ("10 p.m."). ``mod`` is
    the TimeML mod a hedge adds ("around Nov. 1": APPROX, which widens the window by the
    period's length on each side). ``spread`` widens it by that many lengths when no hedge does
    ("two weeks ago" is about, not exactly, the week two back). ``through`` runs the period on
    for that many more periods of its kind ("March 3-5": two more days); its TimeML value is
    the first one's.
    """

    anchor: Anchor
    part: PeriodPart | None = None
    day_part: DayPart | None = None
    clock: tuple[int, int | None] | None = None
    mod: str | None = None
    spread: float = 0.0
    through: int = 0


@attrs.frozen(kw_only=True, cache_hash=True)
class DurationReading:
    """An amount of time of ``unit``, maybe anchored to the reference.

    ``stated`` is the count or range as written (``None`` for an unstated count: "several
    months", "years"); ``low`` and ``high`` bound the amount once its hedge is applied (``high``
    may be infinite: "at least 72 hours"). ``anchor`` is ``"past"`` ("the last 17 years": ends at
    the reference), ``"future"`` ("the next 24 hours": starts there), ``"within"`` ("within 60
    days": from the reference to the end of the duration; a range "within 60 to 100 days" ends
    between its bounds) or ``None``. ``named`` is the one count a vague amount names, which
    its TimeML value gives ("a couple of years": 2, P2Y). ``definite`` marks a stretch the text
    reports on ("for the nine months"), not a length alone ("for nine months").
    """

    unit: str
    stated: tuple[float, float] | None
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False
    hedge: Hedge = Hedge.EXACT
    mod: str | None = None
    anchor: str | None = None
    named: float | None = None
    definite: bool = False


@attrs.frozen(kw_only=True, cache_hash=True)
class VagueReading:
    """A vague time word or phrase ("soon", "recently"), its table entry, or a vague offset
    from the reference ("several years ago")."""

    vague: Vague


@attrs.frozen(kw_only=True, cache_hash=True)
class SetReading:
    """A recurring time ("daily", "every Thursday"): its TimeML SET value."""

    value: str


@attrs.frozen(kw_only=True, cache_hash=True)
class SinceReading:
    """From a point to the reference ("since 2014")."""

    point: PointReading


@attrs.frozen(kw_only=True, cache_hash=True)
class UntilReading:
    """From the reference to a point ("until March 6"), or to an unstated end ("until Iran
    exits", ``point`` ``None``); ``past`` when the sentence is in the past tense (see
    :func:`with_tense`)."""

    point: PointReading | None
    past: bool = False


Reading = PointReading | DurationReading | VagueReading | SetReading | SinceReading | UntilReading


@attrs.frozen(kw_only=True, cache_hash=True)
class Resolved:
    """A reading anchored: its TimeML annotation, window, and the period it names (if one)."""

    timex: Timex | None
    window: TimeWindow | None
    period: Period | None = None


#: TimeML designators of the units of the ``units`` table: (designator, count per unit, time?).
_DESIGNATORS = {
    "second": ("S", 1, True),
    "minute": ("M", 1, True),
    "hour": ("H", 1, True),
    "day": ("D", 1, False),
    "weekend": ("D", 2, False),
    "week": ("W", 1, False),
    "fortnight": ("W", 2, False),
    "month": ("M", 1, False),
    "quarter": ("Q", 1, False),  # TimeML's quarter ("P2Q"), as TimeBank writes it
    "half": ("M", 6, False),
    "year": ("Y", 1, False),
    "decade": ("Y", 10, False),
    "century": ("Y", 100, False),
    "millennium": ("Y", 1000, False),
}
#: The next smaller designator, and how many of it make one, to write fractions ("P2Y6M").
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24)}
_SMALLER_TIME = {"H": ("M", 60), "M": ("S", 60)}

#: Each unit as an offset, and as a pint unit name and count.
_UNIT_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12, "decade": 120}
_UNIT_MONTHS |= {"century": 1200, "millennium": 12000}
_UNIT_SECONDS = {"second": 1, "minute": 60, "hour": 3600, "day": 86400, "weekend": 172800}
_UNIT_SECONDS |= {"week": 604800, "fortnight": 1209600}
PINT_UNITS = {
    "second": ("second", 1),
    "minute": ("minute", 1),
    "hour": ("hour", 1),
    "day": ("day", 1),
    "weekend": ("day", 2),
    "week": ("week", 1),
    "fortnight": ("week", 2),
    "month": ("month", 1),
    "quarter": ("month", 3),
    "half": ("month", 6),
    "year": ("year", 1),
    "decade": ("year", 10),
    "century": ("year", 100),
    "millennium": ("year", 1000),
}


def duration_value(count: float | None, unit: str) -> str:
    """The TimeML duration value of ``count`` ``unit`` ("P17Y", "PT24H", "P2Y6M"; "PXY" for
    ``None``)."""
    designator, per_unit, is_time = _DESIGNATORS[unit]
    prefix = "PT" if is_time else "P"
    if count is None:
        return f"{prefix}X{designator}"
    amount = count * per_unit
    whole = math.floor(amount + 1e-9)
    if designator == "Q" and amount - whole > 1e-9:
        # A part of a quarter is written in months and days ("1.5 quarters" is "P4M15D").
        return duration_value(count * 3, "month")
    text = f"{whole}{designator}" if whole else ""
    rest = amount - whole
    smaller = (_SMALLER_TIME if is_time else _SMALLER).get(designator)
    if rest > 1e-9 and smaller is not None:
        small, per = smaller
        value = round(rest * per)
        if small == "H" and not is_time:
            return f"{prefix}{text}T{value}H" if value else f"{prefix}{text or '0' + designator}"
        text += f"{value}{small}" if value else ""
    return f"{prefix}{text or '0' + designator}"


def unit_offset(count: float, unit: str) -> Offset:
    """``count`` ``unit`` as a calendar offset (years and months by the calendar)."""
    if unit in _UNIT_MONTHS:
        return calendar_offset(months=count * _UNIT_MONTHS[unit])
    return calendar_offset(seconds=count * _UNIT_SECONDS[unit])


def _innermost(anchor: Anchor) -> Fixed | Relative | Recurring | InYear:
    """The anchor a :class:`Containing` anchor is built on (itself for the others)."""
    return anchor.inner if isinstance(anchor, Containing) else anchor


def _base_instant(base: Base, reference: dt.datetime | None, focus: Focus) -> dt.datetime | None:
    if base is Base.FOCUS and focus.last is not None:
        return focus.last.start
    return reference


def anchor_period(anchor: Anchor, reference: dt.datetime | None, focus: Focus) -> Period | None:
    """The period an anchor names, or ``None`` if that needs a reference that is not given."""
    if isinstance(anchor, Fixed):
        return anchor.period
    if isinstance(anchor, Containing):
        inner = anchor_period(anchor.inner, reference, focus)
        if inner is None:
            return None
        if anchor.ending and anchor.kind in MONTHS_IN:
            middle = calendar_offset(months=-MONTHS_IN[anchor.kind] / 2)
            return period_of(anchor.kind, add_offset(inner.end, middle))
        return period_of(anchor.kind, inner.start).shifted(anchor.shift)
    if isinstance(anchor, InYear):
        reporting = focus.reporting
        if reporting is None:
            return Period(kind=Kind.YEAR, index=anchor.year)
        per_year = 12 // MONTHS_IN[reporting.kind]
        return Period(
            kind=reporting.kind, index=anchor.year * per_year + reporting.index % per_year
        )
    if isinstance(anchor, Relative):
        reporting = focus.reporting
        if anchor.keep_focus and reporting is not None:
            per = _periods_in(reporting.kind, anchor.kind)
            if per is not None:
                return reporting.shifted(anchor.shift * per)
        reported = reporting is not None and reporting.kind is anchor.kind
        if anchor.base is Base.FOCUS and reporting is not None and reported:
            return reporting.shifted(anchor.shift)  # "the quarter": the one being reported on
        if anchor.ended and reference is not None:
            return period_of(anchor.kind, reference).shifted(anchor.shift - 1)
        last = focus.last
        if anchor.base is Base.FOCUS and last is not None and last.kind.rank > anchor.kind.rank:
            focus = Focus()  # a month does not say which of its days "the same day" is
        instant = _base_instant(anchor.base, reference, focus)
        if instant is None:
            return None
        shift = anchor.shift
        if anchor.base is Base.FOCUS and focus.last is None and anchor.kind in _REPORTING:
            shift -= 1  # "the quarter" in a report, with none named yet: the last one to end
        return period_of(anchor.kind, instant).shifted(shift)
    if anchor.base is Base.FOCUS and focus.last is not None and anchor.direction in _SIDES:
        # "In 2019 … left that spring": the spring of the time talked about, which the tense
        # only leans to (with no time named before, the tense decides, as for "the spring").
        anchor = attrs.evolve(anchor, direction=Direction.NEAREST, lean=anchor.direction)
    instant = _base_instant(anchor.base, reference, focus)
    if instant is None:
        return None
    period = _occurrence(anchor, instant)
    pattern = anchor.pattern
    if pattern.dated_weekday:
        # No such weekday and date near the base, or the date alone within half a year and
        # nearer than the one with that weekday, unless only that one is on the side the
        # tense leans to ("will close on Friday, December 13", written in October of a year
        # when it is a Saturday): the weekday was wrong, the date wins. A news story gives
        # the year of a date further off than that; and "closed on Friday, December 13",
        # written then, was the Friday of the year before.
        unchecked = attrs.evolve(anchor, pattern=attrs.evolve(pattern, weekday=None))
        dated = _occurrence(unchecked, instant)
        if period is None or (
            dated is not None
            and _away(dated, instant) <= _WRONG_WEEKDAY_NEAR
            and _away(dated, instant) < _away(period, instant)
            and not (
                _on_side(period, instant, anchor.lean) and not _on_side(dated, instant, anchor.lean)
            )
        ):
            period = dated
    return period


#: How near the base a date without a year stays when its weekday is wrong.
_WRONG_WEEKDAY_NEAR = dt.timedelta(days=183)


def _on_side(period: Period, instant: dt.datetime, side: Direction | None) -> bool:
    """Whether ``period`` is on ``side`` of ``instant`` (never, for no side)."""
    if side is Direction.ON_OR_BEFORE:
        return period.start <= instant
    if side is Direction.ON_OR_AFTER:
        return period.end > instant
    return False


def _away(period: Period, instant: dt.datetime) -> dt.timedelta:
    """How far ``period`` is from ``instant`` (nothing when it holds it)."""
    if period.start <= instant < period.end:
        return dt.timedelta(0)
    return min(abs(period.start - instant), abs(instant - period.end))


_REPORTING = (Kind.QUARTER, Kind.HALF)
#: How much farther than the nearest an occurrence on the side the sentence leans to may be
#: and still be the one meant ("last seen Nov. 3", written in May: the past November).
_LEAN = 2.0


def _periods_in(fine: Kind, coarse: Kind) -> int | None:
    """How many periods of ``fine`` make one of ``coarse`` (months and longer), or ``None``."""
    if fine in MONTHS_IN and coarse in MONTHS_IN and fine.rank <= coarse.rank:
        return MONTHS_IN[coarse] // MONTHS_IN[fine]
    return None


def _occurrence(anchor: Recurring, instant: dt.datetime) -> Period | None:
    pattern, direction = anchor.pattern, anchor.direction
    # A season's cycle turns when it begins ("this winter" in January began in December).
    cycle_kind = Kind.SEASON if pattern.kind is Kind.SEASON else pattern.cycle
    cycle = period_of(cycle_kind, instant, pattern.season).index
    if direction is Direction.SAME:
        return pattern.instance(cycle + anchor.shift)
    found = [p for p in (pattern.instance(cycle + k) for k in (-1, 0, 1)) if p is not None]
    if not found:
        return None
    candidates = [(p, p.start, p.end) for p in found]
    if direction is Direction.ON_OR_BEFORE:
        chosen = [p for p, start, _ in candidates if start <= instant]
        return chosen[-1] if chosen else None
    if direction is Direction.BEFORE:
        chosen = [p for p, _, end in candidates if end <= instant]
        return chosen[-1] if chosen else None
    if direction is Direction.ON_OR_AFTER:
        chosen = [p for p, _, end in candidates if end > instant]
        return chosen[0] if chosen else None
    if direction is Direction.AFTER:
        chosen = [p for p, start, _ in candidates if start > instant]
        return chosen[0] if chosen else None

    def distance(candidate: tuple[Period, dt.datetime, dt.datetime]) -> dt.timedelta:
        period, start, end = candidate
        if start <= instant < end:
            return dt.timedelta(0)
        if period.kind is Kind.DAY:  # days apart: last Monday is four days from Friday
            return abs(start - instant)
        return min(abs(start - instant), abs(instant - end))

    # Ties go to the past: news mostly reports what has happened.
    nearest = min(candidates, key=distance)
    if anchor.lean is Direction.ON_OR_BEFORE:
        leaning = [c for c in candidates if c[1] <= instant]
    elif anchor.lean is Direction.ON_OR_AFTER:
        leaning = [c for c in candidates if c[2] > instant]
    else:
        return nearest[0]
    if not leaning:
        return nearest[0]
    other = min(leaning, key=distance)
    return other[0] if distance(other) <= _LEAN * distance(nearest) else nearest[0]


#: How far either side of a clock time a hedge reaches ("about 2:15 a.m."): a hedge widens
#: a period by its own length, which for a minute would say "about" means to the minute.
APPROXIMATE_CLOCK = dt.timedelta(minutes=15)


def _point_bounds(reading: PointReading, period: Period) -> tuple[dt.datetime, dt.datetime]:
    start = period.start
    end = period.shifted(reading.through).end if reading.through else period.end
    if reading.part is not None:
        length = end - start
        start, end = start + length * reading.part.start, start + length * reading.part.end
        if length >= dt.timedelta(days=28):  # whole days read better than fractions of them
            start = dt.datetime.combine(start.date(), dt.time())
            end = dt.datetime.combine((end + dt.timedelta(hours=12)).date(), dt.time())
    if reading.clock is not None:
        hour, minute = reading.clock
        start = dt.datetime.combine(start.date(), dt.time()) + dt.timedelta(
            hours=hour, minutes=minute or 0
        )
        end = start + (dt.timedelta(hours=1) if minute is None else dt.timedelta(minutes=1))
    elif reading.day_part is not None and period.kind is Kind.DAY:
        day = period.start
        part = reading.day_part
        if part.clock is not None:
            start = day + dt.timedelta(hours=part.clock[0], minutes=part.clock[1])
            end = start + dt.timedelta(minutes=1)
        else:
            start = day + dt.timedelta(hours=part.start_hour)
            end = day + dt.timedelta(hours=part.end_hour)
    spread = 1.0 if reading.mod == "APPROX" else reading.spread
    # A reporting period the text names ("a year ago" in a story about the third quarter is
    # last year's third quarter) is that very period.
    if isinstance(reading.anchor, Relative) and period.kind is not reading.anchor.kind:
        spread = 0.0
    if spread:
        reach = (end - start) * spread
        if reading.mod == "APPROX" and reading.clock is not None:
            # "about 2:15 a.m." is any time near a quarter past two, not within a minute of it
            reach = max(reach, APPROXIMATE_CLOCK)
        start, end = start - reach, end + reach
    return start, end


def _point_value(reading: PointReading, period: Period | None) -> Timex:
    mod = reading.part.mod if reading.part is not None else reading.mod
    if period is None:
        value = _unknown_value(reading.anchor)
        if reading.clock is not None:
            hour, minute = reading.clock
            value = (
                f"{value[:10] if len(value) >= 10 else 'XXXX-XX-XX'}T{hour:02d}:{minute or 0:02d}"
            )
            return _timex("TIME", value, mod)
        if reading.day_part is not None and reading.day_part.timex is not None:
            return _timex("TIME", f"{value}T{reading.day_part.timex}", mod)
        return _timex("DATE", value, mod)
    if reading.clock is not None:
        hour, minute = reading.clock
        day = Period(kind=Kind.DAY, index=period.start.toordinal()).timex()
        return _timex("TIME", f"{day}T{hour:02d}:{minute or 0:02d}", mod)
    value = period.timex()
    if reading.day_part is not None and period.kind is Kind.DAY:
        part = reading.day_part
        if part.clock is not None:
            return _timex("TIME", f"{value}T{part.clock[0]:02d}:{part.clock[1]:02d}", mod)
        if part.timex is not None:
            return _timex("TIME", f"{value}T{part.timex}", mod)
    return _timex("DATE", value, mod)


#: Make the annotations and windows of readings without their checks, which cost more than
#: the rest of resolving a reading: each caller passes a TimeML type and a value that is not
#: empty (both made here, not read from a table), or ends that :func:`_window` and
#: :func:`_relative_window` have checked.
_timex: Callable[[str, str, str | None], Timex] = trusted_builder(Timex)
_time_window: Callable[[TimeBound | None, TimeBound | None], TimeWindow] = trusted_builder(
    TimeWindow
)


def _unknown_value(anchor: Anchor) -> str:
    if isinstance(anchor, Recurring):
        return anchor.pattern.unknown_timex()
    if isinstance(anchor, InYear):
        return f"{anchor.year:04d}"
    if isinstance(anchor, Containing):
        return UNKNOWN_VALUES[anchor.kind]
    kind = anchor.period.kind if isinstance(anchor, Fixed) else anchor.kind
    return UNKNOWN_VALUES[kind]


@attrs.frozen
class _WindowAt:
    """A reading's window as a function of the reference day, for :func:`relative_hull`."""

    reading: Reading
    focus: Focus

    def __call__(self, reference: dt.datetime) -> tuple[dt.datetime | None, dt.datetime | None]:
        resolved = resolve(self.reading, reference, self.focus)
        window = resolved.window
        if window is None:
            return (None, None)
        return (_as_instant(window.earliest), _as_instant(window.latest))


def _as_instant(bound: TimeBound | None) -> dt.datetime | None:
    return bound if isinstance(bound, dt.datetime) else None


def _depends_on(reading: Reading) -> Kind:
    """The coarsest period of the reference a reading's window depends on."""
    if isinstance(reading, PointReading):
        anchor = _innermost(reading.anchor)
        if isinstance(anchor, Recurring):
            return Kind.WEEK if anchor.pattern.cycle is Kind.WEEK else Kind.YEAR
        if isinstance(anchor, Relative):
            kind = anchor.kind
            if kind.rank <= Kind.DAY.rank:
                return Kind.DAY
            if kind in (Kind.WEEK, Kind.WEEKEND):
                return Kind.WEEK
            if kind in (Kind.DECADE, Kind.CENTURY):
                return kind
            return Kind.MONTH
        return Kind.DAY
    if isinstance(reading, VagueReading):
        offsets = (reading.vague.start, reading.vague.end)
        return Kind.MONTH if any(o is not None and o.months for o in offsets) else Kind.DAY
    if isinstance(reading, DurationReading):
        return Kind.MONTH if reading.unit in _UNIT_MONTHS else Kind.DAY
    return Kind.YEAR


def _relative_window(reading: Reading, focus: Focus) -> TimeWindow | None:
    earliest, latest = relative_hull(_WindowAt(reading, focus), _depends_on(reading))
    if earliest is None and latest is None:
        return None
    if earliest is not None and latest is not None and earliest >= latest:
        return None
    return _time_window(earliest, latest)


def _window(start: dt.datetime | None, end: dt.datetime | None) -> TimeWindow | None:
    if start is None and end is None:
        return None
    if start is not None and end is not None and start >= end:
        return None
    return _time_window(start, end)


def _needs_reference(reading: Reading, focus: Focus) -> bool:
    if isinstance(reading, PointReading):
        anchor = _innermost(reading.anchor)
        if isinstance(anchor, Fixed | InYear):
            return False
        return anchor.base is Base.REFERENCE or focus.last is None
    if isinstance(reading, SinceReading | UntilReading):
        return True
    if isinstance(reading, DurationReading):
        return reading.anchor is not None
    return isinstance(reading, VagueReading)


@functools.lru_cache(maxsize=4096)
def with_tense(reading: Reading, tense: Tense | None, *, perfect: bool = False) -> Reading:
    """``reading`` with what the tense of its sentence decides filled in; ``perfect`` when
    that tense is the past perfect ("had")."""
    if isinstance(reading, UntilReading):
        point = reading.point
        if point is not None and perfect:
            # "Until Thursday, they had not called him a suspect": the end is in the past. In
            # the simple past an "until" may still look ahead ("extended the offer until Nov.
            # 9", "postponed until Tuesday").
            point = _until_on(point, Direction.ON_OR_BEFORE)
        elif point is not None and tense is Tense.FUTURE:
            # "will stay until March", written in May: next March, however far.
            point = _until_on(point, Direction.ON_OR_AFTER)
        return UntilReading(point=point, past=tense is Tense.PAST)
    if isinstance(reading, SinceReading):
        return SinceReading(point=with_tense(reading.point, tense))  # type: ignore[arg-type]
    if isinstance(reading, DurationReading):
        # "left within a week": in the past, the span runs from a time the story tells of,
        # not from the reference.
        ahead = reading.anchor in _AHEAD and tense is Tense.PAST
        return attrs.evolve(reading, anchor=None) if ahead else reading
    if not isinstance(reading, PointReading):
        return reading
    container = reading.anchor if isinstance(reading.anchor, Containing) else None
    anchor = _innermost(reading.anchor)
    if not isinstance(anchor, Recurring) or not anchor.follows_tense:
        return reading
    leaning = _LEANINGS.get(tense)  # type: ignore[arg-type]
    if anchor.owned and leaning is Direction.ON_OR_AFTER:
        anchor = attrs.evolve(
            anchor, direction=Direction.NEAREST, lean=Direction.ON_OR_BEFORE, follows_tense=False
        )
    elif anchor.pattern.dated_weekday:
        # A date with its weekday leans to the side of a tense that has one, and with none
        # is the nearest that fits (:func:`resolve`)
        anchor = attrs.evolve(
            anchor, lean=leaning if leaning in _SIDES else None, follows_tense=False
        )
    elif anchor.direction is Direction.NEAREST and not (
        anchor.pattern.kind in _TOLD_BY_TENSE and leaning in _SIDES
    ):
        # With no tense, the past: news mostly reports what has happened.
        anchor = attrs.evolve(anchor, lean=leaning or Direction.ON_OR_BEFORE, follows_tense=False)
    else:
        anchor = attrs.evolve(anchor, direction=leaning or anchor.direction, follows_tense=False)
    if container is not None:
        return attrs.evolve(reading, anchor=attrs.evolve(container, inner=anchor))
    return attrs.evolve(reading, anchor=anchor)


#: The occurrence of a weekday or a date without a year that each tense takes: the present
#: (and a plan told in the past, which may be for a day gone by or to come) the nearest.
_LEANINGS = {
    Tense.PAST: Direction.ON_OR_BEFORE,
    Tense.PRESENT: Direction.NEAREST,
    Tense.FUTURE: Direction.ON_OR_AFTER,
}


#: Patterns whose occurrence a past or future tense decides, however far: a month or a season
#: without a year may be any of the year's ("In January, the board named…", written in
#: October, is the January gone by), and "the weekend" is the one to come in "will stay open
#: through the weekend", said on a Tuesday, as it is the one gone by in "over the weekend,
#: lawyers filed". A date with its day is more often near, and a past verb of another clause
#: does not move it ("declared a dividend, payable Dec. 1").
_TOLD_BY_TENSE = frozenset({Kind.MONTH, Kind.SEASON, Kind.WEEKEND})
_SIDES = frozenset({Direction.ON_OR_BEFORE, Direction.ON_OR_AFTER})


def _until_on(point: PointReading, side: Direction) -> PointReading:
    """``point``, which an "until" leans to take on or after the reference, taken on ``side``
    of it (``ON_OR_BEFORE`` or ``ON_OR_AFTER``)."""
    anchor = point.anchor
    if not isinstance(anchor, Recurring):
        return point
    if anchor.direction is Direction.ON_OR_AFTER or anchor.lean is Direction.ON_OR_AFTER:
        anchor = attrs.evolve(anchor, direction=side, lean=None)
    return attrs.evolve(point, anchor=anchor)


#: The anchors of a span that starts at the reference ("within 60 days", "the next 24 hours").
_AHEAD = frozenset({"within", "future"})


def needs_tense(reading: Reading) -> bool:
    """Whether :func:`with_tense` would change ``reading``."""
    if isinstance(reading, UntilReading):
        return True
    if isinstance(reading, DurationReading):
        return reading.anchor in _AHEAD
    if isinstance(reading, SinceReading):
        return needs_tense(reading.point)
    if isinstance(reading, PointReading):
        anchor = _innermost(reading.anchor)
        return isinstance(anchor, Recurring) and anchor.follows_tense
    return False


def moves_focus(reading: Reading) -> bool:
    """Whether a text naming ``reading`` moves what it talks about ("a year earlier" does
    not: it compares)."""
    if not isinstance(reading, PointReading):
        return False
    anchor = _innermost(reading.anchor)
    if isinstance(anchor, Fixed | Recurring | InYear):
        return True
    if anchor.base is Base.FOCUS and anchor.kind in _REPORTING and not anchor.shift:
        # "In the quarter, sales rose": the text reports on that quarter (again). Not one
        # read as the last to have ended ("the latest period"): a guess at what the report
        # is on, which may be a half or nine months.
        return not anchor.ended
    return anchor.base is Base.REFERENCE and not anchor.keep_focus


def uses_focus(reading: Reading) -> bool:
    """Whether what ``reading`` resolves to depends on what the text was talking about."""
    if isinstance(reading, SinceReading | UntilReading):
        return reading.point is not None and uses_focus(reading.point)
    if not isinstance(reading, PointReading):
        return False
    anchor = _innermost(reading.anchor)
    if isinstance(anchor, InYear):
        return True
    if isinstance(anchor, Relative):
        return anchor.base is Base.FOCUS or anchor.keep_focus
    return isinstance(anchor, Recurring) and anchor.base is Base.FOCUS


def resolve(reading: Reading, reference: dt.datetime | None, focus: Focus) -> Resolved:
    """Anchor ``reading`` to ``reference`` (``None``: unknown) and the text's ``focus`` period.

    Raises ``ValueError`` or ``OverflowError`` for dates outside the years 1 to 9999.
    """
    if reference is None and isinstance(reading, SinceReading | UntilReading):
        return _resolve_open_span(reading, focus)
    if reference is None and _needs_reference(reading, focus):
        resolved = _resolve_at(reading, None, focus)
        if isinstance(reading, SetReading):
            return resolved
        return attrs.evolve(resolved, window=_relative_window(reading, focus))
    return _resolve_at(reading, reference, focus)


def _resolve_open_span(reading: SinceReading | UntilReading, focus: Focus) -> Resolved:
    """ "since 2014" or "until March" when the reference (one end) is not known."""
    now = dt.timedelta(0)
    if reading.point is None:
        past = isinstance(reading, UntilReading) and reading.past
        return Resolved(timex=None, window=None if past else TimeWindow(earliest=now))
    point = resolve(reading.point, None, focus)
    if point.window is None:
        return point
    if isinstance(reading, SinceReading):
        return attrs.evolve(point, window=TimeWindow(earliest=point.window.earliest, latest=now))
    start = None if reading.past else now
    return attrs.evolve(point, window=TimeWindow(earliest=start, latest=point.window.latest))


def _resolve_at(reading: Reading, reference: dt.datetime | None, focus: Focus) -> Resolved:
    if isinstance(reading, PointReading):
        period = anchor_period(reading.anchor, reference, focus)
        timex = _point_value(reading, period)
        if period is None:
            return Resolved(timex=timex, window=None)
        return Resolved(timex=timex, window=_window(*_point_bounds(reading, period)), period=period)
    if isinstance(reading, DurationReading):
        return _resolve_duration(reading, reference)
    if isinstance(reading, VagueReading):
        vague = reading.vague
        vague_timex = None if vague.timex is None else Timex(type=vague.type, value=vague.timex)
        if reference is None:
            return Resolved(timex=vague_timex, window=None)
        start = None if vague.start is None else add_offset(reference, vague.start)
        end = None if vague.end is None else add_offset(reference, vague.end)
        return Resolved(timex=vague_timex, window=_window(start, end))
    if isinstance(reading, SetReading):
        return Resolved(timex=Timex(type="SET", value=reading.value), window=None)
    if isinstance(reading, SinceReading):
        point = _resolve_at(reading.point, reference, focus)
        start = _as_instant(point.window.earliest) if point.window is not None else None
        if start is None or reference is None:
            return attrs.evolve(point, window=None)
        return attrs.evolve(point, window=_window(start, reference if reference > start else None))
    return _resolve_until(reading, reference, focus)


def _resolve_until(reading: UntilReading, reference: dt.datetime | None, focus: Focus) -> Resolved:
    if reading.point is None:
        if reading.past or reference is None:
            return Resolved(timex=None, window=None)
        return Resolved(timex=None, window=TimeWindow(earliest=reference, latest=None))
    point = _resolve_at(reading.point, reference, focus)
    end = _as_instant(point.window.latest) if point.window is not None else None
    if end is None or reference is None:
        return attrs.evolve(point, window=None)
    start = reference if reference < end and not reading.past else None
    return attrs.evolve(point, window=_window(start, end))


def _resolve_duration(reading: DurationReading, reference: dt.datetime | None) -> Resolved:
    stated = reading.stated
    count = stated[0] if stated is not None and stated[0] == stated[1] else reading.named
    timex = _timex("DURATION", duration_value(count, reading.unit), reading.mod)
    if reading.anchor is None or reference is None:
        return Resolved(timex=timex, window=None)

    def moved(count: float, sign: int) -> dt.datetime | None:
        if math.isinf(count):
            return None
        offset = unit_offset(count, reading.unit)
        return add_offset(reference, -offset if sign < 0 else offset)

    if reading.anchor == "past":
        return Resolved(timex=timex, window=_window(moved(reading.high, -1), reference))
    is_range = stated is not None and stated[0] < stated[1]
    if reading.anchor == "within" and is_range:
        return Resolved(timex=timex, window=_window(moved(reading.low, 1), moved(reading.high, 1)))
    return Resolved(timex=timex, window=_window(reference, moved(reading.high, 1)))
