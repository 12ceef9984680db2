"""The example newsroom shows every kind of finding, and none of the things that agree."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import factcheck
from factcheck import Config, FindingKind

NEWSROOM = Path(__file__).resolve().parents[1] / "examples" / "newsroom"


@pytest.fixture(scope="module")
def findings() -> list[factcheck.Finding]:
    # Without the baseline: a reader who tried the README's walkthrough may have written one.
    config = attrs.evolve(Config.read(NEWSROOM / "pyproject.toml"), baseline=None)
    articles = sorted((NEWSROOM / "articles").glob("*.md"))
    return list(factcheck.check(articles, config=config).findings)


def _texts(finding: factcheck.Finding) -> str:
    return " | ".join(claim.text for claim in finding.claims)


def test_timing_conflict_now_against_weeks(findings: list[factcheck.Finding]) -> None:
    """'coming home now' against 'within 30 to 45 days', from different sources, is found."""
    assert any(
        f.rule == "FC201"
        and f.kind is FindingKind.DISAGREEMENT
        and "now" in _texts(f)
        and "30 to 45 days" in _texts(f)
        for f in findings
    )


def test_stance_conflicts(findings: list[factcheck.Finding]) -> None:
    """Leaving against remaining: superseded across months, a disagreement within one story."""
    stance = [f for f in findings if f.rule == "FC301"]
    assert any(f.kind is FindingKind.SUPERSEDED for f in stance)
    assert any(f.kind is FindingKind.DISAGREEMENT and "very soon" in _texts(f) for f in stance)


def test_quote_findings(findings: list[factcheck.Finding]) -> None:
    """The spokeswoman's 'next stage'/'next phase' drift, and her words given to another."""
    drift = [f for f in findings if f.rule == "FC401"]
    assert (
        drift
        and drift[0].kind is FindingKind.CONTRADICTION
        and "'phase' vs 'stage'" in drift[0].message
    )
    assert [f for f in findings if f.rule == "FC402"]


def test_amount_and_statement_date_findings(findings: list[factcheck.Finding]) -> None:
    """'Some 2,500' clashes with 'roughly 1,200', with 'Norvik still has about 1,200' and with
    the fact sheet; Tuesday is not Wednesday."""
    amounts = [f for f in findings if f.rule == "FC101"]
    assert len(amounts) == 3
    assert any("facts.toml" in c.document for f in amounts for c in f.claims)
    assert [f for f in findings if f.rule == "FC501"]


def test_what_agrees_is_not_flagged(findings: list[factcheck.Finding]) -> None:
    """The hedged counts of about 1,200 agree, and council staff are not Norvik workers."""
    for finding in findings:
        texts = _texts(finding)
        if finding.rule == "FC101":
            assert "2,500" in texts
        assert "Council staff" not in texts
