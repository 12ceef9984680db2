"""The pint unit registry: one per process, built on first use and never at import.

Quantities are built from a magnitude and a unit name (:func:`quantity`); unit names are looked up
once and kept, so no unit string is parsed in the hot path.
"""

from __future__ import annotations

import functools
from importlib import resources
from typing import TYPE_CHECKING

from factcheck._lexicon import default_lexicon

if TYPE_CHECKING:
    from typing import Any, TypeAlias

    import pint
    from pint import Unit
    from pint.facets.plain import PlainUnit

    Quantity: TypeAlias = pint.Quantity[Any]
    UnitRegistry: TypeAlias = pint.UnitRegistry[Any]

__all__ = ["counted_unit", "quantity", "quantity_in", "registry", "unit"]


@functools.cache
def registry() -> UnitRegistry:
    """factcheck's unit registry: pint's defaults, ``data/units.txt``, and the counted kinds."""
    import pint

    ureg: UnitRegistry = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    with resources.as_file(resources.files("factcheck") / "data" / "units.txt") as path:
        ureg.load_definitions(str(path))
    for kind in default_lexicon().table("units").get("counted", {}):
        _define_kind(ureg, kind)
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


@functools.cache
def counted_unit(kind: str) -> Unit:
    """The unit that counts things of ``kind``, made a dimension of its own if it is new."""
    ureg = registry()
    _define_kind(ureg, kind)
    return ureg.Unit(kind)


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
