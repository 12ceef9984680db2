"""The amount finder reads amounts from text as intervals of quantities, and leaves out the rest."""

from __future__ import annotations

import itertools
import math
import pickle
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import (
    Amount,
    Duration,
    Hedge,
    InvalidArgument,
    LexiconError,
    NormalizationError,
    amounts_overlap,
    load_lexicon,
)
from factcheck._amounts import (
    AmountMention,
    _finder,
    _is_amount,
    _scan,
    find_amounts,
    hedged_amount,
    parse_amount,
)
from factcheck._hedges import Tolerance, tolerances
from factcheck._lexicon import default_lexicon
from factcheck._units import quantity, registry
from factcheck._words import s_form, singular_noun


def only(text: str) -> AmountMention:
    """The one amount found in ``text``."""
    found = find_amounts(text)
    assert len(found) == 1, found
    return found[0]


def bounds(amount: Amount, unit: str) -> tuple[float, float]:
    return (amount.low.to(unit).magnitude, amount.high.to(unit).magnitude)


# What the issue says must hold.


def test_roughly_and_about_are_equal() -> None:
    """ "roughly 2,000 troops" and "about 2,000 troops" are the same amount."""
    assert parse_amount("roughly 2,000 troops") == parse_amount("about 2,000 troops")


def test_around_us_soldiers_overlaps_about_troops() -> None:
    """Soldiers are troops, and a modifier between number and noun is read past."""
    around = parse_amount("Around 2,000 US soldiers")
    assert amounts_overlap(around, parse_amount("about 2,000 troops"))


def test_a_larger_exact_count_does_not_overlap_an_approximate_one() -> None:
    """ "2,500 troops" cannot be "about 2,000 troops"."""
    about = parse_amount("about 2,000 troops")
    assert amounts_overlap(parse_amount("2,500 troops"), about) is False


def test_billions_abbreviated_equal_millions_spelled() -> None:
    """ "$1.5bn" is "1,500 million dollars"."""
    assert parse_amount("$1.5bn") == parse_amount("1,500 million dollars")


def test_hours_equal_a_day() -> None:
    """ "24 hours" is "one day"."""
    assert parse_amount("24 hours") == parse_amount("one day")


@pytest.mark.parametrize(
    ("text", "equal"),
    [("30 working days", "six weeks"), ("10 business days", "two weeks"),
     ("one working day", "0.2 weeks")],
)  # fmt: skip
def test_working_days_are_a_fifth_of_a_week(text: str, equal: str) -> None:
    """A working day is a length of time, five to a week, not a bare number."""
    assert parse_amount(text).low.to("day").magnitude == pytest.approx(
        parse_amount(equal).low.to("day").magnitude
    )


def test_months_overlap_days() -> None:
    """ "two to three months" overlaps "60 to 100 days"."""
    assert amounts_overlap(parse_amount("two to three months"), parse_amount("60 to 100 days"))


def test_up_to_excludes_more() -> None:
    """ "up to $5 billion" excludes "$5.1 billion"."""
    assert amounts_overlap(parse_amount("up to $5 billion"), parse_amount("$5.1 billion")) is False


def test_trillions_of_dollars_is_open_above() -> None:
    """ "trillions of dollars" is [2e12 USD, 1e15 USD)."""
    amount = parse_amount("trillions of dollars")
    assert bounds(amount, "USD") == (2e12, 1e15)
    assert amount.high_open
    assert amount.hedge is Hedge.VAGUE


# Numbers.


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2,000", 2000),
        ("1.5", 1.5),
        ("140,937,785", 140937785),
        ("two thousand", 2000),
        ("a dozen", 12),
        ("forty-five", 45),
        ("half", 0.5),
        ("a third", 1 / 3),
        ("1.5 million", 1.5e6),
        ("7 billion", 7e9),
    ],
)
def test_bare_numbers_are_dimensionless(text: str, value: float) -> None:
    """A number with no unit is a dimensionless amount with no noun."""
    found = only(f"officials said {text} were found")
    assert found.noun is None
    assert found.amount.low.dimensionless
    assert found.amount.low.magnitude == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("dozens of people", 24, 144),
        ("hundreds of people", 200, 1000),
        ("thousands of people", 2000, 1e6),
        ("several hundred people", 300, 1000),
        ("tens of thousands of people", 20_000, 100_000),
        ("a few people", 2, 6),
    ],
)
def test_blur_words_are_vague_ranges(text: str, low: float, high: float) -> None:
    """Blur words, with the scales they multiply, are ranges open above."""
    amount = only(text).amount
    assert bounds(amount, "person") == (low, high)
    assert amount.hedge is Hedge.VAGUE
    assert amount.high_open


def test_a_blur_word_alone_is_no_amount() -> None:
    """ "several" with nothing it counts says no amount."""
    assert find_amounts("several of them left") == []


# Percentages and money.


@pytest.mark.parametrize("text", ["4%", "4 %", "4 per cent", "4 percent"])
def test_percentages(text: str) -> None:
    """Percent signs and words read as percent."""
    assert parse_amount(text) == parse_amount("4%")
    assert parse_amount(text).unit == "percent"


def test_percentage_points_are_not_percent() -> None:
    """Percentage points measure a difference and never compare with percent."""
    assert amounts_overlap(parse_amount("3 percentage points"), parse_amount("3%")) is None


def test_basis_points_are_hundredths_of_a_percentage_point() -> None:
    """ "25 basis points" is a quarter of a percentage point, and never percent."""
    quarter = parse_amount("a quarter of a percentage point")
    assert amounts_overlap(parse_amount("25 basis points"), quarter) is True
    assert amounts_overlap(parse_amount("25 basis points"), parse_amount("25%")) is None


@pytest.mark.parametrize("text", ["45 cents", "a 45-cent dividend", "45 cents a share"])
def test_cents_are_money_of_their_own(text: str) -> None:
    """ "45 cents" is a sum of money in cents of a currency the text does not say: it
    compares with cents, never with dollars or euros, and is no count of things."""
    (found,) = find_amounts(text)
    assert amounts_overlap(found.amount, parse_amount("45 cents")) is True
    assert amounts_overlap(found.amount, parse_amount("$0.45")) is None


def test_pence_are_hundredths_of_a_pound() -> None:
    """A share price of "340 pence" is £3.40."""
    assert amounts_overlap(parse_amount("340 pence"), parse_amount("£3.40")) is True


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("$5.1 billion", "USD", 5.1e9),
        ("US$5.1 billion", "USD", 5.1e9),
        ("$ 7 billion", "USD", 7e9),
        ("£3m", "GBP", 3e6),
        ("€40", "EUR", 40),
        ("5 billion dollars", "USD", 5e9),
        ("300 euros", "EUR", 300),
        ("USD 5 million", "USD", 5e6),
        ("5 million USD", "USD", 5e6),
        ("42 million Swedish crowns", "SEK", 42e6),
        ("3 billion Norwegian crowns", "NOK", 3e9),
        ("2 million Czech korunas", "CZK", 2e6),
        ("40 billion forints", "HUF", 40e9),
        ("5 million baht", "THB", 5e6),
        ("NT$3 million", "TWD", 3e6),
        # Crowns of no named country are crowns, comparable with each other only.
        ("38 million crowns", "kr", 38e6),
        ("500 kronor", "kr", 500),
        ("500 kr", "kr", 500),
        # Joined to its number by a hyphen, a currency is in the singular ("a 50-euro fine").
        ("50-euro", "EUR", 50),
        ("10-dollar", "USD", 10),
        ("4,000-crown", "kr", 4000),
        ("2.5 million-crown", "kr", 2.5e6),
    ],
)
def test_money(text: str, unit: str, value: float) -> None:
    """Currency symbols, codes and words read as money in that currency."""
    amount = parse_amount(text)
    assert amount.unit == unit
    assert amount.low.magnitude == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("a 4 million crown relief fund for growers", "kr", 4e6),
        ("a 2.5 billion crown rescue package", "kr", 2.5e9),
    ],
)
def test_a_currency_in_the_singular_after_a_scale_is_money(
    text: str, unit: str, value: float
) -> None:
    """After a scale and before what a sum is of, a currency word is in the singular, as
    joined by a hyphen: "a 4 million crown fund" is 4 million crowns."""
    (found,) = find_amounts(text)
    assert (found.amount.unit, found.amount.low.magnitude) == (unit, pytest.approx(value))


