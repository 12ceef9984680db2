"""The typed claim model: spans, documents, amounts, durations, time windows and claims.

Every class is a frozen, keyword-only attrs class with validators, so that values are safe to
share, hash and pickle, and so that ``hypothesis.strategies.builds`` can make them.
Behaviour beyond small derived properties lives in the stage that owns it.
"""

from __future__ import annotations

import bisect
import datetime as dt
import decimal
import enum
import functools
from array import array
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from itertools import repeat, starmap
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from factcheck.errors import InvalidArgument

if TYPE_CHECKING:
    from typing import TypeAlias

    import pint

    Quantity: TypeAlias = pint.Quantity[Any]

__all__ = [
    "ROLE_KEY",
    "Amount",
    "AmountClaim",
    "Claim",
    "Document",
    "Duration",
    "EventClaim",
    "Finding",
    "FindingKind",
    "Hedge",
    "InputProblem",
    "Modality",
    "Polarity",
    "QuoteClaim",
    "Severity",
    "SourceMap",
    "Span",
    "Speaker",
    "SpeakerKind",
    "StatementDateClaim",
    "Subject",
    "Suppression",
    "TallyClaim",
    "Tense",
    "TimeBound",
    "TimeWindow",
    "Timex",
    "WeekdayClaim",
]

_T = TypeVar("_T")


_FACTORY: type[Any] = type(attrs.Factory(list))  # attrs.Factory is typed as a function
#: Each class ``trusted`` has built: its fields' defaults, and how many fields it has.
_FIELDS: dict[type[Any], tuple[dict[str, Any], int]] = {}


def _fields(cls: type[Any]) -> tuple[dict[str, Any], int]:
    """The default of each field of ``cls`` that has one, and the number of its fields;
    refuses a class whose ``__init__`` does more than validate and set its fields."""
    if hasattr(cls, "__attrs_post_init__"):
        raise TypeError(f"{cls.__name__} has an __attrs_post_init__")
    defaults = {}
    for field in attrs.fields(cls):
        if field.converter is not None or isinstance(field.default, _FACTORY):
            raise TypeError(f"{cls.__name__}.{field.name} has a converter or a factory")
        if field.default is not attrs.NOTHING:
            defaults[field.name] = field.default
    _FIELDS[cls] = (defaults, len(attrs.fields(cls)))
    return _FIELDS[cls]


def trusted(cls: type[_T], fields: Mapping[str, Any]) -> _T:
    """An instance of the frozen attrs class ``cls`` with ``fields`` (the others at their
    defaults), made without running its validators.

    For the extractor, whose values are valid by construction: validating each claim's dozen
    fields cost more than building it. Users' claims go through the public constructors, which
    validate; the tests check that extracted claims pass :func:`attrs.validate`.
    """
    defaults, count = _FIELDS.get(cls) or _fields(cls)
    if len(fields) < count:
        fields = {**defaults, **fields}
    instance = object.__new__(cls)
    # What attrs' __init__ does to a frozen class, without the validators: set each slot.
    deque(starmap(object.__setattr__.__get__(instance), fields.items()), 0)
    return instance


#: Each class :func:`trusted_builder` has made a builder for, with it.
_BUILDERS: dict[type[Any], Callable[..., Any]] = {}


def trusted_builder(cls: type[Any]) -> Callable[..., Any]:
    """A function of the values of the fields of the attrs class ``cls`` (in their order)
    that makes an instance with them, setting each field's slot as attrs' ``__init__`` does,
    without its validators (see :func:`trusted`). It is generated, as attrs generates
    ``__init__``: for objects made by the hundred thousand (restored from the cache), it
    costs half of what attrs' ``__setstate__`` (a loop over a dict of the fields) or a loop
    over the slots costs."""
    found = _BUILDERS.get(cls)
    if found is not None:
        return found
    slots: dict[str, Any] = {}
    for owner in reversed(cls.__mro__):
        slots.update(vars(owner))
    names = [field.name for field in attrs.fields(cls)]
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    lines = [f"def build({', '.join(f'_{i}' for i in range(len(names)))}):", "    self = new(cls)"]
    for i, name in enumerate(names):
        namespace[f"set_{i}"] = slots[name].__set__
        lines.append(f"    set_{i}(self, _{i})")
    lines.append("    return self")
    exec("\n".join(lines), namespace)
    build: Callable[..., Any] = namespace["build"]
    _BUILDERS[cls] = build
    return build


