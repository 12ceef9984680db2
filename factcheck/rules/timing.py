"""FC2xx: timing."""

from __future__ import annotations

from collections.abc import Hashable

from factcheck._events import is_recurring, is_state
from factcheck._model import Claim, EventClaim, Modality
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import (
    When,
    describe_window,
    distinct_occasions,
    same_object,
    same_place,
    when,
)

__all__ = ["TimingConflict"]

#: Modalities that commit to an event: a wish or a possibility does not clash with a date.
COMMITTED = frozenset({Modality.ASSERTED, Modality.PLANNED})


@register
class TimingConflict(Rule):
    """One event of one subject, placed at times that do not overlap.

    Both claims assert (or plan) the same event for the same subject, each with a stated time
    ("now", "within 60 to 100 days", "by March"), and the windows share no moment. Events that
    happen to a subject again and again (a rise, a fall: ``recurring`` in ``events.toml``) are
    not set against each other: each time is another occasion.

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
            # "grew 0.4% in the second quarter" and "grew 1.9% in 2030": two occasions
            or is_recurring(claim.event, lexicon=context.lexicon)
        ):
            return None
        scope = None if claim.subject.owner is not None else claim.document
        return (claim.subject.key, claim.event, claim.polarity, scope)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, EventClaim) and isinstance(b, EventClaim)):
            return None
        if not (same_place(a, b) and same_object(a, b)):
            return None
        if when(a, b) is not When.APART or distinct_occasions(a, b):
            return None
        return (
            f"'{a.text}' ({describe_window(a.window)}) vs '{b.text}' "
            f"({describe_window(b.window)}): the windows for {a.event} do not overlap"
        )
