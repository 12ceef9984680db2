"""Configuration files: discovery, every key, and errors that name the key and the file."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import Config, Severity
from factcheck.errors import ConfigError, LexiconError


def _pyproject(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pyproject.toml"
    path.write_text(f"[project]\nname = 'x'\n\n[tool.factcheck]\n{body}\n", encoding="utf-8")
    return path


def test_discovered_from_a_folder_below(tmp_path: Path) -> None:
    """A pyproject.toml with [tool.factcheck] in a folder above applies to files below."""
    _pyproject(tmp_path, 'fail-on = "error"\nselect = ["FC3"]')
    (tmp_path / "articles").mkdir()
    config = Config.discover(tmp_path / "articles")
    assert config.fail_on is Severity.ERROR
    assert config.select == ("FC3",)


def test_factcheck_toml_wins_over_pyproject(tmp_path: Path) -> None:
    """A factcheck.toml is read before a pyproject.toml in the same folder."""
    _pyproject(tmp_path, 'fail-on = "error"')
    (tmp_path / "factcheck.toml").write_text('fail-on = "info"\n', encoding="utf-8")
    assert Config.discover(tmp_path).fail_on is Severity.INFO


def test_no_configuration_gives_the_defaults(tmp_path: Path) -> None:
    """Without a file, every rule runs and warnings fail."""
    config = Config.discover(tmp_path)
    assert (config.select, config.fail_on) == ((), Severity.WARNING)


def test_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    """Paths in the file are read from its folder."""
    (tmp_path / "facts.toml").write_text("", encoding="utf-8")
    config = Config.read(_pyproject(tmp_path, 'paths = ["articles"]\nfact-sheet = "facts.toml"'))
    assert (
        config.fact_sheet is not None
        and config.fact_sheet.resolve() == (tmp_path / "facts.toml").resolve()
    )
    assert config.paths[0].resolve() == (tmp_path / "articles").resolve()


@pytest.mark.parametrize(
    ("body", "key", "reason"),
    [
        ('colour = "red"', "tool.factcheck.colour", "unknown key"),
        ('fail-on = "fatal"', "tool.factcheck.fail-on", "must be one of"),
        ('select = "FC1"', "tool.factcheck.select", "list of strings"),
        ('select = ["FC999"]', "tool.factcheck.select", "no rule"),
        ('ignore = ["no-such-rule"]', "tool.factcheck.ignore", "no rule"),
        ('severity = { FC101 = "loud" }', "tool.factcheck.severity.FC101", "must be one of"),
        ('severity = { FC777 = "error" }', "tool.factcheck.severity.FC777", "no rule"),
        ('published = "soon"', "tool.factcheck.published", "not a date"),
        ('lexicons = ["absent.toml"]', "tool.factcheck.lexicons", "no such file"),
        ('fact-sheet = "absent.toml"', "tool.factcheck.fact-sheet", "no such file"),
        ("tolerances = 3", "tool.factcheck.tolerances", "must be a table"),
        ('baseline = ""', "tool.factcheck.baseline", "non-empty string"),
    ],
)
def test_every_bad_key_or_value_is_named(tmp_path: Path, body: str, key: str, reason: str) -> None:
    """An unknown key or a bad value raises a ConfigError naming the key and the file."""
    path = _pyproject(tmp_path, body)
    with pytest.raises(ConfigError) as caught:
        Config.read(path)
    assert (caught.value.path, caught.value.key) == (str(path), key)
    assert reason in caught.value.reason


def test_bad_tolerance_is_named_with_the_file(tmp_path: Path) -> None:
    """A tolerance that is not a number is reported at once, naming the file."""
    path = _pyproject(tmp_path, 'tolerances = { approximately = { below = "wide" } }')
    with pytest.raises(LexiconError) as caught:
        Config.read(path)
    assert str(path) in str(caught.value)


def test_not_toml_is_a_config_error(tmp_path: Path) -> None:
    """A file that is not TOML is reported with its name."""
    path = tmp_path / "factcheck.toml"
    path.write_text("fail-on = \n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        Config.read(path)


def test_tolerances_change_what_conflicts(tmp_path: Path) -> None:
    """A wider "about" makes "about 300" and "some 400" agree."""
    documents = [
        factcheck.Document(
            text="About 300 Norvik workers are at the mine.", id="a", published="2031-03-05"
        ),
        factcheck.Document(
            text="Some 400 Norvik workers are at the mine.", id="b", published="2031-03-05"
        ),
    ]
    assert factcheck.check(documents).findings
    wide = Config.read(
        _pyproject(tmp_path, "tolerances = { approximately = { below = 0.2, above = 0.2 } }")
    )
    assert not factcheck.check(documents, config=wide).findings
