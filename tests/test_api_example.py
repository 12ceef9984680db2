"""examples/api.py runs and shows what it says it shows."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "api.py"


def test_the_api_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """The example prints the wire's claims and the draft's clashes, and none with the port."""
    runpy.run_path(str(EXAMPLE), run_name="__main__")
    out = capsys.readouterr().out
    assert "claim  AmountClaim" in out and "360–440 employee" in out
    assert "found  FC201 warning [disagreement]" in out
    assert out.count("found  FC101") == 2  # the draft against the wire, and against the port
    assert "json   version 1, 3 findings" in out