def test_crowns_of_no_named_country_are_no_named_crowns() -> None:
    """A crown of no country named never compares with Sweden's, and "crown" alone, also a
    title ("won three crowns" in the singular, "the Crown"), names no currency."""
    assert amounts_overlap(parse_amount("5 crowns"), parse_amount("5 Swedish crowns")) is None
    with pytest.raises(NormalizationError):
        parse_amount("one crown")
    for text in ("12 million crown jewels", "3 crown funds"):
        assert [str(m.amount.low.units) for m in find_amounts(text)] == ["dimensionless"]


@pytest.mark.parametrize(
    "text",
    [
        "The board offered 12 zennits a share. The deal would cost 3 billion zennits.",
        "The board made a 40-zennit-a-share offer. The deal would cost 3 billion zennits.",
        "The cabinet set aside 85 million zennits in relief funding. It had 3 billion zennits.",
        "They paid 4,000 zennits in cash, she said. The deal would cost 3 billion zennits.",
        "It arranged a 1.8 billion zennit term loan. The deal would cost 3 billion zennits.",
        "Its sales of 4.1 billion zennits fell. The deal would cost 3 billion zennits.",
        "Bids worth some 5.5 billion zennits came in. The deal would cost 3 billion zennits.",
        "A bid valuing the firm at 3.2 billion zennits came in. It had 3 billion zennits.",
    ],
)
def test_a_word_the_text_shows_to_be_money_is_a_currency(text: str) -> None:
    """A word after a number that no table names is a currency of its text when an amount of
    it stands where only money goes ("12 zennits a share", "85 million zennits in relief
    funding", "worth 5.5 billion zennits"): every amount of it in that text is a sum in it."""
    found = find_amounts(text)
    assert [str(m.amount.low.units) for m in found] == ["currency_zennit", "currency_zennit"]
    assert found[-1].noun == "zennits"


@pytest.mark.parametrize(
    "text",
    [
        "The gang demanded 2.5 million zennits. It had 3 billion zennits.",  # nothing tells
        "The council sent 40 ploughs a week. It had 300 ploughs.",  # no money there
        "A 12-game deal was signed. He played 30 games.",  # a small count before the noun
        "It bought 300 tractors in one deal. It had 40 tractors.",  # "in" no money phrase
        "It got 3,000 tickets in cash games. It had 40 tickets.",  # "cash" opens no phrase
        "They sent 300 blankets in aid. It had 40 blankets.",  # too few to tell
        "A prize of 500 tickets was won. It had 40 tickets.",  # too few to tell
        "The war brought the loss of 40,000 lives. It took 40 lives.",  # too few to tell
    ],
)
def test_a_word_nothing_shows_to_be_money_is_no_currency(text: str) -> None:
    """A word after a number is no currency where its text never puts an amount of it where
    only money goes."""
    assert not any(str(m.amount.low.units).startswith("currency_") for m in find_amounts(text))


def test_a_currency_its_texts_show_is_one_in_each() -> None:
    """Two texts that show one word to be money agree on its currency, which compares with
    itself only."""
    first = find_amounts("The fund of 60 million pallots was set up.")[0].amount
    second = find_amounts("The 45 million-pallot relief fund was set up.")[0].amount
    third = find_amounts("The fund of 85 million quorns was set up.")[0].amount
    assert amounts_overlap(first, second) is False
    assert amounts_overlap(first, third) is None


def test_different_currencies_do_not_compare() -> None:
    """factcheck does not guess exchange rates."""
    assert amounts_overlap(parse_amount("$5"), parse_amount("€5")) is None


def test_symbol_money_and_percent_have_no_noun() -> None:
    """Money and percentages written with a symbol only have no noun."""
    assert [m.noun for m in find_amounts("It cost $5 and rose 4%.")] == [None, None]


def test_nouns_are_as_written() -> None:
    """The noun is the counted noun or unit word as the text writes it."""
    nouns = [m.noun for m in find_amounts("2,000 troops walked 5 km for 5 dollars")]
    assert nouns == ["troops", "km", "dollars"]


# Units and counted nouns.


@pytest.mark.parametrize(
    ("text", "unit", "value"),
    [
        ("5 km", "kilometer", 5),
        ("3 miles", "mile", 3),
        ("40 tonnes", "metric_ton", 40),
        ("−4°C", "degree_Celsius", -4),
        ("5 mg/L", "milligram / liter", 5),
        ("10 µm", "micrometer", 10),
        ("30 kDa", "kilodalton", 30),
        ("2.6 km s−1", "kilometer / second", 2.6),
        ("25 per mm", "1 / millimeter", 25),
    ],
)
def test_physical_units(text: str, unit: str, value: float) -> None:
    """Units pint knows, as news and science write them, read as quantities in those units."""
    amount = parse_amount(text)
    assert amount.low.to(unit).magnitude == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "unit", "values"),
    [
        ("Temperatures reached 41C on Tuesday.", "degree_Celsius", (41, 41)),
        ("It was 105F in the shade.", "degree_Fahrenheit", (105, 105)),
        ("Lows of -5C overnight", "degree_Celsius", (-5, -5)),
        ("highs of 30C to 35C", "degree_Celsius", (30, 35)),
        ("1.5C of warming", "degree_Celsius", (1.5, 1.5)),
    ],
)
def test_a_glued_temperature_symbol_is_its_unit(
    text: str, unit: str, values: tuple[float, float]
) -> None:
    """ "41C" and "105F" are temperatures: "C" and "F" are units only glued to the digits
    (``glued`` in ``units.toml``)."""
    amount = only(text).amount
    assert (amount.low.to(unit).magnitude, amount.high.to(unit).magnitude) == pytest.approx(values)


@pytest.mark.parametrize("text", ["a 41 C grade", "Figure 4C", "vitamin C", "grades C and F"])
def test_c_or_f_apart_from_digits_is_no_unit(text: str) -> None:
    """A "C" or "F" apart from a number, or after a figure's label, is no temperature."""
    assert all(m.amount.unit == "dimensionless" for m in find_amounts(text))


def test_scientific_notation() -> None:
    """ "3.2 × 10⁻⁴ m" and "5×10^3 km" carry their powers of ten."""
    assert parse_amount("3.2 × 10⁻⁴ m").low.to("meter").magnitude == pytest.approx(3.2e-4)
    assert parse_amount("5×10^3 km").low.to("kilometer").magnitude == 5000


