"""Events are found with their class, polarity, tense, modality and theme."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Modality, Polarity, Tense
from factcheck._events import (
    _CLAUSE_BREAK,
    _WORD,
    EventMention,
    _Auxiliaries,
    _before,
    find_events,
    holds_on,
    inflections,
    is_recurring,
    is_state,
    opposites,
    stance_class,
)
from factcheck._lexicon import load_lexicon
from factcheck._model import Span
from factcheck._segment import segment
from factcheck.errors import LexiconError


def _events(text: str) -> list[EventMention]:
    return find_events(text, segment(text))


def _only(text: str) -> EventMention:
    [event] = _events(text)
    return event


def test_inflections_follow_english_rules() -> None:
    """Regular and irregular forms are generated from the base form."""
    assert {"leaves", "leaving", "left"} <= inflections("leave", {"leave": ["left"]})
    assert {"stops", "stopped", "stopping"} <= inflections("stop", {})
    assert {"carries", "carried"} <= inflections("carry", {})


def test_opposite_classes() -> None:
    """Leaving excludes remaining, and the reverse."""
    assert "remain" in opposites("withdraw")
    assert "withdraw" in opposites("remain")


def test_a_class_may_be_the_opposite_of_several() -> None:
    """Lifting a ban and withdrawing troops each deny that something remains: the stance of
    all three is told by "remain"; of a pair, by the first in order; a class with no
    opposite has none."""
    assert stance_class("lift") == stance_class("withdraw") == stance_class("remain") == "remain"
    assert stance_class("rise") == stance_class("fall") == "fall"
    assert stance_class("visit") is None


def test_opposites_whose_stances_cannot_be_told_apart_are_an_error() -> None:
    """Three classes each the opposite of the other two leave no class to tell their stance
    by: a LexiconError that names the key."""
    classes = {
        name: {
            "verbs": [verb],
            "opposite": [other for other in ("ebb", "flow", "pool") if other != name],
        }
        for name, verb in (("ebb", "ebb"), ("flow", "flow"), ("pool", "pool"))
    }
    lexicon = load_lexicon(extensions=[("mine", {"events": {"classes": classes}})])
    with pytest.raises(LexiconError, match="opposite"):
        stance_class("ebb", lexicon=lexicon)


def test_future_assertion() -> None:
    """'will leave' is an asserted future withdrawal."""
    event = _only("The crews will leave within 60 days.")
    assert (event.event, event.tense, event.modality, event.polarity) == (
        "withdraw",
        Tense.FUTURE,
        Modality.ASSERTED,
        Polarity.POSITIVE,
    )
    assert event.span.slice("The crews will leave within 60 days.") == "will leave"


@pytest.mark.parametrize(
    "text",
    [
        "The crews will not stay there.",
        "The crews had at no stage stayed there.",
        "The crews at no point stayed there.",
    ],
)
def test_negation(text: str) -> None:
    """'will not stay there', 'had at no stage stayed there' are a negative remain."""
    assert _only(text).polarity is Polarity.NEGATIVE


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The ferry failed to leave on Friday.", Tense.PAST),
        ("The ferry has failed to leave.", Tense.PAST),
        ("The ferry fails to leave on time.", Tense.PRESENT),
    ],
)
def test_failing_to_act_is_not_acting(text: str, tense: Tense) -> None:
    """ "failed to leave" tells that it did not leave; "fails to leave" that it does not."""
    event = _only(text)
    assert (event.event, event.polarity, event.tense) == ("withdraw", Polarity.NEGATIVE, tense)


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The ferry refused to leave on Friday.", Tense.PAST),
        ("The ferry declined to leave.", Tense.PAST),
        ("The ferry refuses to leave.", Tense.PRESENT),
    ],
)
def test_refusing_to_act_is_not_acting(text: str, tense: Tense) -> None:
    """ "refused to leave" tells that it did not leave, by the one who would have left."""
    [event] = [e for e in _events(text) if e.event == "withdraw"]
    assert (event.polarity, event.tense) == (Polarity.NEGATIVE, tense)


def test_a_passive_after_to_is_no_more_done_than_an_active_one() -> None:
    """ "allows the crews to be withdrawn" tells no withdrawal done, as "to withdraw" does
    not; "were withdrawn" does."""
    assert _only("The law allows the crews to be withdrawn.").tense is not Tense.PAST
    assert _only("The crews were withdrawn.").tense is Tense.PAST


def test_would_is_marked_as_possibly_backshifted() -> None:
    """'would return home' is conditional, and may be a reported 'will'."""
    event = _only("She said the crews would return home soon.")
    assert event.modality is Modality.CONDITIONAL
    assert event.backshifted


def test_a_conditional_of_the_past_is_not_backshifted() -> None:
    """'could have returned' tells of what did not happen: no 'will' was shifted into it."""
    event = _only("She said the crews could have returned home.")
    assert event.modality is Modality.CONDITIONAL
    assert not event.backshifted


def test_possible_planned_and_desired() -> None:
    """'could', 'plans to' and 'wants to' give their modalities."""
    assert _only("The crews could leave.").modality is Modality.POSSIBLE
    assert _only("The firm plans to withdraw.").modality is Modality.PLANNED
    assert _only("He wants to bring the crews back home.").modality is Modality.DESIRED


@pytest.mark.parametrize(
    "text",
    [
        "The crews should leave.",
        "The crews must leave by May.",
        "They ought to leave.",
        "The crews need to leave.",
        "Two clean rounds of tests are needed to lift the curfew.",
    ],
)
def test_an_obligation_is_desired_not_asserted(text: str) -> None:
    """'should', 'must' and 'need to' tell what someone wants to happen, not that it happens."""
    assert _only(text).modality is Modality.DESIRED


@pytest.mark.parametrize(
    "text", ["Demand fell in May.", "Oil demand rose in May.", "Demand for steel fell in May."]
)
def test_a_verb_of_wish_that_is_the_subject_is_a_noun(text: str) -> None:
    """ "Demand fell" tells of a fall, not of a wish: "demand" right before the verb, or
    opening its clause, is the noun its subject is."""
    event = _only(text)
    assert (event.tense, event.modality) == (Tense.PAST, Modality.ASSERTED)


def test_a_verb_of_wish_before_its_object_still_asks() -> None:
    """ "demanded the crews leave" is a wish."""
    assert _only("Protesters demanded the crews leave.").modality is Modality.DESIRED


def test_an_expectation_tells_what_will_be() -> None:
    """'we expect to' tells of what is to come, as 'expects to' does."""
    event = _only("We expect to withdraw the crews on Thursday.")
    assert (event.tense, event.modality) == (Tense.FUTURE, Modality.ASSERTED)


@pytest.mark.parametrize(
    "text",
    ["They are afraid to go back.", "The crews are reluctant to leave.", "We are keen to stay."],
)
def test_how_one_feels_about_doing_it_is_no_assertion(text: str) -> None:
    """ "afraid to go back" tells of a fear, not of a return."""
    assert _only(text).modality is Modality.DESIRED


def test_under_way() -> None:
    """'has started withdrawing' is a withdrawal under way (present)."""
    event = _only("The navy has started withdrawing its crews.")
    assert event.tense is Tense.PRESENT
    assert event.theme == "object"


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The navy's crews are being withdrawn.", Tense.PRESENT),
        ("With the navy's crews being withdrawn, the port is quiet.", Tense.PRESENT),
        ("The navy's crews were being withdrawn.", Tense.PAST),
        ("The navy's crews are withdrawn.", Tense.PAST),  # the withdrawal is done
        ("The Belsk bridge is closed to traffic.", Tense.PRESENT),  # closed now
        ("The Belsk bridge was closed to traffic.", Tense.PAST),
    ],
)
def test_a_passive_under_way(text: str, tense: Tense) -> None:
    """'are being withdrawn' is a withdrawal under way, as 'are withdrawing' is."""
    assert _only(text).tense is tense


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("Navy crews to leave the port in October\n\nThe plan was confirmed.", Tense.FUTURE),
        ("# Navy crews to leave the port in October", Tense.FUTURE),
        # A sentence with its period is no headline.
        ("Navy crews to leave the port in October.", Tense.PRESENT),
    ],
)
def test_a_headline_to_tells_what_will_be(text: str, tense: Tense) -> None:
    """'Navy crews to leave the port', a headline, says they will leave."""
    event = _events(text)[0]
    assert (event.tense, event.modality) == (tense, Modality.ASSERTED)


def test_held_off_until() -> None:
    """'will not remove its crews until the storm ends' is conditional, not a flat refusal;
    the event says where the word that holds it off ends."""
    text = "The navy will not remove its crews until the storm passes."
    event = _events(text)[0]
    assert event.polarity is Polarity.NEGATIVE
    assert event.modality is Modality.CONDITIONAL
    assert event.held_until == text.index(" the storm")


def test_a_condition_holds_off_nothing() -> None:
    """'will not leave unless …' is held off by no time: a condition, with no place for one."""
    event = _events("The crews will not leave the port, unless the storm ends.")[0]
    assert event.modality is Modality.CONDITIONAL
    assert event.held_until is None


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Will the crews leave the port this year?", Modality.CONDITIONAL),
        ("“Why would the crews leave?” she asked.", Modality.CONDITIONAL),
        ("Have the crews left the U.S. port?", Modality.CONDITIONAL),
        # The question is another sentence's, or another quotation's.
        ("The crews will leave the U.S. port. Why?", Modality.ASSERTED),
        ("“The crews will leave,” she said, “but why now?”", Modality.ASSERTED),
    ],
)
def test_a_question_asserts_nothing(text: str, modality: Modality) -> None:
    """An event in a question is not asserted, as one in a condition is not."""
    assert _events(text)[0].modality is modality


@pytest.mark.parametrize(
    "text",
    [
        "The crews did not leave the port.",
        "The crews didn't leave the port.",
        "The crews did not immediately leave the port.",
        "The crews did leave the port.",
    ],
)
def test_did_tells_of_the_past(text: str) -> None:
    """'did not leave' is a past event, as 'left' is."""
    assert _only(text).tense is Tense.PAST


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("If the crews leave, the port closes.", Modality.CONDITIONAL),
        ("Nobody knows whether the crews will leave.", Modality.CONDITIONAL),
        ("Trade is best when the port is open.", Modality.CONDITIONAL),
        ("Once the crews leave, the port closes.", Modality.CONDITIONAL),
        ("The crews will stay until the port is open.", Modality.CONDITIONAL),
        # A present passive tells of a time to come too.
        ("Aid will flow until the crews are withdrawn.", Modality.CONDITIONAL),
        # A condition after the verb's phrase, with a comma or none.
        ("The crews will leave the port if the storm grows.", Modality.CONDITIONAL),
        ("The crews will leave the port, unless the storm ends.", Modality.CONDITIONAL),
        ("The crews will leave the port only if the storm grows.", Modality.CONDITIONAL),
        # A concession, a question, or a condition of another clause asserts it.
        ("The crews will leave the port even if the storm ends.", Modality.ASSERTED),
        ("The crews will leave the port whether or not the storm ends.", Modality.ASSERTED),
        ("The crews left without saying if the port was safe.", Modality.ASSERTED),
        ("The crews will leave, and others will stay if they can.", Modality.ASSERTED),
        # A time clause in the past, and one without its own verb, tell of what happened.
        ("When the crews left, the port was quiet.", Modality.ASSERTED),
        ("After leaving the port, the crews slept.", Modality.ASSERTED),
    ],
)
def test_a_clause_of_condition_or_of_a_time_to_come_is_not_asserted(
    text: str, modality: Modality
) -> None:
    """An event in an "if" clause, or in a time clause in the present tense, is conditional."""
    first = next(event for event in _events(text) if event.event in ("withdraw", "open", "return"))
    assert first.modality is modality


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The myth that the port is open persists.", Modality.POSSIBLE),
        ("There are fears that prices will rise.", Modality.POSSIBLE),
        ("The rumor that the port was closed spread.", Modality.POSSIBLE),
        # A relative clause, its object left out: the court did reject the notion.
        ("It is the notion that the court rejected in May.", Modality.ASSERTED),
        # Reported speech is the speaker's assertion.
        ("He said that prices will rise.", Modality.ASSERTED),
    ],
)
def test_a_thought_told_of_is_not_asserted(text: str, modality: Modality) -> None:
    """The event of a whole clause after "the myth that", "fears that" is only possible."""
    assert _only(text).modality is modality


def test_a_clause_opener_must_open_clauses() -> None:
    """A word in the lexicon's clause openers that never opens a clause is a LexiconError."""
    lexicon = load_lexicon(extensions=[("mine", {"events": {"clauses": {"time": ["soon"]}}})])
    with pytest.raises(LexiconError, match="soon"):
        find_events("They stay.", segment("They stay."), lexicon=lexicon)


