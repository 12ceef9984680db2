"""Tallies: the split of a vote or the score of a game, as claims, and FC105 over them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import AmountClaim, Document, TallyClaim
from factcheck._config import Config
from factcheck._lexicon import load_lexicon
from factcheck._report._json import claim_json
from factcheck._segment import segment
from factcheck._tallies import find_tallies
from factcheck.errors import LexiconError

PUBLISHED = dt.datetime(2031, 3, 12)


def _tallies(text: str) -> list[TallyClaim]:
    return [
        claim
        for claim in factcheck.extract(text, published=PUBLISHED)
        if isinstance(claim, TallyClaim)
    ]


@pytest.mark.parametrize(
    ("text", "figures", "cue"),
    [
        ("The board voted 6-3 late on Tuesday.", (6, 3), "voted"),
        ("The board's 4-3 vote approved the plan.", (4, 3), "vote"),
        ("The Senate passed the bill 52 to 48 on Tuesday.", (52, 48), "passed"),
        # an object of up to six words between the verb and the figures
        ("The council passed the $2 million aid package 6-3.", (6, 3), "passed"),
        ("Valdoria beat Norvik 3–1 in the final.", (3, 1), "beat"),
        ("Kesh marked its return with a 2-1 home win.", (2, 1), "win"),
        ("The measure was approved by a vote of 7-2.", (7, 2), "vote"),
        ("The budget passed by 58 votes to 41.", (58, 41), "votes"),
        ("The motion passed with 20 votes in favour and 5 against.", (20, 5), "in favour"),
        ("The court issued a 5-4 majority decision.", (5, 4), "decision"),
        # A ballot of thousands writes its figures with separators.
        ("Members backed a strike, voting 3,412 to 588 in favour.", (3412, 588), "voting"),
        ("Shareholders voted 12,004-1,250 to approve the merger.", (12004, 1250), "voted"),
        # Figures in words, next to "votes".
        ("The council approved the closure by seven votes to four.", (7, 4), "votes"),
        ("MPs backed it by twenty-one votes to 12.", (21, 12), "votes"),
        ("The motion passed with nine votes in favour and three against.", (9, 3), "in favour"),
    ],
)
def test_a_tally_is_two_numbers_a_verb_or_a_noun_makes_one(
    text: str, figures: tuple[int, int], cue: str
) -> None:
    (found,) = find_tallies(text, segment(text))
    assert found.figures == figures
    assert found.cue.slice(text) == cue


@pytest.mark.parametrize(
    "text",
    [
        "The council voted to raise the fee from 5 to 10.",  # a range after "from"
        "The council approved 3-5 new schools.",  # a range of what it counts
        "Kesh led 2-1 at half-time.",  # a score while the game went on
        "The 2019-20 season ended in May.",  # a span of years
        "The ratio is 66 to 27.",  # no verb or noun of a tally
        "Prices rose 5-10% in a year.",  # a share
        "The ruling gave the court a 6-3 majority.",  # the make-up of a body
        "The council approved 1,000 to 1,500 new homes.",  # a range of what it counts
        "Turnout rose from 3,412 to 4,100 voters.",
        "Ana Lima drew 2% in the September 25–27 poll.",  # days of a month
    ],
)
def test_other_pairs_of_numbers_are_no_tallies(text: str) -> None:
    assert find_tallies(text, segment(text)) == []


@given(st.text(alphabet=st.sampled_from("05 -–to votes in favour against,."), max_size=60))
def test_finding_tallies_never_fails_and_reads_its_figures_from_its_span(text: str) -> None:
    for tally in find_tallies(text, segment(text)):
        written = tally.span.slice(text).replace(",", "")
        assert all(str(figure) in written for figure in tally.figures)


@pytest.mark.parametrize(
    ("text", "figures", "unanimous"),
    [
        ("The board voted unanimously to close the pool.", (), True),
        ("The board unanimously approved the plan.", (), True),
        ("The board's unanimous vote came late.", (), True),
        # The figures, where the text gives them too, are the tally.
        ("The board voted 5-0 unanimously.", (5, 0), False),
    ],
)
def test_a_unanimous_vote_is_a_tally(text: str, figures: tuple[int, ...], unanimous: bool) -> None:
    (claim,) = _tallies(text)
    assert (claim.figures, claim.unanimous) == (figures, unanimous)


@pytest.mark.parametrize(
    "text",
    [
        "The plan, unanimously recommended by the board, was popular.",  # no vote
        "Critics were unanimous in their praise.",
    ],
)
def test_unanimity_of_no_vote_is_no_tally(text: str) -> None:
    assert _tallies(text) == []


def test_the_figures_of_a_tally_are_no_amounts() -> None:
    claims = factcheck.extract("The budget passed by 58 votes to 41.", published=PUBLISHED)
    assert [type(claim) for claim in claims if isinstance(claim, AmountClaim)] == []
    assert [claim.figures for claim in claims if isinstance(claim, TallyClaim)] == [(58, 41)]


@pytest.mark.parametrize(
    ("text", "key", "object_"),
    [
        # The members of a body named before them vote for it.
        ("Kelder County commissioners voted 6-0 on Thursday.", "Kelder County: commission", None),
        (
            "The Kelder County commission voted 4-1 to extend the curfew.",
            "Kelder County: commission",
            "curfew",
        ),
        ("The Senate passed the bill 52 to 48 on Tuesday.", "US Senate", "bill"),
        ("Belsk Rovers beat Norvik United 3–1.", "Belsk Rovers", "norvik united"),
        # "the city council" is "the council"; "by a 6-5 vote" is cast by the doer before it.
        ("The city council voted 7-4 on Tuesday.", "the council", None),
        ("The county commission voted 4-1 to extend the curfew.", "the commission", "curfew"),
        ("The council approved the closure by a 6-5 vote on Tuesday.", "the council", "closure"),
        ("The council passed the budget by 58 votes to 41.", "the council", "budget"),
        # A participle after the clause it adds to is done by that clause's subject.
        (
            "The city council gathered on Tuesday night, approving the budget by a 7-4 vote.",
            "the council",
            "budget",
        ),
        # … whatever form its past takes ("met", not "-ed").
        (
            "The city council met on Tuesday, approving the budget by a 7-4 vote.",
            "the council",
            "budget",
        ),
        ("The board sat late on Monday, approving the plan by a 5-2 vote.", "the board", "plan"),
        # after a time that opens the sentence with no comma
        ("On Monday the city council passed the budget 6-3.", "the council", "budget"),
        # No one named cast it: "the" vote on the thing that passed or failed.
        ("The emergency bill passed 59-40 on Tuesday.", "the bill vote", "emergency bill"),
        ("The motion was carried 5-4.", "the motion vote", "motion"),
    ],
)
def test_a_tally_is_of_who_cast_it_and_on_what(text: str, key: str, object_: str | None) -> None:
    (claim,) = _tallies(text)
    assert claim.subject is not None and claim.subject.key == key
    assert claim.object == object_


def test_the_board_of_a_story_that_names_none_is_the_story_s() -> None:
    """ "The board" of a story that never names its board is its story's board, whoever
    tells its vote ("The board voted", "The board's vote")."""
    story = "Ana Lima of Orvo spoke at Lowick school. Lima said Orvo would help Lowick. "
    voted, vote = (
        _tallies(story + "The board voted 6-3.")[0],
        _tallies(story + "The board's 5-4 decision on Monday approved the plan.")[0],
    )
    assert voted.subject is not None and vote.subject is not None
    assert voted.subject.key == vote.subject.key == "the board"
    assert voted.subject.story and voted.subject.story == vote.subject.story
    assert vote.time_phrase == "Monday" and voted.time_phrase is None


@pytest.mark.parametrize(
    "text",
    [
        "The team won 3-1 on Sunday.",  # a side plays a game: no vote on a thing
        "The bill passed 59-40 in the Senate.",  # who cast it may be named after it
        "The bill passed the House 220-210.",  # the verb acts on another
    ],
)
def test_a_thing_is_voted_on_only_by_a_verb_of_passing_with_no_voter(text: str) -> None:
    (claim,) = _tallies(text)
    assert claim.subject is None or not claim.subject.key.endswith(" vote")


def test_a_tally_as_json() -> None:
    document = Document(text="The board voted 6-3 on Monday.", id="a", published=PUBLISHED)
    (claim,) = [c for c in factcheck.extract(document) if isinstance(c, TallyClaim)]
    found = claim_json(claim, document)
    assert found["kind"] == "tally"
    assert found["value"]["figures"] == [6, 3]
    assert found["value"]["time_phrase"] == "Monday"


@pytest.mark.parametrize(("figures", "unanimous"), [((5,), False), ((), False), ((5, -1), False)])
def test_a_tally_has_two_whole_figures_or_is_unanimous(
    figures: tuple[int, ...], unanimous: bool
) -> None:
    with pytest.raises(factcheck.InvalidArgument):
        TallyClaim(
            document="a",
            span=factcheck.Span(start=0, end=1),
            text="5",
            sentence=factcheck.Span(start=0, end=1),
            figures=figures,
            unanimous=unanimous,
        )


def test_the_reach_of_a_tally_s_verb_must_be_a_whole_number(tmp_path: Path) -> None:
    extra = tmp_path / "lexicon.toml"
    extra.write_text('[numbers.tallies]\nreach = "four"\n', encoding="utf-8")
    with pytest.raises(LexiconError) as caught:
        factcheck.extract("The board voted 6-3.", published=PUBLISHED, lexicon=load_lexicon(extra))
    assert caught.value.key == "numbers.tallies.reach"


_STORY = "Ana Lima of Orvo spoke at Lowick school. Lima said Orvo would help Lowick. "


def _codes(first: str, second: str, second_published: str = "2031-03-12") -> list[str]:
    documents = [
        factcheck.loads(first, id="a.md", format="markdown", published="2031-03-11"),
        factcheck.loads(second, id="b.md", format="markdown", published=second_published),
    ]
    findings = factcheck.check(documents, config=Config(select=("FC105",))).findings
    return [finding.rule for finding in findings]


@pytest.mark.parametrize(
    ("first", "second", "second_published", "codes"),
    [
        # One vote told two ways, one report with its day and one without.
        (
            _STORY + "The board voted 6-3.",
            _STORY + "The board's 5-4 decision on Monday approved it.",
            "2031-03-12",
            ["FC105"],
        ),
        # The same split, told in the other order.
        (
            _STORY + "The board voted 5-4.",
            _STORY + "The board's 4-5 decision on Monday approved it.",
            "2031-03-12",
            [],
        ),
        # Votes on two things.
        (
            "Kelder County commissioners voted 6-0 on Thursday to close the harbour road.",
            "The Kelder County commission voted 5-1 on Thursday to extend the curfew.",
            "2031-03-12",
            [],
        ),
        # Votes on days apart.
        (
            "Kelder County commissioners voted 6-0 on Thursday to close the harbour road.",
            "The Kelder County commission voted 5-1 on March 3 to close the harbour road.",
            "2031-03-12",
            [],
        ),
        # Neither with a day, and told further apart than [tallies] untimed allows.
        (_STORY + "The board voted 6-3.", _STORY + "The board voted 5-4.", "2031-04-01", []),
        # A unanimous vote had no vote against; a split did.
        (
            _STORY + "The board voted unanimously on Tuesday to close the pool.",
            _STORY + "The board voted 4-1 on Tuesday to close the pool.",
            "2031-03-12",
            ["FC105"],
        ),
        (
            _STORY + "The board voted unanimously on Tuesday to close the pool.",
            _STORY + "The board voted 5-0 on Tuesday to close the pool.",
            "2031-03-12",
            [],
        ),
        # Neither with a day: one tells what it was on, the other does not.
        (
            _STORY + "The board voted 6-3.",
            _STORY + "The board voted 4-3 to close the pool.",
            "2031-03-12",
            [],
        ),
        # The vote on the story's bill, with no one named who cast it; and on two bills.
        (
            _STORY + "The school bill passed 59-40 on Tuesday.",
            _STORY + "The school bill passed 58-41 on Tuesday.",
            "2031-03-12",
            ["FC105"],
        ),
        (
            _STORY + "The school bill passed 59-40 on Tuesday.",
            _STORY + "The tax bill passed 58-41 on Tuesday.",
            "2031-03-12",
            [],
        ),
    ],
)
def test_two_tallies_of_one_vote_clash(
    first: str, second: str, second_published: str, codes: list[str]
) -> None:
    assert _codes(first, second, second_published) == codes


def test_two_tallies_in_one_report_are_two_votes() -> None:
    text = _STORY + "The board voted 6-3. The board voted 5-4."
    document = factcheck.loads(text, id="a.md", format="markdown", published="2031-03-10")
    assert factcheck.check([document], config=Config(select=("FC105",))).findings == ()