#: A bound of a time window: an instant (naive ``datetime``, the wall-clock time of the place the
#: text is about) or an offset from the text's reference instant when that instant is not known.
TimeBound = dt.datetime | dt.timedelta


def _fail(instance: object, attribute: attrs.Attribute[Any], reason: str) -> None:
    name = type(instance).__name__
    raise InvalidArgument(f"{name}.{attribute.name}: {reason}")


def _non_empty(instance: object, attribute: attrs.Attribute[Any], value: str) -> None:
    if not value.strip():
        _fail(instance, attribute, "must not be empty")


def _naive(instance: object, attribute: attrs.Attribute[Any], value: dt.datetime | None) -> None:
    if isinstance(value, dt.datetime) and value.tzinfo is not None:
        _fail(instance, attribute, "must be a naive datetime (local wall-clock time)")


@attrs.frozen(kw_only=True, order=True)
class Span:
    """A half-open range ``[start, end)`` of character offsets into a document's text."""

    start: int
    end: int

    def __attrs_post_init__(self) -> None:
        # One check rather than a validator per field: spans are made for every word found.
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or not 0 <= start <= end:
            if not isinstance(start, int) or not isinstance(end, int):
                raise InvalidArgument(f"Span: start and end must be ints, got {start!r}, {end!r}")
            if start < 0:
                raise InvalidArgument(f"Span.start: must be >= 0, got {start}")
            if end < start:
                raise InvalidArgument(f"Span.end: must be >= start ({start}), got {end}")

    def __len__(self) -> int:
        return self.end - self.start

    def slice(self, text: str) -> str:
        """The part of ``text`` this span covers."""
        return text[self.start : self.end]


_SET_START = Span.__dict__["start"].__set__
_SET_END = Span.__dict__["end"].__set__


def trusted_span(start: int, end: int) -> Span:
    """``Span(start=start, end=end)`` made without its check, for offsets the extractor knows
    to be in order (``Span`` has a check of its own, which :func:`trusted` refuses to skip):
    setting the two slots costs half of what attrs' ``__init__`` and the check do."""
    span: Span = object.__new__(Span)
    _SET_START(span, start)
    _SET_END(span, end)
    return span


def trusted_spans(starts: list[int], ends: list[int]) -> tuple[Span, ...]:
    """Spans from their starts and ends, as :func:`trusted_span` makes them, in bulk: ``map``
    sets the slots of the thousands of sentences of a text at a third of the cost of
    ``Span(...)``."""
    spans = tuple(map(object.__new__, repeat(Span, len(starts))))
    deque(map(_SET_START, spans, starts), 0)
    deque(map(_SET_END, spans, ends), 0)
    return spans


def _offsets(values: Iterable[int]) -> array[int]:
    return values if isinstance(values, array) else array("q", values)


