"""FC1xx: amounts."""

from __future__ import annotations

import datetime as dt
import decimal
import functools
import itertools
import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence

import attrs

from factcheck._claims import AGE, LENGTH, growing_parts, unfalling_parts
from factcheck._intervals import amount_extent, amounts_overlap, window_within
from factcheck._lexicon import Lexicon
from factcheck._model import (
    Amount,
    AmountClaim,
    Claim,
    Hedge,
    SpeakerKind,
    Subject,
    TallyClaim,
    TimeBound,
)
from factcheck._subjects import paid_for_kinds, undergone_count, which_one_words
from factcheck._timegrammar import time_grammar
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import (
    NEIGHBOURS,
    PAIRWISE_LIMIT,
    When,
    describe_amount,
    horizon_end,
    one_subject,
    same_object,
    same_speaker,
    shared_story,
    speaker_group,
    subject_scope,
    told_within,
    when,
    within_horizon,
)

__all__ = ["AmountMismatch", "AmountMismatchInContext"]


def _apart(a: Amount, b: Amount, lexicon: Lexicon) -> bool:
    """Whether two amounts cannot both be right: their intervals do not overlap, and not
    only by the open end of one at a rounded figure (``[rounding]`` of ``numbers.toml``).
    News rounds, so "2 million refugees" and "over 2 million registered refugees", or "nearly
    600,000" and "600,000", can both be right, though "over" and "nearly" leave out the
    figure they name; "more than 8" and "8" cannot."""
    if amounts_overlap(a, b) is not False or _rounded_alike(a, b):
        return False
    if a.unit != b.unit:
        share = _converted_share(lexicon)
        if amounts_overlap(_as_rounded(a, share), _as_rounded(b, share)) is not False:
            return False
    multiple = _rounding(lexicon)
    open_ends = [
        end.magnitude
        for amount in (a, b)
        for end, is_open in ((amount.low, amount.low_open), (amount.high, amount.high_open))
        if is_open
    ]
    rounded = [math.isfinite(v) and v != 0 and v % multiple == 0 for v in open_ends]
    if not rounded or not all(rounded):
        return True
    closed_a = attrs.evolve(a, low_open=False, high_open=False)
    closed_b = attrs.evolve(b, low_open=False, high_open=False)
    return amounts_overlap(closed_a, closed_b) is False


def _extent(rule: Rule, claim: Claim, context: Context) -> tuple[float, float] | None:
    """The extent of an amount claim (:meth:`Rule.extent`), for a rule whose claims clash
    only when their amounts are apart: two amounts whose extents meet never are."""
    return amount_extent(claim.amount) if isinstance(claim, AmountClaim) else None


#: Where units.toml gives how far apart stories may be written for amounts whose clauses give
#: no time to tell of one time (:func:`_at_one_time`), and for counts of a toll that never
#: falls to be compared (:func:`_fell`).
_UNTIMED = ("units", "untimed", "within")
_UNFALLING_TOLD = ("units", "unfalling_told", "within")
#: The instant time extents count from (:func:`_time_extent`).
_EPOCH = dt.datetime(1970, 1, 1)
_MICROSECOND = dt.timedelta(microseconds=1)


def _time_extent(rule: Rule, claim: Claim, context: Context) -> tuple[float, float] | None:
    """The time extent of an amount claim (:meth:`Rule.time_extent`), for a rule whose
    claims clash only as :func:`_clash` says: its window, widened to its story's date and to
    as far after it as :data:`_UNTIMED` and :data:`_UNFALLING_TOLD` reach, in microseconds.
    Two claims whose extents are apart have windows apart and stories written further apart
    than either, so they neither tell of one time nor of a toll that fell. ``None`` for a
    window that is not dated (it is compared with every other), and for an instant with a
    time zone (one without cannot be compared with it)."""
    window = claim.window
    if window is None or not isinstance(claim, AmountClaim):
        return None  # told of its story's date: when() says it overlaps any window
    return _time_span(window.earliest, window.latest, claim.reference, context.lexicon)


@functools.lru_cache(maxsize=1 << 12)
def _time_span(
    earliest: TimeBound | None,
    latest: TimeBound | None,
    reference: dt.datetime | None,
    lexicon: Lexicon,
) -> tuple[float, float] | None:
    """The time extent (:func:`_time_extent`) of a window and a story's date. Kept for
    those of the last claims: the claims of a story, and stories of a day, share them."""
    low, high = _microseconds(earliest, -math.inf), _microseconds(latest, math.inf)
    if low is None or high is None:
        return None
    if reference is not None:
        told = _microseconds(reference, math.inf)
        if told is None:
            return None
        low = min(low, told)
        for keys in (_UNTIMED, _UNFALLING_TOLD):
            end = _microseconds(horizon_end(reference, lexicon, *keys), math.inf)
            assert end is not None, "moved from a date with no time zone"
            high = max(high, end)
    return (low, high)


def _microseconds(at: TimeBound | None, open_as: float) -> float | None:
    """The microseconds from :data:`_EPOCH` to the instant ``at``, ``open_as`` for no
    instant; ``None`` for an offset, or an instant with a time zone."""
    if at is None:
        return open_as
    if type(at) is not dt.datetime or at.tzinfo is not None:
        return None
    return (at - _EPOCH) // _MICROSECOND


def _rounded_alike(a: Amount, b: Amount) -> bool:
    """Whether two exact figures of one unit are one value written to two precisions of its
    decimals: the finer, rounded to the last decimal of the coarser, is the coarser ("68.3
    percent" and "68 percent", "4.15%" and "4.2%"; not "68.6" and "68", nor "12" and "10",
    whose zero says nothing of rounding)."""
    if a.hedge is not Hedge.EXACT or b.hedge is not Hedge.EXACT or a.unit != b.unit:
        return False
    if a.figure is None or b.figure is None:
        return False
    figures = [a.figure, b.figure]
    if not all(figure.is_finite() and figure != 0 for figure in figures):
        return False
    exponents = [_last_digit(figure) for figure in figures]
    if exponents[0] == exponents[1]:
        return False
    (_, fine), (exponent, coarse) = sorted(zip(exponents, figures, strict=True))
    step = decimal.Decimal(1).scaleb(exponent)
    return fine.quantize(step, rounding=decimal.ROUND_HALF_UP) == coarse


