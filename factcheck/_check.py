"""Checking documents: read them, extract their claims, run the rules, and report.

:func:`check` never raises for bad input: a file that cannot be read, a document read with a
problem, and a comparison that needed a missing date each become an input finding (FC9xx).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

from factcheck._claims import read
from factcheck._config import Config
from factcheck._engine import compare
from factcheck._facts import fact_claims
from factcheck._load import load
from factcheck._model import Claim, Document, Finding, FindingKind, Severity
from factcheck.errors import InputError, InvalidArgument
from factcheck.rules import Context, Rule, all_rules
from factcheck.rules.inputs import InputProblem, MissingPublicationDate, UnreadableInput

__all__ = ["Report", "check"]


@attrs.frozen(kw_only=True)
class Report:
    """What a check found: the documents it read, their claims, and the findings."""

    documents: tuple[Document, ...]
    findings: tuple[Finding, ...]
    claims: tuple[Claim, ...] = ()

    def worst(self) -> Severity | None:
        """The most severe finding's severity, or ``None`` when nothing was found."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    def to_dict(self) -> dict[str, Any]:
        """The JSON report, schema version 1 (see docs/json-report.md)."""
        from factcheck._report._json import report_json

        return report_json(self)


def _input_finding(
    rule: type[Rule], message: str, documents: Sequence[str], config: Config
) -> Finding:
    return Finding(
        rule=rule.code,
        name=rule.name,
        kind=FindingKind.INPUT,
        severity=config.severity_of(rule),
        message=message,
        documents=tuple(documents),
    )


def check(
    documents: Iterable[Document | str | os.PathLike[str]],
    *,
    config: Config | None = None,
) -> Report:
    """Check ``documents`` (:class:`~factcheck.Document` objects, or paths to load) against each
    other and against the configured fact sheet; return the :class:`Report`."""
    config = config or Config()
    lexicon = config.lexicon()
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
                        InputProblem, f"{document.id}: {problem.message}", [document.id], config
                    )
                )
    ids = [d.id for d in read_documents]
    if len(set(ids)) != len(ids):
        duplicate = next(i for i in ids if ids.count(i) > 1)
        raise InvalidArgument(f"two documents have the id {duplicate!r}; ids must be unique")
    claims: list[Claim] = []
    for document in read_documents:
        claims.extend(read(document, lexicon=lexicon).claims)
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
    return Report(documents=tuple(read_documents), findings=tuple(findings), claims=tuple(claims))
