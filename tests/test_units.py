"""One pint registry, built on first use, never at import."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck._amounts import parse_amount
from factcheck._intervals import amounts_overlap
from factcheck._units import (
    UNIT_CACHE_VARIABLE,
    counted_unit,
    quantity,
    quantity_in,
    registry,
    unit,
    unit_readings,
)
from factcheck.errors import LexiconError


def test_importing_factcheck_does_not_import_pint() -> None:
    """`import factcheck` (and the pieces the pytest plugin needs) leaves pint unloaded."""
    code = "import factcheck, sys; factcheck.Document; print('pint' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
    assert "pint" not in result.stderr


def test_the_registry_is_built_once() -> None:
    """Every call returns the same registry."""
    assert registry() is registry()


def test_currencies_and_counts_are_dimensions_of_their_own() -> None:
    """Dollars, euros, troops and people never convert into each other."""
    dimensions = {
        str(quantity(1, name).dimensionality) for name in ("USD", "EUR", "troop", "person")
    }
    assert len(dimensions) == 4


def test_new_counted_kinds_become_dimensions() -> None:
    """A counted kind a user names is a dimension of its own."""
    assert (
        str(registry().Quantity(1, counted_unit("ferry_crossing")).dimensionality)
        == "[ferry_crossing]"
    )


def test_a_kind_that_pint_names_is_refused() -> None:
    """A counted kind may not take the name of one of pint's units."""
    with pytest.raises(LexiconError, match="already names a unit"):
        counted_unit("meter")


def test_men_and_women_are_counted_apart_from_people() -> None:
    """'eleven women' and 'nine men' are parts of a count of people, never the same count."""
    women, men, people = (parse_amount(text) for text in ("eleven women", "nine men", "20 people"))
    assert amounts_overlap(women, men) is None
    assert amounts_overlap(women, people) is None


@pytest.mark.parametrize(("magnitude", "name"), [(2.5, "km"), (3, "day"), (-0.0, "USD")])
def test_quantity_in_makes_what_pint_makes(magnitude: float, name: str) -> None:
    """A quantity built the quick way equals, and prints as, pint's own."""
    made, built = quantity_in(magnitude, unit(name)), registry().Quantity(magnitude, unit(name))
    assert type(made) is type(built)
    assert repr(made) == repr(built)
    assert made.dimensionality == built.dimensionality


def test_quantity_in_leaves_other_magnitudes_to_pint() -> None:
    """A magnitude that is not a plain number goes through pint's checks."""
    with pytest.raises(TypeError):
        quantity_in(True, unit("km"))


@pytest.mark.parametrize(
    "word", ["km", "kms", "metres", "kilometers", "ks", "Ms", "storey", "people", "were", "Gys"]
)
def test_unit_readings_agree_with_pint(word: str) -> None:
    """The quick unit-name lookup says what pint's ``parse_unit_name`` says."""
    assert unit_readings(word) == _pint_readings(word)


def _pint_readings(word: str) -> set[tuple[str, str]]:
    return {(prefix, name) for prefix, name, _ in registry().parse_unit_name(word)}


def _unit_words() -> st.SearchStrategy[str]:
    """Words made of pint's prefixes, unit names and endings, and words near them."""
    ureg = registry()
    prefixes = sorted(str(name) for name in ureg._prefixes)
    names = sorted(str(name) for name in ureg._units)
    pieces = st.tuples(
        st.sampled_from(prefixes), st.sampled_from(names), st.sampled_from(["", "s", "es", "x"])
    ).map("".join)
    return pieces | st.text(alphabet="abcdegiklmnorstxyzGKMTs", min_size=1, max_size=8)


@given(word=st.deferred(_unit_words))
def test_unit_readings_agree_with_pint_on_any_word(word: str) -> None:
    """The quick unit-name lookup says what pint's ``parse_unit_name`` says, for made-up
    words as well: a pint whose tables mean something else fails here."""
    assert unit_readings(word) == _pint_readings(word)


def _kilometre_in_metres(cache: str) -> str:
    """What a fresh process with the unit cache ``cache`` makes of 3 km, in metres."""
    code = "from factcheck._units import registry; print(registry()('3 km').to('m').magnitude)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, UNIT_CACHE_VARIABLE: cache},
    )
    return result.stdout.strip()


def test_the_unit_cache_is_kept_and_a_damaged_one_left_aside(tmp_path: Path) -> None:
    """pint's cache of parsed definitions goes where the variable says; damaged, it is not
    read, and the registry is built from the files."""
    folder = tmp_path / "units"
    assert _kilometre_in_metres(str(folder)) == "3000.0"
    pickles = sorted(folder.glob("*.pickle"))
    assert pickles
    for pickle in pickles:
        pickle.write_bytes(b"\x80\x04not a pickle")
    assert _kilometre_in_metres(str(folder)) == "3000.0"


def test_the_unit_cache_can_be_off_or_out_of_reach(tmp_path: Path) -> None:
    """ "off" keeps no cache; a folder that cannot be made leaves the registry uncached."""
    assert _kilometre_in_metres("off") == "3000.0"
    blocker = tmp_path / "a file"
    blocker.write_text("", encoding="utf-8")
    assert _kilometre_in_metres(str(blocker / "units")) == "3000.0"