@functools.lru_cache(maxsize=1 << 12)
def _last_digit(figure: decimal.Decimal) -> int:
    """The exponent of the last digit ``figure`` is written to, 0 at most: "10" is a whole
    number, not tens. Kept for the figures of the last pairs compared: each amount of a
    group is compared with the others."""
    exponent = figure.normalize().as_tuple().exponent
    assert isinstance(exponent, int), "a finite figure has a numeric exponent"
    return min(exponent, 0)


@functools.cache
def _rounding(lexicon: Lexicon) -> float:
    """The multiple that makes a figure rounded, from ``numbers.toml``."""
    multiple = lexicon.table("numbers").get("rounding", {}).get("multiple", 1000)
    if isinstance(multiple, bool) or not isinstance(multiple, int | float) or multiple <= 0:
        raise lexicon.error(("numbers", "rounding", "multiple"), "must be a positive number")
    return multiple


def _as_rounded(amount: Amount, share: float) -> Amount:
    """``amount``, stated exactly, with each closed end widened by half a step of the last
    digit of the figure it was written with (130: 5; 41: 0.5; 1.5: 0.05), and by no more than
    ``share`` of it: the values that round to what was written. A hedged amount ("about
    2,000") has room for rounding already."""
    if amount.hedge is not Hedge.EXACT:
        return amount
    (stated_low, stated_high), low, high = amount.stated, amount.low, amount.high
    # Made from magnitudes: a step added to a temperature in °C is ambiguous to pint.
    if not amount.low_open and low.units == stated_low.units:
        low = type(low)(low.magnitude - _half_step(stated_low.magnitude, share), low.units)
    if not amount.high_open and high.units == stated_high.units:
        high = type(high)(high.magnitude + _half_step(stated_high.magnitude, share), high.units)
    return attrs.evolve(amount, low=low, high=high)


def _half_step(figure: float, share: float) -> float:
    """Half a step of the last significant digit of ``figure`` as written, at most ``share``
    of it."""
    if not math.isfinite(figure) or figure == 0:
        return 0.0
    exponent = decimal.Decimal(repr(figure)).normalize().as_tuple().exponent
    assert isinstance(exponent, int), "a finite figure has a numeric exponent"
    return min(0.5 * 10.0**exponent, share * abs(figure))


@functools.cache
def _converted_share(lexicon: Lexicon) -> float:
    """How far, as a share of itself, a figure compared with one in another unit may have
    been rounded, from ``numbers.toml``."""
    share = lexicon.table("numbers").get("rounding", {}).get("converted", 0.05)
    if isinstance(share, bool) or not isinstance(share, int | float) or not 0 <= share < 1:
        raise lexicon.error(("numbers", "rounding", "converted"), "must be a share from 0 to 1")
    return float(share)