def test_transitive_use_takes_the_object_as_theme() -> None:
    """'bring our crews back home' is about the crews."""
    event = _only("We want to bring our crews back home.")
    assert (event.event, event.theme) == ("withdraw", "object")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The hearing is set to begin on Friday.", [("begin", "is set to begin")]),
        ("The meeting is scheduled to open at noon.", [("open", "is scheduled to open")]),
        # Told with no verb after it, the schedule is the event.
        ("The hearing is set for Friday.", [("hold", "is set")]),
    ],
)
def test_a_verb_of_a_future_auxiliary_is_no_event(text: str, found: list[tuple[str, str]]) -> None:
    """ "is set to begin": "set to" says when the beginning will be; nothing was set."""
    assert [(event.event, event.span.slice(text)) for event in _events(text)] == found


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Quorn will keep the Penwick depot open.", [("open", "will keep the Penwick depot open")]),
        ("They kept the gates shut all night.", [("close", "kept the gates shut")]),
        # The adjective inside a noun's phrase is no particle: no event at all.
        ("She kept an open mind.", []),
    ],
)
def test_a_verb_may_hold_its_object_before_an_adjective(
    text: str, found: list[tuple[str, str]]
) -> None:
    """ "keep the depot open" is the "keep open" of ``[classes.open]`` with its object inside:
    one event about the depot, and the "open" that ends it is no event of its own."""
    events = _events(text)
    assert [(event.event, event.span.slice(text)) for event in events] == found
    assert all(event.theme == "object" for event in events)


