"""FC2xx: timing."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Hashable

from factcheck._events import holds_on, is_incident, is_recurring, is_state, singled_out
from factcheck._lexicon import Lexicon
from factcheck._model import Claim, EventClaim, Modality, WeekdayClaim
from factcheck._numbers import words_pattern
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import (
    SUPERSEDED_AFTER,
    When,
    describe_window,
    distinct_occasions,
    one_subject,
    same_object,
    same_place,
    same_speaker,
    same_statement,
    subject_scope,
    when,
)

__all__ = ["TimingConflict"]

#: Modalities that commit to an event: a wish or a possibility does not clash with a date.
COMMITTED = frozenset({Modality.ASSERTED, Modality.PLANNED})

#: How long one incident is: two times of an incident in one place further apart are two
#: incidents ("the quake struck on Monday" and "a quake struck there in 2011").
ONE_INCIDENT = dt.timedelta(days=1)


@functools.cache
def _repeats(lexicon: Lexicon) -> re.Pattern[str]:
    """The words of ``[repeats]`` in events.toml, as one pattern."""
    words = words_pattern(lexicon.words("events", "repeats", "words"))
    return re.compile(rf"\b{words}\b", re.IGNORECASE)


def _repeated(a: EventClaim, b: EventClaim, context: Context) -> bool:
    """Whether one of two claims tells its event happened before ("visited the hospital again
    on Tuesday"): its time is another occasion's."""
    pattern = _repeats(context.lexicon)
    return bool(pattern.search(a.text) or pattern.search(b.text))


def _other_incidents(a: EventClaim, b: EventClaim, context: Context) -> bool:
    """Whether two claims of an incident class tell of two incidents: the times they give are
    not within one day of each other (a place has one quake a day, not one ever)."""
    if not is_incident(a.event, lexicon=context.lexicon):
        return False
    windows = [window for window in (a.window, b.window) if window is not None]
    bounds = [
        bound
        for window in windows
        for bound in (window.earliest, window.latest)
        if isinstance(bound, dt.datetime)
    ]
    return len(bounds) < 4 or max(bounds) - min(bounds) > ONE_INCIDENT


def _dated_apart(a: EventClaim, b: EventClaim, context: Context) -> bool:
    """Whether two claims are one statement in two reports that date it on different days,
    with the same time phrase read from each date: "Reis said yesterday that police would leave
    next month" and "Reis said on Friday that police would leave next month". Their windows
    differ only as the dates do, and FC501 reports the dates."""
    if a.speaker is None or b.speaker is None or a.time_phrase is None or b.time_phrase is None:
        return False
    if a.reference is None or b.reference is None or a.reference == b.reference:
        return False
    return (
        abs(a.reference - b.reference) <= SUPERSEDED_AFTER  # else two statements (FC501)
        and a.time_phrase.lower() == b.time_phrase.lower()
        and same_speaker(a.speaker, b.speaker)
        and same_statement(a.text, b.text, context.lexicon)
    )


@register
class TimingConflict(Rule):
    """One event of one subject, placed at times that do not overlap.

    Both claims assert (or plan) the same event for the same subject, each with a stated time
    ("now", "within 60 to 100 days", "by March"), and the windows share no moment. A state
    (``state`` classes, and ``holding`` verbs: "has stayed shut since the storm") holds over
    its time and is no event placed there. Events that happen to a subject again and again (a
    rise, a fall, a meeting held: ``recurring`` in ``events.toml``) are not set against each
    other: each time is another occasion, unless a word of the class's ``singled_by`` names
    one ("will hold its first hearing on the spill on Thursday" and "the board's first
    hearing, set for Friday"); so is a time told of as a repeat ("visited the hospital again on
    Tuesday": ``[repeats]`` there); an incident (a quake striking: ``incident``) happens to a
    place once a day, so only times within one day are. Nor are two reports of one statement
    that date it on different days with the same time phrase ("said on Friday … next month",
    "said yesterday … next month"): their windows differ only as the dates do, which FC501
    reports. A name owns a thing in the possessive ("Kesby United's new stadium") or in a
    clause right after it by a verb of ``making`` in ``subjects.toml`` ("the new stadium that
    Kesby United are building"). A thing of ``[things]`` that no name owns ("The bridge
    collapsed on Friday") is the one its story tells of, and one with that of another report
    of the same story, unless the words before their nouns tell two apart ("the hosepipe
    ban", "the parking ban"). A measure of ``[measures]`` (a curfew, a lockdown) is put in
    place and lifted again and again: two times told as done for one such event by stories
    written further apart than ``[next_occasion]`` (a week) are two occasions.

    **Conflict**::

        a.md (2031-03-05): The Norvik workers are coming home now, the company said.
        b.md (2031-03-05): Norvik workers will leave within 30 to 45 days, an official said.

    **No conflict**::

        a.md (2031-03-05): The Norvik workers are coming home now, the company said.
        b.md (2031-03-05): Norvik workers will leave within the next few days, an official said.
    """

    code = "FC201"
    name = "timing-conflict"
    summary = "One event of one subject placed at times that do not overlap."
    claim_type = EventClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if (
            not isinstance(claim, EventClaim)
            or claim.subject is None
            or claim.modality not in COMMITTED
            or not claim.window_stated
            or is_state(claim.event, lexicon=context.lexicon)  # "remain" now and later agree
            # "has stayed shut since the storm" is a state too, not the closing
            or holds_on(claim.event, claim.text, lexicon=context.lexicon)
            # "grew 0.4% in the second quarter" and "grew 1.9% in 2030": two occasions; not
            # "will hold its first hearing on the spill on Thursday" and "on Friday"
            or (
                is_recurring(claim.event, lexicon=context.lexicon)
                and not singled_out(claim.event, claim.subject.key, lexicon=context.lexicon)
            )
        ):
            return None
        return (claim.subject.key, claim.event, claim.polarity, subject_scope(claim))

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, EventClaim) and isinstance(b, EventClaim)):
            return None
        if not (same_place(a, b) and same_object(a, b)):
            return None
        if when(a, b) is not When.APART or distinct_occasions(a, b, context.lexicon):
            return None
        if _other_incidents(a, b, context) or _repeated(a, b, context):
            return None
        if _dated_apart(a, b, context):
            return None
        # Last, as it reads the stories: "the bridge" of one is that of another of the same
        one = one_subject(a, b, context.lexicon)
        if one is None:
            return None
        return (
            f"'{a.text}' ({describe_window(a.window)}) vs '{b.text}' "
            f"({describe_window(b.window)}): the windows for {a.event} do not overlap{one}"
        )