def _an_update(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether the later of two counts of a part that only grows (the dead, the injured) is
    the higher: a toll that rose as news came in, not two tolls that disagree. Called for
    amounts that do not overlap, so one lies wholly above the other."""
    if a.part is None or a.part != b.part or a.part not in growing_parts(lexicon):
        return False
    if a.reference is None or b.reference is None or a.reference == b.reference:
        return False
    earlier, later = (a, b) if a.reference < b.reference else (b, a)
    if _settled(later, lexicon):
        return False  # "The collapse in November injured 14", told in March: no news coming in
    highest = earlier.amount.high
    return bool(later.amount.low.to(highest.units).magnitude >= highest.magnitude)


def _settled(claim: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether a count is told of a time its clause gives that ended longer before its
    story was written than ``[unfalling_told]`` ("The collapse in November injured 14",
    written in March): the count as it has stood since, not one still rising with the news."""
    ended = claim.window.latest if claim.window is not None else None
    return (
        claim.time_phrase is not None
        and claim.reference is not None
        and isinstance(ended, dt.datetime)
        and ended < claim.reference
        and not within_horizon(ended, claim.reference, lexicon, *_UNFALLING_TOLD)
    )


def _at_one_time(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether two amount claims tell of one time: their windows share a moment, or neither
    clause gives a time of its own and their stories were written within ``[untimed]`` of
    each other (how things stood then: the later replaces the earlier). A word of the
    present ("now", "currently": ``PRESENT_REF`` in time.toml's ``[vague]``) tells no more
    than a clause with no time does. A sum imposed on its payer or agreed by it
    (``[imposed]``) is one award or settlement when one clause gives the day of the decision
    and the other none ("ordered Acme on Wednesday to pay", "Acme must pay"); told with no
    time of its own, it is of when its story was written, though its clause looks ahead
    ("Acme will pay", whose window has no end): such sums told by stories a year apart are
    two."""
    one_act = a.subject is not None and _imposed(a.subject, lexicon)
    if one_act and a.reference is not None and b.reference is not None:
        if _timed(a, lexicon) and _timed(b, lexicon):
            return when(a, b) is not When.APART
        return told_within(a, b, lexicon, *_UNTIMED)
    if when(a, b) is not When.APART:
        return True
    timed = (_timed(a, lexicon), _timed(b, lexicon))
    if all(timed) or (any(timed) and not one_act):
        return False
    return told_within(a, b, lexicon, *_UNTIMED)


def _timed(claim: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether an amount's clause gives a time of its own, not its story's present."""
    phrase = claim.time_phrase
    return phrase is not None and " ".join(phrase.lower().split()) not in _present(lexicon)


@functools.cache
def _present(lexicon: Lexicon) -> frozenset[str]:
    """The words of time.toml's ``[vague]`` that name their story's present (``PRESENT_REF``)
    and no other time: "now", "currently"."""
    vague = time_grammar(lexicon).vague
    return frozenset(phrase for phrase, reading in vague.items() if reading.timex == "PRESENT_REF")


def _fell(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether two counts of a part that never falls (the dead, the injured:
    ``[unfalling_parts]`` in ``units.toml``), told of times apart by no more than
    ``[unfalling_told]`` by stories written within it too, have the later time's count wholly
    below the earlier's: "the toll rose to 14 on Wednesday" and "twelve people died" told
    since."""
    if a.part is None or a.part != b.part or a.part not in unfalling_parts(lexicon):
        return False
    if not told_within(a, b, lexicon, *_UNFALLING_TOLD):
        return False  # a toll of another quake of the place, maybe
    if a.window is None or b.window is None or when(a, b) is not When.APART:
        return False
    ends = (a.window.latest, b.window.earliest)
    if None in ends or type(ends[0]) is not type(ends[1]):
        return False
    earlier, later = (a, b) if ends[0] <= ends[1] else (b, a)  # type: ignore[operator]
    assert earlier.window is not None and later.window is not None
    ended, began = earlier.window.latest, later.window.earliest
    if not (
        isinstance(ended, dt.datetime)
        and isinstance(began, dt.datetime)
        and within_horizon(ended, began, lexicon, *_UNFALLING_TOLD)
    ):
        # So are counts told of times further apart: "left five dead on Wednesday" and "a
        # quake caused eleven deaths earlier this year", in stories written days apart.
        return False
    lowest = earlier.amount.low
    return bool(later.amount.high.to(lowest.units).magnitude < lowest.magnitude)


def _untimed_note(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> str:
    """What a message adds when two amounts clash only as how things stood when their
    stories were written (how far apart they were written), as a toll that fell, or as one
    sum imposed, told with and without the day of its decision."""
    if when(a, b) is not When.APART or a.reference is None or b.reference is None:
        return ""
    if _fell(a, b, lexicon):
        return " (a toll that never falls is lower at a later time)"
    if _timed(a, lexicon) or _timed(b, lexicon):
        return " (one sum imposed, one story giving the day of the decision)"
    days = abs(a.reference - b.reference).days
    return f" (told {days} days apart, neither with a time of its own)"


def _within_the_total(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether one of two counts of those "the" happening of a story befell, one by one
    (``[happenings.undergone]``: cancellations, recalls), is told of a time its clause gives
    inside the other's, and is no more than it: one day's cancellations ("scrapped 64
    trains on Tuesday") are a part of those so far ("some 500 trains have been scrapped
    since the strike started"). A leak, or a walkout, is one happening, whose counts are of
    all of it."""
    if a.subject is None or a.window is None or b.window is None:
        return False
    if not undergone_count(a.subject, lexicon):
        return False
    for inner, outer in ((a, b), (b, a)):
        assert inner.window is not None and outer.window is not None
        if (
            inner.time_phrase is not None
            and inner.window != outer.window
            and window_within(inner.window, outer.window)
        ):
            _, _, inner_low, _ = inner.amount.in_base_units
            _, _, _, outer_high = outer.amount.in_base_units
            return bool(inner_low <= outer_high)
    return False


def _clash(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> bool:
    """Whether two amount claims that measure one thing cannot both be right: their amounts
    are apart, they tell of one time (or of a toll of the dead that fell), the later is not
    a toll's update, and neither is a part of the other's running total."""
    # Times first: the amounts of a group compared pair by pair are apart already (the
    # engine skips pairs whose extents meet), and most such pairs tell of different times.
    return (
        (_at_one_time(a, b, lexicon) or _fell(a, b, lexicon))
        and _apart(a.amount, b.amount, lexicon)
        and not _an_update(a, b, lexicon)
        and not _within_the_total(a, b, lexicon)
    )


def _more_than_the_whole(a: AmountClaim, b: AmountClaim) -> str | None:
    """The message for two apart counts of one subject at different sites (one of them at
    none: all of the subject): a part counted at a site cannot be more than the whole; two
    sites' counts, and a part less than the whole, can both be right."""
    if a.site is not None and b.site is not None:
        return None
    part, whole = (a, b) if a.site is not None else (b, a)
    _, _, part_low, _ = part.amount.in_base_units
    _, _, _, whole_high = whole.amount.in_base_units
    if part_low <= whole_high:
        return None
    assert part.subject is not None
    return (
        f"'{part.text}' ({describe_amount(part)}) at {part.site} is more than "
        f"'{whole.text}' ({describe_amount(whole)}), all of {part.subject.key}"
    )


#: The moods (``auxiliaries`` in ``events.toml``) that tell of what will be as firmly as each
#: other: "will cut 1,200 jobs" and "plans to cut about 800 jobs" are two accounts of one cut.
_WILL_BE = frozenset({"future", "planned"})


def _outlook(mood: str | None) -> str | None:
    """How a clause looks ahead, as amounts are compared: a plan as a "will"."""
    return "future" if mood in _WILL_BE else mood


def _dimension(amount: Amount) -> str:
    """The name of the dimension an amount measures ("[troop]", "[currency]")."""
    # Worked out once per amount, and the comparison needs the rest of it too.
    return amount.in_base_units[0]


@register
class AmountMismatch(Rule):
    """Two amounts of one subject, in one place and at one time, that cannot both be right.

    The amounts are intervals after their hedges ("about 2,000" is 1,800–2,200 by default) in
    units converted to each other; they clash when the intervals do not overlap, unless only the
    open end of "over", "nearly" or "under" at a rounded figure keeps them apart (a multiple of
    1,000; ``[rounding]`` in ``numbers.toml``): "over 2,000" and "2,000" can both be right as
    news rounds. A figure given in another unit may have been converted and rounded: it stands
    for the values that round to its last written digit, up to 5% of it either side ("80 mph"
    and "130 km/h", "41 °C" and "106 °F" can both be right). The subject must have an owner
    ("Norvik workers", "US troops", "the union's 900 members" of a union the text named; not
    "the workers"); a count of the dead or injured is owned
    by the incident its sentence names in the place named nearest to it ("nine people died when
    the storm hit Averly": the Averly storm's; ``[incidents]`` in ``subjects.toml``), or by its
    name where the sentence names no place ("Hurricane Ida": ``[named_incidents]``), unless the
    sentence says it is another one ("another airstrike": ``[distinct_incidents]``); a
    percentage after a verb that gives a level is the level of the measure of a country before
    it ("Portuguese inflation rose to 4.1%": ``indicators`` and ``levels`` in
    ``subjects.toml``), or of the one "the" story tells of in a text that names no country
    ("Turnout was 64%" of a town's election), and a change ("rose 0.3%") is not compared; a
    percentage of the vote is the share of the name that won or got it, in the race that
    the capitalized words of its clause tell ("Ana Lima won the Quorn mayoral race with 52%
    of the vote": ``[vote_shares]`` in ``units.toml``); a sum of money is of the
    noun that says what it is ("$38 million in relief funds", "a deficit of $23 million":
    ``[priced]`` in ``units.toml``, before a verb of ``levels`` in ``subjects.toml`` that
    brings it there: "its net profit fell 18% to $412 million", or what a verb of
    ``[estimated_at]`` puts at it: "put the total cost at $472 million", "a deal valuing the
    firm at $4.7 billion") and of the name that has it, in the possessive, by a verb of
    ``possession`` or ``spending`` in ``subjects.toml`` ("Gov. Ana Lima released $38
    million in relief funds") or as its own in its report ("Kelder Mining said its net
    profit"; an owner's sums
    of a kind are one when the words that single out one are all among the other's, with
    the same words of ``which_one`` there: "her emergency relief package" and "her relief
    package", not "her second relief package"), or else of
    the one thing a verb of ``[paid_for]`` in ``units.toml`` pays it for, and of who pays or
    is paid ("Volmark sold Ada Lane to Tessaro for £4 million", "the trust set aside
    $240,000 for water testing"), or of what that verb pays it to do, as its noun would say
    ("Acme agreed to pay $4 billion to settle claims" is Acme's settlement, and "to settle
    with Kelder Bank" its settlement with Kelder Bank, as "a settlement with Kelder Bank"
    is: ``[paid_to]``); a sum no name has that "the" opens is "the" one of its
    kind its story tells of ("the $345 million deal"; "the refit is expected to cost $310
    million" and "put the total cost at $185 million" give "the cost": ``costing`` and
    ``whole`` in ``[estimated_at]``; "costs $900,000 a year to run" and "put the yearly
    running cost at $1.5 million" give "the running cost", per year: ``purposes`` there and
    ``[rate_adjectives]``; "would fine Acme $2.4 million", in a story that goes on to
    tell of "the fine", gives "the fine": ``[priced_verbs]``), compared with another story's when
    the two keep naming the same names (``[story]`` in ``subjects.toml``) or one named person
    gives both, and so is a count of people aboard a vehicle ("a ferry carrying 236 people",
    "with more than 250 people aboard": ``[aboard]`` and ``[vehicles]`` there), of those
    aboard "the" vehicle of its kind its story tells of, and a count that "the" one thing of
    its story has ("the merger would eliminate 640 jobs", "the merged system's seven
    hospitals"; not a place or group of ``not_the_one`` there), and so is a count of those
    "the" happening of a kind its story tells of was done by or done to ("2,340 nurses walked
    out", "1,240 appointments were cancelled", "recalled 14 batches": ``[happenings]`` there),
    which, told as past or in the present perfect at no time of its own, was made before its
    story, and a volume or mass of a substance such a happening befell ("9,000 litres of
    diesel fuel leaked": ``the leak: fuel``). The area an incident burned ("the fire has
    burned about 5,200 hectares": ``[incident_areas]`` in ``units.toml``) is compared as its
    toll is. The amounts must come from
    different documents: within one story, two counts of a kind are nearly always of different
    sets ("283 people were killed and two are missing"), and a restated figure is caught by
    FC102 when its sentence is worded alike. Counts of different kinds (troops, people) and
    amounts in different currencies are never compared, nor are amounts whose clauses look ahead
    in different ways: what will be ("are expected to reach 50,000", "plans to send 45,000"), a
    goal ("the goal is to put 40,000 there") and a count of what is ("38,000 are there") can all
    be right; a "will" and a plan tell of one future. "The" one sum or count of a story is one
    however its clause looks ahead ("is expected to cost" and "puts the cost at" tell of one
    cost), and so is a sum a decision imposes on its payer or the payer agrees to (a fine,
    damages, bail, a settlement: ``[imposed]`` in ``units.toml``; "ordered Acme on Wednesday
    to pay $14 million in damages" and "Acme must pay $11 million in damages"), of which one
    story may give the day of the decision and the other none, and which, told with no time
    of its own, is of when its story was written however its clause looks ahead ("will
    pay", "must pay"). Amounts whose clauses give no time tell
    how things stood when their stories were written, and are compared across stories written
    up to a month apart by default (``[untimed]`` in ``units.toml``): the later figure
    replaces the earlier. A count that only grows as news comes in (the dead, the injured:
    ``[growing_parts]`` in ``units.toml``) is updated, not contradicted, by a higher one in a
    later story, unless that one is told of a time long past (more than two weeks before its
    story: "the collapse in June injured 13", written in October), which has stopped growing;
    and a count of the dead or injured never falls (``[unfalling_parts]``), so one told of a
    later time that is lower than one told of an earlier time clashes with it, when their
    stories were written, and the times they are told of lie, up to two weeks apart. A toll
    is a count of people, whatever words count it: "12 dead", "12 deaths", "killed 12" and
    "the death toll rose to 12" are one count (``[tolls]``). A count made at a named site
    ("300 Norvik workers are based at the Belsk mine", "Camp Kesby, where 1,400 soldiers are
    stationed": ``[sites]`` in ``subjects.toml``) is of those there only: it clashes with a
    count at the same site as above, with one at another site never, and with a count of all
    of the subject only when it is more than that whole.

    **Conflict**::

        a.md: About 300 Norvik workers are based at the Belsk mine.
        b.md: Some 450 Norvik workers are based at the Belsk mine.

    **No conflict**::

        a.md: Roughly 300 Norvik workers are based at the Belsk mine.
        b.md: About 310 Norvik workers are based at the Belsk mine.
    """

    code = "FC101"
    name = "amount-mismatch"
    summary = "Amounts of one subject that cannot both be right."
    claim_type = AmountClaim

    extent = _extent
    time_extent = _time_extent

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, AmountClaim) or claim.subject is None:
            return None
        if claim.subject.owner is None and not _the_one(claim.subject):
            return None  # "people", "the cases": whose, the text does not say
        if claim.part in (AGE, LENGTH):
            return None  # FC103 compares ages, FC104 lengths
        # "The" sum of a story is one, told as what it will be ("the relocation is expected to
        # cost") or as what it is ("puts the cost of the move at"); so is a price paid for one
        # thing ("agreed to buy Kelder for $2 billion", "will pay $2.4 billion for Kelder"),
        # and a sum imposed on its payer ("ordered Acme to pay", "Acme must pay")
        one_sum = (
            _the_one(claim.subject)
            or _paid_for(claim.subject, context.lexicon)
            or _imposed(claim.subject, context.lexicon)
        )
        outlook = None if one_sum else _outlook(claim.mood)
        singled = _singled_sum(claim.subject, context.lexicon)
        key = claim.subject.key if singled is None else singled[:2]
        return (key, _dimension(claim.amount), claim.place, claim.part, outlook)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, AmountClaim) and isinstance(b, AmountClaim)):
            return None
        if a.document == b.document:
            return None  # one story's counts of one kind are different sets; FC102 compares wording
        if not _one_of_its_kind(a.subject, b.subject, context.lexicon):
            return None
        if not _clash(a, b, context.lexicon):
            return None
        assert a.subject is not None and b.subject is not None
        if a.site != b.site:
            return _more_than_the_whole(a, b)
        given = "" if a.subject.owner is not None else _one_happening(a, b, context.lexicon)
        if given is None:
            return None  # "the deal" of another story
        return (
            f"'{a.text}' ({describe_amount(a)}) vs '{b.text}' ({describe_amount(b)}) for "
            f"{a.subject.key}{given}: the amounts do not overlap"
            f"{_untimed_note(a, b, context.lexicon)}"
        )

    def pairs(
        self, claims: Sequence[Claim], context: Context
    ) -> Iterable[tuple[Claim, Claim]] | None:
        """Of a large group of "the" sum of a kind that no name owns, the pairs that may be
        of one story (:func:`_sharing_pairs`); of an owner's, ``None``: each is compared with
        what the group agrees on."""
        first = claims[0] if claims else None
        if not isinstance(first, AmountClaim) or first.subject is None:
            return None
        return None if first.subject.owner is not None else _sharing_pairs(claims)

    def consensus(self, claims: Sequence[Claim], context: Context) -> Sequence[Claim]:
        """The claims whose intervals overlap the most others: what the group agrees on."""
        amounts = [c for c in claims if isinstance(c, AmountClaim)]
        scores = {
            id(claim): sum(
                amounts_overlap(claim.amount, other.amount) is True for other in amounts[:200]
            )
            for claim in amounts
        }
        best = max(scores.values(), default=0)
        return [c for c in amounts if scores[id(c)] == best][:3]


#: Frames shorter than this many words ("# people died") are too common to pair amounts.
MIN_FRAME_WORDS = 6


@register
class AmountMismatchInContext(Rule):
    """Two amounts in the same place of sentences worded alike, that cannot both be right.

    When two sentences read the same but for their amounts (a draft and its source, a story
    and its update), the amounts in the same place measure the same thing, whatever it is
    called; they clash when their intervals do not overlap (as for FC101). Of a sentence that
    says who said it, the words said and who said them are its wording, not when: "…, the
    agency said on Monday" and "…, the agency said Wednesday" read the same. Sentences of fewer
    than six words besides their amounts are too common to be taken for one sentence. Amounts
    of different subjects are not compared, and amounts of a subject both sentences name are
    left to FC101. A higher toll of the dead or injured in a later story is an update, as
    for FC101.

    **Conflict**::

        a.md: The ferry carried 120 passengers to the island on its first run.
        b.md: The ferry carried more than 300 passengers to the island on its first run.

    **No conflict**::

        a.md: The ferry carried 120 passengers to the island on its first run.
        b.md: The ferry carried more than 100 passengers to the island on its first run.
    """

    code = "FC102"
    name = "amount-mismatch-in-context"
    summary = "Amounts in the same place of sentences worded alike that cannot both be right."
    claim_type = AmountClaim

    extent = _extent
    time_extent = _time_extent

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, AmountClaim) or claim.frame is None:
            return None
        words = claim.frame.split()[:-1]
        if len(words) - words.count("#") < MIN_FRAME_WORDS:  # words besides the amounts
            return None
        return (claim.frame, _dimension(claim.amount))

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, AmountClaim) and isinstance(b, AmountClaim)):
            return None
        if a.frame is None or a.frame != b.frame:
            return None
        if a.subject is not None and b.subject is not None:
            if a.subject.key != b.subject.key:
                return None  # "1,950 Turkish troops" and "5,850 German troops": two counts
            if (
                a.subject.owner is not None
                or a.document == b.document
                or (_the_one(a.subject) and _one_happening(a, b, context.lexicon) is not None)
            ):
                return None  # FC101 compares these
        if not _clash(a, b, context.lexicon):
            return None
        return (
            f"'{a.text}' ({describe_amount(a)}) vs '{b.text}' ({describe_amount(b)}) in sentences "
            f"worded alike: the amounts do not overlap{_untimed_note(a, b, context.lexicon)}"
        )