def test_a_power_of_ten_too_large_for_a_float_is_no_amount() -> None:
    """A value that overflows is left out rather than failing."""
    assert [m.text for m in find_amounts("5×10^999 km, or 7 ×10^32014")] == ["7", "32014"]


def test_a_tolerance_too_large_for_a_float_is_no_amount() -> None:
    """ "5 ± 10^500" has no finite interval, so it is left out."""
    assert find_amounts("5 ± " + "9" * 500) == []


def test_unit_symbols_keep_their_case() -> None:
    """ "5 MW" is megawatts and "5 mW" milliwatts."""
    assert (parse_amount("5 MW").unit, parse_amount("5 mW").unit) == ("megawatt", "milliwatt")


def test_a_unit_followed_by_other_words_is_read_alone() -> None:
    """ "13 kg CaCO3" measures kilograms; the formula after it is not part of the unit."""
    assert only("a bed of 13 kg CaCO3 was used").text == "13 kg"


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("2,000 US troops", "troop"),
        ("300 State Department personnel", "employee"),
        ("2,000 of its troops", "troop"),
        ("500 additional soldiers", "troop"),
        ("12 people", "person"),
        ("300 beds", "bed"),
        ("eight carriages", "carriage"),
        ("two lanes", "lane"),
    ],
)
def test_counted_nouns_read_past_modifiers(text: str, kind: str) -> None:
    """A counted noun may follow modifiers, and its kind is the unit."""
    found = only(text)
    assert found.text == text
    assert found.amount.unit == kind


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("The airline ordered 34 passenger jets.", "34 passenger jets", "aircraft"),
        ("About 300 hospital workers went on strike.", "About 300 hospital workers", "employee"),
        ("The city sent 40 school buses.", "40 school buses", "vehicle"),
        ("Three police cars arrived.", "Three police cars", "vehicle"),
        ("There were 12 child deaths.", "12 child deaths", "death"),
        # An adjective, and a singular told of the count after it, are no head.
        ("About 40 people injured were taken away.", "About 40 people", "person"),
        ("The gang held 40 workers hostage.", "40 workers", "employee"),
    ],
)
def test_a_counted_noun_before_another_is_its_modifier(text: str, words: str, kind: str) -> None:
    """ "34 passenger jets" counts jets, not passengers: a counted noun right before another
    in the plural modifies it, as "school" does in "40 school buses"."""
    found = only(text)
    assert text[found.span.start : found.span.end] == words
    assert found.amount.unit == kind


@pytest.mark.parametrize(
    "text",
    [
        "The ration was 40 a soldier.",  # a rate: 40 for each soldier
        "Monday, January 14, 2019\n\nAn individual was arrested.",
        "The count stood at 40 \n \nsoldiers of the guard left.",
    ],
)
def test_a_number_does_not_count_a_noun_after_an_article_or_a_blank_line(text: str) -> None:
    """What a number counts follows it in the same paragraph, with no article between: a
    dateline's year counts nothing in the paragraph below it."""
    assert all(m.amount.unit == "dimensionless" for m in find_amounts(text))


def test_users_add_a_counted_kind(tmp_path: Path) -> None:
    """A kind a user names in their lexicon counts its own nouns, apart from every other."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[units.counted]\nmedic = ["medics", "paramedics"]\n', encoding="utf-8")
    amount = parse_amount("40 paramedics", lexicon=load_lexicon(extra))
    assert amount.unit == "medic"
    assert amounts_overlap(amount, parse_amount("40 people")) is None


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ('[units.not_units]\nwords = "in"\n', "units.not_units.words"),
        ('[units.prefixed.storage]\nprefixes = "exa"\n', "units.prefixed.storage.prefixes"),
        ('[units.physical]\n"klicks" = "klick_unit"\n', "units.physical.klicks"),
        ('[units.glued]\n"Q" = 5\n', "units.glued.Q"),
    ],
)
def test_a_malformed_units_table_names_file_and_key(tmp_path: Path, table: str, key: str) -> None:
    """A word list that is not a list, or a unit pint does not know, is reported with its
    file and key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text(table, encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        find_amounts("5 in", lexicon=load_lexicon(extra))
    assert (caught.value.path, caught.value.key) == (str(extra), key)


@pytest.mark.parametrize(
    "text",
    ["Martha has 4 cats", "3 camps", "two presidents", "5 exams", "1,000 apps", "3 mass graves"],
)
def test_a_word_pint_reads_with_an_odd_prefix_is_no_unit(text: str) -> None:
    """pint reads "cats" as centi-(technical atmosphere)s and "camps" as centiamperes: a
    prefix counts only on a unit it is put on ([units.prefixed]); the number counts the
    noun, if any."""
    (found,) = find_amounts(text)
    assert found.amount.unit == "dimensionless" or found.amount.unit.startswith("count_")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a 12 megapixels camera", "megapixel"),
        ("5 Gt of carbon", "gigametric_ton"),
        ("a 300 MW plant", "megawatt"),
        ("2 GiB of memory", "gibibyte"),
        ("at 10 Mbps", "megabaud"),
        ("in 4 mM saline", "millimolar"),
        ("a 7 kDa protein", "kilodalton"),
        ("falls to 980 hPa", "hectopascal"),
        ("a 20 kilotons blast", "kiloton"),
        ("trains at 90 kmph", "kilometer / hour"),
    ],
)
def test_prefixed_units_are_read(text: str, expected: str) -> None:
    """A prefix that goes with its unit makes the prefixed unit."""
    (found,) = find_amounts(text)
    assert found.amount.unit == expected


@pytest.mark.parametrize(
    "text",
    [
        "the shark has five gills",
        "two sections of the bridge fell",
        "seven strains of the virus",
        "teams from three leagues",
        "they lit 40 candles",
    ],
)
def test_words_that_count_things_are_no_units(text: str) -> None:
    """Nouns that pint also knows as units (a gill of volume, a section of land, the strain of
    a solid, a league of length, the candle of light) count things after a number in news."""
    (found,) = find_amounts(text)
    assert found.amount.unit.startswith("count_")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        # A plural noun no table lists is counted as a kind of its own, named by its singular.
        ("Police recovered 35 bodies on Monday.", "count_body"),
        ("The bridge's 64 hangers were checked.", "count_hanger"),
        ("Around 14,000 lives were lost.", "count_life"),  # [unlisted_counts.irregular]
        ("Crews moved 40 boxes.", "count_box"),
        # Not a noun that qualifies another, a year, one, a name's number or a listed word.
        ("Samoa has 3,728 measles cases.", "dimensionless"),
        ("The 12 others were freed.", "dimensionless"),
        ("HR 6819 contains gas.", "dimensionless"),
    ],
)
def test_a_number_counts_a_plural_noun_no_table_lists(text: str, unit: str) -> None:
    """ "35 bodies" is a count of bodies, which compares with counts of bodies only."""
    (found,) = find_amounts(text)
    assert found.amount.unit == unit


@given(st.from_regex(r"[a-z]{2,9}[abcdfghjklmnopqrtvwxyz]", fullmatch=True))
def test_a_singular_undoes_the_s_form(word: str) -> None:
    """The singular a count of an unlisted noun is named by undoes the "-s" form of a noun
    that ends in no "s", "e", "i" or "u" ("box", "city", "reach")."""
    assert singular_noun(s_form(word), {}) == word


