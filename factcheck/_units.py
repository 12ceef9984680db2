"""The pint unit registry: one per process, built on first use and never at import.

Quantities are built from a magnitude and a unit name (:func:`quantity`); unit names are looked up
once and kept, so no unit string is parsed in the hot path.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from importlib import resources
from typing import TYPE_CHECKING

from factcheck._lexicon import default_lexicon

if TYPE_CHECKING:
    from typing import Any, TypeAlias

    import pint
    from pint import Unit
    from pint.facets.plain import PlainUnit
    from pint.util import UnitsContainer

    Quantity: TypeAlias = pint.Quantity[Any]
    UnitRegistry: TypeAlias = pint.UnitRegistry[Any]

__all__ = [
    "UNIT_CACHE_VARIABLE",
    "base_magnitude",
    "counted_unit",
    "quantity",
    "quantity_in",
    "registry",
    "unit",
    "unit_facts",
    "unit_name",
    "unit_readings",
    "unlisted_count",
    "unlisted_kind",
]


#: The environment variable that names the folder of pint's cache of parsed unit definitions,
#: or turns it off ("off"); unset, pint's own folder in the user's cache directory.
UNIT_CACHE_VARIABLE = "FACTCHECK_UNIT_CACHE"


@functools.cache
def registry() -> UnitRegistry:
    """factcheck's unit registry: pint's defaults, ``data/units.txt``, and the counted kinds.

    pint keeps what it parsed of its definition files in a cache folder, keyed by their
    contents and by the versions of pint and Python: a registry then takes a tenth of the
    time to build (0.04 s instead of 0.3 s, in every process that reads amounts). The folder
    is the user's (:data:`UNIT_CACHE_VARIABLE`), never one next to the articles, which the
    author of a change could fill: pint's cache holds pickles. A cache that cannot be read
    or written is left aside, and the registry built from the files."""
    folder = _unit_cache_folder()
    try:
        ureg = _built(folder)
    except Exception:  # a damaged or unwritable cache: pint raises errors of every kind
        if folder is None:
            raise
        ureg = _built(None)
    for kind in default_lexicon().table("units").get("counted", {}):
        _define_kind(ureg, kind)
    return ureg


def _unit_cache_folder() -> str | None:
    """The folder of pint's cache (":auto:": pint's own), or ``None`` for none."""
    named = os.environ.get(UNIT_CACHE_VARIABLE, "").strip()
    if named.lower() == "off":
        return None
    return named or ":auto:"


def _built(cache_folder: str | None) -> UnitRegistry:
    import pint

    ureg: UnitRegistry = pint.UnitRegistry(
        autoconvert_offset_to_baseunit=True, cache_folder=cache_folder
    )
    with resources.as_file(resources.files("factcheck") / "data" / "units.txt") as path:
        ureg.load_definitions(str(path))
    return ureg


def _define_kind(ureg: UnitRegistry, kind: str) -> None:
    if kind not in ureg:
        ureg.define(f"{kind} = [{kind}]")
    elif ureg.get_dimensionality(kind) != {f"[{kind}]": 1}:
        lexicon = default_lexicon()
        raise lexicon.error(
            ("units", "counted", kind),
            f"{kind!r} already names a unit of pint's ({ureg.get_dimensionality(kind)}); "
            "give the counted kind another name",
        )


@functools.cache
def unit(name: str) -> Unit:
    """The unit called ``name``; raises pint's ``UndefinedUnitError`` for an unknown name."""
    return registry().Unit(name)


#: What the name of the unit of a count of a noun no table lists starts with ("count_hanger"):
#: a name no text writes, so that no word of a text is read as that unit.
_UNLISTED = "count_"


def unlisted_count(noun: str) -> Unit:
    """The unit that counts things of a noun no table lists, named by the noun's singular
    (``noun``): a dimension of its own."""
    return counted_unit(f"{_UNLISTED}{noun}")


def unlisted_kind(name: str) -> str | None:
    """The unit called ``name`` as its words name it when it counts a noun no table lists
    (:func:`unlisted_count`), perhaps per a time ("count_flight / day": "flight / day"),
    else ``None``."""
    return name.replace(_UNLISTED, "") if name.startswith(_UNLISTED) else None


@functools.cache
def counted_unit(kind: str) -> Unit:
    """The unit that counts things of ``kind``, made a dimension of its own if it is new."""
    ureg = registry()
    _define_kind(ureg, kind)
    return ureg.Unit(kind)