def test_copular_remain_is_not_staying() -> None:
    """'remain committed' is not the 'remain' of staying somewhere."""
    assert _events("The partners remain committed to the plan.") == []
    assert _only("The crews remain in port.").event == "remain"


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Ana Lima will appeal the ruling.", ["appeal"]),
        ("The decision cannot be appealed.", ["appeal"]),
        ("Police appealed for calm.", []),
        ("The film appeals to young voters.", []),
        ("The appeals court granted a stay.", []),
        ("The court hears appeals from the lower courts.", []),
        ("The ruling was overturned on appeal.", []),
    ],
)
def test_an_appeal_is_against_a_ruling(text: str, found: list[str]) -> None:
    """Appealing a ruling is an event; appealing for calm or to voters, and the noun of the
    court or of what it hears, are not."""
    assert [event.event for event in _events(text) if event.event == "appeal"] == found


def test_nouns_are_not_events() -> None:
    """'its defeat' and 'a rapid end' are nouns."""
    assert _events("Its defeat came quickly, and the talks came to a rapid end.") == []


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Ana Lima will remain managing director of Tessaro.", ["stay_on"]),
        ("Ana Lima remained as chair until 2031.", ["stay_on"]),
        ("Ana Lima is staying on as coach.", ["stay_on"]),
        ("Ana Lima will step down as chief executive.", ["resign"]),
        ("Prices remain high.", []),
    ],
)
def test_remaining_in_an_office_is_staying_on(text: str, events: list[str]) -> None:
    """ "will remain managing director" is staying on in an office (`offices` of `stay_on`)."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The Kelder footbridge collapsed on Friday.", ["collapse"]),
        ("The old bridge gave way under the weight of the crowd.", ["collapse"]),
        ("The mine roof caved in.", ["collapse"]),
        ("Voters feared economic collapse.", []),
        ("The fund survived a near collapse in 2030.", []),
    ],
)
def test_a_structure_giving_way_is_a_collapse(text: str, events: list[str]) -> None:
    """ "collapsed", "gave way" and "caved in" are one happening; "economic collapse" a noun."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ('"We will do our job," Fire Chief Ana Hessel said.', []),
        ("\u201cWe will do our job,\u201d Fire Chief Ana Hessel said.", []),
        ('"Leave the valley now," Hessel said.', ["withdraw"]),
        ("\u201cLeave the valley now,\u201d Hessel said.", ["withdraw"]),
    ],
)
def test_a_capitalized_verb_after_a_quotation_is_a_name(text: str, events: list[str]) -> None:
    """A verb written with a capital inside a sentence is a name ("Fire Chief"), also right
    after a quotation that ends; one that opens a quotation is a verb."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Police opened fire on the crowd.", []),
        ("The tool is open source.", []),
        ("The minister has been very open about it.", []),
        ("The firm opened its doors in May.", ["open"]),
        ("The bridge reopened to traffic.", ["open"]),
    ],
)
def test_opening_fire_is_no_opening(text: str, events: list[str]) -> None:
    """ "opened fire", "open source" and "open about" are no opening (`not_after` of open)."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Hundreds of homes were left without power.", []),
        ("The driver was left paralysed after the crash.", []),
        ("The wins in Kesh left him with 40 delegates.", []),
        ("She said the floods had left us nothing.", []),
        ("Voters on the far left backed the plan.", []),
        ("The mayor declined to comment.", []),
        ("Ana Lima left Kesh on Friday.", ["withdraw"]),
        ("The crews were withdrawn from Kesh.", ["withdraw"]),
        ("The crews were leaving Kesh.", ["withdraw"]),
        ("Sales declined sharply in May.", ["fall"]),
    ],
)
def test_leaving_a_thing_so_is_no_departure(text: str, events: list[str]) -> None:
    """The passive of "leave" (`not_passive`), "leave" before a pronoun ("left him with"),
    the "left" of politics and "declined to" are no departure or fall; "left Kesh", "were
    withdrawn" and "were leaving" are departures."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("Norvik scored with two minutes left in the game.", []),
        ("There are no jobs left in Lowick, the mayor said.", []),
        ("There will be 40 tickets left for the concert.", []),
        ("With only a week left before the vote, the council met.", []),
        ("The union has nothing left to give.", []),
        ("There were reports the Valdoria troops left Belsk.", ["withdraw"]),
        ("With the talks over, the crews left Kesh.", ["withdraw"]),
        ("The last crews left Kesh on Monday.", ["withdraw"]),
    ],
)
def test_a_participle_that_describes_a_count_is_no_departure(text: str, events: list[str]) -> None:
    """ "Left" after an opener of `[participles]` and a count ("with two minutes left",
    "there are no jobs left") or after "nothing" describes what remains; after a clause or a
    subject that is no count it is a departure."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    ("text", "events"),
    [
        ("The few soldiers left in Belsk were moved on Monday.", []),
        ("The families left behind in Kesh will be rehoused.", []),
        ("The 40 workers left at the plant are to be moved.", []),
        ("The troops left Belsk on Monday and were replaced by police.", ["withdraw"]),
        ("The troops left in March, when the talks were over.", ["withdraw"]),
        ("The troops left as the shelling was heavy.", ["withdraw"]),
        ("The troops who left on Monday were the last.", ["withdraw"]),
        ("The troops had left by the time the police were called.", ["withdraw"]),
        # "May" written so is the month, not "may" of a verb of the soldiers.
        ("The troops left on May 2.", ["withdraw"]),
        ("The troops left Kesh in May.", ["withdraw"]),
        ("The troops left in May.", ["withdraw"]),
        ("The few soldiers left in Belsk may be moved.", []),
    ],
)
def test_a_participle_that_a_verb_of_its_noun_follows_is_no_departure(
    text: str, events: list[str]
) -> None:
    """ "The soldiers left in Belsk were moved": "left" with no object, and a verb of its noun
    after it in its clause (``finite`` of `[participles]`), describes the soldiers; after an
    object, a break ("and", "as", a comma), "who" or an auxiliary it is a departure."""
    assert [event.event for event in _events(text)] == events


