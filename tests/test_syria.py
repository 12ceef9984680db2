"""The three Syria articles of ../shared give the findings EXPECTED.md lists, and no others.

Skipped when ../shared is absent (a plain clone of the project).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import AmountClaim, EventClaim, FindingKind, QuoteClaim, StatementDateClaim

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "syria"
pytestmark = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus/syria is absent")

DATES = {"000": "2018-12-19", "001": None, "002": "2018-04-04"}


def _documents(*, dated: bool) -> list[factcheck.Document]:
    documents = []
    for path in sorted(CORPUS.glob("*.txt")):
        name = path.name[:3]
        documents.append(factcheck.load(path, id=name, published=DATES[name] if dated else None))
    return documents


@pytest.fixture(scope="module")
def claims() -> dict[str, list[factcheck.Claim]]:
    return {d.id: factcheck.extract(d) for d in _documents(dated=True)}


def _find(claims: list[factcheck.Claim], kind: type, words: str) -> factcheck.Claim:
    found = [c for c in claims if isinstance(c, kind) and words in c.text]
    assert found, f"no {kind.__name__} with {words!r}"
    return found[0]


def _speaker(claim: factcheck.Claim) -> str | None:
    return claim.speaker.key if claim.speaker else None


def test_f1_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """Trump's 'coming back now' and the reported 'within 60 to 100 days' are both about US
    forces, with their windows and speakers."""
    now = _find(claims["000"], EventClaim, "coming back now")
    later = _find(claims["000"], EventClaim, "within 60 to 100 days")
    depart = _find(claims["001"], EventClaim, "depart within 60 to 100 days")
    assert {now.subject.key, later.subject.key, depart.subject.key} == {"US armed forces"}  # type: ignore[union-attr]
    assert _speaker(now) == "donald trump"
    assert _speaker(depart) == "unnamed us official"
    assert now.window is not None and later.window is not None
    assert str(later.window.earliest.date()) == "2019-02-17"  # type: ignore[union-attr]


def test_f2_and_f4_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """'will be leaving' (Trump), 'would return home' (Trump) and 'will remain' (the White
    House) are opposite events of US forces."""
    leaving = _find(claims["000"], EventClaim, "will be leaving")
    remain = _find(claims["002"], EventClaim, "will remain in Syria for now")
    home = _find(claims["002"], EventClaim, "would return home")
    assert (leaving.event, remain.event, home.event) == ("withdraw", "remain", "withdraw")  # type: ignore[attr-defined]
    assert {leaving.subject.key, remain.subject.key, home.subject.key} == {"US armed forces"}  # type: ignore[union-attr]
    assert (_speaker(leaving), _speaker(remain), _speaker(home)) == (
        "donald trump",
        "white house",
        "donald trump",
    )


def test_f3_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """The two wordings of the Sanders quote are quotes of one speaker."""
    steps = _find(claims["000"], QuoteClaim, "next steps")
    phase = _find(claims["001"], QuoteClaim, "next phase")
    assert _speaker(steps) == _speaker(phase) == "sarah sanders"


def test_n1_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """The three hedged counts of about 2,000 are of one subject and overlap."""
    counts = [
        _find(claims["000"], AmountClaim, "roughly 2,000"),
        _find(claims["001"], AmountClaim, "about 2,000"),
        _find(claims["002"], AmountClaim, "Around 2,000"),
    ]
    assert {c.subject.key for c in counts} == {"US armed forces"}  # type: ignore[union-attr]
    low = max(c.amount.low.magnitude for c in counts)  # type: ignore[attr-defined]
    high = min(c.amount.high.magnitude for c in counts)  # type: ignore[attr-defined]
    assert low <= high


def test_n2_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """State Department personnel and US forces are different subjects."""
    staff = _find(claims["000"], EventClaim, "State Department personnel")
    assert staff.subject is not None and staff.subject.key == "US Department of State employee"


def test_n3_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """Trump's 'coming back now' and the White House's 'has started withdrawing' are the same
    event of US forces, both in windows that hold the day of the statements."""
    now = _find(claims["000"], EventClaim, "coming back now")
    started = _find(claims["001"], EventClaim, "has started withdrawing")
    assert now.event == started.event == "withdraw"  # type: ignore[attr-defined]
    assert now.subject.key == started.subject.key == "US armed forces"  # type: ignore[union-attr]
    assert (_speaker(now), _speaker(started)) == ("donald trump", "white house")
    assert now.window is not None and started.window is not None
    assert factcheck.windows_overlap(now.window, started.window)


def test_n4_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """The quote on the Global Coalition has the same words in both articles."""
    shorter = _find(claims["000"], QuoteClaim, "do not signal the end of the Global Coalition")
    longer = _find(claims["001"], QuoteClaim, "These victories over ISIS")
    assert shorter.quote in longer.quote  # type: ignore[attr-defined]


def test_n5_claims(claims: dict[str, list[factcheck.Claim]]) -> None:
    """Trump's statement 'Wednesday' and his tweet 'Wednesday afternoon' fall on one day."""
    said = _find(claims["000"], StatementDateClaim, "said Wednesday")
    tweet = _find(claims["001"], StatementDateClaim, "Wednesday afternoon")
    assert said.window is not None and tweet.window is not None
    assert said.window.earliest.date() == tweet.window.earliest.date()  # type: ignore[union-attr]


def _findings(dated: bool) -> list[factcheck.Finding]:
    return list(factcheck.check(_documents(dated=dated)).findings)


def _pairs(findings: list[factcheck.Finding]) -> list[tuple[str, str, frozenset[str], str]]:
    return [
        (
            f.rule,
            f.kind.value,
            frozenset(c.document for c in f.claims),
            " | ".join(c.text for c in f.claims),
        )
        for f in findings
    ]


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "raw"])
def test_expected_findings(dated: bool) -> None:
    """F1–F4 are reported, with or without the publication dates."""
    found = _pairs(_findings(dated))
    timing = [p for p in found if p[0] == "FC201" and p[2] == {"000"}]
    assert timing and "coming back now" in timing[0][3] and "60 to 100 days" in timing[0][3]  # F1
    stance = [p for p in found if p[0] == "FC301"]
    assert any(
        p[2] == {"000", "002"} and ("will be leaving" in p[3] or "coming back" in p[3])
        for p in stance
    )  # F2
    drift = [p for p in found if p[0] == "FC401"]
    assert drift and drift[0][1] == "contradiction" and drift[0][2] == {"000", "001"}  # F3
    assert any(
        p[2] == {"002"} and "would return home" in p[3] and "remain" in p[3] for p in stance
    )  # F4
    f2 = [p for p in stance if p[2] == {"000", "002"}]
    assert f2 and f2[0][1] == ("superseded" if dated else "disagreement")


@pytest.mark.parametrize("dated", [True, False], ids=["dated", "raw"])
def test_nothing_expected_not_to_be_is_reported(dated: bool) -> None:
    """N1–N5: no amount, misattribution or statement-date finding, and no finding between the
    State Department personnel and US forces."""
    findings = _findings(dated)
    assert not [f for f in findings if f.rule in ("FC101", "FC402", "FC501")]
    assert not [f for f in findings if any("State Department" in c.text for c in f.claims)]
    kinds = {f.kind for f in findings}
    assert kinds <= {
        FindingKind.CONTRADICTION,
        FindingKind.DISAGREEMENT,
        FindingKind.SUPERSEDED,
        FindingKind.INPUT,
    }