@attrs.frozen(kw_only=True, eq=False)
class SourceMap:
    """Where each character of a document's text sits in the file as read.

    A loader that strips markup or decodes escapes builds the text from runs of the source: run
    ``i`` starts at text offset ``text_starts[i]`` and source offset ``source_starts[i]``, and a
    character inside a run keeps its distance from the run's start. ``line_starts`` are the
    source offsets at which lines begin. Offsets count characters of the decoded file.
    """

    text_starts: array[int] = attrs.field(converter=_offsets)
    source_starts: array[int] = attrs.field(converter=_offsets)
    line_starts: array[int] = attrs.field(converter=_offsets)

    def __attrs_post_init__(self) -> None:
        if len(self.text_starts) != len(self.source_starts) or not self.text_starts:
            raise InvalidArgument("SourceMap: text_starts and source_starts pair up, one or more")
        if self.text_starts[0] != 0 or not self.line_starts or self.line_starts[0] != 0:
            raise InvalidArgument("SourceMap: the first run and the first line start at 0")

    @classmethod
    def identity(cls, text: str) -> SourceMap:
        """The map of a text that is its own source."""
        return cls.shifted(text, 0)

    @classmethod
    def shifted(cls, source: str, start: int) -> SourceMap:
        """The map of a text that is ``source[start:]``."""
        lines = array("q", [0])
        position = source.find("\n")
        while position != -1:
            lines.append(position + 1)
            position = source.find("\n", position + 1)
        return cls(text_starts=[0], source_starts=[start], line_starts=lines)

    def source_offset(self, offset: int) -> int:
        """The source offset of the text offset ``offset``."""
        run = bisect.bisect_right(self.text_starts, offset) - 1
        return self.source_starts[run] + offset - self.text_starts[run]

    def line_column(self, offset: int) -> tuple[int, int]:
        """The 1-based line and column in the source of the text offset ``offset``."""
        return self.source_line_column(self.source_offset(offset))

    def source_line_column(self, source_offset: int) -> tuple[int, int]:
        """The 1-based line and column of the source offset ``source_offset``."""
        line = bisect.bisect_right(self.line_starts, source_offset) - 1
        return line + 1, source_offset - self.line_starts[line] + 1

    def text_offset(self, source_offset: int) -> int:
        """The first text offset whose character sits at or after ``source_offset`` in the
        source (it may lie past the end of the text when nothing of the text follows)."""
        runs = len(self.text_starts)
        candidates = []
        # Runs need not be in source order (a format may put its headline after its body).
        for run in range(runs):
            start, source = self.text_starts[run], self.source_starts[run]
            if run + 1 < runs and source + self.text_starts[run + 1] - start <= source_offset:
                continue  # the whole run lies before it
            candidates.append(start + max(source_offset - source, 0))
        return min(candidates)  # the last run has no end, so there is always one


def _published(value: dt.datetime | dt.date | str | None) -> dt.datetime | None:
    """A publication date given as a date or text ("2031-03-05") becomes a datetime."""
    if value is None or isinstance(value, dt.datetime):
        return value
    from factcheck._dates import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise InvalidArgument(f"Document.published: {value!r} is not a date") from None


@attrs.frozen(kw_only=True)
class InputProblem:
    """Something wrong with a document's input that did not stop it being checked.

    ``code`` is a kebab-case name ("undecodable-bytes", "malformed-front-matter"); ``offset`` is
    where in the file (as read, in characters) it was found, when it has a place.
    """

    code: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    message: str = attrs.field(validator=attrs.validators.instance_of(str))
    offset: int | None = None


@attrs.frozen(kw_only=True)
class Suppression:
    """An inline ``factcheck: ignore`` comment, which accepts findings in the next paragraph.

    ``rules`` are the codes or names it lists (none: every rule); ``start`` is the text offset
    just after the comment, where what it covers begins; ``offset`` is where the comment is
    in the file as read, in characters; ``reason`` is what it says after ``--``, if anything.
    """

    rules: tuple[str, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(str), attrs.validators.instance_of(tuple)
        ),
    )
    start: int = attrs.field(validator=attrs.validators.ge(0))
    offset: int = attrs.field(validator=attrs.validators.ge(0))
    reason: str | None = None


