"""Documents become typed claims with subjects, speakers, windows and places."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import attrs
import pytest

import factcheck
from factcheck import (
    AmountClaim,
    Claim,
    Document,
    EventClaim,
    Hedge,
    InvalidArgument,
    LexiconError,
    Modality,
    Polarity,
    QuoteClaim,
    StatementDateClaim,
    Subject,
    TimeWindow,
    load_lexicon,
)
from factcheck._report._json import claim_json
from factcheck._units import counted_unit, registry

WEDNESDAY = dt.datetime(2031, 3, 5)


def _claims(text: str, published: dt.datetime | None = WEDNESDAY) -> list[Claim]:
    return factcheck.extract(Document(text=text, id="story", published=published))


def _one(claims: list[Claim], kind: type[Claim], words: str) -> Claim:
    found = [c for c in claims if isinstance(c, kind) and words in c.text]
    assert found, f"no {kind.__name__} with {words!r} in {[c.text for c in claims]}"
    return found[0]


@pytest.mark.parametrize(
    "text",
    [
        "Inflation rose by 0.3 percentage points in May.",
        "The Kelder bank cut its rate by 25 basis points.",
    ],
)
def test_the_points_of_a_unit_are_no_score(text: str) -> None:
    """The "points" of "percentage points" and "basis points" are a word of the amount's
    unit, not a count of points scored: the amount has no such subject."""
    (claim,) = [c for c in _claims(text) if isinstance(c, AmountClaim)]
    assert claim.subject is None or "score_point" not in claim.subject.key


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Schools in Kesby will stay closed on Wednesday, the council said.", 9),
        ("The council said the Kesby depot will remain shut on Wednesday.", 9),
        ("Schools in Kesby stayed closed on Wednesday.", 2),
    ],
)
def test_a_participle_after_a_verb_of_staying_shows_no_tense(text: str, day: int) -> None:
    """ "will stay closed on Wednesday", written on a Saturday, is the Wednesday to come:
    "closed" after "stay" is an adjective, not a past form that would make it the one gone
    by; "stayed" is past."""
    (claim, *_) = [c for c in _claims(text, dt.datetime(2033, 3, 5)) if isinstance(c, EventClaim)]
    assert isinstance(claim, EventClaim) and claim.window is not None
    assert claim.window.earliest == dt.datetime(2033, 3, day)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Mara Quill was sworn in as mayor on Monday.", "Monday"),
        ("Mara Quill took office as chief executive in January.", "January"),
        ("The market opened as usual on Monday.", "Monday"),
        # "as" before a clause of its own: its time is that clause's.
        ("The Quorn plant closed as orders slumped in January.", None),
    ],
)
def test_a_role_after_as_keeps_the_time_in_its_clause(text: str, phrase: str | None) -> None:
    """ "as mayor", "as usual" name a role or a manner, not a clause of their own: the time
    after them is the event's."""
    (claim, *_) = [c for c in _claims(text) if isinstance(c, EventClaim)]
    assert isinstance(claim, EventClaim)
    assert claim.time_phrase == phrase


def test_amount_claim_has_subject_speaker_and_place() -> None:
    """'roughly 1,200 Norvik workers at the Belsk mine' is a count with its subject."""
    claims = _claims("Norway's roughly 1,200 soldiers in Mali will stay, the ministry said.")
    claim = _one(claims, AmountClaim, "1,200")
    assert isinstance(claim, AmountClaim)
    assert claim.subject is not None and claim.subject.key == "NO armed forces"
    assert claim.place == "ML"
    assert claim.speaker is not None and claim.speaker.key == "ministry"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # A country named after "the" is a place as one named without it.
        ("Doctors have counted 140 cases in the Philippines.", "PH"),
        ("Doctors have counted 140 cases in the US since March.", "US"),
        # "the US" before a noun is the country's adjective, not a place.
        ("Orvo fired 14 rockets in reply to the US airstrike.", None),
        # A region of a country (``[regions]``) is a place of its own, by its ISO code.
        ("Doctors have counted 140 cases in British Columbia.", "CA-BC"),
        ("Doctors have counted 140 cases in the Northern Territory.", "AU-NT"),
        ("Texas has confirmed 140 cases.", "US-TX"),
        # Places joined by "and" or "or" are one place of their sum; a town and its own
        # country or region is the town's.
        ("Doctors have counted 140 cases in Texas, Ohio and Idaho.", "US-ID+US-OH+US-TX"),
        ("About 140 troops are based in the U.S. or in the U.K. Both said so.", "GB+US"),
        ("Doctors have counted 140 cases in Ontario, Canada.", "CA-ON"),
        # A region's name that goes on, or follows a capitalized word, is a longer name.
        ("Doctors have counted 140 cases near Victoria Park.", None),
        ("About 140 tenants were moved out in New Delhi.", None),
        # A two-word preposition of ``not_places`` tells no place, though it ends in "to".
        ("Doctors counted 140 cases prior to Michigan's vote.", None),
        ("Doctors counted 140 cases, according to Mali.", None),
    ],
)
def test_a_count_is_placed_in_a_country_or_a_region(text: str, place: str | None) -> None:
    """Where a count is counted: a country, also after "the", or a region of one."""
    claim = _one(_claims(text), AmountClaim, "14")
    assert isinstance(claim, AmountClaim) and claim.place == place


@pytest.mark.parametrize(
    "text",
    [
        # A place flooded, or swept by floodwater, is where the flood told of after is.
        "The river burst its banks on Monday, flooding Lowick. The flood killed 14 people.",
        "Floodwater swept through Lowick on Monday. 14 people died in the flood.",
        "The river flooded Lowick on Monday. The flood killed 14 people.",
        # A service named after an incident's kind tells of no incident.
        "Floods hit Lowick. The flood killed 3, the fire service said. 14 homes were damaged.",
    ],
)
def test_a_toll_is_of_the_flood_its_text_placed_before(text: str) -> None:
    claim = _one(_claims(text), AmountClaim, "14")
    assert isinstance(claim, AmountClaim) and claim.subject is not None
    assert claim.subject.key.startswith("Lowick flood ")


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Floods in Dar es Salaam killed 14 people.", "Dar es Salaam flood person"),
        ("Floods in Surigao del Sur killed 14 people.", "Surigao del Sur flood person"),
    ],
)
def test_a_place_s_name_may_hold_a_joining_word(text: str, key: str) -> None:
    """ "es", "del" and the like join the words of one place's name (``joiners``)."""
    claim = _one(_claims(text), AmountClaim, "14")
    assert isinstance(claim, AmountClaim) and claim.subject is not None
    assert claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Turnout in Sunday's local election was 62%.", "the turnout"),
        ("Turnout in the 2031 vote was 62%.", "the turnout"),
        # A place in the phrase: some other turnout than the story's.
        ("Turnout in Dallow was 62%.", None),
    ],
)
def test_a_measure_may_name_the_occasion_it_is_taken_at(text: str, key: str | None) -> None:
    """Words in lowercase, numbers and days between a measure and its level say when it was
    taken, not of what: the level is still the measure's."""
    claim = _one(_claims(text), AmountClaim, "62%")
    assert isinstance(claim, AmountClaim)
    assert (claim.subject.key if claim.subject is not None else None) == key


@pytest.mark.parametrize(
    ("text", "level", "key"),
    [
        # A level reached after a change, in percent or in points.
        ("Portuguese inflation rose 0.3% to 4.1% in March.", "4.1%", "PT inflation"),
        (
            "Portuguese unemployment fell by 0.2 percentage points to 5.1%.",
            "5.1%",
            "PT unemployment",
        ),
        ("Portuguese inflation rose 0.3% in March.", "0.3%", None),  # the change alone
        # A central bank's rate, set by a verb that ends the words saying which rate it is.
        ("Germany's central bank raised interest rates to 4.5%.", "4.5%", "DE interest rate"),
        (
            "The German central bank kept its key rate unchanged at 4.75%.",
            "4.75%",
            "DE interest rate",
        ),
        ("The loan has an interest rate of 6%.", "6%", None),
    ],
)
def test_a_measure_s_level_is_the_percentage_it_reached(
    text: str, level: str, key: str | None
) -> None:
    claim = _one(_claims(text), AmountClaim, level)
    assert isinstance(claim, AmountClaim)
    assert (claim.subject.key if claim.subject is not None else None) == key


def test_the_country_of_a_text_that_names_its_regions() -> None:
    """ "the country" of a text that names regions as places is the regions' country."""
    text = "Doctors counted 40 cases in Texas and 12 in Ohio. There are 300 cases in the country."
    claim = _one(_claims(text), AmountClaim, "300")
    assert isinstance(claim, AmountClaim) and claim.place == "US"


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Voters in Ohio chose Lena Ostrova on Tuesday. She won 14 delegates there.", "US-OH"),
        ("Mali counted 40 cases in Mali. Doctors in Chad said 14 were found there.", "TD"),
        # With no place named before it, "there" is the text's main place.
        ("Doctors found 14 cases there. Mali has closed its schools in Mali.", "ML"),
    ],
)
def test_there_is_the_place_named_last(text: str, place: str) -> None:
    """ "there" is the place named last before it: a region when that is a region."""
    claim = _one(_claims(text), AmountClaim, "14")
    assert isinstance(claim, AmountClaim) and claim.place == place


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A name of one word no lexicon knows that has troops is a country of its own.
        (
            "Envoys from Kesland met. Kesland has about 1,420 troops in Orvo.",
            "Kesland armed forces",
        ),
        # A person's are not an army's.
        ("Ana Lima met envoys. Ana Lima has about 1,420 troops in Orvo.", "armed forces"),
        # An adjective of a name the text writes is of that name.
        (
            "Envoys from Kesland met. About 1,420 Keslandi troops are in Orvo.",
            "Kesland armed forces",
        ),
        ("Envoys met. About 1,420 Keslandi troops are in Orvo.", "Keslandi armed forces"),
    ],
)
def test_troops_a_name_of_no_lexicon_has_are_its_own(text: str, key: str) -> None:
    """ "Kesland has about 1,420 troops": the troops of Kesland, as "the US has" gives."""
    claim = _one(_claims(text), AmountClaim, "1,420")
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    "text",
    [
        "The mine will close in May, one company official said on Monday.",
        "Two Norvik officials said the mine will close in May.",
        "The mine will close in May, says one expert.",
    ],
)
def test_a_count_of_who_spoke_is_no_amount_claim(text: str) -> None:
    """ "two officials said" tells who spoke, not a count the story asserts."""
    assert not [c for c in _claims(text) if isinstance(c, AmountClaim)]


def test_a_count_said_by_a_speaker_is_an_amount_claim() -> None:
    """What the speaker counts is a claim, whoever speaks."""
    claims = _claims("Some 2,500 workers will leave, two company officials said.")
    assert [c.text for c in claims if isinstance(c, AmountClaim)] == ["Some 2,500 workers"]


def test_event_claim_reads_as_its_clause() -> None:
    """An event claim covers its subject, verb phrase and time phrase."""
    claims = _claims("Norwegian troops will leave within 30 to 45 days, an official said.")
    claim = _one(claims, EventClaim, "leave")
    assert claim.text == "Norwegian troops will leave within 30 to 45 days"
    assert isinstance(claim, EventClaim)
    assert claim.window == factcheck.TimeWindow(
        earliest=WEDNESDAY + dt.timedelta(days=30), latest=WEDNESDAY + dt.timedelta(days=45)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Port Averly were never ordered to leave",
        "The town of Port Averly, a village of 900, was evacuated on Monday",
    ],
)
def test_a_place_told_of_by_its_people_or_its_kind_reads_whole(text: str) -> None:
    """The subject is the place, and the claim reads as the sentence tells of it."""
    claim = _one(_claims(f"{text}, the sheriff said."), EventClaim, "Port Averly")
    assert claim.text == text
    assert claim.subject is not None and claim.subject.key == "Port Averly"


def test_event_without_time_takes_its_tense() -> None:
    """'will remain' with no time phrase holds from the reference on."""
    claim = _one(_claims("Norwegian troops will remain in Mali."), EventClaim, "remain")
    assert claim.window == factcheck.TimeWindow(earliest=WEDNESDAY)
    assert isinstance(claim, EventClaim) and not claim.window_stated


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("Norwegian troops will leave Mali by May.", WEDNESDAY, dt.datetime(2031, 6, 1)),
        ("Norwegian troops will leave Mali no later than May.", WEDNESDAY, dt.datetime(2031, 6, 1)),
        ("Norwegian troops had left Mali by Monday.", None, dt.datetime(2031, 3, 4)),
    ],
)
def test_an_event_by_a_date_happens_before_its_end(
    text: str, earliest: dt.datetime | None, latest: dt.datetime
) -> None:
    """ "will leave by May" is due at any time from the reference to the end of May; in the
    past tense, at any time before that end."""
    claim = _one(_claims(text), EventClaim, "left" if "left" in text else "leave")
    assert claim.window == factcheck.TimeWindow(earliest=earliest, latest=latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        (
            "The Kelder plant closed after 6 p.m. on Monday.",
            dt.datetime(2031, 3, 3, 18),
            None,
        ),
        (
            "The Kelder plant closed shortly after 7 p.m. on Monday.",
            dt.datetime(2031, 3, 3, 19),
            dt.datetime(2031, 3, 3, 21),
        ),
        (
            "Shortly after 7:15 p.m. on Monday, the Kelder plant closed.",
            dt.datetime(2031, 3, 3, 19, 15),
            dt.datetime(2031, 3, 3, 20, 16),
        ),
        (
            "The Kelder plant closed before noon on Monday.",
            None,
            dt.datetime(2031, 3, 3, 12, 1),
        ),
    ],
)
def test_an_event_after_or_before_a_time_happens_on_that_side_of_it(
    text: str, earliest: dt.datetime | None, latest: dt.datetime | None
) -> None:
    """ "closed after 6 p.m." happened at 6 p.m. or later, "before noon" at noon or earlier;
    "shortly after" within as long again as the time lasts, an hour at least."""
    claim = _one(_claims(text), EventClaim, "closed")
    assert isinstance(claim, EventClaim) and claim.window_stated
    assert claim.window == factcheck.TimeWindow(earliest=earliest, latest=latest)


@pytest.mark.parametrize(
    ("text", "published"),
    [
        ("Ana Lima will publish her audit report by the end of May.", True),
        ("Tessaro released its annual accounts on Monday.", True),
        ("Ana Lima was released on Monday.", False),
        ("The charity delivered 500 doses of vaccine.", False),
        ("The label released a new album.", False),
    ],
)
def test_only_a_document_is_published(text: str, published: bool) -> None:
    """ "publish", "release" and "deliver" make public only what `objects` of the class in
    events.toml names (a report, findings), not a person or goods."""
    events = [c.event for c in _claims(text) if isinstance(c, EventClaim)]
    assert ("publish" in events) is published


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The Kelder footbridge has stayed shut since the storm.", True),
        ("The Belsk mine has kept running throughout, its owner said.", True),
        ("The Kelder footbridge has stayed shut.", False),
        ("The Kelder footbridge has closed since the storm.", False),
        # "has been closed" tells the state its closing left, whomever it bars.
        ("The Kelder footbridge has been closed to walkers since the storm.", True),
        ("The Kelder footbridge has been closing since the storm.", False),
    ],
)
def test_a_state_held_since_the_story_began_holds_all_along(text: str, stated: bool) -> None:
    """ "has stayed shut since the storm" holds at every moment of the month before the
    story (``[throughout]`` of events.toml); "has closed since" is a change, not a state."""
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim))
    assert claim.window_stated is stated
    if stated:
        assert claim.window == TimeWindow(earliest=dt.datetime(2031, 2, 5), latest=WEDNESDAY)


def test_a_count_by_a_date_is_one_as_of_that_date() -> None:
    """ "40,000 troops by the end of May" counts them then, not all the way there."""
    claim = _one(
        _claims("The goal is to put 40,000 Norwegian troops in Mali by the end of May."),
        AmountClaim,
        "40,000",
    )
    assert claim.window is not None and claim.window.earliest == dt.datetime(2031, 5, 21)


def test_a_count_that_looks_like_a_year_dates_nothing() -> None:
    """ "1200 troops" and "the 2240 attendees" are counts: no statement was made in 1200,
    and nothing happened in 2240; after "since" a number is still a year."""
    claims = _claims("Officials said 1200 troops left in 2019.")
    assert not [c for c in claims if isinstance(c, StatementDateClaim)]
    left = _one(claims, AmountClaim, "1200 troops")
    assert left.window == TimeWindow(
        earliest=dt.datetime(2019, 1, 1), latest=dt.datetime(2020, 1, 1)
    )
    claims = _claims("Organizers said 908 of the 2240 attendees had left.")
    assert all(c.window is None or c.window.earliest != dt.datetime(2240, 1, 1) for c in claims)
    stationed = _one(
        _claims("Since 2014 troops have been stationed there, officials said."),
        EventClaim,
        "stationed",
    )
    assert stationed.window is not None and stationed.window.earliest == dt.datetime(2014, 1, 1)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("In 2019, Norway had 500 soldiers in Mali.", "500 soldiers"),
        ("Norway, in 2019, had 500 soldiers in Mali.", "500 soldiers"),
        ("In 2019, Norwegian troops left Mali.", "troops left"),
        # and the clause that ", and" joins to it, when both tell the past
        (
            "In 2019, the war ended, and Ilse Kelmar, 54, withdrew 500 soldiers from Mali.",
            "500 soldiers",
        ),
    ],
)
def test_a_time_set_off_before_its_clause_dates_the_claim(text: str, words: str) -> None:
    """A time set off by a comma before a clause ("In 2019, …") is the clause's time."""
    claim = _one(_claims(text), AmountClaim if "soldiers" in words else EventClaim, words)
    assert claim.window == factcheck.TimeWindow(
        earliest=dt.datetime(2019, 1, 1), latest=dt.datetime(2020, 1, 1)
    )


@pytest.mark.parametrize(
    ("text", "past"),
    [
        (
            "The ferry, which had 298 passengers on board when it struck the reef, remains stuck.",
            True,
        ),
        ("The ferry has 298 passengers on board.", False),
        # Not those aboard: a count told as past at no time may be of any time.
        ("The ferry company had 298 employees.", False),
    ],
)
def test_those_aboard_the_storys_vehicle_told_as_past_were_aboard_before(
    text: str, past: bool
) -> None:
    """Those aboard the one vehicle a story tells of were aboard on its trip: told as past at
    no time of their own, before the story (not at its present, as other counts)."""
    claim = _one(_claims(text), AmountClaim, "298")
    assert claim.window is not None
    assert (claim.window.earliest is None and claim.window.latest == WEDNESDAY) == past


