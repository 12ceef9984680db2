"""The rules of time expressions: token patterns, and what each pattern means.

A rule's pattern is written in a small language over token codes (``_timegrammar.CODES``):
names separated by spaces (``month dayord comma? year?``), each optionally labelled
(``month:m``) so the handler can find its token, with regular-expression grouping, ``|``,
``?`` and bounded repeats. Every rule may be preceded by the same prefixes: an anchor ("within",
"since", "until"), a hedge ("about") and a part ("early", "the end of", "earlier"), which
:func:`read` applies to what the rule found.

The rules are tried left to right over a run of tokens; at each position, the first rule (in
the order of :data:`RULES`) whose pattern matches and whose handler accepts the tokens wins.
"""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import attrs

from factcheck._model import Hedge
from factcheck._numbers import lower_case
from factcheck._timecalendar import MONTHS_IN, Kind, Period
from factcheck._timegrammar import CODES, DayPart, DayWord, PeriodPart, TimeGrammar, Token, Vague
from factcheck._timegrammar import unit_kind as _unit_kind
from factcheck._timereadings import (
    Anchor,
    Base,
    Containing,
    Direction,
    DurationReading,
    Fixed,
    InYear,
    Pattern,
    PointReading,
    Reading,
    Recurring,
    Relative,
    SetReading,
    SinceReading,
    UntilReading,
    VagueReading,
    duration_value,
    moves_focus,
    needs_tense,
    unit_offset,
    uses_focus,
)

__all__ = [
    "LOWER_CASE_CODES",
    "RULES",
    "Context",
    "Found",
    "Rule",
    "Run",
    "lowered",
    "read",
    "read_run",
    "rule_patterns",
]

#: Composite token classes the rules use besides those of ``CODES``.
_CLASSES = {**CODES, "npmod": "LXRF3cY", "rel": "LXRF", "clausend": ".,", "anyunit": "U2u"}

#: Prefixes every rule may start with.
_PREFIX_REVERSED = r"(?P<p_part>(?:E|od)t?|p?[el])?(?P<p_hedge>h)?(?P<p_anchor>[isz])?"
#: The codes a prefix may end with (the first of ``_PREFIX_REVERSED``): before any other,
#: a rule has none.
_PREFIX_LAST = frozenset("Eopelhisz")

#: TimeML mods of the hedges of ``hedges.toml``.
_HEDGE_MODS = {
    "approximately": "APPROX",
    "nearly": "EQUAL_OR_LESS",
    "at_least": "EQUAL_OR_MORE",
    "more_than": "MORE_THAN",
    "up_to": "EQUAL_OR_LESS",
    "fewer_than": "LESS_THAN",
}


class Context:
    """What a handler may ask about the text around the tokens it reads."""

    def __init__(
        self, grammar: TimeGrammar, tokens: Sequence[Token], codes: str, *, counted: bool = False
    ) -> None:
        self.grammar = grammar
        self.tokens = tokens
        self.codes = codes
        self.counted = counted  # a count and what it counts come just before the tokens
        self.first = 0  # index of the first token of the match being read
        self.last = 0  # index after its last token

    @property
    def before(self) -> Token | None:
        """The token before the match, if the run has one."""
        return self.tokens[self.first - 1] if self.first > 0 else None

    @property
    def following(self) -> str:
        """The code of the token after the match (``.`` if a clause ends there, ``|`` if a word
        that is not a time word follows)."""
        return self.codes[self.last] if self.last < len(self.codes) else "."

    def is_age(self) -> bool:
        """Whether the match is an age ("a 6-year-old", "52 years old"), not a time."""
        last = self.tokens[self.last - 1]
        after = self.tokens[self.last] if self.last < len(self.tokens) else None
        return last.text == "old" or (after is not None and after.text == "old")

    def date_anchor(self, pattern: Pattern) -> Recurring:
        """The occurrence of a date without a year ("Dec. 7", "March") the text means.

        The nearest one, but a sentence that leans to the past or the future ("since",
        "until", "by", else the tense; the past when it has none) decides between two about as
        near; the tense of a past or future sentence decides a month outright (see
        :func:`~factcheck._timereadings.with_tense`). "ended" means the last one.
        """
        before = self.before
        if before is not None and before.code == "v" and before.text == "ended":
            return Recurring(pattern=pattern, direction=Direction.ON_OR_BEFORE)
        if before is not None and before.code == "s":
            return Recurring(pattern=pattern, lean=Direction.ON_OR_BEFORE)
        if before is not None and (before.code == "z" or before.text in ("by", "through")):
            return Recurring(pattern=pattern, lean=Direction.ON_OR_AFTER)
        return Recurring(pattern=pattern, follows_tense=True)


Parts = Mapping[str, Token]
Handler = Callable[[Context, Parts, Sequence[Token]], Reading | None]


@attrs.frozen(kw_only=True)
class Rule:
    """A named token pattern and the handler that reads what it matches."""

    name: str
    pattern: str
    handler: Handler


class Found(NamedTuple):
    """A reading and the tokens ``[first, last)`` of the run it was read from, and whether
    resolving it needs the tense of its sentence, needs the text's focus, or moves it; and
    whether its words may be part of a name, which the text around the run decides
    (``may_name``: a word written in lower case has a capital, "Today"; a set word, which may
    come before a name; a month before "for" or "of"; a month that is also a person's name,
    alone, "May").

    A tuple: every run read makes them, and the reader only reads their fields.
    """

    reading: Reading
    first: int
    last: int
    needs_tense: bool
    uses_focus: bool
    moves_focus: bool
    may_name: bool = False


def _found(reading: Reading, first: int, last: int) -> Found:
    """``reading``, found in the tokens ``[first, last)``."""
    reading, tense, focus, moves = _interned(reading)
    return _new_found(Found, (reading, first, last, tense, focus, moves, False))


#: Makes a ``Found`` without the keyword handling of ``Found.__new__``.
_new_found = tuple.__new__


@functools.lru_cache(maxsize=8192)
def _interned(reading: Reading) -> tuple[Reading, bool, bool, bool]:
    """The first reading seen that equals ``reading`` (later lookups keyed on it then compare
    by identity), and whether resolving it needs the tense, uses the focus, and moves it."""
    return reading, needs_tense(reading), uses_focus(reading), moves_focus(reading)


# -- helpers --------------------------------------------------------------------------------


def _count(token: Token) -> float | None:
    value = 1.0 if token.code == "a" else token.value
    if not isinstance(value, int | float) or not math.isfinite(value) or value <= 0:
        return None
    return float(value)


def _unit(token: Token) -> str | None:
    value = token.value
    return value[0] if isinstance(value, tuple) else None


def _plural(token: Token) -> bool:
    value = token.value
    return bool(value[1]) if isinstance(value, tuple) else False


def _kind(token: Token) -> Kind | None:
    unit = _unit(token)
    return None if unit is None else _unit_kind(unit)


def _ordinal(token: Token) -> int | None:
    """The number of an ordinal token ("third", "19th"; "second", which is also a unit)."""
    if token.code == "2":
        return 2
    return token.value if isinstance(token.value, int) else None


def _day_of_month(token: Token) -> int | None:
    value = token.value
    return value if isinstance(value, int) and 1 <= value <= 31 else None


def _valid_month_day(month: int, day: int) -> bool:
    return day <= (29 if month == 2 else 30 if month in (4, 6, 9, 11) else 31)


def _hedged(
    context: Context, hedge: Hedge, low: float, high: float
) -> tuple[float, float, bool, bool]:
    """``[low, high]`` widened by the tolerance of ``hedge`` in ``hedges.toml``; a span of
    time is never negative ("under three days" starts at none)."""
    return context.grammar.tolerances[hedge].widen(low, high, floor=0.0)


