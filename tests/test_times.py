"""Time expressions are found in text, valued the TimeML way, and anchored to a reference."""

from __future__ import annotations

import datetime as dt
import itertools
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from factcheck import (
    Duration,
    Hedge,
    InvalidArgument,
    LexiconError,
    NormalizationError,
    Span,
    TimeWindow,
    _timecalendar,
    amounts_overlap,
    load_lexicon,
    windows_overlap,
)
from factcheck._lexicon import default_lexicon
from factcheck._segment import segment
from factcheck._times import TimeMention, find_times, parse_time, times_in_sentences

#: A Wednesday.
REFERENCE = dt.datetime(2018, 12, 19)
DAY = dt.timedelta(days=1)


def one(text: str, reference: dt.datetime | None = REFERENCE) -> TimeMention:
    """The only time expression of ``text``."""
    mentions = find_times(text, reference=reference)
    assert len(mentions) == 1, mentions
    return mentions[0]


def window(text: str, reference: dt.datetime | None = REFERENCE) -> TimeWindow:
    found = one(text, reference).window
    assert found is not None
    return found


def value(text: str, reference: dt.datetime | None = REFERENCE) -> str:
    timex = one(text, reference).timex
    assert timex is not None
    return timex.value


def one_value(text: str, words: str, reference: dt.datetime | None = REFERENCE) -> str:
    """The TimeML value of the time expression ``words`` of ``text``."""
    found = [m for m in find_times(text, reference=reference) if m.text == words]
    assert len(found) == 1 and found[0].timex is not None, found
    return found[0].timex.value


# -- dates ----------------------------------------------------------------------------------


def test_full_date_is_that_day() -> None:
    """A date with its year is the whole of that day."""
    mention = one("It happened on Dec. 19, 2018, officials said.")
    assert mention.text == "Dec. 19, 2018"
    assert mention.timex is not None and mention.timex.type == "DATE"
    assert mention.timex.value == "2018-12-19"
    assert mention.window == TimeWindow(
        earliest=dt.datetime(2018, 12, 19), latest=dt.datetime(2018, 12, 20)
    )


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("The fair runs March 3-5, 2031, in Kesh.", "March 3-5, 2031", "2031-03-03", (2031, 3, 5)),
        ("The fair runs March 3–5, 2031.", "March 3–5, 2031", "2031-03-03", (2031, 3, 5)),
        ("It is held from 12 to 14 May 2031.", "12 to 14 May 2031", "2031-05-12", (2031, 5, 14)),
        (
            "Talks were held on March 3 and 4, 2031.",
            "March 3 and 4, 2031",
            "2031-03-03",
            (2031, 3, 4),
        ),
        (
            "It runs from March 30 through April 2, 2031.",
            "March 30 through April 2, 2031",
            "2031-03-30",
            (2031, 4, 2),
        ),
        (
            "It ran from Dec. 30 to Jan. 2, 2032.",
            "Dec. 30 to Jan. 2, 2032",
            "2031-12-30",
            (2032, 1, 2),
        ),
        ("The summit will be held on June 10-12.", "June 10-12", "2019-06-10", (2019, 6, 12)),
    ],
)
def test_range_of_days_is_every_day_of_it(
    text: str, words: str, first: str, last: tuple[int, int, int]
) -> None:
    """A range of days is one expression whose window holds every day of it, in the year
    written after the last day; its TimeML value is the first day's."""
    mention = one(text)
    assert mention.text == words
    assert mention.timex is not None and mention.timex.value == first
    assert mention.window == TimeWindow(
        earliest=dt.datetime.fromisoformat(first), latest=dt.datetime(*last) + DAY
    )


_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 1)), st.integers(1, 40))
def test_range_of_days_holds_its_days_and_no_more(first: dt.date, length: int) -> None:
    """ "<first> to <last>, <year>" is the window from the first day to the end of the last,
    written in any of the ways the grammar reads."""
    last = first + dt.timedelta(days=length)
    start, end = dt.datetime.combine(first, dt.time()), dt.datetime.combine(last, dt.time()) + DAY
    month, last_month = _MONTHS[first.month - 1], _MONTHS[last.month - 1]  # not the locale's
    texts = [f"{month} {first.day} to {last_month} {last.day}, {last.year}"]
    if (first.year, first.month) == (last.year, last.month):
        texts += [f"{month} {first.day}-{last.day}, {last.year}"]
        texts += [f"{first.day} to {last.day} {month} {last.year}"]
    for text in texts:
        assert window(f"It ran {text}.") == TimeWindow(earliest=start, latest=end), text


@pytest.mark.parametrize(
    ("text", "words", "first", "last"),
    [
        ("It will close between March 3 and March 5, 2019.", "between March 3 and March 5, 2019",
         "2019-03-03", (2019, 3, 5)),
        ("It will close between 3 and 5 March 2019.", "between 3 and 5 March 2019", "2019-03-03",
         (2019, 3, 5)),
    ],
)  # fmt: skip
def test_between_two_days_is_every_day_from_one_to_the_other(
    text: str, words: str, first: str, last: tuple[int, int, int]
) -> None:
    """ "between March 3 and March 5" is a range of days, where "on March 3 and April 4" is
    two days."""
    mention = one(text)
    assert mention.text == words
    assert mention.timex is not None and mention.timex.value == first
    assert mention.window == TimeWindow(
        earliest=dt.datetime.fromisoformat(first), latest=dt.datetime(*last) + DAY
    )


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [("between 60 and 100 days", 60, 100), ("between two and three weeks", 14, 21)],
)
def test_between_two_counts_of_a_unit_is_a_duration_range(text: str, low: int, high: int) -> None:
    """ "between 60 and 100 days" is the range 60 to 100 days, as "60 to 100 days" is (not
    "100 days")."""
    mention = one(f"The work will take {text}.")
    assert mention.text == text
    assert mention.duration is not None
    ends = (mention.duration.low.to("day").magnitude, mention.duration.high.to("day").magnitude)
    assert ends == (low, high)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("On March 3 and 4 people were hurt.", ["March 3"]),
        ("It opens March 3 to 5 p.m. daily.", ["March 3", "5 p.m.", "daily"]),
        ("Votes were held on March 3 and April 4.", ["March 3", "April 4"]),
    ],
)
def test_no_range_of_days(text: str, words: list[str]) -> None:
    """A day number joined to a count, a clock time after "to", and two whole dates joined by
    "and" are no range of days."""
    assert [mention.text for mention in find_times(text, reference=REFERENCE)] == words


@pytest.mark.parametrize(
    "text", ["Dec. 19, 2018", "2018-12-19", "19 December 2018", "December 19th, 2018"]
)
def test_forms_of_one_date_normalize_equal(text: str) -> None:
    """Every way of writing a date gives the same window."""
    assert window(text) == TimeWindow(
        earliest=dt.datetime(2018, 12, 19), latest=dt.datetime(2018, 12, 20)
    )


def test_date_without_year_is_the_nearest_one() -> None:
    """ "19 December" written in December is this December's."""
    assert value("19 December") == "2018-12-19"


def test_date_without_year_can_be_next_year() -> None:
    """ "March 22" written in December is next March's."""
    assert value("The vote is March 22.") == "2019-03-22"


def test_past_tense_weekday_is_on_or_before_the_reference() -> None:
    """ "said Wednesday" is the Wednesday on or before the reference date."""
    thursday = dt.datetime(2018, 12, 20)
    tuesday = dt.datetime(2018, 12, 18)
    assert value("Officials said Wednesday that talks ended.", thursday) == "2018-12-19"
    assert value("Officials said Wednesday that talks ended.", tuesday) == "2018-12-12"


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "Crews came back, more than a week after the blaze started Friday night.",
            "Friday night",
            "2018-12-07TNI",
        ),
        ("The vote came three weeks after the board met on Tuesday.", "Tuesday", "2018-11-27"),
        ("Crews arrived two days after the storm hit Sunday.", "Sunday", "2018-12-16"),
        (
            "The vote will come two weeks after the board meets Wednesday.",
            "Wednesday",
            "2018-12-19",
        ),
    ],
)
def test_a_weekday_after_a_span_and_after_is_that_long_before(
    text: str, words: str, day: str
) -> None:
    """ "a week after the blaze started Friday": the Friday at least a week before the
    reference (Tuesday, December 18), not the last one; a weekday to come is not moved."""
    assert one_value(text, words, dt.datetime(2018, 12, 18)) == day


def test_future_tense_weekday_looks_forward() -> None:
    """ "will meet Wednesday" is the next Wednesday."""
    tuesday = dt.datetime(2018, 12, 18)
    assert value("The ministers will meet Wednesday.", tuesday) == "2018-12-19"


def test_weekday_takes_the_tense_of_the_nearest_verb() -> None:
    """A verb right after a weekday is its own ("a court Thursday refused"), not one before."""
    saturday = dt.datetime(2000, 4, 22)
    text = "He will stay after the county court Thursday refused to hear the appeal."
    assert value(text, saturday) == "2000-04-20"


def test_a_day_right_after_a_verb_of_speech_is_when_it_was_said() -> None:
    """ "which the minister said on Wednesday would begin": the day dates the saying, though
    "would" is as near; with no verb of speech before, "would" decides."""
    saturday = dt.datetime(2018, 12, 22)
    text = "The review, which the minister said on Wednesday would begin work, is under way."
    assert value(text, saturday) == "2018-12-19"
    assert value("The review on Wednesday would begin work.", saturday) == "2018-12-26"


def test_a_verb_after_the_clause_does_not_decide() -> None:
    """ "will meet Friday, he said" is the next Friday: "said" is another clause's verb."""
    assert value("The ministers will meet Friday, he said.") == "2018-12-21"


def test_a_comma_inside_a_number_ends_no_clause() -> None:
    """ "The strike on Monday by 3,000 nurses will go ahead": the comma of "3,000" is part of
    the number, so "will go ahead" is the Monday's verb, and the Monday is to come."""
    wednesday = dt.datetime(2031, 5, 7)
    text = "The strike on Monday by 3,000 nurses will go ahead, the union said."
    assert value(text, wednesday) == "2031-05-12"


