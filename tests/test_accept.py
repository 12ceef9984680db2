"""Accepting findings: inline suppressions, the baseline file and its fingerprints."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import attrs
import pytest

import factcheck
from factcheck import Config
from factcheck._accept import AcceptedBy, Baseline, fingerprint, write_baseline
from factcheck.errors import InputError

CLASH = "Norvik workers will leave. They will remain."
CONFIG = Config(published=dt.datetime(2031, 3, 5))


def _check(text: str, format: str = "markdown", config: Config = CONFIG) -> factcheck.Report:
    return factcheck.check([factcheck.loads(text, id="a", format=format)], config=config)


def _rules(report: factcheck.Report) -> list[str]:
    return [finding.rule for finding in report.findings]


def test_the_clash_is_found_without_a_suppression() -> None:
    """The text the suppression tests use has one stance conflict."""
    assert _rules(_check(CLASH)) == ["FC301"]


@pytest.mark.parametrize(
    ("text", "format"),
    [
        (f"<!-- factcheck: ignore FC301 -->\n\n{CLASH}\n", "markdown"),
        (f"<!-- factcheck: ignore stance-conflict -->\n{CLASH}\n", "markdown"),
        (f"<p>Lede.</p>\n<!-- factcheck: ignore FC3 --><p>{CLASH}</p>", "html"),
        (f"Lede.\n\nfactcheck: ignore FC301\n{CLASH}\n", "text"),
        (f"factcheck: ignore\n\n{CLASH}\n", "text"),
    ],
    ids=["markdown-code", "markdown-name", "html-prefix", "text-line", "text-bare"],
)
def test_a_suppression_accepts_the_next_paragraph(text: str, format: str) -> None:
    """A comment (or, in plain text, a line) naming the rule accepts its finding below."""
    report = _check(text, format)
    assert _rules(report) == []
    [accepted] = report.accepted
    assert (accepted.finding.rule, accepted.by) == ("FC301", AcceptedBy.SUPPRESSION)


def test_a_suppression_covers_only_the_next_paragraph() -> None:
    """A clash two paragraphs down is still found, and the comment is reported unused."""
    report = _check(f"<!-- factcheck: ignore FC301 -->\n\nThe pier closes.\n\n{CLASH}\n")
    assert _rules(report) == ["FC301", "FC904"]


def test_a_suppression_for_another_rule_accepts_nothing() -> None:
    """Naming another rule leaves the finding, and says that rule found nothing."""
    report = _check(f"<!-- factcheck: ignore FC201, FC301 -->\n\n{CLASH}\n")
    assert _rules(report) == ["FC904"]
    assert "names FC201, which found nothing" in report.findings[0].message


def test_a_suppression_naming_no_rule_is_reported() -> None:
    """A misspelt rule is reported, with the comment's line."""
    report = _check(f"Lede.\n\n<!-- factcheck: ignore FC301, stance-conflcit -->\n\n{CLASH}\n")
    [unused] = report.findings
    assert unused.rule == "FC904" and "names no rule: stance-conflcit" in unused.message
    assert unused.offset == len("Lede.\n\n")


def test_a_suppression_keeps_its_reason() -> None:
    """What follows -- in the comment is the reason the finding was accepted."""
    report = _check(f"<!-- factcheck: ignore FC301 -- Berg corrected this -->\n\n{CLASH}\n")
    assert report.accepted[0].reason == "Berg corrected this"


def test_a_comment_shown_in_a_code_block_is_not_a_suppression() -> None:
    """A suppression quoted in a fenced code block does nothing."""
    text = f"```\n<!-- factcheck: ignore -->\n```\n\n{CLASH}\n"
    assert factcheck.loads(text, id="a", format="markdown").suppressions == ()
    assert _rules(_check(text)) == ["FC301"]


def test_suppressions_are_found_in_files(tmp_path: Path) -> None:
    """Loading a file keeps its suppressions, with their place in the file."""
    path = tmp_path / "a.md"
    path.write_text(f"---\ndate: 2031-03-05\n---\n<!-- factcheck: ignore -->\n{CLASH}\n")
    [suppression] = factcheck.load(path).suppressions
    assert suppression.offset == len("---\ndate: 2031-03-05\n---\n")
    assert factcheck.check([path]).accepted


def _articles(tmp_path: Path, lede: str = "") -> list[Path]:
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)
    (folder / "a.md").write_text(f"---\ndate: 2031-03-05\n---\n{lede}{CLASH}\n", encoding="utf-8")
    (folder / "b.md").write_text("---\ndate: 2031-03-05\n---\nThe pier closes.\n")
    return sorted(folder.glob("*.md"))


def _baseline(tmp_path: Path, paths: list[Path]) -> Path:
    report = factcheck.check(paths)
    path = tmp_path / "baseline.json"
    write_baseline(report, path, Config())
    return path


def test_the_baseline_accepts_what_it_lists(tmp_path: Path) -> None:
    """A check against a baseline written from the same articles finds nothing new."""
    paths = _articles(tmp_path)
    report = factcheck.check(paths, config=Config(baseline=_baseline(tmp_path, paths)))
    assert _rules(report) == []
    assert [(a.finding.rule, a.by) for a in report.accepted] == [("FC301", AcceptedBy.BASELINE)]