@attrs.frozen(kw_only=True)
class Document:
    """One text to check, with what is known about where and when it was published.

    ``published`` is the reference instant that relative time expressions ("now", "next month")
    are anchored to (a datetime, a date or ISO 8601 text); when it is ``None`` they stay
    relative and checks that need a date say so.
    ``source_map`` locates the text in the file it was loaded from (``None``: the text is the
    whole source, as for a string given directly). ``problems`` are what was wrong with the input
    but did not stop it being read (bytes that are not UTF-8, front matter that does not parse).
    ``suppressions`` are the ``factcheck: ignore`` comments the loader found in the file.
    """

    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    id: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    published: dt.datetime | None = attrs.field(
        default=None,
        converter=_published,
        validator=[attrs.validators.optional(attrs.validators.instance_of(dt.datetime)), _naive],
    )
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    path: str | None = None
    source_map: SourceMap | None = attrs.field(
        default=None,
        eq=False,
        validator=attrs.validators.optional(attrs.validators.instance_of(SourceMap)),
    )
    problems: tuple[InputProblem, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(InputProblem), attrs.validators.instance_of(tuple)
        ),
    )
    suppressions: tuple[Suppression, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Suppression), attrs.validators.instance_of(tuple)
        ),
    )

    def without_text(self) -> Document:
        """This document with an empty ``text``: its metadata, problems and suppressions, and a
        ``source_map`` that still places its offsets in its file (so reports can give lines
        and columns). What rules see of a document in a check that holds no claims, and what
        such a check's report holds: the texts of a large archive, held all at once, took
        more memory than the claims compared."""
        if not self.text:
            return self
        return attrs.evolve(self, text="", source_map=file_map(self))


def file_map(document: Document) -> SourceMap:
    """The map of ``document``'s text to the file it was read from (the identity for a text
    that is its own source)."""
    return document.source_map or SourceMap.identity(document.text)


@attrs.frozen(kw_only=True)
class Subject:
    """What a claim is about: a normalized ``key`` that groups mentions, and the surface text.

    ``owner`` is the country or body the subject belongs to ("US" for "US troops"), or the
    incident and place a toll is of ("Averly storm" for "the storm killed nine people in
    Averly"), when the text says; a subject with no owner ("the troops") is only comparable
    within its document, or, when it has a ``story``, within the documents that tell that
    story. ``story`` is the names its document is most about, for a happening with no owner
    that its story tells of ("the evacuation"): that of another story is another.
    """

    key: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    owner: str | None = None
    story: tuple[str, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(str), attrs.validators.instance_of(tuple)
        ),
    )


class SpeakerKind(enum.Enum):
    """What kind of source a speaker is."""

    PERSON = "person"
    ORGANIZATION = "organization"
    UNNAMED = "unnamed"  # "a US official", "reports", "sources close to the talks"


#: How the key of a speaker known only by a role starts (:attr:`Speaker.role_only`).
ROLE_KEY = "role "


@attrs.frozen(kw_only=True)
class Speaker:
    """Who said something: a normalized ``key`` shared by name variants, and a display name.

    "Helena Zelden", "Helena Lund Zelden" and "Ms Zelden" share the key ``helena zelden``;
    a surname alone ("Zelden") keys as ``zelden`` when the text never gives the first name;
    a person the text knows only by a role keys as ``role`` and the role ("role harbour
    master").
    """

    key: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    role: str | None = None
    kind: SpeakerKind = attrs.field(
        default=SpeakerKind.PERSON, validator=attrs.validators.instance_of(SpeakerKind)
    )

    @property
    def role_only(self) -> bool:
        """Whether the text knows this speaker only by a role, never by a name."""
        return self.key.startswith(ROLE_KEY)