@register
class AgeMismatch(Rule):
    """Two ages of one named person that no one birth date gives.

    An age of a person named by at least two words ("Ada Lane, 67,", "Ada Lane, aged 67",
    "67-year-old Ada Lane", "Ada Lane, a 67-year-old teacher") is told as of its story's date:
    67 on 5 March 2031 puts the birth between 6 March 1963 and 5 March 1964. Two ages clash
    when the births they give do not meet, so an age one higher in a later story can be a
    birthday between them. Ages are compared within one story too, and between stories written
    up to a year apart (``[ages]`` in ``units.toml``): further apart, a namesake is likelier.
    A later story does not replace an earlier one's age: a finding is a contradiction or a
    disagreement, never superseded.

    **Conflict**::

        a.md (2031-03-05): Ada Lane, 67, a retired teacher, was injured in the crash.
        b.md (2031-03-09): The crash injured 69-year-old Ada Lane, a retired teacher.

    **No conflict**::

        a.md (2031-03-05): Ada Lane, 67, a retired teacher, was injured in the crash.
        b.md (2031-06-09): Ada Lane, 68, a retired teacher, has left the hospital.
    """

    code = "FC103"
    name = "age-mismatch"
    summary = "Two ages of one named person that no one birth date gives."
    claim_type = AmountClaim
    supersedes = False

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, AmountClaim) or claim.part != AGE or claim.subject is None:
            return None
        return claim.subject.key

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, AmountClaim) and isinstance(b, AmountClaim)):
            return None
        if not (_an_age(a) and _an_age(b)):
            return None
        assert a.subject is not None and b.subject is not None
        if a.subject.key != b.subject.key:
            return None
        if not told_within(a, b, context.lexicon, "units", "ages", "within"):
            return None
        (after_a, by_a), (after_b, by_b) = _births(a), _births(b)
        if after_a < by_b and after_b < by_a:
            return None  # a birth between fits both
        return (
            f"'{a.text}' (aged {_years(a)} on {a.reference:%Y-%m-%d}) vs '{b.text}' (aged "
            f"{_years(b)} on {b.reference:%Y-%m-%d}) for {a.subject.key}: no one birth date gives "
            "both ages"
        )