@pytest.mark.parametrize(
    "text",
    [
        "Analysts expect a further moderate decline in prices.",
        "Crews searched a second apartment block.",
        "The originally planned launch was scrubbed.",
        "The club made its second straight win.",
        "The striker signed a five-year contract.",
        "Kesby United signed him on a 3-year contract.",
        "Sales saw a year-on-year fall.",
    ],
)
def test_a_noun_after_a_determiner_and_two_modifiers_is_not_an_event(text: str) -> None:
    """'a further moderate decline' is a noun, as 'a rapid end' is, and so is 'a five-year
    contract': the words a hyphen joins describe it as one word."""
    assert _events(text) == []


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The crews will then leave.", "withdraw"),
        ("The two crews then leave.", "withdraw"),
        ("He asked her to come back.", "withdraw"),
    ],
)
def test_a_subject_or_an_auxiliary_before_the_verb_keeps_it_a_verb(text: str, event: str) -> None:
    """A plural subject, an auxiliary or "to" between a determiner and the verb: a verb."""
    assert _only(text).event == event


def test_a_score_or_a_count_before_a_verb_makes_it_a_noun() -> None:
    """'a 2-0 win' and 'with 21 wins' are nouns; in '13 remain at the base' the number is the
    subject of the verb."""
    assert _events("The club moved up with a 2-0 win, its best run with 21 wins.") == []
    assert _only("Of the crews, 13 remain at the base.").event == "remain"


