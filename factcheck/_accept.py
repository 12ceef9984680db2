"""Accepting findings: inline suppressions and the baseline file.

An editor accepts a finding in one of two ways. A ``factcheck: ignore`` comment (found by the
loader, kept in :attr:`Document.suppressions`) accepts the findings of the rules it names
that have a claim in the paragraph after it. A baseline file lists accepted findings by a
**fingerprint** of what they say, not where they say it: the rule's code, the documents
involved (files by their path relative to the baseline's folder) and, for each claim, its
document, its words (case-folded, spaces collapsed) and its subject key. Editing elsewhere in
an article, or moving the sentence, keeps the fingerprint; rewording the claim does not.

A suppression that accepts nothing is reported (FC904), and so is a baseline entry that no
finding matches any more (FC905), so that accepted findings do not outlive their reason.
"""

from __future__ import annotations

import bisect
import enum
import hashlib
import json
import os
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from factcheck._config import Config
from factcheck._model import Document, Finding, Span, Suppression
from factcheck.errors import InputError
from factcheck.rules import Rule, all_rules
from factcheck.rules.inputs import (
    StaleBaselineEntry,
    UnreadableInput,
    UnusedSuppression,
    input_finding,
)

if TYPE_CHECKING:
    from factcheck._check import Report

__all__ = [
    "BASELINE_VERSION",
    "Accepted",
    "AcceptedBy",
    "Baseline",
    "BaselineEntry",
    "apply_baseline",
    "fingerprint",
    "suppress",
    "write_baseline",
]

#: The version of the baseline file's format.
BASELINE_VERSION = 1

#: Rules whose findings no baseline accepts: a file that cannot be read must be fixed, and
#: findings about acceptance itself are fixed by removing the comment or the entry.
_NEVER_ACCEPTED = frozenset({UnreadableInput.code, UnusedSuppression.code, StaleBaselineEntry.code})


class AcceptedBy(enum.Enum):
    """What accepted a finding."""

    SUPPRESSION = "suppression"
    BASELINE = "baseline"


@attrs.frozen(kw_only=True)
class Accepted:
    """A finding that an inline suppression or the baseline accepts, and the reason given."""

    finding: Finding
    by: AcceptedBy
    reason: str | None = None


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _key(document_id: str, documents: Mapping[str, Document], root: Path) -> str:
    """A document as a baseline names it: a file by its path from ``root``, else its id."""
    document = documents.get(document_id)
    if document is None or document.path is None:
        return document_id
    return Path(os.path.relpath(Path(document.path).resolve(), root.resolve())).as_posix()


_NUMBER = re.compile(r"\d+")