@register
class LengthMismatch(Rule):
    """Two lengths of one happening that cannot both be right.

    A length of time is of a happening a noun of ``[lasting]`` in ``units.toml`` names: right
    after it ("the 16-month redevelopment", "seven months of talks") or as the subject of a verb
    of lasting before it ("the inquiry is expected to take eight months", "the evacuation was
    completed in four hours"). After "for", it is the length of the happening a verb before it
    tells of, when the first noun of the verb's class is of ``[lasting]``: "Kesh Road
    will be closed for 16 months" is the length of Kesh Road's closure. Lengths of one
    kind of happening are compared when one name owns both (in the possessive, after "of":
    "the closure of Kesh Road", or as the verb's subject). Of "the" happening of a kind, which
    names no owner ("the investigation will take about three months"), or of one told as all of
    its kind ("ten months of talks"), the lengths are compared when one named person gives both
    ("…, Ana Lima said", and "…, Lima said"), or when their documents tell one story: they
    keep naming the same names (``[story]`` in ``subjects.toml``). Across an archive, "the
    evacuation" of one story is not another's. "The" happening of a story about a name (each
    word of the name among the story's names) is that name's: "the 22-month redevelopment"
    in a story about Kelder Park is compared with "the 14-month redevelopment of Kelder Park",
    and "the sentence" of a story most about Lima with Ana Lima's. A prison term is a length
    too ("was sentenced to eight years", "will spend six years behind bars": ``[sentences]``
    in ``units.toml``), and so is the time someone has to do a thing ("Kelder Mining has 30
    working days to answer the regulator": ``[allowed_time]``), owned by the name that has
    it. The length of what a verb of ``[lasting_ends]`` ends ("ending an 18-day closure") is
    that of "the" happening of its kind, as of that end, however its clause looks ahead: "will
    end a 12-day closure" is set against "ended an 18-day closure". Of a kind one story tells
    several of (``[several_per_story]``: one
    defendant's sentence and another's), "the" ones are not compared with each other.
    As for FC101, the lengths clash when their intervals after their hedges do not overlap,
    they come from different documents, and a length to come ("is expected to take", or told
    of a time after its story was written) is set against a length to come only, unless its
    kind is set when told (``[fixed_lengths]``: a sentence, a contract, a truce). Lengths
    whose clauses give no time are compared across stories written up to a month apart
    (``[untimed]`` in ``units.toml``).

    **Conflict**::

        a.md: Ana Lima said the audit is expected to take about three months.
        b.md: Ana Lima said the audit is expected to last eight months.

    **No conflict**::

        a.md: Ana Lima said the audit is expected to take about three months.
        b.md: Ana Lima said the audit is expected to last up to five months.
    """

    code = "FC104"
    name = "length-mismatch"
    summary = "Two lengths of one happening that cannot both be right."
    claim_type = AmountClaim

    extent = _extent
    time_extent = _time_extent

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, AmountClaim) or claim.part != LENGTH or claim.subject is None:
            return None
        subject = claim.subject
        if subject.owner is None and not (
            subject.key.startswith("the ") and (subject.story or _teller(claim) is not None)
        ):
            return None  # whose "evacuation", the text does not say
        happening = _happening(subject)
        if happening in _lasting_kinds(context.lexicon, "fixed_lengths"):
            return (happening, None)  # "will spend six years" is the sentence as told
        return (happening, _length_outlook(claim))

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, AmountClaim) and isinstance(b, AmountClaim)):
            return None
        if a.document == b.document or not _clash(a, b, context.lexicon):
            return None
        assert a.subject is not None and b.subject is not None
        a_owned, b_owned = a.subject.owner is not None, b.subject.owner is not None
        if a_owned and b_owned:
            given = "" if a.subject.key == b.subject.key else None
        elif a_owned:
            given = _owner_of_story(a, b)
        elif b_owned:
            given = _owner_of_story(b, a)
        elif _happening(a.subject) in _lasting_kinds(context.lexicon, "several_per_story"):
            given = None  # "the sentence" of one defendant, and of another
        else:
            given = _one_happening(a, b, context.lexicon)
        if given is None:
            return None  # another's closure, or "the investigation" of another story
        subject = b.subject.key if b_owned and not a_owned else a.subject.key
        return (
            f"'{a.text}' ({describe_amount(a)}) vs '{b.text}' ({describe_amount(b)}) for "
            f"{subject}{given}: the lengths do not overlap{_untimed_note(a, b, context.lexicon)}"
        )

    def pairs(
        self, claims: Sequence[Claim], context: Context
    ) -> Iterable[tuple[Claim, Claim]] | None:
        """Of a large group of a kind of happening, the pairs that may be of one
        (:func:`_sharing_pairs`)."""
        return _sharing_pairs(claims)