def test_a_plan_told_in_the_past_is_for_the_nearest_day() -> None:
    """ "planned to leave on Thursday" is the nearest Thursday, to come or gone by; "On Friday,
    the government planned to pay" is the last Friday."""
    assert value("The team planned to leave Nairobi on Thursday.") == "2018-12-20"
    friday = dt.datetime(2020, 3, 20)
    text = "Ohio was planning to hold its primary on Tuesday."
    assert value(text, friday) == "2020-03-17"
    assert value("On Friday, the government planned to pay the first claims.") == "2018-12-14"


def test_a_plan_without_to_is_for_the_nearest_day() -> None:
    """ "planned a rally on Saturday", written on a Friday, is the next day; a verb joined
    by "and" after the weekday is another verb's tense, not the weekday's."""
    friday = dt.datetime(2021, 5, 7)
    assert value("Students planned a rally on Saturday.", friday) == "2021-05-08"
    text = "Students planned a rally on Saturday and were planning to march."
    assert value(text, friday) == "2021-05-08"
    assert value("The union scheduled a vote on Saturday.", friday) == "2021-05-08"
    assert value("Students rallied on Saturday.", friday) == "2021-05-01"


def test_the_tense_of_a_coordinated_verb_does_not_decide() -> None:
    """ "met in Paris on Saturday and will meet again" keeps Saturday in the past, though
    "will" is nearer to it than "met"."""
    monday = dt.datetime(2021, 5, 10)
    text = "The ministers met in Paris on Saturday and will meet again soon."
    assert one_value(text, "Saturday", monday) == "2021-05-08"


def test_a_future_verb_does_not_put_a_possessive_weekday_to_come() -> None:
    """ "would appeal Wednesday's ruling" is about a ruling made: a future verb leaves a
    possessive weekday the nearest day, the past one when about as near; a past verb still
    takes the past one."""
    friday = dt.datetime(2021, 5, 7)
    text = "Lawyers said they would appeal Wednesday's ruling."
    assert value(text, friday) == "2021-05-05"
    assert value("Voters will turn out for Sunday's election.", friday) == "2021-05-09"
    wednesday = dt.datetime(2020, 1, 1)
    text = "Police said Thursday's accident was the fourth."
    assert value(text, wednesday) == "2019-12-26"


def test_a_modal_of_the_present_looks_ahead() -> None:
    """ "can take part in the summit in April", written in December, is next April's: the
    modal says nothing of the past; "May" with a capital is the month, not the modal. So is a
    month nearer in the past than to come ("must be home by the end of December", written in
    June), unless a past verb reports the modal: then the nearest."""
    december = dt.datetime(1998, 12, 5)
    assert value("They can take part in planning the summit in April.", december) == "1999-04"
    assert value("The summit was held in May.", december) == "1998-05"
    june = dt.datetime(2031, 6, 14)
    assert value("Some 1,400 soldiers must be home by the end of December.", june) == "2031-12"
    assert value("The ministers may meet again in April.", june) == "2032-04"
    saturday = dt.datetime(2000, 1, 15)
    text = "The court had ruled that he must be returned and set Friday as the deadline."
    assert value(text, saturday) == "2000-01-14"


def test_a_participle_is_not_the_past() -> None:
    """ "would be paid in January" is next January: "paid" after "be" is not the past tense."""
    assert value("The dividend would be paid in January.", dt.datetime(1989, 10, 26)) == "1990-01"


def test_a_scheduled_month_looks_forward() -> None:
    """ "His trial has been scheduled for November", written in June, is this November."""
    text = "His trial has been scheduled for November."
    assert value(text, dt.datetime(2019, 6, 28)) == "2019-11"


def test_a_month_in_a_headline_after_to_looks_forward() -> None:
    """ "Navy crews to leave the port in October", a headline written in June, tells of this
    October; a sentence with no verb of its own leans to the past."""
    reference = dt.datetime(2031, 6, 3)
    assert value("Navy crews to leave the port in October\n\nThe plan is set.", reference) == (
        "2031-10"
    )
    assert value("Navy crews to leave the port in October.", reference) == "2030-10"


def test_a_month_without_a_tense_leans_to_the_past() -> None:
    """With no verb to go by, a month as near behind as ahead, or not much farther, is the
    past one: news mostly reports what has happened."""
    text = "a peak of $38.14 a share in June, from $26.50 in March"
    mentions = find_times(text, reference=dt.datetime(1989, 10, 30))
    assert [m.timex.value for m in mentions if m.timex] == ["1989-06", "1989-03"]


def test_the_tense_decides_a_month_however_far() -> None:
    """A month in a past sentence is the one gone by, and in a future one the one to come, even
    when the other is much nearer: "In January, the board named…", written in October."""
    october = dt.datetime(1989, 10, 27)
    assert value("In January, the board named a new chief executive.", october) == "1989-01"
    assert value("The company changed to a calendar year in December.", october) == "1988-12"
    march = dt.datetime(1998, 3, 4)
    assert value("She will command the crew for a mission in December.", march) == "1998-12"
    assert value("The crew will land in the autumn.", march) == "1998-FA"


@pytest.mark.parametrize(
    ("text", "weekend"),
    [
        ("The shelter will stay open through the weekend.", "2031-W45-WE"),
        ("Officials said the shelter would stay open through the weekend.", "2031-W45-WE"),
        ("Over the weekend, crews cleared the road.", "2031-W44-WE"),
        ("The weekend was quiet.", "2031-W44-WE"),
    ],
)
def test_the_tense_decides_the_weekend(text: str, weekend: str) -> None:
    """Said on a Tuesday, "will stay open through the weekend" is the coming one, though the
    last is nearer; a past sentence's weekend is the one gone by."""
    tuesday = dt.datetime(2031, 11, 4)
    assert value(text, tuesday) == weekend


def test_an_abbreviation_does_not_end_the_sentence_of_a_tense() -> None:
    """The verb that gives a month its tense may stand after "vs." or "U.S." in its sentence:
    the sentence goes on there, as the segmenter reads it."""
    october = dt.datetime(2019, 10, 20)
    text = "In March, two weeks after the Smith vs. Jones ruling, the council will vote."
    assert one_value(text, "March", october) == "2020-03"
    text = "In March, after a ruling on the port of the U.S. Virgin Islands, the council will vote."
    assert one_value(text, "March", october) == "2020-03"


def test_the_sentences_given_to_the_finder_bound_the_tense() -> None:
    """A caller that segmented the text already gives its sentences: a verb of the next
    sentence, nearer than the month's own, does not decide (it would in one sentence)."""
    text = "The vote will be held in March. It was a long wait."
    october, lexicon = dt.datetime(2019, 10, 20), default_lexicon()

    def month(sentences: Sequence[Span]) -> list[str]:
        found = times_in_sentences(text, october, lexicon, sentences)
        return [m.timex.value for m in found if m.timex]

    assert month(segment(text).sentences) == ["2020-03"]
    assert month([Span(start=0, end=len(text))]) == ["2019-03"]


def test_next_to_shows_no_tense() -> None:
    """ "next to the embassy" is a place: the past verb before it decides the weekday."""
    wednesday = dt.datetime(2019, 10, 16)
    text = "Two people were hurt in the blast next to the embassy on Friday."
    assert value(text, wednesday) == "2019-10-11"


def test_earlier_than_shows_no_tense() -> None:
    """ "no earlier than June" compares two times: the "will" of its sentence decides the
    June, not the "earlier" of the past ("earlier this month")."""
    assert value("The line will reopen no earlier than June.") == "2019-06"


def test_a_slated_event_is_the_nearest_one() -> None:
    """ "the slated visit … in September", told in the past, is the visit planned: the nearest
    September, as after "planned"."""
    august = dt.datetime(2019, 8, 20)
    text = "She said they had discussed the slated visit of the minister in September."
    assert value(text, august) == "2019-09"


def test_a_date_with_its_day_stays_near_in_a_past_sentence() -> None:
    """ "declared a dividend, payable Dec. 1", written in October, is this December's: a past
    verb of another clause does not move a date with its day a year back."""
    october = dt.datetime(1989, 10, 27)
    assert value("The board declared a dividend, payable Dec. 1.", october) == "1989-12-01"


def test_a_verb_with_to_after_a_past_verb_is_a_plan() -> None:
    """ "agreed to buy the line in February", written in October, is the next February, as
    after "planned to"; "to" as a preposition ("according to police") and the verbs whose "to"
    verb happened with them ("tried to flee") leave the past."""
    october = dt.datetime(1989, 10, 30)
    assert value("Thermo agreed to buy the line in February.", october) == "1990-02"
    assert value("Thermo announced a deal to buy the line in February.", october) == "1990-02"
    friday = dt.datetime(2021, 5, 7)
    text = "The chef was found dead, according to police on Thursday."
    assert value(text, friday) == "2021-05-06"
    assert value("The minister went to church on Sunday.", friday) == "2021-05-02"
    wednesday = dt.datetime(2021, 5, 5)
    assert value("The minister agreed to meet on Friday.", wednesday) == "2021-05-07"
    assert value("The suspect tried to flee on Friday.", wednesday) == "2021-04-30"


def test_a_verb_after_to_shows_no_tense() -> None:
    """ "to meet demand well into the summer" is an infinitive, not the present of a meeting
    to come: the past verb decides."""
    october = dt.datetime(1989, 10, 26)
    text = "The outage made it hard for the firm to meet demand well into the summer."
    assert value(text, october) == "1989-SU"


