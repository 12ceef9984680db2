"""The claim model validates its fields and keeps its values."""

from __future__ import annotations

import datetime as dt
import decimal
import pickle

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import (
    Amount,
    AmountClaim,
    Document,
    Duration,
    Hedge,
    InvalidArgument,
    Span,
    Speaker,
    TimeWindow,
    Timex,
)
from factcheck._model import trusted
from factcheck._report._json import locate
from factcheck._units import quantity
from factcheck.strategies import AMOUNT_UNITS, DURATION_UNITS, amounts


def test_span_rejects_end_before_start() -> None:
    """A span cannot end before it starts."""
    with pytest.raises(InvalidArgument, match="end"):
        Span(start=5, end=4)


def test_span_slices_text() -> None:
    """A span picks its characters out of a text."""
    assert Span(start=4, end=9).slice("All troops home") == "troop"


def test_document_requires_naive_publication_date() -> None:
    """Publication dates are wall-clock times; an aware datetime is refused."""
    aware = dt.datetime(2018, 12, 19, tzinfo=dt.UTC)
    with pytest.raises(InvalidArgument, match="naive"):
        Document(text="x", id="a", published=aware)


def test_document_is_keyword_only() -> None:
    """Documents are made with keywords only."""
    with pytest.raises(TypeError):
        Document("text", "id")  # type: ignore[misc]


def test_amount_defaults_stated_to_its_interval() -> None:
    """An amount made from bounds states those bounds."""
    amount = Amount(low=quantity(60, "day"), high=quantity(100, "day"), hedge=Hedge.RANGE)
    assert amount.stated == (quantity(60, "day"), quantity(100, "day"))
    assert amount.unit == "day"


def test_amount_rejects_mixed_dimensions() -> None:
    """Both ends of an amount measure the same kind of thing."""
    with pytest.raises(InvalidArgument, match="dimension"):
        Amount(low=quantity(2000, "troop"), high=quantity(2000, "person"))


def test_amount_rejects_inverted_interval() -> None:
    """The high end of an amount is not below its low end."""
    with pytest.raises(InvalidArgument, match="below"):
        Amount(low=quantity(3, "day"), high=quantity(2, "day"))


def test_amount_accepts_an_unbounded_high_end() -> None:
    """'more than 2,000' has no upper bound."""
    amount = Amount(
        low=quantity(2000, "troop"),
        high=quantity(float("inf"), "troop"),
        hedge=Hedge.MORE_THAN,
        low_open=True,
    )
    assert amount.high.magnitude == float("inf")


def test_amount_rejects_non_quantities() -> None:
    """Amount bounds are pint quantities of factcheck's registry."""
    with pytest.raises(InvalidArgument, match="Quantity"):
        Amount(low=2000, high=2000)  # type: ignore[arg-type]


def test_duration_requires_time() -> None:
    """A duration is an amount of time."""
    with pytest.raises(InvalidArgument, match="time"):
        Duration(low=quantity(1, "troop"), high=quantity(1, "troop"))
    assert Duration(low=quantity(24, "hour"), high=quantity(24, "hour")).unit == "hour"


def test_window_rejects_empty_interval() -> None:
    """A window's earliest instant comes before its latest."""
    day = dt.datetime(2018, 12, 19)
    with pytest.raises(InvalidArgument, match="before"):
        TimeWindow(earliest=day, latest=day)


def test_window_anchors_offsets() -> None:
    """Offsets from an unknown reference become dates once the reference is known."""
    window = TimeWindow(earliest=dt.timedelta(days=60), latest=dt.timedelta(days=100))
    assert window.is_relative
    anchored = window.anchored(dt.datetime(2018, 12, 19))
    assert anchored == TimeWindow(
        earliest=dt.datetime(2019, 2, 17), latest=dt.datetime(2019, 3, 29)
    )
    assert not anchored.is_relative


def test_window_may_be_open() -> None:
    """Either end of a window may be open."""
    assert TimeWindow(earliest=dt.timedelta(0)).latest is None


