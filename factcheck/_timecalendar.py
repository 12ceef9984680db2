"""Calendar arithmetic for time expressions: calendar periods, ISO 8601 offsets, TimeML values.

A :class:`Period` is one unit of the calendar (a day, an ISO week, a month, a quarter, a year, a
decade...) numbered so that the next period of the same kind is ``index + 1``. An
:class:`Offset` is an ISO 8601 duration added with calendar rules ("P1M" from January 31 is the
end of February). Nothing here reads text or tables.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import itertools
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from factcheck._lexicon import Lexicon

__all__ = [
    "SAMPLES",
    "Kind",
    "Offset",
    "Period",
    "Season",
    "add_offset",
    "lexicon_offset",
    "parse_offset",
    "period_of",
    "relative_hull",
]


class Kind(enum.Enum):
    """The kind of a calendar period, finest first."""

    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEKEND = "weekend"
    WEEK = "week"
    MONTH = "month"
    SEASON = "season"
    QUARTER = "quarter"
    HALF = "half"
    YEAR = "year"
    DECADE = "decade"
    CENTURY = "century"

    # Members are singletons compared by identity: the identity hash is as good as Enum's
    # hash of the name, and is computed in C (kinds key the calendar's tables and caches).
    __hash__ = object.__hash__

    @property
    def rank(self) -> int:
        """Position from finest (0) to coarsest."""
        return _RANKS[self]


_RANKS = {kind: rank for rank, kind in enumerate(Kind)}

#: Months in a period of each kind that is a whole number of months.
MONTHS_IN = {Kind.MONTH: 1, Kind.QUARTER: 3, Kind.HALF: 6, Kind.YEAR: 12, Kind.DECADE: 120}
MONTHS_IN[Kind.CENTURY] = 1200

#: Placeholder TimeML values for a period of each kind whose position is not known.
UNKNOWN_VALUES = {
    Kind.MINUTE: "XXXX-XX-XXTXX:XX",
    Kind.HOUR: "XXXX-XX-XXTXX:XX",
    Kind.DAY: "XXXX-XX-XX",
    Kind.WEEKEND: "XXXX-WXX-WE",
    Kind.WEEK: "XXXX-WXX",
    Kind.MONTH: "XXXX-XX",
    Kind.SEASON: "XXXX",
    Kind.QUARTER: "XXXX-QX",
    Kind.HALF: "XXXX-HX",
    Kind.YEAR: "XXXX",
    Kind.DECADE: "XXX",
    Kind.CENTURY: "XX",
}


@attrs.frozen(kw_only=True, cache_hash=True)
class Season:
    """A season: its TimeML code ("SU") and its first and last months (winter wraps the year)."""

    timex: str
    first_month: int
    last_month: int


@attrs.frozen(kw_only=True, cache_hash=True)
class Period:
    """One period of the calendar: a ``kind`` and its ``index`` among periods of that kind.

    Indexes: minutes and hours count from the proleptic Gregorian day 1, days are ordinals, weeks
    are ISO weeks (Monday first) and weekends the weekend ending that week, months, quarters and
    halves count from year 0, years are years, decades and centuries are the year divided by 10
    and 100 ("199" is the 1990s, "19" the 1900s). A season's index is the year it begins in.
    """

    kind: Kind
    index: int
    season: Season | None = None

    def shifted(self, periods: int) -> Period:
        """The period ``periods`` after this one (before it when negative)."""
        return Period(kind=self.kind, index=self.index + periods, season=self.season)

    @property
    def start(self) -> dt.datetime:
        """The first instant of the period."""
        return self._start(self.index)

    def _start(self, index: int) -> dt.datetime:
        """The first instant of the period of this kind (and season) at ``index``."""
        kind = self.kind
        if kind is Kind.MINUTE:
            day, minute = divmod(index, 1440)
            return _day_start(day) + dt.timedelta(minutes=minute)
        if kind is Kind.HOUR:
            day, hour = divmod(index, 24)
            return _day_start(day) + dt.timedelta(hours=hour)
        if kind is Kind.DAY:
            return _day_start(index)
        if kind is Kind.WEEK:
            return _day_start(index * 7 + 1)
        if kind is Kind.WEEKEND:
            return _day_start(index * 7 + 6)
        if kind is Kind.SEASON:
            season = self._season()
            return dt.datetime(index, season.first_month, 1)
        return _month_start(index * MONTHS_IN[kind])

    @property
    def end(self) -> dt.datetime:
        """The first instant after the period."""
        if self.kind is Kind.SEASON:
            season = self._season()
            year = self.index + (1 if season.last_month < season.first_month else 0)
            return _month_start(year * 12 + season.last_month)
        if self.kind is Kind.WEEKEND:
            return self.start + _TWO_DAYS
        return self._start(self.index + 1)

    def _season(self) -> Season:
        if self.season is None:
            raise ValueError("a season period needs its season")
        return self.season

    def timex(self) -> str:
        """The TimeML value of the period: "1998-12-19", "1998-W51", "1998-Q4", "199"..."""
        kind, index = self.kind, self.index
        start = self.start
        day = f"{start.year:04d}-{start.month:02d}-{start.day:02d}"
        if kind is Kind.MINUTE:
            return f"{day}T{start.hour:02d}:{start.minute:02d}"
        if kind is Kind.HOUR:
            return f"{day}T{start.hour:02d}:00"
        if kind is Kind.DAY:
            return day
        if kind in (Kind.WEEK, Kind.WEEKEND):
            year, week, _ = _day_start(index * 7 + 1).isocalendar()
            suffix = "-WE" if kind is Kind.WEEKEND else ""
            return f"{year:04d}-W{week:02d}{suffix}"
        if kind is Kind.MONTH:
            return f"{start.year:04d}-{start.month:02d}"
        if kind is Kind.SEASON:
            return f"{index:04d}-{self._season().timex}"
        if kind is Kind.QUARTER:
            return f"{index // 4:04d}-Q{index % 4 + 1}"
        if kind is Kind.HALF:
            return f"{index // 2:04d}-H{index % 2 + 1}"
        if kind is Kind.YEAR:
            return f"{index:04d}"
        if kind is Kind.DECADE:
            return f"{index:03d}"
        return f"{index:02d}"


_TWO_DAYS = dt.timedelta(days=2)


def _day_start(ordinal: int) -> dt.datetime:
    return dt.datetime.fromordinal(ordinal)


def _month_start(months: int) -> dt.datetime:
    year, month = divmod(months, 12)
    return dt.datetime(year, month + 1, 1)


def period_of(kind: Kind, instant: dt.datetime, season: Season | None = None) -> Period:
    """The period of ``kind`` that contains ``instant``.

    For a season, the one of ``season``'s name that begins in the year that ends nearest to
    ``instant`` (the season itself when ``instant`` is inside it).
    """
    ordinal = instant.toordinal()
    if kind is Kind.MINUTE:
        return Period(kind=kind, index=ordinal * 1440 + instant.hour * 60 + instant.minute)
    if kind is Kind.HOUR:
        return Period(kind=kind, index=ordinal * 24 + instant.hour)
    if kind is Kind.DAY:
        return Period(kind=kind, index=ordinal)
    if kind in (Kind.WEEK, Kind.WEEKEND):
        return Period(kind=kind, index=(ordinal - 1) // 7)
    if kind is Kind.SEASON:
        if season is None:
            raise ValueError("a season period needs its season")
        wraps = season.last_month < season.first_month
        year = instant.year - (1 if wraps and instant.month <= season.last_month else 0)
        return Period(kind=kind, index=year, season=season)
    months = instant.year * 12 + instant.month - 1
    if kind is Kind.DECADE:
        return Period(kind=kind, index=instant.year // 10)
    if kind is Kind.CENTURY:
        return Period(kind=kind, index=instant.year // 100)
    return Period(kind=kind, index=months // MONTHS_IN[kind])


@attrs.frozen(kw_only=True, cache_hash=True)
class Offset:
    """A signed ISO 8601 duration: whole ``months`` (calendar), then ``days`` and ``seconds``."""

    months: int = 0
    days: int = 0
    seconds: float = 0.0

    def __neg__(self) -> Offset:
        return Offset(months=-self.months, days=-self.days, seconds=-self.seconds)


_OFFSET = re.compile(
    r"(?P<sign>-)?P(?!$)(?:(?P<Y>\d+(?:\.\d+)?)Y)?(?:(?P<M>\d+(?:\.\d+)?)M)?"
    r"(?:(?P<W>\d+(?:\.\d+)?)W)?(?:(?P<D>\d+(?:\.\d+)?)D)?"
    r"(?:T(?=\d)(?:(?P<h>\d+(?:\.\d+)?)H)?(?:(?P<m>\d+(?:\.\d+)?)M)?(?:(?P<s>\d+(?:\.\d+)?)S)?)?"
)

#: Mean days in a month, for the fraction of a month an ISO duration may give ("P1.5M").
MEAN_MONTH_DAYS = 365.2425 / 12


def parse_offset(text: str) -> Offset | None:
    """The :class:`Offset` written as ``text`` ("P3D", "-P1Y2M", "PT24H"), or ``None``."""
    match = _OFFSET.fullmatch(text.strip())
    if match is None:
        return None
    part = {
        key: float(value) for key, value in match.groupdict().items() if value and key != "sign"
    }
    offset = calendar_offset(
        months=part.get("Y", 0) * 12 + part.get("M", 0),
        days=part.get("W", 0) * 7 + part.get("D", 0),
        seconds=part.get("h", 0) * 3600 + part.get("m", 0) * 60 + part.get("s", 0),
    )
    return -offset if match.group("sign") else offset


def calendar_offset(*, months: float = 0, days: float = 0, seconds: float = 0) -> Offset:
    """An :class:`Offset` of possibly fractional months and days, the fractions carried down."""
    whole_months = int(months)
    days += (months - whole_months) * MEAN_MONTH_DAYS
    whole_days = int(days)
    seconds += (days - whole_days) * 86400
    return Offset(months=whole_months, days=whole_days, seconds=round(seconds, 6))


@functools.cache
def lexicon_offset(lexicon: Lexicon, keys: tuple[str, ...], default: str = "P0D") -> Offset:
    """The ISO 8601 duration of zero or more at ``keys`` of ``lexicon`` (a table, then the
    keys within it), ``default`` when it is not given; raises the lexicon's
    :class:`~factcheck.errors.LexiconError` for anything else."""
    table, *path = keys
    value: object = lexicon.table(table)
    for key in path:
        value = value.get(key) if isinstance(value, Mapping) else None
    if value is None:
        value = default
    offset = parse_offset(value) if isinstance(value, str) else None
    if offset is None or offset.months < 0 or offset.days < 0 or offset.seconds < 0:
        raise lexicon.error(keys, "must be an ISO 8601 duration of zero or more")
    return offset


def add_offset(instant: dt.datetime, offset: Offset) -> dt.datetime:
    """``instant`` moved by ``offset``: months by the calendar (clamped to the month's last day),
    then days and seconds.

    Raises ``OverflowError`` or ``ValueError`` outside the years 1 to 9999.
    """
    if offset.months:
        year, month = divmod(instant.year * 12 + instant.month - 1 + offset.months, 12)
        if not dt.MINYEAR <= year <= dt.MAXYEAR:
            raise OverflowError(f"year {year} is out of range")
        day = min(instant.day, calendar.monthrange(year, month + 1)[1])
        instant = instant.replace(year=year, month=month + 1, day=day)
    return instant + dt.timedelta(days=offset.days, seconds=offset.seconds)


def _days(first: dt.date, count: int) -> tuple[dt.datetime, ...]:
    return tuple(_day_start(first.toordinal() + k) for k in range(count))


def _turns_of_months(years: range) -> tuple[dt.datetime, ...]:
    """The first and last day of every month of ``years``."""
    turns = []
    for year in years:
        for month in range(1, 13):
            first = dt.datetime(year, month, 1)
            turns += [first, first.replace(day=calendar.monthrange(year, month)[1])]
    return tuple(turns)


#: Reference days that reach every extreme of a window whose position depends on the day of the
#: reference's week, month, year, decade or century. Extremes fall where the reference turns
#: from one period to the next, or (for "the nearest March 22") on any day of the year. Four
#: years cover every month length and leap day; a leap year and the next cover the days.
SAMPLES = {
    Kind.DAY: (dt.datetime(2001, 1, 1),),
    Kind.WEEK: _days(dt.date(2001, 1, 1), 7),
    Kind.MONTH: _turns_of_months(range(2000, 2004)),
    Kind.YEAR: _days(dt.date(2000, 1, 1), 366 + 365),
    Kind.DECADE: _turns_of_months(range(1999, 2011)),
    Kind.CENTURY: tuple(
        dt.datetime(y, m, d) for y in range(1899, 2101) for m, d in ((1, 1), (12, 31))
    ),
}

Bounds = tuple[dt.datetime | None, dt.datetime | None]


#: Samples resolved first: every 32nd, and then those between two whose windows differ.
_STRIDE = 32


@functools.cache
def _hull_of(
    resolve: Callable[[dt.datetime], Bounds], samples: Kind
) -> tuple[dt.timedelta | None, ...]:
    """The hull over the samples of ``samples``, resolving only some of them.

    A window that is the same at two references is the same at every reference between
    them: the occurrence a reference picks (of a date, a month, the week it is in) comes
    later as the reference does, never back. Between two such samples each bound's offset
    from the reference only shrinks, so the extremes are at the samples where the window
    changes. Every 32nd sample is resolved, and the samples between two whose windows
    differ are halved until the change is found: a date with no year takes 34 resolutions,
    not 731. A bound that moves with the reference ("within four months") changes at every
    sample, and every sample is resolved."""
    references = SAMPLES[samples]
    resolved: dict[int, Bounds] = {}

    def bounds(index: int) -> Bounds:
        found = resolved.get(index)
        if found is None:
            found = resolved[index] = resolve(references[index])
        return found

    last = len(references) - 1
    stops = [*range(0, last, _STRIDE), last]
    for index in stops:
        bounds(index)
    # Resolve the samples on each side of every change between two resolved ones.
    between = list(itertools.pairwise(stops))
    while between:
        low, high = between.pop()
        if high - low > 1 and bounds(low) != bounds(high):
            middle = (low + high) // 2
            bounds(middle)
            between += ((low, middle), (middle, high))
    earliest: dt.timedelta | None = None
    latest: dt.timedelta | None = None
    open_start = open_end = False
    for index, (start, end) in resolved.items():
        reference = references[index]
        if start is None:
            open_start = True
        else:
            offset = start - reference
            earliest = offset if earliest is None or offset < earliest else earliest
        if end is None:
            open_end = True
        else:
            offset = end - reference
            latest = offset if latest is None or offset > latest else latest
    return (None if open_start else earliest, None if open_end else latest)


def relative_hull(
    resolve: Callable[[dt.datetime], Bounds], depends_on: Kind
) -> tuple[dt.timedelta | None, ...]:
    """The offsets from an unknown reference day that bound every window ``resolve`` can give.

    ``resolve`` maps a reference instant (a midnight) to a window's bounds; it must be hashable
    (results are cached per ``resolve``). ``depends_on`` is the coarsest period of the reference
    the window depends on (DAY, WEEK, MONTH for anything up to a year's turn, YEAR for the day
    of the year, DECADE, CENTURY). An end that is open for some reference stays open.
    """
    return _hull_of(resolve, depends_on)
