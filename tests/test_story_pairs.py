"""Pairs of invented reports of one story, each with the findings a standards desk expects
between them (``tests/data/story_pairs/*/expected.toml``): what factcheck must catch, and
nothing more."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

import factcheck
from factcheck import Config

PAIRS = sorted((Path(__file__).parent / "data" / "story_pairs").iterdir())


def _expected(pair: Path) -> set[tuple[str, frozenset[str]]]:
    table = tomllib.loads((pair / "expected.toml").read_text(encoding="utf-8"))
    return {(entry["rule"], frozenset(entry["claims"])) for entry in table["finding"]}


@pytest.mark.parametrize("pair", PAIRS, ids=[pair.name for pair in PAIRS])
def test_a_pair_of_reports_gives_the_findings_a_desk_expects(pair: Path) -> None:
    documents = [factcheck.load(pair / "a.md"), factcheck.load(pair / "b.md")]
    report = factcheck.check(documents, config=Config(cache=False))
    found = {
        (finding.rule, frozenset(claim.text for claim in finding.claims))
        for finding in report.findings
    }
    assert found == _expected(pair)