@pytest.mark.parametrize(
    "text", ["If one goes out, all go.", "The 2019 elections were held.", "Flight 93 crashes."]
)
def test_no_count_of_a_plural_noun_where_none_is(text: str) -> None:
    """One counts no plural, a year is no count, and a name's number counts nothing."""
    assert not [m for m in find_amounts(text) if m.amount.unit.startswith("count_")]


def test_a_percentage_of_a_gas_is_a_percentage() -> None:
    """What follows a percent sign is not multiplied into its unit: "20% N2" is 20 percent of
    nitrogen, not 20 percent newtons squared; a rate per year stays one."""
    assert [m.amount.unit for m in find_amounts("a mix of 20% N2 and 80% H2")] == [
        "percent",
        "percent",
    ]
    assert [m.amount.unit for m in find_amounts("a 3% per year rise")] == ["percent / year"]


def test_users_put_a_prefix_on_a_unit(tmp_path: Path) -> None:
    """A group of prefixes and units in a user's lexicon lets its words be units."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text(
        '[units.prefixed.storage]\nprefixes = ["exa"]\nunits = ["byte"]\n', encoding="utf-8"
    )
    assert [m.amount.unit for m in find_amounts("3 EB")] == ["dimensionless"]
    (found,) = find_amounts("3 EB", lexicon=load_lexicon(extra))
    assert found.amount.unit == "exabyte"


def test_counts_of_different_kinds_do_not_compare() -> None:
    """Troops and people are different kinds of thing."""
    assert amounts_overlap(parse_amount("2,000 troops"), parse_amount("2,000 people")) is None


@pytest.mark.parametrize("text", ["17 years", "24 hours", "60 to 100 days", "several months"])
def test_amounts_of_time_are_durations(text: str) -> None:
    """Amounts in units of time are Durations."""
    assert isinstance(only(text).amount, Duration)


def test_half_an_hour() -> None:
    """A fraction may take an article before its unit."""
    assert parse_amount("half an hour") == parse_amount("30 minutes")


@pytest.mark.parametrize(
    ("text", "equal"),
    [
        ("a quarter of an hour", "15 minutes"),
        ("three-quarters of a mile", "0.75 miles"),
        ("2 1/2 miles", "2.5 miles"),
        ("a 1 1/2-hour delay", "90 minutes"),
        ("6 3/8%", "6.375%"),
        ("one-and-a-half hours", "90 minutes"),
        ("one and two thirds hours", "100 minutes"),
        ("a quarter of a million people", "250,000 people"),
    ],
)
def test_fractions_of_a_unit_or_a_scale(text: str, equal: str) -> None:
    """A fraction takes "of a" before its unit or scale, a whole number before it in digits
    ("2 1/2") or words ("one and two thirds"), and hyphens ("one-and-a-half")."""
    assert amounts_overlap(only(text).amount, only(equal).amount) is True


@pytest.mark.parametrize(
    ("text", "equal"),
    [
        ("a year and a half", "18 months"),
        ("an hour and a half", "90 minutes"),
        ("two years and a half", "30 months"),
        ("three miles and a half", "3.5 miles"),
    ],
)
def test_and_a_half_completes_its_unit(text: str, equal: str) -> None:
    """ "and a half" after a unit adds half of it, and is no half of its own."""
    found = find_amounts(f"He was away for {text} in all.")
    assert [mention.text for mention in found] == [text]
    assert amounts_overlap(found[0].amount, parse_amount(equal)) is True


@pytest.mark.parametrize(
    ("text", "found", "unit"),
    [
        ("Half of the pupils passed.", "Half", "dimensionless"),
        ("A third of the pupils passed.", "A third", "dimensionless"),
        # Whole counts of them are counts.
        ("Two of the pupils passed.", "Two of the pupils", "student"),
    ],
)
def test_a_fraction_of_them_is_a_share(text: str, found: str, unit: str) -> None:
    """ "half of the pupils" is a share of them, as "two-thirds of voters" is: not half a
    pupil."""
    (mention,) = find_amounts(text)
    assert (mention.text, mention.amount.unit) == (found, unit)


@pytest.mark.parametrize(
    ("text", "found", "low", "high"),
    [
        ("About three in five voters backed it.", "About three in five voters", 0.54, 0.66),
        ("One out of four adults smokes.", "One out of four adults", 0.25, 0.25),
        ("Nearly 1 in 10 homes was hit.", "Nearly 1 in 10 homes", 0.09, 0.1),
        # A verb after the whole is no sign that "one" is a pronoun ("one is").
        ("One in three adults is obese.", "One in three adults", 1 / 3, 1 / 3),
        ("The survey found one in five children.", "one in five children", 0.2, 0.2),
    ],
)
def test_one_in_so_many_is_a_share(text: str, found: str, low: float, high: float) -> None:
    """ "three in five voters" is the share 0.6, hedged as its first number is: not three of
    something and five voters."""
    (mention,) = find_amounts(text)
    assert (mention.text, mention.amount.unit) == (found, "dimensionless")
    assert mention.amount.low.m == pytest.approx(low)
    assert mention.amount.high.m == pytest.approx(high)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The team won 5 in 2020.", ["5"]),  # a year is no whole
        ("Scores rose 3 in 10 days.", ["3", "10 days"]),  # nor a time
        ("Five in five days.", ["Five", "five days"]),
    ],
)
def test_a_number_in_a_year_or_a_time_is_no_share(text: str, found: list[str]) -> None:
    assert [mention.text for mention in find_amounts(text)] == found


def test_a_unit_and_a_half_keeps_the_amount_before_it() -> None:
    """ "an hour and a half" after an amount of its own leaves that amount alone."""
    found = find_amounts("Five people waited an hour and a half.")
    assert [mention.text for mention in found] == ["Five people", "an hour and a half"]


def test_a_half_of_no_unit_stays_a_half() -> None:
    """ "an apple and a half" has no unit before "and": the half is read on its own."""
    assert [m.text for m in find_amounts("He ate an apple and a half.")] == ["a half"]


# The one-letter scale abbreviations.


def test_one_letter_scale_after_money_is_a_scale() -> None:
    """ "£3m" is three million pounds."""
    assert bounds(parse_amount("£3m"), "GBP") == (3e6, 3e6)


def test_one_letter_scale_before_a_counted_noun_is_a_scale() -> None:
    """ "3m people" is three million people."""
    assert bounds(parse_amount("3m people"), "person") == (3e6, 3e6)


def test_spaced_one_letter_unit_is_a_unit() -> None:
    """ "3 m" with a space is three metres."""
    assert parse_amount("3 m").unit == "meter"


def test_glued_one_letter_pint_unit_without_money_or_noun_is_a_unit() -> None:
    """ "a 3m wall" is three metres."""
    assert only("a 3m wall").amount.unit == "meter"


def test_glued_one_letter_scale_pint_does_not_read_is_a_scale() -> None:
    """ "5k" is five thousand."""
    assert parse_amount("5k").low.magnitude == 5000


# Ranges.


@pytest.mark.parametrize(
    "text", ["60 to 100", "60-100", "60–100", "between 60 and 100", "from 60 to 100"]
)
def test_ranges(text: str) -> None:
    """Ranges written in any of the usual ways are [low, high]."""
    amount = parse_amount(text)
    assert amount.hedge is Hedge.RANGE
    assert bounds(amount, "dimensionless") == (60, 100)


@pytest.mark.parametrize(
    ("text", "unit", "ends"),
    [
        ("between two and three million people", "person", (2e6, 3e6)),
        ("between twenty and thirty people", "person", (20, 30)),
    ],
)
def test_a_range_in_words(text: str, unit: str, ends: tuple[float, float]) -> None:
    """ "between two and three million" is a range, as "between 2 and 3 million" is."""
    assert bounds(parse_amount(text), unit) == ends


def test_a_scale_after_a_range_applies_to_both_ends() -> None:
    """ "$5 to $10 million" runs from five million."""
    assert bounds(parse_amount("$5 to $10 million"), "USD") == (5e6, 1e7)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("fell 18% to $412 million", 18.0),
        ("rose 4 percent to 2.6 billion euros", 4.0),
        # A currency written before the second number only is the second's.
        ("profits rose by a third to £1.2bn", 1 / 3),
        ("cut by half to $3 million", 0.5),
    ],
)
def test_a_scale_after_a_range_leaves_a_first_of_another_unit(text: str, first: float) -> None:
    """ "fell 18% to $412 million" and "rose by a third to £1.2bn" are a change and a sum:
    the scale and the currency of the sum are not the change's."""
    change, _ = find_amounts(text)
    assert change.amount.low.magnitude == pytest.approx(first)
    assert change.amount.high.magnitude == pytest.approx(first)
    assert str(change.amount.low.units) in ("percent", "dimensionless")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("The death toll rose from 12 to 20 people.", [12, 20]),
        ("Unemployment fell sharply from 5.2% to 4.9%.", [5.2, 4.9]),
        ("The fund grew from $2 million to $5 million.", [2e6, 5e6]),
        # No verb of change: a range.
        ("The troops will leave within 60 to 100 days.", [(60, 100)]),
        ("Prices range from $5 to $10.", [(5, 10)]),
    ],
)
def test_from_and_to_after_a_verb_of_change_tell_two_values(
    text: str, values: list[float | tuple[float, float]]
) -> None:
    """ "rose from 12 to 20" tells where the toll started and where it ended (``[changes]`` in
    numbers.toml), not a range of one value."""
    found = [
        bound
        for m in find_amounts(text)
        for bound in (m.amount.low.magnitude, m.amount.high.magnitude)
    ]
    expected = [
        bound
        for value in values
        for bound in (value if isinstance(value, tuple) else (value, value))
    ]
    assert found == pytest.approx(expected)


