"""How two claims relate in time and in voice, and how their values read in a message."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import math
import re
from collections.abc import Iterator, Sequence

from rapidfuzz import fuzz

from factcheck._events import inflections
from factcheck._intervals import windows_overlap
from factcheck._lexicon import Lexicon
from factcheck._model import (
    AmountClaim,
    Claim,
    EventClaim,
    FindingKind,
    Speaker,
    SpeakerKind,
    Subject,
    TallyClaim,
    Tense,
    TimeBound,
    TimeWindow,
)
from factcheck._story import one_story
from factcheck._subjects import is_measure
from factcheck._timecalendar import Offset, add_offset, lexicon_offset
from factcheck._units import unit_name, unlisted_kind
from factcheck._words import function_words
from factcheck.rules._base import Context

__all__ = [
    "NEIGHBOURS",
    "PAIRWISE_LIMIT",
    "SUPERSEDED_AFTER",
    "When",
    "classify",
    "describe_amount",
    "describe_event",
    "describe_window",
    "distinct_occasions",
    "horizon_end",
    "one_subject",
    "same_object",
    "same_place",
    "same_speaker",
    "same_statement",
    "same_voice",
    "shared_story",
    "speaker_group",
    "statement_words",
    "subject_scope",
    "told_within",
    "when",
    "within_horizon",
]

#: Where events.toml gives how soon after an occasion a plan for the event is for the next.
_NEXT_OCCASION = ("events", "next_occasion", "after")

#: Claims whose reference instants lie further apart than this were made at different times.
SUPERSEDED_AFTER = dt.timedelta(days=7)


class When(enum.Enum):
    """Whether two claims' windows share a moment."""

    OVERLAP = "overlap"
    APART = "apart"
    UNKNOWN = "unknown"  # a document's date is missing, so its window floats


def when(a: Claim, b: Claim) -> When:
    """How the windows of ``a`` and ``b`` relate. A claim without a window holds at its
    reference instant; windows relative to an unknown date are comparable only with windows
    of the same document."""
    wa, wb = a.window, b.window
    if wa is None or wb is None:
        return When.OVERLAP
    if (wa.is_relative or wb.is_relative) and a.document != b.document:
        return When.UNKNOWN
    overlap = windows_overlap(wa, wb)
    if overlap is None:
        return When.UNKNOWN
    return When.OVERLAP if overlap else When.APART


def distinct_occasions(a: EventClaim, b: EventClaim, lexicon: Lexicon) -> bool:
    """Whether two event claims must be about different occasions: one reports the event as
    done by a time before the other was said, and the other places it now or later ("left
    Iraq in 2011" and, in 2019, "will be brought home"). Events recur; a plan made after one
    occasion is about the next, unless the one told as done at a time it gives ended no
    longer than ``[next_occasion]`` of events.toml before ("The curfew took effect at
    midnight" and, two days on, "The curfew will not start until March 4"). A measure is put
    in place and lifted again and again: two reports of such an event of it as done, by
    stories written further apart than ``[next_occasion]``, are of two occasions ("The
    lockdown began on March 23", told in two springs)."""
    if _measure_again(a, b, lexicon):
        return True
    for done, coming in ((a, b), (b, a)):
        if done.tense is not Tense.PAST or coming.tense is Tense.PAST:
            continue
        ended = done.window.latest if done.window is not None else None
        if (
            isinstance(ended, dt.datetime)
            and coming.reference is not None
            and ended <= coming.reference
            and not (
                done.window_stated
                and within_horizon(ended, coming.reference, lexicon, *_NEXT_OCCASION)
            )
        ):
            return True
    return False


def _measure_again(a: EventClaim, b: EventClaim, lexicon: Lexicon) -> bool:
    """Whether two events told as done of one measure of ``[measures]`` in subjects.toml are
    told by stories written further apart than ``[next_occasion]`` of events.toml."""
    if a.tense is not Tense.PAST or b.tense is not Tense.PAST or a.subject is None:
        return False
    if not is_measure(a.subject.key, lexicon):
        return False
    if a.reference is None or b.reference is None:
        return False
    earlier, later = sorted((a.reference, b.reference))
    return not within_horizon(earlier, later, lexicon, *_NEXT_OCCASION)


