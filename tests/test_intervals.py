"""The interval algebra: overlap of amounts and of time windows, and its laws."""

from __future__ import annotations

import datetime as dt
import math

from hypothesis import given
from hypothesis import strategies as st

from factcheck import Amount, Hedge, TimeWindow, amounts_overlap, comparable, windows_overlap
from factcheck import strategies as fst
from factcheck._intervals import amount_extent, window_within
from factcheck._units import quantity

DAY = dt.timedelta(days=1)
REFERENCE = dt.datetime(2018, 12, 19)


def _amount(low: float, high: float, unit: str, **flags: bool) -> Amount:
    return Amount(low=quantity(low, unit), high=quantity(high, unit), **flags)


def test_hedged_counts_overlap() -> None:
    """'roughly 2,000' and 'about 2,000' troops can both be true."""
    assert amounts_overlap(_amount(1800, 2200, "troop"), _amount(1800, 2200, "troop")) is True


def test_disjoint_counts_do_not_overlap() -> None:
    """'2,500 troops' cannot be 'about 2,000 troops'."""
    assert amounts_overlap(_amount(2500, 2500, "troop"), _amount(1800, 2200, "troop")) is False


def test_counts_of_different_kinds_are_not_compared() -> None:
    """Troops and people are never compared."""
    troops, people = _amount(2000, 2000, "troop"), _amount(2000, 2000, "person")
    assert not comparable(troops, people)
    assert amounts_overlap(troops, people) is None


def test_units_are_converted_before_comparing() -> None:
    """Two to three months overlaps 60 to 100 days."""
    assert amounts_overlap(_amount(2, 3, "month"), _amount(60, 100, "day")) is True


def test_an_open_end_excludes_its_bound() -> None:
    """'more than 2,000' excludes exactly 2,000, and 'at least 2,000' includes it."""
    more_than = Amount(
        low=quantity(2000, "troop"),
        high=quantity(float("inf"), "troop"),
        hedge=Hedge.MORE_THAN,
        low_open=True,
    )
    at_least = Amount(
        low=quantity(2000, "troop"), high=quantity(float("inf"), "troop"), hedge=Hedge.AT_LEAST
    )
    exact = _amount(2000, 2000, "troop")
    assert amounts_overlap(more_than, exact) is False
    assert amounts_overlap(at_least, exact) is True


def test_up_to_excludes_a_larger_amount() -> None:
    """'up to $5 billion' excludes '$5.1 billion'."""
    assert amounts_overlap(_amount(0, 5e9, "USD"), _amount(5.1e9, 5.1e9, "USD")) is False


def test_now_and_months_later_do_not_overlap() -> None:
    """'now' ([t, t+7d]) and 'within 60 to 100 days' ([t+60d, t+100d]) are disjoint."""
    now = TimeWindow(earliest=0 * DAY, latest=7 * DAY)
    later = TimeWindow(earliest=60 * DAY, latest=100 * DAY)
    assert windows_overlap(now, later) is False


def test_windows_that_touch_do_not_overlap() -> None:
    """Windows are half-open: 2018 ends as 2019 begins."""
    year_2018 = TimeWindow(earliest=dt.datetime(2018, 1, 1), latest=dt.datetime(2019, 1, 1))
    year_2019 = TimeWindow(earliest=dt.datetime(2019, 1, 1), latest=dt.datetime(2020, 1, 1))
    assert windows_overlap(year_2018, year_2019) is False


def test_an_open_window_overlaps_what_follows() -> None:
    """'for now' (open end) overlaps any later window."""
    for_now = TimeWindow(earliest=0 * DAY)
    assert windows_overlap(for_now, TimeWindow(earliest=400 * DAY, latest=401 * DAY)) is True


def test_dated_and_relative_windows_are_not_compared() -> None:
    """A dated window and one relative to an unknown reference cannot be compared."""
    dated = TimeWindow(earliest=dt.datetime(2014, 1, 1), latest=dt.datetime(2015, 1, 1))
    relative = TimeWindow(earliest=0 * DAY, latest=7 * DAY)
    assert windows_overlap(dated, relative) is None


def test_a_day_lies_within_what_has_run_since_before_it() -> None:
    """A day lies within a window open at its start that ends after it ("since the strike
    began", up to the story), and not within a window that ends before it; a window open at
    its start lies within no window bounded there."""
    day = TimeWindow(earliest=dt.datetime(2031, 10, 13), latest=dt.datetime(2031, 10, 14))
    so_far = TimeWindow(latest=dt.datetime(2031, 10, 22))
    assert window_within(day, so_far) is True
    assert window_within(so_far, day) is False
    assert window_within(day, TimeWindow(latest=dt.datetime(2031, 10, 13, 12))) is False
    assert window_within(day, TimeWindow(earliest=0 * DAY, latest=7 * DAY)) is False


@given(fst.time_windows(relative=None))
def test_window_within_is_reflexive(a: TimeWindow) -> None:
    """Every window lies within itself."""
    assert window_within(a, a) is True


@given(fst.time_windows(relative=None), fst.time_windows(relative=None))
def test_a_window_within_another_overlaps_it(a: TimeWindow, b: TimeWindow) -> None:
    """A window that lies within another shares an instant with it."""
    if window_within(a, b):
        assert windows_overlap(a, b) is True