def _duration(
    context: Context,
    unit: str,
    stated: tuple[float, float] | None,
    *,
    blur: Token | None = None,
    hedge: str | None = None,
    anchor: str | None = None,
    definite: bool = False,
) -> DurationReading:
    """A duration of ``unit``: ``stated`` as written and widened by ``hedge``, or the range of
    the ``blur`` word ("several"), or of a bare plural, when no count is stated."""
    if stated is None:
        low, high = blur.value if blur is not None else context.grammar.bare_plural
        named = context.grammar.numbers.vague_counts.get(blur.text) if blur else None
        return DurationReading(
            unit=unit,
            stated=None,
            low=low,
            high=high,
            high_open=True,
            hedge=Hedge.VAGUE,
            anchor=anchor,
            named=named,
        )
    key = hedge or ("range" if stated[0] < stated[1] else "exact")
    low, high, low_open, high_open = _hedged(context, Hedge[key.upper()], *stated)
    return DurationReading(
        unit=unit,
        stated=stated,
        low=low,
        high=high,
        low_open=low_open,
        high_open=high_open,
        hedge=Hedge[key.upper()],
        mod=_HEDGE_MODS.get(key),
        anchor=anchor,
        definite=definite,
    )


def _stated(parts: Parts) -> tuple[float, float] | None:
    """The count or range of a duration ("17", "60 to 100"), or ``None`` if it has none."""
    if "n" not in parts:
        return None
    low = _count(parts["n"])
    high = _count(parts["m"]) if "m" in parts else low
    if low is None or high is None or high < low:
        return None
    return (low, high)


def _day_anchor(context: Context, parts: Parts) -> Fixed | Relative | Recurring | None:
    """The day named by a weekday, a day word or a month and day, among ``parts``."""
    if "m" in parts:
        return _dated_anchor(context, parts)
    if "wd" in parts:
        pattern = Pattern(kind=Kind.DAY, weekday=parts["wd"].value)
        return Recurring(pattern=pattern, direction=Direction.ON_OR_BEFORE, follows_tense=True)
    if "dw" in parts:
        word: DayWord = parts["dw"].value
        return Relative(kind=Kind.DAY, shift=word.offset)
    return None


def _month_day_anchor(context: Context, parts: Parts) -> Fixed | Recurring | None:
    month, day = parts["m"].value, _day_of_month(parts["d"])
    if day is None or not _valid_month_day(month, day):
        return None
    if "y" in parts:
        try:
            ordinal = _date_ordinal(parts["y"].value, month, day)
        except ValueError:
            return None
        return Fixed(period=Period(kind=Kind.DAY, index=ordinal))
    return context.date_anchor(Pattern(kind=Kind.DAY, month=month, day=day))


def _date_ordinal(year: int, month: int, day: int) -> int:
    return dt.date(year, month, day).toordinal()


def _clock(parts: Parts) -> tuple[int, int | None] | None:
    token = parts["c"] if "c" in parts else parts["h"]
    hour, minute = token.value if token.code == "C" else (token.value, None)
    if "ap" in parts:
        if not 1 <= hour <= 12:
            return None
        pm = parts["ap"].value
        hour = hour % 12 + (12 if pm else 0)
    if not 0 <= hour <= 24 or (minute is not None and not 0 <= minute <= 59):
        return None
    return (hour, minute)


# -- handlers -------------------------------------------------------------------------------


#: A leap year, for the length of a range of days whose year is not given ("Feb. 28 to March
#: 1" may run over a Feb. 29: its window is then a day too long, never too short).
_ANY_LEAP_YEAR = 2000


def _day_range(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "March 3-5, 2031", "3 to 5 March", "March 3 and 4", "March 30 to April 2": the days
    from the first to the last. The year written after the last day is the first's too (the
    year before, when the range runs into a new year); with none written, the first day is
    read as any date is. Not "March 3 and 4 people", whose "and" joins a date and a count."""
    joiner = parts["j"].text
    if joiner.isalpha() and "y" not in parts and context.following == "|":
        return None
    if joiner in ("and", "or") and "m" in parts and "m2" in parts and "bt" not in parts:
        return None  # "on March 3 and April 4": two days, not the days between them
    if "m" not in parts:  # "3 to 5 March": the last day's month is the first's too
        parts = {**parts, "m": parts["m2"]}
    month, day, last_day = parts["m"].value, _day_of_month(parts["d"]), _day_of_month(parts["d2"])
    last_month = parts["m2"].value if "m2" in parts else month
    if day is None or last_day is None:
        return None
    last_year = parts["y"].value if "y" in parts else _ANY_LEAP_YEAR
    first_year = last_year - (last_month < month)  # "Dec. 30 to Jan. 2, 2032"
    try:
        first, last = dt.date(first_year, month, day), dt.date(last_year, last_month, last_day)
    except ValueError:
        return None
    through = (last - first).days
    if through <= 0:
        return None
    if "y" in parts:
        anchor: Fixed | Recurring | None = Fixed(
            period=Period(kind=Kind.DAY, index=first.toordinal())
        )
    else:
        anchor = _dated_anchor(context, parts)
    return None if anchor is None else PointReading(anchor=anchor, through=through)


def _month_day(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    anchor = _dated_anchor(context, parts)
    return None if anchor is None else PointReading(anchor=anchor)


def _dated_anchor(context: Context, parts: Parts) -> Fixed | Recurring | None:
    """The day of a month and day among ``parts``, moved by "last" or "next" and fixed to a
    year by a weekday when they have them."""
    anchor = _month_day_anchor(context, parts)
    if isinstance(anchor, Recurring) and "rel" in parts:  # "last Oct. 23"
        direction = {"L": Direction.BEFORE, "X": Direction.AFTER}.get(parts["rel"].code)
        anchor = Recurring(pattern=anchor.pattern, direction=direction or Direction.SAME)
    if isinstance(anchor, Recurring) and "wd" in parts:
        # "Saturday, April 25": the year in which April 25 is a Saturday. The tense still
        # leans to a side, for when the weekday is wrong (:func:`resolve`).
        pattern = attrs.evolve(anchor.pattern, weekday=parts["wd"].value)
        anchor = attrs.evolve(
            anchor, pattern=pattern, direction=Direction.NEAREST, lean=None, follows_tense=True
        )
    return anchor


def _year_shift(parts: Parts) -> int | None:
    """How many years "this", "last" or "next" (``rel``) and a unit (``yu``) move from the
    reference's year ("July last year": -1); ``None`` when the unit is no year ("June 30 next
    week")."""
    if _kind(parts["yu"]) is not Kind.YEAR:
        return None
    return {"L": -1, "X": 1}.get(parts["rel"].code, 0)


