"""The command line, through main(argv)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcheck._cli import ExitCode, main

ARTICLE = (
    "---\ndate: 2031-03-05\n---\n"
    "Norwegian troops will leave within 30 to 45 days, an official said.\n"
)


def test_extract_prints_claims_as_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`factcheck extract FILE` prints version 1 JSON with the file's claims, located."""
    path = tmp_path / "a.md"
    path.write_text(ARTICLE, encoding="utf-8")
    assert main(["extract", str(path)]) == ExitCode.OK
    data = json.loads(capsys.readouterr().out)
    assert data["version"] == 1
    [document] = data["documents"]
    [claim] = [c for c in document["claims"] if c["kind"] == "event"]
    assert ARTICLE[claim["start"] : claim["end"]] == claim["text"]
    assert claim["value"]["window"] == {
        "earliest": "2031-04-04T00:00:00",
        "latest": "2031-04-19T00:00:00",
    }


def test_extract_of_a_missing_file_is_an_input_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that cannot be read exits 2 and names the file."""
    assert main(["extract", str(tmp_path / "absent.md")]) == ExitCode.ERROR
    assert "absent.md: no such file" in capsys.readouterr().err


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown option is a usage error."""
    assert main(["extract", "--no-such-option", "x"]) == ExitCode.ERROR


def test_check_exits_1_on_findings_and_prints_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`factcheck check` prints compiler-style lines and exits 1 when something is found."""
    (tmp_path / "a.md").write_text(
        "---\ndate: 2031-03-05\n---\nNorvik workers will be leaving the valley, Tomas Berg said.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.md").write_text(
        "---\ndate: 2031-03-05\n---\n"
        "Norvik workers will remain in the valley for now, the company said.\n",
        encoding="utf-8",
    )
    assert main(["check", str(tmp_path)]) == ExitCode.FINDINGS
    out = capsys.readouterr().out
    assert f"{tmp_path / 'a.md'}:4:1: FC301 warning [disagreement]" in out
    assert "»Norvik workers will be leaving«" in out
    assert out.rstrip().endswith("1 finding (1 warning) in 2 documents.")


def test_check_passes_below_fail_on(tmp_path: Path) -> None:
    """With --fail-on error, warnings do not fail the check."""
    (tmp_path / "a.md").write_text(
        "Norvik workers will leave. Norvik workers will remain there.\n", encoding="utf-8"
    )
    assert main(["check", str(tmp_path / "a.md"), "--fail-on", "error"]) == ExitCode.OK


def test_check_of_an_unreadable_file_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file that cannot be read is an FC901 finding and exit status 2."""
    (tmp_path / "photo.md").write_bytes(bytes(range(256)))
    assert main(["check", str(tmp_path / "photo.md")]) == ExitCode.ERROR
    assert "FC901 error [input]" in capsys.readouterr().out


def test_config_errors_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A bad configuration file is reported with its name, exit status 2."""
    (tmp_path / "factcheck.toml").write_text('colour = "red"\n', encoding="utf-8")
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.md")]) == ExitCode.ERROR
    assert "factcheck.toml: colour: unknown key" in capsys.readouterr().err


def test_check_json_is_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--format json prints the version 1 report."""
    (tmp_path / "a.md").write_text("Text.\n", encoding="utf-8")
    assert main(["check", str(tmp_path / "a.md"), "--format", "json"]) == ExitCode.OK
    assert json.loads(capsys.readouterr().out)["version"] == 1
