"""The check engine: group comparable claims, compare within groups, and keep what clashes.

Each rule puts claims in groups (same subject, same kind of predicate); only claims of one
group are compared. A group small enough is compared pair by pair; a larger one month by month
with what each month agrees on (the rule's consensus), so that the number of comparisons and
of findings grows with the archive rather than with its square; and a claim that many others
contradict takes part in a few findings, not in one per other claim. Everything is ordered by
content, so the findings do not depend on the order the documents came in.
"""

from __future__ import annotations

import bisect
import enum
import functools
import hashlib
import itertools
import operator
import pickle
import sys
import zlib
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol, cast

import attrs

from factcheck._cache import Groups, pack, unpack
from factcheck._facts import FACT_SHEET
from factcheck._model import Claim, Finding, FindingKind, Severity, Span, trusted_builder
from factcheck.rules import Context, Rule
from factcheck.rules._relations import PAIRWISE_LIMIT, When, classify, when

__all__ = [
    "CONSENSUS_SIZE",
    "FINDINGS_PER_CLAIM",
    "PAIRWISE_LIMIT",
    "Comparison",
    "GroupStore",
    "Memory",
    "Part",
    "Recalled",
    "Stale",
    "compare",
    "compare_parts",
    "group_name",
    "outline",
    "restored",
]

#: How many claims stand for a month of a large group when its rule names no consensus.
CONSENSUS_SIZE = 3


def _order(claim: Claim) -> tuple[str, int, int, str, str]:
    return (claim.document, claim.span.start, claim.span.end, type(claim).__name__, claim.text)


#: The most findings one claim takes part in within a group: a claim that many others
#: contradict is one story departing from the rest, and three of them show it.
FINDINGS_PER_CLAIM = 3

#: Where a finding goes in the output: its rule and the ranks of its claims (:func:`_ranked`),
#: or their order keys (:func:`_order`), which sort alike, as :func:`_finding_order` does.
_Place = tuple[str, Any, Any]
#: A conflict offered within a group: how well it shows the clash, its place in the output
#: order, its claims in order, the rule's message, and which of its claims count towards
#: their limit (not those that stand for many). The finding is built only if it is kept.
_Offer = tuple[tuple[float, ...], _Place, Claim, Claim, str, tuple[Claim, ...]]
#: Pairs of claims to compare, and what they share: which claims of a pair count towards
#: their limit of findings (``None``: both), and, for a claim checked against what stands
#: for many (a consensus, the fact sheet), what makes its findings one (``None``: the rule's
#: signature). A large group's pairs come in such runs, not one by one with their own
#: tuples: the pairs of the large groups of 100k articles number two million.
_PairRun = tuple[Iterable[tuple[Claim, Claim]], tuple[Claim, ...] | None, Hashable]


class Comparison:
    """The findings of comparing claims, and the documents whose missing dates they assumed."""

    def __init__(self) -> None:
        self._kept: list[tuple[_Place, Finding | Recalled, bool]] = []

    def extend(self, found: Iterable[tuple[_Place, Finding | Recalled, bool]]) -> None:
        """Keep each finding of ``found`` with its place in the output order, and whether it
        assumed a date for a document without one."""
        self._kept.extend(found)

    @property
    def entries(self) -> list[Finding | Recalled]:
        """The findings in output order, those recalled packed as they were recalled."""
        return [finding for _, finding, _ in sorted(self._kept, key=operator.itemgetter(0))]

    @property
    def findings(self) -> list[Finding]:
        """The findings in output order; raises :class:`Stale` when a packed one cannot be
        restored."""
        return list(map(restored, self.entries))

    @property
    def undated(self) -> dict[str, int]:
        """Documents without a date, and how many findings assumed one for them."""
        counts: dict[str, int] = defaultdict(int)
        for _, finding, undated in self._kept:
            if undated:
                for document in _documents_of(finding):
                    counts[document] += 1
        return counts


def restored(entry: Finding | Recalled) -> Finding:
    """The finding ``entry`` is, restored when it was recalled packed; raises :class:`Stale`
    when it cannot be."""
    return entry.finding() if isinstance(entry, Recalled) else entry


def _documents_of(finding: Finding | Recalled) -> Sequence[str]:
    """The documents of a finding's claims, in order."""
    if isinstance(finding, Recalled):
        return finding.documents
    return sorted({claim.document for claim in finding.claims})


def _finding_order(finding: Finding) -> tuple[object, ...]:
    """Where a rule's finding goes in the output (:func:`_placed`)."""
    return _placed(finding.rule, finding)


def _period(claim: Claim) -> tuple[int, int]:
    """The calendar month a claim was made in; (0, 0) when its date is not known."""
    reference = claim.reference
    return (0, 0) if reference is None else (reference.year, reference.month)