def test_timex_type_is_a_timeml_type() -> None:
    """TIMEX3 types are DATE, TIME, DURATION or SET."""
    with pytest.raises(ValueError, match="type"):
        Timex(type="INTERVAL", value="P1D")


def test_values_are_frozen_and_pickle() -> None:
    """Claims cannot be changed after they are made, and survive pickling."""
    claim = AmountClaim(
        document="a",
        span=Span(start=0, end=12),
        text="2,000 troops",
        sentence=Span(start=0, end=30),
        amount=Amount(low=quantity(2000, "troop"), high=quantity(2000, "troop")),
    )
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        claim.text = "3,000 troops"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(claim)) == claim


def test_errors_pickle_with_their_fields() -> None:
    """Errors keep their fields across a process boundary."""
    from factcheck import InputError

    error = pickle.loads(pickle.dumps(InputError("a.txt", "not UTF-8")))
    assert (error.source, error.reason, str(error)) == ("a.txt", "not UTF-8", "a.txt: not UTF-8")


def test_amount_rejects_an_empty_interval() -> None:
    """An open end on a one-point interval would leave nothing in it."""
    with pytest.raises(InvalidArgument, match="empty"):
        Amount(low=quantity(0, "troop"), high=quantity(0, "troop"), high_open=True)


def test_trusted_sets_fields_and_defaults_without_validating() -> None:
    """``trusted`` builds an instance from its fields, the others at their defaults."""
    fields = {
        "document": "d",
        "span": Span(start=0, end=1),
        "text": "5",
        "sentence": Span(start=0, end=1),
        "amount": Amount(low=quantity(5, "troop"), high=quantity(5, "troop")),
    }
    assert trusted(AmountClaim, fields) == AmountClaim(**fields)
    assert trusted(Timex, {"type": "nonsense", "value": ""}).type == "nonsense"


def test_trusted_refuses_classes_that_convert_or_check() -> None:
    """A class whose ``__init__`` converts or checks more than its validators is refused."""
    with pytest.raises(TypeError):
        trusted(Span, {"start": 0, "end": 1})
    with pytest.raises(TypeError):
        trusted(Document, {"text": "", "id": "d"})


def _in_base_units_by_pint(amount: Amount) -> tuple[str, str, float, float]:
    """What :attr:`Amount.in_base_units` says, worked out by pint for each end anew."""
    unit = str(amount.low.units)
    return (
        str(amount.low.dimensionality),
        unit if unit == str(amount.high.units) else "",
        amount.low.to_base_units().magnitude,
        amount.high.to_base_units().magnitude,
    )


@given(
    amounts(units=(*AMOUNT_UNITS, *DURATION_UNITS, "degree_Celsius", "degree_Fahrenheit", "EUR"))
)
def test_in_base_units_is_what_pint_gives(amount: Amount) -> None:
    """The names of units are kept between amounts, and an end that is the other is converted
    once: the dimension, unit and ends are still pint's, to the last bit."""
    found = amount.in_base_units
    expected = _in_base_units_by_pint(amount)
    assert found == expected
    assert list(map(type, found)) == list(map(type, expected))


@given(amounts(units=(*AMOUNT_UNITS, *DURATION_UNITS, "degree_Celsius", "EUR")))
def test_unit_and_magnitudes_are_the_stated_and_the_ends(amount: Amount) -> None:
    """What an amount works out once is what its quantities say, however often it is asked."""
    for _ in range(2):
        assert amount.unit == str(amount.stated[0].units)
        assert amount.magnitudes == (amount.low.magnitude, amount.high.magnitude)


@given(amounts(units=(*AMOUNT_UNITS, *DURATION_UNITS, "degree_Celsius", "EUR")))
def test_figure_is_the_one_stated_value(amount: Amount) -> None:
    """An amount states one figure when pint finds its stated ends equal, and the figure is
    the first end's magnitude, to the last bit."""
    low, high = amount.stated
    for _ in range(2):
        if low != high:
            assert amount.figure is None
        else:
            assert amount.figure is not None
            assert float(amount.figure) == float(low.magnitude)


