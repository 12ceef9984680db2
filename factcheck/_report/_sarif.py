"""SARIF 2.1.0: the findings as code-scanning services (GitHub, Azure DevOps) read them.

Each finding is a result located at its first claim, with its other claims as related
locations; the rules are listed in the tool's driver with their help. Accepted findings are
results too, with a suppression (``inSource`` for a comment, ``external`` for the baseline),
so that a service shows them as dismissed rather than fixed. Columns count Unicode code
points, as factcheck's do.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from factcheck._model import Claim, Document, Finding, Severity, file_map
from factcheck._report._json import locate
from factcheck._report._rules import rule_description, rule_markdown, rule_text
from factcheck._report._text import document_name, finding_place
from factcheck.rules import Rule, all_rules

if TYPE_CHECKING:
    from factcheck._accept import Accepted
    from factcheck._check import Report

__all__ = ["SARIF_SCHEMA", "SARIF_VERSION", "sarif_report"]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)

_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
_BRACKET = re.compile(r"([\[\]\\])")


def _text(message: str) -> str:
    """Plain message text: SARIF reads ``[text](id)`` as a link, so brackets are escaped."""
    return _BRACKET.sub(r"\\\1", message)


def _uri(name: str) -> str:
    path = Path(name)
    return path.as_uri() if path.is_absolute() else quote(path.as_posix())


def _claim_location(claim: Claim, documents: Mapping[str, Document]) -> dict[str, Any]:
    document = documents.get(claim.document)
    artifact = {"uri": _uri(document_name(claim.document, documents))}
    if document is None:
        return {"physicalLocation": {"artifactLocation": artifact}}
    place = locate(document, claim.span)
    last = max(claim.span.end - 1, claim.span.start)
    end_line, end_column = file_map(document).line_column(last)
    region = {
        "startLine": place["line"],
        "startColumn": place["column"],
        "endLine": end_line,
        "endColumn": end_column + (1 if len(claim.span) else 0),
        "charOffset": place["start"],
        "charLength": place["end"] - place["start"],
    }
    return {"physicalLocation": {"artifactLocation": artifact, "region": region}}


def _location(finding: Finding, documents: Mapping[str, Document]) -> dict[str, Any]:
    if finding.claims:
        return _claim_location(finding.claims[0], documents)
    name, line, column = finding_place(finding, documents)
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(name)}}
    if finding.offset is not None:
        physical["region"] = {"startLine": line, "startColumn": column}
    return {"physicalLocation": physical}


def _rule_json(rule: type[Rule]) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule_description(rule)},
        "help": {"text": rule_text(rule), "markdown": rule_markdown(rule)},
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
    }


def _result(
    finding: Finding,
    documents: Mapping[str, Document],
    index: Mapping[str, int],
    fingerprint: str,
) -> dict[str, Any]:
    related = []
    links = []
    for number, claim in enumerate(finding.claims[1:], start=1):
        location = _claim_location(claim, documents)
        name, line, column = document_name(claim.document, documents), 1, 1
        region = location["physicalLocation"].get("region")
        if region is not None:
            line, column = region["startLine"], region["startColumn"]
        related.append({"id": number, **location, "message": {"text": _text(claim.text)}})
        links.append(f"[{_text(name)}:{line}:{column}]({number})")
    message = _text(finding.message)
    if links:
        message += f" (see {', '.join(links)})"
    result: dict[str, Any] = {
        "ruleId": finding.rule,
        "level": _LEVELS[finding.severity],
        "message": {"text": message},
        "locations": [_location(finding, documents)],
        "partialFingerprints": {"factcheck/v1": fingerprint},
        "properties": {"kind": finding.kind.value},
    }
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    if related:
        result["relatedLocations"] = related
    return result


def _suppression(item: Accepted, baseline: str | None) -> dict[str, Any]:
    from factcheck._accept import AcceptedBy

    if item.by is AcceptedBy.SUPPRESSION:
        suppression = {"kind": "inSource", "status": "accepted"}
        if item.reason:
            suppression["justification"] = item.reason
        return suppression
    where = f" {baseline}" if baseline else ""
    return {"kind": "external", "status": "accepted", "justification": f"in the baseline{where}"}


def _version() -> str | None:
    try:
        return importlib.metadata.version("factcheck")
    except importlib.metadata.PackageNotFoundError:  # run from a source tree, not installed
        return None


def sarif_report(report: Report, *, root: Path, baseline: str | None = None) -> dict[str, Any]:
    """The report as a SARIF 2.1.0 log of one run; fingerprints name files from ``root``, and
    ``baseline`` names the baseline file that accepted findings, if one did."""
    from factcheck._accept import fingerprint

    documents = {document.id: document for document in [*report.facts, *report.documents]}
    rules = all_rules()
    index = {rule.code: number for number, rule in enumerate(rules)}

    def result(finding: Finding) -> dict[str, Any]:
        return _result(finding, documents, index, fingerprint(finding, documents, root=root))

    results = [result(finding) for finding in report.findings]
    for item in report.accepted:
        results.append({**result(item.finding), "suppressions": [_suppression(item, baseline)]})
    driver: dict[str, Any] = {"name": "factcheck", "rules": [_rule_json(r) for r in rules]}
    version = _version()
    if version is not None:
        driver["version"] = version
    return {
        "$schema": SARIF_SCHEMA,
        "version": SARIF_VERSION,
        "runs": [
            {"tool": {"driver": driver}, "columnKind": "unicodeCodePoints", "results": results}
        ],
    }