def _pair_runs(rule: Rule, members: Sequence[Claim], context: Context) -> Iterator[_PairRun]:
    """The pairs of a large group to compare (a small one compares every pair), in runs
    (:data:`_PairRun`): the group is split by the month its claims were made in (unless the
    rule picks its own pairs); each month is compared pair by pair or, when large, each claim
    against the month's consensus; each month's consensus against the previous month's (so a
    change of story shows as superseded); and the fact sheet's claims against every claim."""
    chosen_pairs = rule.pairs(members, context)
    if chosen_pairs is not None:
        yield chosen_pairs, None, None
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
            yield itertools.combinations(claims, 2), None, None
        else:
            chosen = {id(r) for r in representatives}
            yield itertools.combinations(representatives, 2), None, None
            for claim in claims:
                if id(claim) not in chosen:
                    pairs = zip(itertools.repeat(claim), representatives)
                    yield pairs, (claim,), ("consensus", claim.document)
        yield itertools.product(previous, representatives), (), None
        previous = representatives
    facts = [claim for claim in members if claim.speaker == FACT_SHEET]
    for fact in facts:
        for claim in members:
            if claim is not fact:
                yield ((fact, claim),), (claim,), ("fact sheet", claim.document)


#: The extents of a group's claims (:meth:`Rule.extent`, or :meth:`Rule.time_extent`) by
#: ``id``.
_Extents = dict[int, tuple[float, float] | None]


def _extents(
    rule: Rule, members: Sequence[Claim], context: Context, *, of_time: bool = False
) -> _Extents | None:
    """The extent (or, ``of_time``, the time extent) of each of ``members`` by ``id``, for a
    rule that gives them; ``None`` for one that does not."""
    name = "time_extent" if of_time else "extent"
    if getattr(type(rule), name) is getattr(Rule, name):
        return None
    extent = getattr(rule, name)
    return {id(claim): extent(claim, context) for claim in members}


#: A claim of a group and its rank (:func:`_ranked`).
_Ranked = tuple[int, Claim]


def _small_pairs(
    ranked: Sequence[_Ranked], extents: _Extents | None, times: _Extents | None
) -> Iterable[tuple[_Ranked, _Ranked]]:
    """The pairs of a group small enough to compare pair by pair (``ranked``, in rank
    order), each in rank order: every pair, or, for a rule that gives ``extents``
    (:func:`_extents`), those whose extents are apart, and each claim without one with
    every other; for a rule that gives time extents (``times``), only those whose time
    extents are not apart (FC102's pairs of amounts apart told of times years apart: 200k
    of its 235k pairs in a check of 10k articles). Sorted by their low ends, the extents
    above one's high end are the rest of the list from there: the pairs that meet (in a
    check of 10k articles, three in four of the pairs FC102 compared) are never looked
    at."""
    pairs = _spread_pairs(ranked, extents)
    if times is None:
        return pairs
    return (pair for pair in pairs if not _apart(times, pair[0][1], pair[1][1]))


def _spread_pairs(
    ranked: Sequence[_Ranked], extents: _Extents | None
) -> Iterable[tuple[_Ranked, _Ranked]]:
    """The pairs of :func:`_small_pairs` by their extents only."""
    if extents is None:
        return itertools.combinations(ranked, 2)
    spread: list[tuple[float, float, _Ranked]] = []
    loose: list[_Ranked] = []
    for item in ranked:
        extent = extents[id(item[1])]
        if extent is None:
            loose.append(item)
        else:
            spread.append((extent[0], extent[1], item))
    spread.sort(key=operator.itemgetter(0, 1))
    lows = [low for low, _, _ in spread]
    found: list[tuple[_Ranked, _Ranked]] = []
    for place, (_, high, item) in enumerate(spread):
        start = max(place + 1, bisect.bisect_right(lows, high))
        found.extend((item, above) for _, _, above in spread[start:])
    for place, item in enumerate(loose):
        found.extend((item, other) for other in loose[place + 1 :])
        found.extend((item, other) for _, _, other in spread)
    return ((a, b) if a[0] <= b[0] else (b, a) for a, b in found)


def _meet(extents: _Extents, a: Claim, b: Claim) -> bool:
    """Whether the extents of ``a`` and ``b`` share a value: the rule says they never
    conflict. A large group's pairs are picked by month and consensus, not by extent, and
    most that FC102 was asked of over 100k articles met."""
    extent_a, extent_b = extents[id(a)], extents[id(b)]
    return (
        extent_a is not None
        and extent_b is not None
        and extent_a[0] <= extent_b[1]
        and extent_b[0] <= extent_a[1]
    )


