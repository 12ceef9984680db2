"""Lexicons load from the shipped data and extend from users' files."""

from __future__ import annotations

from pathlib import Path

import pytest

import factcheck
from factcheck import LexiconError, load_lexicon


def test_user_file_extends_lists_and_replaces_values(tmp_path: Path) -> None:
    """A user's words join ours; a user's tolerance replaces ours."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text(
        '[hedges.approximately]\nwords = ["circa-ish"]\nbelow = 0.15\n', encoding="utf-8"
    )
    hedges = load_lexicon(extra).table("hedges")["approximately"]
    assert "circa-ish" in hedges["words"]
    assert "about" in hedges["words"]
    assert hedges["below"] == 0.15


def test_origin_names_the_user_file(tmp_path: Path) -> None:
    """Each value remembers the file that set it, for error messages."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text("[hedges.approximately]\nbelow = 0.15\n", encoding="utf-8")
    lexicon = load_lexicon(extra)
    assert lexicon.origin("hedges", "approximately", "below") == str(extra)
    assert lexicon.origin("hedges", "approximately", "above").endswith("hedges.toml")


def test_unknown_table_is_an_error_naming_file_and_key(tmp_path: Path) -> None:
    """A table factcheck does not know is reported with its file and key."""
    extra = tmp_path / "typo.toml"
    extra.write_text("[hedgez.about]\nbelow = 1\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(extra)
    assert caught.value.path == str(extra)
    assert caught.value.key == "hedgez"


def test_invalid_toml_is_an_error_naming_the_file(tmp_path: Path) -> None:
    """A file that is not TOML is reported, not a traceback."""
    extra = tmp_path / "broken.toml"
    extra.write_text("[hedges\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="not valid TOML"):
        load_lexicon(extra)


def test_missing_file_is_an_error(tmp_path: Path) -> None:
    """A lexicon path that does not exist is reported."""
    with pytest.raises(LexiconError, match="no such file"):
        load_lexicon(tmp_path / "absent.toml")


def test_table_cannot_become_a_value(tmp_path: Path) -> None:
    """A user value cannot replace one of our tables."""
    extra = tmp_path / "flat.toml"
    extra.write_text('[hedges]\napproximately = "about"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match="table"):
        load_lexicon(extra)


def test_words_and_mappings_are_checked_where_read(tmp_path: Path) -> None:
    """``Lexicon.words`` and ``Lexicon.mapping`` give a list of words and a table of words,
    or an error that names the key of a value that is not one."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text(
        '[speakers.people.honorifics]\n"Dr." = 3\n[speakers.verbs]\ninverted = ["said", ""]\n',
        encoding="utf-8",
    )
    lexicon = load_lexicon(extra)
    assert lexicon.mapping("speakers", "people", "nothing") == {}
    with pytest.raises(LexiconError) as caught:
        lexicon.mapping("speakers", "people", "honorifics")
    assert caught.value.key == "speakers.people.honorifics"
    with pytest.raises(LexiconError) as caught:
        lexicon.words("speakers", "verbs", "inverted")
    assert caught.value.key == "speakers.verbs.inverted"


@pytest.mark.parametrize(
    ("table", "problem"),
    [
        ('[subjects.regions]\nXX-AL = ["Averland"]\n', "no code of a country's region"),
        ('[subjects.regions]\nUS-ML = ["Mali"]\n', "names a country"),
    ],
)
def test_a_region_belongs_to_a_country_and_is_none(
    tmp_path: Path, table: str, problem: str
) -> None:
    """A region's code starts with its country's code, and its names are no country's."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text(table, encoding="utf-8")
    with pytest.raises(LexiconError, match=problem) as caught:
        factcheck.extract("Doctors counted 40 cases.", lexicon=load_lexicon(extra))
    assert caught.value.key.startswith("subjects.regions.")