def test_a_verb_of_the_next_clause_does_not_decide_a_month_within_a_clause() -> None:
    """ "…to admit them in early March, an official said" (in February) is this March: "said"
    is the verb of another clause; a month that opens the sentence takes the verb after it."""
    february = dt.datetime(1999, 2, 10)
    text = "The alliance has decided to admit them in early March, an official said."
    assert one_value(text, "early March", february) == "1999-03"
    saturday = dt.datetime(2020, 2, 1)
    text = "According to officials on Saturday, the virus may have killed two visitors."
    assert one_value(text, "Saturday", saturday) == "2020-02-01"
    text = "In February, the mayor said the plan had failed."
    assert one_value(text, "February", dt.datetime(2020, 11, 5)) == "2020-02"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers meet separately Monday with the envoy.",
        "The Kelmar bridge reopens on Monday.",
        "The ballot closes at noon on Monday.",
        "The new speed limit takes effect on Monday.",
    ],
)
def test_a_scheduled_event_in_the_present_looks_forward(text: str) -> None:
    """ "The ministers meet Monday", "the bridge reopens on Monday" is the next Monday: the
    present of a schedule."""
    assert value(text).startswith("2018-12-24")


def test_an_adjective_in_ed_is_not_the_past() -> None:
    """ "the planned talks" says nothing of the tense: the future verb decides."""
    assert value("They will hold the planned talks Friday.") == "2018-12-21"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry will sail on a still undecided day in March.",
        "The ferry will sail on a newly announced date in March.",
        "The ferry will sail on an as yet unnamed date in March.",
    ],
)
def test_an_adjective_in_ed_after_an_adverb_is_not_the_past(text: str) -> None:
    """ "a still undecided day in March", written in October, is next March: "undecided" is
    an adjective of the day, and "will" decides."""
    assert value(text, dt.datetime(2030, 10, 2)) == "2031-03"


@pytest.mark.parametrize("verb", ["succeed", "exceed", "need"])
def test_a_word_in_ed_that_is_no_past_form_does_not_set_the_tense(verb: str) -> None:
    """ "will succeed him Friday", written on a Tuesday, is this Friday: "succeed" ends in -ed
    but is not in the past, and "will" decides."""
    assert value(f"He will {verb} it Friday.", dt.datetime(1989, 10, 24)) == "1989-10-27"


def test_weekday_names_the_year_of_a_date() -> None:
    """ "Saturday, April 25" is the April 25 that is a Saturday."""
    assert value("Saturday, April 25", dt.datetime(1998, 4, 24)) == "1998-04-25"


@pytest.mark.parametrize(
    ("text", "reference", "day"),
    [
        # May 16, 2031 is a Friday, four days before; the Thursday May 16 is a year back.
        ("They met on Thursday, May 16, at a hotel.", dt.datetime(2031, 5, 20), "2031-05-16"),
        ("The vote is on Thursday, May 16.", dt.datetime(2031, 5, 12), "2031-05-16"),
        # Far from the reference, the weekday still names the year.
        ("They met on Thursday, May 16, 2030.", dt.datetime(2031, 5, 20), "2030-05-16"),
        # Seven weeks ahead, as the tense says: the Friday December 13 is ten months back.
        ("It will close on Friday, December 13.", dt.datetime(2031, 10, 24), "2031-12-13"),
        # Ten months back, as the tense says, and a Friday then.
        ("It closed on Friday, December 13.", dt.datetime(2031, 10, 24), "2030-12-13"),
    ],
)
def test_a_wrong_weekday_does_not_move_a_near_date_a_year(
    text: str, reference: dt.datetime, day: str
) -> None:
    """A weekday that a date a few days from the reference does not fall on is a slip: the
    date wins, rather than the year in which that date is that weekday."""
    assert value(text, reference) == day


@pytest.mark.parametrize(
    ("text", "weekday", "day"),
    [
        ("It will close on Friday, December 13.", 5, "2031-12-13"),
        ("It closed on Fri., Dec. 13, 2030.", 5, "2030-12-13"),
        ("It will close on Friday 13 December.", 5, "2031-12-13"),
        ("It closed on Friday, the 13th of December 2031.", 5, "2031-12-13"),
        ("It will close on Saturday, Dec. 13.", 6, "2031-12-13"),
        ("It closed on Friday.", None, "2031-10-24"),
        ("It will close on December 13.", None, "2031-12-13"),
    ],
)
def test_a_date_keeps_the_weekday_it_is_given(text: str, weekday: int | None, day: str) -> None:
    """A day named by its date and a day of the week keeps that day of the week, whether the
    date falls on it or not (December 13, 2031 is a Saturday), and in either order of day
    and month; a day named by one of them has none."""
    mention = one(text, dt.datetime(2031, 10, 24))
    assert mention.weekday == weekday
    assert mention.timex is not None and mention.timex.value == day


def test_for_the_last_time_shows_no_tense() -> None:
    """ "will close its doors for the last time on Friday", said on a Wednesday, is the Friday
    to come: "last" there tells no time gone by."""
    text = "The branch will close its doors for the last time on Friday."
    assert value(text, dt.datetime(2031, 10, 22)) == "2031-10-24"


def test_each_end_of_a_range_keeps_its_weekday() -> None:
    """ "from Friday, Dec. 12 to Sunday, Dec. 14" gives each of its days its weekday."""
    text = "from Friday, Dec. 12 to Sunday, Dec. 14"
    found = find_times(text, reference=dt.datetime(2031, 10, 1))
    assert [(m.text, m.weekday) for m in found] == [("Friday, Dec. 12", 5), ("Sunday, Dec. 14", 7)]


def test_mid_month_is_its_middle_third() -> None:
    """ "mid-February" is the middle third of February, with the MID mod."""
    mention = one("by mid-February")
    assert mention.timex is not None
    assert (mention.timex.value, mention.timex.mod) == ("2019-02", "MID")
    assert mention.window == TimeWindow(
        earliest=dt.datetime(2019, 2, 10), latest=dt.datetime(2019, 2, 20)
    )


def test_early_month_is_its_first_part() -> None:
    """ "early March" starts with March and ends before its middle."""
    mention = one("in early March")
    assert mention.timex is not None and mention.timex.mod == "START"
    assert mention.window is not None
    assert mention.window.earliest == dt.datetime(2019, 3, 1)
    assert mention.window.latest is not None and mention.window.latest <= dt.datetime(2019, 3, 12)


def test_late_year_is_its_last_part() -> None:
    """ "late 2014" ends with 2014 and starts after its middle."""
    mention = one("late 2014")
    assert mention.timex is not None and mention.timex.mod == "END"
    assert mention.window is not None and mention.window.latest == dt.datetime(2015, 1, 1)
    assert mention.window.earliest is not None
    assert dt.datetime(2014, 8, 1) <= mention.window.earliest  # type: ignore[operator]


def test_year_leaves_out_its_preposition() -> None:
    """ "in 2014" is the year 2014; the preposition is not part of the expression."""
    mention = one("It began in 2014.")
    assert mention.text == "2014"
    assert mention.timex is not None and mention.timex.value == "2014"


def test_year_in_words() -> None:
    """Spoken years ("nineteen ninety-six") are years."""
    assert value("a nineteen ninety-six attack") == "1996"


def test_decade_value_drops_its_last_digit() -> None:
    """ "the 1990s" is TimeML's "199"."""
    assert value("in the 1990s") == "199"
    assert window("in the 1990s") == TimeWindow(
        earliest=dt.datetime(1990, 1, 1), latest=dt.datetime(2000, 1, 1)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("numbers fell through the nineties", "199"),
        ("a hit of the late sixties", "196"),
        ("since the Seventies", "197"),
    ],
)
def test_decade_in_words(text: str, expected: str) -> None:
    """ "the nineties" is read as "the '90s" is."""
    assert value(text) == expected


@pytest.mark.parametrize("text", ["a woman in her nineties", "men in their early twenties"])
def test_decade_word_without_the_is_an_age(text: str) -> None:
    """ "in her nineties" tells an age, not a decade."""
    assert find_times(text, reference=REFERENCE) == []


def test_century() -> None:
    """ "the 20th century" is TimeML's "19"."""
    assert value("the 20th century") == "19"


def test_ordinal_quarter_is_the_latest_to_have_begun() -> None:
    """ "the third quarter" in December is this year's third quarter."""
    assert value("profit in the third quarter") == "2018-Q3"


def test_quarter_code() -> None:
    """ "Q3 2018" and "the first quarter of 1998" are quarters of those years."""
    assert value("Q3 2018") == "2018-Q3"
    assert value("the first quarter of 1998") == "1998-Q1"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the third quarter last year", "2017-Q3"),
        ("the third quarter of next year", "2019-Q3"),
        ("the first half of last year", "2017-H1"),
        ("the summer of last year", "2017-SU"),
        ("the winter of next year", "2019-WI"),
        ("June 30 next year", "2019-06-30"),
        ("Jan. 4 last year", "2017-01-04"),
        ("the 4th of March this year", "2018-03-04"),
    ],
)
def test_a_part_of_a_relative_year_is_in_that_year(text: str, expected: str) -> None:
    """ "the third quarter of next year" is one expression, in next year."""
    mention = one(text)
    assert mention.text == text
    assert mention.timex is not None and mention.timex.value == expected


def test_a_date_before_another_unit_is_the_date_alone() -> None:
    """ "June 30 next week" is no day of a relative year: the date and the week are two
    expressions."""
    assert [m.text for m in find_times("June 30 next week")] == ["June 30", "next week"]


def test_season() -> None:
    """ "this summer" is the summer of the reference year."""
    assert value("this summer") == "2018-SU"


def test_holiday() -> None:
    """Holidays are dates of their year ("Easter 2019" by the Easter rule)."""
    assert value("Easter 2019") == "2019-04-21"


def test_the_week_of_a_holiday() -> None:
    """ "Easter week" is the ISO week that holds Easter."""
    assert value("as Easter week began", dt.datetime(2000, 4, 17)) == "2000-W16"


# -- relative expressions -------------------------------------------------------------------


def test_last_week_is_the_iso_week_before() -> None:
    """ "last week" is the ISO week before the reference's."""
    assert value("last week", dt.datetime(2013, 3, 20)) == "2013-W11"


def test_next_month() -> None:
    """ "next month" is the calendar month after the reference's."""
    assert value("next month") == "2019-01"


