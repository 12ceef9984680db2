"""FC3xx: stance."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Hashable, Sequence

from factcheck._events import holds_on, is_state, settles_once, stance_class
from factcheck._intervals import window_within
from factcheck._model import Claim, EventClaim, Polarity, Tense
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import (
    SUPERSEDED_AFTER,
    When,
    describe_event,
    distinct_occasions,
    one_subject,
    same_object,
    same_place,
    subject_scope,
    told_within,
    when,
    within_horizon,
)
from factcheck.rules.timing import COMMITTED

__all__ = ["StanceConflict"]

#: Where ``events.toml`` says how long what a change does is known to last.
_LASTING = ("events", "lasting", "within")


def _stance(claim: EventClaim, context: Context) -> tuple[str, Polarity]:
    """The event as a canonical (class, polarity): "withdraw" and "lift" read as "not remain",
    and "not remain" as itself (:func:`~factcheck._events.stance_class`)."""
    stance = stance_class(claim.event, lexicon=context.lexicon) or claim.event
    if claim.event == stance:
        return claim.event, claim.polarity
    flipped = Polarity.NEGATIVE if claim.polarity is Polarity.POSITIVE else Polarity.POSITIVE
    return stance, flipped


def _denied_elsewhere(a: EventClaim, b: EventClaim, context: Context) -> bool:
    """Whether one of two claims denies a happening that the other tells of, at a time the
    denial does not hold all of: "did not visit the ward on Monday" and "visited it on
    Tuesday", "will not leave in March" and "will leave within 60 days". A happening takes
    place at some moment of its window, and its denial says none of its own has it: they
    clash only when the denial's time holds all of the other's ("has not visited the depot
    since the flood" and "visited the depot on Wednesday"). A state ("remained open") holds
    over all of its time, so two times of one need only meet."""
    if a.event != b.event or a.polarity is b.polarity:
        return False
    lexicon = context.lexicon
    if holds_on(a.event, a.text, lexicon=lexicon) or holds_on(b.event, b.text, lexicon=lexicon):
        return False
    told, denial = (a, b) if a.polarity is Polarity.POSITIVE else (b, a)
    if told.window is None or denial.window is None:
        return False
    if _untimed_futures(told, denial):
        return False  # "will appeal", and days later "will not appeal": one question
    return not window_within(told.window, denial.window)


def _untimed_futures(a: EventClaim, b: EventClaim) -> bool:
    """Whether two claims tell what is to come at no time of their own, in stories written
    within :data:`SUPERSEDED_AFTER` of each other: each window opens at its own story's date,
    but the later story's denial answers the earlier story's question, whose answer had not
    come when it was written."""
    return (
        a.tense is Tense.FUTURE
        and b.tense is Tense.FUTURE
        and not a.window_stated
        and not b.window_stated
        and a.reference is not None
        and b.reference is not None
        and abs(a.reference - b.reference) <= SUPERSEDED_AFTER
    )


def _untold_past(a: EventClaim, b: EventClaim) -> bool:
    """Whether ``a`` happened at an untold time in the past ("have remained", "left") and ``b``
    cannot be placed against it: ``b`` is past too, as vague, or said at another time (in
    January, "have remained" says nothing definite about September)."""
    if a.tense is not Tense.PAST or a.window_stated:
        return False
    if b.tense is Tense.PAST or not b.window_stated:
        return True
    return (
        a.reference is None
        or b.reference is None
        or abs(a.reference - b.reference) > SUPERSEDED_AFTER
    )


def _settled_once(a: EventClaim, b: EventClaim, context: Context) -> bool:
    """Whether two opposite events told as past, of classes that settle what they act on once
    (``once`` in events.toml), tell of one decision on one thing told of by both: "The council
    rejected an amendment by Tessa Orvo" and "approved an amendment from Tessa Orvo",
    in stories written within ``[once]`` of each other."""
    lexicon = context.lexicon
    return (
        a.tense is Tense.PAST
        and b.tense is Tense.PAST
        and a.object is not None
        and b.object is not None
        and settles_once(a.event, lexicon=lexicon)
        and settles_once(b.event, lexicon=lexicon)
        and told_within(a, b, lexicon, "events", "once", "within")
    )


def _change_from_now(a: EventClaim, b: EventClaim, context: Context) -> bool:
    """Whether ``a`` says how things are now and ``b`` tells of a change from that, now or to
    come: "2,500 workers are based in the valley" and "they are coming home now" (a state and
    the change away from it), or "it is open" and "it will shut down" at an untold time. Both
    hold, one after the other. A change under way is not followed so by the state it leaves:
    "they are withdrawing" and "they will remain" do not both hold."""
    if a.tense is not Tense.PRESENT or b.tense not in (Tense.PRESENT, Tense.FUTURE):
        return False
    lexicon = context.lexicon
    a_state, b_state = is_state(a.event, lexicon=lexicon), is_state(b.event, lexicon=lexicon)
    both_positive = a.polarity is Polarity.POSITIVE and b.polarity is Polarity.POSITIVE
    if a_state and not b_state:
        return both_positive
    if b_state and not a_state and both_positive:
        return False
    return (
        not a.window_stated
        and b.tense is Tense.FUTURE
        and not b.window_stated
        and not holds_on(b.event, b.text, lexicon=lexicon)
    )


def _changed_since(state: EventClaim, change: EventClaim, context: Context) -> bool:
    """Whether ``change`` tells, as done, the end of a ``state`` that an earlier story told as
    holding with no end ("the curfew will hold for now", "until the river falls"), at a time
    after that story or an untold one: news of what that story left open, not a denial of it
    ("the curfew was lifted on Friday", written a week later)."""
    if not holds_on(state.event, state.text, lexicon=context.lexicon):
        return False  # every verb of a state class holds on
    if change.tense is not Tense.PAST or state.window is None or change.window is None:
        return False
    told, done = state.reference, change.window.earliest
    return (
        state.window.latest is None
        and told is not None
        and change.reference is not None
        and change.reference > told
        and (done is None or (isinstance(done, dt.datetime) and done >= told))
    )


def _undone(change: EventClaim, state: EventClaim, context: Context) -> bool:
    """Whether ``change`` is done before the opposite ``state`` would hold, by stories written
    within ``[lasting]`` of ``events.toml`` of each other (a month by default): both told as
    what is to come ("closes Kesby Academy this summer" and "Kesby Academy will remain
    open next year"), or the change told as done at a time it gives, no longer than that
    before the state told as holding at no time of its own ("Ana Lima resigned on Tuesday"
    and, six days later, "Ana Lima, who remains in charge"). What a change does lasts; a story
    written much later may know it undone ("reopened"), and one that told of it as past at an
    untold time, or long before ("closed in 2019"), may be followed by such news untold."""
    lexicon = context.lexicon
    if holds_on(change.event, change.text, lexicon=lexicon) or not holds_on(
        state.event, state.text, lexicon=lexicon
    ):
        return False
    if change.polarity is not Polarity.POSITIVE or state.polarity is not Polarity.POSITIVE:
        return False
    if change.window is None or state.window is None:
        return False
    done, holding, told = change.window.latest, state.window.earliest, change.reference
    if not (
        isinstance(done, dt.datetime)
        and isinstance(holding, dt.datetime)
        and told is not None
        and done <= holding
        and told_within(change, state, lexicon, *_LASTING)
    ):
        return False
    if told < done:
        return True
    # Told as done: the state must be told as holding at no time of its own, or at one that
    # starts with its story or later ("will remain closed next week": it holds from then on);
    # "has stayed closed since April 30" began after a reopening on April 27, with another
    # change.
    from_its_story = state.reference is not None and holding >= state.reference
    return (
        change.window_stated
        and (not state.window_stated or from_its_story)
        and within_horizon(done, holding, lexicon, *_LASTING)
    )


@register
class StanceConflict(Rule):
    """Opposite events asserted for one subject at overlapping times.

    One claim says the subject will leave and the other that it will remain (or one that it
    will leave and the other that it will not, or that none will: "No troops will leave",
    ``[denied_subjects]`` in ``events.toml``), and the two windows share a moment. Wishes,
    possibilities and conditions ("wants to", "could", "not … until") are not stances. What a
    change does lasts: a change told as to come ("closes this summer"), or as done at a time
    told up to a month before ("resigned on Tuesday"), also denies the opposite state told as
    holding after it ("will remain open next year", "who remains in charge": ``holding``
    verbs and state classes in ``events.toml``) when the stories were written up to a month
    apart (``[lasting]``), unless that state is told as holding since a time after the change
    ("has stayed closed since Wednesday": another change may have come between); two
    changes ("will close", "will reopen") can both happen, and so can a state told as
    holding now and a change from it ("is closed", "will reopen"), not the opposite state
    told as holding on ("will remain open"). A state
    told as having held since what the story tells of ("has stayed shut since the storm",
    "has kept running throughout": ``[throughout]``) holds all along the month before its
    story, and a change to the opposite told in that time denies it. What a clause
    tells as coming after a happening ("40 engineers will stay on after the withdrawal": the
    ``nouns`` of ``events.toml``) does not deny it, and is set against what others tell as
    coming after it only ("no troops will remain once the withdrawal is complete"). Two
    opposite events told as past at untold times may both have happened, one after the other;
    but a relation that settles what it acts on once (``once`` in events.toml: approving or
    rejecting one amendment, winning or losing one final) is one decision when both tell
    what it acted on and their stories were written within ``[once]`` (a week). A state an
    earlier story told as holding with no end ("the curfew will hold for now", "until the
    river falls") and its end told as done by a later story, after the
    first ("the curfew was lifted on Tuesday"), are news, not a denial. Lifting a measure
    ("the council lifted the curfew") is the opposite of its remaining in force. A
    happening of a class with no opposite ("visit") is set against its denial, and any
    happening against its denial only when the denial holds at every moment of a time that
    holds the happening's: "has not visited the depot since the flood" (the month before its
    story, as for a state held since), "has never visited it", or "did not visit it this
    week", against "visited the depot on Monday"; not "did not visit it on Tuesday", nor "will
    not close in June" against "will close by the end of the year". A happening and its denial
    both told as to come at no time of their own, by stories written within a week, answer
    one question: "will appeal the ruling" and, the next day, "will not appeal". A thing
    of ``[things]`` that no name owns ("The bridge remains closed") is the one its story tells
    of, and one with that of another report of the same story, unless the words before their
    nouns tell two apart ("the hosepipe ban", "the parking ban").

    **Conflict**::

        a.md (2031-03-05): Norvik workers will be leaving the valley, the chief executive said.
        b.md (2031-03-05): Norvik workers will remain in the valley for now, the company said.

    **No conflict**::

        a.md (2031-03-05): Norvik workers will be leaving the valley, the chief executive said.
        b.md (2031-03-05): The chief executive wants Norvik workers to remain in the valley.
    """

    code = "FC301"
    name = "stance-conflict"
    summary = "Opposite events asserted for one subject at overlapping times."
    claim_type = EventClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if (
            not isinstance(claim, EventClaim)
            or claim.subject is None
            # "people" in general take no stance; "the bridge" of a story does
            or (claim.subject.owner is None and not claim.subject.story)
            or claim.modality not in COMMITTED
        ):
            return None
        # a class with no opposites: what happened, against its denial
        stance, _ = _stance(claim, context)
        scope = subject_scope(claim)
        # "will remain after the withdrawal" tells what follows the withdrawal: not against it
        return (claim.subject.key, stance, scope, claim.follows)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, EventClaim) and isinstance(b, EventClaim)):
            return None
        if _stance(a, context) == _stance(b, context):
            return None
        if not (same_place(a, b) and same_object(a, b)) or _denied_elsewhere(a, b, context):
            return None
        if (_untold_past(a, b) or _untold_past(b, a)) and not _settled_once(a, b, context):
            return None
        undone = _undone(a, b, context) or _undone(b, a, context)
        # "left in 2011", then "will stay": another occasion; "resigned on Tuesday", then
        # "remains in charge" six days on: the same
        if distinct_occasions(a, b, context.lexicon) and not undone:
            return None
        if _change_from_now(a, b, context) or _change_from_now(b, a, context):
            return None
        if _changed_since(a, b, context) or _changed_since(b, a, context):
            return None
        relation = when(a, b)
        if relation is When.APART:
            if undone:
                times = "what the change does lasts into the other's time"
            else:
                return None
        elif relation is When.UNKNOWN:
            times = "the publication dates are not known, so they are taken to be the same"
        elif a.event == b.event:
            times = "it is told as happening in a time its denial holds all of"
        else:
            times = "the windows overlap"
        one = one_subject(a, b, context.lexicon)
        if one is None:
            return None  # "the bridge" of another story
        subject = a.subject.key if a.subject else "one subject"
        return (
            f"'{a.text}' ({describe_event(a)}) vs '{b.text}' ({describe_event(b)}) for "
            f"{subject}{one}: opposite events, and {times}"
        )

    def consensus(self, claims: Sequence[Claim], context: Context) -> Sequence[Claim]:
        """The claims with the stance most of the group takes."""
        events = [c for c in claims if isinstance(c, EventClaim)]
        counts = Counter(_stance(c, context) for c in events)
        if not counts:
            return ()
        majority = max(sorted(counts, key=str), key=lambda stance: counts[stance])
        return [c for c in events if _stance(c, context) == majority][:3]