def _month_day_of_year(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "June 30 next year", "4 March last year": the day in the year before or after the
    reference's (as "July last year" is a month of it)."""
    shift = _year_shift(parts)
    if shift is None:
        return None  # "June 30 next week": the date alone
    anchor = _month_day_anchor(context, parts)
    if not isinstance(anchor, Recurring):
        return None  # no such day ("February 30")
    return PointReading(anchor=_shift_year(Recurring(pattern=anchor.pattern), shift))


def _iso(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    value = parts["iso"].value
    period = Period(kind=Kind.DAY, index=value.toordinal())
    clock = (value.hour, value.minute) if hasattr(value, "hour") else None
    return PointReading(anchor=Fixed(period=period), clock=clock)


def _clock_time(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    clock = _clock(parts)
    if clock is None:
        return None
    anchor = _day_anchor(context, parts) if {"wd", "dw", "m"} & set(parts) else None
    if anchor is None:
        if {"wd", "dw", "m"} & set(parts):
            return None
        anchor = Relative(kind=Kind.DAY, base=Base.FOCUS)
    return PointReading(anchor=anchor, clock=clock)


def _hour_of_part(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "4 in the morning", "10:30 at night": a time of the twelve-hour clock placed in a part
    of the day, before or after noon as the part's hours are nearer."""
    part: DayPart = parts["dp"].value
    token = parts["c"]
    hour, minute = token.value if token.code == "C" else (token.value, None)
    if parts["p"].text not in ("in", "at") or part.clock is not None or not 1 <= hour <= 12:
        return None

    def away(candidate: int) -> float:  # hours from the part, around the clock
        return min(
            max(part.start_hour - h, h - part.end_hour + 1, 0.0)
            for h in (candidate, candidate + 24)
        )

    clock = min((hour % 12, hour % 12 + 12), key=away)
    return PointReading(anchor=Relative(kind=Kind.DAY, base=Base.FOCUS), clock=(clock, minute))


def _day_with_part(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    anchor = _day_anchor(context, parts)
    if anchor is None:
        return None
    if isinstance(anchor, Recurring) and any(token.code == "$" for token in tokens):
        # "would get around Wednesday's ruling": the weekday dates the ruling, which a future
        # verb does not put to come.
        anchor = attrs.evolve(anchor, owned=True)
    part: DayPart | None = parts["dp"].value if "dp" in parts else None
    if part is None and "dw" in parts:
        part = parts["dw"].value.part
    if part is not None and part.clock is not None:
        return PointReading(anchor=anchor, clock=part.clock)
    return PointReading(anchor=anchor, day_part=part)


def _relative_word(tokens: Sequence[Token]) -> tuple[int, Base] | None:
    """The shift and base of the relative words (last, next, this, that) among ``tokens``."""
    codes = "".join(token.code for token in tokens)
    words = [token.text for token in tokens]
    with_the = codes.startswith("t")
    if "L" in codes:
        word = words[codes.index("L")]
        focused = with_the and word not in ("last", "past")
        return (-1, Base.FOCUS if focused else Base.REFERENCE)
    if "X" in codes:
        word = words[codes.index("X")]
        focused = with_the and word not in ("coming", "upcoming")
        return (1, Base.FOCUS if focused else Base.REFERENCE)
    if "F" in codes or "3" in codes:
        return (0, Base.FOCUS)
    if "R" in codes:
        return (0, Base.REFERENCE)
    return None


def _named_relative(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    relative = _relative_word([t for t in tokens if t.code in "tLXRF"])
    if relative is None:
        return None
    shift, base = relative
    if "wd" in parts:
        pattern = Pattern(kind=Kind.DAY, weekday=parts["wd"].value)
    elif "m" in parts:
        pattern = Pattern(kind=Kind.MONTH, month=parts["m"].value)
    elif "se" in parts:
        pattern = Pattern(kind=Kind.SEASON, season=parts["se"].value)
    else:
        pattern = Pattern(kind=Kind.DAY, holiday=parts["ho"].value)
    direction = {-1: Direction.BEFORE, 1: Direction.AFTER}.get(shift, Direction.SAME)
    # "that spring": the one nearest the time the text is talking about; with no time named
    # before, the tense decides as for "the spring" ("left Mali that spring", written in
    # November: the past spring). See with_tense and anchor_period.
    recalled = base is Base.FOCUS and shift == 0
    if recalled:
        direction = Direction.NEAREST
    anchor = Recurring(pattern=pattern, direction=direction, base=base, follows_tense=recalled)
    day_part: DayPart | None = parts["dp"].value if "dp" in parts else None
    if day_part is not None and day_part.clock is not None:
        return PointReading(anchor=anchor, clock=day_part.clock)
    return PointReading(anchor=anchor, day_part=day_part)


def _daypart(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    part: DayPart = parts["dp"].value
    relative = _relative_word(tokens)
    if relative is None:
        # A bare part of the day is a time after a preposition ("in the morning", "by mid
        # afternoon") or when it names a clock time ("noon"); "the night the flight went down"
        # is the night of an event.
        before = context.before
        after_preposition = before is not None and before.code == "p"
        if part.clock is None and not after_preposition:
            return None
        if tokens[0].code == "t" and context.following not in ".,":
            return None
        relative = (0, Base.FOCUS)
    shift, base = relative
    anchor = Relative(kind=Kind.DAY, shift=shift, base=base)
    if part.clock is not None:
        return PointReading(anchor=anchor, clock=part.clock)
    return PointReading(anchor=anchor, day_part=part)


#: Periods counted back in years: "N decades ago" is 10 N years back.
_YEARS_AGO = {Kind.DECADE: 10, Kind.CENTURY: 100}


def _ago(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    if unit is None:
        return None
    stated = _stated(parts)
    # A fortnight is two weeks back ("a fortnight ago": the week two back).
    kind = Kind.WEEK if unit == "fortnight" else _unit_kind(unit) if unit != "millennium" else None
    if stated is not None and stated[0] == stated[1] and stated[0] == int(stated[0]) and kind:
        count = int(stated[0]) * (2 if unit == "fortnight" else 1)
        hedged = "y" in "".join(t.code for t in tokens)
        if kind is Kind.WEEKEND:
            kind = Kind.WEEK
        elif kind in _YEARS_AGO:
            # "a decade ago" is about the year ten years back (in 2001, 1991), not the
            # decade before the reference's (the 1990s); never a precise year.
            count *= _YEARS_AGO[kind]
            kind = Kind.YEAR
            hedged = True
        anchor = Relative(kind=kind, shift=-count, keep_focus=kind is Kind.YEAR and count == 1)
        if hedged:
            return PointReading(anchor=anchor, mod=_HEDGE_MODS["approximately"])
        return PointReading(anchor=anchor, spread=context.grammar.ago_spread)
    if stated is None and "n" in parts:
        return None
    low, high = (
        stated
        if stated is not None
        else (parts["b"].value if "b" in parts else context.grammar.bare_plural)
    )
    vague = Vague(
        timex="PAST_REF", type="DATE", start=-unit_offset(high, unit), end=-unit_offset(low, unit)
    )
    return VagueReading(vague=vague)


def _shifted(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    kind = None if unit is None else _unit_kind(unit)
    stated = _stated(parts) if "n" in parts else None
    if kind is None or stated is None or stated[0] != stated[1] or stated[0] != int(stated[0]):
        return None
    sign = -1 if parts["dir"].code in "eB" else 1
    count = int(stated[0])
    return PointReading(
        anchor=Relative(kind=kind, shift=sign * count, base=Base.FOCUS, keep_focus=True)
    )


def _the_unit_before(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    kind = _kind(parts["u"])
    if kind is None:
        return None
    sign = -1 if parts["dir"].code in "eB" else 1
    return PointReading(anchor=Relative(kind=kind, shift=sign, base=Base.FOCUS))


def _unit_from_day(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "the day before last Tuesday", "the week after Easter", "the day after tomorrow": the
    period of a unit just before or after the one that holds a day."""
    kind = _kind(parts["u"])
    if kind is None or _plural(parts["u"]) or kind.rank < Kind.DAY.rank:
        return None
    named = tokens[tokens.index(parts["dir"]) + 1 :]
    inner: Anchor | None
    if "m" in parts:
        inner = _month_day_anchor(context, parts)
    elif any(token.code in "LXRF" for token in named):
        relative = _named_relative(context, parts, named)
        inner = relative.anchor if isinstance(relative, PointReading) else None
    elif "ho" in parts:
        holiday = _holiday(context, parts, named)
        inner = holiday.anchor if isinstance(holiday, PointReading) else None
    else:
        inner = _day_anchor(context, parts)
    if not isinstance(inner, Fixed | Relative | Recurring):
        return None
    shift = -1 if parts["dir"].code == "B" else 1
    return PointReading(anchor=Containing(kind=kind, inner=inner, shift=shift))


def _span(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    if unit is None:
        return None
    backwards = parts["rel"].code == "L"
    plural = _plural(parts["u"])
    stated = _stated(parts)
    if stated is None and "n" in parts:
        return None
    if not plural and "n" not in parts:
        if "b" in parts or not (backwards or _spans_ahead(context)):
            return None  # "the next day" is the day after; "the last week" the past week
        stated = (1.0, 1.0)  # "over the next year": the twelve months to come
    anchor = "past" if backwards else "future"
    blur = parts.get("b")
    hedge = "approximately" if any(t.code == "y" for t in tokens) else None
    return _duration(context, unit, stated, blur=blur, hedge=hedge, anchor=anchor)


#: Prepositions after which "the next year" is the year to come from the reference, not the
#: calendar year after it ("will draw down over the next year"; "the next year, he left").
_AHEAD = frozenset({"over", "during", "in", "for", "throughout"})


def _spans_ahead(context: Context) -> bool:
    """Whether "the next <unit>" is a span that starts at the reference: after "within" or a
    preposition of :data:`_AHEAD`."""
    before = context.before
    return before is not None and (before.code == "i" or before.text in _AHEAD)


def _period(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """A period named by its kind and modifiers: "the third quarter", "last year", "this
    year's third quarter", "the year-ago quarter", "the latest period", "the weekend"."""
    codes = "".join(token.code for token in tokens)
    cut = codes.find("$")
    owner, tokens = (tokens[:cut], tokens[cut + 1 :]) if cut >= 0 else ((), tokens)
    head = parts["h"]
    kind = _kind(head) if head.code != "f" else None
    if head.code != "f" and (kind is None or _plural(head)):
        return None
    modifiers = [t for t in tokens if t is not head and t.code != "o"]
    codes = "".join(t.code for t in modifiers)
    year = parts["y2"].value if "y2" in parts else None
    years = [t.value for t in modifiers if t.code == "Y"]
    if years:
        year = years[0]
    ordinal = parts.get("o")
    if ordinal is not None:
        if "tr" in parts and not owner:  # "the third quarter (of) last year"
            owner = (parts["tr"], parts["ty"])
        return _ordinal_period(context, kind, ordinal, year, owner)
    if owner:
        return _owned_period(kind, owner)
    if "tr" in parts:  # "the corresponding period last year"
        if _kind(parts["ty"]) is not Kind.YEAR:
            return None
        return _owned_period(kind or Kind.QUARTER, [parts["tr"], parts["ty"]])
    if head.code == "f" or kind is None:
        if not codes.strip("tc"):
            return None
        kind, keep = Kind.YEAR, True
    else:
        keep = False
    if year is not None:
        if kind is Kind.YEAR:
            return PointReading(anchor=Fixed(period=Period(kind=Kind.YEAR, index=year)))
        if keep or kind in (Kind.QUARTER, Kind.HALF):
            return PointReading(anchor=InYear(year=year))  # "the 1988 quarter"
        return None
    relative = _relative_word(modifiers)
    if relative is None:
        if "t" not in codes:
            return None  # "year", "a fiscal year", "any other whole year": no period in view
        if kind is Kind.DAY and context.following not in ".,":
            return None  # "the day before authorities issued", "the day belonged to them"
        if kind in _CLOCK_PERIODS:
            return None  # "shut the gates within the hour": an hour, not the reference's
        relative = (0, Base.FOCUS)  # "the year", "the fiscal year", "the quarter"
    shift, base = relative
    if any(t.code == "3" for t in modifiers):  # "the latest quarter": the last to have ended
        # "the latest period" of a report is its latest quarter, unless it names another.
        latest = Kind.QUARTER if head.code == "f" else kind
        return PointReading(anchor=Relative(kind=latest, base=Base.FOCUS, ended=True))
    if kind is Kind.WEEKEND:
        direction = {-1: Direction.BEFORE, 1: Direction.AFTER}.get(shift, Direction.SAME)
        anchor = Recurring(pattern=Pattern(kind=Kind.WEEKEND), direction=direction)
        if codes == "t":  # "the weekend": the nearest, or as the tense says
            anchor = Recurring(pattern=anchor.pattern, follows_tense=True)
        return PointReading(anchor=anchor)
    return PointReading(anchor=Relative(kind=kind, shift=shift, base=base, keep_focus=keep))


#: Periods of the clock, of which "the" names none in view ("within the hour", "on the
#: minute"): the reference is a day, and a story tells no clock hour by "the".
_CLOCK_PERIODS = frozenset({Kind.HOUR, Kind.MINUTE})


def _owned_period(kind: Kind | None, owner: Sequence[Token]) -> Reading | None:
    """The period the text is talking about, in the year ``owner`` names ("last year's
    quarter")."""
    per_year = {Kind.QUARTER: 4, Kind.HALF: 2, Kind.MONTH: 12}.get(kind) if kind else None
    relative = _relative_word(owner)
    if per_year is None or relative is None or _kind(owner[-1]) is not Kind.YEAR:
        return None
    anchor = Relative(kind=kind or Kind.QUARTER, shift=relative[0] * per_year, base=Base.FOCUS)
    return PointReading(anchor=anchor)


def _year_ago(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """The period the text is talking about, a year before: "the year-ago quarter",
    "year-earlier results", "the year-ago third quarter"."""
    head = parts.get("h")
    kind = Kind.YEAR if head is None or head.code == "f" else _kind(head)
    per_year = (
        {Kind.QUARTER: 4, Kind.HALF: 2, Kind.MONTH: 12, Kind.YEAR: 1}.get(kind) if kind else None
    )
    if per_year is None or kind is None or (head is not None and _plural(head)):
        return None
    if "o" in parts:
        number = _ordinal(parts["o"])
        if kind not in (Kind.QUARTER, Kind.HALF) or number is None or not 1 <= number <= per_year:
            return None
        pattern = Pattern(kind=kind, number=number)
        anchor = Recurring(pattern=pattern, direction=Direction.SAME, base=Base.FOCUS, shift=-1)
        return PointReading(anchor=anchor)
    keep = head is None or head.code == "f"
    return PointReading(
        anchor=Relative(kind=kind, shift=-per_year, base=Base.FOCUS, keep_focus=keep)
    )


def _period_of_date(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "the week of March 6": the period that holds a date."""
    kind = _kind(parts["u"])
    date = _month_day_anchor(context, parts)
    if kind is None or date is None or _plural(parts["u"]) or kind.rank <= Kind.DAY.rank:
        return None
    return PointReading(anchor=Containing(kind=kind, inner=date))


def _period_ended(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "the year ended Sept. 30": the twelve months before a date; "the quarter ended Sept.
    30": the quarter that ends then (for a fiscal quarter, the calendar one it mostly is)."""
    kind = _kind(parts["u"])
    if _plural(parts["u"]):
        return None
    if kind is Kind.YEAR:
        return _duration(context, "year", (1.0, 1.0))
    if kind not in (Kind.QUARTER, Kind.HALF) or "m" not in parts:
        return None
    month, day = parts["m"].value, _day_of_month(parts["d"])
    if day is None or not _valid_month_day(month, day):
        return None
    date: Fixed | Recurring
    if "y" in parts:
        try:
            date = Fixed(
                period=Period(kind=Kind.DAY, index=_date_ordinal(parts["y"].value, month, day))
            )
        except ValueError:
            return None
    else:
        pattern = Pattern(kind=Kind.DAY, month=month, day=day)
        ended = parts["e"].text == "ended"
        date = Recurring(
            pattern=pattern,
            direction=Direction.ON_OR_BEFORE if ended else Direction.NEAREST,
            lean=None if ended else Direction.ON_OR_AFTER,
        )
    return PointReading(anchor=Containing(kind=kind, inner=date, ending=True))


def _rate(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    if unit is None or _plural(parts["u"]):
        return None
    return SetReading(value=duration_value(1, unit))


def _rate_of_count(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "four flights a week", "hundreds of interviews a day": after a count and what it
    counts, "a" and a unit is a rate."""
    if context.first != 0 or not context.counted:
        return None
    return _rate(context, parts, tokens)


def _ordinal_period(
    context: Context, kind: Kind | None, ordinal: Token, year: int | None, owner: Sequence[Token]
) -> Reading | None:
    """A numbered part of a year ("the third quarter", "the 20th century"). Without a year,
    the latest one to have begun: news reports on quarters that have begun or ended."""
    number = _ordinal(ordinal)
    if number is None or kind is None:
        return None
    if kind is Kind.CENTURY and not owner and year is None and 1 <= number <= 100:
        return PointReading(anchor=Fixed(period=Period(kind=Kind.CENTURY, index=number - 1)))
    per_year = {Kind.QUARTER: 4, Kind.HALF: 2}.get(kind)
    if per_year is None or not (1 <= number <= per_year or number == -1):
        return None
    if year is not None:
        index = number if number > 0 else per_year
        return PointReading(
            anchor=Fixed(period=Period(kind=kind, index=year * per_year + index - 1))
        )
    pattern = Pattern(kind=kind, number=number)
    if owner:
        owner_year = [t for t in owner if t.code == "Y"]
        if owner_year:
            index = owner_year[0].value * per_year + number - 1
            return PointReading(anchor=Fixed(period=Period(kind=kind, index=index)))
        relative = _relative_word(owner)
        if relative is None or _kind(owner[-1]) is not Kind.YEAR:
            return None
        shift, base = relative
        anchor = Recurring(pattern=pattern, direction=Direction.SAME, base=base)
        return PointReading(anchor=_shift_year(anchor, shift))
    if number < 0:
        return None
    return PointReading(anchor=Recurring(pattern=pattern, direction=Direction.ON_OR_BEFORE))


def _shift_year(anchor: Recurring, years: int) -> Recurring:
    """The occurrence ``years`` years from the one of the base's year."""
    return attrs.evolve(anchor, direction=Direction.SAME, shift=years)


def _last_part_of_year(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    kind = _kind(parts["u"])
    per_year = {Kind.QUARTER: 4, Kind.HALF: 2}.get(kind) if kind is not None else None
    if per_year is None or kind is None:
        return None
    index = parts["y"].value * per_year + per_year - 1
    return PointReading(anchor=Fixed(period=Period(kind=kind, index=index)))


def _first_units_of_year(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "the first two quarters of 1990": the part of the year the units make together (its
    first half); "the last three months of 1989" is its fourth quarter. Counts that make no
    quarter, half or year are left to the other rules."""
    kind, count = _kind(parts["u"]), _count(parts["n"])
    first = _ordinal(parts["o"]) == 1
    if kind not in MONTHS_IN or count is None or not (first or parts["o"].code == "L"):
        return None
    months = count * MONTHS_IN[kind]
    whole = {3: Kind.QUARTER, 6: Kind.HALF, 12: Kind.YEAR}.get(round(months))
    if whole is None or months != round(months):
        return None
    per_year = 12 // MONTHS_IN[whole]
    index = parts["y"].value * per_year + (0 if first else per_year - 1)
    return PointReading(anchor=Fixed(period=Period(kind=whole, index=index)))


def _unit_part(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    kind = _kind(parts["u"])
    if kind is None or _plural(parts["u"]):
        return None
    part: PeriodPart = parts["pn"].value
    relative = _relative_word([t for t in tokens if t.code in "tLXRF"]) or (0, Base.REFERENCE)
    shift, base = relative
    return PointReading(anchor=Relative(kind=kind, shift=shift, base=base), part=part)


def _qcode(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    number = parts["k"].value
    year = parts["y"].value if "y" in parts else parts["y1"].value if "y1" in parts else None
    if year is not None:
        return PointReading(
            anchor=Fixed(period=Period(kind=Kind.QUARTER, index=year * 4 + number - 1))
        )
    pattern = Pattern(kind=Kind.QUARTER, number=number)
    return PointReading(anchor=Recurring(pattern=pattern, direction=Direction.ON_OR_BEFORE))


def _year(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    token = parts["y"]
    value = token.value
    if token.code == "N":
        # A year in words needs "the year" before it ("the year two thousand").
        if "u" not in parts or not isinstance(value, float) or value != int(value):
            return None
        value = int(value)
    if "u" in parts and _kind(parts["u"]) is not Kind.YEAR:
        return None
    if not isinstance(value, int) or not 1000 <= value <= 2999:
        return None
    return PointReading(anchor=Fixed(period=Period(kind=Kind.YEAR, index=value)))


def _decade(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    decade = parts["j"]
    if decade.text.isalpha() and not _after_the(context):
        return None  # "in her nineties": an age
    return PointReading(anchor=Fixed(period=Period(kind=Kind.DECADE, index=decade.value)))


def _after_the(context: Context) -> bool:
    """Whether "the" opens the match, or stands right before it or before a part of a period
    right before it ("the nineties", "the late nineties")."""
    tokens, first = context.tokens, context.first
    if tokens[first].code == "t":
        return True
    before = first - 1
    if before >= 0 and tokens[before].code == "E":
        before -= 1
    return before >= 0 and tokens[before].code == "t"


def _month(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    month = parts["m"].value
    if "y" in parts:
        year = parts["y"].value
        return PointReading(
            anchor=Fixed(period=Period(kind=Kind.MONTH, index=year * 12 + month - 1))
        )
    pattern = Pattern(kind=Kind.MONTH, month=month)
    if "rel" in parts:
        shift = _year_shift(parts)
        if shift is None:
            return None
        return PointReading(anchor=_shift_year(Recurring(pattern=pattern), shift))
    return PointReading(anchor=context.date_anchor(pattern))


def _season(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    season = parts["se"].value
    if "y" in parts:
        period = Period(kind=Kind.SEASON, index=parts["y"].value, season=season)
        return PointReading(anchor=Fixed(period=period))
    before = context.before
    if tokens[0].code != "t" and (before is None or before.code not in "ptEdo"):
        return None  # "spring" alone is as often a noun of another kind
    pattern = Pattern(kind=Kind.SEASON, season=season)
    if "rel" in parts:  # "the summer of last year"
        shift = _year_shift(parts)
        if shift is None:
            return None
        return PointReading(
            anchor=Recurring(pattern=pattern, direction=Direction.SAME, shift=shift)
        )
    return PointReading(anchor=context.date_anchor(pattern))


def _holiday(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    holiday = parts["ho"].value
    if "y" in parts:
        date = holiday.date_in(parts["y"].value)
        if date is None:
            return None
        return PointReading(anchor=Fixed(period=Period(kind=Kind.DAY, index=date.toordinal())))
    pattern = Pattern(kind=Kind.DAY, holiday=holiday)
    return PointReading(anchor=context.date_anchor(pattern))


def _holiday_week(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    """ "Easter week", "Thanksgiving weekend": the week (or weekend) that holds a holiday."""
    kind = _kind(parts["u"])
    if kind not in (Kind.WEEK, Kind.WEEKEND) or kind is None or _plural(parts["u"]):
        return None
    pattern = Pattern(kind=Kind.DAY, holiday=parts["ho"].value)
    return PointReading(anchor=Containing(kind=kind, inner=context.date_anchor(pattern)))


def _the_count_units(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    if context.is_age() or (parts["n"].code == "Y" and not _plural(parts["u"])):
        return None
    if "o" in parts and _ordinal(parts["o"]) != 1:
        return None  # "the first nine months"; "the second two years" is not a duration
    unit = _unit(parts["u"])
    stated = _stated(parts)
    if unit is None or stated is None:
        return None
    return _duration(context, unit, stated, definite=True)


def _duration_handler(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    if unit is None or (_plural(parts["u"]) is False and "b" in parts) or context.is_age():
        return None
    if parts["u"].code == "2" and "n" in parts and parts["n"].code == "a":
        return None  # "a second term"
    if "n" in parts and parts["n"].code == "Y" and not _plural(parts["u"]):
        return None  # "the 1988 quarter" is a quarter of 1988
    article = "n" in parts and parts["n"].code == "a"
    if unit in ("quarter", "half") and (context.following == "o" or article):
        return None  # "a quarter of the vote", "in a quarter that produced a loss"
    if unit == "half":
        return None  # "one half", "a year and a half": halves of a year are periods
    stated = _stated(parts)
    if stated is None and "n" in parts:
        return None
    if stated is not None and "half" in parts:
        if _unit(parts["half"]) != "half":
            return None
        stated = (stated[0] + 0.5, stated[1] + 0.5)  # "a year and a half"
    hedge = "approximately" if any(t.code == "y" for t in tokens) else None
    blur = parts.get("b")
    return _duration(context, unit, stated, blur=blur, hedge=hedge)


def _half_unit(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    if _unit(parts["half"]) != "half" or unit is None or _plural(parts["u"]):
        return None
    return _duration(context, unit, (0.5, 0.5))


def _bare_plural(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    unit = _unit(parts["u"])
    if unit is None or unit in ("second", "quarter", "half") or context.is_age():
        return None
    return _duration(context, unit, None)


def _set_word(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    return SetReading(value=str(parts["s"].value))


def _every(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    if "u" in parts:
        unit = _unit(parts["u"])
        if unit is None or _plural(parts["u"]):
            return None
        return SetReading(value=duration_value(1, unit))
    if "wd" in parts:
        part: DayPart | None = parts["dp"].value if "dp" in parts else None
        suffix = f"T{part.timex}" if part is not None and part.timex else ""
        return SetReading(value=f"XXXX-WXX-{parts['wd'].value}{suffix}")
    if "m" in parts:
        return SetReading(value=f"XXXX-{parts['m'].value:02d}")
    if "se" in parts:
        return SetReading(value=f"XXXX-{parts['se'].value.timex}")
    part = parts["dp"].value
    suffix = f"T{part.timex}" if part.timex else ""
    return SetReading(value=f"XXXX-XX-XX{suffix}") if suffix else SetReading(value="P1D")


def _vague(context: Context, parts: Parts, tokens: Sequence[Token]) -> Reading | None:
    table = context.grammar.vague
    words = [token.text for token in tokens]
    if len(words) > 1 and tokens[0].code == "p" and words[1] != "the":
        # "in coming weeks" is "in the coming weeks" (the table's phrase) without "the".
        vague = table.get(" ".join([words[0], "the", *words[1:]]))
        if vague is not None:
            return VagueReading(vague=vague)
    for first in range(len(words)):
        vague = table.get(" ".join(words[first:]))
        if vague is not None:
            return VagueReading(vague=vague) if first == 0 else None
    return None


#: The day a clock time is on, after it: a weekday, a day word or a month and day ("10 p.m.
#: Wednesday", "7 p.m. on October 12"), or a weekday and a date.
_DAY_OF_CLOCK = "(prep? (weekday:wd|dayword:dw|month:m dayord:d (comma? year:y)?))"
_WEEKDAY_DATE_OF_CLOCK = "prep? weekday:wd comma? month:m dayord:d (comma? year:y)?"

RULES: tuple[Rule, ...] = (
    Rule(
        name="month_day_range",
        pattern=(
            "between:bt? month:m dayord:d (range|and):j month:m2? dayord:d2 (comma? year:y)?"
            " (?!ampm)"
        ),
        handler=_day_range,
    ),
    Rule(
        name="day_month_range",
        pattern=(
            "between:bt? the? dayord:d (of? month:m)? (range|and):j the? dayord:d2 of? month:m2"
            " (comma? year:y)?"
        ),
        handler=_day_range,
    ),
    Rule(
        name="weekday_date",
        pattern="rel{0,2} weekday:wd comma? month:m dayord:d (comma? year:y)?",
        handler=_month_day,
    ),
    Rule(
        name="weekday_day_month",
        pattern="rel{0,2} weekday:wd comma? the? dayord:d of? month:m (comma? year:y)?",
        handler=_month_day,
    ),
    Rule(
        name="month_day_of_year",
        pattern="month:m dayord:d of? (this|last|next):rel unit:yu",
        handler=_month_day_of_year,
    ),
    Rule(
        name="day_month_of_year",
        pattern="the? dayord:d of? month:m of? (this|last|next):rel unit:yu",
        handler=_month_day_of_year,
    ),
    Rule(
        name="month_day",
        pattern="(last|next|this):rel? month:m dayord:d (comma? year:y)?",
        handler=_month_day,
    ),
    Rule(
        name="day_month", pattern="the? dayord:d of? month:m (comma? year:y)?", handler=_month_day
    ),
    Rule(name="iso", pattern="iso:iso", handler=_iso),
    Rule(
        name="hour_of_part",
        pattern="(day|clock):c prep:p the? daypart:dp",
        handler=_hour_of_part,
    ),
    Rule(  # "4.12am on 17 March" (before "clock", which would stop at "4.12am")
        name="clock_day_month",
        pattern="clock:c ampm:ap? zone? comma? prep? dayord:d of? month:m (comma? year:y)?",
        handler=_clock_time,
    ),
    Rule(  # "7 p.m. on Sunday, October 12" (before "clock", which would stop at "Sunday")
        name="clock_weekday_date",
        pattern=f"clock:c ampm:ap? zone? comma? {_WEEKDAY_DATE_OF_CLOCK}",
        handler=_clock_time,
    ),
    Rule(
        name="hour_weekday_date",
        pattern=f"day:c ampm:ap zone? comma? {_WEEKDAY_DATE_OF_CLOCK}",
        handler=_clock_time,
    ),
    Rule(
        name="clock",
        pattern=f"clock:c ampm:ap? zone? comma? {_DAY_OF_CLOCK}?",
        handler=_clock_time,
    ),
    Rule(
        name="hour",
        pattern=f"day:c ampm:ap zone? comma? {_DAY_OF_CLOCK}?",
        handler=_clock_time,
    ),
    Rule(
        name="day_clock",
        pattern="(weekday:wd|dayword:dw) prep? (clock:c|day:h) ampm:ap zone?",
        handler=_clock_time,
    ),
    Rule(  # "noon on Saturday, March 13", "midnight on March 13" (before "daypart_day", which
        # would stop at "Saturday", and "daypart", which would take "noon" for the day's)
        name="daypart_month_day",
        pattern="daypart:dp prep? (weekday:wd comma?)? month:m dayord:d (comma? year:y)?",
        handler=_day_with_part,
    ),
    Rule(  # "noon on Saturday 13 March", "midnight on the 13th of March"
        name="daypart_day_month",
        pattern="daypart:dp prep? (weekday:wd comma?)? the? dayord:d of? month:m (comma? year:y)?",
        handler=_day_with_part,
    ),
    Rule(  # "midnight Friday", "noon on Saturday"
        name="daypart_day",
        pattern="daypart:dp prep? (weekday:wd|dayword:dw)",
        handler=_day_with_part,
    ),
    Rule(name="weekday_nights", pattern="weekday:wd dayparts:dp", handler=_every),
    Rule(  # "Monday and Tuesday nights": Monday nights too
        name="weekday_and_nights",
        pattern="weekday:wd (?=(and|comma) weekday dayparts:dp)",
        handler=_every,
    ),
    Rule(name="weekday", pattern="weekday:wd poss? daypart:dp?", handler=_day_with_part),
    Rule(
        name="named_relative",
        pattern="the? rel{1,2} (weekday:wd|month:m|season:se|holiday:ho) daypart:dp?",
        handler=_named_relative,
    ),
    Rule(name="dayword", pattern="dayword:dw daypart:dp?", handler=_day_with_part),
    Rule(name="daypart", pattern="the? rel? daypart:dp", handler=_daypart),
    Rule(
        name="ago",
        pattern="((count:n (range count:m)?)|blur:b)? posthedge? (unit|units):u posthedge? ago",
        handler=_ago,
    ),
    Rule(
        name="shifted",
        pattern="(count:n|blur:b)? (unit|units):u (earlier|later):dir",
        handler=_shifted,
    ),
    Rule(
        name="shifted_event",
        pattern="count:n (unit|units):u (before|after):dir (?=clausend)",
        handler=_shifted,
    ),
    Rule(
        name="unit_from_day",
        pattern=(
            "the unit:u (before|after):dir"
            " rel{0,2} (weekday:wd|dayword:dw|(holiday:ho|month:m dayord:d) (comma? year:y)?)"
        ),
        handler=_unit_from_day,
    ),
    Rule(
        name="the_unit_before",
        pattern="the unit:u (before|after|earlier|later):dir (?=clausend)",
        handler=_the_unit_before,
    ),
    Rule(
        name="first_units",
        pattern="the? (ordinal|last):o count:n units:u of fiscal? year:y",
        handler=_first_units_of_year,
    ),
    Rule(
        name="last_part", pattern="the? last unit:u of fiscal? year:y", handler=_last_part_of_year
    ),
    Rule(
        name="span",
        pattern=(
            "the (last|next):rel ((count:n (range count:m)?)|blur:b)? posthedge? more?"
            " (units|unit):u posthedge?"
        ),
        handler=_span,
    ),
    Rule(
        name="span_bare",
        pattern=(
            "(last|next):rel ((count:n (range count:m)?)|blur:b) posthedge? more? (units|unit):u"
            " posthedge?"
        ),
        handler=_span,
    ),
    Rule(
        name="unit_part",
        pattern="(the|this|next|last)? unit:u poss? partnoun:pn",
        handler=_unit_part,
    ),
    Rule(
        name="period_of_date",
        pattern="the unit:u of month:m dayord:d (comma? year:y)?",
        handler=_period_of_date,
    ),
    Rule(
        name="period_ended",
        pattern="the fiscal? unit:u (?=ending:e (month:m dayord:d (comma? year:y)?)?)",
        handler=_period_ended,
    ),
    Rule(
        name="year_ago",
        pattern="the? rel{0,2} year_ago rel{0,2} ordinal:o? (unit|focus):h?",
        handler=_year_ago,
    ),
    Rule(
        name="year",
        pattern="(the? fiscal? unit:u)? fiscal? (year|number):y (?!anyunit|ordinal|qcode|focus)",
        handler=_year,
    ),
    Rule(
        name="period",
        pattern=(
            "(the? npmod{0,3} unit poss)? the? npmod{0,4} ordinal:o? (unit|focus):h"
            " ((of fiscal? year:y2)|(of? (last|this|next):tr unit:ty))?"
        ),
        handler=_period,
    ),
    Rule(name="qcode", pattern="year:y1? qcode:k (comma? year:y)?", handler=_qcode),
    Rule(name="decade", pattern="the? decade:j", handler=_decade),
    Rule(
        name="month",
        pattern="month:m ((of? comma? year:y)|(of? (this|last|next):rel unit:yu))?",
        handler=_month,
    ),
    Rule(
        name="season",
        pattern="the? season:se ((of? year:y)|(of? (this|last|next):rel unit:yu))?",
        handler=_season,
    ),
    Rule(name="holiday_week", pattern="holiday:ho unit:u", handler=_holiday_week),
    Rule(name="holiday", pattern="holiday:ho (comma? year:y)?", handler=_holiday),
    Rule(name="rate", pattern="(?<=number|anyunit) (a|every) unit:u", handler=_rate),
    Rule(name="rate_of_count", pattern="a unit:u", handler=_rate_of_count),
    Rule(name="times", pattern="count? times (a|every) unit:u", handler=_rate),
    Rule(
        name="the_count", pattern="the ordinal:o? count:n (units|unit):u", handler=_the_count_units
    ),
    Rule(
        name="duration_range",
        pattern="count:n range count:m posthedge? more? (unit|units):u old?",
        handler=_duration_handler,
    ),
    Rule(
        name="duration_between",
        pattern="between count:n and count:m posthedge? more? (unit|units):u old?",
        handler=_duration_handler,
    ),
    Rule(
        name="duration",
        pattern="count:n posthedge? more? (unit|units):u (and a unit:half)? posthedge? old?",
        handler=_duration_handler,
    ),
    Rule(name="half_unit", pattern="unit:half a unit:u", handler=_half_unit),
    Rule(
        name="blur_duration",
        pattern="blur:b of? more? (units|unit):u old?",
        handler=_duration_handler,
    ),
    Rule(name="bare_plural", pattern="units:u old?", handler=_bare_plural),
    Rule(name="set_word", pattern="setword:s", handler=_set_word),
    Rule(
        name="every",
        pattern="every (unit:u|weekday:wd|month:m|daypart:dp|season:se)",
        handler=_every,
    ),
    Rule(name="weekday_plural", pattern="weekdays:wd (daypart|dayparts):dp?", handler=_every),
    Rule(name="vague_units", pattern="prep? the? (vague|next) units", handler=_vague),
    Rule(name="vague", pattern="prep? the? (vague|last|next|this|that)", handler=_vague),
)


_RULE_INDEX = {rule.name: index for index, rule in enumerate(RULES)}

_PATTERN_ATOM = re.compile(
    r"\s*(?:(?P<look>\(\?[=!<]+)|(?P<open>\()|(?P<close>\))|(?P<bar>\|)"
    r"|(?P<name>[a-z_]+))(?::(?P<label>\w+))?(?P<repeat>[?*+]|\{\d,\d\})?"
)


def _compile(rule: Rule) -> str:
    """The regular expression over token codes for ``rule``'s pattern.

    ``name:label`` and ``(...):label`` become groups named ``<rule>__<label>``.
    """
    pieces: list[str] = []
    opened: list[int] = []  # where each open group starts in ``pieces``
    position = 0
    pattern = rule.pattern.strip()
    while position < len(pattern):
        atom = _PATTERN_ATOM.match(pattern, position)
        if atom is None:
            raise ValueError(f"rule {rule.name}: cannot read {pattern[position:]!r}")
        position = atom.end()
        label = f"(?P<{rule.name}__{atom.group('label')}>" if atom.group("label") else None
        repeat = atom.group("repeat") or ""
        if atom.group("look") or atom.group("open"):
            opened.append(len(pieces))
            pieces.append(atom.group("look") or "(?:")
        elif atom.group("close"):
            start = opened.pop()
            if label:
                pieces[start] = label
            pieces.append(")" + repeat)
        elif atom.group("bar"):
            pieces.append("|")
        else:
            chars = _CLASSES[atom.group("name")]
            body = re.escape(chars) if len(chars) == 1 else f"[{re.escape(chars)}]"
            pieces.append((f"{label}{body})" if label else body) + repeat)
    return "".join(pieces)


def _first(rule: Rule) -> tuple[frozenset[str], bool]:
    """The codes a match of ``rule`` can start with, and whether it can be empty."""
    atoms = list(_PATTERN_ATOM.finditer(rule.pattern.strip()))
    position = 0

    def sequence() -> tuple[set[str], bool]:
        nonlocal position
        first: set[str] = set()
        nullable = True
        while position < len(atoms) and not (atoms[position]["close"] or atoms[position]["bar"]):
            atom = atoms[position]
            position += 1
            if atom["look"] or atom["open"]:
                item, empty = alternatives()
                position += 1  # the closing parenthesis
                repeat = atoms[position - 1]["repeat"] or ""
                if atom["look"]:
                    item, empty = set(), True  # zero-width
            else:
                item, empty = set(_CLASSES[atom["name"]]), False
                repeat = atom["repeat"] or ""
            empty = empty or repeat in ("?", "*") or repeat.startswith("{0")
            if nullable:
                first |= item
            nullable = nullable and empty
        return first, nullable

    def alternatives() -> tuple[set[str], bool]:
        nonlocal position
        first, nullable = sequence()
        while position < len(atoms) and atoms[position]["bar"]:
            position += 1
            more, empty = sequence()
            first |= more
            nullable = nullable or empty
        return first, nullable

    first, nullable = alternatives()
    return frozenset(first), nullable


@attrs.frozen(eq=False)
class _Compiled:
    """A compiled pattern of rules, and where each rule's labelled tokens are in its groups."""

    pattern: re.Pattern[str]
    labels: dict[str, tuple[tuple[str, int], ...]]


def _compiled(pattern: str) -> _Compiled:
    compiled = re.compile(pattern)
    labels: dict[str, list[tuple[str, int]]] = {rule.name: [] for rule in RULES}
    for name, index in compiled.groupindex.items():
        rule, _, label = name.partition("__")
        if label:
            labels[rule].append((label, index))
    return _Compiled(pattern=compiled, labels={k: tuple(v) for k, v in labels.items()})


@attrs.frozen(eq=False)
class _Rules:
    """The rules compiled for reading: for each code, the alternation of the rules that can
    start with it (trying all forty at every position would cost ten times more), each rule
    on its own (to try the next one when a handler refuses what a rule matched), and the
    prefixes, read backwards from where a rule matched."""

    starting: dict[str, _Compiled]
    candidates: dict[str, tuple[int, ...]]  # for each code, the rules that can start with it
    alone: tuple[_Compiled, ...]
    prefix: re.Pattern[str]


@functools.cache
def rule_patterns() -> _Rules:
    """The compiled rules."""
    bodies = [f"(?P<{rule.name}>{_compile(rule)})" for rule in RULES]
    firsts = [_first(rule) for rule in RULES]
    codes = {code for first, _ in firsts for code in first}
    starting = {}
    candidates = {}
    for code in sorted(codes):
        chosen = [index for index, (first, _) in enumerate(firsts) if code in first]
        starting[code] = _compiled("(?:" + "|".join(bodies[index] for index in chosen) + ")")
        candidates[code] = tuple(chosen)
    return _Rules(
        starting=starting,
        candidates=candidates,
        alone=tuple(_compiled(body) for body in bodies),
        prefix=re.compile(_PREFIX_REVERSED),
    )


def _parts(
    match: re.Match[str], labels: tuple[tuple[str, int], ...], tokens: Sequence[Token]
) -> dict[str, Token]:
    parts = {}
    for label, index in labels:
        start = match.start(index)
        if start >= 0:
            parts[label] = tokens[start]
    return parts


class Run(NamedTuple):
    """The tokens of a run of time words, what the rules read in them, and whether the run
    has an "until" the rules may have left (it may start a clause: "until Iran exits").

    A tuple: every new run read makes one, and the reader only reads its fields.
    """

    tokens: tuple[Token, ...]
    found: tuple[Found, ...]
    until: bool


def read_run(
    grammar: TimeGrammar, text: str, start: int, clause_ends: bool, *, counted: bool = False
) -> Run:
    """The tokens of ``text[start:]`` (a run of time words), and what the rules read in them.

    ``text[:start]`` is context the tokenizer may look at; ``clause_ends`` says whether a
    clause ends after the run, ``counted`` whether a count and what it counts come just before
    it ("four flights a week": a rate follows them). What depends on the rest of the text (the
    tense, the reference) is applied later. Short runs recur ("on Friday", "last year"): their
    results are kept.
    """
    if len(text) <= _KEPT_RUN:
        return _read_kept_run(grammar, text, start, clause_ends, counted)
    return _read_run(grammar, text, start, clause_ends, counted)


#: The longest run whose reading is kept for the next time it is seen.
_KEPT_RUN = 400


@functools.lru_cache(maxsize=16384)
def _read_kept_run(
    grammar: TimeGrammar, text: str, start: int, clause_ends: bool, counted: bool
) -> Run:
    return _read_run(grammar, text, start, clause_ends, counted)


def _read_run(grammar: TimeGrammar, text: str, start: int, clause_ends: bool, counted: bool) -> Run:
    tokens = grammar.tokens(text, lowered(text), start, len(text))
    codes = "".join([token[0] for token in tokens]) + ("." if clause_ends else "|")
    context = Context(grammar, tokens, codes, counted=counted)
    found = []
    position = 0
    while position < len(tokens):
        reading = read(codes, position, context)
        if reading is None:
            break
        if _may_name(text, tokens, reading.first, reading.last, grammar.personal_months):
            reading = reading._replace(may_name=True)
        found.append(reading)
        position = reading.last
    return Run(tuple(tokens), tuple(found), "z" in codes)


#: Codes of time words written in lower case but at the start of a sentence or in a headline
#: (units, parts of the day, day words, set words): one with a capital elsewhere is part of a
#: name ("60 Minutes", "High Noon", "USA Today", "Person of the Year", "the Daily Mail").
LOWER_CASE_CODES = frozenset("U2uPTQ")


def _may_name(
    text: str, tokens: Sequence[Token], first: int, last: int, personal: frozenset[str]
) -> bool:
    """Whether the tokens ``[first, last)`` of ``text`` may be words of a name (see
    :class:`Found`); ``personal`` are the months that are also people's names."""
    for token in tokens[first:last]:
        if token.code == "Q" or (token.code in LOWER_CASE_CODES and text[token.start].isupper()):
            return True
    month = tokens[last - 1]
    return month.code == "M" and (
        (last < len(tokens) and tokens[last].text in ("for", "of"))
        or (last - first == 1 and month.text in personal)
    )


def lowered(text: str, *, shared: bool = False) -> str:
    """``text`` in lower case with straight apostrophes, character for character.

    ``shared`` takes the lower case from :func:`~factcheck._numbers.lower_case`, for a whole
    text that the other finders read too (not for the pieces of one).
    """
    lowered = lower_case(text) if shared else text.lower()
    if len(lowered) != len(text):  # a few characters lower-case to two ("İ")
        lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lowered.replace("’", "'")


def read(codes: str, start: int, context: Context) -> Found | None:
    """The first reading of the rules at or after token ``start`` of ``codes``, or ``None``.

    ``codes`` ends with one character past the tokens that says what follows them (``.`` for
    the end of a clause).
    """
    rules = rule_patterns()
    size = len(context.tokens)
    for position in range(start, size):
        code = codes[position]
        compiled = rules.starting.get(code)
        if compiled is None:
            continue
        match = compiled.pattern.match(codes, position)
        if match is None:
            continue
        index = _RULE_INDEX[str(match.lastgroup)]
        result = _apply(match, RULES[index], compiled.labels[RULES[index].name], context, start)
        if result is not None:
            return result
        # The handler refused: try the later rules that can start here, one by one.
        for later in rules.candidates[code]:
            if later <= index:
                continue
            alone = rules.alone[later]
            retry = alone.pattern.match(codes, position)
            if retry is not None:
                rule = RULES[later]
                result = _apply(retry, rule, alone.labels[rule.name], context, start)
                if result is not None:
                    return result
    return None


def _apply(
    match: re.Match[str],
    rule: Rule,
    labels: tuple[tuple[str, int], ...],
    context: Context,
    limit: int,
) -> Found | None:
    """The reading of a rule's match, with the prefixes before it that apply (back to
    ``limit``)."""
    tokens = context.tokens
    core_start, end = match.span(rule.name)
    if end > len(tokens) or end == core_start:
        return None
    context.first, context.last = core_start, end
    reading = rule.handler(context, _parts(match, labels, tokens), tokens[core_start:end])
    if reading is None:
        return None
    codes = context.codes
    if core_start == limit or codes[core_start - 1] not in _PREFIX_LAST:
        return _found(reading, core_start, end)  # no prefix: the usual case
    before = codes[limit:core_start][::-1]
    prefix = rule_patterns().prefix.match(before)
    first = core_start
    if prefix is None or not prefix.end():
        return _found(reading, first, end)

    def index(group: str) -> int:  # the token where a prefix group starts, counting forwards
        return core_start - prefix.end(group)

    if prefix["p_part"] and isinstance(reading, PointReading) and reading.part is None:
        part_start = index("p_part")
        word = next(t for t in tokens[part_start:core_start] if t.code in "Edel")
        part = context.grammar.period_parts.get(word.text)
        if part is not None:
            reading, first = attrs.evolve(reading, part=part), part_start
    # "get around Wednesday's ruling": before a possessive, the word is a preposition.
    possessive = "$" in codes[core_start:end]
    if prefix["p_hedge"] and first == core_start - prefix.start("p_hedge") and not possessive:
        hedge = tokens[index("p_hedge")]
        hedged = _with_hedge(context, reading, hedge)
        if (
            hedged is None
            and prefix["p_anchor"] == "z"
            and hedge.value == "at_least"
            and isinstance(reading, PointReading)
        ):
            hedged = reading  # "until at least Friday": up to Friday, and maybe beyond
        if hedged is not None:
            reading, first = hedged, index("p_hedge")
    if prefix["p_anchor"] and first == core_start - prefix.start("p_anchor"):
        anchored = _with_anchor(context, reading, tokens[index("p_anchor")], end)
        if anchored is not None:
            reading, first = anchored, index("p_anchor")
    return _found(reading, first, end)


def _with_hedge(context: Context, reading: Reading, token: Token) -> Reading | None:
    kind = str(token.value)
    if isinstance(reading, DurationReading) and reading.stated is not None:
        hedge = Hedge[kind.upper()]
        low, high, low_open, high_open = _hedged(context, hedge, *reading.stated)
        return attrs.evolve(
            reading,
            low=low,
            high=high,
            low_open=low_open,
            high_open=high_open,
            hedge=hedge,
            mod=_HEDGE_MODS.get(kind),
        )
    if isinstance(reading, PointReading) and kind == "approximately":
        return attrs.evolve(reading, mod=_HEDGE_MODS[kind])
    return None


def _with_anchor(context: Context, reading: Reading, token: Token, end: int) -> Reading | None:
    role = token.value
    if role == "within" and isinstance(reading, DurationReading):
        following = context.tokens[end] if end < len(context.tokens) else None
        if following is not None and following.code == "o":
            return None  # "within a week of his capture" counts from the capture
        if reading.anchor is None:
            return attrs.evolve(reading, anchor="within")
        return reading if reading.anchor == "future" else None
    if role == "since" and isinstance(reading, PointReading):
        return SinceReading(point=_leaning(reading, Direction.ON_OR_BEFORE))
    if role == "until" and isinstance(reading, PointReading):
        return UntilReading(point=_leaning(reading, Direction.ON_OR_AFTER))
    return None


def _leaning(reading: PointReading, direction: Direction) -> PointReading:
    """``reading`` with a weekday or date without a year taken on the side of ``direction``:
    what happened "since Friday" was last Friday; what lasts "until Tuesday" ends next
    Tuesday."""
    anchor = reading.anchor
    if not isinstance(anchor, Recurring) or not anchor.follows_tense:
        return reading
    if anchor.direction is Direction.NEAREST:
        anchor = attrs.evolve(anchor, lean=direction, follows_tense=False)
    else:
        anchor = attrs.evolve(anchor, direction=direction, follows_tense=False)
    return attrs.evolve(reading, anchor=anchor)