def test_years_ago() -> None:
    """ "five years ago" is the year five before the reference's."""
    assert value("five years ago") == "2013"


def test_units_ago_reach_half_a_unit_past_their_period() -> None:
    """ "two weeks ago" is about, not exactly, the ISO week two back: its value is that week,
    and its window reaches half a week past it on each side."""
    reference = dt.datetime(2031, 1, 20)  # a Monday: the week two back is January 6 to 12
    assert value("They left two weeks ago.", reference) == "2031-W02"
    found = window("They left two weeks ago.", reference)
    assert (found.earliest, found.latest) == (
        dt.datetime(2031, 1, 2, 12),
        dt.datetime(2031, 1, 16, 12),
    )


@pytest.mark.parametrize(
    "text",
    [
        "The force will be drawn down over the next year.",
        "The plant will close within the next year.",
        "Prices will rise in the coming year.",
    ],
)
def test_the_next_year_after_a_preposition_is_the_year_to_come(text: str) -> None:
    """ "over the next year" is the twelve months from the reference, as "over the next two
    years" is the twenty-four: not the calendar year after the reference's."""
    assert window(text) == TimeWindow(
        earliest=dt.datetime(2018, 12, 19), latest=dt.datetime(2019, 12, 19)
    )


@pytest.mark.parametrize(
    ("text", "value_"),
    [("The next year, he left.", "2019"), ("He left the next day.", "2018-12-20")],
)
def test_the_next_year_of_a_story_is_the_one_after(text: str, value_: str) -> None:
    """Without a preposition before it, "the next year" is the calendar year after, and "the
    next day" the day after, as a story tells them."""
    assert value(text) == value_


def test_a_fortnight_ago_is_two_weeks_ago() -> None:
    """A fortnight is two weeks: "a fortnight ago" is "two weeks ago", and "two fortnights
    ago" four weeks."""
    reference = dt.datetime(2031, 1, 20)
    assert value("They left a fortnight ago.", reference) == "2031-W02"
    assert window("They left a fortnight ago.", reference) == window(
        "They left two weeks ago.", reference
    )
    assert value("They left two fortnights ago.", reference) == "2030-W52"


def test_a_year_ago_in_a_report_on_a_quarter_is_that_quarter() -> None:
    """A reporting period the text names is not widened: "a year ago" in a story about the
    third quarter is last year's third quarter, to the day."""
    text = "Third-quarter profit rose. A year ago, it fell."
    found = [m.window for m in find_times(text, reference=dt.datetime(2031, 10, 20))]
    assert found[-1] == TimeWindow(
        earliest=dt.datetime(2030, 7, 1), latest=dt.datetime(2030, 10, 1)
    )


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("The last of them left that spring.", 2031),  # written in November: the past spring
        ("The last of them will leave that spring.", 2032),
        ("The last of them left that winter.", 2030),  # not the winter about to begin
        ("Protests grew in 2019. The last of them left that spring.", 2019),
        ("Protests grew in 2019. The last of them would leave that spring.", 2019),
    ],
)
def test_that_season_is_the_one_talked_about_else_the_tense_decides(text: str, year: int) -> None:
    """ "that spring" is the spring of the year the text talks about; with none named, the
    tense decides, as for "the spring"."""
    found = [m for m in find_times(text, reference=dt.datetime(2031, 11, 5))]
    assert found[-1].timex is not None
    assert found[-1].timex.value[:4] == str(year)


def test_decades_ago_count_years_back_about() -> None:
    """ "a decade ago" is about the year ten before the reference's, not the decade before
    the reference's: in 2001 it is near 1991, which the 1990s would not hold."""
    reference = dt.datetime(2001, 5, 1)
    (mention,) = find_times("It opened a decade ago.", reference=reference)
    assert mention.timex is not None
    assert (mention.timex.value, mention.timex.mod) == ("1991", "APPROX")
    found = window("It opened a decade ago.", reference)
    assert found.earliest is not None and found.latest is not None
    assert found.earliest < dt.datetime(1991, 1, 1) and dt.datetime(1992, 1, 1) < found.latest
    assert value("Two centuries ago it was a village.", reference) == "1801"


def test_the_year_after_follows_the_year_the_text_named() -> None:
    """ "the year after" counts from the last year the text talked about."""
    mentions = find_times("Prices fell in 2014 and rose the year after.", reference=REFERENCE)
    assert [m.timex.value for m in mentions if m.timex] == ["2014", "2015"]


def test_a_year_earlier_counts_from_the_text_not_the_reference() -> None:
    """ "a year earlier" is the year before the one the text talked about."""
    mentions = find_times("Sales rose in 2016; a year earlier they fell.", reference=REFERENCE)
    assert [m.timex.value for m in mentions if m.timex] == ["2016", "2015"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The day before last Tuesday's hearing, he flew in.", "2018-12-17"),
        ("They met the day before yesterday.", "2018-12-17"),
        ("Shops were full the day after Christmas.", "2018-12-26"),
        ("The week after Easter, 2018", "2018-W14"),
        ("He left the day after March 3, 2018.", "2018-03-04"),
    ],
)
def test_the_unit_before_or_after_a_day(text: str, expected: str) -> None:
    """ "the day before last Tuesday" is one day, the one before the day it names."""
    assert value(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("For the quarter ended Sept. 30, Delta posted a profit.", "1989-Q3"),
        ("In the quarter ended July 31, sales fell.", "1989-Q2"),
        ("In the quarter ended Jan. 31, 1989, sales fell.", "1988-Q4"),
    ],
)
def test_the_quarter_ended_a_date_is_the_one_it_mostly_was(text: str, expected: str) -> None:
    """ "the quarter ended July 31" (May to July) is the calendar quarter it mostly falls in."""
    mentions = find_times(text, reference=dt.datetime(1989, 10, 26))
    assert mentions[0].text == "the quarter"
    assert mentions[0].timex is not None and mentions[0].timex.value == expected


def test_the_year_ended_a_date_is_a_year_long() -> None:
    """ "the year ended Sept. 30" is twelve months (its own TimeML value is P1Y)."""
    mentions = find_times("For the year ended Sept. 30, it earned $4 million.", reference=REFERENCE)
    assert mentions[0].timex is not None and mentions[0].timex.value == "P1Y"


def test_the_full_year_is_the_year_the_text_is_about() -> None:
    """ "the full year" is the whole of the year, as "the year" is."""
    assert value("Sales for the full year rose.", dt.datetime(1989, 11, 2)) == "1989"


def test_a_year_ago_in_a_story_about_a_quarter_is_that_quarter() -> None:
    """Quarterly results compare with the same quarter a year before."""
    text = "Third-quarter profit rose to $5 million from $4 million a year ago."
    mentions = find_times(text, reference=dt.datetime(1989, 11, 2))
    assert [m.timex.value for m in mentions if m.timex] == ["1989-Q3", "1988-Q3"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Third-quarter profit rose. For the nine months, net was $5 million, against"
            " $4 million a year earlier and $3 million in the 1988 period.",
            ["1989-Q3", "P9M", "1988", "1988"],
        ),
        (
            "Third-quarter profit rose. For the nine months, net rose. In the quarter, sales"
            " fell from a year ago.",
            ["1989-Q3", "P9M", "1989-Q3", "1988-Q3"],
        ),
        (
            "Third-quarter profit rose. For the three months, sales fell from a year ago.",
            ["1989-Q3", "P3M", "1988-Q3"],
        ),
        (
            "Third-quarter profit rose. For nine months, sales fell from a year ago.",
            ["1989-Q3", "P9M", "1988-Q3"],
        ),
    ],
)
def test_a_year_ago_in_a_report_on_the_nine_months_is_a_year(
    text: str, expected: list[str]
) -> None:
    """A report that moves from its quarter to "the nine months" compares them with the year
    before ("a year earlier" is 1988, not its third quarter) until it names the quarter
    again; "the three months" is the quarter, and "nine months" alone only a length."""
    mentions = find_times(text, reference=dt.datetime(1989, 11, 2))
    assert [m.timex.value for m in mentions if m.timex] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The quarter-to-quarter comparison was better.",
        "Sales rose on a year-to-year basis.",
        "The year-over-year gain was 5%.",
        "Exports grew 3% month-on-month.",
    ],
)
def test_a_compound_that_compares_periods_is_no_time(text: str) -> None:
    """ "quarter-to-quarter" and "year-over-year" compare periods of a kind; they name none
    ("the quarter", "a year")."""
    assert find_times(text, reference=dt.datetime(1989, 11, 1)) == []


def test_periods_joined_by_to_are_each_a_time() -> None:
    """A link between two different time words leaves both ("the May-to-June period")."""
    mentions = find_times("The May-to-June period was dry.", reference=dt.datetime(1989, 11, 1))
    assert [m.text for m in mentions] == ["May", "June"]


# -- durations ------------------------------------------------------------------------------


def test_duration_in_years() -> None:
    """ "17 years" is a duration of 17 years, valued P17Y."""
    mention = one("for 17 years")
    assert mention.timex is not None and (mention.timex.type, mention.timex.value) == (
        "DURATION",
        "P17Y",
    )
    assert mention.window is None
    assert mention.duration is not None and mention.duration.low.to("year").magnitude == 17


def test_duration_in_hours() -> None:
    """ "24 hours" is valued PT24H."""
    assert value("24 hours") == "PT24H"


@pytest.mark.parametrize(
    ("text", "timex"),
    [("the past two quarters", "P2Q"), ("for several quarters", "PXQ"), ("1.5 quarters", "P4M15D")],
)
def test_a_duration_in_quarters_is_valued_in_quarters(text: str, timex: str) -> None:
    """TimeML writes quarters as such ("P2Q"), as TimeBank does; six months is still their
    length."""
    mention = one(text)
    assert mention.timex is not None and mention.timex.value == timex
    assert mention.duration is not None