@pytest.mark.parametrize(
    "text",
    [
        # a later clause, after its own break
        "In 2019, the army withdrew, but 2,000 Norwegian soldiers remain in Mali.",
        # a time inside the clause before, not set off from it
        "The war ended in 2019, and 2,000 Norwegian soldiers remain in Mali.",
        # a clause joined by ", and" that tells the present
        "In 2019, the war ended, and 2,000 Norwegian soldiers remain in Mali.",
    ],
)
def test_a_time_of_another_clause_does_not_date_the_claim(text: str) -> None:
    """Only the clause right after a time set off by a comma takes it."""
    claim = _one(_claims(text), AmountClaim, "2,000")
    assert claim.window is not None and claim.window.earliest == WEDNESDAY


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Solt council approved the plan that will take effect next year.", "approved"),
        ("Acme closed the Belsk plant that opened in 1998.", "closed"),
        ("Aukland approved the raids on the depot that took place in March.", "approved"),
    ],
)
def test_a_time_of_a_relative_clause_is_its_own(text: str, words: str) -> None:
    """A "that" before a verb opens a relative clause: its time dates that clause's event,
    not the event of the noun it describes."""
    claim = _one(_claims(text), EventClaim, words)
    assert claim.window == TimeWindow(earliest=None, latest=WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # Looking back, a relative clause is part of the clause it describes a noun of.
        ("In 2019 she survived an ambush that left six soldiers dead.", "six soldiers"),
        # ", killing 120 people" tells more of the clause before it.
        ("An earthquake struck Kesland in 2019, killing at least 120 people.", "120 people"),
        # Amounts joined by "and" are one object of one verb.
        ("In 2019 the plant made 300 cars and 40 trucks.", "40 trucks"),
        ("The storm destroyed 70 homes, 40 schools and 12 hospitals in 2019.", "70 homes"),
        # The comma that closes a date with a comma in it breaks no clause.
        ("The ferry sank on Friday, March 1, 2019, with 240 people aboard.", "240 people"),
    ],
)
def test_an_amount_takes_the_time_of_the_clause_it_is_part_of(text: str, words: str) -> None:
    """A relative or participle clause happens when the clause it tells more of does, and
    each amount of a list when its verb does."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.window is not None and claim.window.earliest is not None
    assert claim.window.earliest.year == 2019


def test_a_participle_happens_when_the_clause_it_tells_more_of_does() -> None:
    """ "ran for the council in 2019, winning by 108 votes": the winning was in 2019."""
    claims = _claims("Ana Lima ran for the Kelder council in 2019, winning by 108 votes.")
    claim = _one(claims, EventClaim, "winning")
    assert claim.window is not None and claim.window.earliest is not None
    assert claim.window.earliest.year == 2019


@pytest.mark.parametrize(
    ("text", "words", "tense"),
    [
        ("Protesters gathered outside the ministry, blocking its gates.", "blocking", "past"),
        ("Ana Lima served on the council until 2018, resigning over the budget.", "resigning",
         "past"),
        ("The strike is spreading, closing schools across Kelder.", "closing", "present"),
        # Joined by "and" to the participle right after the comma.
        ("The minister flew to Kelder, touring the port and visiting the wounded.", "visiting",
         "past"),
        # After "after", "before" or "since", with the clause it times.
        ("Ana Lima served one term before losing the seat to Ivo Marsh.", "losing", "past"),
        ("The talks paused for a week, before resuming in late March.", "resuming",
         "past"),
        ("After winning the vote, Ana Lima thanked her staff.", "winning", "past"),
        ("Ivo Marsh has been active since returning home from Kelder.", "returning", "past"),
        ("Ana Lima will speak after visiting the port.", "visiting", "present"),
        ("The rules let ships fly the flag, visiting ports freely.", "visiting", "present"),
    ],
)  # fmt: skip
def test_a_participle_after_a_comma_has_the_tense_of_the_words_before(
    text: str, words: str, tense: str
) -> None:
    """ "gathered outside the ministry, blocking its gates": the blocking is past too."""
    claim = _one(_claims(text), EventClaim, words)
    assert isinstance(claim, EventClaim)
    assert claim.tense.value == tense


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("About 1,960 nurses walked out on Monday.", "1,960", "the walkout: nurse"),
        ("Some 600 teachers have gone on strike.", "600", "the walkout: teacher"),
        (
            "The trust said 2,310 outpatient appointments were cancelled on Monday.",
            "2,310",
            "the cancellation: outpatient appointment",
        ),
        (
            "It said the 2,130 outpatient appointments cancelled on Monday were the start.",
            "2,130",
            "the cancellation: outpatient appointment",
        ),
        ("The dairy has recalled 14 batches of butter.", "14", "the recall: batch"),
        ("Kesh Air grounded all 14 aircraft on Sunday.", "14", "the grounding: aircraft"),
        # What the count is of may stand between it and the verb.
        ("Some 14 batches of butter were recalled.", "14", "the recall: batch"),
        ("About 300 members of the union walked out.", "300", "the walkout: member"),
        # No happening: a negation between, a count after a preposition, a doer of another
        # verb, an active verb with an object of its own.
        ("About 400 appointments were not cancelled.", "400", "appointment"),
        ("Patients in 12 clinics were recalled on Monday.", "12", "clinic"),
        ("About 300 nurses said the talks were cancelled.", "300", "nurse"),
        ("Some 30 doctors cancelled appointments on Monday.", "30", "doctor"),
        ("About 300 members of the union said the talks were cancelled.", "300", "member"),
    ],
)
def test_a_count_a_happening_was_done_to_or_by_is_the_storys_happenings(
    text: str, words: str, key: str
) -> None:
    """A count that is the subject or object of a verb of ``[happenings]`` counts those "the"
    happening of its story was done by or done to, keyed by the happening and what it
    counts."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("About 9,000 litres of diesel fuel leaked into the canal.", "9,000 litres",
         "the leak: fuel"),
        ("Some 40 tonnes of crude oil have spilled into the bay.", "40 tonnes",
         "the leak: oil"),
        ("Customs officers seized 250 kg of heroin at Norvik.", "250 kg", "the seizure: heroin"),
        ("About 250 kilograms of heroin were seized at Norvik.", "250 kilograms",
         "the seizure: heroin"),
        # Of no happening: what a tank holds, how far a path runs.
        ("The tank holds 9,000 litres of diesel fuel.", "9,000 litres", None),
        ("Walkers covered 12 km of trail.", "12 km", None),
    ],
)  # fmt: skip
def test_a_measure_of_a_substance_a_happening_befell_is_the_storys_happenings(
    text: str, words: str, key: str | None
) -> None:
    """ "9,000 litres of diesel fuel leaked": the fuel of "the" leak its story tells of,
    keyed by the happening and the substance's last noun."""
    claim = _one(_claims(text), AmountClaim, words)
    assert (claim.subject.key if claim.subject is not None else None) == key


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("The dairy has recalled 14 batches of butter.", True),
        ("The dairy recalled 14 batches of butter.", True),
        ("The dairy will recall 14 batches of butter.", False),
        # The verb may follow the count.
        ("Some 14 batches were recalled.", True),
        ("Some 14 batches will be recalled.", False),
        # Not a happening's: a count told in the present perfect may be of now.
        ("The dairy has 14 batches of butter in store.", False),
    ],
)
def test_a_count_of_a_happening_told_as_past_or_perfect_is_of_before_the_story(
    text: str, past: bool
) -> None:
    """Those a happening of the story was done to, told as past or in the present perfect at
    no time of their own, were counted before the story."""
    claim = _one(_claims(text), AmountClaim, "14")
    assert claim.window is not None
    assert (claim.window.earliest is None and claim.window.latest == WEDNESDAY) == past


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("A small ferry carrying 236 people ran aground off Kesh.", "the ship: aboard person"),
        ("The ferry struck the reef with more than 250 people aboard.", "the ship: aboard person"),
        ("The ferry had 187 passengers and 14 crew on board.", "the ship: aboard passenger"),
        ("There were ten passengers aboard the aircraft.", "the plane: aboard passenger"),
        # What a vehicle may hold, another vehicle, and no vehicle at all.
        ("The ferry is allowed to carry up to 380 passengers.", "passenger"),
        ("A second boat carrying 40 people sank off Kesh.", "person"),
        ("About 3,000 people live on the island of Kesh.", "person"),
        # All it has carried, trip after trip: the ferry's, not those aboard.
        ("The ferry has carried some 5,400 passengers since Friday.", "the ferry: passenger"),
        ("The ferry carried 5,400 passengers since it began sailing.", "the ferry: passenger"),
    ],
)
def test_a_count_aboard_is_of_the_vehicle_its_story_tells_of(text: str, key: str) -> None:
    """People counted aboard a vehicle ("carrying 236 people", "with 250 people aboard") are
    those aboard "the" vehicle of the story, keyed by its kind (``[vehicles]``)."""
    claim = _one(_claims(text), AmountClaim, "")  # the first count
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # Told right after the place's name, or after "population of" and the name; an
        # estimate, whatever noun counts the people, read as "about" when it has no hedge.
        ("Rain hit Lowick, a town of 12,000 people, on Monday.", 10_800, 13_200),
        ("Rain hit Lowick, a coastal town of about 12,000 residents.", 10_800, 13_200),
        ("Rain hit Lowick, home to 21,000 inhabitants, on Monday.", 19_000, 23_000),
        ("It rained in Lowick. Lowick has a population of 15,000.", 13_500, 16_500),
        ("It rained in Lowick. Lowick's population of 15,000 is ageing.", 13_500, 16_500),
        ("It rained in Lowick. The population of Lowick is 15,000.", 13_500, 16_500),
        ("In Lowick, a village of 900, the school shut.", 810, 990),
        # "The town" after a sentence that told of the place.
        (
            "Rain swept through Lowick. The town, home to 21,000 people, was cut off.",
            19_000,
            23_000,
        ),
    ],
)
def test_a_count_of_those_who_live_in_a_place_is_its_population(
    text: str, low: int, high: int
) -> None:
    """How many live in a place a text names is the place's population, a count of people
    (``[populations]`` of subjects.toml), compared as an estimate."""
    claim = _one(_claims(text), AmountClaim, "")
    assert isinstance(claim, AmountClaim)
    assert claim.subject is not None and claim.subject.key == "Lowick: population"
    assert claim.part is None
    assert claim.amount.low.units == claim.amount.high.units == counted_unit("person")
    assert (claim.amount.low.magnitude, claim.amount.high.magnitude) == (low, high)


def test_a_population_s_hedge_must_be_one_of_hedges_toml(tmp_path: Path) -> None:
    extra = tmp_path / "lexicon.toml"
    extra.write_text('[subjects.populations]\nhedge = "roughly"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        factcheck.extract(
            "Rain hit Lowick, a town of 900.", published=WEDNESDAY, lexicon=load_lexicon(extra)
        )
    assert caught.value.key == "subjects.populations.hedge"


@pytest.mark.parametrize(
    "text",
    [
        "Rain hit Lowick, home to 900 sheep.",  # not people
        "Rain hit Lowick, where 12,000 people live.",  # no phrase of a population
        "Rain hit the town of 12,000 people.",  # no place named
        "The rest of Lowick, a town of 12,000 people, stayed dry.",
        "Rain swept through Portugal. The town, home to 12,000 people, was cut off.",  # a country
    ],
)
def test_other_counts_are_no_population(text: str) -> None:
    keys = [c.subject.key for c in _claims(text) if isinstance(c, AmountClaim) and c.subject]
    assert not any(key.endswith(": population") for key in keys) or "rest" in text


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The merger will eliminate some 1,300 jobs.", "the merger: job"),
        ("Officials say the merger would eliminate close to 640 jobs.", "the merger: job"),
        ("The joint system will operate nine hospitals.", "the system: hospital"),
        (
            "Ana Lima said the merged system's seven hospitals would share staff.",
            "the system: hospital",
        ),
        # Any number of a kind, a body that the text may name, a place one story may tell
        # of several of: whose, not known.
        ("The mergers will eliminate some 1,300 jobs.", "job"),
        ("The company will eliminate some 1,300 jobs.", "job"),
        ("The state's 37 delegates will be awarded on Saturday.", "member"),
        # No verb of possession: not the thing's.
        ("The merger left 1,300 jobs unfilled.", "job"),
        # A count joined to its noun is of the head after it ("the seven-carriage train").
        ("The seven-carriage train left at 17:40.", "the train: carriage"),
        ("The train's eight carriages left the rails.", "the train: carriage"),
        ("The clinic has 30 beds.", "the clinic: bed"),
        # Of a compound noun that ends the phrase, its last noun; never a verb after it.
        ("The 40-bed isolation unit at Lindmoor General is full.", "the unit: bed"),
        ("The 300-seat theatre opened at noon.", "the theatre: seat"),
        # Only "the" right before the count makes the thing "the" one.
        ("Talks on the merger opened as a five-person panel met.", "person"),
        ("The senator received two-thirds of the votes.", "vote"),
        ("The 40-bed isolation unit of the hospital is full.", "the unit: bed"),
        # A name's thing that has the count, in a clause of its own.
        ("Lindmoor General's isolation unit, which has 24 beds, is full.", "the unit: bed"),
        # What it carries, also in a clause of its own.
        ("The bridge carries some 27,000 vehicles a day.", "the bridge: vehicle"),
        (
            "The bridge, which normally carries 52,000 vehicles a day, is shut.",
            "the bridge: vehicle",
        ),
    ],
)
def test_a_count_no_name_has_is_of_the_one_thing_that_has_it(text: str, key: str) -> None:
    """A count that "the" one thing of its story has, by a verb of ``possession`` or in the
    possessive ("the merger would eliminate 640 jobs", "the merged system's seven
    hospitals"), is that thing's, keyed by its noun (``the merger: job``)."""
    claim = _one(_claims(text), AmountClaim, "")  # the first count
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "words", "mood"),
    [
        ("The merged company will run 11 hospitals and 40 clinics.", "40 clinics", "future"),
        # "and" before a clause of its own joins no amounts.
        ("Three people will be moved and 14 were hurt.", "14", None),
        # Commas alone join a list only when "and" or "or" ends it.
        ("Turnout will be about 71%, some 25% higher than in 2019.", "some 25%", None),
    ],
)
def test_amounts_joined_by_and_share_their_mood(text: str, words: str, mood: str | None) -> None:
    """A "will" before the first amount of a list looks ahead for each of them."""
    claim = _one(_claims(text), AmountClaim, words)
    assert isinstance(claim, AmountClaim) and claim.mood == mood


def test_homes_destroyed_are_a_toll_of_the_incident() -> None:
    """Homes an incident destroyed are counted as its toll is: of the incident and its place,
    a count that grows with the news (``[growing_parts]``)."""
    claim = _one(
        _claims("A wildfire near Lowick destroyed more than 300 homes on Tuesday."),
        AmountClaim,
        "300",
    )
    assert isinstance(claim, AmountClaim) and claim.subject is not None
    assert (claim.subject.key, claim.part) == ("Lowick fire home", "destroyed")