def test_the_baseline_survives_edits_elsewhere(tmp_path: Path) -> None:
    """A new paragraph above the clash moves it, but the baseline still accepts it."""
    baseline = _baseline(tmp_path, _articles(tmp_path))
    paths = _articles(tmp_path, lede="A new lede was written.\n\n")
    assert _rules(factcheck.check(paths, config=Config(baseline=baseline))) == []


def test_the_baseline_names_files_from_its_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run from another folder, with other paths to the same files, the baseline matches."""
    baseline = _baseline(tmp_path, _articles(tmp_path))
    entry = json.loads(baseline.read_text(encoding="utf-8"))["findings"][0]
    assert entry["documents"] == ["articles/a.md"]
    assert entry["claims"] == ["Norvik workers will leave", "They will remain"]
    monkeypatch.chdir(tmp_path / "articles")
    report = factcheck.check([Path("a.md"), Path("b.md")], config=Config(baseline=baseline))
    assert _rules(report) == []


def test_a_reworded_claim_is_new_and_its_entry_stale(tmp_path: Path) -> None:
    """Rewording the claim makes the finding new, and its old entry is reported stale."""
    paths = _articles(tmp_path)
    baseline = _baseline(tmp_path, paths)
    paths[0].write_text(
        "---\ndate: 2031-03-05\n---\nNorvik workers will depart. They will remain.\n"
    )
    report = factcheck.check(paths, config=Config(baseline=baseline))
    assert sorted(_rules(report)) == ["FC301", "FC905"]
    stale = next(f for f in report.findings if f.rule == "FC905")
    assert "'Norvik workers will leave' vs 'They will remain'" in stale.message


def test_entries_of_documents_not_checked_are_not_stale(tmp_path: Path) -> None:
    """Checking one article does not report the entries of the others."""
    paths = _articles(tmp_path)
    baseline = _baseline(tmp_path, paths)
    assert _rules(factcheck.check(paths[1:], config=Config(baseline=baseline))) == []


def test_entries_of_rules_that_did_not_run_are_not_stale(tmp_path: Path) -> None:
    """Checking with the rule turned off does not report its entries."""
    paths = _articles(tmp_path)
    config = Config(baseline=_baseline(tmp_path, paths), ignore=("FC3",))
    assert _rules(factcheck.check(paths, config=config)) == []


def test_writing_keeps_entries_out_of_scope(tmp_path: Path) -> None:
    """Rewriting the baseline from one article keeps the other articles' entries."""
    paths = _articles(tmp_path)
    baseline = _baseline(tmp_path, paths)
    before = baseline.read_text(encoding="utf-8")
    write_baseline(factcheck.check(paths[1:]), baseline, Config())
    assert baseline.read_text(encoding="utf-8") == before


def test_a_configured_baseline_not_yet_written_accepts_nothing(tmp_path: Path) -> None:
    """A baseline file that does not exist yet is an empty baseline."""
    config = Config(baseline=tmp_path / "absent.json")
    assert _rules(factcheck.check(_articles(tmp_path), config=config)) == ["FC301"]


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ("not json", "not JSON"),
        ('{"findings": []}', "not a factcheck baseline"),
        ('{"version": 1, "findings": {}}', '"findings" must be a list'),
        ('{"version": 1, "findings": [{"rule": "FC301"}]}', "findings[0]: needs a fingerprint"),
        (
            '{"version": 1, "findings": [{"fingerprint": "x", "rule": "FC301", "claims": "a"}]}',
            "findings[0]: claims must be a list of strings",
        ),
    ],
)
def test_a_broken_baseline_is_an_input_error(tmp_path: Path, content: str, reason: str) -> None:
    """A baseline file that cannot be read raises InputError naming the file and the fault."""
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        factcheck.check([], config=Config(baseline=path))
    assert caught.value.source == str(path) and reason in caught.value.reason


def test_fingerprints_ignore_case_spacing_and_order() -> None:
    """The fingerprint reads claim words case-folded with spaces collapsed, in any order."""
    report = _check(CLASH)
    [finding] = report.findings
    documents = {d.id: d for d in report.documents}
    a, b = finding.claims
    louder = attrs.evolve(
        finding,
        claims=(attrs.evolve(b, text="THEY  will\nremain"), a),
    )
    root = Path.cwd()
    assert fingerprint(louder, documents, root=root) == fingerprint(finding, documents, root=root)
    other = attrs.evolve(finding, rule="FC201")
    assert fingerprint(other, documents, root=root) != fingerprint(finding, documents, root=root)


def test_baseline_round_trips(tmp_path: Path) -> None:
    """A written baseline reads back with the same entries."""
    path = _baseline(tmp_path, _articles(tmp_path))
    baseline = Baseline.read(path)
    assert Baseline.read(path) == baseline and len(baseline.entries) == 1
    assert baseline.dumps() == path.read_text(encoding="utf-8")