def same_place(a: EventClaim, b: EventClaim) -> bool:
    """Whether two events can happen in one place: the same place, or one not named."""
    return a.place is None or b.place is None or a.place == b.place


def shared_story(a: Subject, b: Subject, lexicon: Lexicon) -> str | None:
    """What makes two subjects that no name owns, each "the" one of its kind that its story
    tells of ("the deal", "the bridge"), one, as a message tells it: their documents tell one
    story (:func:`one_story`), about the names they share. ``None`` when they do not."""
    if not one_story(a.story, b.story, lexicon):
        return None
    shared = [name for name in a.story if name in b.story][:3]
    named = shared[-1] if len(shared) == 1 else f"{', '.join(shared[:-1])} and {shared[-1]}"
    return f", in stories that both name {named}"


def subject_scope(claim: Claim) -> str | None:
    """Where the subject of ``claim`` is one thing: anywhere when a name owns it or it is "the"
    one its story tells of ("the bridge"; see :func:`one_subject`), else in its document
    only ("the troops" of one report may be others than those of another)."""
    subject = claim.subject
    if subject is not None and (subject.owner is not None or subject.story):
        return None
    return claim.document


def one_subject(a: Claim, b: Claim, lexicon: Lexicon) -> str | None:
    """What makes the subjects of two claims keyed alike one thing, as a message tells it:
    nothing to tell when a name owns them or one document tells of both, else the story their
    documents tell (:func:`shared_story`). ``None`` when they may be two."""
    if a.subject is None or b.subject is None:
        return None
    if (
        isinstance(a, EventClaim)
        and isinstance(b, EventClaim)
        and not _same_kind(a.subject, b.subject)
    ):
        return None
    if a.subject.owner is not None or a.document == b.document:
        return ""
    return shared_story(a.subject, b.subject, lexicon)


def _same_kind(a: Subject, b: Subject) -> bool:
    """Whether "the" things of a story that events tell of, keyed alike, may be one: the words
    before the noun of one phrase are among those of the other ("the weight limit" and "the
    limit"), not others ("the hosepipe ban" and "the parking ban" are two, as the rail
    bridge and the road bridge are). Subjects of other kinds are one by their key."""
    if a.owner is not None or not a.story or not a.key.startswith("the ") or ":" in a.key:
        return True
    a_words, b_words = (set(subject.text.lower().split()[1:-1]) for subject in (a, b))
    return a_words <= b_words or b_words <= a_words


def same_object(a: EventClaim | TallyClaim, b: EventClaim | TallyClaim) -> bool:
    """Whether two events (or tallies) can be of one thing: one object not named, or the same
    head noun with the words before it in one among those in the other ("won the election"
    and "lost the mayoral election"); "won the election" and "lost the final" are two
    contests, "passed the health bill" and "rejected the tax bill" two bills."""
    if a.object is None or b.object is None:
        return True
    *a_words, a_head = a.object.split()
    *b_words, b_head = b.object.split()
    if a_head != b_head:
        return False
    a_set, b_set = set(a_words), set(b_words)
    return a_set <= b_set or b_set <= a_set


def speaker_group(speaker: Speaker | None) -> str | None:
    """The key a speaker's claims are grouped by: a person's surname, so that "sanders" meets
    "sarah sanders" (:func:`same_speaker` then decides), or a body's key; ``None`` for no
    speaker or an unnamed one."""
    if speaker is None or speaker.kind is SpeakerKind.UNNAMED:
        return None
    return speaker.key.split()[-1] if speaker.kind is SpeakerKind.PERSON else speaker.key


def same_speaker(a: Speaker, b: Speaker) -> bool:
    """Whether two speakers are the same: equal keys, or a surname and a full name that ends in
    it ("trump", "donald trump")."""
    if a.key == b.key:
        return True
    if a.kind is not SpeakerKind.PERSON or b.kind is not SpeakerKind.PERSON:
        return False
    # The shorter first (``a``'s of two as long), without sorting: FC402 asks this of each
    # pair of a group of quotes of the same words (244k pairs in a check of 10k articles).
    short, long = a.key.split(), b.key.split()
    if len(short) > len(long):
        short, long = long, short
    return len(short) == 1 and long[-1:] == short


#: How alike two statements must be to be taken for one (rapidfuzz token set ratio, 0–100).
SAME_STATEMENT = 80.0

_WORD = re.compile(r"\w+")


