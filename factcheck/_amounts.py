"""Amounts in text: how many, how much and how long, as intervals of pint quantities.

:func:`find_amounts` reads every amount in a text: a number (digits, words, fractions, scales,
blur words such as "dozens of"), or a range of two, with what qualifies it (a hedge before or
after, a currency) and what it counts or measures (a counted noun, a currency word, a unit).
:func:`parse_amount` reads a text that is one amount. :func:`hedged_amount` widens a stated
value by a hedge's tolerance from ``hedges.toml``.

How the finder decides what it reads:

- A one-letter scale abbreviation written straight after digits ("3m", "5k", "$2B") is a scale
  when money comes before it ("£3m") or a counted noun or currency word after it ("3m people").
  Otherwise it is a unit symbol when pint knows it and ``units.toml`` does not list it under
  ``not_units`` ("3m" is three metres, "300K" is 300 kelvin), and a scale when not ("5k" is
  5,000). Written apart from the digits ("3 m") it is always a unit symbol.
- A symbol of ``glued`` in ``units.toml`` is a unit only written straight after the digits:
  "41C" is 41 degrees Celsius, while a "C" apart from a number is a grade or an initial.
- A number is not an amount when it is part of a date ("Dec. 19", "19 December"), a year (a
  four-digit whole number from 1000 to 2099 with no unit, or after "in", "since"...), a decade
  ("the 1990s"), a time of day ("10:30", "6pm"), an ordinal ("3rd"), a reference or a name
  ("Figure 3", "phases 3, 5 and 7", "[22]", "(4)", "Voyager 1"), a score or a tally ("3-1",
  "a 4-3 vote"), an identifier ("F-16", "24/7", "1.2.3", "978-3-16", "3D"), or the pronoun
  "one" ("no one", "one of them"). The words for this are data (``numbers.toml``, table
  ``not_amounts``).
- A number with no unit is returned as a dimensionless amount with ``noun`` ``None``.
"""

from __future__ import annotations

import functools
import math
import re
import string
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from factcheck._hedges import Tolerance, tolerances
from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Amount, Duration, Hedge, Span, trusted_builder, trusted_span
from factcheck._numbers import (
    DIGITS,
    VULGAR_FRACTIONS,
    NumberGrammar,
    decimal_product,
    lower_case,
    number_grammar,
    words_pattern,
)
from factcheck._units import (
    counted_unit,
    quantity_in,
    registry,
    unit,
    unit_readings,
    unlisted_count,
)
from factcheck._words import function_words, plural_noun, singular_noun
from factcheck.errors import InvalidArgument, NormalizationError

if TYPE_CHECKING:
    from typing import TypeAlias

    import pint
    from pint import Unit

    Quantity: TypeAlias = pint.Quantity[Any]

__all__ = [
    "AmountMention",
    "find_amounts",
    "hedge_words",
    "hedged_amount",
    "parse_amount",
    "unchecked_amount",
]

_HYPHEN = "[-\u2010\u2011]"
_DASH = "[-\u2010\u2011\u2012\u2013\u2014]"
_MINUS = "-\u2212"
_SUPERSCRIPTS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻⁺", "0123456789-+")

#: Physical constants, the 2022 SI prefixes and the barn that pint reads in a token ("c", "kR",
#: "Rs", "206Pb"), and a percentage times another unit (the gas of "20% N2" is no newtons
#: squared): after a number in text they are never what was meant.
_IMPLAUSIBLE_UNIT = re.compile(
    r"constant|speed_of_light|elementary_charge|impedance_of_free_space|ronna|quetta|ronto|quecto"
    r"|barn|\* percent|percent \*"
)

#: A year: a whole number from 1000 to 2099 written without separators.
_YEAR = re.compile(r"1\d{3}|20\d{2}")

#: A token pint parses as it is written, as one unit name.
_PLAIN_WORD = re.compile(r"[A-Za-z]+")

#: What may stand between a number and its unit ("5 km", "5-year").
_SPACING = "-\u2010\u2011 \t\r\n"
_SPELLED = re.compile(r"\w(?:.*\w)?")
_LETTER = re.compile(r"[^\W\d_]")
#: A blank line: what follows it is another paragraph, never the noun of a number before it.
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
#: A lowercase word right after another: what an adjective before it describes.
_WORD_AFTER = re.compile(r" ([a-z]+)\b")
_WORDS = re.compile(r"[\s\u2010\u2011-]+")
_CUTS = re.compile(r"[/·⋅]|\s")
_PER_FIRST = re.compile(r"^per\s+")
_PER = re.compile(r"\s+per\s+")
_GLUED_POWER = re.compile(r"(?<=[^\s/·⋅\d-])(-?\d+)")
_PRODUCT = re.compile(r"\s*[·⋅]\s*|\s+")
_POWER_OF_TEN = re.compile(r"10\^?(-?\d+)$")
_TRAILING_OF = re.compile(r"\s+of$", re.IGNORECASE)
_DASH_ONLY = re.compile(rf"\s*{_DASH}\s*")
_EQUALS_AFTER = re.compile(r"\s*=(?!=)")
#: The word in lowercase right after an amount, if one follows.
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
_HYPHEN_WORD = re.compile(rf"{_HYPHEN}[^\W\d_]")
#: Characters no prefix of a number (hedge, currency, sign) ends with.
_NO_PREFIX_END = frozenset(',.;:!?)]}"”’')
#: "=", "<" and the like before a number, read backwards: "n = 1500" is no year.
_RELATION_BEFORE = re.compile(r"\s*[=<>≤≥]")
#: A year with nothing after it that could make it an amount (a unit, a noun, a hedge, a
#: range): another number, the end of a clause, or the end of the text.
_BARE_YEAR = re.compile(r"(?:1\d{3}|20\d{2})(?=\s+\d|[,;:!?)\]](?!\d)|\.(?!\d)|\s*$)")


@attrs.frozen(kw_only=True)
class AmountMention:
    """An amount found in a text: where it is, what it says, and its normalized value.

    ``span`` covers the hedge, currency, number and unit or noun; ``noun`` is the counted noun or
    unit word as written ("troops", "km", "dollars"), or ``None`` for a bare number and for
    money or percentages written with a symbol only ("$5", "4%").
    """

    span: Span = attrs.field(validator=attrs.validators.instance_of(Span))
    text: str = attrs.field(validator=attrs.validators.instance_of(str))
    amount: Amount = attrs.field(validator=attrs.validators.instance_of(Amount))
    noun: str | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(str))
    )


#: ``AmountMention(span, text, amount, noun)`` without its validators (see _mention).
_BUILD_MENTION = trusted_builder(AmountMention)


def hedged_amount(
    low: Quantity,
    high: Quantity | None = None,
    *,
    hedge: Hedge = Hedge.EXACT,
    lexicon: Lexicon | None = None,
) -> Amount:
    """The amount a text states as ``low`` (or ``low`` to ``high``), widened by ``hedge``.

    The tolerance comes from the hedge's table in ``hedges.toml`` (as extended by ``lexicon``):
    the low end moves down by ``below`` and the high end up by ``above``, each a fraction of
    the value's size ("about 2,000" is ``[1800, 2200]``); ``"inf"`` leaves that end unbounded.
    Amounts of time are returned as :class:`~factcheck.Duration`. Raises
    :class:`~factcheck.errors.LexiconError` for a malformed tolerance and
    :class:`~factcheck.errors.InvalidArgument` for bounds that are not an interval.
    """
    if not isinstance(hedge, Hedge):
        raise InvalidArgument(f"hedge must be a Hedge, got {hedge!r}")
    high = low if high is None else high
    tolerance = tolerances(lexicon or default_lexicon())[hedge]
    quantity_type = registry().Quantity
    if not isinstance(low, quantity_type) or not isinstance(high, quantity_type):
        raise InvalidArgument(f"low and high must be quantities of factcheck's registry: {low!r}")
    return _amount_class(low)(**_widened(low, high, hedge, tolerance))


def _widened(
    low: Quantity, high: Quantity, hedge: Hedge, tolerance: Tolerance, of: Unit | None = None
) -> dict[str, Any]:
    """The fields of the amount stated as ``low`` to ``high`` and widened by ``tolerance``;
    ``of`` is the unit of both, when the caller knows it (pint makes ``.units`` anew each time).
    """
    start, end = low.magnitude, high.magnitude
    # An amount may be negative ("fewer than -5 degrees"): its low end has no floor.
    lowest, highest, open_low, open_high = tolerance.widen(start, end)
    return {
        "low": low if lowest == start else quantity_in(lowest, low.units if of is None else of),
        "high": high if highest == end else quantity_in(highest, high.units if of is None else of),
        "hedge": hedge,
        "stated": (low, high),
        "low_open": open_low,
        "high_open": open_high,
    }


def unchecked_amount(cls: type[Amount], fields: Mapping[str, Any]) -> Amount:
    """An amount of ``cls`` with all its ``fields``, made without its validators and checks.

    For the finders, whose amounts are valid by construction (one unit, low at most high, no
    open end on a single value): the checks, which convert units, cost more than the rest of
    making an amount.
    """
    amount = object.__new__(cls)
    for name, value in fields.items():
        object.__setattr__(amount, name, value)
    return amount


def _amount_class(value: Quantity) -> type[Amount]:
    """:class:`~factcheck.Duration` for an amount of time, else :class:`~factcheck.Amount`."""
    return _unit_class(value.units)


@functools.lru_cache(maxsize=1024)
def _unit_class(of: Unit) -> type[Amount]:
    """:func:`_amount_class` of the amounts in ``of``, kept: pint works dimensions out slowly."""
    return Duration if of.dimensionality == {"[time]": 1} else Amount


