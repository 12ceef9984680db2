"""Checking documents: read them, extract their claims, run the rules, and report.

:func:`check` never raises for bad input: a file that cannot be read, a document read with a
problem, and a comparison that needed a missing date each become an input finding (FC9xx).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from factcheck._accept import Accepted, Baseline, apply_baseline, suppress
from factcheck._cache import (
    Cache,
    Extracted,
    Outline,
    encode_outline,
    generation,
    outline_key,
    pack,
)
from factcheck._collector import collector_paused
from factcheck._config import Config
from factcheck._engine import (
    Comparison,
    Memory,
    Part,
    Recalled,
    Stale,
    compare,
    compare_parts,
    outline,
    restored,
)
from factcheck._facts import fact_claims
from factcheck._lexicon import Lexicon
from factcheck._model import Claim, Document, Finding, Severity, Span
from factcheck._parallel import Item, Outcome, extract_all
from factcheck.errors import InputError, InvalidArgument
from factcheck.rules import Context, Rule, all_rules
from factcheck.rules.inputs import (
    InputProblem,
    MissingPublicationDate,
    UnreadableInput,
    input_finding,
)

__all__ = [
    "Concluded",
    "Gathered",
    "Report",
    "check",
    "check_concluded",
    "compare_gathered",
    "conclude",
    "enabled_rules",
    "fact_sheet",
    "gather",
    "inputs",
    "parts",
]


@attrs.frozen(kw_only=True)
class Report:
    """What a check found: the documents it read, their claims, and the findings.

    ``claims`` are every claim of the documents and the fact sheet, unless :func:`check` was
    told ``claims=False``: then none (a re-check need not read from the cache the claims of
    groups that did not change), and the checked documents come without their texts
    (:meth:`Document.without_text`; :func:`factcheck.load` reads a file's again).
    ``accepted`` are the findings an inline suppression or the baseline accepts (they are
    not in ``findings``); ``facts`` are the fact sheets the documents were checked against.
    """

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...] = ()
    accepted: tuple[Accepted, ...] = ()
    facts: tuple[Document, ...] = ()

    def worst(self) -> Severity | None:
        """The most severe finding's severity, or ``None`` when nothing was found."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON report, schema version 1 (see docs/json-report.md)."""
        from factcheck._report._json import report_json

        return report_json(self)


@attrs.frozen(kw_only=True)
class Concluded:
    """A check's :class:`Report` before its findings are all restored: a check that writes
    only the JSON report leaves a finding it recalled from the cache packed
    (:class:`factcheck._engine.Recalled`), as that report needs only its text."""

    documents: tuple[Document, ...]
    findings: tuple[Finding | Recalled, ...]
    claims: tuple[Claim, ...] = ()
    accepted: tuple[Accepted, ...] = ()
    facts: tuple[Document, ...] = ()

    def report(self) -> Report:
        """The report, each finding restored; raises :class:`factcheck._engine.Stale` when
        one cannot be."""
        return Report(
            documents=self.documents,
            findings=tuple(map(restored, self.findings)),
            claims=self.claims,
            accepted=self.accepted,
            facts=self.facts,
        )


def fact_sheet(config: Config, lexicon: Lexicon) -> tuple[tuple[Document, ...], tuple[Claim, ...]]:
    """The configured fact sheet (none, or one document) and its claims."""
    if config.fact_sheet is None:
        return (), ()
    sheet, claims = fact_claims(config.fact_sheet, lexicon=lexicon)
    return (sheet,), tuple(claims)


def enabled_rules(config: Config) -> list[Rule]:
    """The rules ``config`` runs, in the registry's order."""
    return [rule() for rule in all_rules() if config.enabled(rule)]


@attrs.frozen(kw_only=True)
class Gathered:
    """What the inputs hold, ready for the rules: the documents read, the input findings,
    every claim read (the fact sheet's last; an input given by its outline has none here),
    the paragraphs of documents with suppressions, the context rules see, each input read
    (its extraction or its outline) and the fact sheet's claims."""

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...]
    paragraphs: Mapping[str, Sequence[Span]]
    facts: tuple[Document, ...]
    context: Context
    inputs: tuple[Extracted | Outline, ...] = ()
    fact_claims: tuple[Claim, ...] = ()


