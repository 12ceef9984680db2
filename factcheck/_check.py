"""Checking documents: read them, extract their claims, run the rules, and report.

:func:`check` never raises for bad input: a file that cannot be read, a document read with a
problem, and a comparison that needed a missing date each become an input finding (FC9xx).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import attrs

from factcheck._accept import Accepted, Baseline, apply_baseline, suppress
from factcheck._claims import read
from factcheck._config import Config
from factcheck._engine import compare
from factcheck._facts import fact_claims
from factcheck._load import load
from factcheck._model import Claim, Document, Finding, FindingKind, Severity, Span
from factcheck.errors import InputError, InvalidArgument
from factcheck.rules import Context, Rule, all_rules
from factcheck.rules.inputs import InputProblem, MissingPublicationDate, UnreadableInput

__all__ = ["Report", "check"]


@attrs.frozen(kw_only=True)
class Report:
    """What a check found: the documents it read, their claims, and the findings.

    ``accepted`` are the findings an inline suppression or the baseline accepts (they are not
    in ``findings``); ``facts`` are the fact sheets the documents were checked against.
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


def _input_finding(
    rule: type[Rule],
    message: str,
    documents: Sequence[str],
    config: Config,
    offset: int | None = None,
) -> Finding:
    return Finding(
        rule=rule.code,
        name=rule.name,
        kind=FindingKind.INPUT,
        severity=config.severity_of(rule),
        message=message,
        documents=tuple(documents),
        offset=offset,
    )


def check(
    documents: Iterable[Document | str | os.PathLike[str]],
    *,
    config: Config | None = None,
    progress: Callable[[Document], object] | None = None,
) -> Report:
    """Check ``documents`` (:class:`~factcheck.Document` objects, or paths to load) against each
    other and against the configured fact sheet; return the :class:`Report`.

    Inline suppressions and the configured baseline accept findings (see
    :attr:`Report.accepted`); ``progress`` is called with each document once it is read.
    """
    config = config or Config()
    lexicon = config.lexicon()
    # A baseline that is configured but not written yet accepts nothing; a broken one is
    # an error before any work is done.
    baseline = None if config.baseline is None else Baseline.read(config.baseline, missing_ok=True)
    read_documents: list[Document] = []
    findings: list[Finding] = []
    for item in documents:
        if isinstance(item, Document):
            document = item
        elif isinstance(item, str | os.PathLike):
            try:
                document = load(item, published=None)
            except InputError as error:
                if config.enabled(UnreadableInput):
                    findings.append(
                        _input_finding(UnreadableInput, str(error), [error.source], config)
                    )
                continue
        else:
            raise InvalidArgument(f"check() takes Documents or paths, not {type(item).__name__}")
        if document.published is None and config.published is not None:
            document = attrs.evolve(document, published=config.published)
        read_documents.append(document)
        if config.enabled(InputProblem):
            for problem in document.problems:
                findings.append(
                    _input_finding(
                        InputProblem,
                        f"{document.id}: {problem.message}",
                        [document.id],
                        config,
                        problem.offset,
                    )
                )
    ids = [d.id for d in read_documents]
    if len(set(ids)) != len(ids):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise InvalidArgument(f"two documents have the id {duplicate!r}; ids must be unique")
    claims: list[Claim] = []
    paragraphs: dict[str, Sequence[Span]] = {}
    for document in read_documents:
        extraction = read(document, lexicon=lexicon)
        claims.extend(extraction.claims)
        if document.suppressions:
            paragraphs[document.id] = extraction.segments.paragraphs
        if progress is not None:
            progress(document)
    facts: list[Document] = []
    if config.fact_sheet is not None:
        sheet, sheet_claims = fact_claims(config.fact_sheet, lexicon=lexicon)
        facts.append(sheet)
        claims.extend(sheet_claims)
    context = Context(documents={d.id: d for d in [*read_documents, *facts]}, lexicon=lexicon)
    rules = [rule() for rule in all_rules() if config.enabled(rule)]
    comparison = compare(rules, claims, context, severities=config.severities())
    findings.extend(comparison.findings)
    if config.enabled(MissingPublicationDate):
        undated = comparison.undated
        for document_id in sorted(undated):
            if context.documents[document_id].published is not None:
                continue
            count = undated[document_id]
            findings.append(
                _input_finding(
                    MissingPublicationDate,
                    f"{document_id} gives no publication date; {count} finding"
                    f"{'s' if count != 1 else ''} assumed its claims were made when the other "
                    "documents' were (give the date in front matter, a date line or --published)",
                    [document_id],
                    config,
                )
            )
    findings, accepted, unused = suppress(findings, read_documents, paragraphs, config)
    findings.extend(unused)
    if baseline is not None:
        findings, baselined, stale = apply_baseline(findings, baseline, context.documents, config)
        accepted.extend(baselined)
        findings.extend(stale)
    return Report(
        documents=tuple(read_documents),
        findings=tuple(findings),
        claims=tuple(claims),
        accepted=tuple(accepted),
        facts=tuple(facts),
    )