@pytest.mark.parametrize(
    "text", ["He was last seen there last fall.", "We talk today, full stop.", "At the bus stop."]
)
def test_a_season_or_a_stop_is_not_an_event(text: str) -> None:
    """ "last fall" is the season, and "full stop", "bus stop" nouns."""
    assert _events(text) == []


def test_close_to_a_number_is_not_closing() -> None:
    """'close to 100 per cent' is not an event of closing."""
    assert _events("The work is close to 100 per cent complete.") == []


@given(
    st.text(alphabet=st.sampled_from(list("ab will not leave remain stay home , .")), max_size=200)
)
def test_events_never_fail(text: str) -> None:
    """Any text gives events whose spans lie in it."""
    for event in _events(text):
        assert 0 <= event.span.start <= event.verb.start < event.verb.end <= len(text)


def test_gerunds_after_prepositions_are_not_events() -> None:
    """'the purpose of withdrawing the crews' asserts no withdrawal."""
    assert _events("The purpose of withdrawing the crews now is unclear.") == []
    assert _events("The purpose of [withdrawing the crews] now is unclear.") == []


def test_states_are_marked_in_the_lexicon() -> None:
    """'remain' holds over a time; 'leave' happens."""
    assert is_state("remain") and is_state("stay_on")
    assert not is_state("withdraw")


