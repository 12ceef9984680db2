"""What a rule is, how rules are registered, and what they may ask about the claims they see."""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Hashable, Iterable, Iterator, Mapping, Sequence
from typing import ClassVar

import attrs

from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Claim, Document, Severity
from factcheck.errors import InvalidArgument

__all__ = ["ENTRY_POINT_GROUP", "Context", "Rule", "all_rules", "register"]

#: The entry-point group third-party rule packs register their rules under.
ENTRY_POINT_GROUP = "factcheck.rules"

_CODE = re.compile(r"FC\d{3}")
_NAME = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*")


@attrs.frozen(kw_only=True, eq=False)
class Context:
    """What a rule may know besides the two claims: their documents (metadata, and the text
    only in some checks: see :class:`Rule`) and the lexicon."""

    documents: Mapping[str, Document]
    lexicon: Lexicon = attrs.field(factory=default_lexicon)

    def published(self, claim: Claim) -> bool:
        """Whether the document of ``claim`` has a publication date."""
        document = self.documents.get(claim.document)
        return document is not None and document.published is not None

    def outlet(self, claim: Claim) -> str | None:
        document = self.documents.get(claim.document)
        return None if document is None else document.outlet


class Rule:
    """A check that compares claims of one kind and says why two cannot both be true.

    A rule has a stable ``code`` ("FC201": hundreds by family), a kebab-case ``name``, a
    one-line ``summary``, a default ``severity``, and a docstring with a **Conflict** and a
    **No conflict** example that the test suite runs. The engine compares only claims of
    ``claim_type`` that :meth:`group` puts in the same group, and of those only pairs whose
    documents and times can meet; :meth:`conflict` says why a pair clashes, or ``None``, and
    :meth:`alone` why one claim cannot hold by itself.
    What a rule says of a group must depend only on the group's claims, their documents'
    metadata and the lexicon: the cache reuses a group's findings while its claims stay the
    same, Dask compares each group on its own, and neither there nor in a check without
    claims (as the command runs) do rules see a document's text
    (:meth:`~factcheck.Document.without_text`).
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    claim_type: ClassVar[type[Claim]] = Claim
    #: Whether a later claim may replace an earlier one, so that two made more than a week
    #: apart are *superseded* (a toll rises, a plan changes). A quote records words said once:
    #: a later story cannot replace them.
    supersedes: ClassVar[bool] = True

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        """The key of the claims ``claim`` must be compared with; ``None`` leaves it out."""
        return None

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        """Why ``a`` and ``b`` cannot both be true, in one sentence with both values."""
        return None

    def alone(self, claim: Claim, context: Context) -> str | None:
        """Why ``claim`` cannot be true on its own (a date and a day of the week the calendar
        does not put together), in one sentence; ``None`` when it can. The engine asks this of
        each claim :meth:`group` puts in a group, alone in it or not, only for rules that
        define it; such a finding has that one claim."""
        return None

    def signature(self, a: Claim, b: Claim, context: Context) -> Hashable:
        """What makes two findings one: by default, one per pair of documents, so that a
        document that states a clash three ways gets one finding, with the pair of claims
        :meth:`preference` likes best."""
        return (a.document, b.document)

    def preference(self, a: Claim, b: Claim) -> tuple[float, ...]:
        """How well a pair shows the clash (lower is better): stated times and named speakers
        before inferred times and the article's voice."""
        # One expression rather than a loop over the pair: the engine asks this of every
        # pair that conflicts (268k in a check of 10k articles).
        return (
            0.0
            + (0 if getattr(a, "window_stated", True) else 2)
            + (0 if a.speaker is not None else 1)
            + (0 if getattr(b, "window_stated", True) else 2)
            + (0 if b.speaker is not None else 1),
        )

    def extent(self, claim: Claim, context: Context) -> tuple[float, float] | None:
        """For a rule whose claims clash only when their values cannot meet: the closed
        interval ``(low, high)`` of ``claim``'s values, such that two claims whose extents
        share a value never conflict. The engine then compares two claims of a group only
        when their extents are apart, which sorting the group's extents finds without
        looking at the pairs that meet. ``None`` (the default; also for one claim) compares
        the claim with every other."""
        return None

    def time_extent(self, claim: Claim, context: Context) -> tuple[float, float] | None:
        """For a rule whose claims clash only when they tell of one time, or of times not
        far apart: the closed interval ``(low, high)`` of the instants (as numbers that sort
        as they do) within which ``claim`` can clash, such that two claims whose time
        extents are apart never conflict. The engine then leaves out the pairs whose time
        extents are apart, without asking :meth:`conflict`. ``None`` (the default; also for
        one claim) compares the claim with every other."""
        return None

    def pairs(
        self, claims: Sequence[Claim], context: Context
    ) -> Iterable[tuple[Claim, Claim]] | None:
        """For a group too large to compare every pair: the pairs worth comparing, found in
        about linear time; ``None`` (the default) compares each claim with the
        :meth:`consensus` of its month instead."""
        return None

    def consensus(self, claims: Sequence[Claim], context: Context) -> Sequence[Claim]:
        """For a group too large to compare every pair: the claims that stand for what most
        of the group says. Each claim is then compared with these only, so the work and the
        findings grow with the archive, not with its square. By default, none."""
        return ()


_REGISTRY: dict[str, type[Rule]] = {}


def register(rule: type[Rule]) -> type[Rule]:
    """Class decorator: add ``rule`` to the rules factcheck runs."""
    if not _CODE.fullmatch(getattr(rule, "code", "")):
        raise InvalidArgument(f"{rule.__name__}: code must be FC followed by three digits")
    if not _NAME.fullmatch(getattr(rule, "name", "")):
        raise InvalidArgument(f"{rule.__name__}: name must be kebab-case")
    for other in _REGISTRY.values():
        if other is not rule and (other.code == rule.code or other.name == rule.name):
            raise InvalidArgument(
                f"{rule.__name__}: {rule.code} {rule.name} is already taken by {other.__name__}"
            )
    _REGISTRY[rule.code] = rule
    return rule


def _plugins() -> Iterator[type[Rule]]:
    """Rules that installed packages register under :data:`ENTRY_POINT_GROUP`."""
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        loaded = entry.load()
        rules = loaded if isinstance(loaded, (list, tuple)) else [loaded]
        for rule in rules:
            if not (isinstance(rule, type) and issubclass(rule, Rule)):
                raise InvalidArgument(
                    f"entry point {entry.name!r} is not a factcheck Rule: {rule!r}"
                )
            yield rule


def all_rules() -> list[type[Rule]]:
    """Every rule, built in and from plugins, in code order."""
    for rule in _plugins():
        if rule.code not in _REGISTRY:
            register(rule)
    return [_REGISTRY[code] for code in sorted(_REGISTRY)]