class Hedge(enum.Enum):
    """How a text qualifies a stated value; each hedge widens it into an interval."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    NEARLY = "nearly"
    AT_LEAST = "at least"
    MORE_THAN = "more than"
    UP_TO = "up to"
    FEWER_THAN = "fewer than"
    RANGE = "range"
    VAGUE = "vague"


def _quantity(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    from factcheck._units import registry

    if not isinstance(value, registry().Quantity):
        _fail(instance, attribute, f"must be a pint Quantity of factcheck's registry: {value!r}")


def _default_stated(amount: Amount) -> tuple[Quantity, Quantity]:
    return (amount.low, amount.high)


@attrs.frozen(kw_only=True)
class Amount:
    """An interval ``[low, high]`` of quantities, and the hedge that produced it.

    ``stated`` keeps the value or range as written ("about 2,000" states ``(2000, 2000)`` and is
    the interval ``[1800, 2200]`` under the default tolerances). An open end (``low_open``,
    ``high_open``) excludes that bound: "more than 2,000" is ``(2000, inf)``.
    """

    low: Quantity = attrs.field(validator=_quantity)
    high: Quantity = attrs.field(validator=_quantity)
    hedge: Hedge = attrs.field(default=Hedge.EXACT, validator=attrs.validators.instance_of(Hedge))
    stated: tuple[Quantity, Quantity] = attrs.field(
        default=attrs.Factory(_default_stated, takes_self=True),
        validator=attrs.validators.instance_of(tuple),
    )
    low_open: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    high_open: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))

    def __attrs_post_init__(self) -> None:
        name = type(self).__name__
        if len(self.stated) != 2:
            raise InvalidArgument(f"{name}.stated: must be a (low, high) pair")
        for value in (self.high, *self.stated):
            if not isinstance(value, type(self.low)):
                raise InvalidArgument(f"{name}: {value!r} is not a pint Quantity")
            if value.dimensionality != self.low.dimensionality:
                raise InvalidArgument(f"{name}: {value!r} has not the dimension of {self.low!r}")
        high = self.high.to(self.low.units).magnitude
        if high < self.low.magnitude:
            raise InvalidArgument(f"{name}: high {self.high} is below low {self.low}")
        if high == self.low.magnitude and (self.low_open or self.high_open):
            raise InvalidArgument(f"{name}: an open end makes [{self.low}, {self.high}] empty")

    @functools.cached_property
    def unit(self) -> str:
        """The unit of the stated value, as pint names it (``"troop"``, ``"USD"``, ``"day"``):
        worked out once, as rules ask it of each pair of amounts they compare."""
        from factcheck._units import unit_name

        return unit_name(self.stated[0])

    @functools.cached_property
    def in_base_units(self) -> tuple[str, str, float, float]:
        """The dimension, the unit both ends are in (``""`` if they differ), and the ends as
        plain numbers in the base units of the dimension: worked out once, so that comparing
        many amounts does not convert."""
        from factcheck._units import base_magnitude, unit_facts

        low, high = self.low, self.high
        dimension, unit, factor = unit_facts(low)
        _, high_unit, high_factor = unit_facts(high)
        same = unit if high_unit == unit else ""
        low_base = base_magnitude(low, factor)
        # The ends of an exact amount are often one quantity (the cache restores them so).
        high_base = low_base if high is low else base_magnitude(high, high_factor)
        return (dimension, same, low_base, high_base)

    @functools.cached_property
    def magnitudes(self) -> tuple[float, float]:
        """The magnitudes of the ends, each in its own unit: how amounts in one unit are
        compared, many times over (pint makes each afresh)."""
        return (self.low.magnitude, self.high.magnitude)

    @functools.cached_property
    def figure(self) -> decimal.Decimal | None:
        """The one figure stated, as the shortest decimal that writes its magnitude ("68.3" of
        "68.3 percent", "2000" of "about 2,000"); ``None`` when a range is stated. Worked out
        once: rules ask it of each pair of amounts they compare, and pint's equality of the
        stated ends cost more than the rest of that comparison."""
        low, high = self.stated
        if low is not high:
            from factcheck._units import unit_name

            same = (
                low.magnitude == high.magnitude
                if unit_name(low) == unit_name(high)
                else bool(low == high)
            )
            if not same:
                return None
        return decimal.Decimal(repr(float(low.magnitude)))

    def __reduce__(self) -> tuple[Any, ...]:
        # pint unpickles quantities into its application registry, which does not know
        # factcheck's units; rebuild them in factcheck's registry instead.
        from factcheck._units import unit_name

        def portable(q: Quantity) -> tuple[float, str]:
            return (q.magnitude, unit_name(q))

        fields = {
            "low": portable(self.low),
            "high": portable(self.high),
            "stated": tuple(portable(q) for q in self.stated),
        }
        flags = {"hedge": self.hedge, "low_open": self.low_open, "high_open": self.high_open}
        return (_unpickle_amount, (type(self), fields, flags))


def _unpickle_amount(cls: type[Amount], fields: dict[str, Any], flags: dict[str, Any]) -> Amount:
    from factcheck._units import registry

    def build(pair: tuple[float, str]) -> Quantity:
        return registry().Quantity(pair[0], pair[1])

    return cls(
        low=build(fields["low"]),
        high=build(fields["high"]),
        stated=(build(fields["stated"][0]), build(fields["stated"][1])),
        **flags,
    )


@attrs.frozen(kw_only=True)
class Duration(Amount):
    """An amount of time: "17 years", "24 hours", "60 to 100 days", "several months"."""

    def __attrs_post_init__(self) -> None:
        super().__attrs_post_init__()
        if self.low.dimensionality != {"[time]": 1}:
            raise InvalidArgument(f"Duration: {self.low!r} is not an amount of time")


def _bound(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, dt.datetime | dt.timedelta):
        _fail(instance, attribute, f"must be a datetime, a timedelta or None, got {value!r}")
    _naive(instance, attribute, value if isinstance(value, dt.datetime) else None)


@attrs.frozen(kw_only=True)
class TimeWindow:
    """When something is asserted to hold or happen: the half-open range ``[earliest, latest)``.

    ``None`` leaves that end open ("for now" has no stated end; "until Iran exits" has no stated
    date). A ``timedelta`` bound is an offset from the reference instant of the text, used when
    that instant is not known; :meth:`anchored` turns such a window into dates.
    """

    earliest: TimeBound | None = attrs.field(default=None, validator=_bound)
    latest: TimeBound | None = attrs.field(default=None, validator=_bound)

    def __attrs_post_init__(self) -> None:
        early, late = self.earliest, self.latest
        if early is None or late is None or type(early) is not type(late):
            return
        if not early < late:  # type: ignore[operator]
            raise InvalidArgument(f"TimeWindow: earliest {early} is not before latest {late}")

    @property
    def is_relative(self) -> bool:
        """Whether an end is an offset from an unknown reference instant."""
        return isinstance(self.earliest, dt.timedelta) or isinstance(self.latest, dt.timedelta)

    def anchored(self, reference: dt.datetime) -> TimeWindow:
        """This window with offsets resolved against ``reference``."""

        def resolve(bound: TimeBound | None) -> dt.datetime | None:
            return reference + bound if isinstance(bound, dt.timedelta) else bound

        return TimeWindow(earliest=resolve(self.earliest), latest=resolve(self.latest))


@attrs.frozen(kw_only=True)
class Timex:
    """A TimeML TIMEX3 annotation: ``type`` (DATE, TIME, DURATION, SET), ``value`` and ``mod``."""

    type: str = attrs.field(validator=attrs.validators.in_(("DATE", "TIME", "DURATION", "SET")))
    value: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    mod: str | None = None


class Polarity(enum.Enum):
    """Whether an event is asserted to happen or not to happen."""

    POSITIVE = "positive"
    NEGATIVE = "negative"


class Tense(enum.Enum):
    """When, relative to the statement, an event is placed by its verb."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"