def test_recurring_events_are_marked_in_the_lexicon() -> None:
    """A rise or a fall happens to a subject again and again; a withdrawal is one event."""
    assert is_recurring("rise") and is_recurring("fall")
    assert not is_recurring("withdraw") and not is_recurring("remain")


@pytest.mark.parametrize("flag", ["state", "recurring", "status"])
def test_a_class_flag_must_be_a_boolean(flag: str) -> None:
    """A malformed class in a user's lexicon is a LexiconError naming the key."""
    lexicon = load_lexicon(extensions=[("mine", {"events": {"classes": {"x": {flag: "yes"}}}})])
    with pytest.raises(LexiconError, match=flag):
        find_events("They stay.", segment("They stay."), lexicon=lexicon)


@pytest.mark.parametrize(
    ("own_nouns", "problem"),
    [
        ("vote", "must be a table"),
        ({"vote": 3}, "must be one verb and its noun"),
        ({"vote": "parade"}, "none of its objects"),
    ],
)
def test_own_nouns_must_name_objects_of_the_class(own_nouns: object, problem: str) -> None:
    """``own_nouns`` maps a verb to a noun of its class's ``objects``; anything else in a
    user's lexicon is a LexiconError naming the key."""
    spec = {"verbs": ["gather"], "objects": ["vote"], "topics": ["on"], "own_nouns": own_nouns}
    lexicon = load_lexicon(extensions=[("mine", {"events": {"classes": {"x": spec}}})])
    with pytest.raises(LexiconError, match=problem) as caught:
        find_events("They vote.", segment("They vote."), lexicon=lexicon)
    assert caught.value.key.startswith("events.classes.x.own_nouns")


@pytest.mark.parametrize(
    "text",
    [
        "The block of flats caught fire.",
        "Residents saw new fires.",
        "Monitors heard small-arms fire near the river.",
        "The ship sank in open seas.",
        "Children may contract measles.",
        "Many have fallen ill.",
        "Storm Ciara left five people dead across Britain.",
        "The quake left about 60,000 people homeless.",
        "The attack left at least 42 people dead.",
        "Velmoria's left is divided.",  # after a possessive, a noun
        "The workers' strike was long.",
        "The blast left 12 injured.",
        "The US will leave 2,000 troops in Syria.",
        "Dozens dead in boat fire",
        "Hotel fire kills at least seventeen",
        "The boat fire was put out.",
        "No fire extinguishers were found.",
        "Police fired on the crowd.",  # past, with no object and not passive: shots
    ],
)
def test_other_words_of_the_same_form_are_not_events(text: str) -> None:
    """A noun after a verb or preposition, an intransitive verb with an object, an adjective,
    a "leave" with a count after it (no departure), a verb that needs an object with none, or
    in its own form with no auxiliary or subject pronoun before it ("fire kills")."""
    assert _events(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The road was closed to traffic on Monday.",
        "The airport will remain closed to commercial flights until further notice.",
        "The pass is shut to lorries.",
    ],
)
def test_what_a_closed_thing_is_closed_to_is_the_verbs(text: str) -> None:
    """ "To" after a participle in a state ("was closed to", "remain closed to") is the
    closing's; "close to 60 percent" is no closing, nor is "started to" a beginning."""
    assert [event.event for event in _events(text)] == ["close"]