def _apart(extents: _Extents, a: Claim, b: Claim) -> bool:
    """Whether ``a`` and ``b`` both have extents, and they share no value."""
    extent_a, extent_b = extents[id(a)], extents[id(b)]
    return (
        extent_a is not None
        and extent_b is not None
        and (extent_a[1] < extent_b[0] or extent_b[1] < extent_a[0])
    )


def _ranked(claims: Sequence[Claim]) -> tuple[list[Claim], dict[int, int]]:
    """``claims`` sorted by :func:`_order`, and each claim's place among them by ``id``;
    claims that :func:`_order` does not tell apart share one. Comparing two places is
    comparing the claims' order keys, worked out once per claim rather than once per pair."""
    keys = [_order(claim) for claim in claims]
    positions = sorted(range(len(claims)), key=keys.__getitem__)  # stable, as sorted(claims)
    ordered = [claims[position] for position in positions]
    ranks: dict[int, int] = {}
    rank, last = -1, None
    for position in positions:
        key = keys[position]
        if key != last:
            rank, last = rank + 1, key
        ranks[id(claims[position])] = rank
    return ordered, ranks


def _group_findings(
    rule: Rule,
    members: Sequence[Claim],
    context: Context,
    severity: Severity,
    superseded: Severity,
    ranks: Mapping[int, int],
) -> list[tuple[_Place, Finding, bool]]:
    """The findings of one group (``members`` in output order, as :func:`_ranked` sorts them
    and gives their ``ranks``): those of claims that cannot hold alone (:meth:`Rule.alone`),
    then those of pairs in the order they were kept (best first), each the best of its
    signature, each claim in at most :data:`FINDINGS_PER_CLAIM` of them; with their places
    in the output order and whether they assumed a missing date."""
    offers: dict[Hashable, _Offer] = {}

    def offer(
        first: Claim,
        second: Claim,
        order: _Place,
        message: str,
        counted: tuple[Claim, ...],
        signature: Hashable,
    ) -> None:
        # Against a consensus, a document gets one finding however many claims agree.
        signature = signature or rule.signature(first, second, context)
        preference = rule.preference(first, second)
        kept = offers.get(signature)
        if kept is None or (preference, order) < (kept[0], kept[1]):
            offers[signature] = (preference, order, first, second, message, counted)

    conflict, code = rule.conflict, rule.code
    extents = _extents(rule, members, context)
    times = _extents(rule, members, context, of_time=True)
    if len(members) <= PAIRWISE_LIMIT:
        # Every pair, its claims in output order, with no more work per pair than the rule's:
        # a group of up to 48 has up to 1,128 pairs, and making each pair took a sixth of
        # comparing 10k articles. Claims of one rank are one claim (:func:`_order` names its
        # document and span).
        ranked = [(ranks[id(claim)], claim) for claim in members]
        for (rank_a, a), (rank_b, b) in _small_pairs(ranked, extents, times):
            if rank_a != rank_b and (message := conflict(a, b, context)) is not None:
                offer(a, b, (code, rank_a, rank_b), message, (a, b), None)
    else:
        for pairs, counted, signature in _pair_runs(rule, members, context):
            for a, b in pairs:
                rank_a, rank_b = ranks[id(a)], ranks[id(b)]
                if (
                    rank_a == rank_b
                    or (extents is not None and _meet(extents, a, b))
                    or (times is not None and _apart(times, a, b))
                ):
                    continue
                if rank_a > rank_b:  # as sorted((a, b), key=_order)
                    a, b, rank_a, rank_b = b, a, rank_b, rank_a
                if (message := conflict(a, b, context)) is not None:
                    counts = (a, b) if counted is None else counted
                    offer(a, b, (code, rank_a, rank_b), message, counts, signature)
    findings = _lone_findings(rule, members, context, severity, ranks)
    taken: Counter[tuple[str, Span]] = Counter()
    for _, order, first, second, message, counted in sorted(
        offers.values(), key=operator.itemgetter(0, 1)
    ):
        claims = [(claim.document, claim.span) for claim in counted]
        if any(taken[claim] >= FINDINGS_PER_CLAIM for claim in claims):
            continue
        taken.update(claims)
        kind = classify(first, second, context, supersedes=rule.supersedes)
        # A later statement replacing an earlier one is news, not an error.
        level = superseded if kind is FindingKind.SUPERSEDED else severity
        finding = _finding(rule, kind, level, message, (first, second))
        undated = when(first, second) is When.UNKNOWN and not (
            context.published(first) and context.published(second)
        )
        findings.append((order, finding, undated))
    return findings


