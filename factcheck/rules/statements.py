"""FC5xx: statement dates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Iterable, Sequence

from factcheck._model import Claim, SpeakerKind, StatementDateClaim
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import (
    SUPERSEDED_AFTER,
    When,
    describe_window,
    same_speaker,
    same_statement,
    sorted_neighbours,
    speaker_group,
    statement_words,
    when,
)

__all__ = ["StatementDateMismatch"]


def _made_after(statement: StatementDateClaim, report: StatementDateClaim) -> bool:
    """Whether ``statement`` is dated after the day ``report`` was published: the speaker
    then said it again, since ``report`` told of it before."""
    earliest = statement.window.earliest if statement.window is not None else None
    published = report.reference
    return (
        isinstance(earliest, dt.datetime)
        and published is not None
        and earliest.date() > published.date()
    )


@register
class StatementDateMismatch(Rule):
    """One statement of one speaker dated on different days.

    Two reports of a statement with the same content by the same speaker give it dates that do
    not overlap ("said Wednesday" and "said on Tuesday"). One report's content words must all be
    in the other's, and the numbers the same. Reports more than a week apart tell of a
    statement made again, and so does a date after the day the other report came out; two
    dates in one sentence are of two things.

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
        return speaker_group(claim.speaker)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, StatementDateClaim) and isinstance(b, StatementDateClaim)):
            return None
        if a.speaker is None or b.speaker is None:
            return None
        if a.document == b.document and a.sentence == b.sentence:
            # One sentence is one report: two dates in it are of two things ("announced on
            # Sunday that the wreck they found last June was …").
            return None
        if not same_speaker(a.speaker, b.speaker):
            return None
        if a.reference and b.reference and abs(a.reference - b.reference) > SUPERSEDED_AFTER:
            return None  # reports weeks apart tell of a statement made again
        if _made_after(a, b) or _made_after(b, a):
            return None  # a report out before a statement was made tells of an earlier one
        if when(a, b) is not When.APART:
            return None
        # Last, as it costs the most: most pairs of one speaker's statements agree on the day.
        if not same_statement(a.statement, b.statement, context.lexicon):
            return None
        return (
            f"'{a.text}' ({describe_window(a.window)}) vs '{b.text}' "
            f"({describe_window(b.window)}): one statement by {a.speaker.name} dated two ways"
        )

    def pairs(self, claims: Sequence[Claim], context: Context) -> Iterable[tuple[Claim, Claim]]:
        """A much-reported speaker's statements: each against its neighbours in word order."""
        statements = [c for c in claims if isinstance(c, StatementDateClaim)]
        return sorted_neighbours(statements, [statement_words(c.statement) for c in statements])
