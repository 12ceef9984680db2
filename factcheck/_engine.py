"""The check engine: group comparable claims, compare within groups, and keep what clashes.

Each rule puts claims in groups (same subject, same kind of predicate); only claims of one
group are compared. A group small enough is compared pair by pair; a larger one month by month
with what each month agrees on (the rule's consensus), so that the number of comparisons and
of findings grows with the archive rather than with its square; and a claim that many others
contradict takes part in a few findings, not in one per other claim. Everything is ordered by
content, so the findings do not depend on the order the documents came in.
"""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence

import attrs

from factcheck._facts import FACT_SHEET
from factcheck._model import Claim, Finding, FindingKind, Severity, Span
from factcheck.rules import Context, Rule
from factcheck.rules._relations import When, classify, when

__all__ = ["CONSENSUS_SIZE", "FINDINGS_PER_CLAIM", "PAIRWISE_LIMIT", "Comparison", "compare"]

#: Groups up to this size are compared pair by pair; larger ones against their consensus.
PAIRWISE_LIMIT = 48
#: How many claims stand for a month of a large group when its rule names no consensus.
CONSENSUS_SIZE = 3


def _order(claim: Claim) -> tuple[str, int, int, str, str]:
    return (claim.document, claim.span.start, claim.span.end, type(claim).__name__, claim.text)


#: The most findings one claim takes part in within a group: a claim that many others
#: contradict is one story departing from the rest, and three of them show it.
FINDINGS_PER_CLAIM = 3

#: A finding offered: how well it shows the clash, the finding, whether it assumed a date, and
#: which of its claims count towards their limit (not those that stand for many).
_Offer = tuple[tuple[float, ...], Finding, bool, tuple[Claim, ...]]


class Comparison:
    """The findings of comparing claims, and the documents whose missing dates they assumed."""

    def __init__(self) -> None:
        self._kept: list[tuple[Finding, bool]] = []

    def add_group(self, offers: Mapping[Hashable, _Offer]) -> None:
        """Keep a group's findings (the best of each signature), best first, each claim in at
        most :data:`FINDINGS_PER_CLAIM` of them."""
        taken: Counter[tuple[str, Span]] = Counter()
        for _, finding, undated, counted in sorted(
            offers.values(), key=lambda offer: (offer[0], _finding_order(offer[1]))
        ):
            claims = [(claim.document, claim.span) for claim in counted]
            if any(taken[claim] >= FINDINGS_PER_CLAIM for claim in claims):
                continue
            taken.update(claims)
            self._kept.append((finding, undated))

    @property
    def findings(self) -> list[Finding]:
        return sorted((finding for finding, _ in self._kept), key=_finding_order)

    @property
    def undated(self) -> dict[str, int]:
        """Documents without a date, and how many findings assumed one for them."""
        counts: dict[str, int] = defaultdict(int)
        for finding, undated in self._kept:
            if undated:
                for document in sorted({c.document for c in finding.claims}):
                    counts[document] += 1
        return counts


def _offer(offers: dict[Hashable, _Offer], signature: Hashable, offer: _Offer) -> None:
    """Add ``offer`` unless one with the same signature shows the clash better."""
    kept = offers.get(signature)
    if kept is None or (offer[0], _finding_order(offer[1])) < (kept[0], _finding_order(kept[1])):
        offers[signature] = offer


def _finding_order(finding: Finding) -> tuple[object, ...]:
    return (finding.rule, *(_order(c) for c in finding.claims))


def _period(claim: Claim) -> tuple[int, int]:
    """The calendar month a claim was made in; (0, 0) when its date is not known."""
    reference = claim.reference
    return (0, 0) if reference is None else (reference.year, reference.month)


@attrs.frozen
class _Pair:
    """Two claims to compare; which of them count towards their limit of findings; and, for a
    claim checked against what stands for many (a consensus, the fact sheet), what makes its
    findings one."""

    a: Claim
    b: Claim
    counted: tuple[Claim, ...]
    signature: Hashable = None


def _each(pairs: Iterable[tuple[Claim, Claim]]) -> Iterator[_Pair]:
    return (_Pair(a, b, (a, b)) for a, b in pairs)


def _pairs(rule: Rule, members: Sequence[Claim], context: Context) -> Iterator[_Pair]:
    """The pairs of a group to compare: every pair of a small group. A large group is split by
    the month its claims were made in (unless the rule picks its own pairs); each month is
    compared pair by pair or, when large, each claim against the month's consensus; each
    month's consensus against the previous month's (so a change of story shows as superseded);
    and the fact sheet's claims against every claim."""
    if len(members) <= PAIRWISE_LIMIT:
        yield from _each(itertools.combinations(members, 2))
        return
    chosen_pairs = rule.pairs(members, context)
    if chosen_pairs is not None:
        yield from _each(chosen_pairs)
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
            yield from _each(itertools.combinations(claims, 2))
        else:
            chosen = {id(r) for r in representatives}
            yield from _each(itertools.combinations(representatives, 2))
            for claim in claims:
                if id(claim) not in chosen:
                    signature = ("consensus", claim.document)
                    yield from (_Pair(claim, r, (claim,), signature) for r in representatives)
        yield from (_Pair(a, b, ()) for a, b in itertools.product(previous, representatives))
        previous = representatives
    facts = [claim for claim in members if claim.speaker == FACT_SHEET]
    for fact in facts:
        for claim in members:
            if claim is not fact:
                yield _Pair(fact, claim, (claim,), ("fact sheet", claim.document))


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
            offers: dict[Hashable, _Offer] = {}
            for pair in _pairs(rule, groups[key], context):
                a, b = pair.a, pair.b
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
                signature = pair.signature or rule.signature(first, second, context)
                preference = rule.preference(first, second)
                _offer(offers, signature, (preference, finding, undated, pair.counted))
            result.add_group(offers)
    return result
