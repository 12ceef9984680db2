"""Whether two amounts or two time windows can both be true: the interval algebra rules rely on.

Each relation answers ``True`` (they overlap), ``False`` (they cannot both hold) or ``None``
(they cannot be compared: counts of different kinds, or a dated window against one that is only
known relative to an unknown reference instant).
"""

from __future__ import annotations

import datetime as dt
import math

from factcheck._model import Amount, TimeBound, TimeWindow

__all__ = ["amount_extent", "amounts_overlap", "comparable", "window_within", "windows_overlap"]

#: Relative slack when comparing converted magnitudes, so unit round trips do not split hairs.
_EPSILON = 1e-9
#: How far :func:`amount_extent` draws in the ends of an interval, relative to each end: far
#: more than :data:`_EPSILON`, and than a float's rounding in converting to base units.
_INSET = 1e-7


def comparable(a: Amount, b: Amount) -> bool:
    """Whether two amounts measure the same kind of thing (days and months do; troops and people
    do not)."""
    return a.in_base_units[0] == b.in_base_units[0]


def _close(x: float, y: float, *, converted: bool) -> bool:
    if not converted or math.isinf(x) or math.isinf(y):
        return x == y
    return abs(x - y) <= _EPSILON * max(abs(x), abs(y))


def amounts_overlap(a: Amount, b: Amount) -> bool | None:
    """Whether some value lies in both amounts' intervals; ``None`` if they are not comparable."""
    dimension, unit, a_low, a_high = a.in_base_units
    b_dimension, b_unit, b_low, b_high = b.in_base_units
    if dimension != b_dimension:
        return None
    converted = not unit or unit != b_unit
    if not converted:
        # Amounts in one unit compare as written: converting can round two ends together.
        a_low, a_high = a.magnitudes
        b_low, b_high = b.magnitudes
        if not (a.low_open or a.high_open or b.low_open or b.high_open):
            return a_low <= b_high and b_low <= a_high  # closed intervals, nearly every pair
    # The intersection runs from the larger low end to the smaller high end.
    if _close(a_low, b_low, converted=converted):
        low, low_open = a_low, a.low_open or b.low_open
    elif a_low > b_low:
        low, low_open = a_low, a.low_open
    else:
        low, low_open = b_low, b.low_open
    if _close(a_high, b_high, converted=converted):
        high, high_open = a_high, a.high_open or b.high_open
    elif a_high < b_high:
        high, high_open = a_high, a.high_open
    else:
        high, high_open = b_high, b.high_open
    if _close(low, high, converted=converted):
        return not (low_open or high_open)
    return bool(low < high)


def amount_extent(amount: Amount) -> tuple[float, float] | None:
    """The closed interval of an amount's values in the base units of its dimension, drawn
    in at each end of a range by a hair (:data:`_INSET`), and past an open end: two amounts
    of one dimension whose extents share a value overlap (:func:`amounts_overlap` is not
    ``False``). One figure ("2,000 troops") is its value, as no figure has an open end; a
    range too narrow to draw in has none (``None``)."""
    _, _, low, high = amount.in_base_units
    low, high = float(low), float(high)
    if low == high:
        return None if amount.low_open or amount.high_open else (low, high)
    if math.isfinite(low):
        low += abs(low) * _INSET
        if amount.low_open:
            low = math.nextafter(low, math.inf)
    if math.isfinite(high):
        high -= abs(high) * _INSET
        if amount.high_open:
            high = math.nextafter(high, -math.inf)
    return (low, high) if low <= high else None


def _starts_before_end(start: TimeBound | None, end: TimeBound | None) -> bool | None:
    """Whether a window's ``start`` comes before another's ``end``; open ends always do."""
    if start is None or end is None:
        return True
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        return None
    return start < end  # type: ignore[operator]


def windows_overlap(a: TimeWindow, b: TimeWindow) -> bool | None:
    """Whether two windows share an instant; ``None`` if one is dated and the other only relative.

    Windows are half-open: one that ends as another begins does not overlap it.
    """
    first = _starts_before_end(a.earliest, b.latest)
    second = _starts_before_end(b.earliest, a.latest)
    if first is False or second is False:
        return False
    if first is None or second is None:
        return None
    return True


def window_within(inner: TimeWindow, outer: TimeWindow) -> bool:
    """Whether every instant of ``inner`` is one of ``outer``: an open end of ``outer`` holds
    anything on its side, an open end of ``inner`` only an open end. Windows of a dated and a
    relative bound are never within one another."""
    return _not_after(outer.earliest, inner.earliest, open_is_least=True) and _not_after(
        inner.latest, outer.latest, open_is_least=False
    )


def _not_after(first: TimeBound | None, second: TimeBound | None, *, open_is_least: bool) -> bool:
    """Whether the bound ``first`` comes no later than ``second``, where an open bound (``None``)
    is before every other when ``open_is_least`` (an earliest bound), else after it."""
    if first is None and second is None:
        return True
    if first is None:
        return open_is_least
    if second is None:
        return not open_is_least
    if isinstance(first, dt.datetime) != isinstance(second, dt.datetime):
        return False
    return first <= second  # type: ignore[operator]