class Modality(enum.Enum):
    """How firmly the text commits to an event."""

    ASSERTED = "asserted"
    PLANNED = "planned"
    CONDITIONAL = "conditional"
    POSSIBLE = "possible"
    DESIRED = "desired"


@attrs.frozen(kw_only=True)
class Claim:
    """Something a text asserts, with where it came from and who asserted it.

    ``speaker`` is ``None`` when the claim is in the article's own voice. ``reference`` is the
    instant the claim's time expressions were anchored to (the statement's date when the text
    gives it, else the publication date), or ``None`` when neither is known.
    """

    document: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    sentence: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    subject: Subject | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Subject))
    )
    speaker: Speaker | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Speaker))
    )
    reference: dt.datetime | None = attrs.field(
        default=None,
        validator=[attrs.validators.optional(attrs.validators.instance_of(dt.datetime)), _naive],
    )
    window: TimeWindow | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(TimeWindow))
    )


@attrs.frozen(kw_only=True)
class AmountClaim(Claim):
    """An amount of something: "roughly 2,000 troops", "$5.1 billion", "4 per cent".

    ``frame`` is the wording around it: two amounts with one frame stand at the same place of
    sentences worded alike ("revenue rose to # in #" with "$5.1 billion" and "$5.3 billion").
    """

    amount: Amount = attrs.field(validator=attrs.validators.instance_of(Amount))
    #: Where the amount is counted: a country's code ("ML" for "troops in Mali"), a region's
    #: ISO 3166-2 code ("US-TX"), a town's name, or the codes of places joined ("CL+PE").
    place: str | None = None
    frame: str | None = None  # its sentence's words, amounts masked, and which amount it is
    part: str | None = None  # the part of its subject it counts ("killed", "added"); None: all
    #: How its clause looks ahead: the class of the auxiliaries there ("future" for "are
    #: expected to", "planned", "targeted", "possible", "conditional", "desired"); None: it
    #: tells what is.
    mood: str | None = None
    #: The time phrase of its clause its window was read from, as written ("May", "next
    #: year"); ``None`` when the clause gives none (the window is its story's "now", or from
    #: then on for what will be).
    time_phrase: str | None = None
    #: The site it is counted at, narrower than what its subject names ("Belsk mine" for
    #: "300 Norvik workers are based at the Belsk mine"); ``None``: all of its subject.
    site: str | None = None