def test_a_unit_on_both_ends_of_a_range() -> None:
    """ "1.4%–3.1%" is one range."""
    assert bounds(parse_amount("1.4%–3.1%"), "percent") == (1.4, 3.1)


@pytest.mark.parametrize(
    ("text", "unit", "ends"),
    [
        ("between 30% and 40%", "percent", (30, 40)),
        ("between 60 days and 100 days", "day", (60, 100)),
        ("between 2,000 troops and 3,000 troops", "troop", (2000, 3000)),
        ("between 30 km and 35 km", "kilometer", (30, 35)),
    ],
)
def test_a_unit_on_both_ends_of_a_range_after_between(
    text: str, unit: str, ends: tuple[float, float]
) -> None:
    """ "between 30% and 40%" is one range, as "30% to 40%" is: not 30% and, apart, 40%."""
    assert bounds(parse_amount(text), unit) == ends


def test_a_falling_pair_is_two_amounts() -> None:
    """ "from 31 to 14" reports a change, not a range."""
    assert [m.text for m in find_amounts("deaths rose from 31 to 14 people")] == ["31", "14 people"]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # A change with its own unit after a verb of change, then the level it reached.
        ("Inflation rose 0.3% to 4.1% in March.", [("0.3%", "percent"), ("4.1%", "percent")]),
        ("The rate rose by 0.25% to 4.5%.", [("0.25%", "percent"), ("4.5%", "percent")]),
        ("Sales rose 12% to $4.1 billion.", [("12%", "percent"), ("$4.1 billion", "USD")]),
        # With no unit of its own, the first number is the low end of a range of change;
        # with no verb of change, two ends with their units are a range.
        ("Prices rose 2 to 3 percent.", [("2 to 3 percent", "percent")]),
        # A word of comparison after them makes the two the ends of the change.
        ("Earnings fell 50% to 75% below a year earlier.", [("50% to 75%", "percent")]),
        ("Polls show 40% to 45% support.", [("40% to 45%", "percent")]),
    ],
)
def test_a_change_then_the_level_it_reached_are_two_amounts(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(m.text, str(m.amount.low.units)) for m in find_amounts(text)] == found


@pytest.mark.parametrize(
    ("text", "found", "low", "high"),
    [
        ("Temperatures fell to minus 5C overnight.", "minus 5C", -5, -5),
        ("Readings ranged from minus 12C to 3C.", "from minus 12C to 3C", -12, 3),
        ("The poll has a margin of plus or minus 3%.", "3%", 3, 3),
    ],
)
def test_minus_written_as_a_word_is_a_sign(text: str, found: str, low: float, high: float) -> None:
    """ "minus 5C" is −5 °C, as "−5C" is; the "minus" of "plus or minus 3%" is no sign."""
    (mention,) = find_amounts(text)
    assert mention.text == found
    assert (mention.amount.low.magnitude, mention.amount.high.magnitude) == (low, high)


@pytest.mark.parametrize(
    ("text", "equal"),
    [
        ("3 hours 20 minutes", "200 minutes"),
        ("three hours and 20 minutes", "200 minutes"),
        ("4 years and 6 months", "four and a half years"),
        ("5 feet 11 inches", "71 inches"),
        ("7lb 4oz", "116 ounces"),
        ("6ft 2in", "74 inches"),
        ("2 hours, 5 minutes and 30 seconds", "7,530 seconds"),
        ("1 hour, 30 minutes", "90 minutes"),
    ],
)
def test_a_measure_in_two_units_is_one_amount(text: str, equal: str) -> None:
    """ "3 hours 20 minutes" is one amount, 200 minutes: not 3 hours, which would disagree
    with another story's "200 minutes"."""
    assert amounts_overlap(parse_amount(text), parse_amount(equal)) is True


@pytest.mark.parametrize(
    "text",
    [
        "Temperatures of 30C and 20C were recorded.",  # one unit
        "It took 2.5 hours and 20 minutes.",  # not a whole number of the larger unit
        "It took 3 hours and 90 minutes.",  # not less than one of it
        "It lasted 3 hours and some 20 minutes more.",  # hedged
        "The legs took 3 hours, 2 hours and more.",  # one unit, in a list
    ],
)
def test_two_measures_that_make_no_compound_stay_two(text: str) -> None:
    """Two amounts make one measure only as "3 hours 20 minutes" does."""
    assert len(find_amounts(text)) == 2


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("All 14 turboprops were grounded.", "aircraft"),
        ("Some 30 airliners sat idle.", "aircraft"),
        ("Three ferries were held in port.", "vessel"),
        ("About 80 tankers waited offshore.", "vessel"),
    ],
)
def test_aircraft_and_ships_are_counted_as_such(text: str, unit: str) -> None:
    """Turboprops and airliners are aircraft, ferries and tankers vessels (``[counted]``)."""
    (mention,) = find_amounts(text)
    assert str(mention.amount.low.units) == unit