@pytest.mark.parametrize(
    ("text", "timex"),
    [
        ("for two consecutive quarters", "P2Q"),
        ("for three straight years", "P3Y"),
        ("after five successive months of gains", "P5M"),
        ("for two more weeks", "P2W"),
    ],
)
def test_a_word_between_a_count_and_its_unit_keeps_the_duration(text: str, timex: str) -> None:
    """ "two consecutive quarters" lasts two quarters, as "two more weeks" lasts two weeks
    (``more`` of ``[words]`` in time.toml)."""
    mention = one(text)
    assert mention.timex is not None and mention.timex.value == timex


def test_duration_range() -> None:
    """ "60 to 100 days" is the interval [60 d, 100 d] under the range hedge."""
    duration = one("60 to 100 days").duration
    assert duration is not None and duration.hedge is Hedge.RANGE
    assert (duration.low.to("day").magnitude, duration.high.to("day").magnitude) == (60, 100)


@pytest.mark.parametrize(
    "text", ["for 17 years", "within 60 to 100 days", "about 3 weeks", "at least 72 hours", "years"]
)
def test_durations_pass_their_checks(text: str) -> None:
    """A duration the finder makes, built without its checks, passes them."""
    duration = one(text).duration
    assert duration is not None
    attrs.validate(duration)
    rebuilt = Duration(
        low=duration.low,
        high=duration.high,
        hedge=duration.hedge,
        stated=duration.stated,
        low_open=duration.low_open,
        high_open=duration.high_open,
    )
    assert rebuilt == duration


def test_vague_duration_takes_the_blur_range() -> None:
    """ "several months" is some months, PXM."""
    mention = one("several months")
    assert mention.timex is not None and mention.timex.value == "PXM"
    assert mention.duration is not None and mention.duration.hedge is Hedge.VAGUE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("for a couple of years", "P2Y"),
        ("over the next couple of years", "P2Y"),
        ("in the past couple of days", "P2D"),
    ],
)
def test_a_couple_of_units_is_two_of_them(text: str, expected: str) -> None:
    """ "a couple of years" is valued P2Y, the two it names, and spans a couple to a few."""
    mention = one(text)
    assert mention.timex is not None and mention.timex.value == expected
    assert mention.duration is not None and mention.duration.hedge is Hedge.VAGUE
    assert mention.duration.high.magnitude == 4


def test_half_units() -> None:
    """ "a year and a half" and "half an hour" carry their fraction into the value."""
    assert value("a year and a half") == "P1Y6M"
    assert value("half an hour") == "PT30M"


def test_compound_adjective_duration() -> None:
    """ "a five-year plan" names a duration of five years."""
    assert value("a five-year plan") == "P5Y"


def test_ages_are_not_durations() -> None:
    """ "a 6-year-old boy" is an age, not a time."""
    assert find_times("a 6-year-old boy", reference=REFERENCE) == []


def test_hedged_duration() -> None:
    """ "more than four hours" has no upper bound and the MORE_THAN mod."""
    mention = one("more than four hours")
    assert mention.timex is not None and mention.timex.mod == "MORE_THAN"
    assert mention.duration is not None and mention.duration.hedge is Hedge.MORE_THAN


def test_a_hedged_duration_is_never_negative(tmp_path: Path) -> None:
    """A span of time stops at zero however far a hedge reaches below ("less than" widened to
    twice the value still starts at no time)."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text("[hedges.fewer_than]\nbelow = 2.0\n", encoding="utf-8")
    mention = find_times("less than three days", reference=REFERENCE, lexicon=load_lexicon(extra))
    assert mention[0].duration is not None
    assert mention[0].duration.low.magnitude == 0
    assert mention[0].duration.high_open


def test_a_bad_tolerance_stops_the_time_finder_too(tmp_path: Path) -> None:
    """The time finder reads the hedges table as the amount finder does, and refuses it alike."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[hedges.approximately]\nabove = "lots"\n', encoding="utf-8")
    with pytest.raises(LexiconError, match=r"hedges\.approximately\.above"):
        find_times("about three days", lexicon=load_lexicon(extra))


def test_equal_durations_in_other_units() -> None:
    """ "24 hours" and "one day" are the same amount of time."""
    hours, day = one("24 hours").duration, one("one day").duration
    assert hours is not None and day is not None
    assert hours.low.to("hour").magnitude == pytest.approx(day.low.to("hour").magnitude)


def test_month_and_day_ranges_overlap() -> None:
    """ "two to three months" and "60 to 100 days" can both be true."""
    months, days = one("two to three months").duration, one("60 to 100 days").duration
    assert months is not None and days is not None
    assert amounts_overlap(months, days) is True


# -- spans anchored to the reference --------------------------------------------------------


def test_within_the_next_hours() -> None:
    """ "within the next 24 hours" runs from the reference for 24 hours."""
    assert window("within the next 24 hours") == TimeWindow(
        earliest=REFERENCE, latest=REFERENCE + DAY
    )


def test_within_a_range_ends_inside_it() -> None:
    """ "within 60 to 100 days" ends between day 60 and day 100, and is a duration too."""
    mention = one("forces will leave within 60 to 100 days")
    assert mention.text == "within 60 to 100 days"
    assert mention.window == TimeWindow(earliest=REFERENCE + 60 * DAY, latest=REFERENCE + 100 * DAY)
    assert mention.duration is not None


def test_within_days() -> None:
    """ "within 60 days" runs from the reference to day 60."""
    assert window("within 60 days") == TimeWindow(earliest=REFERENCE, latest=REFERENCE + 60 * DAY)


@pytest.mark.parametrize(
    "text",
    ["The crews left within a week, he said.", "The crews had left within two days."],
)
def test_a_span_from_the_reference_in_the_past_tense_is_not_anchored(text: str) -> None:
    """In the past tense, "within a week" counts from a time the story tells of, not from the
    reference: a length of time, with no window."""
    mention = one(text)
    assert mention.window is None and mention.duration is not None


def test_the_hour_names_no_period() -> None:
    """ "shut the gates within the hour" tells of an hour, not of the reference's first."""
    assert find_times("They shut the gates within the hour.", reference=REFERENCE) == []


def test_within_a_week_of_an_event_is_not_anchored() -> None:
    """ "within a week of his capture" counts from the capture, so it has no window."""
    mention = one("within a week of his capture")
    assert mention.window is None and mention.duration is not None


def test_in_the_last_years() -> None:
    """ "in the last 17 years" runs from 17 years before the reference to it."""
    assert window("in the last 17 years") == TimeWindow(
        earliest=dt.datetime(2001, 12, 19), latest=REFERENCE
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The truce will last 50 days.", "50 days"),
        ("The ceasefire is set to last 45 days.", "45 days"),
        ("Talks could last two weeks.", "two weeks"),
        # Before a word of the calendar, "last" is still the one before.
        ("Sales rose compared to last year.", "last year"),
        ("The vote was closer than it was to last Tuesday's.", "last Tuesday"),
        ("Prices have risen in the last 60 days.", "the last 60 days"),
    ],
)
def test_the_verb_last_is_no_time_before(text: str, words: str) -> None:
    """After "to" or a modal, "last" is a verb: "will last 50 days" tells a length, not the
    60 days before the reference."""
    assert [mention.text for mention in find_times(text, reference=REFERENCE)] == [words]


def test_since_a_year() -> None:
    """ "since 2014" runs from the start of 2014 to the reference."""
    assert window("since 2014") == TimeWindow(earliest=dt.datetime(2014, 1, 1), latest=REFERENCE)


def test_until_a_clause_has_an_open_end() -> None:
    """ "until Iran exits" runs from the reference with no stated end, and no TimeML value."""
    mention = one("US troops will stay until Iran exits, he said.")
    assert mention.text == "until Iran exits"
    assert mention.timex is None
    assert mention.window == TimeWindow(earliest=REFERENCE, latest=None)


def test_until_a_clause_in_the_past_has_no_window() -> None:
    """ "lived there until he fled" is not anchored to the reference."""
    mention = one("He lived in Sudan until he fled to Kenya.")
    assert mention.timex is None and mention.window is None


def test_until_a_date_ends_with_that_date() -> None:
    """ "until March 6" runs from the reference to the end of March 6."""
    assert window("will remain until March 6") == TimeWindow(
        earliest=REFERENCE, latest=dt.datetime(2019, 3, 7)
    )


def test_until_a_month_in_the_future_tense_is_the_next_one() -> None:
    """ "will stay until March", written in May, runs to the end of next March (not to the end
    of the March just gone, which was nearer); the time it runs to is its ``point``."""
    may = dt.datetime(2031, 5, 2)
    mention = one("The crews will stay until March.", may)
    assert mention.timex is not None and mention.timex.value == "2032-03"
    assert mention.window == TimeWindow(earliest=may, latest=dt.datetime(2032, 4, 1))
    assert mention.point == TimeWindow(
        earliest=dt.datetime(2032, 3, 1), latest=dt.datetime(2032, 4, 1)
    )


def test_the_point_of_a_span_is_the_time_it_runs_to_or_from() -> None:
    """ "since 2014" runs from 2014, its point; a time that is no span, or a span to an
    unstated end, has none."""
    assert one("since 2014").point == TimeWindow(
        earliest=dt.datetime(2014, 1, 1), latest=dt.datetime(2015, 1, 1)
    )
    assert one("in March").point is None
    assert one("US troops will stay until Iran exits, he said.").point is None


def test_until_a_weekday_looks_forward() -> None:
    """ "until Tuesday" ends with the next Tuesday, in the simple past too."""
    monday = dt.datetime(2000, 4, 3)
    assert value("The agency gave them until Tuesday to sign.", monday) == "2000-04-04"