def gather(
    outcomes: Iterable[Outcome],
    facts: tuple[tuple[Document, ...], tuple[Claim, ...]],
    *,
    config: Config,
    lexicon: Lexicon,
) -> Gathered:
    """The outcomes of reading the inputs (in their order) and the fact sheet, gathered; an
    unreadable file and a document's input problems become input findings."""
    documents: list[Document] = []
    findings: list[Finding] = []
    claims: list[Claim] = []
    paragraphs: dict[str, Sequence[Span]] = {}
    read: list[Extracted | Outline] = []
    for outcome in outcomes:
        if isinstance(outcome, InputError):
            if config.enabled(UnreadableInput):
                findings.append(
                    input_finding(
                        UnreadableInput,
                        str(outcome),
                        [outcome.source],
                        severity=config.severity_of(UnreadableInput),
                    )
                )
            continue
        document = outcome.document
        documents.append(document)
        read.append(outcome)
        if config.enabled(InputProblem):
            for problem in document.problems:
                findings.append(
                    input_finding(
                        InputProblem,
                        f"{document.id}: {problem.message}",
                        [document.id],
                        severity=config.severity_of(InputProblem),
                        offset=problem.offset,
                    )
                )
        if isinstance(outcome, Extracted):
            claims.extend(outcome.claims)
        if document.suppressions:
            paragraphs[document.id] = outcome.paragraphs
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        counts = Counter(ids)
        duplicate = next(i for i in ids if counts[i] > 1)
        raise InvalidArgument(f"two documents have the id {duplicate!r}; ids must be unique")
    sheets, sheet_claims = facts
    claims.extend(sheet_claims)
    context = Context(documents={d.id: d for d in [*documents, *sheets]}, lexicon=lexicon)
    return Gathered(
        documents=tuple(documents),
        findings=tuple(findings),
        claims=tuple(claims),
        paragraphs=paragraphs,
        facts=sheets,
        context=context,
        inputs=tuple(read),
        fact_claims=sheet_claims,
    )


def parts(gathered: Gathered, rules: Sequence[Rule]) -> list[Part] | None:
    """The claims of each input and of the fact sheet as the engine groups them
    (:class:`factcheck._engine.Part`); ``None`` when a claim is not of the document it was
    read from (the engine's order of claims would not be the parts'), or a rule's group
    keys are not named by their ``repr`` (the cache then keeps no group's findings)."""
    found = []
    sheet = (
        Extracted(
            document=gathered.facts[0],
            claims=gathered.fact_claims,
            key=hashlib.blake2b(
                pack((gathered.facts, gathered.fact_claims)), digest_size=32
            ).digest(),
        )
        if gathered.facts
        else None
    )
    for source in [*gathered.inputs, *([sheet] if sheet is not None else [])]:
        document = source.document.id
        if isinstance(source, Outline):
            part = Part(
                document=document,
                key=source.key,
                count=source.count,
                claims=None,
                groups=source.groups,
            )
        else:
            if any(claim.document != document for claim in source.claims):
                return None
            groups = outline(rules, source.claims, gathered.context)
            if groups is None:
                return None  # a rule's keys are not named by their repr
            part = Part(
                document=document,
                key=source.key,
                count=len(source.claims),
                claims=source.claims,
                groups=groups,
            )
        found.append(part)
    return found


def conclude(
    gathered: Gathered,
    findings: Iterable[Finding | Recalled],
    undated: Mapping[str, int],
    *,
    config: Config,
    baseline: Baseline | None,
) -> Concluded:
    """The report of a check: the input findings, the rules' ``findings`` (and ``undated``,
    the documents without a date that findings assumed one for), what suppressions and the
    baseline accept, and what they accept that no longer exists. A packed finding that
    neither could accept (the baseline accepts by what a finding says, a suppression only
    in its own document) stays packed; raises :class:`factcheck._engine.Stale` when another
    cannot be restored."""
    found: list[Finding | Recalled] = [*gathered.findings, *findings]
    if config.enabled(MissingPublicationDate):
        for document_id in sorted(undated):
            if gathered.context.documents[document_id].published is not None:
                continue
            count = undated[document_id]
            found.append(
                input_finding(
                    MissingPublicationDate,
                    f"{document_id} gives no publication date; {count} finding"
                    f"{'s' if count != 1 else ''} assumed its claims were made when the other "
                    "documents' were (give the date in front matter, a date line or --published)",
                    [document_id],
                    severity=config.severity_of(MissingPublicationDate),
                )
            )
    suppressing = set(gathered.paragraphs)
    found = [
        restored(finding)
        if baseline is not None or not suppressing.isdisjoint(finding.documents)
        else finding
        for finding in found
    ]
    unpacked = [finding for finding in found if isinstance(finding, Finding)]
    kept, accepted, unused = suppress(unpacked, gathered.documents, gathered.paragraphs, config)
    kept.extend(unused)
    if baseline is not None:
        kept, baselined, stale = apply_baseline(kept, baseline, gathered.context.documents, config)
        accepted.extend(baselined)
        kept.extend(stale)
    # The packed findings, which neither accepts, keep their places among the others.
    before = {id(finding) for finding in found}
    remaining = {id(finding) for finding in kept}
    return Concluded(
        documents=gathered.documents,
        findings=(
            *(f for f in found if isinstance(f, Recalled) or id(f) in remaining),
            *(f for f in kept if id(f) not in before),
        ),
        claims=gathered.claims,
        accepted=tuple(accepted),
        facts=gathered.facts,
    )


