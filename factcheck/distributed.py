"""factcheck on Dask: extract on a cluster's workers, and compare each group of claims where
it lands.

Needs the ``dask`` extra (``pip install 'factcheck[dask]'``)::

    from dask.distributed import Client

    import factcheck.distributed

    with Client("scheduler:8786"):
        report = factcheck.distributed.check(paths, config=factcheck.Config.discover())

The pipeline is :func:`factcheck.check`'s as a Dask bag: partitions of the inputs are loaded
and extracted on the workers; each claim is keyed, on the worker that read it, by every rule
that compares it (a subject key, a speaker, a frame: what :meth:`Rule.group
<factcheck.rules.Rule.group>` says); the claims are shuffled across workers so that each
group comes together in one task, which runs the rule on that group alone (groups never meet,
so a group's findings do not depend on where it was compared); and the client gathers the
documents, claims and findings and concludes the report (input findings, suppressions,
baseline). The report is the one :func:`factcheck.check` gives for the same inputs.

Every worker needs factcheck, the rule packs the client has, and the files: paths are read
where a task runs, as are the configuration's lexicon files. The fact sheet is read on the
client. The rules see each document's metadata (id, path, publication date, title, outlet,
byline, problems) but not its text, which stays where it was read. The extraction cache is
not used: ``factcheck check`` keeps one on a single machine.
"""

from __future__ import annotations

import os
from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from typing import Any

import dask.bag
from dask.base import compute

from factcheck._accept import Baseline
from factcheck._cache import Extracted, decode, pack, unpack
from factcheck._check import (
    Report,
    conclude,
    enabled_rules,
    fact_sheet,
    gather,
    inputs,
)
from factcheck._config import Config
from factcheck._engine import _finding_order, compare, group_name
from factcheck._model import Claim, Document, Finding
from factcheck._parallel import Item, Outcome, extract_one
from factcheck.errors import InputError
from factcheck.rules import Context

__all__ = ["PARTITION_SIZE", "check"]

#: Inputs read by one task, unless ``check`` is told otherwise.
PARTITION_SIZE = 32

#: Where a claim stands among all claims: its document's place among the inputs (the fact
#: sheet's after them) and its own place in the document.
_Position = tuple[int, int]
#: A group of claims: the rule's place among the rules run, and the key the rule gave them.
_GroupId = tuple[int, Hashable]


def _read(part: Sequence[tuple[int, Item]], config: Config) -> list[tuple[int, Outcome]]:
    """A partition of the inputs, each read and extracted."""
    return [(index, extract_one(item, config, encoded=False)[0]) for index, item in part]


def _for_client(read: tuple[int, Outcome]) -> tuple[int, InputError | bytes]:
    """An input's outcome as the client gets it: the error, or the extraction's payload."""
    index, outcome = read
    if isinstance(outcome, InputError):
        return index, outcome
    assert isinstance(outcome, Extracted), "the workers read every input in full"
    return index, pack((outcome.document, outcome.claims, outcome.paragraphs))


def _keyed(part: Sequence[tuple[int, Outcome]], config: Config) -> list[tuple[_GroupId, bytes]]:
    """The claims of a partition by group: each group's claims, with their positions and
    their documents' metadata, packed."""
    rules = enabled_rules(config)
    outcomes = [(index, o) for index, o in part if isinstance(o, Extracted)]
    context = Context(
        documents={o.document.id: o.document for _, o in outcomes}, lexicon=config.lexicon()
    )
    groups: dict[_GroupId, list[tuple[_Position, Claim, Document]]] = defaultdict(list)
    for index, outcome in outcomes:
        metadata = outcome.document.without_text()
        for number, claim in enumerate(outcome.claims):
            for place, rule in enumerate(rules):
                if isinstance(claim, rule.claim_type):
                    key = rule.group(claim, context)
                    if key is not None:
                        groups[(place, key)].append(((index, number), claim, metadata))
    return [(group, pack(members)) for group, members in groups.items()]


def _group_id(record: tuple[_GroupId, bytes]) -> _GroupId:
    return record[0]


def _compare(
    part: Iterable[tuple[_GroupId, list[tuple[_GroupId, bytes]]]], config: Config
) -> list[tuple[int, str, bytes, dict[str, int]]]:
    """Each group's findings (packed) and the documents without a date they assumed one for;
    with the rule's place and the group's name, which order groups as the engine does."""
    rules = enabled_rules(config)
    severities = config.severities()
    lexicon = config.lexicon()
    results = []
    for (place, key), records in part:
        members: list[tuple[_Position, Claim, Document]] = []
        for _, packed in records:
            members.extend(unpack(packed))
        members.sort(key=lambda member: member[0])
        claims = [claim for _, claim, _ in members]
        context = Context(
            documents={document.id: document for _, _, document in members}, lexicon=lexicon
        )
        comparison = compare([rules[place]], claims, context, severities=severities)
        findings = pack(tuple(comparison.findings))
        results.append((place, group_name(key), findings, dict(comparison.undated)))
    return results


def check(
    documents: Iterable[Document | str | os.PathLike[str]],
    *,
    config: Config | None = None,
    scheduler: Any = None,
    partition_size: int = PARTITION_SIZE,
) -> Report:
    """Check ``documents`` (:class:`~factcheck.Document` objects, or paths the workers can
    read) on Dask; return the :class:`~factcheck.Report` that :func:`factcheck.check` gives.

    ``scheduler`` is passed to :func:`dask.compute` (default: the active
    ``dask.distributed.Client``, else Dask's default); ``partition_size`` inputs are read
    by each task.
    """
    config = config or Config()
    lexicon = config.lexicon()
    baseline = None if config.baseline is None else Baseline.read(config.baseline, missing_ok=True)
    items = inputs(documents)
    sheets, sheet_claims = fact_sheet(config, lexicon)
    read = dask.bag.from_sequence(
        list(enumerate(items)), partition_size=max(1, partition_size)
    ).map_partitions(_read, config)
    records = read.map_partitions(_keyed, config)
    if sheet_claims:
        # The fact sheet's claims come after every document's, as in check().
        sheet = Extracted(document=sheets[0], claims=sheet_claims)
        records = dask.bag.concat(
            [records, dask.bag.from_sequence(_keyed([(len(items), sheet)], config))]
        )
    groups = records.groupby(_group_id, shuffle="tasks").map_partitions(_compare, config)
    delivered, compared = compute(read.map(_for_client), groups, scheduler=scheduler)
    outcomes: list[Outcome] = []
    for _, result in sorted(delivered, key=lambda pair: pair[0]):
        if isinstance(result, InputError):
            outcomes.append(result)
            continue
        document, claims, paragraphs = decode(result)
        assert document is not None, "every extraction comes back with its document"
        outcomes.append(Extracted(document=document, claims=claims, paragraphs=paragraphs))
    gathered = gather(outcomes, (sheets, sheet_claims), config=config, lexicon=lexicon)
    findings: list[Finding] = []
    undated: dict[str, int] = defaultdict(int)
    for _, _, packed, assumed in sorted(compared, key=lambda group: group[:2]):
        findings.extend(unpack(packed))
        for document_id, count in assumed.items():
            undated[document_id] += count
    # Stable, as the engine's: findings that tie keep the order of their groups.
    findings.sort(key=_finding_order)
    return conclude(gathered, findings, undated, config=config, baseline=baseline).report()