def test_a_toll_is_owned_by_the_incident_and_place_its_sentence_names() -> None:
    """A count of the dead with no owner belongs to the incident its sentence names, in the
    place nearest to it."""
    toll = _one(_claims("The storm killed nine people in Averly on Tuesday."), AmountClaim, "nine")
    assert toll.subject == Subject(
        key="Averly storm person", text="nine people", owner="Averly storm"
    )
    assert toll.place == "Averly"


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        # A count of all (no part) keeps no owner.
        ("The storm kept 900 people in Averly indoors.", "900", None),
        # A name after no word of [scenes] is no place: "said on Twitter".
        ("The fire service said on Twitter the fire injured two adults.", "two adults", None),
        # "Another" storm is not the one told of before: which one, the text does not say.
        ("Another deadly storm killed nine people in Averly on Tuesday.", "nine", None),
        # A storm known by its name owns its toll where the sentence names no place; a storm
        # with no name, or a time after the word, does not.
        (
            "Typhoon Kerrin, which killed over 6,000 people in 2009, was worse.",
            "6,000",
            "Typhoon Kerrin",
        ),
        ("The storm Tuesday killed five people.", "five", None),
        # "New" of a name is no other incident.
        ("In New Averly a shooting killed nine people on Tuesday.", "nine", "New Averly shooting"),
        # A count told of places joined by "and" is their sum, no one place's; a place and
        # its country are one place.
        ("The storm killed 12 people in Averly and Kesh on Tuesday.", "12", None),
        ("Blasts in Tarsk, Kesland, and Orvo, Valmor, killed 110 people.", "110", None),
        ("Blasts in Tarsk and in Orvo killed 110 people.", "110", None),
        ("The storm killed 12 people in Averly, Kesland, on Tuesday.", "12", "Averly storm"),
        # The place a noun of [scenes] names after "of", not the adjective before the noun.
        (
            "A shelling of the market in the Valdorian town of Kesh killed 27 people.",
            "27 people",
            "Kesh airstrike",
        ),
        ("The storm struck the northern city of Orvo, killing 12 people.", "12", "Orvo storm"),
        # The people of a place name it too, opening the sentence or not; a strike that
        # kills is an attack's.
        (
            "Residents of Kesh mourned the dead of the strike, which killed 16 people.",
            "16 people",
            "Kesh airstrike",
        ),
        (
            "On Sunday, residents of Kesh mourned those the strike killed, 19 people.",
            "19 people",
            "Kesh airstrike",
        ),
        # A sentence that names no incident counts the toll of the one the story names…
        (
            "Storm Halvard flattened houses. As of Tuesday, 14 people had been confirmed dead.",
            "14 people",
            "Storm Halvard",
        ),
        # … not when it names two, or tells of another.
        (
            "Storm Halvard hit Kesh. Typhoon Ida hit Orvo. On Tuesday, 14 people had died.",
            "14 people",
            None,
        ),
        ("Storm Halvard hit Kesh. Another storm hit Orvo. Since then, 14 people died.", "14", None),
        # A title before a name and a number names something else than a storm.
        ("Fans came to Storm Area 51. Police said one person was injured.", "one person", None),
        # A fire's name comes before its word; "the fire" is the one the story named.
        (
            "The Ridge Fire grew. On Tuesday the fire killed three people, police said.",
            "three people",
            "Ridge Fire",
        ),
        ("The Ridge Fire grew. As of Tuesday, 14 people had died.", "14 people", "Ridge Fire"),
        (
            "The Ridge Fire grew. Embers started new fires. The fire killed three people.",
            "three people",
            "Ridge Fire",
        ),
        (
            "The Corvel County Fire Protection District said the fire injured two people.",
            "two people",
            None,
        ),
        # A sentence that names the incident and no place: the place an earlier sentence
        # gave an incident of its kind, and the people of a place name it after "of the".
        (
            "Floods hit the Belsk Valley on Sunday. Eleven people died in the flooding.",
            "Eleven people",
            "Belsk Valley flood",
        ),
        (
            "Residents of the Belsk Valley cleared mud after the flood. Nine died in the flooding.",
            "Nine",
            "Belsk Valley flood",
        ),
        # "opened fire" tells of no fire.
        ("Police opened fire in Averly on Monday, and 12 people died.", "12 people", None),
        # Ordered to evacuate, people are displaced, as the dead are killed.
        (
            "The Flint Ridge Fire grew. About 9,400 people were ordered to evacuate on Sunday.",
            "9,400",
            "Flint Ridge Fire",
        ),
        # A sentence that names no incident, nor a time of its own, counts the toll of the
        # one incident the sentence before it tells of, in its paragraph …
        ("A storm hit Averly on Monday. Twelve people died.", "Twelve people", "Averly storm"),
        (
            "A fire swept a hotel in Orvo, Kesland, on Monday. Nine people were injured.",
            "Nine people",
            "Orvo fire",
        ),
        # … not of one told of beside another incident or in two places, nor when it tells
        # a time of its own ("In 2030": a year's count).
        ("A storm hit Averly and a fire hit Kesh. Twelve people died.", "Twelve people", None),
        (
            "The bombings killed 24 people in Averly and 10 in Kesh. Over 500 were injured.",
            "500",
            None,
        ),
        ("A crash shut the road in Averly. In 2030, 75 people died.", "75 people", None),
        # What befell an incident names it after "of the"; a person after "of" does not.
        (
            "The review of the collapse of the Kelder footbridge opened. It killed one"
            " man, and nine other people were injured.",
            "nine other people",
            "Kelder collapse",
        ),
        (
            "Protests followed the shooting of Ada Lane. Two people were injured.",
            "Two people",
            None,
        ),
        # In a story of one incident, a count in a later paragraph that names none, and no
        # time, is of the incident its first paragraph tells of, past a dateline …
        ("A storm hit Averly on Monday.\n\nTwelve people died.", "Twelve people", "Averly storm"),
        (
            "KESH — A strong earthquake struck Averly on Monday, officials said.\n\nRescuers"
            " worked through the night. Twelve people have died, the mayor said.",
            "Twelve people",
            "Averly earthquake",
        ),
        (
            "A measles outbreak in Averly has closed 14 schools.\n\nTwo children have died.",
            "Two children",
            "Averly outbreak",
        ),
        # … not in a story that tells of another incident too, nor after a sentence that
        # tells a time of its own.
        (
            "A storm hit Averly on Monday.\n\nA fire broke out in Kesh. Rescuers came."
            " Twelve people have died.",
            "Twelve people",
            None,
        ),
        (
            "A plane crashed in Averly on Monday.\n\nThe same plane was damaged in Kesh in"
            " May 2019. One passenger was injured.",
            "One passenger",
            None,
        ),
        # A country in the possessive before the incident is its place.
        ("Peru's worst floods in decades have killed 40 people.", "40 people", "PE flood"),
        # A place a distance is told from is not where it struck.
        (
            "At least 12 people died when the quake struck 40 kilometres north of the town"
            " of Kesh.",
            "12 people",
            None,
        ),
        # "to storm" is a verb, and tells of no storm.
        (
            "Protesters tried to storm the parliament in Averly, and fourteen officers were"
            " injured.",
            "fourteen officers",
            None,
        ),
    ],
)
def test_whose_toll_a_count_is(text: str, words: str, owner: str | None) -> None:
    """The owner a count of the dead or injured gets, or none when the sentence does not say
    which incident it is of."""
    toll = _one(_claims(text), AmountClaim, words)
    assert toll.subject is not None and toll.subject.owner == owner


@pytest.mark.parametrize(
    ("text", "window"),
    [
        (
            "Residents of Kesh mourned the dead of the February strike, which killed 16 people.",
            TimeWindow(earliest=dt.datetime(2031, 2, 1), latest=dt.datetime(2031, 3, 1)),
        ),
        (
            "Residents of Kesh mourned the dead of Sunday's strike, which killed 16 people.",
            TimeWindow(earliest=dt.datetime(2031, 3, 2), latest=dt.datetime(2031, 3, 3)),
        ),
        (
            "Residents of Kesh mourned the dead of the strike on Sunday, which killed 16 people.",
            TimeWindow(earliest=dt.datetime(2031, 3, 2), latest=dt.datetime(2031, 3, 3)),
        ),
    ],
)
def test_a_toll_is_of_the_time_its_incident_is_told_at(text: str, window: TimeWindow) -> None:
    """A toll whose clause gives no time is of the time written against its incident's words:
    "the February strike, which killed 16 people" counts February's dead."""
    toll = _one(_claims(text), AmountClaim, "16")
    assert toll.window == window


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "At least 12 people died when the storm hit Surigao del Sur on Tuesday.",
            "Surigao del Sur",
        ),
        ("The fire killed three people in Vila Nova da Serra.", "Vila Nova da Serra"),
    ],
)
def test_a_place_named_with_a_joiner_is_one_place(text: str, place: str) -> None:
    """The small words inside a place's name ("del", "da": ``joiners`` of speakers.toml)
    keep it one name: the toll is of the place as named, not of its first word."""
    toll = _one(_claims(text), AmountClaim, "people")
    assert toll.place == place


def test_a_newsroom_can_add_incidents(tmp_path: Path) -> None:
    """An incident a newsroom adds owns tolls as ours do; a list that is not one is an error
    naming its key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[subjects.incidents]\nheat = ["heatwave"]\n', encoding="utf-8")
    text = "The heatwave killed 40 people in Averly last week."
    document = Document(text=text, id="story", published=WEDNESDAY)
    claim = _one(factcheck.extract(document, lexicon=load_lexicon(extra)), AmountClaim, "40")
    assert claim.subject is not None and claim.subject.owner == "Averly heat"
    extra.write_text('[subjects.incidents]\nheat = "heatwave"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        factcheck.extract(document, lexicon=load_lexicon(extra))
    assert caught.value.key == "subjects.incidents.heat"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Kesh City Council met. Councillors rejected the hospital amendment.",
            "Kesh City Council: amendment",
        ),
        (
            "Kesh City Council met. The councillors rejected the hospital amendment.",
            "Kesh City Council: amendment",
        ),
        # With no council named, they are the members of its story's council.
        ("Councillors rejected the hospital amendment.", "the council: amendment"),
        # The members of a body a name owns act for it, as "the Kelder County commission" does.
        ("Kelder County commissioners rejected the budget.", "Kelder County: commission: budget"),
    ],
)
def test_members_act_for_the_body_the_text_named(text: str, key: str | None) -> None:
    """ "Councillors" (``[members]``) stand for the one council the text named, as "the
    council" does, and for its story's council when it named none."""
    claim = _one(_claims(text), EventClaim, "rejected")
    assert (claim.subject.key if claim.subject else None) == key


def test_members_of_no_body_are_an_error(tmp_path: Path) -> None:
    """A table of ``[members]`` names a body of ``[bodies]``; another is an error naming its
    key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[subjects.members]\nsenate = ["senators"]\n', encoding="utf-8")
    document = Document(text="Senators left.", id="story", published=WEDNESDAY)
    with pytest.raises(LexiconError, match="not a body") as caught:
        factcheck.extract(document, lexicon=load_lexicon(extra))
    assert caught.value.key == "subjects.members.senate"


def test_a_that_of_a_time_opens_no_clause() -> None:
    """ "fell that fall": the "that" of a time expression opens no relative clause, though
    "fall" is a verb too, and the season is the time of the fall in prices."""
    claims = _claims("Norvik's share price fell that fall, traders said.", dt.datetime(2031, 11, 5))
    claim = _one(claims, EventClaim, "fell")
    assert [c.text for c in claims if isinstance(c, EventClaim)] == ["fell that fall"]
    assert claim.window == TimeWindow(
        earliest=dt.datetime(2031, 9, 1), latest=dt.datetime(2031, 12, 1)
    )


def test_a_since_of_a_time_opens_no_clause() -> None:
    """ "has stayed shut since February 4": the "since" that opens a time expression opens no
    clause of its own, so the state holds from that time to the story's."""
    claims = _claims("The Averly bridge has stayed shut since February 4, the council said.")
    claim = _one(claims, EventClaim, "stayed shut")
    assert claim.text == "The Averly bridge has stayed shut since February 4"
    assert claim.window == TimeWindow(earliest=dt.datetime(2031, 2, 4), latest=WEDNESDAY)
    # A "since" that opens a clause still ends the one before it: the state has held since
    # the happening it tells of, over the month before the story (``[throughout]``).
    claims = _claims("The Averly bridge has stayed shut since the river rose on February 4.")
    claim = _one(claims, EventClaim, "stayed shut")
    assert claim.window == TimeWindow(earliest=dt.datetime(2031, 2, 5), latest=WEDNESDAY)
    assert claim.text == "The Averly bridge has stayed shut since the river rose on February 4"


@pytest.mark.parametrize(
    ("text", "claim_text", "polarity"),
    [
        ("No Valdorian troops will remain in Mali.", "No Valdorian troops will remain", "negative"),
        (
            "None of the Norvik workers will leave.",
            "None of the Norvik workers will leave",
            "negative",
        ),
        ("Norvik workers will not leave.", "Norvik workers will not leave", "negative"),
        # An answer, not a subject's word.
        ("Norvik workers fear it. No they cannot go back.", "they cannot go back", "negative"),
    ],
)
def test_a_subject_opened_by_no_denies_its_event(text: str, claim_text: str, polarity: str) -> None:
    """ "No troops will remain" says that none will (``[denied_subjects]`` of events.toml),
    and "No" is no word of the owner's name."""
    claim = _one(_claims(text), EventClaim, claim_text)
    assert claim.text.endswith(claim_text)
    assert claim.polarity.value == polarity
    assert claim.subject is not None and claim.subject.owner in ("Valdorian", "Norvik")


def test_pronoun_subject_resolves_to_the_troops() -> None:
    """'they're coming back now' is about the troops just mentioned."""
    claims = _claims(
        "“It is time for our Norwegian troops to come home,” she said. “They're coming back now.”"
    )
    claim = _one(claims, EventClaim, "coming back now")
    assert claim.subject is not None and claim.subject.key == "NO armed forces"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "All" before a count of "its" or "the" ones counts every one of them.
        (
            "Kelmar Town residents were told to leave. The order emptied the town of all 5,100"
            " of its residents.",
            "Kelmar Town resident",
        ),
        # Without "all", a count of "its" ones is a part of them: no subject of its own.
        (
            "Kelmar Town residents were told to leave. The order moved 1,100 of its residents.",
            None,
        ),
        # "Its" after another name in its sentence is not the owner of what was told before.
        (
            "Kelmar Town residents were told to leave. No Tarrow Party candidates were elected,"
            " and the party lost all 5 of its residents.",
            "resident",
        ),
    ],
)
def test_all_of_a_count_of_its_ones_counts_them(text: str, key: str | None) -> None:
    """ "all 5,100 of its residents" are the residents, as "all 5,100 residents" are; "1,100
    of its residents" are only some of them."""
    claim = _one(_claims(text), AmountClaim, "of its residents")
    assert (claim.subject.key if claim.subject is not None else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "Dozens of", "hundreds of": how many, not a part of those named after "of".
        ("Dozens of British soldiers died in the fighting.", "GB armed forces"),
        ("Hundreds of Kesh workers lost their jobs when Kesh Mills shut.", "Kesh employee"),
        # A name's own ones after "of" are a part of them.
        ("Three of Kesh Mills' workers were hurt. Kesh Mills has 300 workers.", None),
        ("Three of Kesh's workers were hurt. Kesh has 300 workers.", None),
    ],
)
def test_a_vague_count_of_a_named_kind_is_of_them(text: str, key: str | None) -> None:
    """A count "of" a capitalized word is a part only of what a name owns ("three of Kesh's
    workers"): "dozens of British soldiers" are British soldiers."""
    claim = _one(_claims(text), AmountClaim, "workers" if "workers" in text else "soldiers")
    assert (claim.subject.key if claim.subject is not None else None) == key


@pytest.mark.parametrize(
    ("text", "event", "key"),
    [
        # A verb phrase joined by "and" to one before it is its subject's.
        ("The ballot opens on Monday and closes on Friday.", "close", "the ballot"),
        ("The plant opened in 1968 and will close in June.", "close", "the plant"),
        # The people a thing is for, in the plural possessive, do not make it another.
        ("The members' ballot closes on Friday.", "close", "the ballot"),
        ("The women's ward will stay closed until Friday.", "close", "the ward"),
        # What was done to it, set off by commas, stands between it and its verb.
        (
            "Lena Voss said that the ward, closed since the outbreak, would reopen on Friday.",
            "open",
            "the ward",
        ),
        # Measures take effect and are lifted as places open and close.
        ("The curfew took effect at midnight.", "begin", "the curfew"),
        # A word that tells one of its kind from another keys it.
        ("The new plant will open in June.", "open", "the new plant"),
        ("The second ballot closes on Friday.", "close", "the second ballot"),
    ],
)
def test_the_one_thing_an_event_is_of(text: str, event: str, key: str) -> None:
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim) and c.event == event)
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "participle", "key"),
    [
        # A participle after the clause it adds to is done by the subject that opens it.
        (
            "The Kelder plant reopened on Tuesday, ending the strike.",
            "ending",
            "Kelder: plant: strike",
        ),
        ("Elena Zelden has won the vote, defeating Ana Lima.", "defeating", "Elena Zelden"),
        # Not when it may be another verb's, or add to a noun set off with it.
        ("Most voters felt Elena Zelden did better, defeating Ana Lima.", "defeating", None),
        ("The board said Kesh Mining, approving the budget, would grow.", "approving", None),
    ],
)
def test_a_participle_after_a_clause_is_done_by_its_subject(
    text: str, participle: str, key: str | None
) -> None:
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim) and participle in c.text)
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # What it does, told by a present participle, stands between it and its verb.
        ("The curfew covering all of Penwick stayed in place until Sunday.", "the curfew"),
        ("The ban covering the valley will remain in force until June.", "the ban"),
        # Not a clause of its own in those words.
        ("The ban covering the valley said it will remain in force until June.", None),
        # Who lifts a measure does not own it; a possessive says whose it is.
        ("Police lifted the overnight curfew on Monday.", "the curfew"),
        ("The council lifted its curfew on Monday.", "the council: curfew"),
    ],
)
def test_a_measure_is_the_one_of_its_story(text: str, key: str | None) -> None:
    """A measure of ``[measures]`` ("the curfew") is "the" one of its story, whoever acts on
    it, and a participle that tells what it does does not part it from its verb."""
    [claim] = [c for c in _claims(text) if isinstance(c, EventClaim)]
    assert (claim.subject.key if claim.subject else None) == key


