"""The number grammar reads digits, number words, fractions, scales and blur words."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import LexiconError, load_lexicon
from factcheck._lexicon import default_lexicon
from factcheck._numbers import (
    KEPT_LENGTH,
    NumberGrammar,
    decimal_product,
    lower_case,
    number_grammar,
    words_pattern,
)


@pytest.fixture(scope="module")
def grammar() -> NumberGrammar:
    return number_grammar(default_lexicon())


def number(grammar: NumberGrammar, text: str) -> float | None:
    """The value of ``text`` when the grammar's pattern matches all of it, else ``None``."""
    if not re.fullmatch(grammar.number, text, re.IGNORECASE):
        return None
    return grammar.value(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,000", 2000),
        ("2000", 2000),
        ("140,937,785", 140937785),
        ("1.5", 1.5),
        ("0.75", 0.75),
        (".05", 0.05),
    ],
)
def test_digits_with_separators_and_decimals(
    grammar: NumberGrammar, text: str, value: float
) -> None:
    """Digits read with thousands separators, decimals, and decimals without a leading zero."""
    assert number(grammar, text) == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("two thousand", 2000),
        ("forty-five", 45),
        ("one hundred and twenty", 120),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half", 0.5),
        ("a third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("one and a half", 1.5),
        ("half a million", 500_000),
        ("a million", 1_000_000),
        ("one and two thirds", 1 + 2 / 3),
        ("one and three quarter", 1.75),
        ("two and one half", 2.5),
        ("one-and-a-half", 1.5),
        ("a quarter of a million", 250_000),
        ("three-and-a-half million", 3_500_000),
        ("a million and a half", 1_500_000),
        ("a dozen and a half", 18),
    ],
)
def test_number_words(grammar: NumberGrammar, text: str, value: float) -> None:
    """Number words, groups and fractions read as their values."""
    assert number(grammar, text) == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.5 million", 1.5e6), ("5.1bn", 5.1e9), ("7 billion", 7e9), ("2 lakh", 2e5)],
)
def test_scales(grammar: NumberGrammar, text: str, value: float) -> None:
    """Scale words and their longer abbreviations multiply the digits before them."""
    assert number(grammar, text) == value


@given(
    whole=st.integers(min_value=0, max_value=999),
    denominator=st.integers(min_value=2, max_value=16),
    data=st.data(),
)
def test_a_fraction_in_digits_adds_to_the_whole_number_before_it(
    grammar: NumberGrammar, whole: int, denominator: int, data: st.DataObject
) -> None:
    """ "2 1/2" is 2.5 and "6 3/8" 6.375: the whole number and the fraction after it."""
    numerator = data.draw(st.integers(min_value=1, max_value=denominator - 1))
    text = f"{whole} {numerator}/{denominator}"
    assert number(grammar, text) == pytest.approx(whole + numerator / denominator)


@pytest.mark.parametrize("text", ["2 24/7", "5 3/0", "1 2/3/2031"])
def test_a_slash_that_makes_no_fraction_adds_none(grammar: NumberGrammar, text: str) -> None:
    """A slash whose numerator is no less than its denominator, or a date, is no fraction."""
    assert number(grammar, text) is None


def test_scaled_decimals_have_no_rounding_noise(grammar: NumberGrammar) -> None:
    """123.4 billion is exactly 123,400 million, as written."""
    assert grammar.value("123.4 billion") == grammar.value("123,400 million") == 123_400_000_000


@pytest.mark.parametrize("text", ["score", "pair", "couple", "third", "quarter", "an eight"])
def test_group_and_fraction_words_need_a_count(grammar: NumberGrammar, text: str) -> None:
    """Alone, "pair" or "third" is a noun or an ordinal; an article counts scales, not "eight"."""
    assert number(grammar, text) is None


@pytest.mark.parametrize(
    ("text", "first"),
    [("two and three million", "two"), ("twenty and thirty people", "twenty")],
)
def test_and_between_two_counts_joins_two_numbers(
    grammar: NumberGrammar, text: str, first: str
) -> None:
    """ "and" belongs to a number after a scale ("one hundred and twenty") or before a
    fraction ("one and a half"); between two counts it joins two numbers, so the first stops
    before it ("between two and three million" is a range, not one number)."""
    found = re.search(grammar.number, text, re.IGNORECASE)
    assert found is not None and found.group() == first


def test_words_that_do_not_build_a_number_have_no_value(grammar: NumberGrammar) -> None:
    """ "Nineteen ninety" is a year said aloud, not a sum."""
    assert grammar.value("nineteen ninety") is None