#: The days of the week, Monday first, as messages name them (whatever the locale).
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@register
class WeekdayMismatch(Rule):
    """A date given with a day of the week it does not fall on.

    "Friday, December 13" in a story of October 2031 names December 13, 2031, a Saturday:
    the date or the day is wrong, and a reader cannot tell which. A date with no year is the
    one its story's date and the tense of its clause give, near the story (a date further
    off than half a year is taken in the year whose calendar fits the day, and is not
    reported); a date in a quote is read from when the quote was said.

    **Conflict**::

        a.md (2031-10-21): The Tallow Street library will close for good on Friday, December 13.

    **No conflict**::

        a.md (2031-10-21): The Tallow Street library will close for good on Saturday, December 13.
    """

    code = "FC202"
    name = "weekday-mismatch"
    summary = "A date given with a day of the week it does not fall on."
    claim_type = WeekdayClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, WeekdayClaim) or claim.falls_on_it:
            return None  # a date that falls on its day has nothing to say (nor to keep)
        return claim.date.isoformat()

    def alone(self, claim: Claim, context: Context) -> str | None:
        if not isinstance(claim, WeekdayClaim) or claim.falls_on_it:
            return None
        return (
            f"'{claim.text}' calls {claim.date.isoformat()} a {_WEEKDAYS[claim.weekday - 1]}, "
            f"but it is a {_WEEKDAYS[claim.date.isoweekday() - 1]}"
        )