def test_they_is_not_what_their_own_possessive_opens() -> None:
    """ "their cars" belongs to whoever "they" are, so it is not what "they" stands for."""
    claims = _claims("The residents sleep in their cars because they will leave the town.")
    claim = _one(claims, EventClaim, "leave")
    assert claim.subject is not None and claim.subject.key == "resident"


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Jobs will go when the Averly plant closes in the autumn of 2032.", Modality.ASSERTED),
        ("Jobs will go when the Averly plant closes next year.", Modality.ASSERTED),
        ("Jobs will go once the Averly plant closes.", Modality.CONDITIONAL),
    ],
)
def test_a_dated_time_clause_takes_its_event_as_given(text: str, modality: Modality) -> None:
    """ "when the plant closes in the autumn" tells when it closes; "once it closes" alone
    tells of a time that may not come."""
    claim = _one(_claims(text), EventClaim, "closes")
    assert isinstance(claim, EventClaim) and claim.modality is modality


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        (
            "The Averly School District met. It adopted the district's $377 million budget.",
            "$377 million",
            "Averly School District budget",
        ),
        (
            "The Harwick Nurses Association met. The union's 2,600 members voted.",
            "2,600 members",
            "Harwick Nurses Association member",
        ),
        ("The company's 900 workers voted.", "900 workers", "employee"),
    ],
)
def test_the_possessive_of_a_named_body_owns(text: str, words: str, key: str) -> None:
    """ "the district's $377 million budget" is the budget of the one district the text
    named; "the company's" with no company named owns nothing."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        # "The" before a name in the possessive is no part of the name.
        ("The Tarnby Council's budget was approved on Monday.", "budget", "Tarnby Council: budget"),
        ("The Tarnby Council approved its budget on Monday.", "budget", "Tarnby Council: budget"),
        # The body "the regulator" stands for owns what it has in the possessive.
        (
            "The Tarnby Data Regulator opened an inquiry. The regulator's first hearing will be"
            " held on Thursday.",
            "held",
            "Tarnby Data Regulator: first hearing",
        ),
        # "the inquiry" the story tells of, led by whomever, is its doer.
        (
            "The inquiry led by former judge Ana Qvist will hold its first hearing on Thursday.",
            "hold",
            "the inquiry: first hearing",
        ),
        # What a happening is about keys it too; "the council" of a story that names none
        # (not "Wednesday", which an aside after it does not make a council).
        (
            "At a special meeting on Wednesday, the city council voted 8-3. The council's"
            " public hearing into the spill is scheduled for Monday.",
            "scheduled",
            "the council: hearing on spill",
        ),
        (
            "At a special meeting on Wednesday, the city council voted 8-3. The council also"
            " scheduled a public hearing on the spill for Monday.",
            "scheduled",
            "the council: hearing on spill",
        ),
        # A participle set off after a phrase tells what was done to it…
        (
            "The Tarnby Council's first hearing, set for Thursday, will be open to all.",
            "set for",
            "Tarnby Council: first hearing",
        ),
        # … as it does of "the" thing of its story, in whatever phrase it stands …
        (
            "Mayor Ana Lima spoke at the first public meeting for tenants, held in the sports"
            " hall on Thursday evening.",
            "held",
            "the first meeting",
        ),
        ("Officials toured the plant, closed since March, on Monday.", "closed", "the plant"),
        ("The first meeting for tenants was held on Monday.", "held", "the first meeting"),
        # …but a verb after an aside is the sentence's own.
        (
            "Ana Kelmar, a senator from Tarrow, suspended her campaign on Monday.",
            "suspended",
            "Ana Kelmar: campaign",
        ),
        # What singles a thing out keys it with the words that tell which ("first", "indoor").
        (
            "Ana Kelmar held her first indoor rally on Monday.",
            "rally",
            "Ana Kelmar: first indoor rally",
        ),
        # What a verb acts on ends at a comma.
        (
            "Ana Kelmar endorsed her former rival, Ilse Tarrow, on Monday.",
            "endorsed",
            "Ana Kelmar: former rival",
        ),
    ],
)
def test_what_an_event_acts_on_is_keyed_by_its_owner_and_which_one(
    text: str, words: str, key: str
) -> None:
    claim = _one(_claims(text), EventClaim, words)
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # A capitalized word right before a country's name opens a name of its own …
        ("Air France will cut 2,000 jobs next year.", "Air France job"),
        ("Netto Poland has about 2,000 employees.", "Netto Poland employee"),
        # … unless it is a function word, an adverb, a title or a calendar word.
        ("Today France will send 2,000 troops.", "FR armed forces"),
        ("Eventually France sent 2,000 troops.", "FR armed forces"),
        ("President Kelmar said France would send 2,000 troops.", "FR armed forces"),
        # A capitalized word right after a country's name goes on with a name of its own …
        ("Kenya Airways will cut 2,000 jobs next year.", "Kenya Airways job"),
        ("Jordan Kell said 2,000 people had left.", "person"),
        # … unless the name is also the country's adjective, or the word is one of speech,
        # or a word the text writes in lowercase too (a headline's).
        ("US Navy will send 2,000 sailors.", "US armed forces"),
        ("Jordan Says It Will Send 2,000 Troops", "JO armed forces"),
        (
            "Jordan Sends 2,000 Troops to the Border\n\nJordan sends troops to the border,"
            " officials said.",
            "JO armed forces",
        ),
    ],
)
def test_a_country_inside_a_longer_name_is_no_country(text: str, key: str) -> None:
    """ "Air France" and "Kenya Airways" are companies: their jobs are not France's or Kenya's.
    "Jordan Kell" is a person."""
    claim = _one(_claims(text), AmountClaim, "2,000")
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Three U.S. soldiers died in the crash.", "US armed forces"),
        ("Twelve British soldiers were wounded.", "GB armed forces"),
    ],
)
def test_a_number_that_opens_a_sentence_opens_no_name_with_a_country(text: str, key: str) -> None:
    """ "Three U.S. soldiers" are American soldiers: a number before a country's name or
    adjective is no first word of a longer name, as "Air" of "Air France" is."""
    claim = _one(_claims(text), AmountClaim, text.split(" soldiers")[0])
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Five U.S. states allow it.", "country"),
        ("Six other U.S. states allow it.", "country"),
        ("Its stores are open across all 50 U.S. states.", "US country"),
    ],
)
def test_a_count_of_a_country_s_states_is_its_own_only_when_whole(text: str, key: str) -> None:
    """ "Five U.S. states" are picked out by what the sentence says of them; "all 50 U.S.
    states" are the country's."""
    claim = _one(_claims(text), AmountClaim, "states")
    assert claim.subject is not None and claim.subject.key == key


def test_a_company_named_in_the_possessive_is_read_whole() -> None:
    """ "Dorrin's Inc." is a company's name, not Dorrin's "Inc.": "the company" stands for it,
    and it owns what it has."""
    text = "Dorrin's Inc. cut jobs. The company, which employs 900 workers, is based in Lowick."
    claim = _one(_claims(text), AmountClaim, "900")
    assert claim.subject is not None and claim.subject.owner == "Dorrin's"
    text = "Dorrin's Corp. will cut 1,000 jobs, the company said."
    claim = _one(_claims(text), AmountClaim, "1,000")
    assert claim.subject is not None and claim.subject.key == "Dorrin's job"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Tessaro's $430 million deal was signed on Monday.", "Tessaro deal"),
        ("Gov. Ana Lima released $38 million in relief funds.", "Ana Lima relief fund"),
        (
            "The $57 million in relief funding Gov. Ana Lima released will help.",
            "Ana Lima relief fund",
        ),
        # "he" or "she" in the clause after it: the titled person named before.
        (
            "Reporters pressed Gov. Ana Lima on the $57 million relief fund she announced.",
            "Ana Lima relief fund",
        ),
        (
            "Reporters pressed Tessaro on the $57 million relief fund she announced.",
            "the relief fund",
        ),
        # … or in the sentence before, in its paragraph; a word alone is passed over.
        (
            "Gov. Ana Lima visited Averly. She said the $57 million relief fund she announced"
            " would help.",
            "Ana Lima relief fund",
        ),
        (
            "Ana Lima visited Averly. She said the $57 million relief fund she announced would"
            " help.",
            "the relief fund",
        ),
        # A name set off by commas has what the verb after it has.
        (
            "On Friday, the province's governor, Ana Lima, announced a $12 million relief fund.",
            "Ana Lima relief fund",
        ),
        (
            "Tessaro bought Volmark. Volmark, which has 40 stores, faces a budget deficit of "
            "$23 million.",
            "Volmark budget deficit",
        ),
        (
            "Volmark's contract with Tessaro is currently valued at $4.2 billion.",
            "Volmark contract with Tessaro",
        ),
        # A party "the" opens, and one whose name has "and" or "of" in it.
        (
            "Volmark's $2 million settlement with the Kesland Securities and Markets Commission"
            " was cleared.",
            "Volmark settlement with Kesland Securities and Markets Commission",
        ),
        (
            "Volmark's contract with the Bank of Kesland is valued at $4.2 billion.",
            "Volmark contract with Bank of Kesland",
        ),
        ("Tessaro's $4 billion investment fund grew.", "Tessaro investment fund"),
        ("Officials said Tessaro agreed to pay $5 million in fines.", "Tessaro fine"),
        ("In March, Volmark paid $3 million in fines to Tessaro.", "Volmark fine"),
        # A weekday between the name and its verb is a time.
        (
            "Gov. Ana Lima on Tuesday announced a $35 million flood aid package.",
            "Ana Lima flood aid package",
        ),
        ("Tessaro told its staff to delay $400 million in military aid.", None),
        ("But the firm said Tuesday that it had losses of $412.6 million.", None),
        # No noun of [priced] says what the sum is of, or nothing says whose it is.
        ("Tessaro's $4 billion investment securities portfolio grew.", None),
        ("Tessaro had operating profit of $76.8 million.", None),
        ("Tessaro Inc. is based in Lowick. The company has made payments of $175 million.", None),
        # No name owns it: "the" one its story tells of.
        ("The contract with Tessaro is valued at $4.2 billion.", "the contract with Tessaro"),
        ("Regulators were urged to stop the $345 million deal.", "the deal"),
        ("A fresh estimate put the scheme's total cost at $472 million.", "the cost"),
        ("The estimate put the total cost of the tunnel at $545 million.", "the cost"),
        # "The" thing of a story that costs a sum: "the cost".
        ("Tessaro expects the refit to cost about $290 million.", "the cost"),
        ("The withdrawal will cost $24 million.", "the cost"),
        ("The relocation is expected to cost roughly $42 million.", "the cost"),
        ("The census is expected to cost roughly $42 million.", "the cost"),  # no plural
        # What it costs to do says which cost it is, as words before "cost" do; how often
        # it is paid ("annual") says no such thing.
        ("The depot costs about $900,000 a year to run.", "the running cost"),
        ("The council put the depot's yearly running cost at $1.5 million.", "the running cost"),
        ("The bridge will cost $40 million to build.", "the construction cost"),
        ("The depot costs about $30 to reach.", "the cost"),
        ("The tickets cost $40 each.", None),  # tickets, any number of them
        ("Tessaro's total revenue was $5 million.", "Tessaro revenue"),
        ("They will merge in a $430 million deal.", None),  # a deal, of any
        # "a" reward that the story goes on to call "the reward": the story's.
        (
            "A reward of $20,000 was put up on Monday. The insurer announced the reward.",
            "the reward",
        ),
        ("A $2 million grant was approved. A $3 million grant was denied.", None),
        # "a" one that words before its noun single out: the one its story tells of …
        (
            "The council voted on Wednesday to approve a $12.5 million emergency package.",
            "the emergency package",
        ),
        ("The cabinet approved a $12 million emergency fund.", "the emergency fund"),
        # So does the one word after it that says what it is for …
        (
            "Quorn Foods will set up a $9 million fund to pay for training, childcare and travel.",
            "the training fund",
        ),
        ("The cabinet approved a $12 million fund for training.", "the training fund"),
        # … in the singular, as it would stand before the noun.
        ("The cabinet approved a $12 million budget for repairs.", "the repair budget"),
        ("The cabinet approved a $12 million fund for news.", "the news fund"),
        # … before a phrase of its own that a preposition opens
        ("The cabinet approved a $12 million budget for repairs on Tuesday.", "the repair budget"),
        # … unless words before its noun say it, or the words after it say no purpose.
        ("The cabinet approved a $4 million relief fund for farmers.", "the relief fund"),
        ("The cabinet approved a $12 million fund for now.", None),
        ("The cabinet approved a $12 million fund for two years.", None),
        # … unless the text has two such.
        (
            "A $2 million relief grant was approved. A $3 million relief grant was denied.",
            None,
        ),
        # A verb of valuing puts any thing at its worth.
        ("A deal valuing the Kesland company at $4.7 billion was agreed.", "the company value"),
        ("Analysts valued Tessaro at $2 billion.", "Tessaro value"),
        ("Analysts valued a company at $2 billion.", None),
        ("Analysts put the figure at $4 million.", None),  # no value of a figure
        ("Shares of the fund closed at $45 on Monday.", None),  # "at" of no estimate
        ("Volmark paid $5 million in fines.", None),  # "Volmark" alone may be a word
        # A verb of [priced_verbs] makes "the" thing of its story of a sum, when the text
        # names that thing with "the" elsewhere …
        (
            "The agency said it would fine Volmark Chemicals $2.4 million. The fine is large.",
            "the fine",
        ),
        ("Volmark was fined $2,400 on Monday. It will appeal against the fine.", "the fine"),
        # … not when it names none so, nor where the noun stands.
        ("The agency said it would fine Volmark Chemicals $2.4 million.", None),
        ("He faces fines of nearly $500,000. The fine is large.", None),
        ("Volmark's shares rose to $45 on Monday.", None),
        ("The city of Lowick faces a $23 million deficit.", "Lowick deficit"),
        ("Officials released $38 million in relief funds.", None),
        # Joined by "in" to its noun, one that a verb has on a day named is that day's.
        (
            "The cabinet on Friday set aside $60 million in flood relief funding.",
            "the flood relief fund",
        ),
        ("The cabinet has set aside $60 million in flood relief funding so far this year.", None),
        ("The cabinet on Friday set aside another $5 million in flood relief funding.", None),
    ],
)
def test_a_sum_of_money_is_keyed_by_what_it_is_of_and_whose(text: str, key: str | None) -> None:
    """A sum of money is of the noun of ``[priced]`` after it or before it ("$38 million in
    relief funds", "a deficit of $23 million"), with the words that say which one, and of
    the name that has it: in the possessive, opening the sentence with a verb of
    ``spending``, or in a clause after it; with no name, "the" opens its phrase or none."""
    claim = _one(_claims(text), AmountClaim, "$")
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # "All" of "the" thing's or a name's ones counts them all, listed or not …
        ("All 52 of the tower's cables were replaced.", "the tower: cable"),
        ("All 52 of the tower's workers were sent home.", "the tower: employee"),
        ("All 3,200 of Kelmar's residents left.", "Kelmar resident"),
        # … and without "all", a part of them.
        ("Then 500 of Kelmar's residents left.", None),
        ("Then 5 of the tower's cables snapped.", None),
    ],
)
def test_all_of_whose_ones_counts_them(text: str, key: str | None) -> None:
    """ "All 52 of the tower's cables" are the tower's cables, as "the tower's 52 cables"
    are; "500 of Kelmar's residents" are only some of Kelmar's."""
    claim = _one(_claims(text), AmountClaim, " of ")
    assert (claim.subject.key if claim.subject is not None else None) == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        # The noun right after the length, or after "of", perhaps with words between.
        (
            "Games moved during the 16-month redevelopment of Kelder Park.",
            "16-month",
            "Kelder Park construction",
        ),
        # A length of all of a kind its story tells of is of "the" one.
        ("The deal follows seven months of difficult negotiations.", "seven months", "the talks"),
        ("Tessaro's two-year review of the accounts began.", "two-year", "Tessaro investigation"),
        # The subject of a verb of lasting before it.
        ("The evacuation took about 9 hours.", "9 hours", "the evacuation"),
        ("The evacuation was completed in nearly four hours.", "four hours", "the evacuation"),
        # … after phrases of a preposition and an aside
        (
            "The evacuation of the ferry on the night of the storm, carried out in fog and high"
            " winds, took more than five hours.",
            "five hours",
            "the evacuation",
        ),
        (
            "Ana Lima said the inquiry into the fire was expected to last eight months.",
            "eight months",
            "the investigation",
        ),
        # After "for", the happening a verb of a class with a noun of [lasting] tells of.
        (
            "Kesh Road will be closed to traffic for 16 months.",
            "16 months",
            "Kesh Road closure",
        ),
        ("The Belsk mine will close for six weeks.", "six weeks", "Belsk: mine closure"),
        ("The Belsk mine will close in six weeks.", "six weeks", None),
        ("Norvik workers will withdraw for six weeks.", "six weeks", None),
        # A prison term by its verb: the sentence of the name that opens the clause, else
        # "the sentence" its story tells of.
        ("Ana Lima was jailed for six months on Tuesday.", "six months", "Ana Lima sentence"),
        (
            "Ana Lima, who for eleven years kept the books of the Kelder Port Authority, will"
            " spend six years behind bars.",
            "six years",
            "Ana Lima sentence",
        ),
        (
            "A former clerk of the Kelder Port Authority was sentenced to eight years.",
            "eight years",
            "the sentence",
        ),
        ("Ana Lima spent 12 years in the army.", "12 years", None),
        # The one sentenced between the verb's words, or a time, or who sentenced.
        (
            "A court sentenced former minister Iver Dahl to seven years.",
            "seven years",
            "Iver Dahl sentence",
        ),
        ("Iver Dahl was sentenced on Tuesday to nine years.", "nine years", "Iver Dahl sentence"),
        (
            "Iver Dahl was sentenced by Judge Lena Moss to nine years.",
            "nine years",
            "Iver Dahl sentence",
        ),
        ("The judge sentenced him to four years.", "four years", "the sentence"),
        # Whose it is in the plural possessive, with no name: still "the" one.
        ("The bus drivers' strike lasted three days.", "three days", "the strike"),
        # A weekday's is a time, not whose.
        ("Lima stood through Monday's four-hour hearing.", "four-hour", "trial"),
        # A part of a happening, or a noun of another phrase, is not its length.
        ("She served eight years of a 16-year sentence.", "eight years", None),
        ("He spent 15 years fighting for the bill.", "15 years", None),
        ("The rest of the evacuation took two hours.", "two hours", None),
        ("Lowick signed a two-year contract extension.", "two-year", None),
    ],
)
def test_a_length_of_time_is_keyed_by_what_lasts(text: str, words: str, key: str | None) -> None:
    """A length of time is of the happening a noun of ``[lasting]`` names, right after it
    ("the 16-month redevelopment") or as the subject of a verb of lasting ("the evacuation
    took 9 hours"), owned by a name in the possessive or after "of"; one with no owner opened
    by "the", or of all of its kind ("seven months of talks"), is keyed with "the", as its
    story's one such happening."""
    claim = _one(_claims(text), AmountClaim, words)
    assert isinstance(claim, AmountClaim)
    assert (claim.subject.key if claim.subject else None) == key
    assert (claim.part == "length") == (key is not None)