@pytest.mark.parametrize(
    "text",
    [
        "The Orrin curfew stayed in force until Sunday evening.",
        "The crews remained at the port until Sunday.",
        "The talks continued until Sunday.",
    ],
)
def test_until_after_a_state_that_held_looks_back(text: str) -> None:
    """A state told as having held "until Sunday" ended on the Sunday gone by, as after the
    past perfect."""
    wednesday = dt.datetime(2032, 3, 10)
    found = one(text, wednesday).window
    assert found is not None and found.latest is not None
    assert dt.datetime(2032, 3, 7) < found.latest <= dt.datetime(2032, 3, 8)


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        (
            "The bridge will stay shut until at least Friday.",
            "The bridge will stay shut until Friday.",
        ),
        (
            "The line stays closed until at least the end of March.",
            "The line stays closed until the end of March.",
        ),
    ],
)
def test_until_at_least_a_time_runs_to_that_time(text: str, plain: str) -> None:
    """ "until at least Friday" holds up to Friday, as "until Friday" does (and maybe beyond):
    one time expression, not an "until" clause whose end is untold and a Friday of its own."""
    found = one(text)
    assert found.text.startswith("until at least")
    assert found.window == one(plain).window


def test_until_a_weekday_in_the_past_perfect_looks_back() -> None:
    """ "Until Thursday, they had not called him a suspect": that Thursday is past."""
    friday = dt.datetime(1999, 5, 7)
    mention = one("Until Thursday, they had not called him a suspect.", friday)
    assert mention.timex is not None and mention.timex.value == "1999-05-06"
    assert mention.window == TimeWindow(earliest=None, latest=dt.datetime(1999, 5, 7))


def test_since_a_weekday_looks_back() -> None:
    """ "since Friday" starts on the last Friday."""
    assert value("Talks have stalled since Friday.") == "2018-12-14"


def test_period_of_a_date() -> None:
    """ "the week of March 6" is the ISO week holding March 6."""
    assert value("a hearing the week of March 6", dt.datetime(2000, 2, 24)) == "2000-W10"


def test_last_with_a_date() -> None:
    """ "last Oct. 23" is the Oct. 23 before the reference."""
    assert value("shot last Oct. 23 at his home", dt.datetime(1999, 5, 5)) == "1998-10-23"


# -- vague words ----------------------------------------------------------------------------


def test_now_is_a_few_days_from_the_reference() -> None:
    """ "now" is [t, t + 3 days], PRESENT_REF."""
    mention = one("Troops are coming back now.")
    assert mention.timex is not None and mention.timex.value == "PRESENT_REF"
    assert mention.window == TimeWindow(earliest=REFERENCE, latest=REFERENCE + 3 * DAY)


def test_for_now_has_no_stated_end() -> None:
    """ "for now" holds from the reference with an open end."""
    assert window("They will stay for now.") == TimeWindow(earliest=REFERENCE, latest=None)


def test_now_and_within_months_do_not_overlap() -> None:
    """ "now" and "within 60 to 100 days" cannot both be true."""
    now, later = window("coming back now"), window("leave within 60 to 100 days")
    assert windows_overlap(now, later) is False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("right now", "PRESENT_REF"),
        ("currently", "PRESENT_REF"),
        ("soon", "FUTURE_REF"),
        ("very soon", "FUTURE_REF"),
        ("in the coming weeks", "PXW"),
        ("in coming months", "PXM"),
        ("in the years ahead", "PXY"),
        ("recently", "PAST_REF"),
    ],
)
def test_vague_words_take_their_table_values(text: str, expected: str) -> None:
    """Vague time words are valued from the vague-word table."""
    assert value(text) == expected


def test_the_coming_weeks_are_some_weeks_from_the_reference() -> None:
    """ "in the coming weeks" is a DURATION of some weeks (TimeML's PXW) that starts now."""
    mention = one("in the coming weeks")
    assert mention.timex is not None and mention.timex.type == "DURATION"
    assert mention.window is not None and mention.window.earliest == REFERENCE


def test_very_soon_is_sooner_than_soon() -> None:
    """ "very soon" ends before "soon" does."""
    very, soon = window("very soon").latest, window("soon").latest
    assert isinstance(very, dt.datetime) and isinstance(soon, dt.datetime) and very < soon


def test_recently_ends_at_the_reference() -> None:
    """ "recently" is a window of the past that ends at the reference."""
    assert window("recently").latest == REFERENCE


def test_immediately_has_a_window_but_no_timeml_value() -> None:
    """ "immediately" is a short window from the reference; TimeML does not annotate it."""
    mention = one("They will leave immediately.")
    assert mention.timex is None
    assert mention.window == TimeWindow(earliest=REFERENCE, latest=REFERENCE + DAY)


@pytest.mark.parametrize(
    "text",
    [
        "He was soon released from the hospital.",
        "The trickle of cash soon became a flood.",
        "They left immediately.",
        "The talks eventually collapsed.",
    ],
)
def test_a_vague_word_next_to_a_past_verb_tells_a_time_of_the_story(text: str) -> None:
    """ "was soon released" is soon after what the story tells, not soon after the day of
    publication: no time expression, and no window to compare."""
    assert find_times(text, reference=REFERENCE) == []


@pytest.mark.parametrize(
    "text",
    [
        "It broke 17 U.S. Code § 1201 in 2019.",
        "It broke §1201 in 2019.",
        "Under § 2019, it ended in 2019.",
    ],
)
def test_a_number_after_a_section_sign_is_no_year(text: str) -> None:
    """ "§ 1201" is a section of a code: the only year is the one after "in"."""
    assert [mention.text for mention in find_times(text, reference=REFERENCE)] == ["2019"]


@pytest.mark.parametrize(
    "text",
    [
        "The bridge gave way shortly after the storm.",
        "They left soon after the vote on Friday.",
        "The talks will end shortly before midnight.",
        "The troops will leave immediately after the vote.",
    ],
)
def test_a_vague_word_before_after_or_before_is_no_time(text: str) -> None:
    """ "shortly after the storm" tells how near the storm, not a time from the reference:
    the word is no time expression (the time after it may be one)."""
    found = [mention.text for mention in find_times(text, reference=REFERENCE)]
    assert not {"shortly", "soon", "immediately"} & set(found)


@pytest.mark.parametrize(
    "text",
    [
        "The budget will soon move into surplus.",
        "Troops would return home very soon, he said.",
        "Officials said the bridge reopens soon.",
        "The troops will be immediately brought home.",
    ],
)
def test_a_vague_word_away_from_a_past_verb_counts_from_the_reference(text: str) -> None:
    """A future, a reported future or a verb that is not next to the word keeps the window
    from the reference."""
    mention = one(text)
    assert mention.window is not None and mention.window.earliest == REFERENCE


def test_newsrooms_say_which_vague_words_tell_the_story(tmp_path: Path) -> None:
    """``story`` is a setting of a vague word: a newsroom can turn it off, and a value that
    is not true or false names the file and key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text("[time.vague.soon]\nstory = false\n", encoding="utf-8")
    text = "He was soon released from the hospital."
    assert len(find_times(text, reference=REFERENCE, lexicon=load_lexicon(extra))) == 1
    extra.write_text('[time.vague.soon]\nstory = "yes"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        find_times(text, lexicon=load_lexicon(extra))
    assert caught.value.key == "time.vague.soon.story"


def test_idioms_of_time_words_are_not_durations() -> None:
    """ "a last-minute effort" and "at the last minute" are no minute; "the early hours of
    Thursday" are no count of hours."""
    assert find_times("The last-minute Soviet-led effort failed.", reference=REFERENCE) == []
    assert find_times("They changed it at the last minute.", reference=REFERENCE) == []
    mentions = find_times("Police came in the early hours of Thursday.", reference=REFERENCE)
    assert [m.text for m in mentions] == ["Thursday"]


def test_as_soon_as_a_clause_is_not_a_time() -> None:
    """ "as soon as he lands" is the time of an event; "as soon as possible" is a time."""
    assert find_times("as soon as he lands", reference=REFERENCE) == []
    assert value("as soon as possible") == "FUTURE_REF"


def test_that_half_after_a_speech_verb_is_a_share_not_a_time() -> None:
    """ "said that half of the workers" is a share of them; "the first half of 2031" is a time."""
    for text in (
        "The union said that half of the 400 dockers would strike.",
        "Berg said that half the crew had left.",
    ):
        assert find_times(text, reference=REFERENCE) == []
    assert [
        m.text for m in find_times("Sales fell in the first half of 2031.", reference=REFERENCE)
    ] == ["the first half of 2031"]


# -- TimeML types and values ----------------------------------------------------------------


def test_clock_time_with_weekday_is_a_time() -> None:
    """ "10:35 a.m. Friday" is TIME, at that minute of the Friday before."""
    mention = one("at 10:35 a.m. Friday")
    assert mention.timex is not None
    assert (mention.timex.type, mention.timex.value) == ("TIME", "2018-12-14T10:35")


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "hit at 4:12 a.m. local time on Monday",
            "4:12 a.m. local time on Monday",
            "2018-12-17T04:12",
        ),
        ("struck at 4.12am on 17 December", "4.12am on 17 December", "2018-12-17T04:12"),
        ("left at 10.30 pm on Friday", "10.30 pm on Friday", "2018-12-14T22:30"),
        ("left at 9 p.m. on Friday", "9 p.m. on Friday", "2018-12-14T21:00"),
        (
            "gave way at 6 p.m. on Saturday, December 15",
            "6 p.m. on Saturday, December 15",
            "2018-12-15T18:00",
        ),
        (
            "opened at 10:30 on Monday, December 17",
            "10:30 on Monday, December 17",
            "2018-12-17T10:30",
        ),
        ("ended at noon on Friday", "noon on Friday", "2018-12-14T12:00"),
        # "noon" and "midnight" before a date are of that date, not of the reference's day.
        ("closed at noon on December 3", "noon on December 3", "2018-12-03T12:00"),
        (
            "closed at noon on Saturday, December 15",
            "noon on Saturday, December 15",
            "2018-12-15T12:00",
        ),
        ("ends at midnight on 3 December", "midnight on 3 December", "2018-12-03T24:00"),
    ],
)
def test_clock_time_with_its_day_is_one_time(text: str, words: str, expected: str) -> None:
    """A clock time and the day after it ("on Monday", "on 17 December", after a zone such as
    "local time") are one TIME; "4.12am" is the British way of writing "4:12 a.m."."""
    mention = one(text)
    assert mention.text == words
    assert mention.timex is not None
    assert (mention.timex.type, mention.timex.value) == ("TIME", expected)