@pytest.mark.parametrize("text", ["Turnout was close to 60 percent.", "Troops started to go."])
def test_close_to_and_started_to_are_other_words(text: str) -> None:
    assert "close" not in [event.event for event in _events(text)]
    assert "begin" not in [event.event for event in _events(text)]


def _with_times(text: str, times: list[str]) -> list[str]:
    """The verbs of the events of ``text``, given the time expressions ``times`` in it."""
    spans = [Span(start=text.index(time), end=text.index(time) + len(time)) for time in times]
    found = find_events(text, segment(text), times=spans)
    return [text[event.verb.start : event.verb.end] for event in found]


@pytest.mark.parametrize(
    ("text", "times", "verbs"),
    [
        ("Prices fell this week.", ["this week"], ["fell"]),
        ("Sales grew this year, the company said.", ["this year"], ["grew"]),
        ("Shares fell the next day.", ["the next day"], ["fell"]),
        ("Prices fell that fall.", ["that fall"], ["fell"]),
        ("Prices will fall next fall.", ["next fall"], ["fall"]),
        ("Acme dropped the charges this week.", ["this week"], []),  # an object first
    ],
)
def test_a_time_expression_is_no_object_and_names_no_event(
    text: str, times: list[str], verbs: list[str]
) -> None:
    """An intransitive verb followed by a time ("fell this week") is not a verb with an
    object, and the season of "that fall" is no falling."""
    assert _with_times(text, times) == verbs


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The storm will pass by the island on Friday.", None),
        ("Her father passed away on Monday.", None),
        ("The bill was passed by the Senate.", "approve"),
        ("The bill passed the Senate.", "approve"),
        ("The school is close by the river.", None),
        ("The plant was closed by its owners.", "close"),
        ("The plant was quickly closed by its owners.", "close"),
        ("The plant will close by the end of the year.", "close"),  # a deadline
        ("The storm will pass by the island.", None),  # "pass by" is the verb's own
        ("The plant will stay open for now.", "open"),
    ],
)
def test_words_after_one_verb_make_it_another(text: str, event: str | None) -> None:
    """A `not_after` of two words is for its verb alone ("pass by"); "by" after a participle
    and a form of "be" names the doer ("was passed by the Senate", "was closed by"), and after
    another auxiliary a deadline ("will close by the end of the year")."""
    assert [found.event for found in _events(text)] == ([event] if event else [])


@pytest.mark.parametrize(
    ("text", "event"),
    [("The economy contracted.", "fall"), ("The company left the valley.", "withdraw")],
)
def test_a_past_verb_after_a_noun_is_an_event(text: str, event: str) -> None:
    """'the economy contracted' is a verb, unlike 'a rapid end'."""
    assert _only(text).event == event


@pytest.mark.parametrize(
    ("phrases", "words", "found"),
    [
        (["going to", "Will"], ["they", "are", "going", "to"], True),
        (["going to", "will"], ["they", "are", "going"], False),
        (["going  to"], ["going", "to"], False),  # two spaces never stand between words
        ([""], [], True),  # an empty phrase is found where there are no words
        ([], ["will"], False),
    ],
)
def test_auxiliaries_are_found_as_whole_words(
    phrases: list[str], words: list[str], found: bool
) -> None:
    """An auxiliary phrase is found among words as whole words, whatever its spelling."""
    assert _Auxiliaries.of(phrases).among(words) is found


_PIECES = ["and", "And", "UNTIL", "that's", "troops", "Will", ",", ", ", ".", "“", " ", "  "]


@given(st.lists(st.sampled_from([*_PIECES, "ſince", "İt", "’s"]), max_size=30))
def test_the_words_before_a_verb_are_those_after_the_last_clause_break(pieces: list[str]) -> None:
    """The clause before a verb starts after its last break, as splitting at every break says,
    and its opener is that break when it is a word."""
    text = "".join(pieces)
    window = text[max(0, len(text) - 80) :]
    *_, opener, clause = (
        _CLAUSE_BREAK.split(window) if _CLAUSE_BREAK.search(window) else ["", window]
    )
    words = [w.lower() for w in _WORD.findall(clause)][-8:]
    found_words, found_opener, _ = _before(text, len(text), 0)
    assert (found_words, found_opener) == (words, (opener or "").lower())