#: Names a text also writes where no sentence starts, so that each may be a name alone.
_PAYERS = "Analysts follow Volmark, Tessaro and Kelder Ltd. "


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # The verb's object before "for" and the sum, perhaps with the other party after it.
        (
            "Volmark have sold winger Ada Lane to Tessaro for £4 million.",
            "Volmark sale: Ada Lane",
        ),
        ("Tessaro agreed to buy Kelder Ltd for $5 billion in cash.", "Tessaro purchase: Kelder"),
        # A club signs a player it buys.
        ("Tessaro have signed winger Ada Lane for £6 million.", "Tessaro purchase: Ada Lane"),
        # "For a fee of" reads as "for".
        (
            "Tessaro have signed winger Ada Lane for a fee of £15 million.",
            "Tessaro purchase: Ada Lane",
        ),
        (
            "Volmark sold winger Ada Lane to Tessaro for a reported fee of £4 million.",
            "Volmark sale: Ada Lane",
        ),
        (
            "Tessaro agreed on Monday to buy Kelder Ltd for $5 billion.",
            "Tessaro purchase: Kelder",
        ),
        (
            "Volmark will sell the extrusion division to Tessaro for $15 million.",
            "Volmark sale: extrusion division",
        ),
        # The thing after the sum and "for", with the verb before the sum or after it.
        ("Tessaro paid $5 billion for Kelder Ltd, analysts said.", "Tessaro purchase: Kelder"),
        (
            "The £7 million Volmark received for winger Ada Lane will pay its debts.",
            "Volmark sale: Ada Lane",
        ),
        (
            "The Lowick Health Trust met. The trust then set aside $260,000 for water"
            " testing and new boilers, which were fitted on Tuesday.",
            "Lowick Health Trust allocation: water testing and new boilers",
        ),
        (
            "The Lowick Health Trust met. The board approved the $430,000 the trust set aside"
            " on Friday for water testing and new boilers.",
            "Lowick Health Trust allocation: water testing and new boilers",
        ),
        # Who is paid is the one who sells.
        ("Tessaro was paid $2 million for the bridge design.", "Tessaro sale: bridge design"),
        # No one known thing: one lowercase word, "a", "that", a number, a time, two names.
        ("Tessaro paid $5 billion for the rights.", None),
        ("Tessaro paid $300,000 for a house.", None),
        ("Tessaro was paid $1.2 million for that work.", None),
        ("Volmark sold three candy businesses to Tessaro for $370 million.", None),
        ("Volmark sold its stake in Kelder to Tessaro for $5 billion.", None),
        ("Tessaro set aside $5 million for the full year.", None),
        ("Tessaro paid $5 billion for Volmark and Kelder Ltd.", None),
        ("Kelder Ltd was sold for $3 billion.", None),  # who sold it, not said
        ("Kelder Ltd was sold for a fee of $3 billion.", None),
        ("Tessaro paid $30 a share for the Volmark stock.", None),
    ],
)
def test_a_sum_of_money_is_keyed_by_what_it_pays_for(text: str, key: str | None) -> None:
    """A sum with no noun of ``[priced]`` is of what a verb of ``[paid_for]`` pays it for,
    and of who pays or is paid: the object before "for" and the sum, or the thing after the
    sum and "for". A thing is a name or two or more lowercase words that say which one."""
    claim = _one(_claims(_PAYERS + text), AmountClaim, "$" if "$" in text else "£")
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Tessaro will pay $6.3 billion to settle a bond fraud probe.", "Tessaro settlement"),
        ("Tessaro to pay $6.3 billion to settle bond fraud probe", "Tessaro settlement"),
        (
            "Tessaro agreed to pay $4 billion to resolve allegations that it misled buyers.",
            "Tessaro settlement",
        ),
        # The verb a few auxiliaries after the payer.
        ("Tessaro has agreed to pay $4 billion to settle the claims.", "Tessaro settlement"),
        ("Tessaro has been ordered to pay $4 billion to settle the claims.", "Tessaro settlement"),
        # The other party, named after "with", as after the noun.
        (
            "Tessaro paid $2 million to settle with Kelder Ltd.",
            "Tessaro settlement with Kelder Ltd",
        ),
        (
            "Tessaro paid $2 million to settle with the Kesland Securities and Markets Commission.",
            "Tessaro settlement with Kesland Securities and Markets Commission",
        ),
        # A party not named; a sum paid to the name, set aside by it, or paid by no name; a
        # debt paid off.
        ("Tessaro paid $2 million to settle with its creditors.", None),
        ("Tessaro was paid $2 million to settle the claims.", None),
        ("Tessaro received $2 million to settle the claims.", None),
        ("Tessaro set aside $2 million to settle the claims.", None),
        ("$2 million was paid to settle the claims.", None),
        ("Tessaro paid $2 million to settle its debts.", None),
    ],
)
def test_a_sum_paid_to_settle_is_keyed_as_a_settlement(text: str, key: str | None) -> None:
    """A sum a verb of ``purchase`` in ``[paid_for]`` pays "to settle" or "to resolve" what a
    settlement ends (``[paid_to]`` in units.toml) is its payer's settlement, keyed as the noun
    "settlement" is, with the party named after "with"."""
    claim = _one(_claims(_PAYERS + text), AmountClaim, "$")
    assert (claim.subject.key if claim.subject else None) == key


def test_a_body_an_aside_speaks_for_or_owns_is_not_the_name_before() -> None:
    """ "Lowick Hospital, the trust said" and "Ada Lane, the trust's chair" do not
    call the name a trust: "the trust" is the one trust the text named."""
    text = (
        "Patients moved to Lowick Hospital, the trust said. Ada Lane, the trust's chief, spoke."
        " The Averly Health Trust runs it. The trust then set aside $260,000 for water"
        " testing and new boilers."
    )
    claim = _one(_claims(text), AmountClaim, "$")
    assert claim.subject is not None
    assert claim.subject.owner == "Averly Health Trust"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Volmark will shut the Lowick works early next year.", "shut"),
        ("Volmark will close the Lowick factory in May.", "close"),
        ("Volmark will close the Lowick factory shortly after noon.", "close"),
        ("Volmark will close the Lowick factory early on Friday.", "close"),
    ],
)
def test_a_named_thing_of_another_word_is_the_same_thing(text: str, words: str) -> None:
    """ "the Lowick works" (a noun in -s of [things]) and "the Lowick factory" are the
    Lowick plant, with a time after them that is no noun they modify."""
    claim = _one(_claims(text), EventClaim, words)
    assert claim.subject is not None and claim.subject.key == "Lowick: plant"


@pytest.mark.parametrize(
    ("text", "modality", "stated"),
    [
        # A time, a tally or an adverb between a verb and the "to" it governs leaves it so,
        # and the time is that verb's, not the infinitive's.
        ("The board agreed on Monday to close the Lowick plant.", Modality.PLANNED, False),
        ("The council voted 6-3 on Thursday evening to shut the pool.", Modality.DESIRED, False),
        ("The board agreed unanimously to close the Lowick plant.", Modality.PLANNED, False),
        # The infinitive's own time is its own.
        ("The board agreed on Monday to close the Lowick plant in 2033.", Modality.PLANNED, True),
        # An order tells that it was done, when the order was.
        ("Residents were ordered on Monday to leave Lowick.", Modality.ASSERTED, True),
    ],
)
def test_a_verb_governs_its_infinitive_across_a_time(
    text: str, modality: Modality, stated: bool
) -> None:
    """ "agreed on Monday to close the plant" is a plan to close it, at no time of its own."""
    claim = next(
        c for c in _claims(text) if isinstance(c, EventClaim) and c.event in ("close", "withdraw")
    )
    assert (claim.modality, claim.window_stated) == (modality, stated)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The swollen river burst through the Dallow levee just after midnight.", "Dallow: levee"),
        ("Floodwater breached the Kessel dyke on Friday.", "Kessel: levee"),
        ("The levee was breached on Friday.", "the levee"),
        # A network or a police line is breached otherwise.
        ("Hackers breached the Kesh Bank network on Friday.", None),
    ],
)
def test_water_breaking_a_flood_defence_is_a_breach_of_it(text: str, key: str | None) -> None:
    """A flood defence that water breaks through is what the breach happens to."""
    breaches = [c for c in _claims(text) if isinstance(c, EventClaim) and c.event == "breach"]
    assert [c.subject.key if c.subject else None for c in breaches] == ([key] if key else [])


def test_an_incident_striking_is_keyed_as_its_toll() -> None:
    """ "The quake hit at 4:12 a.m." is the quake the story's first sentence placed in Averly;
    "prices hit a record" and "workers will strike" are no incidents."""
    claims = _claims(
        "A powerful earthquake struck Averly early on Monday. The quake hit at 4:12 a.m. local"
        " time on Monday. Prices hit a record. Workers will strike."
    )
    events = [c for c in claims if isinstance(c, EventClaim)]
    assert [(c.subject.key if c.subject else None) for c in events] == [
        "Averly earthquake",
        "Averly earthquake",
    ]
    assert events[1].window == TimeWindow(
        earliest=dt.datetime(2031, 3, 3, 4, 12), latest=dt.datetime(2031, 3, 3, 4, 13)
    )


@pytest.mark.parametrize(
    "text",
    [
        "A fire tore through a warehouse in Averly at 11 p.m. on Monday.",
        "Fire swept through a warehouse in Averly at 11 p.m. on Monday.",
        "A fire engulfed a warehouse in Averly at 11 p.m. on Monday.",
    ],
)
def test_a_fire_tearing_through_a_place_is_an_incident_striking(text: str) -> None:
    """ "tore through", "swept through" and "engulfed" tell of an incident striking, as "broke
    out" does, at its time."""
    (event,) = [c for c in _claims(text) if isinstance(c, EventClaim)]
    assert event.subject is not None and event.subject.key == "Averly fire"
    assert event.window == TimeWindow(
        earliest=dt.datetime(2031, 3, 3, 23), latest=dt.datetime(2031, 3, 4, 0)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Another quake struck Averly on Monday.",
        "Two drone strikes hit the plant.",
        "Missile strikes hit the city.",
    ],
)
def test_an_incident_told_of_as_another_is_no_subject_of_its_own(text: str) -> None:
    """ "another quake" is not the one the story tells of; in "drone strikes hit", "strikes"
    names the incident, not its striking."""
    events = [c for c in _claims(text) if isinstance(c, EventClaim)]
    assert all(c.subject is None or c.subject.key.endswith("airstrike") for c in events)
    assert not any(c.subject and c.subject.key.endswith("earthquake") for c in events)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Orrin Venhaal conceded defeat. He said he would remain leader of the party.",
            "Orrin Venhaal",
        ),
        (
            "Orrin Venhaal announced in his concession speech that he would stand down.",
            "Orrin Venhaal",
        ),
        ("Ms Ana Lima said she would resign.", "Ana Lima"),
        # Whose gender the text does not tell may speak of another.
        ("Andy Berg said she would resign.", None),
        ("Ms Ana Lima said he would resign.", None),
    ],
)
def test_he_or_she_opening_what_a_speaker_said_is_the_speaker(text: str, key: str | None) -> None:
    """ "X said he would stand down": "he" is X, when the text tells X's gender (a title, the
    cue's own "he" or "his") and it agrees."""
    claim = next(
        c for c in _claims(text) if isinstance(c, EventClaim) and c.event in ("stay_on", "resign")
    )
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Halvard Motors said on Monday it will close its plant.", "Halvard Motors: plant"),
        ("Halvard Motors said it will close its axle and gearbox plant.", "Halvard Motors: plant"),
        # A body known only by what it is names no owner.
        ("The company said it will close its plant.", None),
        # "The company" the text named before is that company.
        (
            "Halvard Motors Inc. is based in Lowick. The company said it will close its plant.",
            "Halvard Motors: plant",
        ),
        # A name that ends in a word of a trade is a company's too.
        (
            "Kelder Mining is based in Penwick. The company said it will close its plant.",
            "Kelder Mining: plant",
        ),
    ],
)
def test_it_opening_what_a_body_said_is_the_body(text: str, key: str | None) -> None:
    """ "Halvard Motors said it will close its plant": "it" is Halvard Motors, keyed as
    "Halvard Motors will close its plant" is, and so is it after "the company" that stands
    for Halvard Motors; the words joined by "and" before the noun of a thing qualify it."""
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim) and c.event == "close")
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Halvard Motors has laid off 300 workers and shut its plant.", "Halvard Motors: plant"),
        ("Halvard Motors employs 300 workers and will close its plant.", "Halvard Motors: plant"),
        ("Halvard Motors leased 14 vehicles and will close its plant.", "Halvard Motors: plant"),
        (
            "Halvard Motors laid off 300 members of the union and shut its plant.",
            "Halvard Motors: plant",
        ),
        # A verb of speech acts on the phrase too: no clause opens with a phrase and "and".
        ("Halvard Motors reported 40 injuries and closed its plant.", "Halvard Motors: plant"),
    ],
)
def test_a_verb_joined_by_and_after_an_object_is_the_first_verbs_subjects(
    text: str, key: str
) -> None:
    """ "Halvard Motors laid off 300 workers and shut its plant": the workers are what the
    first verb acts on, and the plant is Halvard Motors', not the workers' ("Halvard Motors
    employee: plant")."""
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim) and c.event == "close")
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Halvard Motors will close its 1,200-tonne plant.", "Halvard Motors: plant"),
        ("Kesby United's new 30,000-seat stadium will open in 2034.", "Kesby United: new stadium"),
        ("Kesby United's 400-bed hospital will open in 2034.", "Kesby United: hospital"),
        ("Kesby United will open its new 32,000-seat stadium.", "Kesby United: new stadium"),
    ],
)
def test_a_size_before_a_things_noun_is_not_which_one_it_is(text: str, key: str) -> None:
    """ "its new 30,000-seat stadium" is its new stadium, whatever the size a story gives:
    a number joined by a hyphen to what it counts says how big a thing is."""
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim))
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "key", "month"),
    [
        ("Halvard Motors will close its 1,200-tonne plant in May.", "Halvard Motors: plant", 5),
        ("Halvard Motors will close its 1,200 plants in May.", "Halvard Motors: plants", 5),
        ("Halvard Motors will close its 10–12 plants in May.", "Halvard Motors: plants", 5),
    ],
)
def test_a_comma_or_dash_inside_a_number_ends_no_clause(text: str, key: str, month: int) -> None:
    """ "will close its 1,200-tonne plant in May": the comma of "1,200" (and the dash of a
    range, "10–12") is part of a number, so the plant and May are the closing's."""
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim))
    assert claim.subject is not None and claim.subject.key == key
    assert claim.window_stated and claim.window is not None
    assert isinstance(claim.window.earliest, dt.datetime) and claim.window.earliest.month == month


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The new stadium that Kesby United are building will open in 2034.",
            "Kesby United: new stadium",
        ),
        ("Kesby United's new stadium will open in 2034.", "Kesby United: new stadium"),
        ("The plant Halvard Motors runs will close in May.", "Halvard Motors: plant"),
        # Not a verb by which a name holds a thing: the stadium is "the" one of the story.
        ("The new stadium that Tomas Berg praised will open in 2034.", None),
    ],
)
def test_a_name_that_makes_or_runs_a_thing_in_a_clause_after_it_owns_it(
    text: str, key: str | None
) -> None:
    """ "The new stadium that Kesby United are building will open" tells of Kesby United's
    new stadium, keyed as "Kesby United's new stadium will open" is, when the clause of a
    verb of ``making`` (or of possession) fills the way from the thing to its verb."""
    *_, claim = (c for c in _claims(text) if isinstance(c, EventClaim))  # the main verb's
    owner = claim.subject.key if claim.subject is not None and claim.subject.owner else None
    assert owner == key


def test_a_phrase_that_opens_a_clause_is_the_subject_of_its_verbs_joined_by_and() -> None:
    """ "Officials said 300 workers left and closed the gates": after "said", the workers
    open what was said, and are the subject of both verbs."""
    claims = _claims("Officials said 300 workers left on Monday and closed the gates behind them.")
    closing = next(c for c in claims if isinstance(c, EventClaim) and c.event == "close")
    assert closing.subject is not None and closing.subject.key.startswith("employee")


def test_the_plant_is_the_plant_the_story_named_before() -> None:
    """ "The plant" and "the factory" are the one plant the story's events told of before;
    with two plants told of, which one is not known."""
    text = (
        "Halvard Motors will close its plant in Lowick. The plant, which was built in 1971, will "
        "shut its doors by June. A union official said the factory will keep running until "
        "September."
    )
    claims = _claims(text)
    for words in ("will close its plant", "shut its doors", "keep running"):
        event = _one(claims, EventClaim, words)
        assert event.subject is not None and event.subject.key == "Halvard Motors: plant"
    two = "Halvard will close its plant. Orvane will close its plant. The plant will shut in May."
    shut = _one(_claims(two), EventClaim, "shut")
    assert shut.subject is None


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("The plant, which Dallow said would close in June, employs 300.", "close", "the plant"),
        (
            "Mara Quill, who Dallow said on Tuesday had left the Penwick plant, was not there.",
            "left",
            "Mara Quill",
        ),
        # The clause's opener says it: the workers leave.
        (
            "The union, which said on Monday that workers would leave the plant, met again.",
            "leave",
            "employee",
        ),
    ],
)
def test_a_speaker_in_a_relative_clause_tells_what_its_phrase_does(
    text: str, words: str, key: str
) -> None:
    """ "The plant, which Dallow said would close": the plant closes; a relative clause whose
    opener is the speaker ("which said that workers would leave") tells of another subject."""
    claim = _one(_claims(text), EventClaim, words)
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The plant, which Dallow said on Tuesday would close in June, employs 300.",
            "close",
            "dallow",
        ),
        # What the speaker said ends before the verb phrase: it is the text's.
        (
            "The Penwick bridge, which Dallow said was damaged, will reopen on Friday.",
            "reopen",
            None,
        ),
    ],
)
def test_the_speaker_of_a_relative_clause_says_what_its_phrase_does(
    text: str, words: str, speaker: str | None
) -> None:
    """ "The plant, which Dallow said would close": Dallow says the plant will close, though
    the claim's words open before his."""
    claim = _one(_claims(text), EventClaim, words)
    assert (claim.speaker and claim.speaker.key) == speaker


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "Staff on the general wards walked out. The children's ward will reopen on Friday.",
            "the ward",
        ),
        ("Staff on the general wards walked out. The ward will reopen on Friday.", None),
        (
            "Staff on the wards of Penwick walked out. The eastern ward will reopen on Friday.",
            "the ward",
        ),
    ],
)
def test_a_thing_its_words_single_out_is_its_storys_among_several(
    text: str, key: str | None
) -> None:
    """ "The ward" of a story that told of several wards may be any of them; "the children's
    ward" is the one its words single out, "the" one of its story."""
    opening = _one(_claims(text), EventClaim, "reopen")
    assert (opening.subject and opening.subject.key) == key


@pytest.mark.parametrize(
    ("text", "event", "key"),
    [
        ("The museum, which reopened on Saturday, drew large crowds.", "open", "the museum"),
        (
            "The Corrow Vale water plant, which has stayed closed since June 2, will not reopen"
            " before July.",
            "close",
            "Corrow Vale: plant",
        ),
        # The verb after the clause is the thing's too, as it was.
        ("The factory, which opened in 1968, will shut in June.", "close", "the plant"),
        ("The factory, which opened in 1968, will shut in June.", "open", "the plant"),
    ],
)
def test_a_clause_about_a_thing_is_about_that_thing(text: str, event: str, key: str) -> None:
    """The verb of a clause that "which" opens after a thing is that thing's."""
    (claim,) = [c for c in _claims(text) if isinstance(c, EventClaim) and c.event == event]
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "verb", "window"),
    [
        # "and" between nouns before a time is no clause break: the time is the verb's.
        (
            "The canal path beneath the lock reopened to runners and riders in January.",
            "reopened",
            ("2031-01-01", "2031-02-01"),
        ),
        # Between verbs it is: "in May" is the reopening's, not the closing's.
        ("The plant closed and reopened in May.", "closed", None),
        ("The plant closed and reopened in May.", "reopened", ("2030-05-01", "2030-06-01")),
    ],
)
def test_a_time_after_nouns_joined_by_and_is_the_clauses(
    text: str, verb: str, window: tuple[str, str] | None
) -> None:
    claim = _one(_claims(text), EventClaim, verb)
    assert isinstance(claim, EventClaim)
    stated = (
        (claim.window.earliest.date().isoformat(), claim.window.latest.date().isoformat())
        if claim.window_stated and claim.window is not None
        else None
    )
    assert stated == window