# The fields of a finding, in the order its trusted builder takes them.
assert [field.name for field in attrs.fields(Finding)] == [
    "rule",
    "name",
    "kind",
    "severity",
    "message",
    "claims",
    "documents",
    "offset",
], "_finding builds a finding from its fields in this order"


def _finding(
    rule: Rule, kind: FindingKind, severity: Severity, message: str, claims: tuple[Claim, ...]
) -> Finding:
    """A finding of ``rule`` about ``claims`` (claims of a group: the model's own), made
    without attrs' validators when the rule's code, name, severity and ``message`` are of
    the types they check for: a check of 100k articles makes 303k findings, and validating
    them took about 1 s. Otherwise made by :class:`Finding` itself, which says what is
    wrong."""
    code, name = rule.code, rule.name
    if (
        type(message) is str
        and message.strip()
        and type(code) is str
        and code.strip()
        and type(name) is str
        and type(severity) is Severity
    ):
        built: Finding = trusted_builder(Finding)(
            code, name, kind, severity, message, claims, (), None
        )
        return built
    return Finding(
        rule=code, name=name, kind=kind, severity=severity, message=message, claims=claims
    )


def _checks_alone(rule: Rule) -> bool:
    """Whether ``rule`` finds claims that cannot hold on their own (:meth:`Rule.alone`)."""
    return type(rule).alone is not Rule.alone


def _lone_findings(
    rule: Rule,
    members: Sequence[Claim],
    context: Context,
    severity: Severity,
    ranks: Mapping[int, int],
) -> list[tuple[_Place, Finding, bool]]:
    """The findings of the claims of a group that cannot hold on their own, in output order:
    each a contradiction of its text with itself."""
    if not _checks_alone(rule):
        return []
    findings: list[tuple[_Place, Finding, bool]] = []
    seen: set[int] = set()
    for claim in members:
        rank = ranks[id(claim)]
        if rank in seen:
            continue  # claims of one rank are one claim
        seen.add(rank)
        message = rule.alone(claim, context)
        if message is None:
            continue
        finding = _finding(rule, FindingKind.CONTRADICTION, severity, message, (claim,))
        findings.append(((rule.code, rank, rank), finding, False))
    return findings


# --- Remembering groups between runs ------------------------------------------------------


class GroupStore(Protocol):
    """Where the findings of groups are kept between runs (:class:`factcheck._cache.Cache`)."""

    def recall(self, key: bytes) -> bytes | None:
        """The payload kept under ``key``, if any."""

    def keep(self, key: bytes, payload: bytes) -> None:
        """Keep ``payload`` under ``key``."""


@attrs.frozen(kw_only=True)
class Memory:
    """What lets a check reuse the findings of a group whose claims did not change.

    A group's findings depend on its claims (and their documents), the rule, the lexicon and
    the severities, and on nothing else: groups never meet, and the per-claim limit of
    findings and the consensus are counted within a group. So a group is named by its rule
    and key, and its members by their :attr:`Part.key` and places; ``digest`` stands for
    the rules and severities, and the ``store`` holds rows of one extractor generation
    (factcheck's code and the lexicon).

    ``texts`` gives what the JSON report writes for each of a group's findings: a row keeps
    it, so that a check that writes only that report need not restore the findings it
    recalls (:class:`Recalled`). What it writes depends on the finding and the documents of
    its claims only, and a row's members name those documents."""

    store: GroupStore
    digest: bytes
    texts: Callable[[Sequence[Finding]], list[bytes]] | None = None


@attrs.frozen(kw_only=True)
class Part:
    """The claims of one input (or of the fact sheet), as the engine groups them.

    ``document`` is the id of the document all of them are of; ``key`` names them across
    runs (its input's key in the cache; ``None``: nothing does), each claim by ``key`` and
    its place among the ``count`` claims. ``claims`` are the claims, or ``None`` when they
    were not read: ``groups`` then say which groups they are in, and ``restore`` (given to
    :func:`compare_parts`) reads them when a group they are in must be compared."""

    document: str
    key: bytes | None
    count: int
    claims: tuple[Claim, ...] | None
    groups: Groups


class Stale(Exception):
    """The claims of a part could not be read back as its outline says they are."""


def _named(key: object) -> bool:
    """Whether ``key``'s ``repr`` names it in every process: text, numbers, enumerations,
    ``None``, and tuples of them (not a set, whose order varies with string hashing, nor an
    object whose ``repr`` is its address)."""
    if type(key) is tuple:
        return all(map(_named, key))
    return key is None or isinstance(key, str | int | float | enum.Enum)


