"""factcheck.testing: assertions for tests of one's own."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck.errors import InvalidArgument
from factcheck.testing import Checker, assert_consistent

LEAVING = "Norvik workers will be leaving the valley, Tomas Berg said."
STAYING = "Norvik workers will remain in the valley for now, the company said."


def test_consistent_texts_pass_and_give_the_report() -> None:
    """Texts that agree pass, and the report comes back."""
    report = assert_consistent(LEAVING, "The pier will close in May.", published="2031-03-05")
    assert [d.id for d in report.documents] == ["text-1", "text-2"]


def test_a_clash_fails_with_the_text_report() -> None:
    """A clash raises AssertionError whose message is the text report."""
    with pytest.raises(AssertionError) as caught:
        assert_consistent(LEAVING, STAYING, published="2031-03-05")
    message = str(caught.value)
    assert message.startswith("factcheck: 1 finding at or above warning\n")
    assert "text-1:1:1: FC301 warning [disagreement]" in message
    assert "    text-2:1:1  »Norvik workers will remain in the valley for now«" in message


def test_fail_on_sets_the_bar() -> None:
    """With fail_on="error", a warning passes."""
    assert_consistent(LEAVING, STAYING, published="2031-03-05", fail_on="error")


def test_documents_and_paths_are_taken_as_they_are(tmp_path: Path) -> None:
    """A Document keeps its id; a path is read as a file."""
    path = tmp_path / "b.md"
    path.write_text(f"---\ndate: 2031-03-05\n---\n{STAYING}\n", encoding="utf-8")
    document = factcheck.Document(text=LEAVING, id="draft", published="2031-03-05")
    report = Checker().check(document, path)
    assert [d.id for d in report.documents] == ["draft", str(path)]
    assert [f.rule for f in report.findings] == ["FC301"]


def test_anything_else_is_refused() -> None:
    """Only Documents, paths and text are checked."""
    with pytest.raises(InvalidArgument, match="not int"):
        assert_consistent(3)  # type: ignore[arg-type]


def test_the_discovered_checker_leaves_out_the_baseline(tmp_path: Path) -> None:
    """The fixture's checker reads the project's configuration, less its baseline."""
    (tmp_path / "factcheck.toml").write_text(
        'fail-on = "error"\nbaseline = "accepted.json"\n', encoding="utf-8"
    )
    config = Checker.discover(tmp_path).config
    assert config.fail_on is factcheck.Severity.ERROR and config.baseline is None