def test_about_a_clock_time_reaches_a_quarter_hour() -> None:
    """ "about 2:15 a.m." is any time near a quarter past two: 2:10 is among them."""
    window = one("struck at about 2:15 a.m.").window
    assert window is not None
    assert window.earliest == dt.datetime(2018, 12, 19, 2, 0)
    assert window.latest == dt.datetime(2018, 12, 19, 2, 31)


def test_a_decimal_alone_is_no_clock_time() -> None:
    assert find_times("Sales rose 4.12 percent.", reference=REFERENCE) == []


def test_part_of_day() -> None:
    """ "Friday night" is TIME with the night's TimeML code."""
    assert value("Friday night") == "2018-12-14TNI"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("leave at 4 in the morning", "2018-12-19T04:00"),
        ("arrived at 3 in the afternoon", "2018-12-19T15:00"),
        ("the blast at 10:30 at night", "2018-12-19T22:30"),
    ],
)
def test_an_hour_in_a_part_of_the_day(text: str, expected: str) -> None:
    """ "4 in the morning" is 4:00 and "3 in the afternoon" 15:00: the part says which half."""
    mention = one(text)
    assert mention.timex is not None and (mention.timex.type, mention.timex.value) == (
        "TIME",
        expected,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [("daily", "P1D"), ("every Thursday", "XXXX-WXX-4"), ("twice a week", "P1W")],
)
def test_recurring_times_are_sets(text: str, expected: str) -> None:
    """Recurring times are SETs."""
    timex = one(text).timex
    assert timex is not None and (timex.type, timex.value) == ("SET", expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("through the first two quarters of 1990", "1990-H1"),
        ("in the last three months of 1989", "1989-Q4"),
        ("the first six months of fiscal 1990", "1990-H1"),
    ],
)
def test_the_first_units_of_a_year_that_make_a_part_of_it(text: str, expected: str) -> None:
    """ "the first two quarters of 1990" is its first half; "two quarters of the vote" is no
    time."""
    assert value(text) == expected
    assert find_times("He won two quarters of the vote.", reference=REFERENCE) == []


def test_weekday_nights_recur() -> None:
    """ "on Monday and Tuesday nights" are two recurring nights, SETs."""
    mentions = find_times("Flights leave on Monday and Tuesday nights.", reference=REFERENCE)
    assert [(m.text, m.timex.type, m.timex.value) for m in mentions if m.timex] == [
        ("Monday", "SET", "XXXX-WXX-1TNI"),
        ("Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ]


def test_then_current_is_past() -> None:
    """ "the then-current price" was current then, in the past: PAST_REF."""
    assert value("shares at the then-current market price") == "PAST_REF"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qantas flies four flights a week to Bombay.", ("SET", "P1W")),
        ("They answer dozens if not hundreds of calls a day.", ("SET", "P1D")),
        ("He earned $5 million in a year.", ("DURATION", "P1Y")),
        ("The trip takes a day.", ("DURATION", "P1D")),
    ],
)
def test_a_unit_after_a_count_and_its_noun_is_a_rate(text: str, expected: tuple[str, str]) -> None:
    """ "four flights a week" is a rate, a SET; "in a year", "takes a day" are durations."""
    timex = one(text).timex
    assert timex is not None and (timex.type, timex.value) == expected


def test_days_duration_value() -> None:
    """ "60 days" is P60D."""
    assert value("60 days") == "P60D"


def test_trading_days_are_days() -> None:
    """ "eight trading days" is a count of days."""
    assert value("Eight trading days after the crash, stocks rose.") == "P8D"


def test_around_a_possessive_day_is_no_hedge() -> None:
    """ "get around Wednesday's ruling": "around" is the ruling's preposition, not a hedge."""
    mention = one("Landlords will seek ways to get around Wednesday's ruling.")
    assert mention.text == "Wednesday's"
    assert mention.timex is not None and mention.timex.mod is None


def test_approximate_date_widens_its_window() -> None:
    """ "around Nov. 1" has the APPROX mod and a window wider than the day."""
    mention = one("to be completed around Nov. 1")
    assert mention.timex is not None and mention.timex.mod == "APPROX"
    assert mention.window is not None and mention.window.earliest == dt.datetime(2018, 10, 31)


def test_quarters_and_seasons_have_timeml_values() -> None:
    """Quarter and season values follow TimeML ("1998-Q1", "1998-SU")."""
    assert value("the first quarter", dt.datetime(1998, 5, 1)) == "1998-Q1"
    assert value("this summer", dt.datetime(1998, 5, 1)) == "1998-SU"


# -- names and titles -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'James Baker said on ABC\'s "This Week With David Brinkley" that the talks failed.',
        'Gonzalez said on CBS\'s "60 Minutes" that the boy was being abused.',
        "The film High Noon helped them win, according to USA Today.",
        "Police lined the route of the annual March for Hope in Penwick.",
        "A letter ran on page one of the Farmers' Party daily Orrin Star.",
        "He was named Person of the Year by the magazine.",
    ],
)
def test_names_and_titles_are_not_times(text: str) -> None:
    """A time word capitalized inside a sentence, or a month or set word starting a name, is
    part of a name or title, not a time."""
    assert find_times(text, reference=REFERENCE) == []


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Theresa May appointed him Foreign Secretary.",
        "Ms May told lawmakers the deal was done.",
        "Mrs. May and the opposition leader met.",
        "The deal is dead, said May.",
        "May said the deal was dead.",
        "April Ryan asked the first question.",
        "She will be missed. May she rest in peace.",
        "He will be missed by all. May he rest in peace.",
        "May the injured recover quickly.",
        "The tournament, March Madness, was cancelled.",
    ],
)
def test_months_that_are_names_are_not_times(text: str) -> None:
    """A month that is also a person's name, alone, is the name after a capitalized word or
    a speech verb, before a speech verb or a capitalized word, and the word of a wish before
    a pronoun or an article at the start of a sentence."""
    assert find_times(text, reference=REFERENCE) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Sales fell in May.", "May"),
        ("May saw record rain.", "May"),
        ("In May the vote failed.", "May"),
        ("Since May, prices rose.", "Since May"),
        ("The vote in May was lost.", "May"),
        ("It opened in April. June was quieter.", "June"),
        ("Sales fell in Averly. May saw record rain.", "May"),
    ],
)
def test_months_that_are_names_stay_months_in_time_words(text: str, words: str) -> None:
    """After a preposition or a time word, or before a verb that is no speech verb, a month
    that is also a name is the month."""
    assert one_value(text, words)[:4] == "2018"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks To Resume Next Week In Geneva", "2018-W52"),
        ('The governor said, "Today, I signed the bill."', "2018-12-19"),
        ("``Today is a sad day,'' he said.", "2018-12-19"),
        ("The Fiscal Year 2020 budget passed the House on a vote of the members.", "2020"),
        ("Doctors told him to take a daily Aspirin.", "P1D"),
    ],
)
def test_capitals_of_a_headline_or_a_sentence_start_keep_times(text: str, expected: str) -> None:
    """Capitals at the start of a sentence or a quotation, in a headline, or on a calendar
    phrase leave a time a time."""
    assert value(text) == expected


# -- without a reference --------------------------------------------------------------------


def test_next_month_without_reference_is_relative() -> None:
    """Without a reference, "next month" is every window it could be: +1 to +62 days."""
    assert window("next month", None) == TimeWindow(earliest=DAY, latest=62 * DAY)


def test_now_without_reference_is_relative() -> None:
    """Without a reference, "now" is [0, 3 days] from the unknown reference."""
    assert window("now", None) == TimeWindow(earliest=dt.timedelta(0), latest=3 * DAY)


def test_said_weekday_without_reference_is_within_the_past_week() -> None:
    """Without a reference, "said Wednesday" is within the six days before it, or that day."""
    assert window("they said Wednesday", None) == TimeWindow(earliest=-6 * DAY, latest=DAY)


def test_past_years_without_reference_end_at_the_reference() -> None:
    """Without a reference, "in the last 17 years" ends at offset zero."""
    found = window("in the last 17 years", None)
    assert found.latest == dt.timedelta(0)
    assert isinstance(found.earliest, dt.timedelta) and found.earliest.days < -17 * 365


def test_absolute_date_without_reference_stays_dated() -> None:
    """Without a reference, "in 2014" is still the year 2014."""
    assert window("in 2014", None) == TimeWindow(
        earliest=dt.datetime(2014, 1, 1), latest=dt.datetime(2015, 1, 1)
    )


def test_unresolved_values_use_placeholders() -> None:
    """Without a reference, TimeML values put X where the reference would be needed."""
    assert value("March 22", None) == "XXXX-03-22"
    assert value("Friday", None) == "XXXX-WXX-5"
    assert value("this winter", None) == "XXXX-WI"
    assert value("next month", None) == "XXXX-XX"


def test_since_without_reference_ends_at_offset_zero() -> None:
    """Without a reference, "since 2014" runs from 2014 to the unknown reference."""
    assert window("since 2014", None) == TimeWindow(
        earliest=dt.datetime(2014, 1, 1), latest=dt.timedelta(0)
    )