@register
class TallyMismatch(Rule):
    """Two tallies of one vote or game that cannot both be right.

    A tally is the split of a vote or the score of a game: two numbers that a verb before them
    or a noun after them makes one ("voted 5-2", "the board's 4-3 vote", "beat Norvik 3-1",
    "a 2-1 win", "passed by 58 votes to 41", "by seven votes to four"; ``[tallies]`` in
    ``numbers.toml``). Its subject is who cast or played it: the doer of the verb, or whose
    the noun is ("the Senate passed the bill 52 to 48": ``US Senate``, on the bill). The
    members of a body vote for it ("Kelder County commissioners voted" is the Kelder County
    commission's vote), and "the board" of a story that names no board is that story's
    board, as for FC101.

    Two tallies of one subject are one vote or game when they come from different documents,
    what the vote was on is not told as two things ("voted 5-0 to close the pool" and "voted
    6-1 to extend the contract" are two votes), and their windows overlap. When
    either clause gives no time when it was cast, both must tell what it was on or neither
    ("the Senate voted 51-49" may be on another bill than "passed the bill 52-48 on Tuesday"),
    and their stories must have been written no further apart than ``untimed`` of
    ``[tallies]``. They clash when their figures differ, read in either
    order ("won 2-1" and "lost 1-2" are one score): "5-0" and "4-1", "5-2" and "4-3"; and a
    vote told as unanimous ("voted unanimously", "a unanimous vote") clashes with a split
    ("approved 4-1").

    **Conflict**::

        a.md: Kelder County commissioners voted 6-0 on Thursday to close the harbour road.
        b.md: The Kelder County commission voted 5-1 on Thursday to close the harbour road.

    **No conflict**::

        a.md: Kelder County commissioners voted 6-0 on Thursday to close the harbour road.
        b.md: The Kelder County commission voted 5-1 on Thursday to extend the curfew.
    """

    code = "FC105"
    name = "tally-mismatch"
    summary = "Two tallies of one vote or game that cannot both be right."
    claim_type = TallyClaim
    #: A vote or a game is over when its tally is told: a later story cannot replace it.
    supersedes = False

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, TallyClaim) or claim.subject is None:
            return None
        return (claim.subject.key, subject_scope(claim))

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, TallyClaim) and isinstance(b, TallyClaim)):
            return None
        if a.document == b.document or not _apart_tallies(a, b):
            return None
        if not same_object(a, b) or when(a, b) is When.APART:
            return None
        if a.time_phrase is None or b.time_phrase is None:
            if (a.object is None) != (b.object is None):
                return None  # "The Senate voted 51-49" may be on another bill
            if not told_within(a, b, context.lexicon, "numbers", "tallies", "untimed"):
                return None
        given = one_subject(a, b, context.lexicon)
        if given is None:
            return None
        assert a.subject is not None
        return (
            f"'{a.text}' ({_tally(a)}) vs '{b.text}' ({_tally(b)}) for {a.subject.key}"
            f"{given}: one vote or game cannot have ended both ways"
        )