@pytest.mark.parametrize(
    ("stated", "figure"),
    [
        (((68.3, "percent"), (68.3, "percent")), "68.3"),
        (((2000, "troop"), (2000, "troop")), "2000.0"),
        (((60, "day"), (100, "day")), None),
        # One value, written in two units: one figure, the first as written.
        (((60, "minute"), (1, "hour")), "60.0"),
        (((1, "kilometer"), (1, "mile")), None),
    ],
)
def test_figure_of_stated_ends(
    stated: tuple[tuple[float, str], tuple[float, str]], figure: str | None
) -> None:
    low, high = (quantity(*end) for end in stated)
    amount = Amount(low=low, high=high, stated=(low, high))
    assert amount.figure == (None if figure is None else decimal.Decimal(figure))
    assert str(amount.figure) == str(figure)


@pytest.mark.parametrize(
    ("low", "high"),
    [((1, "kilometer"), (2, "mile")), ((3, "day"), (3, "day")), ((20, "degree_Celsius"),) * 2],
)
def test_in_base_units_of_ends_in_two_units(
    low: tuple[float, str], high: tuple[float, str]
) -> None:
    """Ends in two units of one dimension have no common unit; one quantity for both ends (as
    the cache restores an exact amount) converts as two would."""
    low_quantity = quantity(*low)
    high_quantity = low_quantity if low == high else quantity(*high)
    amount = Amount(low=low_quantity, high=high_quantity)
    assert amount.in_base_units == _in_base_units_by_pint(amount)


def test_a_speaker_known_only_by_a_role_says_so() -> None:
    """The key of a speaker the text never names starts with "role "."""
    assert Speaker(key="role harbour master", name="the harbour master").role_only
    assert not Speaker(key="ana lima", name="Ana Lima", role="harbour master").role_only


@given(
    st.text(alphabet=st.sampled_from("ab \n\r\u2028é"), max_size=60),
    st.booleans(),
    st.data(),
)
def test_a_document_without_its_text_places_offsets_as_before(
    text: str, front_matter: bool, data: st.DataObject
) -> None:
    """A document without its text keeps everything else, and each offset of the text it
    had sits at the same place in the file; taking the text away twice changes nothing."""
    if front_matter:
        document = factcheck.loads(f"---\ntitle: T\n---\n{text}", id="d", format="markdown")
    else:
        document = Document(text=text, id="d", published=dt.date(2031, 3, 5), path="d.txt")
    bare = document.without_text()
    assert bare.text == "" and bare.without_text() is bare
    assert bare == attrs.evolve(document, text="")  # the source map is not compared
    offset = data.draw(st.integers(min_value=0, max_value=len(document.text)))
    assert locate(bare, Span(start=offset, end=offset)) == locate(
        document, Span(start=offset, end=offset)
    )


def _weekday_claim(**fields: object) -> factcheck.WeekdayClaim:
    day = dt.datetime(2031, 12, 13)
    values: dict[str, object] = {
        "document": "a.md",
        "span": Span(start=0, end=19),
        "text": "Friday, December 13",
        "sentence": Span(start=0, end=30),
        "window": TimeWindow(earliest=day, latest=day + dt.timedelta(days=1)),
        "date": day.date(),
        "weekday": 5,
        **fields,
    }
    return factcheck.WeekdayClaim(**values)  # type: ignore[arg-type]


def test_a_weekday_claim_knows_whether_its_date_falls_on_its_day() -> None:
    """December 13, 2031 is a Saturday: a claim that calls it a Friday does not fit it."""
    assert not _weekday_claim().falls_on_it
    assert _weekday_claim(weekday=6).falls_on_it


@pytest.mark.parametrize(
    "fields",
    [
        {"weekday": 0},
        {"weekday": 8},
        {"weekday": True},
        {"weekday": 5.0},
        {"date": dt.datetime(2031, 12, 13)},
        {"date": "2031-12-13"},
    ],
)
def test_a_weekday_claim_rejects_what_is_no_day_or_date(fields: dict[str, object]) -> None:
    """The day of the week is a whole number from 1 to 7, and the date a date."""
    with pytest.raises(InvalidArgument):
        _weekday_claim(**fields)