def statement_words(text: str) -> list[str]:
    """The words of a statement, lowercased."""
    return _WORD.findall(text.lower())


def same_statement(a: str, b: str, lexicon: Lexicon) -> bool:
    """Whether two reports give one statement: alike in words, the content words of one all
    in the other, in one form or another ("the pier would close" and "the pier would close in
    May"; "members would be balloted" and "would ballot members"; not "the budget review was
    done" and "the security review was done"), and the same numbers."""
    a, b = a.lower(), b.lower()
    if fuzz.token_set_ratio(a, b) < SAME_STATEMENT:
        return False
    closed = function_words(lexicon)
    shorter, longer = sorted(
        ({word for word in _WORD.findall(text) if word not in closed} for text in (a, b)), key=len
    )
    return (
        len(shorter) >= 2
        and all(
            word in longer or any(_one_word(word, other) for other in longer) for word in shorter
        )
        and _numbers(a) == _numbers(b)
    )


@functools.lru_cache(maxsize=8192)
def _one_word(a: str, b: str) -> bool:
    """Whether two words are forms of one ("balloted" and "ballot", "members" and "member"):
    one is among the regular forms of the other (:func:`factcheck._events.inflections`)."""
    return a in inflections(b, {}) or b in inflections(a, {})


@functools.lru_cache(maxsize=4096)
def _numbers(text: str) -> tuple[str, ...]:
    """The words of ``text`` with digits in them (a much-reported statement recurs)."""
    return tuple(word for word in _WORD.findall(text) if any(c.isdigit() for c in word))


def same_voice(a: Claim, b: Claim, context: Context) -> bool:
    """Whether one voice says both: one speaker, or the article's own voice in one document
    (or in documents of one outlet)."""
    if a.speaker is not None and b.speaker is not None:
        return same_speaker(a.speaker, b.speaker)
    if a.speaker is None and b.speaker is None:
        outlet = context.outlet(a)
        return a.document == b.document or (outlet is not None and outlet == context.outlet(b))
    return False


#: Claims up to this many are compared pair by pair; more, each against a few chosen others
#: (the engine's consensus of a group, or :data:`NEIGHBOURS`), so that work grows with them.
PAIRWISE_LIMIT = 48
#: In a large group, each claim is compared with this many neighbours in each sorted order.
NEIGHBOURS = 8


def sorted_neighbours(
    claims: Sequence[Claim], words: Sequence[Sequence[str]]
) -> Iterator[tuple[Claim, Claim]]:
    """Pairs of claims whose words (``words[i]`` for ``claims[i]``) sort near each other read
    forwards and backwards: two wordings that differ in a few words share a beginning or an
    end (the sorted neighbourhood method of record linkage), found in n log n."""
    forwards = [" ".join(w) for w in words]
    backwards = [" ".join(reversed(w)) for w in words]
    for text in (forwards, backwards):
        order = sorted(range(len(claims)), key=lambda index: (text[index], index))
        for position, index in enumerate(order):
            for other in order[position + 1 : position + 1 + NEIGHBOURS]:
                yield claims[index], claims[other]


def classify(a: Claim, b: Claim, context: Context, *, supersedes: bool = True) -> FindingKind:
    """Contradiction, disagreement or superseded, from the claims' speakers and dates;
    never superseded unless a later claim of their kind ``supersedes`` an earlier one."""
    apart = a.reference is not None and b.reference is not None and abs(a.reference - b.reference)
    if supersedes and apart and apart > SUPERSEDED_AFTER:
        return FindingKind.SUPERSEDED
    return FindingKind.CONTRADICTION if same_voice(a, b, context) else FindingKind.DISAGREEMENT


def _bound(value: TimeBound | None, *, open_as: str) -> str:
    if value is None:
        return open_as
    if isinstance(value, dt.timedelta):
        days = value / dt.timedelta(days=1)
        if days == 0:
            return "t"
        sign = "+" if days > 0 else "−"
        amount = abs(days)
        text = (
            f"{amount:g}d"
            if amount >= 1 or amount == 0
            else f"{abs(value / dt.timedelta(hours=1)):g}h"
        )
        return f"t{sign}{text}"
    if value.time() == dt.time(0):
        return value.date().isoformat()
    return value.isoformat(sep=" ", timespec="minutes")