def _apart_tallies(a: TallyClaim, b: TallyClaim) -> bool:
    """Whether two tallies cannot be of one vote or game: their figures, sorted, differ; or one
    is told as unanimous with no figures and the other has votes on two sides ("4-1")."""
    if a.figures and b.figures:
        return sorted(a.figures) != sorted(b.figures)
    told = a.figures or b.figures
    return sum(1 for figure in told if figure) > 1


def _tally(claim: TallyClaim) -> str:
    """A tally as a message gives it: "5-2", "on June 3: 4-3", "unanimous"."""
    figures = "-".join(map(str, claim.figures)) or "unanimous"
    return f"{claim.time_phrase}: {figures}" if claim.time_phrase else figures


def _singled_sum(subject: Subject, lexicon: Lexicon) -> tuple[str, str, frozenset[str]] | None:
    """Of a sum of money a name owns, told with words before its noun that say which of its
    kind it is ("Idris Valen emergency relief package"): its owner, its kind of ``[priced]``
    in ``units.toml`` and those words; ``None`` for any other subject."""
    owner = subject.owner
    if owner is None or not subject.key.startswith(f"{owner} "):
        return None
    *words, kind = subject.key[len(owner) + 1 :].split()
    if not words or kind not in _priced_kinds(lexicon):
        return None
    return owner, kind, frozenset(words)


def _one_of_its_kind(a: Subject | None, b: Subject | None, lexicon: Lexicon) -> bool:
    """Whether two subjects grouped as one may be one: an owner's sums of one kind told with
    words that single them out are one when the words of one are all among the other's
    ("Idris Valen emergency relief package" and "Idris Valen relief package"; not "Acme
    federal fund" and "Acme relief fund"), and the words of ``which_one`` in
    ``subjects.toml`` are the same in both (not "Acme relief package" and "Acme second
    relief package")."""
    if a is None or b is None or a.key == b.key:
        return True
    singled_a, singled_b = _singled_sum(a, lexicon), _singled_sum(b, lexicon)
    if singled_a is None or singled_b is None:
        return False
    words_a, words_b = singled_a[2], singled_b[2]
    which_one = which_one_words(lexicon)
    return (words_a <= words_b or words_b <= words_a) and (
        words_a & which_one == words_b & which_one
    )


@functools.cache
def _priced_kinds(lexicon: Lexicon) -> frozenset[str]:
    """The kinds of ``[priced]`` in ``units.toml``: what a sum of money may be of."""
    return frozenset(lexicon.table("units").get("priced", {}))


def _paid_for(subject: Subject, lexicon: Lexicon) -> bool:
    """Whether ``subject`` keys a sum a verb of ``[paid_for]`` in ``units.toml`` pays for one
    thing ("Kelder Mining purchase: Orrin Freight"): its owner, the verb's kind, the thing."""
    owned, joined, _ = subject.key.partition(": ")
    return bool(joined) and owned.rpartition(" ")[2] in paid_for_kinds(lexicon)


@functools.cache
def _imposed_kinds(lexicon: Lexicon) -> frozenset[str]:
    """The kinds of ``[imposed]`` in ``units.toml``: sums a decision imposes ("fine")."""
    return frozenset(lexicon.words("units", "imposed", "kinds"))


def _imposed(subject: Subject, lexicon: Lexicon) -> bool:
    """Whether ``subject`` keys a sum of an ``[imposed]`` kind that its payer owns, perhaps
    with another party ("Orrin Freight damages", "Acme settlement with Kelder Bank"), one
    award or settlement however its clause tells it."""
    owned = subject.key.partition(" with ")[0]
    return subject.owner is not None and owned.rpartition(" ")[2] in _imposed_kinds(lexicon)


def _the_one(subject: Subject) -> bool:
    """Whether ``subject``, which no name owns, is "the" one of its kind that its story
    tells of ("the deal", "the total cost"), as sums of money and lengths of time may be."""
    return subject.key.startswith("the ") and bool(subject.story)