def test_long_runs_of_number_words_are_read_in_bounded_pieces(grammar: NumberGrammar) -> None:
    """A run of number words is matched a bounded number of words at a time."""
    found = re.match(grammar.number, "a half " * 1000, re.IGNORECASE)
    assert found is not None
    assert len(found.group().split()) <= 32


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens", 24, 144),
        ("a few", 2, 6),
        ("several", 3, 10),
        ("thousands", 2000, 1e6),
        ("a couple of", 2, 4),
        ("couple of", 2, 4),
    ],
)
def test_blur_words_have_ranges(grammar: NumberGrammar, text: str, low: float, high: float) -> None:
    """Blur words stand for a range of values."""
    assert re.fullmatch(grammar.blur, text, re.IGNORECASE)
    assert grammar.vague_range(text) == (low, high)


def test_a_couple_names_two(grammar: NumberGrammar) -> None:
    """ "a couple of" is a range, and names two where one count must be written."""
    assert grammar.vague_counts["a couple of"] == grammar.vague_counts["couple of"] == 2
    assert "several" not in grammar.vague_counts


def test_a_count_for_no_blur_word_is_refused(tmp_path: Path) -> None:
    """A named count for a word that is not a blur word is reported with its file and key."""
    extra = tmp_path / "numbers.toml"
    extra.write_text("[numbers.vague_counts]\nmany = 5\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        number_grammar(load_lexicon(extra))
    assert caught.value.key == "numbers.vague_counts.many"


@pytest.mark.parametrize(("text", "value"), [("3rd", 3), ("19th", 19), ("third", 3)])
def test_ordinals(grammar: NumberGrammar, text: str, value: int) -> None:
    """Ordinal numerals and words read as their position."""
    assert grammar.ordinal(text) == value


def test_decimal_product_rounds_away_binary_noise() -> None:
    """A product of written decimals is rounded to the digits text can write."""
    assert decimal_product(123.4, 1e9) == 123_400_000_000.0


def test_user_table_with_a_bad_value_names_file_and_key(tmp_path: Path) -> None:
    """A number word whose value is not a number is reported with its file and key."""
    extra = tmp_path / "numbers.toml"
    extra.write_text('[numbers.cardinals]\nfoo = "many"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        number_grammar(load_lexicon(extra))
    assert caught.value.path == str(extra)
    assert caught.value.key == "numbers.cardinals.foo"


def test_user_words_join_the_grammar(tmp_path: Path) -> None:
    """A scale a user adds reads like ours."""
    extra = tmp_path / "numbers.toml"
    extra.write_text("[numbers.scales]\nmyriad = 1e4\n", encoding="utf-8")
    grammar = number_grammar(load_lexicon(extra))
    assert number(grammar, "3 myriad") == 30_000


def test_words_pattern_with_no_words_matches_nothing() -> None:
    """An empty word list matches no text, not the empty string."""
    assert re.search(words_pattern([]), "anything") is None


_WORDS = st.lists(st.text(alphabet="abc ", min_size=1, max_size=6), max_size=8)


@given(words=_WORDS, probe=st.text(alphabet="abc ", max_size=6))
def test_words_pattern_matches_exactly_its_words(words: list[str], probe: str) -> None:
    """The trie pattern matches a text whole exactly when it is one of the words."""
    pattern = words_pattern(words)
    spelled = {" ".join(word.split()) for word in words} - {""}
    assert bool(re.fullmatch(pattern, " ".join(probe.split()))) == (
        " ".join(probe.split()) in spelled
    )


@given(words=_WORDS.filter(lambda ws: any(w.strip() for w in ws)))
def test_words_pattern_prefers_the_longest_word(words: list[str]) -> None:
    """At one position the pattern takes the longest of the words that fit."""
    spelled = sorted({" ".join(w.split()) for w in words} - {""}, key=len)
    longest = spelled[-1]
    found = re.match(words_pattern(words), longest)
    assert found is not None
    assert found.group() == longest


def test_lower_case_keeps_articles_but_not_long_files() -> None:
    """The lower case of a text is kept for the next finder, but a long file's is not held on
    to once it was read."""
    article = "The Ferry Left On Friday — “Late”. " * 10
    assert lower_case(article) is lower_case(article)
    long_file = "A" * (KEPT_LENGTH + 1)
    assert lower_case(long_file) == "a" * (KEPT_LENGTH + 1)
    assert lower_case(long_file) is not lower_case(long_file)