def _rules_digest(rules: Sequence[Rule], severities: Mapping[str, Severity]) -> bytes | None:
    """A digest of the rules and severities a check runs with: their classes, and the source
    of the modules of rules from outside factcheck (factcheck's own code is part of the
    cache's generation); ``None`` when a rule's source cannot be read."""
    digest = hashlib.blake2b(digest_size=32)
    for rule in rules:
        kind = type(rule)
        digest.update(f"{kind.__module__}:{kind.__qualname__}:{rule.code}\0".encode())
        if kind.__module__.split(".")[0] != "factcheck":
            source = getattr(sys.modules.get(kind.__module__), "__file__", None)
            if source is None:
                return None
            try:
                digest.update(Path(source).read_bytes())
            except OSError:
                return None
    for code, severity in sorted(severities.items()):
        digest.update(f"{code}={severity.value}\0".encode())
    return digest.digest()


def _memory(
    cache: Cache | None, rules: Sequence[Rule], config: Config, documents: Mapping[str, Document]
) -> Memory | None:
    """The findings of groups kept in ``cache``, with their texts in the JSON report (their
    claims are of ``documents``), for the engine to reuse (``None`` without a usable cache,
    or for rules whose source cannot be read)."""
    if cache is None or not cache.usable:
        return None
    digest = _rules_digest(rules, config.severities())
    if digest is None:
        return None
    from factcheck._report._json import finding_texts

    return Memory(
        store=cache, digest=digest, texts=lambda findings: finding_texts(findings, documents)
    )


#: The claims of inputs condensed to their outlines as they were read, by the inputs' keys:
#: each claim a rule puts in a group, and ``None`` in the place of each other claim.
Held = dict[bytes, tuple[Claim | None, ...]]


def _condenser(
    rules: Sequence[Rule], lexicon: Lexicon, cache: Cache, digest: bytes, held: Held
) -> Callable[[Extracted], Extracted | Outline]:
    """What turns an input just read in full into its outline (kept in ``cache``, under
    the rules' ``digest``), putting in ``held`` only the claims that some group holds: the
    claims of a large archive, held all at once, took more memory than anything else. The
    outline's document comes without its text, as a check without claims reports it."""

    def condense(extracted: Extracted) -> Extracted | Outline:
        document, claims = extracted.document, extracted.claims
        if extracted.key is None or any(claim.document != document.id for claim in claims):
            return extracted  # parts() compares such an input's claims as they are
        document = document.without_text()
        # A claim's group depends on it, its document and the lexicon only.
        context = Context(documents={document.id: document}, lexicon=lexicon)
        groups = outline(rules, claims, context)
        if groups is None:
            return extracted
        cache.put_outline(
            outline_key(extracted.key, digest),
            encode_outline(document, extracted.paragraphs, len(claims), groups),
        )
        grouped = {place for _, _, places in groups for place in places}
        held[extracted.key] = tuple(
            claim if place in grouped else None for place, claim in enumerate(claims)
        )
        return Outline(
            document=document,
            paragraphs=extracted.paragraphs,
            key=extracted.key,
            count=len(claims),
            groups=groups,
        )

    return condense


def _restorer(cache: Cache | None, held: Held) -> Callable[[Part], Sequence[Claim | None]]:
    """What gives the claims of a part given by its outline: those ``held`` since it was
    read (once), else those read from ``cache``."""

    def restore(part: Part) -> Sequence[Claim | None]:
        found = held.pop(part.key, None) if part.key is not None else None
        if found is not None and len(found) == part.count:
            return found
        kept = None if cache is None or part.key is None else cache.get(part.key)
        if kept is None or len(kept[1]) != part.count:
            raise Stale(f"the claims of {part.document} are no longer in the cache")
        return kept[1]

    return restore


def compare_gathered(
    gathered: Gathered,
    rules: Sequence[Rule],
    *,
    config: Config,
    cache: Cache | None,
    held: Held | None = None,
    packed: bool = False,
) -> Comparison:
    """The findings of ``rules`` over what was gathered, reusing (and keeping) the findings
    of groups in ``cache``, those recalled left packed if ``packed``
    (:func:`factcheck._engine.compare_parts`). The claims of an input given by its outline
    are those ``held`` for it (:func:`_condenser`), else read from the cache; raises
    :class:`factcheck._engine.Stale` when they cannot be."""
    memory = _memory(cache, rules, config, gathered.context.documents)
    grouped = None if memory is None else parts(gathered, rules)
    if memory is None or grouped is None:
        if any(isinstance(source, Outline) for source in gathered.inputs):
            raise Stale("outlines need the cache and claims of their own documents")
        return compare(rules, gathered.claims, gathered.context, severities=config.severities())
    return compare_parts(
        rules,
        grouped,
        gathered.context,
        severities=config.severities(),
        memory=memory,
        restore=_restorer(cache, {} if held is None else held),
        packed=packed,
    )


