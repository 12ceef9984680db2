"""Numbers in text: digits with separators and decimals, number words, scales and blur words.

The grammar is compiled from the ``numbers`` table of a lexicon. Finders embed its regular
expressions in their own patterns and call :meth:`NumberGrammar.value` on what they matched.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from factcheck._lexicon import Lexicon

__all__ = [
    "KEPT_LENGTH",
    "NumberGrammar",
    "decimal_product",
    "lower_case",
    "number_grammar",
    "words_pattern",
]

#: Digits with optional thousands separators and decimals: "2,000", "1.5", "140,937,785", "0.75",
#: and decimals written without their leading zero (".05", as in "p < .05").
DIGITS = r"(?:(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?|\.\d+)"

#: The most words one number is read from ("one hundred and twenty-three thousand four hundred
#: and fifty-six" has nine); the bound keeps a run of number words from being read over and over.
MAX_NUMBER_WORDS = 16

#: Vulgar fraction characters and their values.
VULGAR_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125}

_HYPHEN = "\u2010\u2011-"
_SPLIT = re.compile(rf"[\s{_HYPHEN}]+")
_DIGITS = re.compile(DIGITS)
#: A fraction in digits, with the whole number before it: "2 1/2".
_SLASHED = re.compile(r"(\d+)\s+(\d{1,2})/(\d{1,2})")


#: The longest text :func:`lower_case` keeps (in characters): an article is a few thousand,
#: and a long file is not held on to after it was read.
KEPT_LENGTH = 1 << 20


def lower_case(text: str) -> str:
    """``text.lower()``, kept for the next finder that asks: the time and amount finders both
    read a text in lower case, and lower-casing a text with a character outside ASCII (most
    news: "’", "—") costs a third of a finder's whole scan of it. The last two texts of at
    most :data:`KEPT_LENGTH` characters are kept."""
    return _kept_lower_case(text) if len(text) <= KEPT_LENGTH else text.lower()


@functools.lru_cache(maxsize=2)
def _kept_lower_case(text: str) -> str:
    return text.lower()


def decimal_product(*factors: float) -> float:
    """The product of numbers written in decimal, without binary rounding noise.

    ``123.4 * 1e9`` is ``123399999999.99998`` in floats, while "123,400 million" is
    ``123400000000.0``; a value written in text has at most 15 significant digits, so the
    product is rounded to that.
    """
    product = math.prod(factors)
    return float(f"{product:.15g}") if math.isfinite(product) else product


def words_pattern(words: Iterable[object], *, fold: bool = True) -> str:
    """A group alternating ``words``, longest first, a space matching any run of whitespace.

    Words are lowercased (for patterns compiled with ``re.IGNORECASE``) unless ``fold`` is false.
    The group is a trie ("ab(?:out|ove)"), so that a position which starts none of the words is
    given up after a character or two; with no words it matches nothing.
    """
    unique = {" ".join(str(word).split()) for word in words}
    unique = {word.lower() if fold else word for word in unique if word}
    return f"(?:{_trie(sorted(unique))})" if unique else "(?!)"


def _trie(words: list[str]) -> str:
    """The alternation of ``words`` (sorted, distinct) as a trie, longer continuations first."""
    branches = []
    ends_here = "" in words
    for first, group in itertools.groupby((w for w in words if w), key=lambda w: w[0]):
        rests = [w[1:] for w in group]
        char = r"\s+" if first == " " else re.escape(first)
        branches.append(char + (_trie(rests) if rests != [""] else ""))
    if not branches:
        return ""
    if ends_here:
        # The longer word is tried first, the shorter one on backtracking; sre runs "(?:x|)"
        # faster than the equal "(?:x)?".
        return "(?:" + "|".join(branches) + "|)"
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _table(lexicon: Lexicon, name: str) -> Mapping[str, Any]:
    table = lexicon.table("numbers").get(name, {})
    if not isinstance(table, Mapping):
        raise lexicon.error(("numbers", name), "must be a table")
    return table


def _numbers(lexicon: Lexicon, name: str) -> dict[str, float]:
    values: dict[str, float] = {}
    for word, value in _table(lexicon, name).items():
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise lexicon.error(("numbers", name, word), f"must be a number, got {value!r}")
        values[word.lower()] = float(value)
    return values


def _ranges(lexicon: Lexicon, name: str) -> dict[str, tuple[float, float]]:
    ranges: dict[str, tuple[float, float]] = {}
    for word, value in _table(lexicon, name).items():
        if (
            not isinstance(value, list)
            or len(value) != 2
            or not all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
            or not 0 <= value[0] < value[1]
        ):
            raise lexicon.error(
                ("numbers", name, word), f"must be [low, high] with 0 <= low < high, got {value!r}"
            )
        ranges[_SPLIT.sub(" ", word.lower())] = (float(value[0]), float(value[1]))
    return ranges


@attrs.frozen(kw_only=True, eq=False)
class NumberGrammar:
    """Regular expressions for numbers, and the values of what they match.

    The patterns have no capturing groups and expect ``re.IGNORECASE``.
    """

    cardinals: Mapping[str, float]
    groups: Mapping[str, float]
    ordinals: Mapping[str, float]
    fractions: Mapping[str, float]
    scales: Mapping[str, float]
    scale_abbreviations: Mapping[str, float]
    vague: Mapping[str, tuple[float, float]]
    #: The one count a blur word names, where it names one ("a couple of": 2).
    vague_counts: Mapping[str, float] = attrs.field(factory=dict)
    words: str = attrs.field(init=False)
    number: str = attrs.field(init=False)
    scale: str = attrs.field(init=False)
    blur: str = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        hyphen = f"[{_HYPHEN}]"
        whole = words_pattern([*self.cardinals, *self.scales, "half"])
        # An article counts one of a scale ("a hundred", "a half"), never of a cardinal: in
        # "an eight-year study" the number is "eight".
        by_article = words_pattern([*self.scales, "half"])
        group = words_pattern(self.groups)
        fraction = words_pattern(self.fractions)
        count = words_pattern(["a", "an", *self.cardinals])
        # A fraction word needs a count before it ("a third", "two-thirds", "one and a half");
        # alone, "third" and "quarter" are more often ordinals and calendar quarters. A group
        # word needs one too ("a dozen", "two dozen"): alone, "score", "pair" and "couple" are
        # mostly nouns ("the final score", "the couple").
        item = rf"(?:{count}(?:\s+|{hyphen}){fraction}|an?\s+(?:{by_article}|{group})|{whole})"
        # "and" joins a scale to what follows it ("one hundred and five") and a count to the
        # fraction after it ("two and a half"); between two counts it joins two numbers
        # ("between two and three million").
        after_scale = "|".join(f"(?<={re.escape(word)})" for word in sorted(self.scales))
        after_fraction = "|".join(f"(?<={re.escape(word)})" for word in sorted(self.fractions))
        gap = rf"(?:\s+|{hyphen})"
        fractional = rf"(?=an?{gap}|{count}{gap}{fraction}\b)"
        # "of a" joins a fraction to a scale: "a quarter of a million".
        link = (
            rf"(?:(?:{after_scale})\s+and\s+(?:an?\s+)?|{gap}and{gap}{fractional}(?:an?{gap})?"
            rf"|(?:{after_fraction})\s+of\s+(?=an?\s+{words_pattern(self.scales)}\b)"
            rf"|\s+|{hyphen})"
        )
        # Atomic groups: a number, once read, is never re-split when the pattern around it fails,
        # and a bounded number of words: together they keep every finder linear in the length
        # of the text.
        repeat = f"{{0,{MAX_NUMBER_WORDS - 1}}}"
        words = rf"(?>\b{item}(?:{link}(?:{fraction}|{group}|{item})){repeat}\b)"
        scale = words_pattern(self.scales)
        # Unambiguous abbreviations may stand apart from the digits ("5.1 bn"); the one-letter
        # ones ("3m", "5k") belong to the finder that knows the context.
        long_abbreviations = words_pattern(a for a in self.scale_abbreviations if len(a) > 1)
        vulgar = "".join(VULGAR_FRACTIONS)
        # A fraction in digits after a whole number: "2 1/2" (alone, "3/4" is as often a
        # date; "2 24/7" has no value).
        slashed = r"\d{1,2}/\d{1,2}(?![\d/])"
        digits = (
            rf"(?>(?<![\w.,/]){DIGITS}(?:\s?[{vulgar}]|\s+{slashed})?"
            rf"(?:\s?{long_abbreviations}\b|(?:\s+|{hyphen}){scale}\b)*"
            rf"|(?<!\w)[{vulgar}])"
        )
        object.__setattr__(self, "words", words)
        object.__setattr__(self, "number", rf"(?:{digits}|{words})")
        object.__setattr__(self, "scale", scale)
        object.__setattr__(self, "blur", rf"(?:\b{words_pattern(self.vague)}\b)")

    def value(self, text: str) -> float | None:
        """The value of a number matched by :attr:`number`, or ``None`` if it is not well formed."""
        text = text.strip().lower()
        if not text:
            return None
        if text[0].isdigit() or text[0] in VULGAR_FRACTIONS or text[0] == ".":
            return self._digits_value(text)
        return self._words_value([t for t in _SPLIT.split(text) if t])

    def vague_range(self, text: str) -> tuple[float, float] | None:
        """The ``[low, high)`` range of a blur word matched by :attr:`blur` ("dozens", "a few")."""
        return self.vague.get(_SPLIT.sub(" ", text.strip().lower()))

    def ordinal(self, text: str) -> int | None:
        """The value of an ordinal word ("third") or numeral ("3rd", "19th")."""
        text = text.strip().lower()
        match = re.fullmatch(r"(\d+)(?:st|nd|rd|th)?", text)
        if match:
            return int(match.group(1))
        value = self.ordinals.get(text)
        return None if value is None else int(value)

    def _digits_value(self, text: str) -> float | None:
        match = _DIGITS.match(text)
        if match is not None and match.end() == len(text):
            return float(text.replace(",", ""))  # the common case: digits alone
        slashed = _SLASHED.match(text)
        if slashed is not None:
            whole, numerator, denominator = slashed.groups()
            if not 0 < int(numerator) < int(denominator):
                return None  # "2 24/7", "5 5/0": no fraction
            value = int(whole) + int(numerator) / int(denominator)
            rest = text[slashed.end() :]
        else:
            value = float(match.group().replace(",", "")) if match else 0.0
            rest = text[match.end() :] if match else text
        rest = rest.lstrip()
        if rest and rest[0] in VULGAR_FRACTIONS:
            value += VULGAR_FRACTIONS[rest[0]]
            rest = rest[1:]
        factors = []
        for word in _SPLIT.split(rest):
            if not word:
                continue
            factor = self.scales.get(word) or self.scale_abbreviations.get(word)
            if factor is None:
                return None
            factors.append(factor)
        return decimal_product(value, *factors)

    def _words_value(self, words: list[str]) -> float | None:
        at = next((i for i, word in enumerate(words) if word in self.fractions), None)
        if at is None:
            return self._whole_value(words)
        before, fraction, after = words[:at], self.fractions[words[at]], words[at + 1 :]
        # "two and a half", "one and two thirds": a whole number, and a count of the fraction
        joined = len(before) - 1 - before[::-1].index("and") if "and" in before else -1
        whole: float | None = 0.0
        if joined > 0:
            # After a scale, the fraction is of the scale: "a million and a half", 1.5 million.
            last = before[joined - 1]
            fraction *= self.scales.get(last) or self.groups.get(last) or 1.0
            whole, before = self._whole_value(before[:joined]), before[joined + 1 :]
        count = 1.0 if before in ([], ["a"], ["an"]) else self._whole_value(before)
        if whole is None or count is None:
            return None
        value = whole + count * fraction
        if after[:1] == ["of"]:
            after = after[1:]  # "a quarter of a million"
        if after[:1] in (["a"], ["an"]):
            after = after[1:]  # "half a million"
        if not after:
            return value
        factor = self._whole_value(after)
        return None if factor is None else value * factor

    def _whole_value(self, words: list[str]) -> float | None:
        total = 0.0  # closed by scales of a thousand and more
        current = 0.0  # the part below the next such scale
        previous = ""
        for word in words:
            if word == "and" and previous in self.scales:
                continue  # "one hundred and twenty"
            if word in ("a", "an") and previous in ("", "and"):
                previous = word  # stands for one before a multiplier
                continue
            if word in self.cardinals and previous not in ("a", "an"):
                value = self.cardinals[word]
                last = self.cardinals.get(previous)
                # "twenty four" builds a number; "four twenty" or "nineteen ninety" does not.
                if last is not None and not (last >= 20 and last % 10 == 0 and value < 10):
                    return None
                current += value
            elif word in self.groups or word in self.scales:
                factor = self.groups.get(word) or self.scales[word]
                base = current or 1.0
                if factor >= 1000:
                    total += base * factor
                    current = 0.0
                else:
                    current = base * factor
            else:
                return None
            previous = word
        if previous in ("a", "an", "and", ""):
            return None
        result = total + current
        return result if math.isfinite(result) else None


@functools.cache
def number_grammar(lexicon: Lexicon) -> NumberGrammar:
    """The number grammar of ``lexicon``, compiled once per lexicon."""
    return NumberGrammar(
        cardinals=_numbers(lexicon, "cardinals"),
        groups=_numbers(lexicon, "groups"),
        ordinals=_numbers(lexicon, "ordinals"),
        fractions=_numbers(lexicon, "fractions"),
        scales=_numbers(lexicon, "scales"),
        scale_abbreviations=_numbers(lexicon, "scale_abbreviations"),
        vague=_ranges(lexicon, "vague"),
        vague_counts=_vague_counts(lexicon),
    )


@functools.cache
def count_words(lexicon: Lexicon) -> frozenset[str]:
    """The number words of ``lexicon`` that are one word, lowercased: cardinals, groups,
    scales and blur words ("five", "dozen", "million", "dozens"; not "a few")."""
    grammar = number_grammar(lexicon)
    tables = (grammar.cardinals, grammar.groups, grammar.scales, grammar.vague)
    return frozenset(word.lower() for table in tables for word in table if " " not in word)


def _vague_counts(lexicon: Lexicon) -> dict[str, float]:
    """The ``vague_counts`` table, keyed like ``vague``; each key must be a blur word."""
    blurs = _ranges(lexicon, "vague")
    counts = {
        _SPLIT.sub(" ", word): count for word, count in _numbers(lexicon, "vague_counts").items()
    }
    for word in counts:
        if word not in blurs:
            raise lexicon.error(("numbers", "vague_counts", word), "is not a word of [vague]")
    return counts