@given(fst.amounts(), fst.amounts())
def test_amount_overlap_is_symmetric(a: Amount, b: Amount) -> None:
    """Whether a overlaps b is whether b overlaps a."""
    assert amounts_overlap(a, b) == amounts_overlap(b, a)


@given(fst.amounts())
def test_amount_overlap_is_reflexive(a: Amount) -> None:
    """Every amount overlaps itself (an open-ended amount still contains some value)."""
    assert amounts_overlap(a, a) is True


def test_ends_one_float_apart_stay_apart() -> None:
    """Ends a hair apart in degrees Celsius meet in kelvin; in one unit they are not converted."""
    low = 3.3
    high = math.nextafter(low, math.inf)
    nearly = _amount(low, high, "degree_Celsius", high_open=True)
    assert amounts_overlap(nearly, nearly) is True


@given(fst.time_windows(relative=None), fst.time_windows(relative=None))
def test_window_overlap_is_symmetric(a: TimeWindow, b: TimeWindow) -> None:
    """Whether a overlaps b is whether b overlaps a."""
    assert windows_overlap(a, b) == windows_overlap(b, a)


@given(fst.time_windows(relative=None))
def test_window_overlap_is_reflexive(a: TimeWindow) -> None:
    """Every window overlaps itself."""
    assert windows_overlap(a, a) is True


@given(fst.time_windows(relative=True), fst.time_windows(relative=True))
def test_anchoring_keeps_relative_overlap(a: TimeWindow, b: TimeWindow) -> None:
    """Anchoring two relative windows to one reference keeps whether they overlap."""
    assert windows_overlap(a, b) == windows_overlap(a.anchored(REFERENCE), b.anchored(REFERENCE))


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.sampled_from(
        [("day", "hour"), ("kilometer", "mile"), ("metric_ton", "kilogram"), ("year", "week")]
    ),
)
def test_unit_conversion_round_trips(value: float, units: tuple[str, str]) -> None:
    """Converting to another unit and back returns the value within float tolerance."""
    first, second = units
    there_and_back = quantity(value, first).to(second).to(first).magnitude
    assert abs(there_and_back - value) <= 1e-9 * max(abs(value), 1.0)


@given(
    st.floats(min_value=0, max_value=1e9, allow_nan=False),
    st.sampled_from([("day", "hour"), ("kilometer", "meter"), ("USD", "USD")]),
)
def test_an_amount_overlaps_itself_in_other_units(value: float, units: tuple[str, str]) -> None:
    """An amount and the same amount in another unit overlap."""
    first, second = units
    original = _amount(value, value, first)
    converted = quantity(value, first).to(second)
    assert amounts_overlap(original, Amount(low=converted, high=converted)) is True


#: Ends that amounts drawn to meet share, and pairs of units of one dimension with the factor
#: from the first to the second.
_ENDS = [0.0, 0.5, 8.0, 2000.0, 2000.5, math.inf]
_UNIT_PAIRS = [("troop", "troop", 1), ("kilometer", "meter", 1000), ("day", "hour", 24)]


@st.composite
def _meeting_amounts(draw: st.DrawFn) -> tuple[Amount, Amount]:
    """Two amounts of one dimension whose ends are drawn from a few values, so that they
    often share an end, open or closed, in one unit or in two."""
    first_unit, second_unit, factor = draw(st.sampled_from(_UNIT_PAIRS))

    def amount(unit: str, scale: float) -> Amount:
        low, high = sorted(draw(st.sampled_from(_ENDS[:-1] if end else _ENDS)) for end in (1, 0))
        point = low == high
        return _amount(
            low * scale,
            high * scale,
            unit,
            low_open=not point and draw(st.booleans()),
            high_open=not point and math.isfinite(high) and draw(st.booleans()),
        )

    return amount(first_unit, 1), amount(second_unit, factor)


@given(st.one_of(_meeting_amounts(), st.tuples(fst.amounts(), fst.amounts())))
def test_amounts_whose_extents_meet_overlap(pair: tuple[Amount, Amount]) -> None:
    """Two comparable amounts whose extents share a value overlap: the engine leaves out
    the pairs whose extents meet, as they cannot be apart."""
    a, b = pair
    first, second = amount_extent(a), amount_extent(b)
    if first is None or second is None or not comparable(a, b):
        return
    assert first[0] <= first[1] and second[0] <= second[1]
    if max(first[0], second[0]) <= min(first[1], second[1]):
        assert amounts_overlap(a, b) is not False


def test_an_extent_is_its_figure_or_lies_within_its_range() -> None:
    """One figure's extent is its value; a range's lies within the range, and past an open
    end ("more than 2,000" leaves 2,000 out)."""
    assert amount_extent(_amount(2000, 2000, "troop")) == (2000.0, 2000.0)
    low, high = amount_extent(_amount(1800, 2200, "troop")) or (0, 0)
    assert 1800 < low < high < 2200
    low, high = amount_extent(_amount(2000, math.inf, "troop", low_open=True)) or (0, 0)
    assert low > 2000 and high == math.inf


@given(fst.claims())
def test_strategies_make_valid_claims(claim: object) -> None:
    """The public claim strategy makes claims whose spans lie in their sentences."""
    from factcheck import Claim

    assert isinstance(claim, Claim)
    assert claim.sentence.start <= claim.span.start <= claim.span.end <= claim.sentence.end