def _once(progress: Callable[[Document], object]) -> Callable[[Document], object]:
    """``progress``, called at most once for each document id."""
    told: set[str] = set()

    def tell(document: Document) -> None:
        if document.id not in told:
            told.add(document.id)
            progress(document)

    return tell


def inputs(documents: Iterable[Document | str | os.PathLike[str]]) -> list[Item]:
    """``documents`` as a list, each checked to be a document or a path."""
    items = list(documents)
    for item in items:
        if not isinstance(item, Document | str | os.PathLike):
            raise InvalidArgument(f"check() takes Documents or paths, not {type(item).__name__}")
    return items


def check(
    documents: Iterable[Document | str | os.PathLike[str]],
    *,
    config: Config | None = None,
    progress: Callable[[Document], object] | None = None,
    workers: int = 1,
    claims: bool = True,
) -> Report:
    """Check ``documents`` (:class:`~factcheck.Document` objects, or paths to load) against each
    other and against the configured fact sheet; return the :class:`Report`.

    Inline suppressions and the configured baseline accept findings (see
    :attr:`Report.accepted`); ``progress`` is called with each document once it is read.
    ``workers`` processes extract the documents (the report is the same for any number).
    What was extracted is kept in the configuration's cache folder
    (:meth:`Config.cache_folder`), and documents found there are not extracted again.
    With ``claims=False`` the report holds no :attr:`Report.claims` and its documents no
    text, and a re-check reads from the cache only the claims of findings and of groups
    that changed (much less work and memory on a large archive).
    """
    return check_concluded(
        documents, config=config, progress=progress, workers=workers, claims=claims
    ).report()


def check_concluded(
    documents: Iterable[Document | str | os.PathLike[str]],
    *,
    config: Config | None = None,
    progress: Callable[[Document], object] | None = None,
    workers: int = 1,
    claims: bool = True,
    packed: bool = False,
) -> Concluded:
    """What :func:`check` reports, before its findings are all restored: with ``packed``,
    a finding recalled from the cache that nothing accepts stays packed (for a check that
    writes only the JSON report, which needs only its text)."""
    config = config or Config()
    if type(workers) is not int or workers < 1:
        raise InvalidArgument(f"workers: must be a whole number of at least 1, not {workers!r}")
    if type(claims) is not bool:
        raise InvalidArgument(f"claims: must be True or False, not {claims!r}")
    lexicon = config.lexicon()
    # A baseline that is configured but not written yet accepts nothing; a broken one is
    # an error before any work is done.
    baseline = None if config.baseline is None else Baseline.read(config.baseline, missing_ok=True)
    items = inputs(documents)
    rules = enabled_rules(config)
    # Outlines stand for the claims of inputs read before, when the report needs no claims.
    outlines = None if claims else _rules_digest(rules, {})
    folder = config.cache_folder()
    if progress is not None:
        progress = _once(progress)  # a check that reads everything again reports each once
    while True:
        with contextlib.ExitStack() as stack:
            cache = (
                None if folder is None else stack.enter_context(Cache(folder, generation(lexicon)))
            )
            # Only a check that reads outlines keeps them (when it condenses what it reads):
            # one that reads every claim would write every outline again each time.
            held: Held = {}
            outcomes = extract_all(
                items,
                config=config,
                workers=workers,
                progress=progress,
                cache=cache,
                outlines=outlines,
                condense=(
                    None
                    if cache is None or outlines is None
                    else _condenser(rules, lexicon, cache, outlines, held)
                ),
            )
            gathered = gather(outcomes, fact_sheet(config, lexicon), config=config, lexicon=lexicon)
            # Comparing makes many objects that live on (pairs, findings) and next to no
            # cycles: the cyclic collector's passes over them and the claims cost a third of
            # the time of a check of 10k articles, and free nothing (measured: the same peak
            # memory).
            with collector_paused():
                try:
                    comparison = compare_gathered(
                        gathered, rules, config=config, cache=cache, held=held, packed=packed
                    )
                    concluded = conclude(
                        gathered,
                        comparison.entries,
                        comparison.undated,
                        config=config,
                        baseline=baseline,
                    )
                except Stale:
                    if outlines is None and not packed:
                        raise
                    # A row went missing since its outline was read (another process, a
                    # damaged database), or a group's row cannot be restored: read every
                    # input in full again, and restore every finding recalled.
                    outlines, packed = None, False
                    continue
        break
    if claims:
        return concluded
    bare = tuple(document.without_text() for document in concluded.documents)
    return attrs.evolve(concluded, claims=(), documents=bare)