@pytest.mark.parametrize(
    "text",
    [
        "March 22",
        "on Feb. 29",
        "early March",
        "late 2014 or mid-February",
        "last spring",
        "on Christmas",
        "the third quarter",
        "the first Monday of March",
        "later this year",
        "next month",
        "within four months",
        "in the coming months",
        "they said Wednesday",
        "last weekend",
        "this decade",
        "next century",
    ],
)
def test_windows_without_reference_are_those_of_every_sample(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Resolving only some reference samples gives the same windows as resolving them all."""
    found = [t.window for t in find_times(text)]
    _timecalendar._hull_of.cache_clear()
    monkeypatch.setattr(_timecalendar, "_STRIDE", 1)
    try:
        assert [t.window for t in find_times(text)] == found
    finally:
        _timecalendar._hull_of.cache_clear()


@attrs.frozen
class _Occurrences:
    """A window that jumps to the next occurrence at each of ``changes`` (days after the
    first sample), as a date with no year does; an occurrence's bound may be open."""

    changes: tuple[int, ...]
    windows: tuple[tuple[int | None, int | None], ...]

    def __call__(self, reference: dt.datetime) -> tuple[dt.datetime | None, dt.datetime | None]:
        days = (reference - _FIRST_SAMPLE).days
        start, end = self.windows[sum(1 for change in self.changes if change <= days)]
        return (
            None if start is None else _FIRST_SAMPLE + dt.timedelta(days=start),
            None if end is None else _FIRST_SAMPLE + dt.timedelta(days=end),
        )


_FIRST_SAMPLE = _timecalendar.SAMPLES[_timecalendar.Kind.YEAR][0]


@st.composite
def occurrences(draw: st.DrawFn) -> _Occurrences:
    changes = sorted(draw(st.sets(st.integers(1, 730), max_size=12)))
    starts = sorted(
        draw(
            st.lists(
                st.integers(-400, 1100),
                min_size=len(changes) + 1,
                max_size=len(changes) + 1,
                unique=True,
            )
        )
    )
    # A later occurrence ends later too: two occurrences never share their bounds, or the
    # window would seem not to move between them.
    ends = list(itertools.accumulate((start + draw(st.integers(1, 90)) for start in starts), max))
    ends = [end + place for place, end in enumerate(ends)]
    windows = tuple(
        (
            None if draw(st.integers(0, 20)) == 0 else start,
            None if draw(st.integers(0, 20)) == 0 else end,
        )
        for start, end in zip(starts, ends, strict=True)
    )
    return _Occurrences(changes=tuple(changes), windows=windows)


@given(occurrences())
@settings(max_examples=200)
def test_relative_hull_is_the_hull_of_every_sample(resolve: _Occurrences) -> None:
    """For a window that only moves on to later occurrences, the hull of some samples is the
    hull of all."""
    samples = _timecalendar.SAMPLES[_timecalendar.Kind.YEAR]
    windows = [resolve(reference) for reference in samples]
    starts = [s - r for r, (s, _) in zip(samples, windows, strict=True) if s is not None]
    ends = [e - r for r, (_, e) in zip(samples, windows, strict=True) if e is not None]
    expected = (
        None if len(starts) < len(samples) else min(starts),
        None if len(ends) < len(samples) else max(ends),
    )
    assert _timecalendar.relative_hull(resolve, _timecalendar.Kind.YEAR) == expected


# -- arguments, lexicon, parse_time ---------------------------------------------------------


def test_text_must_be_a_string() -> None:
    """A text that is not a str is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        find_times(b"Friday")  # type: ignore[arg-type]


def test_reference_must_be_naive() -> None:
    """An aware reference is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        find_times("Friday", reference=dt.datetime(2018, 12, 19, tzinfo=dt.UTC))


def test_mention_checks_its_fields() -> None:
    """A TimeMention made with a field of the wrong type is an InvalidArgument."""
    with pytest.raises(InvalidArgument):
        TimeMention(span=(0, 3), text="now", timex=None, window=None, duration=None)  # type: ignore[arg-type]


def test_user_lexicon_overrides_a_vague_window(tmp_path: Path) -> None:
    """A newsroom can make "now" mean the next 24 hours."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[time.vague.now]\nto = "PT24H"\n', encoding="utf-8")
    mention = find_times("now", reference=REFERENCE, lexicon=load_lexicon(extra))[0]
    assert mention.window == TimeWindow(earliest=REFERENCE, latest=REFERENCE + DAY)


def test_bad_vague_window_names_file_and_key(tmp_path: Path) -> None:
    """A vague window that is not an ISO 8601 duration is reported with its file and key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[time.vague.now]\nto = "three days"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        find_times("now", lexicon=load_lexicon(extra))
    assert caught.value.path == str(extra)
    assert caught.value.key == "time.vague.now.to"


def test_a_newsroom_can_read_units_ago_exactly(tmp_path: Path) -> None:
    """``ago_spread = 0`` makes "two weeks ago" the very week two back; a negative spread is
    refused with its key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text("[time.durations]\nago_spread = 0\n", encoding="utf-8")
    (mention,) = find_times(
        "two weeks ago", reference=dt.datetime(2031, 1, 20), lexicon=load_lexicon(extra)
    )
    assert mention.window == TimeWindow(
        earliest=dt.datetime(2031, 1, 6), latest=dt.datetime(2031, 1, 13)
    )
    extra.write_text("[time.durations]\nago_spread = -1\n", encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        find_times("two weeks ago", lexicon=load_lexicon(extra))
    assert caught.value.key == "time.durations.ago_spread"


def test_parse_time_reads_one_expression() -> None:
    """parse_time gives the expression that is the whole text, punctuation aside."""
    mention = parse_time(" within 60 days. ", reference=REFERENCE)
    assert mention.text == "within 60 days"


@pytest.mark.parametrize("text", ["hello", "Friday and Saturday", "the Friday meeting", ""])
def test_parse_time_refuses_what_is_not_one_expression(text: str) -> None:
    """parse_time raises NormalizationError for no expression, two, or extra words."""
    with pytest.raises(NormalizationError):
        parse_time(text, reference=REFERENCE)


def test_finding_times_does_not_import_pint() -> None:
    """pint is loaded only when a duration is built, not when the finder is imported."""
    code = "import sys, factcheck._times; print('pint' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


# -- properties -----------------------------------------------------------------------------

TIME_WORDS = [
    "the",
    "last",
    "next",
    "17",
    "years",
    "year",
    "March",
    "22",
    ",",
    "since",
    "until",
    "Friday",
    "a",
    "ago",
    "-",
    "within",
    "60",
    "to",
    "100",
    "days",
    "now",
    "Q3",
    "1990s",
    "mid",
    "early",
    "of",
    "end",
    "2014",
    "Dec.",
    "19",
    "quarter",
    "third",
    "for",
    "ten",
    "twenty",
    "four",
    "hours",
    "a.m.",
    "10:35",
    "'s",
    "half",
    "and",
    "around",
    "more",
    "than",
    "weekend",
    "daily",
]
references = st.none() | st.datetimes(
    min_value=dt.datetime(1, 1, 1), max_value=dt.datetime(9999, 12, 31)
)
time_texts = st.lists(st.sampled_from(TIME_WORDS), max_size=25).map(" ".join)


def _check(text: str, mentions: list[TimeMention]) -> None:
    end = 0
    for mention in mentions:
        assert mention.span.slice(text) == mention.text
        assert mention.span.start >= end
        end = mention.span.end


# The first examples load pint and fill caches: no deadline.
@settings(deadline=None)
@given(st.text(), references)
def test_find_times_never_fails_on_any_text(text: str, reference: dt.datetime | None) -> None:
    """Any text gives sorted, non-overlapping mentions whose spans slice to their text."""
    _check(text, find_times(text, reference=reference))


@settings(deadline=None)
@given(time_texts, references)
def test_find_times_never_fails_on_time_words(text: str, reference: dt.datetime | None) -> None:
    """Any sequence of time words gives well-formed mentions, at any reference date."""
    _check(text, find_times(text, reference=reference))


@settings(deadline=None)
@given(st.text() | time_texts)
def test_parse_time_returns_a_mention_or_refuses(text: str) -> None:
    """parse_time gives a TimeMention or raises NormalizationError, on any text."""
    try:
        mention = parse_time(text, reference=REFERENCE)
    except NormalizationError:
        return
    assert isinstance(mention, TimeMention)


trigger_texts = st.lists(
    st.sampled_from(
        [
            *TIME_WORDS,
            "'til",
            "x'til",
            "Q3",
            "q12",
            "May",
            "may.",
            "é",
            "_",
            "-",
            "9",
            "1999",
            "'90s",
            "12345678",
            "5pm",
        ]
    )
    | st.text(max_size=3),
    max_size=12,
).map("".join)


@settings(deadline=None)  # the first example compiles the grammar
@given(st.text() | trigger_texts | time_texts, st.integers(min_value=0, max_value=40))
def test_trigger_scan_finds_what_the_trigger_patterns_find(text: str, start: int) -> None:
    """The quick scan for triggers finds the first match of the word and digit trigger
    patterns, the digit one when both start at one place."""
    from factcheck._lexicon import default_lexicon
    from factcheck._timegrammar import time_grammar
    from factcheck._timerules import lowered

    grammar = time_grammar(default_lexicon())
    low = lowered(text)
    word = grammar.trigger.search(low, start)
    digit = grammar.digit_trigger.search(low, start)
    expected = (
        digit if word is None or (digit is not None and digit.start() <= word.start()) else word
    )
    found = grammar.next_trigger(low, start)
    assert (found and (found.span(), found.lastgroup)) == (
        expected and (expected.span(), expected.lastgroup)
    )


def test_prefixes_end_only_with_the_codes_listed() -> None:
    """A prefix (read backwards) starts with a code of ``_PREFIX_LAST``: before any other code
    the rules skip looking for one."""
    import itertools

    from factcheck._timegrammar import CODES
    from factcheck._timerules import _PREFIX_LAST, rule_patterns

    prefix = rule_patterns().prefix
    alphabet = sorted({code for codes in CODES.values() for code in codes})
    for size in (1, 2, 3):
        for codes in itertools.product(alphabet, repeat=size):
            found = prefix.match("".join(codes))
            assert found is None or not found.end() or codes[0] in _PREFIX_LAST, codes


def test_found_mentions_pass_their_checks() -> None:
    """The mentions the finder makes without their check would pass it."""
    text = "On Friday, Dec. 19, 2018, within 60 to 100 days, until Iran exits; Tuesday morning."
    mentions = find_times(text, reference=REFERENCE)
    assert mentions
    for mention in mentions:
        attrs.validate(mention)
        assert TimeMention(**attrs.asdict(mention, recurse=False)) == mention