def test_the_thing_of_a_story_may_stand_before_a_place() -> None:
    """A thing of ``[things]`` followed by a place ("beneath the lock") is its verb's
    subject, as "the" one its story tells of."""
    claim = _one(
        _claims("The canal path beneath the old lock remains closed."), EventClaim, "closed"
    )
    assert claim.subject is not None and claim.subject.key == "the path"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The team played at Kesland Park, a municipal sports ground, last year. The"
            " ground will close at the end of the month.",
            "Kesland Park: stadium",
        ),
        (
            "Kesland Park, the sports ground where the team played, will remain open. The"
            " ground will close at the end of the month.",
            "Kesland Park: stadium",
        ),
        # Two grounds named: which, not known.
        (
            "The team played at Kesland Park, a council ground, and at Orvo Road, a club"
            " ground. The ground will close at the end of the month.",
            None,
        ),
        # A name only the ground's owner speaks of is not the ground: "the" ground of the story.
        (
            "Ada Lane spoke to Kesland Park, the ground's owner said. The ground will close at"
            " the end of the month.",
            "the stadium",
        ),
        # With no name, "the" ground its story tells of; not when one was told of as someone's.
        ("The ground will close at the end of the month.", "the stadium"),
        (
            "Orvo said its ground needs repairs. The ground will close at the end of the month.",
            None,
        ),
        ("Two grounds flooded. The ground will close at the end of the month.", None),
    ],
)
def test_the_ground_is_the_one_an_aside_named_so(text: str, key: str | None) -> None:
    """ "The ground" is the one name an aside calls a ground ("Kesland Park, a municipal
    sports ground,"), though no event told of it before; the name is that thing too."""
    claim = _one(_claims(text), EventClaim, "will close")
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        (
            "Health Minister Inka Marandt, who resigned on Monday, spoke.",
            "resigned",
            "Inka Marandt",
        ),
        ("Inka Marandt, the health minister, who resigned, spoke.", "resigned", "Inka Marandt"),
        ("US troops, who will leave in May, are tired.", "leave", "US armed forces"),
    ],
)
def test_who_after_a_name_is_that_name(text: str, words: str, key: str) -> None:
    """The subject of a relative clause's verb is the name or phrase before its "who"."""
    claim = _one(_claims(text), EventClaim, words)
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Kelder's chief executive, Ana Lima, will step down in May.", "step down", "Ana Lima"),
        (
            "The health minister, Inka Marandt, visited Averly on Monday.",
            "visited",
            "Inka Marandt: Averly",
        ),
        # An aside that tells what a name is leaves the name before it the subject.
        ("In Kesh, Orvo, a chemicals maker, will close its plant.", "close", "Orvo: plant"),
        # A place named twice ("Kesh, Valdoria") is no name set off.
        ("The mayor of Kesh, Valdoria, ended his campaign.", "ended", None),
    ],
)
def test_a_name_set_off_before_a_verb_is_its_subject(
    text: str, words: str, key: str | None
) -> None:
    """ "Kelder's chief executive, Ana Lima, will step down": the name set off by commas
    right before the verb phrase is who does it, not the phrase it names."""
    claim = _one(_claims(text), EventClaim, words)
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        # A happening a story introduces with "a" or "an" is the one it tells of.
        ("An inquest into the deaths will open on Monday, the coroner said.", "open",
         "the inquest"),
        ("Ana Lima said that an independent review of Kelder Mining's safety records would "
         "begin immediately.", "begin", "the review"),
        ("The independent review of Kelder Mining's safety records will begin on Monday.",
         "begin", "the review"),
        # The day a verb of speech was said on ends before the clause of what was said.
        ("Ana Lima said on Monday the review would begin within 30 days.", "begin",
         "the review"),
        ("Ana Lima said yesterday an inquest would open on Friday.", "open", "the inquest"),
        # What a preposition opens is no subject of the verb after it, save an infinitive's.
        ("Pressure on the depot workers has risen.", "risen", None),
        ("Anger over the closures has grown.", "grown", None),
        ("It is time for our workers to come home.", "come home", "employee"),
        # A school told of with "a" may be any, not "the" school of its story.
        ("Ana Lima said that a school would close on Monday.", "close", "school"),
    ],
)  # fmt: skip
def test_the_subject_of_a_happening_and_not_what_a_preposition_opens(
    text: str, words: str, key: str | None
) -> None:
    """ "An inquest into the deaths will open": the story's inquest opens, not the deaths."""
    claim = _one(_claims(text), EventClaim, words)
    assert (claim.subject.key if claim.subject else None) == key


def test_a_time_in_a_relative_clause_dates_its_verb_not_the_statement() -> None:
    """ "Inka Marandt, who visited the hospital on Monday, said …": Monday is the visit's."""
    claims = _claims("Inka Marandt, who visited the Averly hospital on Monday, said it was full.")
    assert not [c for c in claims if isinstance(c, StatementDateClaim)]
    visit = _one(claims, EventClaim, "visited")
    assert visit.window == TimeWindow(
        earliest=dt.datetime(2031, 3, 3), latest=dt.datetime(2031, 3, 4)
    )


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Kelder Mining has 60 days to respond to the claims.", "60 days",
         "Kelder Mining time to respond"),
        ("The company was given only 14 days to pay the fine.", "14 days",
         "the company: time to pay fine"),
        # Which residents, the text does not say; nor does a length with no verb after it.
        ("Residents were given 48 hours to leave.", "48 hours", None),
        ("Kelder Mining has 60 days of reserves.", "60 days", None),
        # What is left of a time shrinks from one story to the next.
        ("The Kelder Mining lease has two years to run.", "two years", None),
    ],
)  # fmt: skip
def test_a_length_someone_has_to_do_a_thing_is_the_time_to_do_it(
    text: str, words: str, key: str | None
) -> None:
    """ "has 60 days to respond": the length of the time the one who has it has to do it."""
    claim = _one(_claims(text), AmountClaim, words)
    assert (claim.subject.key if claim.subject else None) == key
    assert (claim.part == "length") == (key is not None)


def test_a_time_in_the_source_before_the_verb_does_not_date_what_was_said() -> None:
    """ "A report released on Monday by the ministry said …": Monday is the report's; the
    strike it tells of was before the story, at no time the sentence gives."""
    claims = _claims(
        "A report released on Monday by the ministry said 640 teachers went on strike."
    )
    count = _one(claims, AmountClaim, "640 teachers")
    assert count.time_phrase is None
    assert count.window == TimeWindow(earliest=None, latest=WEDNESDAY)


def test_a_time_in_a_participle_after_the_source_does_not_date_what_was_said() -> None:
    """ "Union figures published this week show …": the figures speak, and this week is when
    they came out, not when the strike they count was."""
    claims = _claims("Union figures published this week show 640 teachers went on strike.")
    count = _one(claims, AmountClaim, "640 teachers")
    assert count.speaker is not None and count.speaker.key == "union"
    assert count.time_phrase is None


def test_the_speaker_is_no_subject_of_what_they_said() -> None:
    """In "Education officials said the schools would reopen", the schools reopen; the
    officials reopen nothing."""
    claim = _one(
        _claims("Education officials said the schools would reopen."), EventClaim, "reopen"
    )
    assert claim.subject is not None and claim.subject.key == "school"


def test_reported_would_is_a_future() -> None:
    """'X said the troops would return home' is the speaker's asserted future."""
    claims = _claims("Mayor Ana Lima said Norwegian troops would return home very soon.")
    claim = _one(claims, EventClaim, "return home")
    assert isinstance(claim, EventClaim)
    assert claim.modality is Modality.ASSERTED
    assert claim.speaker is not None and claim.speaker.key == "ana lima"


def test_a_time_that_opens_the_sentence_dates_the_statement() -> None:
    """ "On Tuesday, the ministry said …": Tuesday is when it was said, and the ministry said it."""
    claims = _claims("On Tuesday, the ministry said that Norwegian troops will leave tomorrow.")
    statement = _one(claims, StatementDateClaim, "the ministry said")
    assert statement.speaker is not None and statement.speaker.key == "ministry"
    assert statement.window == factcheck.TimeWindow(
        earliest=dt.datetime(2031, 3, 4), latest=dt.datetime(2031, 3, 5)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Norwegian troops are leaving Mali now, a spokesman said.",  # "now" is what is said
        "Within five years, the ministry predicts, 500 Norwegian troops will be in Mali.",
        "In the future, the ministry said, Norwegian troops will leave Mali.",
    ],
)
def test_a_time_that_is_said_does_not_date_the_statement(text: str) -> None:
    """A time inside what is said, or one still to come, is not when it was said."""
    assert not [c for c in _claims(text) if isinstance(c, StatementDateClaim)]


def test_held_off_until_stays_conditional() -> None:
    """'would not remove its forces until X' is not a flat refusal even in reported speech."""
    claims = _claims(
        "Officials insisted Norway would not be removing its forces until the storm passed."
    )
    claim = _one(claims, EventClaim, "removing")
    assert isinstance(claim, EventClaim)
    assert (claim.polarity, claim.modality) == (Polarity.NEGATIVE, Modality.CONDITIONAL)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        (
            "Norwegian troops will not leave Mali until next year.",
            dt.datetime(2032, 1, 1),
            None,
        ),
        (
            "Norwegian troops did not leave Mali until March.",
            dt.datetime(2031, 3, 1),
            WEDNESDAY,
        ),
    ],
)
def test_held_off_until_a_time_happens_from_then_on(
    text: str, earliest: dt.datetime, latest: dt.datetime | None
) -> None:
    """'will not leave until next year' asserts a leaving from next year on; 'did not leave
    until March', one between March and the story's date."""
    claim = _one(_claims(text), EventClaim, "leave")
    assert isinstance(claim, EventClaim)
    assert (claim.polarity, claim.modality) == (Polarity.POSITIVE, Modality.ASSERTED)
    assert claim.window == TimeWindow(earliest=earliest, latest=latest)


@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("The ministry denied that Norwegian troops would leave Mali.", Polarity.NEGATIVE),
        ("The ministry denies that Norwegian troops are leaving Mali.", Polarity.NEGATIVE),
        ("The ministry denied that Norwegian troops would not leave Mali.", Polarity.POSITIVE),
        # The denial in the speaker's own words, told before the verb.
        ("Norwegian troops are not leaving Mali, the ministry denied.", Polarity.NEGATIVE),
        ("The ministry said that Norwegian troops would leave Mali.", Polarity.POSITIVE),
    ],
)
def test_a_denial_negates_what_it_introduces(text: str, polarity: Polarity) -> None:
    """ "denied that the troops would leave" says they will not leave."""
    claim = _one(_claims(text), EventClaim, "leav")
    assert isinstance(claim, EventClaim)
    assert (claim.polarity, claim.modality) == (polarity, Modality.ASSERTED)


def test_statement_date_anchors_the_statement() -> None:
    """'said on Tuesday' makes Tuesday the reference of what was said, and a claim of its own."""
    claims = _claims("Ana Lima said on Tuesday that Norwegian troops will leave tomorrow.")
    statement = _one(claims, StatementDateClaim, "said on Tuesday")
    assert statement.window == factcheck.TimeWindow(
        earliest=dt.datetime(2031, 3, 4), latest=dt.datetime(2031, 3, 5)
    )
    event = _one(claims, EventClaim, "leave")
    assert event.reference == dt.datetime(2031, 3, 4)
    assert event.window == factcheck.TimeWindow(
        earliest=dt.datetime(2031, 3, 5), latest=dt.datetime(2031, 3, 6)
    )


def test_without_a_date_windows_stay_relative() -> None:
    """With no publication date, 'now' is an offset from an unknown reference."""
    claim = _one(
        _claims("Norwegian troops are coming back now.", published=None), EventClaim, "now"
    )
    assert claim.window is not None and claim.window.is_relative
    assert claim.reference is None


def test_quotes_become_claims_with_their_speakers() -> None:
    """A quote of four words or more is a claim of its speaker; fragments are not."""
    claims = _claims("“We will close the pier in May,” Ana Lima said. She called it “unsafe”.")
    quote = _one(claims, QuoteClaim, "We will close the pier")
    assert quote.speaker is not None and quote.speaker.key == "ana lima"
    assert not [c for c in claims if isinstance(c, QuoteClaim) and c.text == "unsafe"]


def test_bare_numbers_are_claims_framed_by_their_sentence() -> None:
    """A number that counts nothing named is a claim with no subject; its frame is its
    sentence with the amounts masked, and which amount it is."""
    claims = [
        c
        for c in _claims("The council counted 12 in the north and 3 in the south.")
        if isinstance(c, AmountClaim)
    ]
    assert [(c.subject, c.frame) for c in claims] == [
        (None, "the council counted # in the north and # in the south @0"),
        (None, "the council counted # in the north and # in the south @1"),
    ]


def test_a_said_sentence_is_framed_by_its_speaker_and_what_was_said() -> None:
    """Who said it frames the words said, and when it was said does not: a story's update
    that gives a new day of statement is worded alike; two people's forecasts are not."""

    def frame(text: str) -> str | None:
        return _one(_claims(text), AmountClaim, "people").frame

    monday = "Floods in Averly have killed 31 people, the civil protection agency said on Monday."
    wednesday = (
        "Floods in Averly have killed 14 people, the civil protection agency said Wednesday."
    )
    assert frame(monday) == frame(wednesday)
    knapp = "Ana Knapp predicts that 300 people will attend the rally in Averly on Sunday."
    lind = "Tomas Aukland predicts that 500 people will attend the rally in Averly on Sunday."
    assert frame(knapp) != frame(lind)


def test_extract_takes_a_string_with_a_date() -> None:
    """extract() reads a string, with its publication date given alongside."""
    claims = factcheck.extract("Norwegian troops are coming back now.", published="2031-03-05")
    assert claims and claims[0].reference == WEDNESDAY


def test_extract_rejects_other_things() -> None:
    """extract() takes a Document or a string."""
    with pytest.raises(InvalidArgument):
        factcheck.extract(42)  # type: ignore[arg-type]


def test_a_currency_country_is_not_what_an_amount_counts() -> None:
    """'a one million US dollar reward' is money, not an amount of the United States."""
    claim = _one(
        _claims("The family put up a one million US dollar bounty."), AmountClaim, "million"
    )
    assert claim.subject is None


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Two senators end US presidential campaigns.", "end"),
        ("The rule was to stop people from sharing files.", "stop"),
    ],
)
def test_an_object_is_its_whole_noun_phrase(text: str, words: str) -> None:
    """A country that modifies the object's noun is not the object; nor is the sentence's
    subject the theme of a verb that has an object."""
    claim = _one(_claims(text), EventClaim, words)
    assert claim.subject is None or claim.subject.owner is None


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Norwegian troops will leave Mali.", "ML"),
        ("Norwegian troops in Mali will remain.", "ML"),
        ("Norwegian troops will remain in Mali for now.", "ML"),
        ("Norwegian troops will remain.", None),
    ],
)
def test_an_event_has_its_place(text: str, place: str | None) -> None:
    """Where an event happens: after its verb, between subject and verb, or its object."""
    claim = _one(_claims(text), EventClaim, "Norwegian troops")
    assert isinstance(claim, EventClaim) and claim.place == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Lena Ostrova, a senator from Ohio, won the primary on Tuesday.", None),
        ("Halvard, a maker of boilers based in Norway, closed its plant.", None),
        ("Lena Ostrova, a senator, won the primary in Ohio on Tuesday.", "US-OH"),
    ],
)
def test_a_place_in_an_aside_is_not_where_an_event_happens(text: str, place: str | None) -> None:
    """An aside between subject and verb tells of the subject (where she is from), not of
    where the event happens."""
    claim = next(c for c in _claims(text) if isinstance(c, EventClaim))
    assert claim.place == place


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The death toll from the floods in Mali rose to 14, officials said.", "killed"),
        ("The number of cases in Dallow's outbreak rose to 64.", "infected"),
        # The first figure after the noun is the count; a later one is something else.
        ("The floods raised the death toll to 14 after the 5.0 quake.", None),
        # An age is no count of the dead, nor is a figure of another clause.
        ("The painter died on Friday at the age of 91.", None),
        ("She was jailed in 2016 when she was 19.", None),
        # "more" right after a figure with no noun stands for others (`[other_parts]`).
        ("The blast killed nine people, and 14 more were injured.", "injured"),
        ("Officials said 200 more will be hired.", None),
        ("The blast killed nine, and 14 more soldiers were injured.", "added"),
    ],
)
def test_a_bare_figure_counts_the_part_its_clause_names(text: str, part: str | None) -> None:
    """A figure with no noun of its own counts the part a noun of its clause names ("the death
    toll … rose to 14"): the first figure after that noun."""
    claims = [c for c in _claims(text) if isinstance(c, AmountClaim)]
    assert claims[-1].part == part


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("About 1,200 Norwegian troops are in Mali.", None),
        ("Norway will send 300 more Norwegian troops.", "added"),
        ("More than 1,200 Norwegian troops are in Mali.", None),  # a hedge, not an addition
        ("Fewer than 1,200 Norwegian troops are in Mali.", None),
        ("About 1,200 Norwegian troops or more are in Mali.", None),
        ("Four Norwegian soldiers were killed in the attack.", "killed"),
        ("The blast wounded four Norwegian soldiers.", "injured"),
        ("Along with those killed, four Norwegian soldiers were injured.", "injured"),
        ("Norway will lay off 300 Norwegian workers.", "cut"),
        ("The mine is slashing 300 Norwegian workers.", "cut"),
        # A count with a verb of its own after "and" takes no part from the clause before.
        ("Two have died and 23 Norwegian soldiers are in hospital.", "injured"),
        ("Two have died and 23 Norwegian soldiers are recovering.", None),
        # The verb right before the amount is nearer than one after it, but not across a comma.
        ("The blast killed four Norwegian soldiers and injured others.", "killed"),
        ("Two died, four Norwegian soldiers were injured.", "injured"),
        # The toll named before, right before the figure, over a part named after it.
        ("The death toll rose to 22 Norwegian soldiers, with 25 others injured.", "killed"),
        ("A death toll of 22 Norwegian soldiers was given, with 25 others injured.", "killed"),
        ("The number of infections among the 22 Norwegian soldiers rose.", None),
        # A part word inside another amount is that amount's; one after it is still seen.
        ("Norway runs 9 Norwegian hospitals and more than 30 clinics.", None),
        ("Norway runs 11 Norwegian hospitals, which recorded 750 deaths.", None),
        ("Four Norwegian soldiers and two civilians were killed.", "killed"),
        # So is the verb right before another amount, but not across a comma.
        ("About 1,200 Norwegian troops are in Mali, and Norway plans to cut 300 jobs.", None),
        ("Four Norwegian soldiers were killed, 3 injured.", "killed"),
        # Nor across a semicolon, which ends the clause.
        ("The base held 400 Norwegian soldiers; two were injured.", None),
        # How badly the injured were hurt, told by a noun; homes destroyed or damaged.
        ("Four Norwegian soldiers suffered minor injuries.", "slightly_injured"),
        ("The storm destroyed 40 Norwegian homes.", "destroyed"),
        ("About 40 Norwegian homes were damaged.", "damaged"),
    ],
)
def test_an_amount_has_the_part_of_its_subject_it_counts(text: str, part: str | None) -> None:
    """A count of the killed or of an addition is not a count of the whole."""
    claim = _one(_claims(text), AmountClaim, "Norwegian")
    assert isinstance(claim, AmountClaim) and claim.part == part


