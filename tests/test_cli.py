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
