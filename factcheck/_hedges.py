"""How far each hedge widens a stated value: the tolerances of ``hedges.toml``.

:func:`tolerances` reads and checks the table once per lexicon; :meth:`Tolerance.widen` widens
a value or range given as plain numbers. Both finders use them: the amount finder on the
magnitudes of pint quantities, the time finder (which never loads pint) on counts of a unit.
"""

from __future__ import annotations

import decimal
import functools
import math
from collections.abc import Mapping

import attrs

from factcheck._lexicon import Lexicon
from factcheck._model import Hedge

__all__ = ["Tolerance", "clause_hedges", "last_digit_unit", "tolerances"]


@attrs.frozen(kw_only=True)
class Tolerance:
    """How far a hedge widens a stated value, from one table of ``hedges.toml``.

    The low end moves down by ``below`` and the high end up by ``above``, each a fraction of
    the value's size (``math.inf``: that end is unbounded), and by no more than ``last_digit``
    units of the value's last significant digit: "about 3.8 billion" is written to a tenth of
    a billion, and reaches 0.2 billion either side, not 0.38. ``open_low`` and ``open_high``
    leave the end itself out ("more than 2,000" does not include 2,000).
    """

    below: float = 0.0
    above: float = 0.0
    open_low: bool = False
    open_high: bool = False
    last_digit: float = math.inf

    def widen(
        self, low: float, high: float, *, floor: float = -math.inf
    ) -> tuple[float, float, bool, bool]:
        """``[low, high]`` widened: its new ends, and whether each is open.

        The low end goes no lower than ``floor`` (``0.0`` for what cannot be negative, such as
        a span of time). A single value the hedge would leave empty ("under 0") stays that
        value, closed.
        """
        lowest = -math.inf if self.below == math.inf else low - self._reach(low, self.below)
        lowest = max(lowest, floor)
        highest = math.inf if self.above == math.inf else high + self._reach(high, self.above)
        if lowest == highest:
            return lowest, highest, False, False
        return lowest, highest, self.open_low, self.open_high

    def _reach(self, value: float, share: float) -> float:
        """How far the hedge moves ``value``: ``share`` of its size, at most ``last_digit``
        units of its last significant digit."""
        reach = abs(value) * share
        if self.last_digit == math.inf or not reach:
            return reach
        digit = last_digit_unit(value)
        return reach if digit is None else min(reach, self.last_digit * digit)


#: A value written with more significant digits than this is a worked-out one ("a third",
#: 0.333…): the digits are not what the text wrote.
_WRITTEN_DIGITS = 4


def last_digit_unit(value: float) -> float | None:
    """The unit of the last significant digit of ``value`` as written: 10**8 for 5.8
    billion, 1,000 for 2,000, 0.1 for 4.5; ``None`` for zero, a value that is not finite, or
    one of more digits than a text writes (:data:`_WRITTEN_DIGITS`)."""
    if not value or not math.isfinite(value):
        return None
    exact = decimal.Decimal(repr(float(value))).normalize()
    _, digits, exponent = exact.as_tuple()
    if len(digits) > _WRITTEN_DIGITS or not isinstance(exponent, int):
        return None
    return 10.0**exponent


_KEYS = frozenset(
    {"words", "after", "clause", "below", "above", "open_low", "open_high", "last_digit"}
)


def _fraction(lexicon: Lexicon, name: str, key: str, value: object) -> float:
    if value == "inf":
        return math.inf
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise lexicon.error(("hedges", name, key), f'must be a number >= 0 or "inf", got {value!r}')
    return float(value)


@functools.cache
def tolerances(lexicon: Lexicon) -> Mapping[Hedge, Tolerance]:
    """Each hedge's tolerance in ``lexicon`` (no widening for a hedge without a table).

    Checks the whole ``hedges`` table, words included: raises the lexicon's
    :class:`~factcheck.errors.LexiconError`, naming the file and key, for an unknown hedge or
    key, a word list that is not one, or a bound that is not a number >= 0 or ``"inf"``.
    """
    found: dict[Hedge, Tolerance] = {}
    for name, entry in lexicon.table("hedges").items():
        try:
            hedge = Hedge[name.upper()]
        except KeyError:
            known = ", ".join(h.name.lower() for h in Hedge)
            raise lexicon.error(("hedges", name), f"unknown hedge (known: {known})") from None
        if not isinstance(entry, Mapping):
            raise lexicon.error(("hedges", name), "must be a table")
        for key in entry:
            if key not in _KEYS:
                raise lexicon.error(("hedges", name, key), "unknown key")
        for key in ("words", "after", "clause"):
            words = entry.get(key, [])
            if not isinstance(words, list) or not all(isinstance(w, str) and w for w in words):
                raise lexicon.error(("hedges", name, key), "must be a list of words")
        flags = {}
        for key in ("open_low", "open_high"):
            flag = entry.get(key, False)
            if not isinstance(flag, bool):
                raise lexicon.error(("hedges", name, key), f"must be true or false, got {flag!r}")
            flags[key] = flag
        found[hedge] = Tolerance(
            below=_fraction(lexicon, name, "below", entry.get("below", 0.0)),
            above=_fraction(lexicon, name, "above", entry.get("above", 0.0)),
            last_digit=_fraction(lexicon, name, "last_digit", entry.get("last_digit", "inf")),
            **flags,
        )
    return {hedge: found.get(hedge, Tolerance()) for hedge in Hedge}


@functools.cache
def clause_hedges(lexicon: Lexicon) -> Mapping[str, Hedge]:
    """The ``clause`` words of each hedge in ``lexicon``, lowercased, with the hedge: words
    that hedge an amount with no hedge of its own when they come before it in its clause
    ("the country is estimated to have lost 525,000 jobs" is about 525,000)."""
    tolerances(lexicon)  # checks the table
    return {
        word.lower(): Hedge[name.upper()]
        for name, entry in lexicon.table("hedges").items()
        for word in entry.get("clause", [])
    }