def outline(rules: Iterable[Rule], claims: Sequence[Claim], context: Context) -> Groups | None:
    """The groups ``rules`` put ``claims`` in, with the claims' places (:data:`Groups`); a
    claim's group must depend on it, its document and the lexicon only (see
    :meth:`Rule.group <factcheck.rules.Rule.group>`). ``None`` when a group's key is not
    named by its ``repr`` (:func:`_named`): groups are told apart by it across runs."""
    order = sorted(range(len(claims)), key=lambda place: _order(claims[place]))
    # Most rules take claims of one kind: each is offered those only, in order.
    of_type: dict[type[Claim], list[tuple[int, Claim]]] = {}
    found: list[tuple[str, str, tuple[int, ...]]] = []
    for rule in rules:
        if type(rule).group is Rule.group:
            continue
        kind = rule.claim_type
        offered = of_type.get(kind)
        if offered is None:
            offered = of_type[kind] = [
                (place, claims[place]) for place in order if isinstance(claims[place], kind)
            ]
        members: dict[str, list[int]] = defaultdict(list)
        for place, claim in offered:
            key = rule.group(claim, context)
            if key is not None:
                name = group_name(key)
                if name not in members and not _named(key):
                    return None
                members[name].append(place)
        found.extend(
            (rule.code, key, _one_place(places[0]) if len(places) == 1 else tuple(places))
            for key, places in members.items()
        )
    return tuple(found)


#: The longest ``repr`` that names a group as it is; a longer one is named by its digest.
_NAME_LENGTH = 64