@pytest.mark.parametrize(
    ("text", "mood"),
    [
        ("About 1,200 Norwegian troops are in Mali.", None),
        ("Four Norwegian soldiers were killed in the attack.", None),
        ("At least 1,500 Norwegian troops are expected to be sent to Mali.", "future"),
        ("Oslo will send 1,500 Norwegian troops to Mali.", "future"),
        ("The goal is to put 1,500 Norwegian troops in Mali.", "targeted"),
        ("Oslo plans to send 1,500 Norwegian troops.", "planned"),
        ("The mission could need 1,500 Norwegian troops.", "possible"),
        ("Oslo wants to send 1,500 Norwegian troops.", "desired"),
        ("If 1,500 Norwegian troops are sent, the camp will grow.", "conditional"),
        ("Oslo, which will vote next week, has 1,200 Norwegian troops in Mali.", None),
        ("1,500 Norwegian troops are due to arrive in Mali.", "future"),
        ("The camp lost 300 Norwegian troops due to the heat.", None),
        ("1,500 Norwegian troops are going to the border.", None),
        ("1,500 Norwegian troops are going to leave Mali.", "future"),
        ("Oslo counted 170 Norwegian troops in May alone.", None),
        ("The minister said Oslo would send 1,500 Norwegian troops.", "future"),
        ("Oslo would send 1,500 Norwegian troops.", "conditional"),
        ("1,500 Norwegian troops are now going to the border.", None),
        ("Oslo could have 1,500 Norwegian troops in Mali.", "possible"),
        ("The minister said 300 Norwegian troops could have died.", "conditional"),
        ("The minister said Oslo would have 1,500 Norwegian troops in Mali.", "future"),
        ("Oslo will send 1,500 Norwegian troops to Mali if the talks fail.", "conditional"),
        ("Oslo will send 1,500 Norwegian troops to Mali even if the talks fail.", "future"),
        ("Will Oslo send 1,500 Norwegian troops to Mali?", "conditional"),
    ],
)
def test_an_amount_has_the_mood_of_its_clause(text: str, mood: str | None) -> None:
    """A forecast, a plan, a possibility, a wish or a condition is told from a count of
    what is by the words of the amount's clause; another clause's words do not count."""
    claim = _one(_claims(text), AmountClaim, "Norwegian")
    assert isinstance(claim, AmountClaim) and claim.mood == mood
    assert claim_json(claim, Document(id="story", text=text))["value"]["mood"] == mood


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Oslo counted 170 Norwegian troops in May alone.", "May"),
        ("Oslo will send 1,500 Norwegian troops to Mali  next\n year.", "next year"),
        ("About 1,500 Norwegian troops are in Mali.", None),
        ("Oslo said on Monday that 1,500 Norwegian troops are in Mali.", None),
    ],
)
def test_an_amount_has_the_time_phrase_of_its_clause(text: str, phrase: str | None) -> None:
    """The time phrase an amount's window was read from, as written (its spaces made one);
    none when its clause gives none, though the statement is dated."""
    claim = _one(_claims(text), AmountClaim, "Norwegian")
    assert isinstance(claim, AmountClaim) and claim.time_phrase == phrase
    assert claim_json(claim, Document(id="story", text=text))["value"]["time_phrase"] == phrase


@pytest.mark.parametrize(
    ("text", "hedge", "low", "high"),
    [
        ("Norway is estimated to have lost 52,000 jobs in May.", Hedge.APPROXIMATELY, 50000, 54000),
        (
            "Officials estimate that 1,500 Norwegian troops are in Mali.",
            Hedge.APPROXIMATELY,
            1350,
            1650,
        ),
        ("Oslo estimated that nearly 1,500 jobs went.", Hedge.NEARLY, 1350, 1500),
        ("Oslo estimated the losses, but the camp lost 1,500 jobs.", Hedge.EXACT, 1500, 1500),
        ("The camp lost 1,500 jobs, more than estimated.", Hedge.EXACT, 1500, 1500),
    ],
)
def test_an_estimate_in_the_clause_hedges_an_amount(
    text: str, hedge: Hedge, low: float, high: float
) -> None:
    """An amount with no hedge of its own is about that much when its clause says, before it,
    that it is estimated; a hedge of its own, or an estimate in another clause or after it,
    leaves it as it is."""
    claim = _one(_claims(text), AmountClaim, ",")
    assert isinstance(claim, AmountClaim) and claim.amount.hedge is hedge
    assert claim.amount.low.magnitude == pytest.approx(low)
    assert claim.amount.high.magnitude == pytest.approx(high)


def test_newsrooms_add_words_that_hedge_from_the_clause(tmp_path: Path) -> None:
    """A ``clause`` word a newsroom adds hedges as ours do; a list that is not one is an error
    naming the file and key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[hedges.approximately]\nclause = ["reckoned"]\n', encoding="utf-8")
    text = "Oslo reckoned that 1,500 Norwegian troops were in Mali."
    document = Document(text=text, id="story", published=WEDNESDAY)
    claims = factcheck.extract(document, lexicon=load_lexicon(extra))
    claim = _one(claims, AmountClaim, "1,500")
    assert isinstance(claim, AmountClaim) and claim.amount.hedge is Hedge.APPROXIMATELY
    extra.write_text('[hedges.approximately]\nclause = "reckoned"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        factcheck.extract(document, lexicon=load_lexicon(extra))
    assert caught.value.key == "hedges.approximately.clause"


def test_a_newsroom_can_add_denial_verbs(tmp_path: Path) -> None:
    """A ``denial`` verb a newsroom adds negates what it introduces; a list that is not one is
    an error naming its key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text(
        '[speakers.verbs]\nspeech = ["disputed"]\ndenial = ["disputed"]\n', encoding="utf-8"
    )
    text = "The ministry disputed that Norwegian troops would leave Mali."
    document = Document(text=text, id="story", published=WEDNESDAY)
    claim = _one(factcheck.extract(document, lexicon=load_lexicon(extra)), EventClaim, "leave")
    assert isinstance(claim, EventClaim) and claim.polarity is Polarity.NEGATIVE
    extra.write_text(
        '[speakers.verbs]\nspeech = ["disputed"]\ndenial = "disputed"\n', encoding="utf-8"
    )
    with pytest.raises(LexiconError) as caught:
        factcheck.extract(document, lexicon=load_lexicon(extra))
    assert caught.value.key == "speakers.verbs.denial"


def test_no_auxiliary_is_read_across_an_amount() -> None:
    """The words before an amount and after it do not make an auxiliary together: a ratio
    ("is 66 to 27") is no forecast."""
    claim = _one(_claims("The ratio is 66 to 27."), AmountClaim, "66")
    assert isinstance(claim, AmountClaim) and claim.mood is None


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("It takes the ferry exactly 30 minutes to cross the fjord.", ["30 minutes"]),
        ("The strike at the Belsk mine lasted 3 days.", ["3 days"]),
        ("Norwegian troops will leave within 60 to 100 days.", []),
        ("Norwegian troops left Mali five years ago.", []),
    ],
)
def test_a_length_of_time_alone_is_an_amount(text: str, amounts: list[str]) -> None:
    """A length of time compares as any amount does; a time it places things in ("within 60
    to 100 days", "five years ago") is the window of an event instead."""
    assert [c.text for c in _claims(text) if isinstance(c, AmountClaim)] == amounts


def test_an_event_subject_does_not_cross_a_subordinate_clause() -> None:
    """In 'Norwegian troops have stayed since the talks ended', the troops did not end."""
    claims = _claims("Norwegian troops stayed since the talks ended.")
    claim = _one(claims, EventClaim, "ended")
    assert claim.subject is None


def test_extracted_claims_pass_their_validators() -> None:
    """Claims the extractor builds without validating them pass every validator."""
    claims = _claims(
        "Ana Lima said on Tuesday that roughly 1,200 Norwegian troops will leave Mali. "
        '"We will bring all of our soldiers home soon," she said.'
    )
    assert {type(claim) for claim in claims} == {
        AmountClaim,
        EventClaim,
        QuoteClaim,
        StatementDateClaim,
    }
    for claim in claims:
        attrs.validate(claim)
        assert attrs.evolve(claim) == claim  # every field is set


def test_the_extractor_builds_claims_with_their_fields_in_this_order() -> None:
    """factcheck._claims builds amount and event claims from their fields' values in order,
    without names: several fields are of one type (``place``, ``frame``, ``part`` and
    ``mood`` are all optional text), so a field added or moved in the model must be placed
    there too, or values would land in the wrong fields unnoticed."""
    common = ["document", "span", "text", "sentence", "subject", "speaker", "reference", "window"]
    assert [field.name for field in attrs.fields(AmountClaim)] == [
        *common,
        *["amount", "place", "frame", "part", "mood", "time_phrase", "site"],
    ]
    assert [field.name for field in attrs.fields(EventClaim)] == [
        *common,
        *["event", "polarity", "tense", "modality", "window_stated", "place", "object"],
        *["time_phrase", "follows"],
    ]


@pytest.mark.parametrize(
    ("text", "follows"),
    [
        ("About 40 Norwegian engineers will remain in Mali after the withdrawal.", "withdraw"),
        ("No Norwegian troops will remain in Mali once the pullout is complete.", "withdraw"),
        ("Norwegian troops will remain in Mali, after Oslo's planned drawdown.", "withdraw"),
        ("After the withdrawal, about 40 Norwegian engineers will remain in Mali.", "withdraw"),
        ("“After the withdrawal, 40 Norwegian engineers will remain,” Lund said.", "withdraw"),
        ("Norwegian troops will remain at the camp following its closure.", "close"),
        # Held off until it, not after it; talks about it; another clause's; another noun.
        ("Norwegian troops will remain in Mali until the withdrawal.", None),
        ("Norwegian troops will remain in Mali after talks on the withdrawal.", None),
        ("Norwegian troops will remain in Mali, Oslo said after the withdrawal was agreed.", None),
        ("After the withdrawal, which Oslo announced, Norwegian troops will remain in Mali.", None),
        ("Norwegian troops will remain in Mali after the election.", None),
    ],
)
def test_an_event_follows_the_happening_its_clause_is_told_after(
    text: str, follows: str | None
) -> None:
    """A clause told as coming after a happening that a noun of an event class names ("after
    the withdrawal", "once the pullout is complete") follows that class; the phrase ends the
    clause, or opens the sentence set off by a comma."""
    claim = _one(_claims(text), EventClaim, "remain")
    assert isinstance(claim, EventClaim) and claim.follows == follows
    assert claim_json(claim, Document(id="story", text=text))["value"]["follows"] == follows


@pytest.mark.parametrize(
    ("text", "verb", "key"),
    [
        ("Elena Zelden won the mayoral election on Sunday.", "won", "Elena Zelden"),
        ("Caddow Primary School in Galway will not close.", "close", "Caddow Primary School"),
        ("Pellam Rovers have already beaten Kesh Athletic.", "beaten", "Pellam Rovers"),
        # an aside set off by commas
        ("Elena Zelden, the Green candidate, won the mayoral election.", "won", "Elena Zelden"),
        # … or one that opens with no article: "home to", "one of", "once", "formerly"
        ("Elena Zelden, formerly a judge in Galway, lost the vote.", "lost", "Elena Zelden"),
        (
            "Caddow Primary School, home to 300 pupils, will close.",
            "close",
            "Caddow Primary School",
        ),
        ("Pellam Rovers, once the best side in Kesh, were beaten.", "beaten", "Pellam Rovers"),
        # … or a person's age
        ("Elena Zelden, 54, won the mayoral election.", "won", "Elena Zelden"),
        # A time may open the sentence before the name, with no comma after it.
        ("On Sunday Elena Zelden won the mayoral election.", "won", "Elena Zelden"),
        ("Last week Caddow Primary School in Galway closed.", "closed", "Caddow Primary School"),
        # … or stand between the name and its verb
        ("Elena Zelden on Sunday won the mayoral election.", "won", "Elena Zelden"),
        ("Pellam Rovers early this week were beaten.", "beaten", "Pellam Rovers"),
        # A title in lowercase words before the name, and whose title it is, are not the name.
        ("Finance minister Elena Zelden will resign.", "resign", "Elena Zelden"),
        ("Caddow Mining's chief executive Elena Zelden resigned.", "resigned", "Elena Zelden"),
        ("General Motors will close the Galway plant.", "close", "Galway: plant"),
        # Another subject, or a speaker's clause, stands between the name and the verb.
        ("Elena Zelden said the plant will close.", "close", "the plant"),
        ("Elena Zelden, a former judge, said the plant will close.", "close", "the plant"),
        ("Elena Zelden and the union will remain.", "remain", None),
        # A time right after a verb that may take an object is no object of it.
        ("The Caddow Ridge Fire started Sunday morning.", "started", "Caddow Ridge Fire"),
        ("The Caddow Ridge Fire ignited Sunday night.", "ignited", "Caddow Ridge Fire"),
    ],
)
def test_a_name_that_opens_the_sentence_is_its_events_subject(
    text: str, verb: str, key: str | None
) -> None:
    claim = _one(_claims(text), EventClaim, verb)
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "verb", "key"),
    [
        # "The" and a noun of [bodies]: the one body of that kind the story named before.
        (
            "Crews fought the Caddow Ridge Fire. Officials said the fire started Saturday.",
            "started",
            "Caddow Ridge Fire",
        ),
        (
            "Crews fought the Caddow Ridge Fire. The blaze ignited Friday.",
            "ignited",
            "Caddow Ridge Fire",
        ),
        ("Acme Corp. makes tiles. The company will close in June.", "close", "Acme"),
        # A hospital is called by its name without "Hospital" too.
        (
            "Nurses at Dallow General Hospital walked out. The hospital's burns unit will close.",
            "close",
            "Dallow General: unit",
        ),
        # what the body acts on is its own
        (
            "The Harwick Nurses Association met. The union will end the walkout on Friday.",
            "end",
            "Harwick Nurses Association: walkout",
        ),
        # two bodies of the kind: which one, the text does not say
        (
            "Acme Corp. makes tiles. Bolt Inc. makes nails. The company will close in June.",
            "close",
            None,
        ),
        # the noun alone, opening a headline, names no body: "the fire" is its story's
        ("Fire erupts in garage\n\nThe fire started in a car.", "started", "the fire"),
        ("Officials said the fire started Saturday.", "started", "the fire"),
    ],
)
def test_the_body_a_definite_noun_stands_for_does_an_event(
    text: str, verb: str, key: str | None
) -> None:
    claim = _one(_claims(text), EventClaim, verb)
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "verb", "thing"),
    [
        ("Elena Zelden won the mayoral election in Tarnow on Sunday.", "won", "mayoral election"),
        ("Pellam Rovers lost the Valmor Cup final on Saturday.", "lost", "valmor cup final"),
        ("Pellam Rovers beat Kesh Athletic comfortably.", "beat", "kesh athletic"),
        ("Pellam Rovers won the final 2-1.", "won", "final"),
        ("The Portuguese parliament approved the 2032 budget.", "approved", "2032 budget"),
        ("The board approved the district's budget.", "approved", "district budget"),
        # A word in -ing or -ly before its noun is the thing's; one after it ends the phrase.
        ("Acme will close its Dallow assembly plant in March.", "close", "dallow assembly plant"),
        ("Acme will close its lending division in March.", "close", "lending division"),
        ("The council ended the search early in March.", "ended", "search"),
        ("The party will hold its convention largely online.", "hold", "convention"),
        ("Norvik workers will leave within 60 to 100 days.", "leave", None),
        ("Norvik workers will leave the valley next month.", "leave", "valley"),
        ("Acme will withdraw US troops.", "withdraw", None),  # the troops are the subject
        # A mark ends the clause at its verb: what follows is no object …
        ("The depot will close, a spokeswoman said.", "close", None),
        ("The depot will close, Mara Quill said.", "close", None),
        # … but a quote or an editor's insertion may open one.
        ("The council approved “the Penwick plan” on Monday.", "approved", "penwick plan"),
        # Past an aside set off by commas after the verb.
        (
            "The board approved, by 5 votes to 2, the district's budget.",
            "approved",
            "district budget",
        ),
        # A thing named as any is whose "by" or "from" and a name after it tell.
        (
            "The Kesh council rejected an amendment by Ana Lima.",
            "rejected",
            "ana lima amendment",
        ),
        ("The Kesh council rejected an amendment.", "rejected", None),
    ],
)
def test_an_event_names_what_it_acts_on(text: str, verb: str, thing: str | None) -> None:
    """The phrase after the verb, up to its head noun and across a possessive ("the
    district's budget") or an aside, is the event's object; a verb whose object is the
    claim's subject ("withdraw US troops") has none of its own. An amendment "by Ana Lima"
    is hers, as "Ana Lima's amendment" is."""
    claim = _one(_claims(text), EventClaim, verb)
    assert isinstance(claim, EventClaim) and claim.object == thing