def fingerprint(finding: Finding, documents: Mapping[str, Document], *, root: Path) -> str:
    """What ``finding`` says, as a hex digest that survives edits elsewhere in its documents.

    ``documents`` maps ids to the documents findings point into; files are named by their path
    from ``root`` (the baseline's folder), so that the digest does not depend on the working
    folder. A finding without claims is told by its message, less its document ids and with
    numbers blanked (they count things or give lines).
    """
    claims = sorted(
        (
            _key(claim.document, documents, root),
            _normal(claim.text),
            claim.subject.key if claim.subject is not None else "",
        )
        for claim in finding.claims
    )
    names = sorted({_key(d, documents, root) for d in finding.documents} | {c[0] for c in claims})
    if claims:
        content: Any = claims
    else:
        message = finding.message
        for document_id in finding.documents:
            message = message.replace(document_id, "")
        content = _NUMBER.sub("#", _normal(message))
    payload = json.dumps([finding.rule, names, content], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


@attrs.frozen(kw_only=True)
class BaselineEntry:
    """One accepted finding: its fingerprint, and what a reviewer reads of it."""

    fingerprint: str
    rule: str
    name: str = ""
    documents: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    message: str = ""

    def describe(self) -> str:
        """The entry in one line, as a finding message quotes it."""
        said = " vs ".join(repr(claim) for claim in self.claims) or self.message
        return f"{self.rule} {self.name} in {', '.join(self.documents) or '?'}: {said}".strip()


def _entry(data: object, path: Path, number: int) -> BaselineEntry:
    def fail(reason: str) -> InputError:
        return InputError(str(path), f"findings[{number}]: {reason}")

    if not isinstance(data, dict):
        raise fail("must be an object")
    fields: dict[str, Any] = {}
    for key in ("fingerprint", "rule", "name", "message"):
        value = data.get(key, "")
        if not isinstance(value, str):
            raise fail(f"{key} must be a string")
        fields[key] = value
    if not fields["fingerprint"] or not fields["rule"]:
        raise fail("needs a fingerprint and a rule")
    for key in ("documents", "claims"):
        value = data.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail(f"{key} must be a list of strings")
        fields[key] = tuple(value)
    return BaselineEntry(**fields)


@attrs.frozen(kw_only=True)
class Baseline:
    """The findings a newsroom has accepted, read from (or written to) the file at ``path``."""

    path: Path
    entries: tuple[BaselineEntry, ...] = ()

    @property
    def root(self) -> Path:
        """The folder the baseline names files from."""
        return self.path.parent

    @classmethod
    def read(cls, path: str | os.PathLike[str], *, missing_ok: bool = False) -> Baseline:
        """The baseline in the file at ``path``; with ``missing_ok``, an empty one when there
        is no such file yet. A file that is not a baseline raises
        :class:`~factcheck.InputError` naming it."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            if missing_ok:
                return cls(path=path)
            raise InputError(str(path), "no such baseline file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise InputError(str(path), f"cannot read the baseline: {error}") from None
        try:
            data = json.loads(text)
        except ValueError as error:
            raise InputError(str(path), f"the baseline is not JSON: {error}") from None
        if not isinstance(data, dict) or data.get("version") != BASELINE_VERSION:
            raise InputError(
                str(path), f'not a factcheck baseline (version {BASELINE_VERSION}): no "version"'
            )
        findings = data.get("findings")
        if not isinstance(findings, list):
            raise InputError(str(path), '"findings" must be a list')
        return cls(path=path, entries=tuple(_entry(e, path, n) for n, e in enumerate(findings)))

    @classmethod
    def of(
        cls,
        findings: Iterable[Finding],
        documents: Mapping[str, Document],
        *,
        path: str | os.PathLike[str],
        keep: Iterable[BaselineEntry] = (),
    ) -> Baseline:
        """The baseline at ``path`` that accepts ``findings`` (and the entries of ``keep``)."""
        path = Path(path)
        entries = {entry.fingerprint: entry for entry in keep}
        for finding in findings:
            if finding.rule in _NEVER_ACCEPTED:
                continue
            digest = fingerprint(finding, documents, root=path.parent)
            names = {_key(d, documents, path.parent) for d in finding.documents}
            names |= {_key(c.document, documents, path.parent) for c in finding.claims}
            entries[digest] = BaselineEntry(
                fingerprint=digest,
                rule=finding.rule,
                name=finding.name,
                documents=tuple(sorted(names)),
                claims=tuple(claim.text for claim in finding.claims),
                message=finding.message,
            )
        ordered = sorted(
            entries.values(), key=lambda e: (e.documents, e.rule, e.claims, e.fingerprint)
        )
        return cls(path=path, entries=tuple(ordered))

    def dumps(self) -> str:
        """The baseline file's text: JSON, one entry per finding, in a stable order."""
        data = {
            "version": BASELINE_VERSION,
            "findings": [
                {
                    "fingerprint": entry.fingerprint,
                    "rule": entry.rule,
                    "name": entry.name,
                    "documents": list(entry.documents),
                    "claims": list(entry.claims),
                    "message": entry.message,
                }
                for entry in self.entries
            ],
        }
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"

    def write(self) -> None:
        """Write the baseline to its file."""
        self.path.write_text(self.dumps(), encoding="utf-8")

    def in_scope(self, entry: BaselineEntry, checked: Iterable[str], config: Config) -> bool:
        """Whether a check of the documents named ``checked`` (as the baseline names them)
        under ``config`` could have found ``entry``'s finding."""
        rule = _rule(entry.rule)
        if rule is not None and not config.enabled(rule):
            return False
        return set(entry.documents) <= set(checked)


def _rule(code: str) -> type[Rule] | None:
    return next((rule for rule in all_rules() if rule.code == code), None)


def _matches(name: str, finding: Finding) -> bool:
    """Whether a rule named in a suppression (code, code prefix or name) is the finding's."""
    return finding.rule.startswith(name.upper()) or finding.name == name.lower()


def _known(name: str, rules: Sequence[type[Rule]]) -> bool:
    return any(rule.code.startswith(name.upper()) or rule.name == name.lower() for rule in rules)


def _written(suppression: Suppression) -> str:
    return " ".join(["factcheck: ignore", ", ".join(suppression.rules)]).strip()


def suppress(
    findings: Sequence[Finding],
    documents: Sequence[Document],
    paragraphs: Mapping[str, Sequence[Span]],
    config: Config,
) -> tuple[list[Finding], list[Accepted], list[Finding]]:
    """Split ``findings`` into those no suppression accepts and those one does; the third
    list holds an FC904 finding for each suppression (or rule named in one) that accepted
    nothing. ``paragraphs`` are each document's paragraphs, by document id."""
    rules = all_rules()
    # Each suppression covers the first paragraph that starts at or after it.
    covered: list[tuple[Document, Suppression, Span | None]] = []
    for document in documents:
        spans = paragraphs.get(document.id, ())
        starts = [span.start for span in spans]
        for suppression in document.suppressions:
            index = bisect.bisect_left(starts, suppression.start)
            covered.append((document, suppression, spans[index] if index < len(spans) else None))
    used: dict[int, set[str]] = {number: set() for number in range(len(covered))}
    kept: list[Finding] = []
    accepted: list[Accepted] = []
    for finding in findings:
        by: tuple[int, Suppression] | None = None
        for number, (document, suppression, span) in enumerate(covered):
            if span is None or not any(
                claim.document == document.id and span.start <= claim.span.start < span.end
                for claim in finding.claims
            ):
                continue
            names = [name for name in suppression.rules if _matches(name, finding)]
            if suppression.rules and not names:
                continue
            used[number].update(names or [""])
            by = by or (number, suppression)
        if by is None:
            kept.append(finding)
        else:
            accepted.append(
                Accepted(finding=finding, by=AcceptedBy.SUPPRESSION, reason=by[1].reason)
            )
    unused: list[Finding] = []
    if config.enabled(UnusedSuppression):
        for number, (document, suppression, span) in enumerate(covered):
            written = f"`{_written(suppression)}`"
            unknown = [name for name in suppression.rules if not _known(name, rules)]
            idle = [n for n in suppression.rules if n not in used[number] and n not in unknown]
            if unknown:
                reason = f"names no rule: {', '.join(unknown)}"
            elif span is None:
                reason = "has no paragraph after it to cover"
            elif not used[number]:
                reason = "accepts no finding in the paragraph after it"
            elif idle:
                reason = f"names {', '.join(idle)}, which found nothing in the paragraph after it"
            else:
                continue
            unused.append(
                input_finding(
                    UnusedSuppression,
                    f"{written} {reason}",
                    [document.id],
                    severity=config.severity_of(UnusedSuppression),
                    offset=suppression.offset,
                )
            )
    return kept, accepted, unused


def apply_baseline(
    findings: Sequence[Finding],
    baseline: Baseline,
    documents: Mapping[str, Document],
    config: Config,
) -> tuple[list[Finding], list[Accepted], list[Finding]]:
    """Split ``findings`` into those ``baseline`` does not accept and those it does; the
    third list holds an FC905 finding for each entry in scope (its documents were all
    checked, its rule ran) that no finding matched. ``documents`` are every document
    checked, by id (fact sheets too)."""
    known = {entry.fingerprint for entry in baseline.entries}
    matched: set[str] = set()
    kept: list[Finding] = []
    accepted: list[Accepted] = []
    for finding in findings:
        digest = fingerprint(finding, documents, root=baseline.root)
        if finding.rule in _NEVER_ACCEPTED or digest not in known:
            kept.append(finding)
            continue
        matched.add(digest)
        accepted.append(Accepted(finding=finding, by=AcceptedBy.BASELINE))
    stale: list[Finding] = []
    if config.enabled(StaleBaselineEntry):
        checked = [_key(document_id, documents, baseline.root) for document_id in documents]
        for entry in baseline.entries:
            if entry.fingerprint in matched or not baseline.in_scope(entry, checked, config):
                continue
            stale.append(
                input_finding(
                    StaleBaselineEntry,
                    f"the baseline accepts a finding that is no longer found: {entry.describe()}",
                    [str(baseline.path)],
                    severity=config.severity_of(StaleBaselineEntry),
                )
            )
    return kept, accepted, stale


def write_baseline(report: Report, path: str | os.PathLike[str], config: Config) -> Report:
    """Write the baseline at ``path`` that accepts every finding of ``report`` (keeping the
    entries of an existing baseline there that this check could not have found: other
    documents, rules that did not run); return ``report`` as checked against it."""
    documents = {document.id: document for document in [*report.facts, *report.documents]}
    old = Baseline.read(path, missing_ok=True)
    checked = [_key(document_id, documents, old.root) for document_id in documents]
    keep = [entry for entry in old.entries if not old.in_scope(entry, checked, config)]
    baseline = Baseline.of(report.findings, documents, path=path, keep=keep)
    baseline.write()
    findings, accepted, stale = apply_baseline(report.findings, baseline, documents, config)
    return attrs.evolve(
        report,
        findings=(*findings, *stale),
        accepted=(*report.accepted, *accepted),
    )
