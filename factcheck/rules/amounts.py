"""FC1xx: amounts."""

from __future__ import annotations

from collections.abc import Hashable, Sequence

from factcheck._intervals import amounts_overlap
from factcheck._model import AmountClaim, Claim
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import When, describe_amount, when

__all__ = ["AmountMismatch"]


@register
class AmountMismatch(Rule):
    """Two amounts of one subject, in one place and at one time, that cannot both be right.

    The amounts are intervals after their hedges ("about 2,000" is 1,800–2,200 by default) in
    units converted to each other; they clash when the intervals do not overlap. Counts of
    different kinds (troops, people) and amounts in different currencies are never compared, and
    a subject with no owner ("the workers") is compared only within its own document.

    **Conflict**::

        a.md: About 300 Norvik workers are based at the Tallis mine.
        b.md: Some 450 Norvik workers are based at the Tallis mine.

    **No conflict**::

        a.md: Roughly 300 Norvik workers are based at the Tallis mine.
        b.md: About 310 Norvik workers are based at the Tallis mine.
    """

    code = "FC101"
    name = "amount-mismatch"
    summary = "Amounts of one subject that cannot both be right."
    claim_type = AmountClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, AmountClaim) or claim.subject is None:
            return None
        scope = None if claim.subject.owner is not None else claim.document
        dimension = str(claim.amount.low.dimensionality)
        return (claim.subject.key, dimension, claim.place, scope)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, AmountClaim) and isinstance(b, AmountClaim)):
            return None
        if amounts_overlap(a.amount, b.amount) is not False or when(a, b) is When.APART:
            return None
        subject = a.subject.key if a.subject else "one subject"
        return (
            f"'{a.text}' ({describe_amount(a)}) vs '{b.text}' ({describe_amount(b)}) for "
            f"{subject}: the amounts do not overlap"
        )

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