@pytest.mark.parametrize(
    ("text", "verb", "key"),
    [
        # A name after the verb is the subject, as it is before one.
        ("The council will close Caddow Primary School in July.", "close", "Caddow Primary School"),
        # A time is not a name: "the council" is its story's council, since it names none.
        ("The council will close Wednesday.", "close", "the council"),
        # After "the", a name and the nouns after it are a thing of its own.
        ("Acme will close the Averly plant in May.", "close", "Averly: plant"),
        # A known thing the subject acts on is the subject's own.
        (
            "The Portuguese parliament approved the 2032 budget.",
            "approved",
            "PT parliament: budget",
        ),
        (
            "The Supreme Court of Valmor rejected the appeal.",
            "rejected",
            "Supreme Court of Valmor: appeal",
        ),
        ("The US will withdraw its ambassador.", "withdraw", "US: ambassador"),
        # One person may be hired by one and fired by another: a relation is the doer's.
        ("Acme Mining hired Lena Holt in May.", "hired", "Acme Mining: Lena Holt"),
        # With no council named, the council of its story.
        ("The council hired Lena Holt in May.", "hired", "the council: Lena Holt"),
        # "a plant" may be any plant; "pull the plug out" holds its object inside, as
        # "keep the Averly plant open" and "bring the Averly Rangers back home" hold a name:
        # the name ends where the particle starts.
        ("Acme will close a plant in Ohio.", "close", None),
        ("Acme will pull the plug out.", "pull", None),
        ("Acme will keep the Averly plant open.", "keep", "Averly: plant"),
        ("Acme will bring the Averly Rangers back home.", "bring", "Averly Rangers"),
    ],
)
def test_an_event_done_to_a_thing_is_about_that_thing(
    text: str, verb: str, key: str | None
) -> None:
    claim = _one(_claims(text), EventClaim, verb)
    assert (claim.subject.key if claim.subject else None) == key


@pytest.mark.parametrize(
    ("text", "window"),
    [
        # Said in 2031, a past approval of the 2032 budget is not in 2032.
        ("The parliament approved the 2032 budget.", None),
        ("The parliament approved the 2032 budget on Tuesday.", ("2031-05-06", "2031-05-07")),
        # So does one after an owner's possessive.
        ("The parliament approved Kesland's 2032 budget.", None),
        (
            "The parliament approved the city's 2032 budget on Tuesday.",
            ("2031-05-06", "2031-05-07"),
        ),
        ("Elena Zelden won the 2030 election.", ("2030-01-01", "2031-01-01")),
        # A year after "for" right after a noun of [priced] or [lasting] dates that thing.
        ("The parliament approved a budget for 2032 on Tuesday.", ("2031-05-06", "2031-05-07")),
        ("The parliament approved a budget for 2032.", None),
        ("The parliament approved the change for 2032.", ("2032-01-01", "2033-01-01")),
    ],
)
def test_a_year_that_dates_a_thing_dates_the_event_only_in_its_tense(
    text: str, window: tuple[str, str] | None
) -> None:
    claim = _one(_claims(text, published=dt.datetime(2031, 5, 7)), EventClaim, text.split()[2])
    stated = (
        (claim.window.earliest.date().isoformat(), claim.window.latest.date().isoformat())
        if claim.window_stated and claim.window is not None
        else None
    )
    assert stated == window


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        ("Orlen plans to cut 2,150 jobs at Tarvel Axle.", "2,150 jobs", "Tarvel Axle"),
        ("There are 3,000 workers at Norvik Mining.", "3,000 workers", "Norvik Mining"),
        # Nurses, doctors, teachers and firefighters are employed too.
        ("About 1,200 nurses at Dorrin Hospital will walk out.", "1,200 nurses", "Dorrin"),
        ("There are 90 teachers at Belsk Academy.", "90 teachers", "Belsk Academy"),
        # A site, not an employer: a thing's noun after the name, or a name of [sites].
        ("Roughly 300 workers at the Belsk mine will lose their jobs.", "300 workers", None),
        ("The company employs 300 workers at Camp Kesby.", "300 workers", None),
        # Not of a kind a body employs.
        ("About 400 soldiers at Vasterby will leave.", "400 soldiers", None),
    ],
)
def test_a_name_after_at_employs_the_jobs_and_workers_counted_before_it(
    text: str, words: str, owner: str | None
) -> None:
    """ "2,150 jobs at Tarvel Axle" are Tarvel Axle's, as "2,150 Tarvel Axle jobs" are."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.subject is not None and claim.subject.owner == owner


def test_an_employed_kind_of_no_counted_kind_is_an_error(tmp_path: Path) -> None:
    """``[employed]`` lists kinds of ``[counted]`` in units.toml; another is an error naming
    its key."""
    extra = tmp_path / "newsroom.toml"
    extra.write_text('[subjects.employed]\nkinds = ["staffer"]\n', encoding="utf-8")
    document = Document(text="Acme cut 40 jobs at Tarvel Axle.", id="story", published=WEDNESDAY)
    with pytest.raises(LexiconError, match="not a kind of") as caught:
        factcheck.extract(document, lexicon=load_lexicon(extra))
    assert caught.value.key == "subjects.employed.kinds"


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Quorn Air has 34 turboprop aircraft.", "34 turboprop aircraft", "Quorn Air aircraft"),
        ("Quorn Air has 34 turboprops.", "34 turboprops", "Quorn Air aircraft"),
        # A noun of another kind still says which ones.
        ("The trust cancelled 300 outpatient appointments.", "300",
         "the cancellation: outpatient appointment"),
    ],
)  # fmt: skip
def test_a_noun_of_the_counted_kind_before_it_says_no_more(text: str, words: str, key: str) -> None:
    """ "34 turboprop aircraft" are aircraft, as "34 turboprops" are: a modifier that names
    the counted noun's own kind is left out of the key."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.subject is not None and claim.subject.key == key


@pytest.mark.parametrize(
    ("text", "words", "unit", "key", "part"),
    [
        ("Norvik Mining will cut 1,850 of its 9,400 jobs.", "1,850 of its 9,400 jobs", "job",
         "Norvik Mining job", "cut"),
        ("It will cut 1,850 of Norvik Mining's roughly 9,400 jobs.", "1,850 of Norvik",
         "job", "Norvik Mining job", "cut"),
        ("The crash killed 12 of the 40 passengers on the bus.", "12 of the 40 passengers",
         "passenger", "passenger", "killed"),
        # No verb acts on the part: a part of them, not them ("12 of the 40 dead were
        # children"); nor a part larger than the whole.
        ("Twelve of the 40 dead were children.", "Twelve", "dimensionless", "death", None),
        ("It will cut 50 of its 40 jobs.", "50", "dimensionless", None, "cut"),
        # The words after the whole are the part's: the 40 passengers were not injured, the
        # twelve were.
        ("Twelve of the 40 passengers were injured.", "40 passengers", "passenger",
         "passenger", None),
        ("Twelve of the 40 passengers were injured.", "Twelve of the 40 passengers",
         "passenger", "passenger", "injured"),
        ("Six of the depot's 20 posts will be cut.", "Six of the depot's 20 posts", "job",
         "the depot: job", "cut"),
        ("Six of the depot's 20 posts will be cut.", "20 posts", "job", "the depot: job",
         None),
        # A happening done to the part: those "the" grounding of the story was done to.
        ("Kesh Air grounded 11 of its 34 aircraft on Sunday.", "11 of its 34 aircraft",
         "aircraft", "the grounding: aircraft", None),
        ("Kesh Air has 11 of its 34 aircraft in Norvik.", "11", "dimensionless", None, None),
    ],
)  # fmt: skip
def test_a_part_of_a_count_that_a_verb_acts_on_counts_what_the_count_counts(
    text: str, words: str, unit: str, key: str | None, part: str | None
) -> None:
    """ "cut 1,850 of its 9,400 jobs": 1,850 of the company's jobs, cut."""
    [claim] = [c for c in _claims(text) if isinstance(c, AmountClaim) and c.text.startswith(words)]
    assert claim.amount.unit == unit
    assert (claim.subject.key if claim.subject is not None else None) == key
    assert claim.part == part


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The death toll from the storm in Averly rose to 14.", "14"),
        ("The storm killed 14 in Averly.", "14"),
        ("When the storm hit Averly, 14 were confirmed dead.", "14"),
        ("The storm left 14 dead in Averly.", "14 dead"),
        ("The storm caused 14 deaths in Averly.", "14 deaths"),
        ("The storm killed 14 people in Averly.", "14 people"),
        ("The storm killed 14 more overnight in Averly.", "14"),
    ],
)
def test_a_toll_counts_people_whatever_words_count_it(text: str, words: str) -> None:
    """``[tolls]`` of units.toml: the dead counted as "dead", "deaths", people or a bare
    figure are one toll, of people."""
    toll = _one(_claims(text), AmountClaim, words)
    assert toll.subject is not None and toll.subject.key == "Averly storm person"
    assert toll.amount.unit == "person" and toll.part == "killed"


@pytest.mark.parametrize(
    ("text", "words"),
    [("Police recovered 35 bodies on Monday.", "35"), ("Crews moved 80 bodies a day.", "80")],
)
def test_a_count_of_a_noun_no_table_lists_is_of_that_noun(text: str, words: str) -> None:
    """ "35 bodies" counts bodies, and "80 bodies a day" too: its subject is keyed by the
    noun's singular."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.subject is not None and claim.subject.key == "body"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Gutierrez died aged 78 when the storm hit Averly.", "78"),
        ("Gutierrez, 78, died when the storm hit Averly.", "78"),
        ("The team was missing two players when the storm hit Averly.", "two"),
        ("Defence was one of the two missing pieces when the storm hit Averly.", "two"),
        ("The death toll of the magnitude 6.3 earthquake in Averly rose.", "6.3"),
        # The noun after the figure is what it counts, whatever acts on it.
        ("The storm killed about 2,800 fish in Averly.", "2,800"),
        ("The storm left about 2,800 dead fish in Averly.", "2,800"),
    ],
)
def test_a_figure_near_a_toll_word_that_counts_no_victims_is_no_toll(text: str, words: str) -> None:
    """An age, a verb that does not act on its victims ("missing two players"), a figure
    before a noun, or one that is no whole number, counts no one the storm killed."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.amount.unit != "person"
    assert claim.subject is None or "storm" not in claim.subject.key


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The storm left 25 wounded people in Averly.", "25 wounded people"),
        ("When the storm hit Averly, 25 people were wounded.", "25 people"),
    ],
)
def test_the_word_of_a_tolls_part_is_no_kind_of_people(text: str, words: str) -> None:
    """ "25 wounded people" and "25 people were wounded" are one toll: the word of its part
    says which part it counts, not what kind of people."""
    toll = _one(_claims(text), AmountClaim, words)
    assert toll.subject is not None and toll.subject.key == "Averly storm person"
    assert toll.part == "injured"


@pytest.mark.parametrize(
    ("text", "words", "name", "years"),
    [
        ("Ada Lane, 67, a retired teacher, was injured.", "67", "Ada Lane", 67),
        ("The crash injured Ada Lane, 67.", "67", "Ada Lane", 67),
        ("Ada Lane, aged 67, was injured.", "67", "Ada Lane", 67),
        ("The crash injured 67-year-old Ada Lane.", "67-year-old", "Ada Lane", 67),
        ("Ada Lane, a 67-year-old teacher, was hurt.", "67-year-old", "Ada Lane", 67),
        # A title is no part of the name, and a surname stands for the name it ends.
        ("Dr Ada Lane, 67, was hurt.", "67", "Ada Lane", 67),
        ("Ada Lane was hurt. Lane, 67, is a teacher.", "67", "Ada Lane", 67),
    ],
)
def test_the_age_of_a_named_person(text: str, words: str, name: str, years: int) -> None:
    """An age in an aside after a person's name, or in years before it, is an age claim of
    the name (FC103 compares them)."""
    claim = _one(_claims(text), AmountClaim, words)
    assert claim.part == "age" and claim.text == words
    assert claim.subject is not None and claim.subject.key == name
    assert claim.amount.low == claim.amount.high == years * registry().year


@pytest.mark.parametrize(
    "text",
    [
        # A body's name, a name of one word, a time and a place are no person.
        "The Belsk Health Trust, 12, said so.",
        "Lane, 67, was hurt.",
        "On Tuesday, March 3, 12 people died.",
        "In Kesh, 12, and in Orvo, 14, people died.",
        # A count after the name, and an age not told exactly.
        "Ada Lane, 67 votes ahead, won.",
        "Ada Lane, about 67, was hurt.",
    ],
)
def test_no_age_without_a_named_person(text: str) -> None:
    assert not [c for c in _claims(text) if isinstance(c, AmountClaim) and c.part == "age"]


def test_a_date_given_with_its_weekday_is_a_claim_of_its_own() -> None:
    """ "Friday, March 14" (a Friday in 2031) and "Sunday, March 16" (a Friday's date, given a
    Sunday) are claims of the day of the week they give their dates; a weekday alone and a
    date alone are not."""
    claims = _claims(
        "The ferry will sail again on Friday, March 14, and the port will reopen on Sunday,"
        " March 14. Talks were held on Monday and on March 3."
    )
    found = [(c.text, c.date, c.weekday) for c in claims if isinstance(c, factcheck.WeekdayClaim)]
    assert found == [
        ("Friday, March 14", dt.date(2031, 3, 14), 5),
        ("Sunday, March 14", dt.date(2031, 3, 14), 7),
    ]
    sunday = _one(claims, factcheck.WeekdayClaim, "Sunday")
    value = claim_json(sunday, Document(id="story", text=""))
    assert value["kind"] == "weekday"
    assert value["value"]["date"] == "2031-03-14" and value["value"]["weekday"] == 7
    assert value["value"]["falls_on_it"] is False


def test_a_weekday_date_in_a_quote_is_read_from_when_it_was_said() -> None:
    """ "next Friday, March 14" said on a day of the year before is that year's March 14,
    whose weekday a reader checks against that year's calendar: the claim carries the
    statement's speaker and reference."""
    claims = _claims(
        'Ana Lima said on March 2, 2030: "The ferry will sail again on Friday, March 14."',
        published=WEDNESDAY,
    )
    claim = _one(claims, factcheck.WeekdayClaim, "Friday, March 14")
    assert isinstance(claim, factcheck.WeekdayClaim)
    assert claim.reference == dt.datetime(2030, 3, 2)
    assert claim.date == dt.date(2030, 3, 14)
    assert claim.speaker is not None and claim.speaker.key == "ana lima"


def test_years_old_of_no_one_named_are_no_claim() -> None:
    """ "A 92-year-old man died": an age of someone unnamed, which no rule can compare, and
    no length of time the death took."""
    claims = _claims("A 92-year-old man died on Friday. Ada Lane, 67, was hurt.")
    amounts = [c for c in claims if isinstance(c, AmountClaim)]
    assert [(c.text, c.part) for c in amounts] == [("67", "age")]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("The party sent 24 delegates to the convention in New Hampshire.", None),
        ("The council paid Fresh Start Trust to house 40 families.", None),
        ("The party sent 24 new delegates to the convention.", "added"),
        ("New soldiers arrived: 300 troops landed on Monday.", "added"),
        # At a sentence's start, a capital tells nothing.
        ("Extra Kesh troops, 300 in all, arrived on Monday.", "added"),
    ],
)
def test_a_part_word_that_opens_a_name_tells_no_part(text: str, part: str | None) -> None:
    """ "New" of "New Hampshire" adds nothing: a capitalized part word right before another
    capitalized word opens a name."""
    [amount] = [c for c in _claims(text) if isinstance(c, AmountClaim)]
    assert amount.part == part


def test_a_part_of_a_count_is_dated_by_its_whole_clause() -> None:
    """ "cancelled 300 of its 1,200 appointments on Monday": the time after the whole is the
    part's too, and so is the verb after it ("Six of the depot's 20 posts will be cut")."""
    count = _one(
        _claims("The trust cancelled 300 of its 1,200 appointments on Monday."),
        AmountClaim,
        "300 of its",
    )
    assert count.time_phrase == "Monday"
    cut = _one(_claims("Six of the depot's 20 posts will be cut."), AmountClaim, "Six")
    assert cut.mood == "future"


@pytest.mark.parametrize(
    ("text", "key", "mood"),
    [
        ("The service resumed on Friday, ending an 18-day suspension.", "the closure", None),
        ("Friday's repairs will end a ten-day suspension.", "the closure", None),
        # With no verb of its end, a length of one of a kind is of no one happening.
        ("The council approved a ten-day suspension.", "closure", None),
    ],
)
def test_the_length_an_end_ends_is_the_storys_one_as_of_that_end(
    text: str, key: str, mood: str | None
) -> None:
    """ "ending an 18-day suspension": the length of "the" suspension its story tells of, as
    of its end, whatever the clause's mood ("will end a ten-day suspension")."""
    [length] = [c for c in _claims(text) if isinstance(c, AmountClaim) and c.part == "length"]
    assert length.subject is not None and length.subject.key == key
    assert length.mood == mood


def test_an_irregular_past_is_the_verb_of_its_clause() -> None:
    """ "ran", "met", "sat" are finite verbs as "-ed" forms are: the participle after "ran for
    mayor in 2019," is the runner's, and a relative clause of "ran aground" ends the phrase of
    the thing suspended, whose time is not the grounding's."""
    won = _one(_claims("Ana Lima ran for mayor of Penwick in 2019, winning a second term."),
               EventClaim, "winning")  # fmt: skip
    assert won.subject is not None and won.subject.key == "Ana Lima"
    text = "Orrin Freight has suspended the captain of the barge that ran aground on Sunday night."
    suspended = _one(_claims(text), EventClaim, "suspended")
    assert suspended.text == "Orrin Freight has suspended the captain"
    assert suspended.window is not None and suspended.window.earliest is None


@pytest.mark.parametrize(
    ("text", "amounts"),
    [
        ("We expect cases to keep rising for at least two more weeks.", []),
        ("Sales were weak in the first half of the year.", []),
        # A count inside an "until" that runs to a happening is still a count.
        (
            "The bridge will stay shut until further notice after engineers saw damage to"
            " seven of its cables.",
            ["seven of its cables"],
        ),
    ],
)
def test_a_bare_number_inside_a_time_is_no_amount(text: str, amounts: list[str]) -> None:
    """ "two more weeks", "the first half": the number is the time's, not a count."""
    assert [c.text for c in _claims(text) if isinstance(c, AmountClaim)] == amounts


@pytest.mark.parametrize(
    ("text", "words", "day"),
    [
        (
            "Ivo Kranjc conceded on Sunday night and said he would not seek a recount.",
            "conceded",
            2,
        ),
        ("On Monday, Mayor Mara Quill declared a state of emergency.", "declared", 3),
    ],
)
def test_a_verb_of_speech_that_tells_an_event_is_dated_by_its_statement(
    text: str, words: str, day: int
) -> None:
    """A time that dates a statement ("conceded on Sunday night and said") dates the event
    whose verb is the statement's own verb of speech too: the concession was on Sunday."""
    claim = _one(_claims(text), EventClaim, words)
    assert isinstance(claim, EventClaim) and claim.window is not None
    assert claim.window.earliest is not None and claim.window.earliest.day == day
