"""The engine compares small groups pair by pair and large ones against their consensus."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Hashable
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import AmountClaim, Claim, Config, Document, FindingKind
from factcheck._engine import PAIRWISE_LIMIT, compare, group_name, outline
from factcheck._lexicon import default_lexicon
from factcheck.errors import InvalidArgument
from factcheck.rules import Context, Rule, all_rules
from factcheck.rules._relations import NEIGHBOURS

MARCH = dt.datetime(2031, 3, 5)
HEDGES = ("about", "some", "roughly", "around", "nearly")


def _count(name: str, figure: str, published: dt.datetime = MARCH) -> Document:
    text = f"There are {figure} Norwegian troops deployed, an official said."
    return Document(text=text, id=name, published=published)


def _archive(size: int, outliers: int, published: dt.datetime = MARCH) -> list[Document]:
    """``size`` stories that put the troops at about 2,000, of which ``outliers`` say 5,000."""
    return [
        _count(
            f"{published:%Y-%m}-{number:04d}",
            "5,000" if number < outliers else f"{HEDGES[number % len(HEDGES)]} 2,000",
            published,
        )
        for number in range(size)
    ]


def _amount_findings(documents: list[Document]) -> list[factcheck.Finding]:
    return list(factcheck.check(documents, config=Config(select=("FC101",))).findings)


def test_a_large_group_flags_each_outlier_once() -> None:
    """Past the pairwise limit, each claim meets the consensus: one finding per outlier."""
    documents = _archive(PAIRWISE_LIMIT * 3, outliers=4)
    findings = _amount_findings(documents)
    assert len(findings) == 4
    flagged = {c.document for f in findings for c in f.claims if "5,000" in c.text}
    assert flagged == {d.id for d in documents[:4]}


def test_findings_grow_with_the_archive_not_its_square() -> None:
    """Twice the archive with twice the outliers gives twice the findings."""
    small = len(_amount_findings(_archive(PAIRWISE_LIMIT * 2, outliers=3)))
    large = len(_amount_findings(_archive(PAIRWISE_LIMIT * 4, outliers=6)))
    assert (small, large) == (3, 6)


def test_a_change_between_months_is_found_in_a_large_group() -> None:
    """Months of a large group meet through their consensus: a new stance supersedes."""
    march = [
        Document(
            text=f"{hedge} Norwegian troops will remain in Mali for now.",
            id=f"m{n}",
            published=MARCH,
        )
        for n, hedge in enumerate(["The", "All", "Most"] * PAIRWISE_LIMIT)
    ]
    october = [
        Document(
            text="Norwegian troops will leave Mali.", id=f"o{n}", published=dt.datetime(2031, 10, 1)
        )
        for n in range(PAIRWISE_LIMIT)
    ]
    report = factcheck.check(march + october, config=Config(select=("FC301",)))
    assert report.findings
    assert {f.kind for f in report.findings} == {FindingKind.SUPERSEDED}


def test_a_quote_is_never_superseded() -> None:
    """Words said once are not replaced by a later story: drift between stories written a
    month apart is a contradiction of the speaker's, at the rule's own severity."""
    quote = "“We are bringing our crews home as we move to the next {},” Ana Lima said."
    documents = [
        Document(text=quote.format("stage"), id="a", published=MARCH),
        Document(text=quote.format("phase"), id="b", published=MARCH + dt.timedelta(days=30)),
    ]
    report = factcheck.check(documents, config=Config(select=("FC401",)))
    assert [(f.kind, f.severity) for f in report.findings] == [
        (FindingKind.CONTRADICTION, factcheck.Severity.WARNING)
    ]


def test_the_fact_sheet_meets_every_claim_of_a_large_group(tmp_path: Path) -> None:
    """Each story in a large group is checked against the fact sheet, not only a consensus."""
    sheet = tmp_path / "facts.toml"
    sheet.write_text(
        '[[fact]]\nsubject = "Norwegian troops"\namount = "5,000"\n'
        'valid_from = "2031-01-01"\nsource = "ministry"\n',
        encoding="utf-8",
    )
    documents = _archive(PAIRWISE_LIMIT * 2, outliers=0)
    report = factcheck.check(documents, config=Config(select=("FC101",), fact_sheet=sheet))
    checked = {c.document for f in report.findings for c in f.claims}
    assert {d.id for d in documents} <= checked


def _distinct_quotes(count: int) -> list[str]:
    """``count`` quotes that share no run of words."""
    words = [f"{consonant}{vowel}" for consonant in "bdfgklmnprstvz" for vowel in "aeiou"]
    return [
        " ".join(words[(number * 7 + i * 11) % len(words)] for i in range(8))
        for number in range(count)
    ]


def test_a_prolific_speakers_drifted_quote_is_found() -> None:
    """Among many quotes of one speaker, the two wordings of one quote still meet."""
    documents = [
        Document(text=f"“{quote},” Ana Lima said.", id=f"q{number:03d}", published=MARCH)
        for number, quote in enumerate(_distinct_quotes(PAIRWISE_LIMIT * 2))
    ]
    said = "“We are bringing our crews home as we move to the next {},” Ana Lima said."
    documents.append(Document(text=said.format("stage"), id="stage", published=MARCH))
    documents.append(Document(text=said.format("phase"), id="phase", published=MARCH))
    report = factcheck.check(documents, config=Config(select=("FC401",)))
    assert [{c.document for c in f.claims} for f in report.findings] == [{"phase", "stage"}]


class _SetKeyed(Rule):
    """Groups amounts by a set: its repr changes with string hashing, from run to run."""

    code = "FC999"
    name = "set-keyed"
    summary = "A rule whose group keys are sets."
    claim_type = AmountClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        return frozenset({claim.document, "amounts"})


def _closures(size: int, outlier: int) -> list[Document]:
    """``size`` stories of one day that give one road's closure about three months, the
    story at ``outlier`` about eleven."""
    told = "The closure of Kesh Road will last about {} months, the council said."
    return [
        Document(
            text=told.format("eleven" if number == outlier else "three"),
            id=f"c{number:03d}",
            published=MARCH,
        )
        for number in range(size)
    ]


def _comparisons(documents: list[Document], code: str) -> tuple[int, list[factcheck.Finding]]:
    """How many pairs rule ``code`` compared in a check of ``documents``, and its findings."""
    rule = next(rule for rule in all_rules() if rule.code == code)
    conflict, calls = rule.conflict, 0

    def counted(self: Rule, a: Claim, b: Claim, context: Context) -> str | None:
        nonlocal calls
        calls += 1
        return conflict(self, a, b, context)

    with mock.patch.object(rule, "conflict", counted):
        report = factcheck.check(documents, config=Config(select=(code,)))
    return calls, list(report.findings)


def test_a_name_told_of_in_many_stories_meets_the_stories_told_near_it() -> None:
    """Lengths of one owner's happening in a large group are compared story by story with
    the :data:`NEIGHBOURS` stories told next after them, not every pair; and a story that
    departs from the rest is still found."""
    size = PAIRWISE_LIMIT * 4
    compared, findings = _comparisons(_closures(size, outlier=PAIRWISE_LIMIT), "FC104")
    assert compared <= size * NEIGHBOURS
    assert findings
    assert all(f"c{PAIRWISE_LIMIT:03d}" in {c.document for c in f.claims} for f in findings)


def test_an_outline_needs_keys_named_by_their_repr() -> None:
    """Outlines tell groups apart by the repr of their keys across runs, so a rule whose
    keys are not named by it (a set) gives no outline, and the cache keeps no group of it."""
    document = Document(
        text="Some 2,000 Norvik workers stay.", id="d", published=dt.date(2031, 3, 5)
    )
    claims = factcheck.extract(document)
    context = Context(documents={"d": document}, lexicon=default_lexicon())
    assert outline([rule() for rule in all_rules()], claims, context) is not None
    assert outline([_SetKeyed()], claims, context) is None


def test_a_group_is_named_by_its_key_or_a_long_key_by_its_digest() -> None:
    """A short key names its group as its repr; a long one (a sentence's frame) by a digest
    that no repr starts with, the same for equal keys and different for others."""
    assert group_name(("norvik workers", "[worker]")) == repr(("norvik workers", "[worker]"))
    frame = ("the ferry carried # passengers to the island on its first run of the year", "[]")
    named = group_name(frame)
    assert named.startswith("#") and len(named) == 33
    assert group_name(tuple(frame)) == named
    assert group_name((frame[0] + " again", frame[1])) != named


#: Figures a story may give, many of whose ranges meet or share an end.
_FIGURES = [
    "2,000",
    "2,500",
    "about 2,000",
    "more than 2,000",
    "at least 2,000",
    "fewer than 2,000",
    "nearly 2,500",
    "between 1,500 and 2,000",
    "up to 2,500",
    "2 thousand",
]
_SENTENCES = [
    "There are {} Norwegian troops deployed in the northern valley, an official said.",
    "Kelder Mining employs {} workers at its mines in the valley, a spokeswoman said.",
    "The ferry carried {} passengers to the island on its first run of the year.",
]


def test_a_large_group_compares_no_pair_whose_extents_meet() -> None:
    """Past the pairwise limit too, the engine asks a rule with extents only of the pairs
    whose extents are apart, and finds what comparing every pair finds."""
    documents = [
        Document(
            text=_SENTENCES[2].format(_FIGURES[number % len(_FIGURES)]),
            id=f"d{number:03d}",
            published=MARCH,
        )
        for number in range(PAIRWISE_LIMIT * 3)
    ]
    _assert_pairs_left_out(documents, "extent", lambda a, b: a[0] <= b[1] and b[0] <= a[1])


def _assert_pairs_left_out(
    documents: list[Document],
    hook: str,
    left_out: Callable[[tuple[float, float], tuple[float, float]], bool],
) -> None:
    """FC102 is never asked of a pair of ``documents``' claims whose intervals (by its
    ``hook``: ``extent`` or ``time_extent``) the engine leaves out, finds something, and
    finds the same with the hook giving none (every pair compared)."""
    rule = next(rule for rule in all_rules() if rule.code == "FC102")
    conflict, asked = rule.conflict, 0

    def counted(self: Rule, a: Claim, b: Claim, context: Context) -> str | None:
        nonlocal asked
        first, second = getattr(self, hook)(a, context), getattr(self, hook)(b, context)
        assert first is not None and second is not None
        asked += left_out(first, second)
        return conflict(self, a, b, context)

    def findings() -> list[dict[str, object]]:
        config = Config(select=("FC102",), cache=False)
        return factcheck.check(documents, config=config).to_dict()["findings"]

    with mock.patch.object(rule, "conflict", counted):
        found = findings()
    assert asked == 0
    assert found
    with mock.patch.object(rule, hook, getattr(Rule, hook)):
        assert findings() == found


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(_FIGURES), min_size=2, max_size=8), st.sampled_from(_SENTENCES))
def test_leaving_out_pairs_whose_extents_meet_keeps_every_finding(
    figures: list[str], sentence: str
) -> None:
    """The engine compares only the pairs whose extents are apart (:meth:`Rule.extent`):
    the findings are those of comparing every pair."""
    documents = [
        Document(text=sentence.format(figure), id=f"d{number}", published=MARCH)
        for number, figure in enumerate(figures)
    ]

    _assert_every_pair_finds_the_same(documents, "extent")


def _assert_every_pair_finds_the_same(documents: list[Document], hook: str) -> None:
    """FC101, FC102 and FC104 give intervals by their ``hook`` (``extent`` or
    ``time_extent``), and the findings over ``documents`` are those with no rule giving
    any (every pair compared)."""

    def findings() -> list[dict[str, object]]:
        return factcheck.check(documents, config=Config(cache=False)).to_dict()["findings"]

    with_hooks = findings()
    hooked = [rule for rule in all_rules() if getattr(rule, hook) is not getattr(Rule, hook)]
    assert {rule.code for rule in hooked} == {"FC101", "FC102", "FC104"}
    with contextlib.ExitStack() as stack:
        for rule in hooked:
            stack.enter_context(mock.patch.object(rule, hook, getattr(Rule, hook)))
        every_pair = findings()
    assert with_hooks == every_pair


#: Dates of stories: one day, ten days on, past a month on (``[untimed]``), a year on.
_DATES = [MARCH + dt.timedelta(days=days) for days in (0, 10, 40, 400)]
#: How a sentence tells its time: not at all, by a day of its story's week, by a year.
_TIMES = ["{}", "On Monday, {}", "In 2030, {}"]
#: Sentences that tell no time of their own ("of the year" would).
_UNTIMED = [*_SENTENCES[:2], "The ferry carried {} passengers to the island on its first run."]


def _dated(figure: str, published: dt.datetime, time: str, sentence: str, number: int) -> Document:
    text = sentence.format(figure)
    return Document(
        text=time.format(text[0].lower() + text[1:] if time != "{}" else text),
        id=f"d{number:03d}",
        published=published,
    )


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.tuples(st.sampled_from(_FIGURES), st.sampled_from(_DATES), st.sampled_from(_TIMES)),
        min_size=2,
        max_size=8,
    ),
    st.sampled_from(_UNTIMED),
)
def test_leaving_out_pairs_whose_time_extents_are_apart_keeps_every_finding(
    told: list[tuple[str, dt.datetime, str]], sentence: str
) -> None:
    """The engine leaves out the pairs whose time extents are apart
    (:meth:`Rule.time_extent`): the findings are those of comparing every pair."""
    documents = [
        _dated(figure, published, time, sentence, number)
        for number, (figure, published, time) in enumerate(told)
    ]

    _assert_every_pair_finds_the_same(documents, "time_extent")


@pytest.mark.parametrize("size", [PAIRWISE_LIMIT // 2, PAIRWISE_LIMIT * 3])
def test_a_group_compares_no_pair_whose_time_extents_are_apart(size: int) -> None:
    """Small or past the pairwise limit, the engine asks a rule with time extents only of
    the pairs whose time extents are not apart, and finds what comparing every pair finds."""
    documents = [
        _dated(
            _FIGURES[number % len(_FIGURES)],
            _DATES[number % len(_DATES)],
            _TIMES[number % len(_TIMES)],
            _UNTIMED[2],
            number,
        )
        for number in range(size)
    ]
    _assert_pairs_left_out(documents, "time_extent", lambda a, b: a[1] < b[0] or b[1] < a[0])


class _Blank(Rule):
    """Says two amounts clash with a message of spaces only."""

    code = "FC998"
    name = "blank-message"
    summary = "A rule whose messages are blank."
    claim_type = AmountClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        return "amounts"

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        return "   "


def test_a_finding_the_engine_makes_is_checked_as_any_finding() -> None:
    """The engine builds findings without attrs' validators only when they would pass: a
    rule's blank message is still an error that names the field."""
    documents = [_count("a", "2,000"), _count("b", "5,000")]
    claims = [claim for document in documents for claim in factcheck.extract(document)]
    context = Context(documents={d.id: d for d in documents}, lexicon=default_lexicon())
    with pytest.raises(InvalidArgument, match="message: must not be empty"):
        compare([_Blank()], claims, context, severities={})
