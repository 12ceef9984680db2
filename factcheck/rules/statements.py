"""FC5xx: statement dates."""

from __future__ import annotations

from collections.abc import Hashable

from rapidfuzz import fuzz

from factcheck._model import Claim, SpeakerKind, StatementDateClaim
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import When, describe_window, same_speaker, when

__all__ = ["StatementDateMismatch"]

#: How alike two statements must be to be taken for one (rapidfuzz token set ratio, 0–100).
SAME_STATEMENT = 80.0


@register
class StatementDateMismatch(Rule):
    """One statement of one speaker dated on different days.

    Two reports of a statement with the same content by the same speaker give it dates that do
    not overlap ("said Wednesday" and "said on Tuesday").

    **Conflict**::

        a.md (2031-03-06): Ana Lima said Wednesday that the pier would close in May.
        b.md (2031-03-06): Ana Lima said on Tuesday that the pier would close in May.

    **No conflict**::

        a.md (2031-03-06): Ana Lima said Wednesday that the pier would close in May.
        b.md (2031-03-06): Ana Lima said in a post Wednesday afternoon that the pier would close.
    """

    code = "FC501"
    name = "statement-date-mismatch"
    summary = "One statement of one speaker dated on different days."
    claim_type = StatementDateClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, StatementDateClaim) or claim.speaker is None:
            return None
        if claim.speaker.kind is SpeakerKind.UNNAMED or not claim.statement:
            return None
        key = claim.speaker.key
        return key.split()[-1] if claim.speaker.kind is SpeakerKind.PERSON else key

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, StatementDateClaim) and isinstance(b, StatementDateClaim)):
            return None
        if a.speaker is None or b.speaker is None:
            return None
        if not same_speaker(a.speaker, b.speaker):
            return None
        if fuzz.token_set_ratio(a.statement.lower(), b.statement.lower()) < SAME_STATEMENT:
            return None
        if when(a, b) is not When.APART:
            return None
        return (
            f"'{a.text}' ({describe_window(a.window)}) vs '{b.text}' "
            f"({describe_window(b.window)}): one statement by {a.speaker.name} dated two ways"
        )
