"""The command line, through main(argv)."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck._cli import PROGRESS_FROM, ExitCode, main

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


def test_the_console_script_ends_with_the_exit_code_and_all_output(tmp_path: Path) -> None:
    """The ``factcheck`` script ends its process without tearing it down: it still exits
    with the check's code, having flushed every line it printed and written its report."""
    (tmp_path / "a.md").write_text(
        "---\ndate: 2031-03-05\n---\nNorvik workers will be leaving the valley, Tomas Berg said.\n"
        "Norvik workers will remain in the valley for now, the company said.\n",
        encoding="utf-8",
    )
    report = tmp_path / "report.json"
    script = "from factcheck._cli import run; run()"
    arguments = ["check", str(tmp_path / "a.md"), "--no-cache"]
    printed = subprocess.run(
        [sys.executable, "-c", script, *arguments], capture_output=True, text=True, check=False
    )
    assert printed.returncode == ExitCode.FINDINGS
    assert printed.stdout.rstrip().endswith("1 finding (1 warning) in 1 document.")
    written = subprocess.run(
        [sys.executable, "-c", script, *arguments, "--format", "json", "--output", str(report)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert (written.returncode, written.stderr) == (ExitCode.FINDINGS, "")
    assert len(json.loads(report.read_text(encoding="utf-8"))["findings"]) == 1


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


def _story(folder: Path) -> Path:
    """Two articles in which a stance conflict is found."""
    (folder / "a.md").write_text(
        "---\ndate: 2031-03-05\n---\nNorvik workers will be leaving the valley, Tomas Berg said.\n",
        encoding="utf-8",
    )
    (folder / "b.md").write_text(
        "---\ndate: 2031-03-05\n---\n"
        "Norvik workers will remain in the valley for now, the company said.\n",
        encoding="utf-8",
    )
    return folder


@pytest.mark.parametrize(
    ("output_format", "start"),
    [
        ("sarif", '{\n  "$schema": "https://docs.oasis-open.org/sarif/'),
        ("github", "::warning file="),
        ("markdown", "### factcheck: 1 finding (1 warning) in 2 documents"),
    ],
)
def test_check_prints_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], output_format: str, start: str
) -> None:
    """--format sarif, github and markdown print their forms, and the exit code stays 1."""
    _story(tmp_path)
    assert main(["check", str(tmp_path), "--format", output_format]) == ExitCode.FINDINGS
    assert capsys.readouterr().out.startswith(start)


def test_write_baseline_then_check_against_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--write-baseline accepts every finding (exit 0); --baseline then accepts them too."""
    _story(tmp_path)
    baseline = tmp_path / "baseline.json"
    assert main(["check", str(tmp_path), "--write-baseline", str(baseline)]) == ExitCode.OK
    captured = capsys.readouterr()
    assert f"wrote 1 finding to {baseline}" in captured.err
    assert "No findings in 2 documents; 1 accepted (1 by the baseline)." in captured.out
    assert main(["check", str(tmp_path), "--baseline", str(baseline)]) == ExitCode.OK


def test_configured_baseline_is_honoured(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`baseline` in the configuration accepts findings without --baseline."""
    _story(tmp_path)
    (tmp_path / "factcheck.toml").write_text('baseline = "accepted.json"\n', encoding="utf-8")
    assert main(["check", str(tmp_path)]) == ExitCode.FINDINGS
    written = main(["check", str(tmp_path), "--write-baseline", str(tmp_path / "accepted.json")])
    assert written == ExitCode.OK
    capsys.readouterr()
    assert main(["check", str(tmp_path)]) == ExitCode.OK


def test_a_missing_baseline_option_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--baseline naming no file exits 2."""
    _story(tmp_path)
    code = main(["check", str(tmp_path), "--baseline", str(tmp_path / "absent.json")])
    assert code == ExitCode.ERROR
    assert "does not exist" in capsys.readouterr().err


def test_a_broken_baseline_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A baseline that is not a baseline is an input error naming the file."""
    _story(tmp_path)
    (tmp_path / "baseline.json").write_text("[]", encoding="utf-8")
    code = main(["check", str(tmp_path), "--baseline", str(tmp_path / "baseline.json")])
    assert code == ExitCode.ERROR
    assert "baseline.json: not a factcheck baseline" in capsys.readouterr().err


def test_output_writes_the_report_to_a_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--output writes the report there and prints nothing."""
    _story(tmp_path)
    report = tmp_path / "report.md"
    assert main(["check", str(tmp_path), "--format", "markdown", "--output", str(report)]) == 1
    assert capsys.readouterr().out == ""
    assert report.read_text(encoding="utf-8").startswith("### factcheck: 1 finding")


def test_fail_on_info_fails_on_an_unused_suppression(tmp_path: Path) -> None:
    """An unused suppression is info: it fails the check only with --fail-on info."""
    (tmp_path / "a.md").write_text("<!-- factcheck: ignore -->\n\nThe pier closes.\n")
    assert main(["check", str(tmp_path / "a.md")]) == ExitCode.OK
    assert main(["check", str(tmp_path / "a.md"), "--fail-on", "info"]) == ExitCode.FINDINGS


def test_rules_lists_the_registry(capsys: pytest.CaptureFixture[str]) -> None:
    """`factcheck rules` prints code, name, severity and summary of every rule."""
    from factcheck.rules import all_rules

    assert main(["rules"]) == ExitCode.OK
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == len(all_rules())
    timing = next(line for line in lines if line.startswith("FC201"))
    assert timing.split()[:3] == ["FC201", "timing-conflict", "warning"]
    assert timing.endswith("One event of one subject placed at times that do not overlap.")


@pytest.mark.parametrize("name", ["FC904", "fc904", "unused-suppression"])
def test_explain_prints_the_docstring_with_examples(
    capsys: pytest.CaptureFixture[str], name: str
) -> None:
    """`factcheck explain` takes a code or a name and prints both examples."""
    assert main(["explain", name]) == ExitCode.OK
    out = capsys.readouterr().out
    assert out.startswith("FC904 unused-suppression (default severity: info)\n\n")
    assert "**Conflict**::" in out and "**No conflict**::" in out


def test_explain_an_unknown_rule_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown rule is a usage error."""
    assert main(["explain", "FC999"]) == ExitCode.ERROR
    assert "no rule is named 'FC999'" in capsys.readouterr().err


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_bar_on_a_terminal_for_many_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Checking many files with standard error on a terminal draws a progress bar there."""
    for number in range(PROGRESS_FROM):
        (tmp_path / f"{number:02}.txt").write_text("The pier closes.\n", encoding="utf-8")
    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(tmp_path)]) == ExitCode.OK
    assert "Checking" in terminal.getvalue() and "100%" in terminal.getvalue()
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert main(["check", str(tmp_path)]) == ExitCode.OK
    assert "Checking" not in capsys.readouterr().err