@functools.lru_cache(maxsize=8192)
def _cached_amount(
    lexicon: Lexicon, low: float, high: float, unit_key: Unit, hedge: Hedge
) -> Amount:
    """An amount for the finder, kept: the same values recur across a corpus."""
    stated_low = quantity_in(low, unit_key)
    stated_high = stated_low if high == low else quantity_in(high, unit_key)
    fields = _widened(stated_low, stated_high, hedge, tolerances(lexicon)[hedge], unit_key)
    return unchecked_amount(_unit_class(unit_key), fields)


@functools.lru_cache(maxsize=1024)
def _spread_amount(value: float, spread: float, unit_key: Unit, hedge: Hedge) -> Amount:
    """An amount with an explicit tolerance ("54.8 ± 3.2 years"), which replaces the hedge's;
    kept, like :func:`_cached_amount`."""
    stated = quantity_in(value, unit_key)
    fields = {
        "low": quantity_in(value - spread, unit_key),
        "high": quantity_in(value + spread, unit_key),
        "hedge": hedge,
        "stated": (stated, stated),
        "low_open": False,
        "high_open": False,
    }
    return unchecked_amount(_unit_class(unit_key), fields)


@functools.lru_cache(maxsize=1024)
def _converted(value: float, written: Unit, wanted: Unit) -> float | None:
    """``value`` in ``written`` units expressed in ``wanted`` ones, or ``None`` when the two
    measure different things; kept: pint converts slowly."""
    if written.dimensionality != wanted.dimensionality:
        return None
    magnitude: float = registry().Quantity(value, written).to(wanted).magnitude
    return magnitude


def _kinds_by_noun(lexicon: Lexicon, table: str) -> dict[str, str]:
    """The kind of each noun of a table of kinds and their nouns in units.toml (``counted``:
    "soldiers" → troop; ``strong``: "contingent" → troop; ``priced``: "takeover" → deal), by
    the noun folded."""
    kinds = lexicon.table("units").get(table, {})
    if not isinstance(kinds, Mapping):
        raise lexicon.error(("units", table), "must be a table")
    return {_folded(noun): kind for kind in kinds for noun in lexicon.words("units", table, kind)}


def _alternatives(words: Iterable[str], *, fold: bool) -> str:
    """A group of ``words`` for a pattern, longest first; ``fold`` matches them in any case."""
    pattern = words_pattern(words, fold=fold)
    return pattern if fold else f"(?-i:{pattern})"


def _mapping(lexicon: Lexicon, table: str, name: str) -> dict[str, str]:
    """A table of words and the units they name, each a name the unit registry knows."""
    value = lexicon.table(table).get(name, {})
    if not isinstance(value, Mapping):
        raise lexicon.error((table, name), "must be a table")
    for key, item in value.items():
        if not isinstance(item, str) or not key:
            raise lexicon.error((table, name, key), f"must be a unit name, got {item!r}")
        try:
            unit(item)
        except Exception:  # pint's parser raises many kinds of error on text that is not a unit
            raise lexicon.error((table, name, key), f"{item!r} is no unit pint knows") from None
    return dict(value)


def _prefixed(lexicon: Lexicon) -> frozenset[tuple[str, str]]:
    """The pairs of a prefix and a unit of each group of ``[prefixed]``."""
    groups = lexicon.table("units").get("prefixed", {})
    if not isinstance(groups, Mapping):
        raise lexicon.error(("units", "prefixed"), "must be a table of groups")
    return frozenset(
        (prefix, name)
        for group in groups
        for prefix in lexicon.words("units", "prefixed", group, "prefixes")
        for name in lexicon.words("units", "prefixed", group, "units")
    )


def _folded(text: str) -> str:
    return " ".join(text.lower().split())


@attrs.frozen(kw_only=True, eq=False)
class _Finder:
    """Everything :func:`find_amounts` compiles from one lexicon."""

    lexicon: Lexicon
    grammar: NumberGrammar
    #: Where numbers start, in the lowercased text with a space put before it: after a space,
    #: and after anything else that is no letter or digit. Scanning for these two is fast
    #: because each starts with a plain character (class) that sre looks for on its own.
    anchors_after_space: re.Pattern[str]
    anchors_after_other: re.Pattern[str]
    #: What may come before a number (hedge, "between", currency, "a", sign), read backwards
    #: from the number in the reversed text.
    prefix: re.Pattern[str]
    #: Dates, times, ordinals, references and identifiers, tried where a number starts.
    skip: re.Pattern[str]
    #: An amount, from its number to its last word; and the source of the same after
    #: "between" (see :meth:`amount_between`).
    amount: re.Pattern[str]
    amount_between_source: str
    hedges_before: Mapping[str, Hedge]
    hedges_after: Mapping[str, Hedge]
    currency_prefixes: Mapping[str, str]
    currency_words: Mapping[str, str]
    counted: Mapping[str, str]
    #: Nouns of a body whose members "N-strong" counts ("a 2,500-strong contingent"), by kind.
    strong: Mapping[str, str]
    #: What makes an amount a rate right after it ("$5 billion a year"), and the time unit
    #: (pint's name) it is per, by the phrase in lower case.
    rate: re.Pattern[str]
    rates: Mapping[str, str]
    #: A word of ``[rate_adjectives]`` (group ``rate``) before a noun of ``[priced]`` that
    #: a sum of money after it is of, searched for at the end of what precedes the sum ("the
    #: weekly loss at", "an annual salary of"), or that a sum right before it qualifies ("a $4
    #: million annual budget"); and the time unit (pint's name) each word's rate is per.
    rate_before: re.Pattern[str]
    rate_after: re.Pattern[str]
    rate_adjectives: Mapping[str, str]
    physical: Mapping[str, str]
    physical_folded: Mapping[str, str]
    #: Symbols that are a unit only glued to the number's digits ("41C"), by pint's names.
    glued: Mapping[str, str]
    not_units: frozenset[str]
    #: The words after which "a third" or "a fifth" is a fraction ("a third of", "a fifth
    #: more"); before another word in lowercase it is an ordinal ("a third term").
    fraction_after: frozenset[str]
    #: Counted nouns that before another noun are its adjectives ("2,800 dead fish").
    adjectives: frozenset[str]
    function_words: frozenset[str]
    #: A lowercase word right after a number, set off by a space, that it may count, perhaps
    #: after "of" and whose they are, and the word after it if any: "35 bodies", "52 of the
    #: tower's cables", "52 of its cables" (not "35-body", "35 bodies'", "12 bird-watchers").
    counted_word: re.Pattern[str]
    #: Words after numbers that count nothing of their own (``[unlisted_counts]``).
    not_counted: frozenset[str]
    #: Plural nouns whose singular no rule gives ("lives": "life"; ``[unlisted_counts]``).
    singulars: Mapping[str, str]
    #: The pairs of a prefix and a unit (pint's names) that a word may spell.
    prefixed: frozenset[tuple[str, str]]
    #: Context that makes a number no amount; the ``_before`` ones read the reversed text.
    label_before: re.Pattern[str]
    context_before: re.Pattern[str]  # a label, a name or a month
    month_after: re.Pattern[str]
    year_before: re.Pattern[str]
    pronoun_after: re.Pattern[str]
    pronoun_before: re.Pattern[str]
    blur_word: re.Pattern[str]
    scale_at_end: re.Pattern[str]
    #: What shows a word after a number to be a currency of its text (``[told_currencies]``
    #: of units.toml): the words after it ("a share"); a noun of ``[priced]`` after it, "in"
    #: perhaps between ("in flood relief funding", "term loan"); the words before the amount
    #: ("worth", "valuing the firm at"); and a noun of ``[priced]`` and "of" or "at" before
    #: it ("revenue of"). Those before are searched for at the end of what precedes it.
    told_share: re.Pattern[str]
    #: A verb of change (``[changes]`` of numbers.toml) that ends the text before "from":
    #: "rose sharply from 12 to 20" tells two values, not a range.
    change_before: re.Pattern[str]
    #: A verb of change, perhaps with "by", that ends the text before an amount: "rose", "fell
    #: by".
    change_by: re.Pattern[str]
    #: A word of ``compared`` (``[changes]``) right after two numbers of a change: "below".
    change_compared: re.Pattern[str]
    told_noun: re.Pattern[str]
    told_worth: re.Pattern[str]
    told_of: re.Pattern[str]
    #: Units read from tokens, kept: the same few tokens follow numbers again and again.
    token_units: dict[str, Unit | None] = attrs.field(factory=dict)

    def amount_between(self) -> re.Pattern[str]:
        """:attr:`amount` after "between", where "and" joins the numbers of a range. Compiled
        when first needed: it takes as long as :attr:`amount` (0.06 s, 7% of starting and
        reading a first article), and most texts have no "between" before a number."""
        return _ignoring_case(self.amount_between_source)


def _hedge_words(lexicon: Lexicon, key: str) -> dict[str, Hedge]:
    tolerances(lexicon)  # checks the table first
    words: dict[str, Hedge] = {}
    for name, entry in lexicon.table("hedges").items():
        for word in entry.get(key, []):
            words[_folded(word)] = Hedge[name.upper()]
    return words


def _hedge_pattern(words: Iterable[str], *, after: bool) -> str:
    """Hedge words: spelled ones stand apart from the number; symbols ("~", "+") may touch it."""
    spelled = [w for w in words if _SPELLED.fullmatch(w)]
    symbols = [w for w in words if w not in spelled]
    if after:
        parts = [
            # Not the hedge of the next number: "12 workers and more than 40 nurses".
            rf"(?:\s+|{_HYPHEN}){_alternatives(spelled, fold=True)}\b(?!\s+(?:than|to)\b)",
            rf"\s*{_alternatives(symbols, fold=True)}(?!\s*\d)",
        ]
    else:
        parts = [
            rf"\b{_alternatives(spelled, fold=True)}\s+",
            rf"(?<!\w){_alternatives(symbols, fold=True)}\s*",
        ]
    return "(?:" + "|".join(parts) + ")"