@attrs.frozen(kw_only=True)
class EventClaim(Claim):
    """An event of a class in the event lexicon ("withdraw", "remain"), and how it is asserted."""

    event: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    polarity: Polarity = attrs.field(
        default=Polarity.POSITIVE, validator=attrs.validators.instance_of(Polarity)
    )
    tense: Tense = attrs.field(default=Tense.PRESENT, validator=attrs.validators.instance_of(Tense))
    modality: Modality = attrs.field(
        default=Modality.ASSERTED, validator=attrs.validators.instance_of(Modality)
    )
    window_stated: bool = True  # False: the window is what the tense implies, not a time phrase
    place: str | None = None  # where it happens ("IQ" for "remain in Iraq", "ML" for "leave Mali")
    #: What the subject acts on, lowercased, to its head noun ("mayoral election" for "won
    #: the mayoral election in Tarnow", "2032 budget" for "approved the 2032 budget"): one
    #: subject's events on other things are other events. ``None`` when the verb has no such
    #: object, or when what it acts on is the claim's subject ("withdraw US troops").
    object: str | None = None
    #: The time phrase its window was read from, as written ("next month", "within 60 to 100
    #: days"); ``None`` when the text does not give it (the window is the tense's, or the
    #: claim was made without text).
    time_phrase: str | None = None
    #: The event class of a happening its clause is told as coming after, named by a noun
    #: of the event lexicon ("will remain after the withdrawal": ``withdraw``); ``None``
    #: when its clause tells of none.
    follows: str | None = None


@attrs.frozen(kw_only=True)
class QuoteClaim(Claim):
    """Words put in a speaker's mouth; ``quote`` is the quoted text without its marks."""

    quote: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])


def _tally(instance: object, attribute: attrs.Attribute[Any], value: tuple[int, ...]) -> None:
    if not value and getattr(instance, "unanimous", False):
        return  # "voted unanimously": no figures told
    if len(value) < 2 or not all(
        isinstance(figure, int) and not isinstance(figure, bool) and figure >= 0 for figure in value
    ):
        _fail(
            instance,
            attribute,
            "must be two or more whole numbers, none below 0 (or none, for a unanimous vote)",
        )