def unit_readings(word: str) -> set[tuple[str, str]]:
    """The ways pint reads ``word`` as one unit name, with a prefix and a plural "s" or not:
    the names of the prefix (``""`` for none) and of the unit, as
    ``registry().parse_unit_name(word)`` gives them, at a twentieth of its cost.

    pint tries every prefix it knows with ``startswith`` (a hundred and fifty calls a word);
    here only the word's own beginnings are looked up in its tables, which are read live, as
    defining a unit (a counted kind) changes them. Another pint version falls back to pint.
    """
    tables = _name_tables()
    if tables is None:
        return {(prefix, name) for prefix, name, _ in registry().parse_unit_name(word)}
    prefixes, suffixes, names = tables
    found = set()
    for cut in range(len(word) + 1):
        prefix = prefixes.get(word[:cut])
        if prefix is None:
            continue
        for suffix in suffixes:
            # The same cuts as pint's, a one-letter name before a suffix refused as there.
            if word.endswith(suffix):
                name = word[cut:]
                if suffix:
                    name = name[: -len(suffix)]
                    if len(name) == 1:
                        continue
                if name in names:
                    found.add((prefix.name, names[name].name))
    # As pint: a prefixed unit defined once it was used ("kilometer") is its prefix and unit.
    return found - {("", prefix + name) for prefix, name in found if prefix}


@functools.cache
def _name_tables() -> tuple[Mapping[str, Any], Mapping[str, str], Mapping[str, Any]] | None:
    """The registry's prefixes, suffixes and unit names (its own tables, which stay current) if
    :func:`unit_readings` can read them as pint's ``parse_unit_name`` does (checked once)."""
    ureg = registry()
    tables = (
        getattr(ureg, "_prefixes", None),
        getattr(ureg, "_suffixes", None),
        getattr(ureg, "_units", None),
    )
    if not all(isinstance(table, Mapping) for table in tables) or not ureg.case_sensitive:
        return None
    # pint's lookup refuses a suffix that says something; the default one only drops an "s".
    if any(meaning != "" for meaning in tables[1].values()):  # type: ignore[union-attr]
        return None
    return tables  # type: ignore[return-value]


def unit_facts(value: Quantity) -> tuple[str, str, int | float | None]:
    """The dimension of the units of ``value`` and their name, as pint writes them, and the
    factor that takes a magnitude in them to the base units of the dimension (``None`` when
    converting is not a product: a temperature in °C has an offset).

    Worked out once per unit, as an archive's amounts share a few hundred units: pint took
    9 µs to write a unit's name (three for an amount's comparison, four to keep it in the
    cache) and 7 µs to convert a quantity, for each of the 52,363 amounts of a check of 10k
    articles. They are looked up by the units the quantity holds where quantities are made
    fast (:func:`quantity_in`): asking a quantity for its ``units`` makes a new unit each
    time, and making, hashing and comparing those took most of the look-up (a third of
    outlining the claims of 10k articles)."""
    return _unit_facts(value.units if _fast_quantity() is None else value._units)


@functools.lru_cache(maxsize=1024)
def _unit_facts(units: PlainUnit | UnitsContainer) -> tuple[str, str, int | float | None]:
    ureg = registry()
    # pint converts a product unit by one multiplication by its factor: what it gives for 1
    # is the factor itself (an int where it is one, as for a unit that is its own base).
    factor: int | float = ureg.Quantity(1, units).to_base_units().magnitude
    product = ureg.Quantity(0, units).to_base_units().magnitude == 0
    named = ureg.Unit(units)
    return str(named.dimensionality), str(named), factor if product else None


def unit_name(value: Quantity) -> str:
    """The name of the units of ``value`` as pint writes them (``"troop"``, ``"kilometer"``),
    worked out once per unit (see :func:`unit_facts`)."""
    return unit_facts(value)[1]


def base_magnitude(value: Quantity, factor: int | float | None) -> Any:
    """The magnitude of ``value`` in base units, as pint's ``to_base_units`` gives it, by the
    factor :func:`unit_facts` gives for its units (``None``: by pint)."""
    magnitude = value.magnitude
    if factor is None or type(magnitude) not in (int, float):
        return value.to_base_units().magnitude
    return magnitude * factor


def quantity(magnitude: float, unit_name: str) -> Quantity:
    """A quantity of ``magnitude`` in the unit called ``unit_name``."""
    return quantity_in(magnitude, unit(unit_name))


def quantity_in(magnitude: float, of: PlainUnit) -> Quantity:
    """A quantity of ``magnitude`` in the unit ``of``.

    For a plain ``float`` or ``int``, what pint's constructor makes, in a fifteenth of its time
    (it checks the kinds of both arguments at length): the finders make thousands.
    """
    kind = _fast_quantity()
    if kind is None or type(magnitude) not in (float, int):
        return registry().Quantity(magnitude, of)
    return _set(kind, magnitude, of)


def _set(kind: type[Quantity], magnitude: float, of: PlainUnit) -> Quantity:
    """A quantity of class ``kind`` with its magnitude and units set, unchecked."""
    made = object.__new__(kind)
    made._magnitude = magnitude
    made._units = of._units
    return made


@functools.cache
def _fast_quantity() -> type[Quantity] | None:
    """The registry's quantity class if :func:`quantity_in` may set a new quantity's magnitude
    and units itself: only if that makes what pint's constructor makes (checked once, so that
    another pint version falls back to the constructor)."""
    kind = registry().Quantity
    probe = unit("meter")
    made, built = _set(kind, 1.5, probe), kind(1.5, probe)
    same = (
        vars(made).keys() == vars(built).keys()
        and type(built.magnitude) is float
        and built.magnitude == made.magnitude
        and built.units == made.units
    )
    return kind if same else None