@pytest.mark.parametrize(
    "text", ["Highway 12 reopened on Monday.", "Flights left Terminal 2 late.", "Pier 39 shut."]
)
def test_the_number_of_a_road_or_a_terminal_is_no_amount(text: str) -> None:
    """ "Highway 12" and "Terminal 2" name a thing (``labels`` of numbers.toml)."""
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Protests went on for a third day on Wednesday.",
        "She won a third term in 2030.",
        "A fifth victim died on Monday.",
        "It was a third straight week of losses.",
        "A third soldier died.",
    ],
)
def test_a_third_before_a_noun_is_an_ordinal(text: str) -> None:
    """ "for a third day" is the third day, not a third of one (eight hours): "a third" and
    "a fifth" are ordinals before a word other than those of `[ordinal_fractions]`."""
    assert find_amounts(text) == []


@pytest.mark.parametrize(
    ("text", "found", "value"),
    [
        ("Sales fell by a third.", "a third", 1 / 3),
        ("A third of the staff left.", "A third", 1 / 3),
        ("Prices rose a fifth in May.", "a fifth", 0.2),
        ("A third said they would vote for her.", "A third", 1 / 3),
        ("Oats make up about a tenth of each crop.", "about a tenth", 0.1),
        ("The talks took a half day.", "a half day", 0.5),
    ],
)
def test_a_third_as_a_fraction_stays_one(text: str, found: str, value: float) -> None:
    """Before "of", "more", a preposition or a verb of saying, or with nothing after it, "a
    third" is the fraction; "a half day" is half a day."""
    (mention,) = find_amounts(text)
    assert mention.text == found
    assert mention.amount.stated[0].magnitude == pytest.approx(value)


@pytest.mark.parametrize(
    ("text", "found", "unit"),
    [
        ("Valdoria sent a 2,500-strong contingent.", "2,500-strong contingent", "troop"),
        ("A 600-strong Kesh battalion left.", "600-strong Kesh battalion", "troop"),
        ("The 1,200-strong workforce was cut.", "1,200-strong workforce", "employee"),
        ("Police scattered a 50-strong crowd.", "50-strong crowd", "person"),
    ],
)
def test_so_many_strong_counts_the_members_of_a_body(text: str, found: str, unit: str) -> None:
    """ "a 2,500-strong contingent" is 2,500 troops (`[strong]` of units.toml): the members of
    the body the noun names, by the kind of thing they are."""
    (mention,) = find_amounts(text)
    assert (mention.text, mention.amount.unit) == (found, unit)


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The deal is worth $5 billion a year.", "USD / year"),
        ("The fund pays $500 a month to families.", "USD / month"),
        ("The plant makes 10,000 cars a month.", "vehicle / month"),
        ("About 300 people a day cross the border.", "person / day"),
        # The time a rate has held since is the rate's.
        ("It has made 300 cars a day since May.", "vehicle / day"),
        # What the rate is in is the rate's too.
        ("The firm makes $5 billion a year in sales.", "USD / year"),
        ("The deal was worth $5 billion a year ago.", "USD"),
    ],
)
def test_an_amount_per_a_time_is_a_rate(text: str, unit: str) -> None:
    """ "$5 billion a year" is a rate (`[rates]` of units.toml), in money per year: not a sum
    of $5 billion. "a year ago" is a time, and makes none."""
    (mention,) = [m for m in find_amounts(text) if m.amount.unit != "dimensionless"]
    assert mention.amount.unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Analysts put the weekly loss at over $3 million.", "USD / week"),
        ("The depot's yearly upkeep cost is $700,000.", "USD / year"),
        ("She was offered an annual salary of $80,000.", "USD / year"),
        ("Dallow approved a $4 million annual budget.", "USD / year"),
        ("The monthly fee of $40 covers repairs.", "USD / month"),
        # No such word before the noun of what the sum is of: a sum.
        ("The annual report put the cost at $2 million.", "USD"),
    ],
)
def test_a_sum_of_a_noun_told_how_often_is_a_rate(text: str, unit: str) -> None:
    """A sum of money of a noun that "annual", "daily" and the like qualify (`[rate_adjectives]`
    of units.toml) is a rate per that time, as "$2 million a day" is."""
    (mention,) = find_amounts(text)
    assert mention.amount.unit == unit


def test_a_rate_compares_with_rates_only() -> None:
    """ "$5 billion a year" and "$60 billion a decade" are one rate; neither is a total."""
    (yearly,) = find_amounts("It costs $5 billion a year.")
    (total,) = find_amounts("It costs $5 billion.")
    assert amounts_overlap(yearly.amount, total.amount) is None
    assert (
        amounts_overlap(yearly.amount, find_amounts("It costs $6 billion per year.")[0].amount)
        is False
    )


def test_a_plus_minus_tolerance_widens_the_value() -> None:
    """ "54.8 ± 3.2 years" is [51.6, 58.0] years."""
    low, high = bounds(parse_amount("54.8 ± 3.2 years"), "year")
    assert (low, high) == (pytest.approx(51.6), pytest.approx(58.0))