def _spelled_units(physical: Mapping[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """The physical table split into symbols, matched as written because case tells "MW" from
    "mW", and words, matched in any case (keyed lowercased)."""
    symbols = {w: u for w, u in physical.items() if not re.fullmatch(r"[a-z]+(?: [a-z]+)*", w)}
    words = {_folded(w): u for w, u in physical.items() if w not in symbols}
    return symbols, words


def _unit_pattern(not_units: Iterable[str], physical: Mapping[str, str]) -> str:
    """A unit written after a number: a word of the physical table, or a token pint may read.

    Symbols of the table match as written, because case tells "MW" from "mW"; words match in
    any case. A token is a run of unit symbols joined by "/", "·" or "per", or by spaces when
    each carries an exponent ("m s−1", "W m−2"). A table entry gives way to a longer such token
    ("km s−1"). Words listed in ``not_units`` are no unit when they stand alone.
    """
    symbols, words = _spelled_units(physical)
    atom = r"(?:[°º][A-Za-z]?|[%‰]|[µμ]?[A-Za-zΩÅµμ]+)"
    # A glued positive digit only squares or cubes, so that "A4" or "CO2" are no powers.
    exponent = r"(?:\^[-−]?\d|[-−][1-4](?!\d)|[23](?!\d)|[⁻]?[¹²³⁴])"
    compound = rf"(?:[/·⋅]|\s?per\s|\s{atom}{exponent})"
    stop = rf"(?!{_alternatives(not_units, fold=False)}(?![\w%‰°/·⋅]))"
    token = (
        rf"(?-i:(?:per\s+)?{stop}{atom}{exponent}?"
        rf"(?:(?:[/·⋅]|\s+per\s+){atom}{exponent}?|\s{stop}{atom}{exponent}){{0,3}})(?![\w+])"
    )
    return (
        rf"(?:{_alternatives(symbols, fold=False)}(?![\w]|{compound})"
        rf"|{_alternatives(words, fold=True)}\b(?!{compound})"
        rf"|{token})"
    )


def _reversed_prefix(hedges: Iterable[str], currencies: Iterable[str]) -> str:
    """What may stand before a number, spelled backwards, to be matched in the reversed text.

    Reading backwards from where a number starts: a sign ("−4", "minus 4"; not the "minus" of
    "plus or minus 4") or an article ("a dozen"), which belong to the number, then a currency
    ("US$"), "between" or "from", and a hedge ("more than"), each optional.
    """
    hedges = list(hedges)
    spelled = [w[::-1] for w in hedges if _SPELLED.fullmatch(w)]
    symbols = [w[::-1] for w in hedges if not _SPELLED.fullmatch(w)]
    codes = [c[::-1] for c in currencies if c.isalpha()]
    signs = [c[::-1] for c in currencies if not c.isalpha()]
    return (
        rf"(?:(?P<sign>[{_MINUS}+](?![\w.,%)\]])|\s+sunim\b(?!\s+ro\s+sulp\b))"
        r"|(?P<article>\s+n?a)(?!\w)|)"
        rf"(?:(?P<cur>\s?{_alternatives(signs, fold=False)})(?![\w$])"
        rf"|(?P<code>\s?{_alternatives(codes, fold=False)})\b|)"
        r"(?:(?P<bound>\s+(?:neewteb|morf))\b|)"
        rf"(?:(?P<hedge>\s+{_alternatives(spelled, fold=True)}\b"
        rf"|\s*{_alternatives(symbols, fold=True)}(?!\w))|)"
    )


def hedge_words(lexicon: Lexicon) -> frozenset[str]:
    """The hedges of ``hedges.toml`` (as ``lexicon`` extends it), before a number and after
    it, lowercased: "more than", "about", "or more"."""
    finder = _finder(lexicon)
    return frozenset(finder.hedges_before) | frozenset(finder.hedges_after)


@functools.cache
def _ignoring_case(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _compound_heads(counted: Mapping[str, str], adjectives: Iterable[str]) -> list[str]:
    """The counted nouns that may head a compound of counted nouns: not the singular of
    another of their kind ("hostage" of "hostages"), nor an adjective ("injured")."""
    nouns = set(counted)
    singular = {noun for noun in nouns if {f"{noun}s", f"{noun}es", f"{noun[:-1]}ies"} & nouns}
    return sorted(nouns - singular - set(adjectives))


@functools.cache
def _finder(lexicon: Lexicon) -> _Finder:
    """The finder of ``lexicon``, compiled once per lexicon."""
    grammar = number_grammar(lexicon)
    hedges_before = _hedge_words(lexicon, "words")
    hedges_after = _hedge_words(lexicon, "after")
    currency_prefixes = _mapping(lexicon, "units", "currency_symbols")
    currency_words = {
        _folded(w): c for w, c in _mapping(lexicon, "units", "currency_words").items()
    }
    # Joined to its number by a hyphen, a currency is in the singular: "a 4,000-crown payment",
    # "a 50-euro fine". The singular of a plural currency word is one there only ("crown"
    # alone may be a title).
    joined_currencies = {
        word[:-1]: code
        for word, code in currency_words.items()
        if word.endswith("s") and word[:-1] not in currency_words
    }
    # So is one after a scale, before what a sum is of ([priced] of units.toml): "a 4 million
    # crown compensation fund" (not "12 million crown jewels").
    priced = _kinds_by_noun(lexicon, "priced")
    priced_nouns = words_pattern(priced)
    changes = words_pattern(lexicon.words("numbers", "changes", "verbs"))
    scaled_currency = (
        rf"(?<=illion\s){words_pattern(joined_currencies)}"
        rf"(?=\s+(?:[a-z]+\s+){{0,2}}?{priced_nouns}\b)"
    )
    counted = _kinds_by_noun(lexicon, "counted")
    strong = _kinds_by_noun(lexicon, "strong")
    # "12 zennits a share", "a 12-zennit-a-share bid"
    told_share = words_pattern(lexicon.words("units", "told_currencies", "after")).replace(
        r"\s+", rf"(?:\s+|{_HYPHEN})"
    )
    told_in = words_pattern([*priced, *lexicon.words("units", "told_currencies", "in")])
    # A word that may say which thing of a kind a noun names ("flood relief funding"), not one
    # that opens the phrase or counts ("its fund", "one deal": ``opening`` of subjects.toml).
    opening = [*lexicon.words("subjects", "grammar", "opening"), *grammar.cardinals]
    qualifier = rf"(?!{words_pattern(opening)}\b)[a-z-]+"
    told_worth = words_pattern(lexicon.words("units", "told_currencies", "before"))
    valuing = words_pattern(lexicon.words("units", "estimated_at", "value"))
    # The phrase after "in" ends there: "in cash, according to", "in flood relief funding to".
    phrase_end = rf"(?=\s*[^\w\s-]|\s*\Z|\s+{words_pattern(function_words(lexicon))}\b)"
    rates = {" ".join(w.lower().split()): u for w, u in _mapping(lexicon, "units", "rates").items()}
    rate_adjectives = {
        w.lower(): u for w, u in _mapping(lexicon, "units", "rate_adjectives").items()
    }
    rated_noun = rf"(?P<rate>{words_pattern(rate_adjectives)})\s+(?:{qualifier}\s+)?{priced_nouns}"
    physical = _mapping(lexicon, "units", "physical")
    glued = _mapping(lexicon, "units", "glued")
    not_units = lexicon.words("units", "not_units", "words")
    prefixed = _prefixed(lexicon)
    # A counted adjective before a counted noun is its modifier: "40 wounded soldiers".
    adjectives = lexicon.words("units", "counted_adjectives", "words")
    modifiers = [*lexicon.words("units", "noun_modifiers", "words"), *adjectives]
    labels = lexicon.words("numbers", "not_amounts", "labels")
    months = lexicon.words("numbers", "not_amounts", "months")
    year_words = lexicon.words("numbers", "not_amounts", "year_words")
    one_after = lexicon.words("numbers", "not_amounts", "pronoun_one_after")
    one_before = lexicon.words("numbers", "not_amounts", "pronoun_one_before")
    unit_token = _unit_pattern(not_units, physical)
    # Not before a hyphen: "12C-enriched" names an isotope.
    glued_token = rf"(?<=\d){_alternatives(glued, fold=False)}(?![\w%‰°/·⋅-])"

    # A number may not continue a time ("10:30"), a date ("12/19"), a version ("1.2.3"), an
    # ordinal ("3rd") or a chemical formula ("(PO4)2"), nor be the exponent of "10−4".
    tail = r"(?![:/]\d|[.,]\d|(?:st|nd|rd|th)\b|\s?(?:[ap]m\b|[ap]\.m\.))"
    # "minus 5C" as "−5C" (not "plus or minus 5": the prefix leaves that "minus" out).
    sign = rf"(?:(?<![\w.,%)\]])[{_MINUS}+](?=\.?\d)|\bminus\s+(?=\.?\d))?"
    first = (
        rf"{sign}(?<![A-Za-z][-\u2010\u2011\u2212])(?<!\w[-\u2013\u2212/])(?<![)\]×])"
        rf"{grammar.number}{tail}"
    )
    second = rf"{sign}{grammar.number}{tail}"
    science = r"(?:\s?(?-i:[×x])\s?10(?:\^?[-−]?\d{1,3}|[⁻⁺]?[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹]))"
    letters = _alternatives((a for a in grammar.scale_abbreviations if len(a) == 1), fold=True)
    abbreviation = rf"{letters}(?![\w])"
    codes = [c for c in currency_prefixes if c.isalpha()]
    symbols = [c for c in currency_prefixes if not c.isalpha()]
    currency = (
        rf"(?:(?<![\w$]){_alternatives(symbols, fold=False)}\s?"
        rf"|\b{_alternatives(codes, fold=False)}\s?)(?=[\d.])"
    )
    separator = rf"(?:\s*{_DASH}\s*|\s+(?:to|through|or)\s+)"
    # Whether a separator follows within three tokens (after up to two spaces or a hyphen),
    # a dash within one of them included ("5 km-10 km"). Read token by token, with no
    # backtracking: the same as "(?:\s{0,2}|-)\S+(?:\s\S+){0,2}?{separator}", which tried the
    # separator after each character, at a fifth of the amount pattern's time.
    undashed = rf"[^{_DASH[1:-1]}\s]"
    # Where the separator of a range goes: "to" and dashes, and "and" after "between".
    mark = "\x00"
    ahead_separator = rf"(?=\s{{0,2}}+\S{undashed}*+(?:(?!{mark})\s{undashed}++){{0,2}}+{mark})"
    scales = words_pattern([*grammar.scales, *grammar.groups])
    blur = rf"{grammar.blur}(?:\s+of)?(?:\s+{scales}s?\b(?:\s+of)?){{0,2}}"
    # A counted noun right before another, in the plural and no adjective, is that one's
    # modifier: "34 passenger jets" are aircraft, "300 hospital workers" employees, "40
    # school buses" vehicles ("40 people injured" stays people, and "held 40 workers
    # hostage" workers).
    compound = (
        rf"{words_pattern(counted)}(?=\s+{words_pattern(_compound_heads(counted, adjectives))}\b)"
    )
    modifier = (
        rf"(?:(?-i:[A-Z][\w.'’&-]*)|{_alternatives(modifiers, fold=True)}\b"
        rf"|[a-z]+{_HYPHEN}[a-z]+|{compound})"
    )
    possessive = r"(?:its|the|their|our|his|her|these|those|whose)"
    after = _hedge_pattern(hedges_after, after=True)
    spacing = rf"(?:\s{{0,2}}|{_HYPHEN})"
    # Possessive quantifiers: a long run of digits is read once, never given back digit by digit.
    skip = (
        r"(?<![\w.,])(?:\d++(?:st|nd|rd|th)\b"
        r"|\d++(?::\d++)++(?:\s?(?:[ap]\.m\.|[ap]m\b))?"
        r"|\d{1,2}+\s?(?:[ap]\.m\.|[ap]m\b)"
        r"|\d++(?:/\d++)++|\d++(?:\.\d++){2,}+|\d++(?:-\d++){2,}+|\d++[A-Za-z]++\d\w*+"
        r"|0\d++\b|'?\d{1,3}+0s\b)"
        r"|\[\s*+\d++[a-z]?(?:\s*+(?:,|–|-|and)\s*+\d++[a-z]?)*+\s*+\]"
        r"|\((?:\d{1,3}+(?:\.\d++)?[a-z]?(?:\s*+(?:,|–|-)\s*+|(?=\))))++\)"
        r"|\{\d++\}|#\d++"
    )
    # Optional parts are written "(?:X|)", which sre runs faster than the equal "(?:X)?".
    amount = (
        rf"(?P<value>(?P<blur>{blur})"
        rf"|(?P<head>(?P<first>{first})(?:(?P<first_science>{science})|)"
        rf"(?:(?P<first_abbr>{abbreviation})|))(?:\s*±\s*(?P<tolerance>{DIGITS})|)"
        # A unit on the first number of a range ("5 km to 10 km") is only tried when a
        # separator follows within a few tokens, so the common single number does not read
        # its unit twice.
        rf"(?:(?:{ahead_separator}"
        rf"(?P<first_unit>{spacing}{unit_token}|{glued_token})|)"
        rf"(?P<sep>{mark})"
        rf"(?:(?P<cur2>{currency})|)(?P<second>{second})"
        rf"(?:(?P<second_science>{science})|)(?:(?P<second_abbr>{abbreviation})|)|))"
        rf"(?:(?P<after>{after})|)"
        r"(?:(?:(?P<article>(?:\s+of)?\s+an?\b)|)"
        rf"(?:(?P<mods>(?:\s+of\s+{possessive}(?:\s+[a-z][\w-]*['’]s?(?=\s))?"
        rf"|\s+of\s+[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){{0,3}}['’]s?(?=\s)|)"
        rf"(?:\s+{modifier}){{0,3}})"
        rf"\s+(?P<counted>{words_pattern(counted)})\b"
        rf"|{_HYPHEN}strong(?:\s+{modifier}){{0,3}}\s+(?P<body>{words_pattern(strong)})\b"
        rf"|(?:\s+|{_HYPHEN})(?P<curword>{words_pattern(currency_words)}"
        rf"|(?<={_HYPHEN}){words_pattern(joined_currencies)}|{scaled_currency})\b"
        rf"|\s(?P<code>{_alternatives(codes, fold=False)})\b"
        rf"|(?P<unit>{spacing}{unit_token})"
        rf"|(?P<glued>{glued_token}))|)"
        rf"(?:(?P<after2>{after})|)"
    )
    # Context before a number that makes it no amount, read backwards in the reversed text:
    # a label and the list after it, a capitalized name (the words of which may not end a
    # sentence, though the last may be abbreviated), a month.
    label_before = (
        r"(?:\s*(?:dna\s*,|,|dna|&|–|-|ot)\s*(?:\d+\.)*[a-z]?\d+[a-z]?){0,8}"
        rf"\s*{_alternatives((w[::-1] for w in labels), fold=True)}(?![\w.])"
    )
    name_before = r"\s+[\w.&'’-]*[A-Z](?:\s+(?:[\w&'’-][\w.&'’-]*)?[A-Z]){0,3}(?:\s+[a-z0-9,;:]|\()"
    month_before = rf"\s+\.?{_alternatives((m[::-1] for m in months), fold=False)}\b"
    starts = [*grammar.cardinals, *grammar.scales, *grammar.groups, *grammar.fractions, "half"]
    starts += [re.sub(r"^an?\s+", "", phrase).split()[0] for phrase in grammar.vague]
    anchor = rf"(?:[0-9{''.join(VULGAR_FRACTIONS)}]|\.[0-9]|{words_pattern(starts)}(?![a-z]))"
    return _Finder(
        lexicon=lexicon,
        grammar=grammar,
        anchors_after_space=re.compile(f" {anchor}"),
        # Not after "," or "." (inside "2,000" and "1.5") or an apostrophe ("it’s"): numbers do
        # not start there, and skipping them keeps the scan from stopping at every one.
        anchors_after_other=re.compile(f"[^ a-z0-9.,’]{anchor}"),
        prefix=re.compile(_reversed_prefix(hedges_before, currency_prefixes), re.IGNORECASE),
        skip=re.compile(skip, re.IGNORECASE),
        amount=re.compile(amount.replace(mark, separator), re.IGNORECASE),
        # After "between", "and" joins the numbers, and a unit on the first is looked for
        # before it too ("between 30% and 40%").
        amount_between_source=amount.replace(mark, rf"(?:\s+and\s+|{separator})"),
        hedges_before=hedges_before,
        hedges_after=hedges_after,
        currency_prefixes=currency_prefixes,
        currency_words={**currency_words, **joined_currencies},
        counted=counted,
        strong=strong,
        rate=re.compile(
            rf"\s+(?P<rate>{words_pattern(rates)})\b(?!\s+(?:ago|earlier|later|before|after"
            r"|old|on|from|of)\b)",
            re.IGNORECASE,
        ),
        rates=rates,
        rate_before=re.compile(
            # "the weekly loss at", "the annual cost of the depot at", "the annual budget is"
            rf"\b{rated_noun}(?:\s+of(?:\s+[\w'’-]+){{1,4}}?\s+at|\s+(?:of|at|worth)"
            r"|\s+(?:is|was|are|were|will\s+be)(?:\s+[a-z]+ly)?"
            r"(?:\s+(?:worth|valued\s+at|estimated\s+at|set\s+at|put\s+at))?)\s+\Z",
            re.IGNORECASE,
        ),
        rate_after=re.compile(rf"\s+{rated_noun}\b", re.IGNORECASE),
        rate_adjectives=rate_adjectives,
        physical=_spelled_units(physical)[0],
        physical_folded=_spelled_units(physical)[1],
        glued=glued,
        not_units=frozenset(not_units),
        fraction_after=frozenset(lexicon.words("numbers", "ordinal_fractions", "fraction_after")),
        adjectives=frozenset(map(_folded, adjectives)),
        function_words=function_words(lexicon),
        counted_word=re.compile(
            rf"[ \t]+(?:of[ \t]+{possessive}[ \t]+(?:[a-z][\w-]*['’]s?[ \t]+)?)?"
            r"([a-z]{4,})(?![\w'’-])(?:[ \t]+([a-z]+)\b)?"
        ),
        not_counted=frozenset(lexicon.words("units", "unlisted_counts", "not_nouns")),
        singulars=lexicon.mapping("units", "unlisted_counts", "irregular"),
        prefixed=prefixed,
        # Context before a number, read backwards from it in the reversed text.
        label_before=re.compile(label_before, re.IGNORECASE),
        context_before=re.compile(
            f"{label_before}|(?-i:{name_before})|(?-i:{month_before})", re.IGNORECASE
        ),
        month_after=re.compile(rf"\s+(?:of\s+)?{_alternatives(months, fold=False)}\b"),
        year_before=re.compile(
            rf"\s+{_alternatives((w[::-1] for w in year_words), fold=True)}\b", re.IGNORECASE
        ),
        pronoun_after=re.compile(
            rf"\s+{_alternatives((w[::-1] for w in one_after), fold=True)}\b", re.IGNORECASE
        ),
        pronoun_before=re.compile(
            rf"\s+(?:{_alternatives(one_before, fold=True)}\b|[^\w\s])|\s*$|[^\w\s]",
            re.IGNORECASE,
        ),
        blur_word=re.compile(grammar.blur, re.IGNORECASE),
        scale_at_end=re.compile(
            rf"(?:(?<=[\s\d])|{_HYPHEN})"
            rf"(?:{scales}|{words_pattern(grammar.scale_abbreviations)})$",
            re.IGNORECASE,
        ),
        told_share=re.compile(rf"(?:\s+|{_HYPHEN}){told_share}\b", re.IGNORECASE),
        change_before=re.compile(
            rf"\b{changes}"
            r"(?:\s+[a-z]+ly)?\s+\Z",
            re.IGNORECASE,
        ),
        change_by=re.compile(
            rf"\b{changes}"
            r"(?:\s+[a-z]+ly)?(?:\s+(?:by|up|down))?\s+\Z",
            re.IGNORECASE,
        ),
        change_compared=re.compile(
            rf"\s+{words_pattern(lexicon.words('numbers', 'changes', 'compared'))}\b",
            re.IGNORECASE,
        ),
        told_noun=re.compile(
            rf"\s+in\s+(?:{qualifier}\s+){{0,2}}?{told_in}{phrase_end}"
            rf"|\s+(?:{qualifier}\s+){{0,2}}?{priced_nouns}\b",
            re.IGNORECASE,
        ),
        told_worth=re.compile(
            rf"\b(?:{told_worth}|{valuing}\s+(?:[\w'’-]+\s+){{1,3}}?at)\s+\Z", re.IGNORECASE
        ),
        told_of=re.compile(rf"\b{priced_nouns}\s+(?:of|at)\s+\Z", re.IGNORECASE),
    )


def _parse_unit(token: str, finder: _Finder) -> Unit | None:
    """The unit a token after a number spells, read by pint, or ``None``."""
    if token in finder.not_units:
        return None
    if _PLAIN_WORD.fullmatch(token) and token != "dimensionless":
        # Most words after a number are no unit ("5 storey building"). pint reads a word of
        # letters as one unit name, found only if its name lookup finds it; that lookup alone
        # costs a fifth of the whole parse. A word with a prefix is a unit only with one the
        # lexicon puts on that unit ("km", not "cats").
        readings = unit_readings(token)
        if not any(not prefix or (prefix, name) in finder.prefixed for prefix, name in readings):
            return None
    expression = _PER.sub("/", _PER_FIRST.sub("1/", token)).translate(_SUPERSCRIPTS)
    expression = expression.replace("\u2212", "-").replace("º", "°").replace("^", "")
    expression = _PRODUCT.sub("*", _GLUED_POWER.sub(r"**\1", expression))
    try:
        parsed: Unit = registry().parse_units(expression)
    except Exception:  # pint's parser raises many kinds of error on text that is not a unit
        return None
    return None if _IMPLAUSIBLE_UNIT.search(str(parsed)) else parsed


def _unit_of(finder: _Finder, token: str) -> Unit | None:
    """The unit ``token`` names: from the physical table, else as pint reads it (kept)."""
    if token in finder.token_units:
        return finder.token_units[token]
    name = finder.physical.get(token) or finder.physical_folded.get(_folded(token))
    found = unit(name) if name else _parse_unit(token, finder)
    if len(finder.token_units) > 10_000:
        finder.token_units.clear()  # text can spell endless tokens; keep the cache bounded
    finder.token_units[token] = found
    return found


def _longest_unit(finder: _Finder, token: str) -> tuple[Unit, str] | None:
    """The unit of ``token``, or of its longest leading part that is one ("kg CaCO3" is kg)."""
    whole = _unit_of(finder, token)
    if whole is not None:
        return whole, token
    for cut in reversed([m.start() for m in _CUTS.finditer(token)]):
        part = token[:cut].rstrip()
        found = _unit_of(finder, part) if part else None
        if found is not None:
            return found, part
    return None


class _Noun(NamedTuple):
    """What a number counts or measures, as read after it."""

    unit: Unit
    text: str | None  # as written; None for a currency symbol or "%"
    end: int  # where it ends in the text; -1 for a currency written before the number
    kind: str  # "counted", "currency" or "unit"


def _noun(finder: _Finder, match: re.Match[str], number: str) -> _Noun | None:
    """The noun or unit after the number, or ``None`` when there is none or it is no unit."""
    counted, currency_word, code, token, glued, article, body = match.group(
        "counted", "curword", "code", "unit", "glued", "article", "body"
    )
    if article is not None and not _ends_in_fraction(finder, number):
        return None  # "half an hour" has a unit; "two a day" and "40 a soldier" have none
    if body is not None:  # "a 2,500-strong contingent": 2,500 troops
        found = counted_unit(finder.strong[_folded(body)])
        return _Noun(found, body, match.end("body"), "counted")
    if counted is not None:
        noun_start = match.start("counted")
    elif currency_word is not None:
        noun_start = match.start("curword")
    elif code is not None:
        noun_start = match.start("code")
    elif token is not None:
        noun_start = match.start("unit")
    elif glued is not None:
        return _Noun(unit(finder.glued[glued]), glued, match.end("glued"), "unit")
    else:
        return None
    text, number_end = match.string, match.end("value")
    if text.find("\n", number_end, noun_start) >= 0 and _BLANK_LINE.search(
        text, number_end, noun_start
    ):
        return None  # "January 14, 2019" ends a dateline; "An individual ..." starts the story
    if counted is not None:
        folded = _folded(counted)
        if folded in finder.adjectives:
            following = _WORD_AFTER.match(text, match.end("counted"))
            if following is not None and following.group(1) not in finder.function_words:
                return None  # "2,800 dead fish": the fish are counted
        found = counted_unit(finder.counted[folded])
        return _Noun(found, counted, match.end("counted"), "counted")
    if currency_word is not None:
        found = unit(finder.currency_words[_folded(currency_word)])
        return _Noun(found, currency_word, match.end("curword"), "currency")
    if code is not None:
        return _Noun(unit(finder.currency_prefixes[code]), code, match.end("code"), "currency")
    if token is None:
        return None
    written = token.lstrip(_SPACING)
    read = _longest_unit(finder, written)
    if read is None:
        return None
    found, part = read
    end = match.end("unit") - len(written) + len(part)
    return _Noun(found, part if _LETTER.search(part) else None, end, "unit")


def _ends_in_fraction(finder: _Finder, number: str) -> bool:
    return _WORDS.split(number.lower())[-1] in finder.grammar.fractions


def _ordinal_fraction(finder: _Finder, number: str) -> bool:
    """Whether ``number`` is "a" or "an" and a word that is an ordinal as well as a fraction
    ("a third", "a fifth"; not "a half" or "a quarter"), which a noun after it makes the
    ordinal: "for a third day", "a fifth victim"."""
    if number[:1] not in ("a", "A"):
        return False  # most numbers: checked for every amount, before it is split
    words = _WORDS.split(number.lower())
    grammar = finder.grammar
    return (
        len(words) == 2
        and words[0] in ("a", "an")
        and words[1] in grammar.fractions
        and words[1] in grammar.ordinals
    )


@functools.lru_cache(maxsize=4096)
def _value(finder: _Finder, number: str, science: str | None) -> float | None:
    """The signed value of a number as matched, with its power of ten ("3.2 × 10⁻⁴").

    Kept: news repeats the same few numbers ("two", "10") over and over.
    """
    sign = 1.0
    if number[0] in _MINUS + "+":
        sign = 1.0 if number[0] == "+" else -1.0
        number = number[1:]
    elif number[:5].lower() == "minus":
        sign, number = -1.0, number[5:].lstrip()
    value = finder.grammar.value(number)
    if value is None:
        return None
    if science:
        power = _POWER_OF_TEN.search(science.translate(_SUPERSCRIPTS).replace("−", "-"))
        # "1e400" reads as infinity where 10.0 ** 400 would raise; infinite values are refused.
        value = decimal_product(value, float(f"1e{power.group(1)}")) if power else value
    value *= sign
    return value if math.isfinite(value) else None


def _scale_factor(finder: _Finder, number: str) -> float:
    """The multiplier a number ends with ("10 million" ends with a million), or 1."""
    found = finder.scale_at_end.search(number)
    if not found:
        return 1.0
    word = _folded(found.group().lstrip("-\u2010\u2011"))
    grammar = finder.grammar
    return grammar.scales.get(word) or grammar.scale_abbreviations.get(word) or 1.0


class _Prefix(NamedTuple):
    """What the text writes before a number: a hedge, "between" or "from", a currency."""

    start: int  # where the amount starts, at the first of these
    after_bound: int  # where what follows "between" or "from" starts
    hedge: str | None  # the hedge as written ("more than")
    bound: bool  # whether "between" or "from" is written
    currency: str | None  # the currency written before the number ("US$")


def _prefix(before: re.Match[str]) -> tuple[_Prefix, int]:
    """The prefix read backwards from a number, and where the number itself starts."""
    length = len(before.string)
    number = length - before.start()
    for group in ("sign", "article"):
        if before.start(group) >= 0:
            number = length - before.end(group)
    after_bound = number
    currency = None
    for group in ("cur", "code"):
        if before.start(group) >= 0:
            currency = before.group(group)[::-1].strip()
            after_bound = length - before.end(group)
    hedge = before.group("hedge")
    prefix = _Prefix(
        start=length - before.end(),
        after_bound=after_bound,
        hedge=hedge[::-1].strip() if hedge is not None else None,
        bound=before.start("bound") >= 0,
        currency=currency,
    )
    return prefix, number


def _hedge_of(finder: _Finder, match: re.Match[str], prefix: _Prefix | None) -> Hedge | None:
    if prefix is not None and prefix.hedge is not None:
        return finder.hedges_before.get(_folded(prefix.hedge))
    for name in ("after", "after2"):
        after = match.group(name)
        if after is not None:
            return finder.hedges_after.get(_folded(after.lstrip(_SPACING)))
    return None


class _Reading(NamedTuple):
    """One amount as read from a match, before its context is checked."""

    start: int
    end: int
    number: str  # the (last) number as written, for the context checks
    number_start: int
    number_end: int
    values: tuple[float, float]
    noun: _Noun | None
    hedge: Hedge
    hedged: bool  # whether a hedge before the number or a blur word qualifies it
    tolerance: float | None = None
    ordinal: bool = False  # a fraction word right before a counted noun ("a third soldier")
    modified: bool = False  # words stand between the number and its counted noun


#: Makes a ``_Reading`` from all its fields in order, without the keyword handling of
#: ``_Reading.__new__``.
_new_reading = tuple.__new__

#: Hedges that make a year-like number an amount ("more than 1500"), unlike "around 2000".
_BOUNDING = (Hedge.MORE_THAN, Hedge.AT_LEAST, Hedge.UP_TO, Hedge.FEWER_THAN)


def _is_amount(finder: _Finder, text: str, reversed_text: str, reading: _Reading) -> bool:
    """Whether a reading is an amount in its context, and not a date, name or identifier."""
    end, number = reading.end, reading.number
    back = len(text) - reading.number_start  # where the text before the number starts, reversed
    noun = reading.noun
    year = _YEAR.fullmatch(number) is not None
    if noun is not None:
        glued = noun.kind == "unit" and len(noun.text or "") <= 2
        if glued and text[reading.number_end : reading.number_end + 1] != " ":
            return not finder.label_before.match(reversed_text, back)  # "Fig. 4A", "Fig. 3d"
        # "in 2014 US troops left", "the 2020 United States election": a year-like number
        # before words that name something, or after "in", is a year.
        in_year = year and noun.kind == "counted"
        named = reading.modified or finder.year_before.match(reversed_text, back)
        return not (reading.ordinal or (in_year and named))
    after = text[end : end + 2]
    if (after and (after[0].isalnum() or after[0] in "°′″’”")) or _EQUALS_AFTER.match(text, end):
        return False  # "3D", "16S", "57°44′", "0 = none"
    if number[0].isalpha() and _HYPHEN_WORD.match(after):
        return False  # "two-dimensional", "one-sided"
    if _ordinal_fraction(finder, number):
        following = _NEXT_WORD.match(text, end)
        if following is not None and following.group(1) not in finder.fraction_after:
            return False  # "won a third term", "a third straight week": which one, not how much
    if year and not _RELATION_BEFORE.match(reversed_text, back):
        return reading.hedge in _BOUNDING
    if reading.hedged:
        return not finder.label_before.match(reversed_text, back)
    pronoun = _folded(number) == "one" and bool(
        finder.pronoun_before.match(text, end) or finder.pronoun_after.match(reversed_text, back)
    )
    return not (
        pronoun  # "one of them", "no one", "the smaller one."
        or finder.context_before.match(reversed_text, back)  # "Figure 3", "Voyager 1", "Dec. 19"
        or finder.month_after.match(text, end)  # "19 December"
    )


def _mention(finder: _Finder, text: str, reading: _Reading) -> AmountMention:
    of = reading.noun.unit if reading.noun is not None else unit("dimensionless")
    low, high = reading.values
    if reading.tolerance is None:
        amount = _cached_amount(finder.lexicon, low, high, of, reading.hedge)
    else:
        amount = _spread_amount(low, reading.tolerance, of, reading.hedge)
    # Valid by construction: the finder makes thousands, and the validators cost a third.
    mention: AmountMention = _BUILD_MENTION(
        trusted_span(reading.start, reading.end),
        text[reading.start : reading.end],
        amount,
        reading.noun.text if reading.noun else None,
    )
    return mention


def _read_blur(
    finder: _Finder, match: re.Match[str], prefix: _Prefix | None, noun: _Noun | None
) -> list[_Reading]:
    """ "dozens of troops", "several hundred", "tens of thousands of people"."""
    phrase = match.group("blur")
    grammar = finder.grammar
    word = finder.blur_word.match(phrase)
    blurred = grammar.vague_range(word.group()) if word else None
    if word is None or blurred is None:
        return []
    factor = 1.0
    for scale in phrase[word.end() :].lower().replace(" of", " ").split():
        single = scale[:-1] if scale.endswith("s") else scale
        factor *= grammar.scales.get(single) or grammar.groups.get(single) or 1.0
    if noun is None and factor == 1.0:
        return []  # "several", "a few" alone do not say what they count
    if noun is not None:
        end = match.end("after2") if match.group("after2") is not None else noun.end
    else:
        end = match.start("blur") + len(_TRAILING_OF.sub("", phrase))
    return [
        _Reading(
            start=_start(match, prefix),
            end=end,
            number=phrase,
            number_start=match.start("blur"),
            number_end=end,
            values=(blurred[0] * factor, blurred[1] * factor),
            noun=noun,
            hedge=_hedge_of(finder, match, prefix) or Hedge.VAGUE,
            hedged=True,
        )
    ]


def _start(match: re.Match[str], prefix: _Prefix | None) -> int:
    """Where an amount starts: at its prefix, but for "between" or "from" when no range came."""
    if prefix is None:
        return match.start()
    return prefix.after_bound if prefix.bound else prefix.start


def _read(finder: _Finder, match: re.Match[str], prefix: _Prefix | None) -> list[_Reading]:
    """The amounts one match says: none, one, or two where a range was not one."""
    first, second, first_unit, letters, science, cur2, mods, tolerance = match.group(
        "first", "second", "first_unit", "first_abbr", "first_science", "cur2", "mods", "tolerance"
    )
    noun = _noun(finder, match, second or first or "")
    if first is None:
        return _read_blur(finder, match, prefix, noun)
    if (
        noun is not None
        and noun.kind == "counted"
        and second is None
        and mods
        and mods.lstrip().startswith("of")
        and _ends_in_fraction(finder, first)
        and (finder.grammar.value(first) or 1.0) < 1.0
    ):
        noun = None  # "half of the pupils" is a share of them, as "a third of voters" is
    money = prefix.currency if prefix is not None else None
    # "a third to £1.2bn", "half to $3 million": a currency before the second number only is
    # the second's, and the two make no range
    second_money_only = money is None and cur2 is not None and second is not None
    money = money or cur2
    if money is not None:
        currency = unit(finder.currency_prefixes[money.strip()])
        if noun is None or noun.kind != "currency":
            # "$5 km" is money: the word after it is not its unit.
            noun = _Noun(currency, None, -1, "currency")
    # One-letter abbreviations: a scale with money or a noun, else a unit pint knows.
    factors = [1.0, 1.0]
    sides = (("first_abbr", letters), ("second_abbr", match.group("second_abbr")))
    for index, (side, letter) in enumerate(sides):
        if letter is not None:
            as_unit = None if noun is not None else _unit_of(finder, letter)
            if as_unit is None:
                factors[index] = finder.grammar.scale_abbreviations[letter.lower()]
            elif side == "second_abbr" or second is None:
                noun = _Noun(as_unit, letter, match.end(side), "unit")
            else:
                first_unit = letter
    low = _value(finder, first, science)
    if low is None:
        return []
    if factors[0] != 1.0:
        low = decimal_product(low, factors[0])
    hedge = _hedge_of(finder, match, prefix)
    hedged = prefix is not None and prefix.hedge is not None
    start = _start(match, prefix)
    first_end = match.end("head")
    end = _end(match, noun)
    modified = bool(mods)
    ordinal = (
        noun is not None
        and not modified
        and _ends_in_fraction(finder, first)
        and (noun.kind == "counted" or (noun.kind == "unit" and _ordinal_fraction(finder, first)))
    )
    if second is None:
        spread = float(tolerance.replace(",", "")) if tolerance else None
        if spread is not None and not math.isfinite(spread):
            return []
        # The fields in order: most matches end here, and keywords cost a third of the rest.
        return [
            _new_reading(
                _Reading,
                (
                    start,
                    end,
                    first,
                    match.start("first"),
                    match.end("first"),
                    (low, low),
                    noun,
                    hedge or (Hedge.APPROXIMATELY if tolerance else Hedge.EXACT),
                    hedged,
                    spread,
                    ordinal,
                    modified,
                ),
            )
        ]
    high = _value(finder, second, match.group("second_science"))
    if high is None:
        return []
    if factors[1] != 1.0:
        high = decimal_product(high, factors[1])
    first_noun = None
    if first_unit is not None:
        written = first_unit.lstrip(_SPACING)
        glued = finder.glued.get(first_unit)  # "C" with no space before it: "30C to 35C"
        first_of = unit(glued) if glued else _unit_of(finder, written)
        if first_of is not None:
            first_end = match.end("first_unit") if match.group("first_unit") else first_end
            first_noun = _Noun(first_of, written, first_end, "unit")
            converted = None if noun is None else _converted(low, first_of, noun.unit)
            if converted is not None:
                low = converted
                first_unit = None
    if second_money_only:
        # "rose 12% to $4.1 billion": a change in its own unit, then a level
        nouns = (first_noun, noun)
        return _split(
            match, (start, first_end), (low, high), nouns, hedge, hedged, first_money=False
        )
    if _changed(finder, match, prefix) or (
        first_noun is not None and _changed_by(finder, match.string, start, _end(match, noun))
    ):
        return _split(match, (start, first_end), (low, high), (first_noun, noun), hedge, hedged)
    if first_unit is None and factors[0] == 1.0 and _scale_factor(finder, first) == 1.0:
        # "$5 to $10 million", "two to three million": the second's scale serves both; not
        # a first of a unit of its own ("fell 18% to $412 million").
        scaled = decimal_product(low, _scale_factor(finder, second), factors[1])
        if scaled <= high:
            low = scaled
    if low > high and low < 0 and high < 0:
        low, high = high, low  # "between −2 and −7‰" gives a span by size
    if low > high or first_unit is not None:
        return _split(match, (start, first_end), (low, high), (first_noun, noun), hedge, hedged)
    return [
        _Reading(
            start=prefix.start if prefix is not None else match.start(),
            end=end,
            number=second,
            number_start=match.start("first"),
            number_end=match.end("second"),
            values=(low, high),
            noun=noun,
            hedge=hedge or Hedge.RANGE,
            hedged=hedged,
        )
    ]


def _end(match: re.Match[str], noun: _Noun | None) -> int:
    """Where an amount ends: after its noun and what follows it, or after its number."""
    if noun is not None and noun.end >= 0:
        return match.end("after2") if match.group("after2") is not None else noun.end
    return max(match.end("value"), match.end("after"))


#: How far before "from" a verb of change may start ("increased significantly from").
_CHANGE_REACH = 40


def _changed(finder: _Finder, match: re.Match[str], prefix: _Prefix | None) -> bool:
    """Whether "from" before the first of two numbers follows a verb of change: "the toll
    rose from 12 to 20" tells where it started and where it ended."""
    if prefix is None or not prefix.bound:
        return False
    text = match.string
    if text[prefix.start : prefix.start + 4].lower() != "from":
        return False  # "between"
    floor = max(0, prefix.start - _CHANGE_REACH)
    return finder.change_before.search(text, floor, prefix.start) is not None


def _changed_by(finder: _Finder, text: str, start: int, end: int) -> bool:
    """Whether a verb of change, perhaps with "by", ends the text right before two numbers
    joined by "to" at ``[start, end)``, and no word of ``compared`` follows them: in "rose
    0.3% to 4.1%" the first number, with its own unit, is the change and the second the level
    it reached (in "fell 50% to 75% below", and in "rose 2 to 3 percent", both are the
    change)."""
    floor = max(0, start - _CHANGE_REACH)
    if finder.change_by.search(text, floor, start) is None:
        return False
    return finder.change_compared.match(text, end) is None


def _split(
    match: re.Match[str],
    first_span: tuple[int, int],
    values: tuple[float, float],
    nouns: tuple[_Noun | None, _Noun | None],
    hedge: Hedge | None,
    hedged: bool,
    *,
    first_money: bool = True,
) -> list[_Reading]:
    """Two amounts where two numbers make no range: "from 31 to 14", "11.4% to 2.4%", "3-1".
    ``first_money``: a currency of the second is the first's too, unless written before the
    second only ("half to $3 million")."""
    low, high = values
    first_noun, noun = nouns
    if first_noun is None and (
        (noun is None and _DASH_ONLY.fullmatch(match["sep"]))
        or (noun is not None and noun.end >= 0 and match["sep"] in ("-", "–"))
    ):
        return []  # a score or an identifier ("3-1"), a tally ("a 4-3 vote")
    if first_noun is None and noun is not None and noun.end < 0 and first_money:
        first_noun = noun  # a currency written before the first number
    start, first_end = first_span
    second_start = match.start("cur2") if match.group("cur2") is not None else match.start("second")
    if noun is not None and noun.end < 0 and match.group("cur2") is None:
        noun = None  # "$5 to 3" does not make the 3 money
    return [
        _Reading(
            start=start,
            end=first_noun.end if first_noun and first_noun.end >= 0 else first_end,
            number=match.group("first"),
            number_start=match.start("first"),
            number_end=match.end("first"),
            values=(low, low),
            noun=first_noun,
            hedge=hedge or Hedge.EXACT,
            hedged=hedged,
        ),
        _Reading(
            start=second_start,
            end=_end(match, noun),
            number=match.group("second"),
            number_start=match.start("second"),
            number_end=match.end("second"),
            values=(high, high),
            noun=noun,
            hedge=Hedge.EXACT,
            hedged=False,
        ),
    ]


def _scan(
    finder: _Finder, text: str, reversed_text: str, *, years: bool = True
) -> Iterator[_Reading]:
    """Every amount ``text`` says, in order, before context is checked.

    With ``years`` false, a year that nothing before or after could make an amount is passed
    over unread, as :func:`_is_amount` would reject it: text full of years reads fast.
    """
    length = len(text)
    done = 0  # where the last match ended: nothing before it is read again
    for anchor in _anchors(finder, text):
        if anchor < done:
            continue
        if "0" <= text[anchor] <= "9":
            skipped = finder.skip.match(text, anchor)
            if skipped is None and anchor > done and text[anchor - 1] in "[({#'":
                # "[22]" and "'90s" start before their digits.
                skipped = finder.skip.match(text, anchor - 1)
            if skipped is not None:
                done = skipped.end()
                continue
        # A prefix ends in a letter, a symbol or a sign: after a digit or a comma there is none.
        last = text[max(done, anchor - 2) : anchor].rstrip()[-1:]
        before = None
        if last and not (last.isdigit() or last in _NO_PREFIX_END):
            before = finder.prefix.match(reversed_text, length - anchor, length - done)
        match = None
        prefix = None
        if (
            not years
            and text[anchor] in "12"
            and (before is None or before.end() == before.start())
        ):
            year = _BARE_YEAR.match(text, anchor)
            if year is not None and not _RELATION_BEFORE.match(reversed_text, length - anchor):
                done = year.end()
                continue
        if before is not None and before.end() > before.start():
            prefix, begin = _prefix(before)
            match = (finder.amount_between() if prefix.bound else finder.amount).match(text, begin)
            if match is None:
                prefix = None
        if match is None:
            match = finder.amount.match(text, anchor)
            if match is None:
                continue
        done = match.end()
        yield from _read(finder, match, prefix)


#: A word right after a number that may be a currency of its text: "60 million pallots",
#: "the 45 million-pallot relief fund".
_TOLD_WORD = re.compile(r"(?:[ \t]+|[-\u2010\u2011])([a-z]{3,})\b")
#: How far before an amount the words that show it is money may start ("valuing the gearbox
#: maker at").
_TOLD_REACH = 60
#: How large an amount must be for a noun of what a sum is of after it to show it is money
#: ("60 million pallots in flood relief funding"; "300 blankets in aid" may be blankets), and
#: for one before it ("sales of 4.1 billion zennits"; "the loss of 40 lives" is of lives).
_TOLD_SUM = 1_000
_TOLD_SCALED = 1_000_000


def _with_told_currencies(
    finder: _Finder, text: str, readings: Iterable[_Reading]
) -> Iterable[_Reading]:
    """``readings``, where a number with no unit is a sum of money in the word after it when
    the text shows that word to be a currency: an amount of it stands, once at least, where
    only money goes ("bidding 12 zennits a share", "60 million pallots in flood relief funding",
    "worth some 5.5 billion zennits": ``[told_currencies]`` of units.toml). The currency is
    named by the word's singular ("currency_zennit"), so the texts that show it agree on it."""
    readings = list(readings)
    words = {}  # index of a reading → the word after it, and that word's singular
    for index, reading in enumerate(readings):
        if reading.noun is None:
            word = _TOLD_WORD.match(text, reading.end)
            if word is not None and word[1] not in finder.function_words:
                words[index] = word, singular_noun(word[1], finder.singulars)
    shown = {
        name
        for index, (word, name) in words.items()
        if _where_money_goes(finder, text, readings[index], word.end())
    }
    if not shown:
        return readings
    for index, (word, name) in words.items():
        if name in shown:
            noun = _Noun(counted_unit(f"currency_{name}"), word[1], word.end(), "currency")
            readings[index] = readings[index]._replace(end=word.end(), noun=noun)
    return readings


def _with_unlisted_counts(
    finder: _Finder, text: str, reversed_text: str, readings: Iterable[_Reading]
) -> Iterator[_Reading]:
    """``readings``, where a whole number with no unit, an amount as it stands, counts the
    plural noun right after it that no table names ("35 bodies", "the bridge's 64
    hangers"): a kind of its own, named by the noun's singular (:func:`unlisted_count`), so
    that two texts' counts of one noun meet and counts of two never do. A year ("the 2019
    elections"), one ("if one goes"), and a number :func:`_is_amount` finds no amount (a
    name's: "Flight 93 crashes") count nothing, and the words of ``[unlisted_counts]`` of
    units.toml are counted by none ("12 others")."""
    for reading in readings:
        low, high = reading.values
        if (
            reading.noun is None
            and low == high
            and low.is_integer()
            and low > 1  # "if one goes out": no plural after one
            and not reading.ordinal
            and _YEAR.fullmatch(reading.number) is None
        ):
            word = finder.counted_word.match(text, reading.end)
            if (
                word is not None
                and _counts(finder, word[1], word[2])
                and _is_amount(finder, text, reversed_text, reading)
            ):
                kind = singular_noun(word[1], finder.singulars)
                noun = _Noun(unlisted_count(kind), word[1], word.end(1), "counted")
                reading = reading._replace(end=word.end(1), noun=noun)
        yield reading


def _counts(finder: _Finder, noun: str, after: str | None) -> bool:
    """Whether a word right after a number is a plural noun it counts: not a function word
    or one of ``[unlisted_counts]``, nor a noun that qualifies a plural noun after it ("3,728
    measles cases")."""
    return (
        plural_noun(noun)
        and noun not in finder.function_words
        and noun not in finder.not_counted
        and not (after is not None and plural_noun(after) and after not in finder.function_words)
    )


def _where_money_goes(finder: _Finder, text: str, reading: _Reading, end: int) -> bool:
    """Whether an amount whose word after it ends at ``end`` stands where only money goes
    (see :func:`_with_told_currencies`)."""
    before = max(0, reading.start - _TOLD_REACH)
    value = reading.values[1]
    return bool(
        finder.told_share.match(text, end)
        or (value >= _TOLD_SUM and finder.told_noun.match(text, end))
        or finder.told_worth.search(text, before, reading.start)
        or (value >= _TOLD_SCALED and finder.told_of.search(text, before, reading.start))
    )


#: The words between a unit and the "a half" that adds half of it ("two hours and a half").
_AND = re.compile(r"\s+and\s+$", re.IGNORECASE)
#: One of a unit, then "and" ("a year and", "an hour and"): what "a half" after it completes.
_ONE_UNIT_AND = re.compile(r"\b(?:an?|one)\s+([^\W\d_]+)\s+and\s+$", re.IGNORECASE)
#: How far back from "a half" the unit it completes may start.
_HALF_REACH = 40


def _with_halves(finder: _Finder, text: str, readings: Iterable[_Reading]) -> Iterator[_Reading]:
    """``readings``, where "and a half" after a unit adds half of it to the amount before
    ("two years and a half": 2.5 years; "a year and a half": 1.5 years) instead of being a
    half of its own."""
    held: _Reading | None = None
    for reading in readings:
        if reading.noun is None and reading.values == (0.5, 0.5) and not reading.hedged:
            joined = _half_of(finder, text, held, reading)
            if joined is not None:
                if held is not None and joined.start != held.start:
                    yield held  # "a year and a half" after an amount of its own
                held = joined
                continue
        if held is not None:
            yield held
        held = reading
    if held is not None:
        yield held


def _joined(finder: _Finder, text: str, readings: Iterable[_Reading]) -> Iterator[_Reading]:
    """``readings``, with the parts of one amount joined: "and a half" to the unit before it
    (:func:`_with_halves`), and a measure in two units (:func:`_with_compounds`)."""
    return _with_compounds(text, _with_halves(finder, text, readings))


#: How far back from a sum of money a word of ``[rate_adjectives]`` and its noun may start.
_RATED_REACH = 80


def _with_rates(finder: _Finder, text: str, readings: Iterable[_Reading]) -> Iterator[_Reading]:
    """``readings``, where an amount of money or of counted things that a time follows is a
    rate per that time (``[rates]`` of units.toml): "$5 billion a year" is 5 billion USD per
    year, "10,000 cars a month" 10,000 vehicles per month, which compare with other rates
    only, never with a total ("a $25 billion deal"). So is a sum of money of a noun that a
    word of ``[rate_adjectives]`` qualifies ("the weekly loss at 3 million zennits", "a $4
    million annual budget")."""
    for reading in readings:
        noun = reading.noun
        if noun is None or noun.kind not in ("currency", "counted"):
            yield reading
            continue
        per = None
        found = finder.rate.match(text, reading.end)
        if found is not None:
            per = finder.rates[" ".join(found["rate"].lower().split())]
        elif noun.kind == "currency":
            found = finder.rate_after.match(text, reading.end) or finder.rate_before.search(
                text, max(0, reading.start - _RATED_REACH), reading.start
            )
            if found is not None:
                per = finder.rate_adjectives[found["rate"].lower()]
        if per is not None:
            # The amount's words end with its noun, as a count's subject is read there.
            rated = _Noun(noun.unit / unit(per), noun.text, noun.end, noun.kind)
            reading = reading._replace(noun=rated)
        yield reading


#: Between the parts of one measure: "3 hours 20 minutes", "4 years and 6 months", "6ft 2in",
#: "2 hours, 5 minutes and 30 seconds".
_COMPOUND_JOIN = re.compile(r"\s*|\s+and\s+|,\s*(?:and\s+)?")


def _with_compounds(text: str, readings: Iterable[_Reading]) -> Iterator[_Reading]:
    """``readings``, where a measure in two units, the larger first, is one amount in the
    smaller: "3 hours 20 minutes" is 200 minutes, "4 years and 6 months" 54 months, "6ft 2in"
    74 inches (not 3 hours and 20 minutes of their own, the first of which would disagree
    with another story's "200 minutes")."""
    held: _Reading | None = None
    for reading in readings:
        if held is not None:
            joined = _compound(text, held, reading)
            if joined is not None:
                held = joined
                continue
            yield held
        held = reading
    if held is not None:
        yield held


def _compound(text: str, larger: _Reading, smaller: _Reading) -> _Reading | None:
    """The one amount two readings make when they are a whole number of one unit and less
    than one of it in a smaller unit of the same kind, with nothing but "and" between."""
    first, second = larger.noun, smaller.noun
    if (
        first is None
        or second is None
        or first.kind != "unit"
        or second.kind != "unit"
        or larger.values[0] != larger.values[1]
        or larger.values[0] != int(larger.values[0])
        or smaller.values[0] != smaller.values[1]
        or smaller.hedged
        or not _COMPOUND_JOIN.fullmatch(text, larger.end, smaller.start)
    ):
        return None
    per = _converted(1.0, first.unit, second.unit)
    if per is None or per <= 1.0 or not 0 < smaller.values[0] < per:
        return None
    value = larger.values[0] * per + smaller.values[0]
    return larger._replace(
        end=smaller.end,
        number=smaller.number,
        number_end=smaller.number_end,
        values=(value, value),
        noun=second,
    )


def _half_of(
    finder: _Finder, text: str, before: _Reading | None, half: _Reading
) -> _Reading | None:
    """The amount that ``half`` (a reading of "a half") completes, if a unit comes right
    before it: the reading ``before`` it ("two years and"), or one of a unit ("a year and")."""
    if (
        before is not None
        and before.noun is not None
        and before.noun.kind == "unit"
        and before.values[0] == before.values[1]
        and _AND.match(text, before.end, half.start)
    ):
        value = before.values[0] + 0.5
        return before._replace(end=half.end, values=(value, value))
    found = _ONE_UNIT_AND.search(text, max(0, half.start - _HALF_REACH), half.start)
    if found is None or (before is not None and before.end > found.start()):
        return None
    of = _unit_of(finder, found.group(1))
    if of is None:
        return None
    noun = _Noun(of, found.group(1), found.end(1), "unit")
    return half._replace(start=found.start(), noun=noun, values=(1.5, 1.5))


#: What stands between the parts of a ratio: "three in five voters", "one out of four".
_RATIO = re.compile(r"\s+(?:in|out\s+of)\s+$", re.IGNORECASE)


def _with_ratios(text: str, readings: Iterable[_Reading]) -> Iterator[_Reading]:
    """``readings``, where "three in five voters" is one amount, the fraction 0.6 of the
    whole (hedged as its first number is), not three of something and five voters. The first
    number has no unit; the second a counted noun or none, and it is no year ("won 5 in
    2020")."""
    held: _Reading | None = None
    for reading in readings:
        if held is not None and _is_ratio(text, held, reading):
            value = held.values[0] / reading.values[0]
            # Checked in context as a range is, by its last number: "One in three adults
            # is" has no pronoun "one" (as "one is" would).
            yield held._replace(
                end=reading.end,
                values=(value, value),
                noun=None,
                number=reading.number,
                number_end=reading.number_end,
            )
            held = None
            continue
        if held is not None:
            yield held
        held = reading
    if held is not None:
        yield held


def _is_ratio(text: str, part: _Reading, whole: _Reading) -> bool:
    low, high = part.values
    total = whole.values[0]
    return (
        part.noun is None
        and low == high
        and whole.values[1] == total
        and 0 < low < total
        and not whole.hedged
        and (whole.noun is None or whole.noun.kind == "counted")
        and _YEAR.fullmatch(whole.number) is None
        and _RATIO.match(text, part.end, whole.start) is not None
    )


def find_amounts(text: str, *, lexicon: Lexicon | None = None) -> list[AmountMention]:
    """Every amount in ``text``, in order of position and not overlapping.

    Dates, years, times of day, ordinals, references and identifiers are left out (see the
    module's docstring); numbers with no unit come back as dimensionless amounts.
    Raises :class:`~factcheck.errors.InvalidArgument` if ``text`` is not a ``str``.
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__}")
    finder = _finder(lexicon or default_lexicon())
    reversed_text = text[::-1]
    return [
        _mention(finder, text, reading)
        for reading in _with_ratios(
            text,
            _with_rates(
                finder,
                text,
                _with_unlisted_counts(
                    finder,
                    text,
                    reversed_text,
                    _with_told_currencies(
                        finder,
                        text,
                        _joined(finder, text, _scan(finder, text, reversed_text, years=False)),
                    ),
                ),
            ),
        )
        if _is_amount(finder, text, reversed_text, reading)
    ]


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _anchors(finder: _Finder, text: str) -> list[int]:
    """Where numbers may start in ``text``, in order (a superset: each is checked after)."""
    lowered = lower_case(text)
    if len(lowered) != len(text):
        lowered = text.translate(_ASCII_LOWER)  # a few letters lowercase to two characters
    padded = " " + lowered
    anchors = list(map(re.Match.start, finder.anchors_after_space.finditer(padded)))
    anchors += map(re.Match.start, finder.anchors_after_other.finditer(padded))
    anchors.sort()
    return anchors


_LEADING = " \t\r\n\"'“”‘’([{"
_TRAILING = " \t\r\n\"'“”‘’)]}.,;:!?"


def parse_amount(text: str, *, lexicon: Lexicon | None = None) -> Amount:
    """The amount ``text`` states; the whole text, but for surrounding spaces and punctuation.

    Unlike :func:`find_amounts`, a bare number here is an amount even where it could be a year
    ("2014"). Raises :class:`~factcheck.errors.NormalizationError` when the text is not exactly
    one amount, and :class:`~factcheck.errors.InvalidArgument` if it is not a ``str``.
    """
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__}")
    core = text.lstrip(_LEADING).rstrip(_TRAILING)
    if not core:
        raise NormalizationError(text, "there is no amount in it")
    finder = _finder(lexicon or default_lexicon())
    readings = list(_joined(finder, core, _scan(finder, core, core[::-1])))
    if not readings:
        raise NormalizationError(text, "there is no amount in it")
    if len(readings) != 1:
        raise NormalizationError(text, "it is not one amount")
    reading = readings[0]
    if (reading.start, reading.end) != (0, len(core)):
        raise NormalizationError(text, f"only {core[reading.start : reading.end]!r} is an amount")
    return _mention(finder, core, reading).amount