@pytest.mark.parametrize(
    "text",
    [
        "The ceremony took place on Monday.",
        "She took office on Monday.",
        "The rules took effect on Monday.",
    ],
)
def test_a_noun_between_take_and_on_takes_no_one_on(text: str) -> None:
    """ "took place on", "took office on": no hiring, though "take on" hires."""
    assert all(event.event != "hire" for event in _events(text))


@pytest.mark.parametrize(
    "text", ["The firm will hire part-time staff.", "The agency will employ care workers."]
)
def test_the_idioms_of_take_leave_other_hiring_verbs_alone(text: str) -> None:
    """ "part" and "care" end an idiom after "take" only: other verbs of hiring still hire."""
    assert [event.event for event in _events(text)] == ["hire"]


@pytest.mark.parametrize(
    "text",
    [
        "The rules took effect on Monday.",
        "The law came into force on Monday.",
        "The audit will get under way in the spring.",
        "The search got underway at dawn.",
    ],
)
def test_taking_effect_is_a_beginning(text: str) -> None:
    """A rule that takes effect or comes into force begins, as a review that gets under way
    does."""
    assert [event.event for event in _events(text)] == ["begin"]


@pytest.mark.parametrize(
    ("event", "phrase", "holding"),
    [
        ("open", "Kesby Academy will remain open next term", True),
        ("open", "the mine kept running", True),
        ("open", "will keep the Dallow depot open", True),  # its object before its particle
        ("close", "the crossing stayed shut", True),
        ("remain", "will stay", True),  # every verb of a state class
        ("open", "will reopen in June", False),
        ("close", "closes Kesby Academy this summer", False),
        ("withdraw", "left", False),
    ],
)
def test_holding_verbs_tell_a_state_holds_on(event: str, phrase: str, holding: bool) -> None:
    """A class's ``holding`` verbs, in any form, tell that its state holds on; its others
    tell of a change."""
    assert holds_on(event, phrase) is holding


def test_holding_verbs_must_be_verbs_of_the_class() -> None:
    """A ``holding`` verb the class does not list is a LexiconError naming the key."""
    tables = {"events": {"classes": {"open": {"holding": ["stay ajar"]}}}}
    lexicon = load_lexicon(extensions=[("mine", tables)])
    with pytest.raises(LexiconError, match="holding"):
        holds_on("open", "will stay ajar", lexicon=lexicon)


@pytest.mark.parametrize(
    ("text", "tense", "always"),
    [
        ("Residents were ordered to leave.", Tense.PAST, False),
        ("Residents were never ordered to leave.", Tense.PAST, True),
        ("The town was never evacuated.", Tense.PAST, True),
        ("The town was at no stage evacuated.", Tense.PAST, True),
        ("The town was not evacuated.", Tense.PAST, False),
        ("The town will never be evacuated.", Tense.FUTURE, False),
    ],
)
def test_an_order_told_in_the_passive_is_past(text: str, tense: Tense, always: bool) -> None:
    """ "Were ordered to leave" tells they left, when the order was; "never" of the past holds
    at every moment before the story (``ordered`` and ``never`` of ``[auxiliaries]``)."""
    event = _only(text)
    assert (event.tense, event.always) == (tense, always)


@pytest.mark.parametrize(
    "text",
    [
        "Acme will fire 300 workers.",
        "The board voted to fire its director.",
        "Acme fires its chief executive",
        "The chief was fired last week.",
        "The chief was later fired.",
        "They fire people who speak up.",
        "Acme fired its chief executive.",
    ],
)
def test_a_verb_that_needs_an_object_is_the_verb_with_one(text: str) -> None:
    """``needs_object`` verbs are events with an object, after an auxiliary, "to" or a
    subject pronoun, in -s, or as a participle ("was fired")."""
    assert _only(text).event == "dismiss"


def test_needs_object_must_be_a_boolean() -> None:
    """A malformed ``needs_object`` in a user's lexicon is a LexiconError naming the key."""
    lexicon = load_lexicon(
        extensions=[("mine", {"events": {"classes": {"x": {"needs_object": "yes"}}}})]
    )
    with pytest.raises(LexiconError, match="needs_object"):
        find_events("They stay.", segment("They stay."), lexicon=lexicon)