# Hedges.


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high", "high_open"),
    [
        ("about 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("around 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("roughly 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("approximately 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("some 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("2,000 or so", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("an estimated 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("estimated at 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("estimated to be 2,000", Hedge.APPROXIMATELY, 1800, 2200, False),
        ("nearly 2,000", Hedge.NEARLY, 1800, 2000, True),
        ("almost 2,000", Hedge.NEARLY, 1800, 2000, True),
        ("at least 2,000", Hedge.AT_LEAST, 2000, math.inf, False),
        ("2,000 or more", Hedge.AT_LEAST, 2000, math.inf, False),
        ("up to 2,000", Hedge.UP_TO, 0, 2000, False),
        ("fewer than 2,000", Hedge.FEWER_THAN, 0, 2000, True),
        ("under 2,000", Hedge.FEWER_THAN, 0, 2000, True),
        ("less than 2,000", Hedge.FEWER_THAN, 0, 2000, True),
    ],
)
def test_hedges_widen_into_intervals(
    text: str, hedge: Hedge, low: float, high: float, high_open: bool
) -> None:
    """Each hedge widens the stated value by its tolerance."""
    amount = parse_amount(f"{text} people")
    assert amount.hedge is hedge
    assert bounds(amount, "person") == (pytest.approx(low), pytest.approx(high))
    assert amount.high_open is high_open
    assert bounds(Amount(low=amount.stated[0], high=amount.stated[1]), "person") == (2000, 2000)


@pytest.mark.parametrize(
    "text", ["12 workers and more than 40 nurses", "12 workers and up to 40 nurses"]
)
def test_a_hedge_after_a_number_is_not_the_next_numbers(text: str) -> None:
    """In "12 workers and more than 40 nurses", "and more" opens the hedge of the 40; the 12
    stays exact and keeps its noun."""
    first, second = find_amounts(text)
    assert first.text == "12 workers"
    assert first.amount.hedge is Hedge.EXACT
    assert second.text.endswith("40 nurses")
    assert second.amount.hedge is not Hedge.EXACT


@pytest.mark.parametrize("text", ["more than 2,000", "over 2,000"])
def test_more_than_excludes_the_value(text: str) -> None:
    """ "more than 2,000" is (2000, inf)."""
    amount = parse_amount(text)
    assert amount.hedge is Hedge.MORE_THAN
    assert amount.low_open
    assert math.isinf(amount.high.magnitude)


def test_users_override_a_tolerance(tmp_path: Path) -> None:
    """A newsroom can widen "about" from its own lexicon file."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text("[hedges.approximately]\nbelow = 0.15\nabove = 0.15\n", encoding="utf-8")
    amount = parse_amount("about 2,000", lexicon=load_lexicon(extra))
    assert bounds(amount, "dimensionless") == (pytest.approx(1700), pytest.approx(2300))


def test_users_add_hedge_words(tmp_path: Path) -> None:
    """A hedge word a user adds reads like ours."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[hedges.approximately]\nwords = ["give or take"]\n', encoding="utf-8")
    amount = parse_amount("give or take 2,000", lexicon=load_lexicon(extra))
    assert amount.hedge is Hedge.APPROXIMATELY


def test_a_bad_tolerance_names_file_and_key(tmp_path: Path) -> None:
    """A tolerance that is not a number is reported with its file and key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[hedges.approximately]\nbelow = "lots"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        find_amounts("about 5", lexicon=load_lexicon(extra))
    assert caught.value.path == str(extra)
    assert caught.value.key == "hedges.approximately.below"


def test_an_unknown_hedge_table_is_an_error(tmp_path: Path) -> None:
    """A hedge class factcheck does not know is reported, not ignored."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text("[hedges.sort_of]\nbelow = 0.2\n", encoding="utf-8")
    with pytest.raises(LexiconError, match="unknown hedge"):
        find_amounts("about 5", lexicon=load_lexicon(extra))


def test_hedged_amount_applies_the_table() -> None:
    """hedged_amount widens a stated quantity by its hedge's tolerance."""
    amount = hedged_amount(quantity(100, "day"), hedge=Hedge.APPROXIMATELY)
    assert isinstance(amount, Duration)
    assert bounds(amount, "day") == (90, 110)


def test_hedged_amount_keeps_a_single_value_closed() -> None:
    """A hedge cannot make a single value empty: "under 0" stays 0."""
    amount = hedged_amount(quantity(0, "person"), hedge=Hedge.FEWER_THAN)
    assert not amount.high_open


def test_a_hedged_amount_may_reach_below_zero() -> None:
    """An amount has no floor: "fewer than -5 degrees" reaches down to -10 (the time finder's
    spans stop at zero)."""
    amount = hedged_amount(quantity(-5, "degree_Celsius"), hedge=Hedge.FEWER_THAN)
    assert amount.low.magnitude == -10
    assert amount.high_open


# The tolerances both finders widen by.

fractions = st.floats(min_value=0, max_value=10) | st.just(math.inf)
values = st.floats(min_value=-1e12, max_value=1e12)


@given(fractions, fractions, st.booleans(), st.booleans(), values, values)
def test_widening_keeps_what_was_stated(
    below: float, above: float, open_low: bool, open_high: bool, a: float, b: float
) -> None:
    """A widened interval holds the stated one, and its ends are in order."""
    tolerance = Tolerance(below=below, above=above, open_low=open_low, open_high=open_high)
    low, high = min(a, b), max(a, b)
    lowest, highest, _, _ = tolerance.widen(low, high)
    assert lowest <= low <= high <= highest


@given(fractions, fractions, values, values)
def test_a_floor_only_raises_the_low_end(below: float, above: float, a: float, b: float) -> None:
    """Widening with a floor is widening without one, the low end lifted to the floor."""
    tolerance = Tolerance(below=below, above=above)
    low, high = min(a, b), max(a, b)
    free = tolerance.widen(low, high)
    floored = tolerance.widen(low, high, floor=0.0)
    assert floored[0] == max(free[0], 0.0)
    assert floored[1] == free[1]


@given(values)
def test_no_tolerance_widens_nothing(value: float) -> None:
    """An exact value stays itself, closed."""
    assert Tolerance().widen(value, value) == (value, value, False, False)


def test_tolerances_read_the_table() -> None:
    """Each hedge's tolerance comes from ``hedges.toml``; one with no table widens nothing."""
    table = tolerances(default_lexicon())
    assert table[Hedge.APPROXIMATELY] == Tolerance(below=0.1, above=0.1, last_digit=2)
    assert table[Hedge.MORE_THAN] == Tolerance(below=0.0, above=math.inf, open_low=True)
    assert set(table) == set(Hedge)


@pytest.mark.parametrize(
    ("text", "other", "overlap"),
    [
        # Written to a tenth of a billion: "about" reaches 0.2 billion, not 0.38.
        ("about $3.8 billion", "$4.1 billion", False),
        ("about $3.8 billion", "$3.95 billion", True),
        # Written to ten, or to a thousand: a tenth of the value is the nearer bound.
        ("about 40 households", "43 households", True),
        ("about 2,000 troops", "2,150 troops", True),
        ("about 2,000 troops", "2,500 troops", False),
        # A fraction is no written digit: a tenth of it.
        ("about a third", "0.36", True),
    ],
)
def test_a_value_written_precisely_is_hedged_narrowly(text: str, other: str, overlap: bool) -> None:
    """ "about" reaches a tenth of the value, and no more than two units of its last written
    digit (``last_digit`` in hedges.toml)."""
    assert amounts_overlap(parse_amount(text), parse_amount(other)) is overlap


@given(
    value=st.floats(min_value=-1e12, max_value=1e12, allow_nan=False),
    last_digit=st.floats(min_value=0, max_value=100, allow_nan=False),
)
def test_a_cap_on_the_last_digit_only_narrows(value: float, last_digit: float) -> None:
    """A hedge with ``last_digit`` reaches no further than the same hedge without it, and
    still holds the value."""
    capped = Tolerance(below=0.1, above=0.1, last_digit=last_digit).widen(value, value)
    plain = Tolerance(below=0.1, above=0.1).widen(value, value)
    assert plain[0] <= capped[0] <= value <= capped[1] <= plain[1]


# What is not an amount.


@pytest.mark.parametrize(
    "text",
    [
        "The base opened in 2014.",
        "It was signed on Dec. 19, 2018.",
        "They met on 19 December.",
        "The meeting starts at 10:30.",
        "The talks begin at 6pm.",
        "It was popular in the 1990s.",
        "She came 3rd.",
        "Call 555-123-4567 today.",
        "The F-16 and the MiG-29 flew.",
        "COVID-19 spread.",
        "As Figure 3 shows, phases 3, 5, and 7 differ.",
        "This is well known [22].",
        "The Voyager 1 probe left.",
        "They won 3-1.",
        "The board's 4-3 vote and a 5–4 ruling.",
        "The 24/7 service and version 1.2.3 shipped.",
        "A 3D model of the 5G network.",
        "No one knows which one.",
        "One of them left, as Eqs. (9.2) and (9.10) say.",
        "The 2020 United States election.",
        "The storm passed at 4:40 a.m. local time (0340 UTC).",
    ],
)
def test_not_amounts(text: str) -> None:
    """Dates, years, times, ordinals, phone numbers, references, names, identifiers, scores
    and tallies are out."""
    assert find_amounts(text) == []


def test_one_counting_something_is_an_amount() -> None:
    """ "one" before a noun counts it, even a noun the lexicon does not know."""
    assert only("during one cycle the load fell").text == "one"


def test_an_article_before_a_cardinal_is_not_part_of_it() -> None:
    """In "an eight-year study" the amount is "eight-year", eight years."""
    found = only("An eight-year study began.")
    assert (found.text, found.amount.unit) == ("eight-year", "year")


def test_a_year_with_a_bounding_hedge_is_an_amount() -> None:
    """ "more than 1500" counts, even though 1500 could be a year."""
    assert only("more than 1500 were hurt").amount.hedge is Hedge.MORE_THAN


def test_a_year_like_count_with_its_noun_is_an_amount() -> None:
    """ "2000 troops" is a count; "in 2014 US troops..." is a year."""
    assert only("They sent 2000 troops.").noun == "troops"
    assert find_amounts("In 2014 US troops left.") == []


_YEARISH = st.lists(
    st.sampled_from(
        [
            "1999",
            "2000",
            "2099",
            "1,999",
            " ",
            ", ",
            ". ",
            "-",
            " to ",
            "(",
            ")",
            "in ",
            "=",
            "more than ",
            "about ",
            "$",
            " km",
            " troops",
            " or so",
            "+",
            "±2",
            "x10^3",
            "5",
        ]
    ),
    max_size=12,
).map("".join)


@given(_YEARISH)
def test_passing_over_years_finds_what_reading_them_does(text: str) -> None:
    """Years the finder passes over unread are those it would read and reject."""
    finder = _finder(default_lexicon())
    read_all = [
        (reading.start, reading.end)
        for reading in _scan(finder, text, text[::-1])
        if _is_amount(finder, text, text[::-1], reading)
    ]
    assert [(m.span.start, m.span.end) for m in find_amounts(text)] == read_all


def test_parse_amount_reads_a_year_like_number() -> None:
    """Asked for an amount, "2014" is the number 2014."""
    assert parse_amount("2014").low.magnitude == 2014


# The API.


def test_mentions_slice_to_their_text() -> None:
    """Each mention's span picks its text out of the input, in order."""
    text = "About 2,000 troops and $5.1 billion, up from 60 to 100 days."
    found = find_amounts(text)
    assert [m.span.slice(text) for m in found] == [m.text for m in found]
    assert [m.text for m in found] == ["About 2,000 troops", "$5.1 billion", "from 60 to 100 days"]


def test_find_amounts_refuses_a_non_string() -> None:
    """Anything but a str is an invalid argument."""
    with pytest.raises(InvalidArgument):
        find_amounts(b"5 km")  # type: ignore[arg-type]


def test_parse_amount_refuses_a_non_string() -> None:
    """Anything but a str is an invalid argument."""
    with pytest.raises(InvalidArgument):
        parse_amount(5)  # type: ignore[arg-type]


def test_parse_amount_allows_surrounding_punctuation() -> None:
    """Spaces, quotes and a final period around the amount are fine."""
    assert parse_amount(' "about 5 km." ') == parse_amount("about 5 km")


@pytest.mark.parametrize("text", ["", "troops", "5 km and 6 km", "5 km away", "10:30"])
def test_parse_amount_refuses_what_is_not_one_amount(text: str) -> None:
    """Text that is not exactly one amount cannot be normalized."""
    with pytest.raises(NormalizationError):
        parse_amount(text)


def test_found_amounts_pickle() -> None:
    """Mentions survive pickling, for worker processes."""
    found = only("about 2,000 troops")
    assert pickle.loads(pickle.dumps(found)) == found


# Properties.


@given(st.text())
def test_find_amounts_never_fails_and_slices(text: str) -> None:
    """On any text the finder returns ordered, non-overlapping mentions that slice to their text."""
    found = find_amounts(text)
    assert all(m.span.slice(text) == m.text for m in found)
    assert all(a.span.end <= b.span.start for a, b in itertools.pairwise(found))


_AMOUNTISH = st.text(alphabet="0123456789 ,.-–$£%kmbn abouthreyfvilsx+~<>()[]", max_size=30)


@given(st.one_of(st.text(), _AMOUNTISH))
def test_found_mentions_pass_their_validators(text: str) -> None:
    """The finder makes mentions without their validators; each would pass them."""
    for mention in find_amounts(text):
        attrs.validate(mention)


@given(st.one_of(st.text(), _AMOUNTISH))
def test_parse_amount_returns_an_amount_or_refuses(text: str) -> None:
    """On any text parse_amount returns an amount or raises NormalizationError."""
    try:
        amount = parse_amount(text)
    except NormalizationError:
        return
    assert isinstance(amount, Amount)


_LENGTHS = st.sampled_from(["meter", "kilometer", "mile", "foot", "nautical_mile"])


@given(value=st.floats(min_value=1e-6, max_value=1e12), here=_LENGTHS, there=_LENGTHS)
def test_unit_conversion_round_trips(value: float, here: str, there: str) -> None:
    """Converting a quantity to another unit and back gives it back, within float tolerance."""
    back = quantity(value, here).to(there).to(here).magnitude
    assert back == pytest.approx(value, rel=1e-12)


_ONES = [
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"),
    *("eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"),
    *("eighteen", "nineteen"),
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spelled(n: int) -> str:
    """``n`` (below a million) in words, as news writes it."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        return _TENS[n // 10] + ("" if n % 10 == 0 else "-" + _ONES[n % 10])
    if n < 1000:
        rest = n % 100
        return f"{_ONES[n // 100]} hundred" + (f" and {_spelled(rest)}" if rest else "")
    rest = n % 1000
    head = f"{_spelled(n // 1000)} thousand"
    if not rest:
        return head
    return head + (" and " if rest < 100 else " ") + _spelled(rest)


@given(st.integers(min_value=1, max_value=999_999))
def test_digits_and_words_for_a_count_are_equal(n: int) -> None:
    """ "2,000 troops", "2000 troops" and "two thousand troops" are one amount."""
    forms = [f"{n:,} troops", f"{n} troops", f"{_spelled(n)} troops"]
    amounts = [parse_amount(form) for form in forms]
    assert amounts[0] == amounts[1] == amounts[2]


@settings(max_examples=50)
@given(whole=st.integers(min_value=1, max_value=999), tenths=st.integers(min_value=0, max_value=9))
def test_money_forms_are_equal(whole: int, tenths: int) -> None:
    """ "$1.5bn", "$1.5 billion", "1,500 million dollars" and "US$1.5 billion" are one amount."""
    written = f"{whole}.{tenths}"
    millions = f"{whole * 1000 + tenths * 100:,}"
    forms = [
        f"${written}bn",
        f"${written} billion",
        f"{millions} million dollars",
        f"US${written} billion",
    ]
    amounts = [parse_amount(form) for form in forms]
    assert all(amount == amounts[0] for amount in amounts)
    assert amounts[0].low == registry().Quantity(float(f"{written}e9"), "USD")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The storm left 12 dead and 40 injured.", "death"),
        ("The storm left 12 dead in Averly.", "death"),
        ("The storm left 40 wounded soldiers.", "troop"),
        ("The storm left 2,800 dead fish.", "dimensionless"),
    ],
)
def test_a_counted_adjective_before_a_noun_counts_that_noun(text: str, unit: str) -> None:
    """``[counted_adjectives]``: "dead" counts the dead, but "2,800 dead fish" counts fish."""
    assert str(find_amounts(text)[0].amount.low.units) == unit