@attrs.frozen(kw_only=True)
class TallyClaim(Claim):
    """The split of a vote or the score of a game, as written: (5, 2) for "voted 5-2", (58,
    41) for "passed by 58 votes to 41". Which figure is whose the text may tell either way
    ("won 2-1", "lost 1-2"): two tallies differ when their figures, sorted, do. A vote told
    as unanimous ("voted unanimously") has ``unanimous`` set, and no figures unless the text
    gives them too."""

    figures: tuple[int, ...] = attrs.field(validator=[attrs.validators.instance_of(tuple), _tally])
    unanimous: bool = attrs.field(default=False, validator=attrs.validators.instance_of(bool))
    #: What the vote or game was on, lowercased, to its head noun, as for an event
    #: ("harbour road" for "voted 5-0 to close the harbour road"); ``None`` when the
    #: text does not say.
    object: str | None = None
    #: The time phrase of its clause its window was read from, as written ("June 3");
    #: ``None`` when the clause gives none (the window is the time before its reference).
    time_phrase: str | None = None


@attrs.frozen(kw_only=True)
class StatementDateClaim(Claim):
    """When a statement was made ("said Wednesday"); ``window`` is that day or time, and
    ``statement`` the words the statement is about."""

    statement: str = ""


def _date_only(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not dt.date:
        _fail(instance, attribute, "must be a date (not a datetime)")


def _iso_weekday(instance: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if type(value) is not int or not 1 <= value <= 7:
        _fail(instance, attribute, "must be a whole number from 1 (Monday) to 7 (Sunday)")


@attrs.frozen(kw_only=True)
class WeekdayClaim(Claim):
    """A day named by its date and its day of the week ("Friday, December 13"): ``date`` is
    the date (its year as written, else the one its nearness and tense give) and ``weekday``
    the day of the week the text gives it, 1 for Monday to 7 for Sunday, whether or not the
    date falls on it; ``window`` is that day."""

    date: dt.date = attrs.field(validator=_date_only)
    weekday: int = attrs.field(validator=_iso_weekday)

    @property
    def falls_on_it(self) -> bool:
        """Whether the date is that day of the week."""
        return self.date.isoweekday() == self.weekday


class Severity(enum.Enum):
    """How much a finding matters; ``--fail-on`` compares against it."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """2 for errors, 1 for warnings, 0 for information."""
        return {"error": 2, "warning": 1, "info": 0}[self.value]


class FindingKind(enum.Enum):
    """What a finding's claims have to do with each other.

    ``CONTRADICTION``: the same voice (the article's own, or one speaker) says both, in
    overlapping time. ``DISAGREEMENT``: different sources say incompatible things.
    ``SUPERSEDED``: the claims were made at different times and the later one replaces the
    earlier. ``INPUT``: a problem with a document itself.
    """

    CONTRADICTION = "contradiction"
    DISAGREEMENT = "disagreement"
    SUPERSEDED = "superseded"
    INPUT = "input"


@attrs.frozen(kw_only=True)
class Finding:
    """Claims that cannot all be true, or a problem with an input: never an exception.

    ``message`` says in one sentence why, with the normalized values. ``claims`` are the claims
    involved (none for a problem with a whole document, whose id is then in ``documents``).
    ``offset`` is where a finding without claims points in its first document's file, in
    characters, when it points at a place (an input problem, an unused suppression).
    """

    rule: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    name: str = attrs.field(validator=attrs.validators.instance_of(str))
    kind: FindingKind = attrs.field(validator=attrs.validators.instance_of(FindingKind))
    severity: Severity = attrs.field(validator=attrs.validators.instance_of(Severity))
    message: str = attrs.field(validator=[attrs.validators.instance_of(str), _non_empty])
    claims: tuple[Claim, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(Claim), attrs.validators.instance_of(tuple)
        ),
    )
    documents: tuple[str, ...] = attrs.field(
        default=(),
        validator=attrs.validators.deep_iterable(
            attrs.validators.instance_of(str), attrs.validators.instance_of(tuple)
        ),
    )
    offset: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
