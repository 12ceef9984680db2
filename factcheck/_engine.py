"""The check engine: group comparable claims, compare within groups, and keep what clashes.

Each rule puts claims in groups (same subject, same kind of predicate); only claims of one
group are compared. A group small enough is compared pair by pair; a larger one is compared
with what the group agrees on (the rule's consensus), so that the number of comparisons and of
findings grows with the archive rather than with its square. Everything is ordered by content,
so the findings do not depend on the order the documents came in.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence

from factcheck._facts import FACT_SHEET
from factcheck._model import Claim, Finding, FindingKind, Severity
from factcheck.rules import Context, Rule
from factcheck.rules._relations import When, classify, when

__all__ = ["CONSENSUS_SIZE", "PAIRWISE_LIMIT", "Comparison", "compare"]

#: Groups up to this size are compared pair by pair; larger ones against their consensus.
PAIRWISE_LIMIT = 48
#: How many claims stand for a month of a large group when its rule names no consensus.
CONSENSUS_SIZE = 3


def _order(claim: Claim) -> tuple[str, int, int, str, str]:
    return (claim.document, claim.span.start, claim.span.end, type(claim).__name__, claim.text)


class Comparison:
    """The findings of comparing claims, and the documents whose missing dates they assumed."""

    def __init__(self) -> None:
        self._best: dict[Hashable, tuple[tuple[float, ...], Finding, bool]] = {}

    def offer(
        self, signature: Hashable, preference: tuple[float, ...], finding: Finding, undated: bool
    ) -> None:
        """Keep ``finding`` unless one with the same signature shows the clash better."""
        kept = self._best.get(signature)
        if kept is None or (preference, _finding_order(finding)) < (
            kept[0],
            _finding_order(kept[1]),
        ):
            self._best[signature] = (preference, finding, undated)

    @property
    def findings(self) -> list[Finding]:
        return sorted((finding for _, finding, _ in self._best.values()), key=_finding_order)

    @property
    def undated(self) -> dict[str, int]:
        """Documents without a date, and how many findings assumed one for them."""
        counts: dict[str, int] = defaultdict(int)
        for _, finding, undated in self._best.values():
            if undated:
                for document in sorted({c.document for c in finding.claims}):
                    counts[document] += 1
        return counts


def _finding_order(finding: Finding) -> tuple[object, ...]:
    return (finding.rule, *(_order(c) for c in finding.claims))


def _period(claim: Claim) -> tuple[int, int]:
    """The calendar month a claim was made in; (0, 0) when its date is not known."""
    reference = claim.reference
    return (0, 0) if reference is None else (reference.year, reference.month)


#: A pair to compare, and the claim it checks against its group's consensus (if it does).
_Pair = tuple[Claim, Claim, Claim | None]


def _pairs(rule: Rule, members: Sequence[Claim], context: Context) -> Iterator[_Pair]:
    """The pairs of a group to compare: every pair of a small group. A large group is split by
    the month its claims were made in (unless the rule picks its own pairs); each month is
    compared pair by pair or, when large, each claim against the month's consensus; each
    month's consensus against the previous month's (so a change of story shows as superseded);
    and the fact sheet's claims against every claim."""
    if len(members) <= PAIRWISE_LIMIT:
        yield from ((a, b, None) for a, b in itertools.combinations(members, 2))
        return
    chosen_pairs = rule.pairs(members, context)
    if chosen_pairs is not None:
        yield from ((a, b, None) for a, b in chosen_pairs)
        return
    months: dict[tuple[int, int], list[Claim]] = defaultdict(list)
    for claim in members:
        months[_period(claim)].append(claim)
    previous: Sequence[Claim] = ()
    for month in sorted(months):
        claims = months[month]
        representatives = (
            sorted(rule.consensus(claims, context), key=_order) or claims[:CONSENSUS_SIZE]
        )
        if len(claims) <= PAIRWISE_LIMIT:
            yield from ((a, b, None) for a, b in itertools.combinations(claims, 2))
        else:
            chosen = {id(r) for r in representatives}
            yield from ((a, b, None) for a, b in itertools.combinations(representatives, 2))
            for claim in claims:
                if id(claim) not in chosen:
                    yield from ((claim, r, claim) for r in representatives)
        yield from ((a, b, None) for a, b in itertools.product(previous, representatives))
        previous = representatives
    facts = [claim for claim in members if claim.speaker == FACT_SHEET]
    for fact in facts:
        yield from ((fact, claim, None) for claim in members if claim is not fact)


def compare(
    rules: Iterable[Rule],
    claims: Sequence[Claim],
    context: Context,
    *,
    severities: Mapping[str, Severity],
) -> Comparison:
    """The findings of ``rules`` over ``claims``."""
    result = Comparison()
    ordered = sorted(claims, key=_order)
    for rule in rules:
        groups: dict[Hashable, list[Claim]] = defaultdict(list)
        for claim in ordered:
            if isinstance(claim, rule.claim_type):
                key = rule.group(claim, context)
                if key is not None:
                    groups[key].append(claim)
        for key in sorted(groups, key=repr):
            for a, b, checked in _pairs(rule, groups[key], context):
                if a.document == b.document and a.span == b.span:
                    continue
                first, second = sorted((a, b), key=_order)
                message = rule.conflict(first, second, context)
                if message is None:
                    continue
                kind = classify(first, second, context)
                severity = severities.get(rule.code, rule.severity)
                if kind is FindingKind.SUPERSEDED and rule.code not in severities:
                    severity = Severity.INFO  # a later statement replacing an earlier one
                finding = Finding(
                    rule=rule.code,
                    name=rule.name,
                    kind=kind,
                    severity=severity,
                    message=message,
                    claims=(first, second),
                )
                undated = when(first, second) is When.UNKNOWN and not (
                    context.published(first) and context.published(second)
                )
                # Against a consensus, a document gets one finding however many claims agree.
                signature = (
                    rule.code,
                    repr(key),
                    rule.signature(first, second, context)
                    if checked is None
                    else ("consensus", checked.document),
                )
                result.offer(signature, rule.preference(first, second), finding, undated)
    return result