def describe_window(window: TimeWindow | None) -> str:
    """A window as an editor reads it: "2018-12-19 … 2018-12-22", "t … t+3d", "from t on"."""
    if window is None:
        return "at the time of writing"
    if window.earliest is not None and window.latest is None:
        return f"from {_bound(window.earliest, open_as='')} on"
    if window.earliest is None and window.latest is not None:
        return f"until {_bound(window.latest, open_as='')}"
    return f"{_bound(window.earliest, open_as='…')} … {_bound(window.latest, open_as='…')}"


#: The scales a large figure is written in, as news writes them ("5.1 billion").
_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def _in_scale(magnitude: float) -> str | None:
    """A figure of a million or more in its scale ("5.1 billion"); ``None`` for a smaller one,
    or one its scale would round ("140,937,785")."""
    for size, name in _SCALES:
        if abs(magnitude) >= size:
            scaled = magnitude / size
            rounded = f"{scaled:.4g}"
            return f"{rounded} {name}" if math.isclose(float(rounded), scaled) else None
    return None


def _quantity(magnitude: float, unit: str) -> str:
    if magnitude == float("inf"):
        return "∞"
    if abs(magnitude) >= 1e15:
        text = f"{magnitude:.3g}"
    elif (scaled := _in_scale(magnitude)) is not None:
        text = scaled
    elif magnitude == int(magnitude) or abs(magnitude) >= 1e6:
        text = f"{magnitude:,.0f}"
    else:
        text = f"{magnitude:,.4g}"
    return f"{text} {unit}" if unit and unit != "dimensionless" else text


def describe_amount(claim: AmountClaim) -> str:
    """An amount's interval in its own unit: "1,800–2,200 troop", "more than 2,000 troop"."""
    amount = claim.amount
    unit = unit_name(amount.low)
    unit = unlisted_kind(unit) or unit  # "35 body", not the unit's name
    low, high = amount.magnitudes
    if not amount.in_base_units[1]:  # the ends are in two units
        high = amount.high.to(amount.low.units).magnitude
    if low == high:
        return _quantity(low, unit)
    if high == float("inf"):
        return f"{'more than' if amount.low_open else 'at least'} {_quantity(low, unit)}"
    return f"{_quantity(low, '')}–{_quantity(high, unit)}"


def describe_event(claim: EventClaim) -> str:
    """An event as asserted: "withdraw, future", "not remain, present", "remain after
    withdraw, from 2031-03-05 on"."""
    negation = "not " if claim.polarity.value == "negative" else ""
    after = f" after {claim.follows}" if claim.follows is not None else ""
    return f"{negation}{claim.event}{after}, {describe_window(claim.window)}"


def told_within(a: Claim, b: Claim, lexicon: Lexicon, *keys: str) -> bool:
    """Whether the stories of ``a`` and ``b`` were written no further apart than the ISO 8601
    duration the lexicon gives at ``keys`` ("units", "untimed", "within"); ``False`` when
    either has no reference date."""
    earlier, later = a.reference, b.reference
    if earlier is None or later is None:
        return False
    if later < earlier:  # not sorted(): FC102 asks this of 208k pairs of 10k articles
        earlier, later = later, earlier
    return within_horizon(earlier, later, lexicon, *keys)


def within_horizon(earlier: dt.datetime, later: dt.datetime, lexicon: Lexicon, *keys: str) -> bool:
    """Whether ``later`` comes no further after ``earlier`` than the ISO 8601 duration the
    lexicon gives at ``keys``."""
    end = horizon_end(earlier, lexicon, *keys)
    return end is None or later <= end


def horizon_end(earlier: dt.datetime, lexicon: Lexicon, *keys: str) -> dt.datetime | None:
    """``earlier`` moved by the ISO 8601 duration the lexicon gives at ``keys``; ``None``
    past the calendar's end (every instant is within it)."""
    return _horizon_end(earlier, lexicon_offset(lexicon, keys))


@functools.lru_cache(maxsize=1 << 14)
def _horizon_end(earlier: dt.datetime, horizon: Offset) -> dt.datetime | None:
    """``earlier`` moved by ``horizon``; ``None`` past the calendar's end. Kept for the
    instants of the last pairs compared: stories share a reference date, and each claim of a
    group is compared with the others."""
    try:
        return add_offset(earlier, horizon)
    except (OverflowError, ValueError):
        return None