def group_name(key: Hashable) -> str:
    """The name of the group with ``key``: its ``repr``, or for a long one (a sentence's frame,
    a quote's words) ``#`` and the repr's digest, which no repr starts with. Interned: the
    outlines of an archive name a group in each input, and are kept to the end (the names
    of 10k articles' groups took 8.1 MB as reprs, the long ones 2.0 MB as digests)."""
    name = repr(key)
    if len(name) > _NAME_LENGTH:
        name = (
            "#" + hashlib.blake2b(name.encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()
        )
    return sys.intern(name)


@functools.cache
def _one_place(place: int) -> tuple[int]:
    """The tuple of one place, one for all the groups with that place: nearly every input is
    alone in its share of a group, and the outlines of an archive are kept to the end (a
    tuple of its own for each took 5.6 MB for 10k articles)."""
    return (place,)


#: A remembered finding: its kind, severity and message, and its two claims (the second
#: ``None`` for a finding of one claim); its rule and name are the group's, and it names no
#: documents and no offset (those are a finding without claims).
_Remembered = tuple[FindingKind, Severity, str, Claim, Claim | None]
#: What a row says of each of its findings without restoring it: its place in the output,
#: severity, whether it assumed a missing date, the documents of its claims, and where its
#: text in the JSON report ends among the row's texts.
_Brief = tuple[_Place, Severity, bool, tuple[str, ...], int]
#: A part's claims in one group: the part's document id and place among the parts, and the
#: places of its claims in the group.
_Share = tuple[str, int, tuple[int, ...]]


def _row_namer(memory: Memory, code: str) -> hashlib.blake2b:
    """The digest of the rules and severities and of ``code``, to be completed with a
    group's key into the key of its row (:func:`_row`)."""
    name = hashlib.blake2b(digest_size=32)
    for part in (memory.digest, code.encode()):
        name.update(len(part).to_bytes(8, "little") + part)
    return name


def _row(
    namer: hashlib.blake2b, key: str, shares: Sequence[_Share], parts: Sequence[Part]
) -> tuple[bytes, bytes] | None:
    """The key of a group's row (``namer`` from :func:`_row_namer`) and the digest of its
    members; ``None`` when a member has no key (it was not read from the cache, so nothing
    names it across runs)."""
    keys = [parts[number].key for _, number, _ in shares]
    if None in keys:
        return None
    # Keys have one length: the number of members, their places and keys name them without
    # ambiguity.
    shape = array("q", [len(shares)])
    for _, _, places in shares:
        shape.append(len(places))
        shape.extend(places)
    name = namer.copy()
    encoded = key.encode()
    name.update(len(encoded).to_bytes(8, "little") + encoded)
    members = shape.tobytes() + b"".join(cast("list[bytes]", keys))
    return name.digest(), hashlib.blake2b(members, digest_size=32).digest()


#: How the texts of a row's findings are compressed: zlib's fastest level, as a raw deflate
#: stream (the JSON report's findings of 10k articles take 85 MB, and 12 MB so). The row's
#: checksum covers them: zlib's own Adler-32 took a fifth of the time both ways.
_TEXT_LEVEL, _TEXT_WBITS = 1, -15


def _deflate(text: bytes) -> bytes:
    """``text`` compressed as a row keeps the texts of its findings."""
    compressor = zlib.compressobj(_TEXT_LEVEL, zlib.DEFLATED, _TEXT_WBITS)
    return compressor.compress(text) + compressor.flush()


def _remember(
    members_digest: bytes,
    found: Sequence[tuple[_Place, Finding, bool]],
    texts: Callable[[Sequence[Finding]], list[bytes]] | None,
) -> bytes:
    """A group's row: the digest of its members, then, when it has findings (most groups
    have none, and their rows need no unpickling), what it says of each
    (:data:`_Brief`), their texts in the JSON report (``texts`` gives them; compressed,
    ``None`` without ``texts``), and the findings (:data:`_Remembered`), packed on their own, to be
    restored only when asked for."""
    if not found:
        return members_digest
    compressed = None
    ends = [0] * len(found)
    if texts is not None:
        written = texts([finding for _, finding, _ in found])
        compressed = _deflate(b"".join(written))
        ends = list(itertools.accumulate(map(len, written)))
    brief = tuple(
        (place, finding.severity, undated, tuple(_documents_of(finding)), end)
        for (place, finding, undated), end in zip(found, ends, strict=True)
    )
    remembered = tuple(
        (
            finding.kind,
            finding.severity,
            finding.message,
            finding.claims[0],
            finding.claims[1] if len(finding.claims) > 1 else None,
        )
        for _, finding, _ in found
    )
    return members_digest + pack((brief, compressed, pack(remembered)))


def _placed(code: str, finding: Finding) -> _Place:
    """Where a finding of two claims (or one) goes in the output: the order of its rule and of
    its claims' order keys (which sorts as the ranks of :func:`_ranked` do)."""
    first = finding.claims[0]
    second = finding.claims[-1]
    return (code, _order(first), _order(second))


def _columns(rows: object, width: int) -> tuple[tuple[Any, ...], ...] | None:
    """The columns of ``rows``, when it is a tuple of one or more tuples of ``width`` items
    each (as a row keeps its findings, and what it says of them); ``None`` otherwise."""
    if type(rows) is not tuple or not rows:
        return None
    if set(map(type, rows)) != {tuple} or set(map(len, rows)) != {width}:
        return None
    return tuple(zip(*rows, strict=True))


def _findings(rule: Rule, remembered: object) -> list[Finding] | None:
    """The findings of a group's row (:data:`_Remembered`), made without attrs' validators
    and checked here all at once: what the engine relies on (the unpickler builds only the
    model's classes). ``None`` for a row out of shape.

    Made by :func:`factcheck._model.trusted_builder`, column by column with ``map``: attrs'
    ``__setstate__`` for each finding cost a fifth of recalling 7,061 groups."""
    columns = _columns(remembered, 5)
    if columns is None:
        return None
    kinds, severities, messages, firsts, seconds = columns
    if not (
        set(map(type, kinds)) == {FindingKind}
        and set(map(type, severities)) == {Severity}
        and set(map(type, messages)) == {str}
        and all(messages)
        and all(issubclass(kind, Claim) for kind in set(map(type, firsts)))
        and all(kind is type(None) or issubclass(kind, Claim) for kind in set(map(type, seconds)))
    ):
        return None
    count = len(kinds)
    fields = {
        "rule": itertools.repeat(rule.code, count),
        "name": itertools.repeat(rule.name, count),
        "kind": kinds,
        "severity": severities,
        "message": messages,
        "claims": (
            (first,) if second is None else (first, second)
            for first, second in zip(firsts, seconds, strict=True)
        ),
        "documents": itertools.repeat((), count),
        "offset": itertools.repeat(None, count),
    }
    in_order = (fields[field.name] for field in attrs.fields(Finding))
    return list(map(trusted_builder(Finding), *in_order))


def _briefs(rule: Rule, brief: object) -> tuple[tuple[Any, ...], ...] | None:
    """The columns of a row's :data:`_Brief` of its findings (places, severities, whether
    each assumed a date, documents, ends of texts), checked all at once as :func:`_findings`
    checks the findings; ``None`` for a brief out of shape."""
    columns = _columns(brief, 5)
    if columns is None:
        return None
    places, severities, undated, documents, ends = columns
    if not (
        set(map(type, places)) == {tuple}
        and set(map(len, places)) == {3}
        and {place[0] for place in places} == {rule.code}
        and set(map(type, severities)) == {Severity}
        and set(map(type, undated)) == {bool}
        and set(map(type, documents)) == {tuple}
        and set(map(type, itertools.chain.from_iterable(documents))) <= {str}
        and set(map(type, ends)) == {int}
        and list(ends) == sorted(ends)
        and ends[0] >= 0
    ):
        return None
    return columns


class _Row:
    """A group's row as recalled: the text of each of its findings in the JSON report, and
    the findings themselves, restored when first asked for.

    The texts are decompressed when the first is asked for, and let go once each was asked
    for: a report writes each once, and the texts of all rows of 10k articles, held at once,
    took 85 MB."""

    __slots__ = ("_compressed", "_ends", "_findings", "_left", "_packed", "_rule", "_text")

    def __init__(self, rule: Rule, compressed: bytes, ends: tuple[int, ...], packed: bytes) -> None:
        self._rule = rule
        self._compressed = compressed
        self._ends = ends
        self._packed = packed
        self._left = len(ends)
        self._text: bytes | None = None
        self._findings: list[Finding] | None = None

    def text(self, index: int) -> bytes:
        """The text of the row's finding at ``index``; raises :class:`Stale` when the row's
        texts cannot be read."""
        text = self._text
        if text is None:
            try:
                text = zlib.decompress(self._compressed, _TEXT_WBITS)
            except zlib.error:
                text = b""
            if len(text) != self._ends[-1]:
                raise Stale(f"the texts of a group of {self._rule.code} cannot be read")
        self._left -= 1
        self._text = text if self._left > 0 else None
        return text[self._ends[index - 1] if index else 0 : self._ends[index]]

    def finding(self, index: int) -> Finding:
        """The row's finding at ``index``; raises :class:`Stale` when the row's findings
        cannot be restored."""
        if self._findings is None:
            try:
                remembered = unpack(self._packed)
            except pickle.UnpicklingError:
                remembered = None
            found = _findings(self._rule, remembered)
            if found is None or len(found) != len(self._ends):
                raise Stale(f"the findings of a group of {self._rule.code} cannot be restored")
            self._findings = found
        return self._findings[index]


@attrs.frozen(kw_only=True)
class Recalled:
    """A finding a check recalled and left packed: its rule, severity and the documents of
    its claims, and its text in the JSON report, which is all that report needs of it.
    :meth:`finding` restores it."""

    rule: str
    severity: Severity
    documents: tuple[str, ...]
    _row: _Row
    _index: int

    def text(self) -> bytes:
        """What the JSON report writes for the finding (:attr:`Memory.texts`); raises
        :class:`Stale` when it cannot be read."""
        return self._row.text(self._index)

    def finding(self) -> Finding:
        """The finding itself; raises :class:`Stale` when it cannot be restored."""
        return self._row.finding(self._index)


def _recall(
    payload: bytes | None, members_digest: bytes, rule: Rule, *, packed: bool
) -> list[tuple[_Place, Finding | Recalled, bool]] | None:
    """The findings a group's row holds, if it holds them for these members, left
    :class:`Recalled` when ``packed`` and the row keeps their texts; ``None`` for another
    group's members or for a row that is not one :func:`_remember` wrote."""
    if payload is None or payload[: len(members_digest)] != members_digest:
        return None
    if len(payload) == len(members_digest):
        return []
    try:
        row = unpack(payload[len(members_digest) :])
    except pickle.UnpicklingError:  # not a row of ours
        return None
    if type(row) is not tuple or len(row) != 3:
        return None
    brief, compressed, remembered = _briefs(rule, row[0]), row[1], row[2]
    if brief is None or type(remembered) is not bytes:
        return None
    places, severities, undated, documents, ends = brief
    count = len(places)
    if packed and type(compressed) is bytes:
        kept = _Row(rule, compressed, ends, remembered)
        # Made column by column, as :func:`_findings` makes findings: a warm re-check of 10k
        # articles recalls 36,775 of them.
        recalled = map(
            trusted_builder(Recalled),
            itertools.repeat(rule.code, count),
            severities,
            documents,
            itertools.repeat(kept, count),
            range(count),
        )
        return list(zip(places, recalled, undated, strict=True))
    try:
        findings = _findings(rule, unpack(remembered))
    except pickle.UnpicklingError:
        return None
    if findings is None or len(findings) != count:
        return None
    return list(zip(places, findings, undated, strict=True))


def _picked(claims: Sequence[Claim | None], places: Iterable[int], part: Part) -> dict[int, Claim]:
    """The claims at ``places`` among the claims of ``part``, by place."""
    picked = {}
    for place in places:
        claim = claims[place]
        if claim is None:
            raise Stale(f"a claim of {part.document} that a group holds was not kept")
        picked[place] = claim
    return picked


def compare_parts(
    rules: Iterable[Rule],
    parts: Sequence[Part],
    context: Context,
    *,
    severities: Mapping[str, Severity],
    memory: Memory | None,
    restore: Callable[[Part], Sequence[Claim | None]],
    packed: bool = False,
) -> Comparison:
    """The findings of ``rules`` over the claims of ``parts`` (those :func:`compare` gives
    for the parts' claims in order); with ``memory``, a group whose claims the store saw
    before is not compared again (its findings are the same), and the claims of a part are
    read (by ``restore``, which raises :class:`Stale` when it cannot; a claim in no group
    may be ``None``) only when a group they are in is compared. With ``packed``, the
    findings of a group recalled are left :class:`Recalled` when the store kept their
    texts."""
    shares: dict[str, dict[str, list[_Share]]] = defaultdict(lambda: defaultdict(list))
    for number, part in enumerate(parts):
        for code, key, places in part.groups:
            shares[code][key].append((part.document, number, places))
    # Each group's findings, in the order compare() takes groups; those to compare, later.
    slots: list[Sequence[tuple[_Place, Finding | Recalled, bool]]] = []
    pending: list[tuple[int, Rule, Severity, Severity, list[_Share], tuple[bytes, bytes] | None]]
    pending = []
    for rule in rules:
        if type(rule).group is Rule.group:
            continue
        severity = severities.get(rule.code, rule.severity)
        superseded = severity if rule.code in severities else Severity.INFO
        groups = shares.get(rule.code, {})
        namer = None if memory is None else _row_namer(memory, rule.code)
        for key in sorted(groups):
            members = groups[key]
            if len(members) == 1 and len(members[0][2]) < 2 and not _checks_alone(rule):
                continue  # a claim alone has nothing to clash with
            # Claims sort by their document first: a group's members are its parts' claims,
            # part after part in the order of their documents (ids are unique).
            members.sort()
            row = None if namer is None else _row(namer, key, members, parts)
            found: Sequence[tuple[_Place, Finding | Recalled, bool]] | None = None
            if memory is not None and row is not None:
                found = _recall(memory.store.recall(row[0]), row[1], rule, packed=packed)
            if found is None:
                pending.append((len(slots), rule, severity, superseded, members, row))
                found = []
            slots.append(found)
    # The groups left alone, and then what each part needs and each group's members once it
    # is compared, are let go as soon as they are done with: held to the end, this
    # bookkeeping took a tenth of the peak memory of checking 100k articles.
    del shares
    # Each part's claims in the groups to compare, read once and kept by their places (a
    # cold check compares every group, yet half the claims are alone in theirs) until the
    # last group they are in is compared.
    needed: dict[int, set[int]] = defaultdict(set)
    uses: Counter[int] = Counter()
    for *_, members, _ in pending:
        for _, number, places in members:
            needed[number].update(places)
            uses[number] += 1
    claims_of: dict[int, dict[int, Claim]] = {}
    while needed:
        number, wanted = needed.popitem()
        part = parts[number]
        read = part.claims if part.claims is not None else restore(part)
        claims_of[number] = _picked(read, wanted, part)
    pending.reverse()
    while pending:
        slot, rule, severity, superseded, members, row = pending.pop()
        claims = [claims_of[number][place] for _, number, places in members for place in places]
        for _, number, _ in members:
            uses[number] -= 1
            if not uses[number]:
                del claims_of[number]
        ordered, ranks = _ranked(claims)
        compared = [
            (_placed(rule.code, finding), finding, undated)
            for _, finding, undated in _group_findings(
                rule, ordered, context, severity, superseded, ranks
            )
        ]
        if memory is not None and row is not None:
            memory.store.keep(row[0], _remember(row[1], compared, memory.texts))
        slots[slot] = compared
    result = Comparison()
    for found in slots:
        result.extend(found)
    return result


def compare(
    rules: Iterable[Rule],
    claims: Sequence[Claim],
    context: Context,
    *,
    severities: Mapping[str, Severity],
) -> Comparison:
    """The findings of ``rules`` over ``claims``."""
    result = Comparison()
    ordered, ranks = _ranked(claims)
    of_type: dict[type[Claim], list[Claim]] = {}
    for rule in rules:
        if type(rule).group is Rule.group:
            continue  # a rule that puts no claim in a group (input problems) compares none
        severity = severities.get(rule.code, rule.severity)
        superseded = severity if rule.code in severities else Severity.INFO
        groups: dict[Hashable, list[Claim]] = defaultdict(list)
        if rule.claim_type not in of_type:  # rules share claim types: each is picked out once
            of_type[rule.claim_type] = [c for c in ordered if isinstance(c, rule.claim_type)]
        for claim in of_type[rule.claim_type]:
            key = rule.group(claim, context)
            if key is not None:
                groups[key].append(claim)
        for key in sorted(groups, key=repr):
            members = groups[key]
            if len(members) < 2 and not _checks_alone(rule):
                continue  # a claim alone has nothing to clash with
            result.extend(_group_findings(rule, members, context, severity, superseded, ranks))
    return result