def _sharing_pairs(claims: Sequence[Claim]) -> Iterable[tuple[Claim, Claim]]:
    """The pairs of ``claims`` that may be of one thing: of one owner, or sharing a name of
    their stories (an owner's words among them) or a named person who gives them; found in
    about linear time."""
    sharing: dict[Hashable, list[AmountClaim]] = defaultdict(list)
    for claim in claims:
        if not isinstance(claim, AmountClaim) or claim.subject is None:
            continue
        subject = claim.subject
        if subject.owner is not None:
            sharing["owner", subject.key].append(claim)
            names: Iterable[str] = subject.owner.split()
        else:
            names = subject.story
        for name in names:
            sharing["story", name].append(claim)
        teller = _teller(claim)
        if teller is not None:
            sharing["teller", teller].append(claim)
    found: dict[tuple[int, int], tuple[Claim, Claim]] = {}
    for members in sharing.values():
        for a, b in _told_near(members):
            found.setdefault((id(a), id(b)), (a, b))
    return found.values()


def _told_near(claims: Sequence[AmountClaim]) -> Iterable[tuple[AmountClaim, AmountClaim]]:
    """The pairs of ``claims`` of one owner, name or teller to compare: every pair of up to
    :data:`PAIRWISE_LIMIT`; of more (a name an archive's stories keep telling of), the claims
    of each document with those of the :data:`NEIGHBOURS` documents told next after it, as
    the stories that say two things of one happening are those told near in time. The
    work grows with the claims, not with their square."""
    if len(claims) <= PAIRWISE_LIMIT:
        return itertools.combinations(claims, 2)
    of_document: dict[str, list[AmountClaim]] = defaultdict(list)
    for claim in claims:
        of_document[claim.document].append(claim)
    told = {document: of[0].reference for document, of in of_document.items()}
    dated = sorted((when, document) for document, when in told.items() if when is not None)
    documents = [document for _, document in dated]
    documents += sorted(document for document, when in told.items() if when is None)
    return (
        pair
        for place, document in enumerate(documents)
        for later in documents[place + 1 : place + 1 + NEIGHBOURS]
        for pair in itertools.product(of_document[document], of_document[later])
    )


def _one_happening(a: AmountClaim, b: AmountClaim, lexicon: Lexicon) -> str | None:
    """What makes two lengths of "the" happening no name owns one happening's, as a
    message tells it: one named person gives both, or their documents tell one story (the
    names they share); ``None`` when neither does."""
    if (
        a.speaker is not None
        and b.speaker is not None
        and _teller(a) is not None
        and _teller(b) is not None
        and same_speaker(a.speaker, b.speaker)
    ):
        return f", as {a.speaker.name} gives it"
    assert a.subject is not None and b.subject is not None
    return shared_story(a.subject, b.subject, lexicon)


def _happening(subject: Subject) -> str:
    """The kind of happening a length's subject names, whoever owns it: "closure" of "Kesh
    Road closure" and of "the closure"."""
    owner, key = subject.owner, subject.key
    if owner is not None and key.startswith(f"{owner} "):
        return key[len(owner) + 1 :]
    return key.removeprefix("the ") if owner is None else key


def _owner_of_story(owned: AmountClaim, unowned: AmountClaim) -> str | None:
    """Whether "the" happening of ``unowned`` is the one a name owns in ``owned``: its
    document's story is about that name (each of its words among the story's names: "the
    construction", in a story about Kelder Park, is "Kelder Park construction"; or its last
    word the name the story names most: "the sentence", in a story most about Lima, is Ana
    Lima's). How a message tells it; ``None`` when the story is about another."""
    assert owned.subject is not None and unowned.subject is not None
    owner, story = owned.subject.owner or "", unowned.subject.story
    words = owner.split()
    if not words or not (all(word in story for word in words) or (story and story[0] == words[-1])):
        return None
    return f", in a story about {owner}"


@functools.cache
def _lasting_kinds(lexicon: Lexicon, table: str) -> frozenset[str]:
    """The kinds of ``[lasting]`` that table ``table`` of ``units.toml`` lists:
    ``fixed_lengths`` (lengths set when told) or ``several_per_story`` (of these, "the" one of
    a story is compared with a name's own only)."""
    return frozenset(lexicon.words("units", table, "kinds"))


def _teller(claim: Claim) -> Hashable | None:
    """Who gives a claim, when a named person does (:func:`speaker_group`); else ``None``."""
    speaker = claim.speaker
    if speaker is None or speaker.kind is not SpeakerKind.PERSON or speaker.role_only:
        return None
    return speaker_group(speaker)


def _length_outlook(claim: AmountClaim) -> str | None:
    """How a length looks ahead: as its clause does, and as what will be when its clause
    gives a time that starts after its story was written ("a six-month closure starting
    in February", told in December)."""
    outlook = _outlook(claim.mood)
    if outlook is None and claim.time_phrase is not None and claim.window is not None:
        earliest, reference = claim.window.earliest, claim.reference
        if isinstance(earliest, dt.datetime) and reference is not None and earliest > reference:
            return "future"
    return outlook


def _an_age(claim: AmountClaim) -> bool:
    """Whether a claim is an age in years of a person, as of a date."""
    return (
        claim.part == AGE
        and claim.subject is not None
        and claim.reference is not None
        and _dimension(claim.amount) == "[time]"
    )


def _years(claim: AmountClaim) -> int:
    """The whole years of an age claim."""
    return int(claim.amount.low.to("year").magnitude)


def _births(claim: AmountClaim) -> tuple[dt.datetime, dt.datetime]:
    """The births an age claim allows, as of its story's date: after the first instant and up
    to the second ("67" on 5 March 2031: after 5 March 1963, up to 5 March 1964)."""
    assert claim.reference is not None
    years = _years(claim)
    return _years_before(claim.reference, years + 1), _years_before(claim.reference, years)


def _years_before(instant: dt.datetime, years: int) -> dt.datetime:
    """The instant ``years`` calendar years before ``instant`` (29 February: the 28th)."""
    try:
        return instant.replace(year=instant.year - years)
    except ValueError:
        return instant.replace(year=instant.year - years, day=28)
