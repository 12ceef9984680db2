"""Every rule's documented examples hold, and rules obey the laws of comparison."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from pathlib import Path

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Config, Document, EventClaim
from factcheck import strategies as fst
from factcheck._accept import Baseline
from factcheck.rules import Context, Rule, all_rules
from factcheck.rules._relations import same_object

EXAMPLE_LINE = re.compile(r"^\s{4,}(?P<name>[\w.-]+)(?: \((?P<date>[\d-]+)\))?: (?P<text>.*)$")
# "baseline: a.md (2031-03-05): ..." gives an earlier text whose findings the baseline accepted.
BASELINE_LINE = re.compile(r"(?P<name>[\w.-]+)(?: \((?P<date>[\d-]+)\))?: (?P<text>.*)", re.DOTALL)


def _examples(rule: type[Rule], heading: str) -> list[tuple[str, str | None, str]]:
    doc = rule.__doc__ or ""
    start = doc.index(f"**{heading}**::")
    block = doc[start + len(heading) + 6 :].split("**", 1)[0]
    return [
        (m["name"], m["date"], m["text"].replace("\\n", "\n"))
        for m in map(EXAMPLE_LINE.match, block.splitlines())
        if m is not None
    ]


def _document(name: str, date: str | None, text: str) -> Document:
    extension = name.rsplit(".", 1)[-1]
    form = {"md": "markdown", "txt": "text", "html": "html", "json": "ninjs"}[extension]
    return factcheck.loads(text, id=name, format=form, published=date)


def _codes(rule: type[Rule], heading: str, tmp_path: Path) -> list[str]:
    documents: list[Document | Path] = []
    earlier: list[Document] = []
    for name, date, text in _examples(rule, heading):
        if name == "baseline":
            line = BASELINE_LINE.fullmatch(text)
            assert line is not None, text
            earlier.append(_document(line["name"], line["date"], line["text"]))
            continue
        if text == "<binary>":
            path = tmp_path / name
            path.write_bytes(bytes(range(256)))
            documents.append(path)
            continue
        documents.append(_document(name, date, text))
    # Input rules are raised by the whole check; the others are run alone.
    config = Config() if rule.code.startswith("FC9") else Config(select=(rule.code,))
    if earlier:
        report = factcheck.check(earlier, config=config)
        path = tmp_path / "baseline.json"
        Baseline.of(report.findings, {d.id: d for d in earlier}, path=path).write()
        config = attrs.evolve(config, baseline=path)
    return [finding.rule for finding in factcheck.check(documents, config=config).findings]


RULES = [pytest.param(rule, id=f"{rule.code}-{rule.name}") for rule in all_rules()]


@pytest.mark.parametrize("rule", RULES)
def test_documented_conflict_is_found(rule: type[Rule], tmp_path: Path) -> None:
    """The rule reports its docstring's Conflict example."""
    assert rule.code in _codes(rule, "Conflict", tmp_path)


@pytest.mark.parametrize("rule", RULES)
def test_documented_no_conflict_is_clean(rule: type[Rule], tmp_path: Path) -> None:
    """The rule is silent on its docstring's No conflict example."""
    assert rule.code not in _codes(rule, "No conflict", tmp_path)


@pytest.mark.parametrize("rule", RULES)
def test_rule_is_described(rule: type[Rule]) -> None:
    """Each rule has a code, a kebab-case name, a one-line summary and both examples."""
    assert re.fullmatch(r"FC\d{3}", rule.code)
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.name)
    assert rule.summary.endswith(".") and "\n" not in rule.summary
    assert _examples(rule, "Conflict") and _examples(rule, "No conflict")


def test_codes_and_names_are_unique() -> None:
    """No two rules share a code or a name."""
    rules = all_rules()
    assert len({r.code for r in rules}) == len({r.name for r in rules}) == len(rules)


CONTEXT = Context(documents={})
COMPARING = [rule() for rule in all_rules() if not rule.code.startswith("FC9")]


@settings(max_examples=60)
@given(fst.claims(), fst.claims())
def test_every_rule_is_symmetric(a: factcheck.Claim, b: factcheck.Claim) -> None:
    """Whether a conflicts with b is whether b conflicts with a."""
    for rule in COMPARING:
        if isinstance(a, rule.claim_type) and isinstance(b, rule.claim_type):
            assert (rule.conflict(a, b, CONTEXT) is None) == (rule.conflict(b, a, CONTEXT) is None)


@given(fst.event_claims(), fst.event_claims())
def test_one_object_is_symmetric_and_reflexive(a: EventClaim, b: EventClaim) -> None:
    """Two events act on one thing both ways round, or neither; each on its own."""
    assert same_object(a, b) == same_object(b, a)
    assert same_object(a, a)


@settings(max_examples=60)
@given(fst.claims(), st.integers(min_value=0, max_value=1000))
def test_a_claim_never_conflicts_with_itself_or_a_copy(claim: factcheck.Claim, shift: int) -> None:
    """A claim, and the same claim at another span, never conflict."""
    copy = attrs.evolve(
        claim,
        span=factcheck.Span(start=claim.span.start + shift, end=claim.span.end + shift),
        sentence=factcheck.Span(start=claim.sentence.start + shift, end=claim.sentence.end + shift),
    )
    for rule in COMPARING:
        if isinstance(claim, rule.claim_type):
            assert rule.conflict(claim, claim, CONTEXT) is None
            assert rule.conflict(claim, copy, CONTEXT) is None


DAY = dt.datetime(2031, 3, 5)
STORY = [
    ("a.md", "Norvik workers will be leaving the valley, the chief executive said."),
    ("b.md", "Norvik workers will remain in the valley for now, the company said."),
    ("c.md", "About 300 Norvik workers are based at the Belsk mine."),
    ("d.md", "Some 450 Norvik workers are based at the Belsk mine."),
]
UNRELATED = ("z.md", "The Harbour Authority reported 12 ferry crossings on Tuesday.")


def _report(pairs: list[tuple[str, str]]) -> list[tuple[str, tuple[str, ...]]]:
    documents = [
        factcheck.loads(text, id=name, format="markdown", published=DAY) for name, text in pairs
    ]
    return [(f.rule, tuple(c.text for c in f.claims)) for f in factcheck.check(documents).findings]


@settings(max_examples=10, deadline=None)
@given(st.permutations(STORY))
def test_output_order_does_not_depend_on_input_order(order: list[tuple[str, str]]) -> None:
    """The same documents in any order give the same findings in the same order."""
    assert _report(list(order)) == _report(STORY)


def test_an_unrelated_document_removes_no_finding() -> None:
    """Adding a document about something else keeps every finding."""
    before = _report(STORY)
    assert before
    assert set(before) <= set(_report([*STORY, UNRELATED]))


def _pair_codes(
    first: str,
    second: str,
    select: tuple[str, ...],
    published: str = "2031-05-02",
    second_published: str | None = None,
) -> list[str]:
    """The codes of the findings of rules ``select`` over two stories, ``a.md`` and
    ``b.md``, published on ``published`` (the second on ``second_published`` when given)."""
    documents = [
        factcheck.loads(first, id="a.md", format="markdown", published=published),
        factcheck.loads(
            second, id="b.md", format="markdown", published=second_published or published
        ),
    ]
    return [
        finding.rule
        for finding in factcheck.check(documents, config=Config(select=select)).findings
    ]


def _amount_findings(first: str, second: str) -> list[str]:
    documents = [
        factcheck.loads(first, id="a.md", format="markdown", published="2031-03-05"),
        factcheck.loads(second, id="b.md", format="markdown", published="2031-03-05"),
    ]
    report = factcheck.check(documents, config=Config(select=("FC101",)))
    return [finding.rule for finding in report.findings]


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (  # a firm's workers, and those at one of its mines
            "Norvik Mining employs about 2,000 Norvik Mining workers, the company said.",
            "Roughly 300 Norvik Mining workers are based at the Belsk mine, the company said.",
            [],
        ),
        (  # a contingent, and those at one of its camps
            "Kesh has about 2,000 Kesh soldiers serving with the mission.",
            "Most are based at Camp Kesby, outside Holtby, where roughly 1,400 Kesh soldiers"
            " are stationed.",
            [],
        ),
        (  # two counts at one site
            "Roughly 300 Norvik Mining workers are based at the Belsk mine.",
            "Some 900 Norvik Mining workers are based at the Belsk mine.",
            ["FC101"],
        ),
        (  # two counts at one camp
            "Roughly 1,400 Kesh soldiers are stationed at Camp Kesby.",
            "The base is Camp Kesby, where 1,900 Kesh soldiers are stationed.",
            ["FC101"],
        ),
        (  # a part more than the whole
            "Norvik Mining employs about 1,200 Norvik Mining workers, the company said.",
            "Some 2,500 Norvik Mining workers are based at the Belsk mine.",
            ["FC101"],
        ),
        (  # two sites
            "Some 900 Norvik Mining workers are based at the Tarn mine.",
            "Some 300 Norvik Mining workers are based at the Belsk mine.",
            [],
        ),
    ],
)
def test_a_count_at_a_site_is_compared_with_counts_at_that_site(
    first: str, second: str, codes: list[str]
) -> None:
    """A count made at a named site ("at the Belsk mine", "Camp Kesby, where") is of those
    there only (`[sites]` of subjects.toml): compared with counts at that site, and with the
    whole its subject names only as a part that cannot be more than it."""
    assert _amount_findings(first, second) == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (  # two populations of one town, far apart
            "Floods hit Lowick on Monday. Water rose in Lowick, a town of 12,000 people.",
            "Floods hit Lowick on Monday. Lowick, home to about 21,000 residents, was cut off.",
            ["FC101"],
        ),
        (  # two estimates that meet
            "Floods hit Lowick on Monday. Water rose in Lowick, a town of 12,000 people.",
            "Floods hit Lowick on Monday. Lowick, home to 12,400 residents, was cut off.",
            [],
        ),
        (  # two towns
            "Floods hit Lowick on Monday. Water rose in Lowick, a town of 12,000 people.",
            "Floods hit Lowick on Monday. Nearby Tarnby, home to 21,000 people, stayed dry.",
            [],
        ),
    ],
)
def test_two_populations_of_one_place_are_compared(
    first: str, second: str, codes: list[str]
) -> None:
    """How many live in a place is its population (``[populations]`` of subjects.toml), an
    estimate whatever noun counts them: two that cannot meet clash."""
    assert _amount_findings(first, second) == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (  # a forecast against a goal: both can be right
            "At least 500 Norvik workers are expected to join the Belsk mine.",
            "The goal is to put 300 Norvik workers at the Belsk mine.",
            [],
        ),
        (  # a plan against a count of what is
            "Norvik plans to hire 500 Norvik workers at the Belsk mine.",
            "About 300 Norvik workers are based at the Belsk mine.",
            [],
        ),
        (  # two accounts of one plan
            "Norvik plans to hire 500 Norvik workers at the Belsk mine.",
            "Norvik plans to hire 300 Norvik workers at the Belsk mine.",
            ["FC101"],
        ),
        (  # a "will" and a plan: two accounts of one hiring
            "Norvik will hire 500 Norvik workers at the Belsk mine.",
            "Norvik plans to hire about 300 Norvik workers at the Belsk mine.",
            ["FC101"],
        ),
        (  # a plan against a goal: the goal may not be met
            "Norvik plans to hire 500 Norvik workers at the Belsk mine.",
            "The goal is to put 300 Norvik workers at the Belsk mine.",
            [],
        ),
    ],
)
def test_amounts_are_compared_in_one_mood(first: str, second: str, codes: list[str]) -> None:
    """Amounts whose clauses look ahead in different ways are not compared; two that look
    ahead alike are."""
    assert _amount_findings(first, second) == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (
            "Lowick nurses will walk out on Monday, their union said.",
            "Lowick nurses will go on strike on Wednesday, their union said.",
            ["FC201"],
        ),
        (
            "Lowick nurses will walk out on Monday, their union said.",
            "Lowick nurses will go on strike on Monday, their union said.",
            [],
        ),
        # A walkout told as done is another occasion than one to come.
        (
            "Lowick nurses walked out in March, their union said.",
            "Lowick nurses will walk out again in June, their union said.",
            [],
        ),
    ],
)
def test_two_days_given_for_one_walkout_clash(first: str, second: str, codes: list[str]) -> None:
    """``[classes.walk_out]`` of events.toml: a walkout is its strikers', and two days given
    for the one to come clash (FC201)."""
    assert _pair_codes(first, second, ("FC201",), published="2031-05-01") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The Belsk harbour road will close on March 4, the council said.", []),
        ("The Belsk harbour road will close on March 9, the council said.", ["FC201"]),
    ],
)
def test_an_event_over_a_range_of_days_is_on_each_of_them(second: str, codes: list[str]) -> None:
    """ "from March 3 to 5, 2031" holds March 4, and not March 9."""
    first = "The Belsk harbour road will close from March 3 to 5, 2031, the council said."
    assert _pair_codes(first, second, ("FC201",), published="2031-02-20") == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (  # a deadline holds the month before it
            "Norvik workers will leave the Belsk mine by March.",
            "Norvik workers will leave the Belsk mine in February.",
            [],
        ),
        (  # and not the months after it
            "Norvik workers will leave the Belsk mine by March.",
            "Norvik workers will leave the Belsk mine in June.",
            ["FC201"],
        ),
    ],
)
def test_an_event_by_a_date_is_due_before_its_end(
    first: str, second: str, codes: list[str]
) -> None:
    """ "by March" is a deadline: any time from the story's date to the end of March."""
    assert _pair_codes(first, second, ("FC201",), published="2031-01-10") == codes


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        ("Norvik workers will not leave the Belsk mine until next year.", ["FC201"]),
        # Held off until something happens: no time to set against "now".
        ("Norvik workers will not leave the Belsk mine until the strike ends.", []),
    ],
)
def test_an_event_held_off_until_a_time_happens_then(first: str, codes: list[str]) -> None:
    """ "will not leave until next year" says they will leave next year, not now."""
    now = "Norvik workers are leaving the Belsk mine now."
    assert _pair_codes(first, now, ("FC201",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Floodwater broke through the Dallow levee at around 3 a.m. on Saturday.", ["FC201"]),
        ("Floodwater broke through the Dallow levee on Saturday.", []),
    ],
)
def test_a_flood_defence_gives_way_once(second: str, codes: list[str]) -> None:
    """Two times given for one levee's breach clash."""
    first = "The swollen river burst through the Dallow levee just after midnight on Friday."
    assert _pair_codes(first, second, ("FC201",), published="2031-11-09") == codes


@pytest.mark.parametrize(
    ("published", "codes"),
    [
        # Two days after it took effect, it is the same limit's start put off.
        ("2031-02-05", ["FC201"]),
        # Months on, the limit may have been lifted: a plan is for its next start.
        ("2031-06-05", []),
    ],
)
def test_a_plan_soon_after_an_event_is_done_is_for_that_occasion(
    published: str, codes: list[str]
) -> None:
    """An event told as done at a time, and days later as still to come, is one occasion
    placed twice; a plan made long after it is about the next."""
    story = (
        " Orrin Steel is repairing the Penwick bridge, and lorries bound for Penwick are sent"
        " round by Dalby. Orrin Steel said the Dalby road was clear."
    )
    done = "The curfew took effect immediately." + story
    coming = "The curfew will not start until June 23." + story
    assert _pair_codes(done, coming, ("FC201",), "2031-02-03", published) == codes


@pytest.mark.parametrize(
    ("second", "published", "codes"),
    [
        # Two weeks before a Monday is about the Monday two weeks back, the end of last week
        # for a story ten days older.
        ("Norvik workers left the Belsk mine two weeks ago.", "2031-01-20", []),
        ("Norvik workers left the Belsk mine two weeks ago.", "2031-03-20", ["FC201"]),
    ],
)
def test_units_ago_are_about_that_far_back(second: str, published: str, codes: list[str]) -> None:
    """ "N units ago" is read loosely, not as the hard calendar period N back."""
    first = "Norvik workers left the Belsk mine last week."
    assert _pair_codes(first, second, ("FC201",), "2031-01-10", published) == codes


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        ("Norvik workers will leave the Belsk mine this year.", ["FC301"]),
        ("Will Norvik workers leave the Belsk mine this year?", []),
    ],
)
def test_a_question_takes_no_stance(first: str, codes: list[str]) -> None:
    """A headline that asks whether workers will leave says nothing against one that says
    they will stay."""
    stay = "Norvik workers will remain at the Belsk mine this year."
    assert _pair_codes(first, stay, ("FC301",)) == codes


#: A story of :func:`test_a_measure_lifted_and_kept`: its headline, and who tells of it.
_PENWICK = "# Penwick curfew\n\n{}, Penwick council leader Mara Quill said."


@pytest.mark.parametrize(
    ("first", "second", "second_published", "codes"),
    [
        # Lifting a measure denies that it stays in place, whoever lifts it.
        (
            "The council will lift the curfew on Wednesday",
            "The curfew will remain in force until June",
            None,
            ["FC301"],
        ),
        ("Police lifted the curfew on Monday", "The curfew was lifted on Tuesday", None, ["FC201"]),
        (
            "Police lifted the overnight curfew on Monday",
            "The curfew was lifted on Tuesday",
            None,
            ["FC201"],
        ),
        # Two bans of one story.
        (
            "The council will lift the hosepipe ban on Wednesday",
            "The parking ban will remain in force until June",
            None,
            [],
        ),
        # A measure is put in place again and again: a year on, "the" curfew is another.
        (
            "The curfew started on April 20",
            "The curfew started on April 21",
            "2031-05-06",
            ["FC201"],
        ),
        ("The curfew started on April 20", "The curfew started on April 20", "2032-05-03", []),
        # A later story tells how what an earlier one left open ended: news.
        (
            "The curfew will stay in place for now",
            "The council lifted the curfew on Tuesday",
            "2031-05-09",
            [],
        ),
    ],
)
def test_a_measure_lifted_and_kept(
    first: str, second: str, second_published: str | None, codes: list[str]
) -> None:
    """A measure of ``[measures]`` is the story's, whoever lifts it, and lifting it is the
    opposite of its staying in place; two measures told apart by their words are two."""
    found = _pair_codes(
        _PENWICK.format(first),
        _PENWICK.format(second),
        ("FC201", "FC301"),
        "2031-05-02",
        second_published,
    )
    assert found == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Inflation in Portugal reached 6.3% in May, according to official data.", ["FC101"]),
        ("Inflation in Portugal has risen to 4.1% in May, according to official data.", []),
        # Another month, another measure, another country, a change: nothing to compare.
        ("Portuguese inflation rose to 4.3% in April, the statistics institute said.", []),
        ("Portuguese core inflation rose to 3.1% in May, the statistics institute said.", []),
        ("Spanish inflation rose to 3.1% in May, the statistics institute said.", []),
        ("Portuguese inflation rose 0.3% in May, the statistics institute said.", []),
        # A level reached after a change is a level.
        ("Portuguese inflation rose 0.5% to 4.8% in May, the institute said.", ["FC101"]),
        ("Portuguese inflation rose 0.2% to 4.1% in May, the institute said.", []),
        # A forecast is not a figure of what is.
        ("Portuguese inflation will fall to 3% in May, the central bank said.", []),
    ],
)
def test_the_levels_of_a_measure_of_a_country_are_compared(second: str, codes: list[str]) -> None:
    """A percentage after a verb that gives a level ("rose to", "reached") is the level of
    the measure before it (``indicators`` and ``levels`` of subjects.toml), compared across
    stories as FC101 compares counts; a change ("rose 0.3%") is not a level."""
    first = "Portuguese inflation rose to 4.1% in May, the statistics institute said."
    assert _pair_codes(first, second, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Portugal's central bank raised its key interest rate to 4.75% on Thursday.", ["FC101"]),
        ("Portugal's central bank raised its key interest rate to 4.5% on Thursday.", []),
        ("Portugal's central bank raised interest rates by 0.25% to 4.5% on Thursday.", []),
        ("Spain's central bank raised its key interest rate to 4.75% on Thursday.", []),
    ],
)
def test_two_rates_a_central_bank_set_are_compared(second: str, codes: list[str]) -> None:
    """A central bank's interest rate is a measure of its country (``indicators`` of
    subjects.toml); a verb that sets it ("raised", ``setting``) is no word of what kind."""
    first = "The Portuguese central bank raised interest rates to 4.5% on Thursday."
    assert _pair_codes(first, second, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The $57 million in relief funding Gov. Ana Lima released will help.", ["FC101"]),
        ("Reporters pressed Gov. Ana Lima on the $57 million relief fund she released.", ["FC101"]),
        ("Gov. Ana Lima released about $38 million in relief funds on Monday.", []),
        # Another kind, another purse, another owner: nothing to compare.
        ("Gov. Ana Lima released $62 million in federal funds on Monday.", []),
        ("Gov. Ana Lima signed a $62 million contract on Monday.", []),
        ("Gov. Rui Tavora released $57 million in relief funds on Monday.", []),
        # Words that single out one of a kind: one sum's all among the other's, one thing.
        ("Gov. Ana Lima released $57 million in emergency relief funds.", ["FC101"]),
        ("Gov. Ana Lima released $57 million in federal emergency funds.", []),
        ("Gov. Ana Lima released $57 million in new relief funds.", []),
        # A sum told in the phrase of what it is of is its size, whatever time its clause
        # tells, and counts no people its clause names.
        (
            "Gov. Ana Lima said the first payments from the $57 million relief fund she"
            " released on June 5 would reach evacuated families by the end of the month.",
            ["FC101"],
        ),
    ],
)
def test_sums_of_money_of_one_thing_are_compared(second: str, codes: list[str]) -> None:
    """Sums of money of one kind of ``[priced]`` and one owner clash as counts of one subject
    do (FC101): "$38 million in relief funds" and "the $57 million in relief funding"
    the same governor released."""
    first = "Gov. Ana Lima, who toured the area Monday, released $38 million in relief funds."
    assert _pair_codes(first, second, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "At the first meeting for tenants, held in the Kelder sports hall on Wednesday,"
            " June 4, Mayor Ana Lima promised to keep them told.",
            ["FC201"],
        ),
        (
            "At the first meeting for tenants, held in the Kelder sports hall on Thursday,"
            " June 5, Mayor Ana Lima promised to keep them told.",
            [],
        ),
    ],
)
def test_a_participle_set_off_before_a_statement_tells_its_own_time(
    second: str, codes: list[str]
) -> None:
    """ "At the first meeting, held on Wednesday, June 4, she promised": the date dates the
    statement and the meeting both, so the meeting's day is set against another story's
    (FC201)."""
    first = (
        "Mayor Ana Lima spoke at the first public meeting for tenants, held in the Kelder"
        " sports hall on Thursday evening."
    )
    story = " Lima said Kelder would be safe."
    assert _pair_codes(first + story, second + story, ("FC201",), published="2031-06-07") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "The $16.8 million emergency package approved by the council on June 10 was spent.",
            ["FC101"],
        ),
        ("The $12.5 million emergency package approved by the council on June 10 was spent.", []),
        ("The $16.8 million repair package approved by the council on June 10 was spent.", []),
    ],
)
def test_a_sum_that_words_single_out_is_its_storys_one(second: str, codes: list[str]) -> None:
    """ "a $12.5 million emergency package" that no name owns is "the" emergency package of
    its story, as later stories call it: their sums clash (FC101); another kind of package
    is another thing."""
    first = "The council voted on June 10 to approve a $12.5 million emergency package."
    story = " The Kelder Bridge stays shut, Mayor Ana Lima said. Lima will visit Kelder."
    assert _pair_codes(first + story, second + story, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The council on Tuesday set aside 45 million pallots in flood relief funding.", ["FC101"]),
        ("The council on Tuesday set aside 60 million pallots in flood relief funding.", []),
        ("The council on Tuesday set aside 45 million quorns in flood relief funding.", []),
    ],
)
def test_sums_in_a_currency_the_stories_show_are_compared(second: str, codes: list[str]) -> None:
    """A made-up or rare currency that no table lists is money where its text shows it, so
    two stories' sums of one fund in it clash (FC101); a sum in another does not."""
    first = "The council on Tuesday set aside 60 million pallots in flood relief funding."
    story = " The Kelder Bridge stays shut, Mayor Ana Lima said. Lima will visit Kelder."
    assert _pair_codes(first + story, second + story, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Route 9 between Averly and Dallow will remain closed until next week at the"
            " earliest, highway officials said.",
            ["FC301"],
        ),
        (
            "Route 12 between Averly and Dallow will remain closed until next week at the"
            " earliest, highway officials said.",
            [],
        ),
    ],
)
def test_a_road_named_by_its_number_is_a_subject(second: str, codes: list[str]) -> None:
    """ "Route 9" (a label of numbers.toml and its number) names a thing, whose reopening on
    Thursday another report's staying closed until next week denies; a place between the
    name and its verb ("between Averly and Dallow") does not part them."""
    first = (
        "Route 9 between Averly and Dallow would reopen to all traffic on Thursday morning, highway"
        " officials said."
    )
    assert _pair_codes(first, second, ("FC301",), published="2031-08-05") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The Belsk bridge is open to traffic, the council said.", ["FC301"]),
        ("The Belsk bridge was closed on Monday, the council said.", []),
    ],
)
def test_a_thing_told_as_closed_now_is_set_against_it_open_now(
    second: str, codes: list[str]
) -> None:
    """ "The bridge is closed" tells the state its closing left, holding now: it denies
    another report's "the bridge is open" of the same day (FC301), not a closing told as past."""
    first = "The Belsk bridge is closed to traffic, the council said."
    assert _pair_codes(first, second, ("FC301",), published="2031-03-07") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Penwick General's burns unit will remain open, the hospital said.", ["FC301"]),
        ("Penwick General's burns unit will stay open, the hospital said.", ["FC301"]),
        # A change from how it is now: both hold, one after the other.
        ("Penwick General's burns unit will reopen, the hospital said.", []),
    ],
)
def test_a_thing_closed_now_is_not_to_remain_open(second: str, codes: list[str]) -> None:
    """ "The burns unit is closed" tells how things are now; "will remain open" says the unit
    is open and stays so, not that it changes (FC301), as "will reopen" does. "The hospital"
    is the one the story named, "Penwick General Hospital", also called "Penwick General"
    (``hospital`` of ``[bodies]`` and of ``name_suffixes`` in subjects.toml)."""
    first = (
        "Nurses at Penwick General Hospital walked out on Monday. The hospital's burns unit is"
        " closed, a spokeswoman said."
    )
    opening = "Nurses at Penwick General Hospital walked out on Monday."
    assert _pair_codes(first, f"{opening} {second}", ("FC301",), published="2031-03-05") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Quorn said it would close the Dallow plant next year.", ["FC301"]),
        ("Quorn said it would close the Penwick plant next year.", []),
    ],
)
def test_keeping_a_plant_open_is_set_against_closing_it(second: str, codes: list[str]) -> None:
    """ "will keep the Dallow plant open" names the plant between its verb and "open": a
    plant that stays open, against another story's closing of that plant (FC301), not of
    another one."""
    first = "Quorn said on Monday it will keep the Dallow plant open and move its assembly there."
    assert _pair_codes(first, second, ("FC301",)) == codes


@pytest.mark.parametrize(
    ("when", "codes"),
    [("within 30 to 45 days", ["FC201"]), ("within days", [])],
)
def test_a_review_a_story_introduces_is_the_review_of_the_next(when: str, codes: list[str]) -> None:
    """ "an independent review of … would begin immediately" tells of the review its story
    is about, as "The independent review of …" of a later story does (`[introduced]` of
    subjects.toml): to begin now and to begin within 30 to 45 days cannot both be true."""
    first = (
        "Ana Lima told parliament on Monday that an independent review of Kelder Mining's"
        " safety records would begin immediately. Kelder Mining said it welcomed the review."
        " Lima said the mine would stay shut."
    )
    second = (
        f"The independent review of Kelder Mining's safety records will begin {when}, Ana"
        " Lima said on Monday. Lima said Kelder Mining must pay."
    )
    assert (
        _pair_codes(
            first, second, ("FC201",), published="2031-05-06", second_published="2031-05-08"
        )
        == codes
    )


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The Tallis research centre will close this year, the company said.", ["FC301"]),
        ("The Belsk research centre will close this year, the company said.", []),
    ],
)
def test_a_centre_known_by_where_it_is_is_that_place_s(second: str, codes: list[str]) -> None:
    """ "The research centre in Tallis" is the Tallis centre (`centre` of `[things]`), as
    "the office in Lowick" is the Lowick office: FC301 sets its staying open against another
    story's "The Tallis research centre will close"."""
    first = (
        "The company's research centre in Tallis, which has about 80 engineers on its staff,"
        " will remain open this year, a spokeswoman said."
    )
    assert _pair_codes(first, second, ("FC301",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Kesland Park, the ground where the team played, will remain open this season.",
            ["FC301"],
        ),
        ("Orvo Road, the ground where the team played, will remain open this season.", []),
    ],
)
def test_the_ground_an_aside_named_is_that_name(second: str, codes: list[str]) -> None:
    """ "The ground will close" after "Kesland Park, a municipal sports ground," is
    Kesland Park's closing, against another story's "Kesland Park … will remain open" (FC301)."""
    first = (
        "The team played at Kesland Park, a municipal sports ground, last year. The"
        " ground will shut for good at the close of the season, the council said."
    )
    assert _pair_codes(first, second, ("FC301",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The £7 million Volmark received for winger Ada Lane will pay its debts.", ["FC101"]),
        ("Volmark sold Ada Lane to Tessaro for £4 million, Volmark said.", []),
        ("Volmark sold Ada Lane to Tessaro for a transfer fee of £7 million.", ["FC101"]),
        # Another seller, another player, or the buyer's side: nothing to compare.
        ("The £7 million Kelder City received for winger Ada Lane will pay its debts.", []),
        ("The £7 million Volmark received for winger Ian Roe will pay its debts.", []),
        ("Tessaro paid £7 million for winger Ada Lane, Tessaro said.", []),
    ],
)
def test_sums_paid_for_one_thing_are_compared(second: str, codes: list[str]) -> None:
    """Sums one name pays or is paid for one thing (``[paid_for]``) clash as counts of one
    subject do (FC101): "sold Ada Lane … for £4 million" and "the £7 million Volmark
    received for winger Ada Lane"."""
    first = (
        "Fans of Volmark, Tessaro and Kelder City cheered. Volmark have sold winger Ada"
        " Lane to Tessaro for £4 million."
    )
    second = "Fans of Volmark, Tessaro and Kelder City cheered. " + second
    assert _pair_codes(first, second, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # A country that confirms a count counts it within itself, as "in Peru" says.
        ("Health officials confirmed 37 cases of Kesh fever in Peru.", ["FC101"]),
        ("Peru has also reported 37 cases of Kesh fever.", ["FC101"]),
        # Its share is not the whole, nor another country's count.
        ("Health officials have confirmed 37 cases of Kesh fever.", []),
        ("Chile has confirmed 37 cases of Kesh fever.", []),
    ],
)
def test_a_country_that_counts_a_count_is_its_place(second: str, codes: list[str]) -> None:
    """ "Peru has confirmed 12 cases" counts cases in Peru (``counting`` of
    ``[scenes]``): compared with another count in Peru, not with the whole outbreak's or
    another country's count."""
    first = "Peru has confirmed 12 cases of Kesh fever, officials said."
    assert _pair_codes(first, second, ("FC101",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Health officials confirmed 37 cases of Kesh fever in Ohio.", ["FC101"]),
        ("Ohio has also reported 37 cases of Kesh fever.", ["FC101"]),
        # Another region's count, or the country's, is another count.
        ("Idaho has confirmed 37 cases of Kesh fever.", []),
        ("Health officials have confirmed 37 cases of Kesh fever in the United States.", []),
    ],
)
def test_a_region_is_a_place_of_its_own(second: str, codes: list[str]) -> None:
    """A count in a region of a country (``[regions]``) is compared with counts in that
    region only: not with another region's, nor with its whole country's."""
    first = "Ohio has confirmed 12 cases of Kesh fever, officials said."
    assert _pair_codes(first, second, ("FC101",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Floods in Orvo killed six people.", ["FC101"]),
        ("Floods in the United States killed six people.", []),
    ],
)
def test_a_toll_s_place_is_where_it_befell(second: str, codes: list[str]) -> None:
    """A toll's place is one named after a word of ``[scenes]``, before a country named
    otherwise nearer to it (whose embassy it was)."""
    first = (
        "Chile mourned the floods that killed 14 people near the embassy of the United States"
        " in Orvo."
    )
    assert _pair_codes(first, second, ("FC101",), "2031-05-03") == codes


def test_a_toll_of_places_joined_is_no_one_place_s() -> None:
    """A toll its sentence tells of places joined ("in the Chilean and Peruvian capitals") is
    their sum: not the toll of a place named before it (the headline's first), set against
    the toll of that place alone."""
    first = (
        "Blasts hit two embassies in Peru, Chile\n\n"
        "Bombs went off at two embassies in the Chilean and Peruvian capitals on Friday,"
        " leaving dozens of people dead, the police said."
    )
    second = "Six people were killed in a bomb attack at the embassy in Peru on Friday."
    assert _pair_codes(first, second, ("FC101",), "2031-05-03", second_published="2031-05-04") == []


def test_a_toll_of_places_joined_is_not_an_earlier_sentence_s() -> None:
    """A toll told of places joined, in a sentence that names no incident, is their sum: not
    the toll of the incident the sentence before tells of in one of them."""
    first = "The storm hit Averly on Monday. It killed 40 people in Averly and Kesh."
    second = "The storm hit Averly on Monday. It killed 12 people."
    assert _pair_codes(first, second, ("FC101",), "2031-05-03") == []


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # The toll of one blast fell from one story to the next.
        ("Three U.S. soldiers died in the explosion in Averly on Monday.", ["FC101"]),
        # The dead of an ambush elsewhere are another toll, as those of no incident named.
        ("Insurgents killed three U.S. soldiers in an ambush in Kesh on Monday.", []),
    ],
)
def test_a_country_s_dead_are_counted_by_incident(second: str, codes: list[str]) -> None:
    """A count of a country's dead is the toll of the incident its sentence names, in the
    place it names, as a count of people is: the soldiers killed by a blast in Averly are
    not those killed in an ambush in Kesh."""
    first = "An explosion killed five U.S. soldiers in Averly on Monday."
    assert (
        _pair_codes(first, second, ("FC101",), "2031-05-04", second_published="2031-05-05") == codes
    )


@pytest.mark.parametrize(
    "second",
    [
        "Kesh fever has now turned up in four other U.S. states.",
        "Six U.S. states have banned sales of the tonic.",
    ],
)
def test_a_count_of_a_country_s_states_picks_them(second: str) -> None:
    """ "Five U.S. states" are states a story picks out by what it says of them, not all the
    states the country has: two such counts are not one count told twice."""
    first = "Five U.S. states let pharmacists sell the tonic without a prescription."
    assert _pair_codes(first, second, ("FC101",)) == []


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Portuguese inflation reached 4% in May, official data showed.", []),
        ("Portuguese inflation reached 4.2% in May, official data showed.", ["FC101"]),
        ("Portuguese inflation reached 5% in May, official data showed.", ["FC101"]),
    ],
)
def test_a_figure_rounded_to_fewer_decimals_agrees(second: str, codes: list[str]) -> None:
    """ "4%" may be "4.1%" rounded; "4.2%" and "5%" may not."""
    first = "Portuguese inflation rose to 4.1% in May, the statistics institute said."
    assert _pair_codes(first, second, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Portugal voted on Sunday. Turnout, at just over 71 per cent, was high.", ["FC101"]),
        ("Portugal voted on Sunday. Turnout was 68 percent, officials said.", []),
        # Another country's turnout, or no country at all.
        ("Portugal voted. In Spain, turnout was just 58 per cent.", []),
        ("Turnout was just 58 per cent, officials said.", []),
    ],
)
def test_turnout_is_a_measure_of_the_country_the_story_is_about(
    second: str, codes: list[str]
) -> None:
    """ "Turnout was 68.3 percent" with no country in its sentence is the turnout of the
    country the story names most (FC101)."""
    first = "Portugal voted on Sunday. Turnout was 68.3 percent, the commission said."
    assert _pair_codes(first, second, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Quorn voters chose Mara Quill as mayor. Quill won. Turnout was 61%, the commission"
            " said.",
            ["FC101"],
        ),
        (
            "Quorn voters chose Mara Quill as mayor. Quill won. Turnout was 64.4%, the"
            " commission said.",
            [],
        ),
        # Another story's election.
        (
            "Dallow voters chose Ivo Kranjc as mayor. Kranjc won. Turnout was 61%, the"
            " commission said.",
            [],
        ),
        # The occasion it is measured at may stand between: not a place.
        (
            "Quorn voters chose Mara Quill as mayor. Quill won. Turnout in the vote was 61%.",
            ["FC101"],
        ),
        ("Quorn voters chose Mara Quill as mayor. Quill won. Turnout in Dallow was 61%.", []),
    ],
)
def test_turnout_in_a_story_of_no_country_is_that_of_its_story(
    second: str, codes: list[str]
) -> None:
    """A text that names no country tells of "the" turnout of its own election: compared with
    another story's when the two name the same names."""
    first = (
        "Quorn voters chose Mara Quill as mayor. Quill won. Turnout was 64%, the commission said."
    )
    assert _pair_codes(first, second, ("FC101",), published="2031-05-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Mara Quill won the Quorn mayoral race. Turnout was 61%, officials said.", ["FC101"]),
        ("Dallow voters chose Ivo Kranjc as mayor. Turnout was 61%, officials said.", []),
    ],
)
def test_briefs_that_name_each_name_once_tell_one_story(second: str, codes: list[str]) -> None:
    """A brief that names its people and places once each is about them, as a longer report
    is about the names it repeats: two briefs of one election compare its turnout."""
    first = "Quorn voters chose Mara Quill as mayor. Turnout was 64%, the commission said."
    assert _pair_codes(first, second, ("FC101",), published="2031-05-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Mara Quill, a former teacher, was elected mayor of Quorn on Sunday with 48% of"
            " the vote.",
            ["FC101"],
        ),
        (
            "Mara Quill was elected mayor of Quorn on Sunday with 52.4 percent of the votes cast.",
            [],
        ),
        # Another race, a runoff, another candidate, or no one's share.
        ("Mara Quill was elected mayor of Dallow on Sunday with 48% of the vote.", []),
        ("Mara Quill won 48% of the vote in the Quorn runoff on Sunday.", []),
        ("Ivo Kranjc was elected mayor of Quorn on Sunday with 48% of the vote.", []),
        ("In Quorn on Sunday, candidates needed 48% of the vote to win outright.", []),
    ],
)
def test_a_vote_share_is_the_share_of_the_name_that_won_it(second: str, codes: list[str]) -> None:
    """ "won … with 52% of the vote" is the winner's share of that race's vote (``[vote_shares]``
    in units.toml), keyed by the capitalized words that tell the race."""
    first = "Mara Quill won the Quorn mayoral race on Sunday with 52% of the vote."
    assert _pair_codes(first, second, ("FC101",), published="2031-05-12") == codes


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        ("Kelder Mining's net profit fell 18% to $412 million in the first quarter.", ["FC101"]),
        (
            "Kelder Mining said on Tuesday that its net profit rose to $412 million in the first"
            " quarter.",
            ["FC101"],
        ),
        ("Kelder Mining's net profit reached $389 million in the first quarter.", []),
        # A change alone, and a level of no one's.
        ("Kelder Mining's net profit fell 18% in the first quarter.", []),
        ("Net profit fell to $412 million in the first quarter.", []),
    ],
)
def test_a_verb_of_level_gives_a_sum_of_the_noun_before_it(first: str, codes: list[str]) -> None:
    """ "its net profit fell 18% to $412 million" tells what the profit came to, as "was"
    does (``levels`` in subjects.toml); a reporter's "its" is its own."""
    second = "Kelder Mining reported a first-quarter net profit of $389 million."
    assert _pair_codes(first, second, ("FC101",), published="2032-04-28") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Kelder Mining will pay a dividend of 40 cents a share.", ["FC101"]),
        ("Kelder Mining's dividend will be 45 cents a share.", []),
        ("Orrin Freight will pay a dividend of 40 cents a share.", []),
    ],
)
def test_a_dividend_in_cents_is_its_payer_s(second: str, codes: list[str]) -> None:
    """A dividend is a sum of ``[priced]``, and "cents" are money (units.toml)."""
    first = "Kelder Mining will pay a 45-cent dividend, the board said."
    assert _pair_codes(first, second, ("FC101",), published="2032-04-28") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Orrin Freight must pay $11 million in damages, the jury decided.", ["FC101"]),
        ("Orrin Freight will have to pay $14 million in damages.", []),
        # Two decisions, each on its day.
        ("A jury on Friday ordered Orrin Freight to pay $11 million in damages.", []),
    ],
)
def test_a_sum_imposed_is_one_award_however_it_is_told(second: str, codes: list[str]) -> None:
    """ "ordered … to pay $14 million in damages" and "must pay $11 million in damages" tell
    one award (``[imposed]`` in units.toml), though one gives the day of the decision."""
    first = "A jury on Wednesday ordered Orrin Freight to pay $14 million in damages."
    assert _pair_codes(first, second, ("FC101",), published="2033-05-12") == codes


@pytest.mark.parametrize(
    ("second_published", "codes"),
    [
        ("2033-05-20", ["FC101"]),
        # Told a year apart, with no time of their own: two awards.
        ("2034-05-12", []),
    ],
)
def test_a_sum_imposed_is_told_when_its_story_is(second_published: str, codes: list[str]) -> None:
    """An award told as to come ("must pay", "will have to pay") with no time of its own is
    one of when its story was written, as a sum told with no mood is: stories a year apart
    tell of two, though the windows of their moods have no end."""
    first = "Orrin Freight must pay $14 million in damages, the jury decided."
    second = "Orrin Freight will have to pay $11 million in damages."
    assert _pair_codes(first, second, ("FC101",), "2033-05-12", second_published) == codes


#: Names a text also writes where no sentence starts, so that each may be a name alone.
_SETTLING = "Shares of Acme and Kelder fell. "


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # The payer's settlement, told by its noun or by another verb of paying.
        ("Acme's $4 billion settlement was approved by a judge.", ["FC101"]),
        ("Acme agreed to pay $4 billion to settle claims over its bonds.", ["FC101"]),
        ("Acme paid $4 billion to resolve the allegations, Acme said.", ["FC101"]),
        ("Acme agreed to pay $6.3 billion to settle claims over its bonds.", []),
        # Another payer's, no payer's, one paid to the name, or a bill paid: no settlement
        # of Acme's to compare.
        ("Kelder paid $4 billion to settle a bond fraud probe, Kelder said.", []),
        ("$4 billion was paid to settle the claims, a lawyer said.", []),
        ("Acme was paid $4 billion to settle the claims, a lawyer said.", []),
        ("Acme paid $4 billion to settle its tax bill, Acme said.", []),
    ],
)
def test_a_sum_paid_to_settle_is_the_payer_s_settlement(second: str, codes: list[str]) -> None:
    """ "Acme will pay $6.3 billion to settle a bond fraud probe" is Acme's settlement
    (``[paid_to]`` in units.toml), as "Acme's $4 billion settlement" is, whatever the mood."""
    first = _SETTLING + "Acme will pay $6.3 billion to settle a bond fraud probe, Acme said."
    assert _pair_codes(first, _SETTLING + second, ("FC101",), published="2031-06-12") == codes


#: A settlement of Acme's with a party it names after "with".
_WITH_COMMISSION = (
    "Acme agreed to pay $2 million to settle with the Kesland Securities and Markets Commission."
)


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # One party, told by a verb or by the noun: one settlement.
        (
            _WITH_COMMISSION,
            "Acme agreed to pay $5 million to settle with the Kesland Securities and Markets"
            " Commission.",
            ["FC101"],
        ),
        (
            _WITH_COMMISSION,
            "Acme's $5 million settlement with the Kesland Securities and Markets Commission"
            " was cleared.",
            ["FC101"],
        ),
        (
            "Acme agreed to pay $2 million to settle with Kelder Bank.",
            "Acme's $5 million settlement with Kelder Bank was approved.",
            ["FC101"],
        ),
        # Two parties: two settlements.
        (
            _WITH_COMMISSION,
            "Acme agreed to pay $5 million to settle with New Dallow's attorney general.",
            [],
        ),
        (_WITH_COMMISSION, "Acme agreed to pay $5 million to settle with Kelder Bank.", []),
        # No party named after "with", or none at all: maybe another settlement.
        (_WITH_COMMISSION, "Acme agreed to pay $5 million to settle with its creditors.", []),
        (_WITH_COMMISSION, "Acme agreed to pay $5 million to settle a lawsuit.", []),
    ],
)
def test_a_settlement_with_a_named_party_is_one_with_it(
    first: str, second: str, codes: list[str]
) -> None:
    """The party a settlement is with, named after "with", is part of its key, told by a
    verb ("to settle with Kelder Bank") or by the noun ("a settlement with Kelder Bank"): a
    name's settlements with two parties, or with one and with none named, are not compared."""
    pair = (_SETTLING + first, _SETTLING + second)
    assert _pair_codes(*pair, ("FC101",), published="2031-06-12") == codes


@pytest.mark.parametrize(
    ("first", "second", "second_published", "codes"),
    [
        (
            "Acme will pay $6.3 billion to settle a bond fraud probe.",
            "Acme agreed to pay $4 billion to settle claims over its bonds.",
            "2031-06-20",
            ["FC101"],
        ),
        # Told a year apart, with no time of their own: two settlements.
        (
            "Acme will pay $6.3 billion to settle a bond fraud probe.",
            "Acme agreed to pay $4 billion to settle claims over its bonds.",
            "2032-06-12",
            [],
        ),
        (
            "Acme will pay $6.3 billion to settle a bond fraud probe.",
            "Acme's $4 billion settlement was approved by a judge.",
            "2032-06-12",
            [],
        ),
    ],
)
def test_a_settlement_is_told_when_its_story_is(
    first: str, second: str, second_published: str, codes: list[str]
) -> None:
    """A settlement told as to come ("will pay", "agreed to pay") with no time of its own is
    one of when its story was written, as an award is (``[imposed]``): stories a year apart
    tell of two."""
    pair = (_SETTLING + first, _SETTLING + second)
    assert _pair_codes(*pair, ("FC101",), "2031-06-12", second_published) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The council will hold its vote on the budget on May 27.", ["FC201"]),
        ("The council will hold its vote on the budget on May 20.", []),
        # A vote on another thing, and a vote of no topic: one of many.
        ("The council will hold its vote on the parking plan on May 27.", []),
        ("The council will hold a vote on May 27.", []),
    ],
)
def test_a_body_s_vote_on_a_topic_is_one_happening(second: str, codes: list[str]) -> None:
    """ "The town council's vote on the budget" is a thing of ``[things]``, though "vote to"
    is an auxiliary: held on one day, set against another day given for it."""
    story = "Quorn council met. Mara Quill spoke. Quorn taxes rose, Quill said. "
    first = story + "The town council's vote on the budget is scheduled for May 20."
    assert _pair_codes(first, story + second, ("FC201",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The council will vote on the budget on May 27.", ["FC201"]),
        ("The council will vote on the budget on May 20.", []),
        # Another topic; and "over the summer" is when, not what about.
        ("The council will vote on the parking plan on May 27.", []),
        ("The council will vote over the summer.", []),
        ("The council voted on May 6 to close the road.", []),
    ],
)
def test_a_verb_that_names_its_happening_holds_it(second: str, codes: list[str]) -> None:
    """ "will vote on the budget" holds the council's vote on the budget (``own_nouns`` of
    ``[classes.hold]`` in events.toml), as "will hold its vote on the budget" does."""
    story = "Quorn council met. Mara Quill spoke. Quorn taxes rose, Quill said. "
    first = story + "The council will hold its vote on the budget on May 20."
    assert _pair_codes(first, story + second, ("FC201",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Mara Quill will be sworn in as mayor on June 8.", ["FC201"]),
        ("Mara Quill will be sworn in on June 1.", []),
        ("Ivo Kranjc will take office on June 8.", []),
    ],
)
def test_taking_office_is_one_event(second: str, codes: list[str]) -> None:
    """ "will take office on June 1" against "will be sworn in on June 8" dates one start
    twice."""
    first = "Mara Quill will take office on June 1."
    assert _pair_codes(first, second, ("FC201",), published="2031-05-12") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Italy's jobless rate rose in April, according to official data.", ["FC301"]),
        ("Italian unemployment rose in March, according to official data.", []),
        ("Spanish unemployment rose in April, according to official data.", []),
    ],
)
def test_a_country_indicator_moves_one_way_at_a_time(second: str, codes: list[str]) -> None:
    """A country's unemployment or inflation is a subject of its own: it cannot both fall and
    rise in one month."""
    first = "Italian unemployment fell in April, the statistics office said."
    assert _pair_codes(first, second, ("FC301",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The Averly bridge has stayed closed since April 20.", ["FC301"]),
        ("The Averly bridge has stayed closed since April 30.", []),
        ("The Averly bridge has stayed closed.", []),
    ],
)
def test_a_state_since_a_time_holds_all_along(second: str, codes: list[str]) -> None:
    """ "has stayed closed since April 20" holds on every day from April 20 to the story's
    date, so it denies a reopening in that time, but not one before it."""
    first = "The Averly bridge reopened to traffic on Monday, April 27."
    assert _pair_codes(first, second, ("FC301",), second_published="2031-05-06") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Mara Quill has not visited the Penwick plant since the fire, her office said.",
            ["FC301"],
        ),
        ("Mara Quill has never visited the Penwick plant, her office said.", ["FC301"]),
        ("Mara Quill had at no stage visited the Penwick plant, her office said.", ["FC301"]),
        ("Mara Quill has not visited the Penwick plant since Friday, her office said.", []),
        ("Mara Quill did not visit the Penwick plant on Tuesday, her office said.", []),
        # At an untold time: maybe before the visit, maybe after it.
        ("Mara Quill has not visited the Penwick plant, her office said.", []),
        ("Mara Quill has not visited the Orrin depot since the fire, her office said.", []),
    ],
)
def test_a_happening_and_its_denial(second: str, codes: list[str]) -> None:
    """A happening of a class with no opposite ("visit") is set against its denial when the
    denial holds at every moment of a time that holds the happening's: "since" a happening of
    the story (the month before the story), "never", or a time it gives."""
    first = "Mara Quill, the Dallow health minister, visited the Penwick plant on Monday."
    assert _pair_codes(first, second, ("FC301",), "2032-03-10", "2032-03-13") == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (
            "Norvik will not close the Belsk mine in June.",
            "Norvik will close the Belsk mine by the end of the year.",
            [],
        ),
        (
            "Norvik will not close the Belsk mine this year.",
            "Norvik will close the Belsk mine in July.",
            ["FC301"],
        ),
    ],
)
def test_a_denial_holds_only_its_own_time(first: str, second: str, codes: list[str]) -> None:
    """A change denied at one time and told of at a time that goes beyond it may both hold:
    the change may come after the denied time."""
    assert _pair_codes(first, second, ("FC301",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Norvik workers will remain at the Belsk mine this year.", []),
        ("Norvik workers will leave the Belsk mine this year.", ["FC301"]),
    ],
)
def test_a_denial_takes_the_opposite_stance(second: str, codes: list[str]) -> None:
    """A company that denied its workers would leave agrees with a story that they stay."""
    denied = "Norvik denied that Norvik workers would leave the Belsk mine this year."
    assert _pair_codes(denied, second, ("FC301",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Norvik workers will remain at the Belsk mine this year.", ["FC301"]),
        ("Norvik workers will leave the Belsk mine this year.", []),
    ],
)
def test_no_workers_remaining_is_a_stance(second: str, codes: list[str]) -> None:
    """ "No Norvik workers will remain" says they will not: it denies that they remain."""
    first = "No Norvik workers will remain at the Belsk mine this year."
    assert _pair_codes(first, second, ("FC301",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # What remains after a withdrawal does not deny it, told as to come or under way.
        ("Norvik will withdraw its workers from the Belsk mine, the company said.", []),
        ("Norvik workers are due to leave the Belsk mine by June 30 next year.", []),
        # Told as coming after the same withdrawal, a denial does.
        (
            "No Norvik workers will remain at the Belsk mine once the withdrawal is complete.",
            ["FC301"],
        ),
        ("After the pullout, no Norvik workers will remain at the Belsk mine.", ["FC301"]),
        # What is told as following another happening is not set against it.
        ("No Norvik workers will remain at the Belsk mine after the closure.", []),
    ],
)
def test_what_remains_after_a_withdrawal_is_set_against_what_follows_it_only(
    second: str, codes: list[str]
) -> None:
    """ "40 workers will stay after the withdrawal" tells what follows the withdrawal."""
    first = "About 40 Norvik workers will stay at the Belsk mine after the withdrawal."
    assert _pair_codes(first, second, ("FC301",)) == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (
            "Gusts of 130 km/h hit the coast of Belsk.",
            "Gusts of 80 mph hit the coast of Belsk.",
            [],
        ),
        (
            "Gusts of 150 km/h hit the coast of Belsk.",
            "Gusts of 80 mph hit the coast of Belsk.",
            ["FC102"],
        ),
        ("The heat reached 41 °C in Belsk.", "The heat reached 106 °F in Belsk.", []),
        (
            "A third of voters in Belsk backed the plan.",
            "33% of voters in Belsk backed the plan.",
            [],
        ),
        (
            "A third of voters in Belsk backed the plan.",
            "30% of voters in Belsk backed the plan.",
            ["FC102"],
        ),
        # In one unit, figures are compared as written.
        (
            "Gusts of 130 km/h hit the coast of Belsk.",
            "Gusts of 129 km/h hit the coast of Belsk.",
            ["FC102"],
        ),
        # Rounding reaches no more than 5% of a figure: 2,000 is not 1,500 to 2,500.
        (
            "The road to Belsk is 2,000 km long.",
            "The road to Belsk is 1,000 miles long.",
            ["FC102"],
        ),
    ],
)
def test_a_figure_in_another_unit_may_have_been_rounded(
    first: str, second: str, codes: list[str]
) -> None:
    """ "80 mph" and "130 km/h" can both be right: a converted figure is rounded at its last
    written digit."""
    assert _pair_codes(first, second, ("FC101", "FC102")) == codes


def test_a_newsroom_sets_how_far_a_converted_figure_is_rounded() -> None:
    """``converted`` in ``[rounding]`` of ``numbers.toml`` caps the rounding of a figure in
    another unit (0 compares converted figures as exact); it must be a share below 1."""
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-05-02")
        for name, text in (
            ("a.md", "Gusts of 130 km/h hit the coast of Belsk."),
            ("b.md", "Gusts of 80 mph hit the coast of Belsk."),
        )
    ]

    def config(share: object) -> Config:
        tables = {"numbers": {"rounding": {"converted": share}}}
        return Config(select=("FC102",), lexicon_tables=(("test", tables),))

    assert [f.rule for f in factcheck.check(documents, config=config(0)).findings] == ["FC102"]
    with pytest.raises(factcheck.LexiconError, match="converted"):
        factcheck.check(documents, config=config(2))


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # A rise happens again and again: two times are two occasions.
        ("Norvik's output grew 4% in the second quarter.", "Norvik's output grew 9% in 2030.", []),
        # A leaving is one event.
        (
            "Norvik workers will leave the Belsk mine in March.",
            "Norvik workers will leave the Belsk mine in 2033.",
            ["FC201"],
        ),
    ],
)
def test_recurring_events_are_not_placed_twice(first: str, second: str, codes: list[str]) -> None:
    """FC201 sets one event at two times against each other, not a change that recurs."""
    assert _pair_codes(first, second, ("FC201",)) == codes


_FIRST_HEARING = "The Tarnby Council will hold its first hearing on Thursday, May 8."


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # One first hearing, held on two days.
        (
            _FIRST_HEARING,
            "The Tarnby Council's first hearing will be held on Friday, May 9.",
            ["FC201"],
        ),
        (
            _FIRST_HEARING,
            "The Tarnby Council's first hearing, set for Friday, May 9, will be open to"
            " the public.",
            ["FC201"],
        ),
        (
            _FIRST_HEARING,
            "The Tarnby Council will hold its first hearing on Friday, May 9.",
            ["FC201"],
        ),
        (_FIRST_HEARING, _FIRST_HEARING, []),
        # One hearing on one topic, told with "a" and "into" …
        (
            "The Tarnby Council scheduled a public hearing on the spill for Thursday, May 8.",
            "The Tarnby Council's public hearing into the spill is scheduled for Friday, May 9.",
            ["FC201"],
        ),
        # … is not a hearing on another, nor a meeting with neither topic nor ordinal.
        (
            "The Tarnby Council scheduled a public hearing on the spill for Thursday, May 8.",
            "The Tarnby Council scheduled a public hearing on the budget for Friday, May 9.",
            [],
        ),
        (
            "The Tarnby Council held a meeting on Thursday, May 8.",
            "The Tarnby Council held a meeting on Friday, May 9.",
            [],
        ),
        # Its second hearing, its monthly meetings: other happenings.
        (
            _FIRST_HEARING,
            "The Tarnby Council will hold its second public hearing on Friday, May 9.",
            [],
        ),
        (
            "The Tarnby Council will hold its monthly meeting on Thursday, May 8.",
            "The Tarnby Council will hold its monthly meeting on Friday, May 9.",
            [],
        ),
    ],
)
def test_a_happening_singled_out_is_held_once(first: str, second: str, codes: list[str]) -> None:
    """A body holds hearings and meetings again and again (``recurring``), but the one an
    ordinal singles out once (``singled_by``): two days given for it clash."""
    assert _pair_codes(first, second, ("FC201",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "The bridge across the River Kesh in Lowick gave way just after 7 p.m. on"
            " Saturday, April 26.",
            ["FC201"],
        ),
        ("The bridge gave way just after 7 p.m. on Friday, April 25.", []),
        # A bridge of no name the story gave: which one is not known.
        ("A bridge over the River Kesh gave way on Saturday, April 26.", []),
    ],
)
def test_a_collapse_told_on_two_days_is_placed_twice(second: str, codes: list[str]) -> None:
    """A bridge gives way once: "collapsed on Friday" and "gave way … on Saturday" of the one
    bridge the stories named ("the Kelder footbridge", then "the bridge") clash; "just after
    7 p.m." on the Friday does not."""
    first = (
        "A review of the failure of the Kelder footbridge began on Monday.\n\n"
        "The bridge collapsed late on Friday, April 25."
    )
    second = f"An engineer who inspected the Kelder footbridge spoke on Tuesday.\n\n{second}"
    assert _pair_codes(first, second, ("FC201",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("“We will rebuild every school … before the winter,” Mayor Ana Lima said.", []),
        ("“We will rebuild every school... before the winter,” Mayor Ana Lima said.", []),
        # What is left of the quote must be the quote's own words, in order.
        (
            "“We will rebuild every house that the flood damaged … before the winter,” Mayor"
            " Ana Lima said.",
            ["FC401"],
        ),
    ],
)
def test_a_quote_that_leaves_words_out_is_no_drift(second: str, codes: list[str]) -> None:
    """An ellipsis says that words were left out: the rest is no misquote."""
    first = (
        "“We will rebuild every school that the flood damaged before the winter,” Mayor Ana"
        " Lima said."
    )
    assert _pair_codes(first, second, ("FC401",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # House styles spell words two ways: the quote is the same.
        ("“We will organize a clean-up in every neighborhood of the centre,” Ana Lima said.", []),
        ("“We will organize a clean-up in every neighborhood of the center,” Ana Lima said.", []),
        # A word changed besides is drift.
        (
            "“We will organize a clean-up in every neighborhood of the region,” Ana Lima said.",
            ["FC401"],
        ),
    ],
)
def test_a_quote_respelt_by_a_house_style_is_no_drift(second: str, codes: list[str]) -> None:
    """Spellings of ``[spelling]`` in ``text.toml`` ("organise", "organize") are one word."""
    first = "“We will organise a clean-up in every neighbourhood of the centre,” Ana Lima said."
    assert _pair_codes(first, second, ("FC401",)) == codes


def test_drift_shows_the_words_as_each_quote_spells_them() -> None:
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-05-02")
        for name, text in (
            ("a.md", "“We will organise a clean-up in every neighbourhood,” Ana Lima said."),
            ("b.md", "“We will organize a clean-up in every colour,” Ana Lima said."),
        )
    ]
    (finding,) = factcheck.check(documents, config=Config(select=("FC401",))).findings
    assert finding.message.endswith("'neighbourhood' vs 'colour'")


@pytest.mark.parametrize(
    ("first", "second", "shown"),
    [
        ("3,000", "3,500", "'3,000' vs '3,500'"),
        ("3,000", "3", "'3,000' vs '3'"),
        ("1,250,400", "9,250,408", "'1,250,400' vs '9,250,408'"),  # two changes in one number
        ("2.5", "2.8", "'2.5' vs '2.8'"),
    ],
)
def test_drift_shows_a_number_it_changes_whole(first: str, second: str, shown: str) -> None:
    """A change to part of a number ("000" of "3,000") is shown as the whole number each quote
    writes, not as the runs of digits the words are split into."""
    documents = [
        factcheck.loads(
            f"“The yard will hire {figure} welders before the winter,” Ana Lima said.",
            id=name,
            format="markdown",
            published="2031-05-02",
        )
        for name, figure in (("a.md", first), ("b.md", second))
    ]
    (finding,) = factcheck.check(documents, config=Config(select=("FC401",))).findings
    assert finding.message == f"Ana Lima is quoted in two wordings: {shown}"


def test_drift_of_a_partial_quote_shows_only_the_words_changed() -> None:
    """The words one quote has before (or after) all of the other's are a partial quote, not a
    change: only "generation" against "century" is shown."""
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-05-02")
        for name, text in (
            (
                "a.md",
                "“This is the worst storm Penwick has known in a generation,” Ana Lima said.",
            ),
            ("b.md", "Ana Lima called it “the worst storm Penwick has known in a century”."),
        )
    ]
    (finding,) = factcheck.check(documents, config=Config(select=("FC401",))).findings
    assert finding.message == "Ana Lima is quoted in two wordings: 'generation' vs 'century'"


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # Fifteen words, three of them changed: one remark told twice.
        (
            "“We warned the owners about these cracks in May, and they chose to keep"
            " sailing,” Dagny Rasch said.",
            "“We told the owners about these cracks back in May, and they decided to keep"
            " sailing,” Dagny Rasch said.",
            ["FC401"],
        ),
        # Eleven words, three changes: two remarks of one speaker, not one told twice.
        (
            "“We played well today and we deserved to win the match,” Ana Lima said.",
            "“We played badly today and we really deserved to lose the match,” Ana Lima said.",
            [],
        ),
    ],
)
def test_a_long_quote_may_drift_in_three_places(first: str, second: str, codes: list[str]) -> None:
    """A quote of a dozen words or more told with three runs of its words changed is drift;
    a shorter one, two remarks alike."""
    assert _pair_codes(first, second, ("FC401",)) == codes


def test_a_newsroom_adds_spellings_and_a_bad_one_is_named() -> None:
    """``[spelling]`` pairs join the built-in ones; an entry that is not two words is an error
    that names the key."""
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-05-02")
        for name, text in (
            ("a.md", "“Every kerb in the old town will be rebuilt by spring,” Ana Lima said."),
            ("b.md", "“Every curb in the old town will be rebuilt by spring,” Ana Lima said."),
        )
    ]

    def findings(pairs: object) -> list[str]:
        tables = {"text": {"spelling": {"words": pairs}}}
        config = Config(select=("FC401",), lexicon_tables=(("test", tables),))
        return [f.rule for f in factcheck.check(documents, config=config).findings]

    assert findings([]) == ["FC401"]
    assert findings([["curb", "kerb"]]) == []
    with pytest.raises(factcheck.LexiconError, match="spelling"):
        findings([["curb"]])


@pytest.mark.parametrize(
    ("quote", "codes"),
    [
        ("It was a tough game", []),  # two people may well say it
        ("We let the whole town down with that second half", ["FC402"]),
    ],
)
def test_the_same_short_words_from_two_speakers_are_no_misattribution(
    quote: str, codes: list[str]
) -> None:
    """Misattribution compares quotes of seven words or more."""
    first = f"“{quote},” coach Lars Stenby said."
    second = f"“{quote},” captain Ola Sund said."
    assert _pair_codes(first, second, ("FC402",)) == codes


def test_a_count_of_a_year_gone_by_is_not_compared_with_one_of_now() -> None:
    """A year set off before its clause ("In 2019, …") dates the count, which then shares
    no time with a count of now."""
    assert not _amount_findings(
        "In 2019, Norvik had 500 Norvik workers at the Belsk mine.",
        "About 300 Norvik workers are based at the Belsk mine.",
    )


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (  # the company that cuts them owns the jobs, however its name ends
            "Halvard Corp. will cut 1,200 jobs, the company said.",
            "Halvard said on Monday it would cut 900 jobs. Shares of Halvard fell.",
            ["FC101"],
        ),
        (  # jobs it cuts are not jobs another company adds
            "Halvard Corp. will cut 1,200 jobs, the company said.",
            "Brenmoor Ltd. will add 900 jobs, the company said.",
            [],
        ),
    ],
)
def test_a_company_named_in_its_clause_owns_the_count(
    first: str, second: str, codes: list[str]
) -> None:
    """A name that opens the sentence and cuts, hires or has a count owns it, so two stories'
    counts of one company's jobs are compared."""
    assert _amount_findings(first, second) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # A plan told the next day is of the same future as the "will".
        ("Halvard Motors plans to cut 800 jobs at its plants, the company said.", ["FC101"]),
        # What is, told the next day, is not what will be.
        ("Halvard Motors has 800 jobs at its plants, the company said.", []),
    ],
)
def test_what_will_be_holds_from_when_it_was_said_on(second: str, codes: list[str]) -> None:
    """An amount whose clause looks ahead ("will cut") and names no time holds from the
    reference on, so a plan told on another day is compared with it (2031-03-01 is a
    Saturday: "said on Monday" is February 24)."""
    first = "Halvard Motors will cut 3,000 jobs, the carmaker said on Monday."
    found = _pair_codes(
        first, second, ("FC101",), published="2031-03-01", second_published="2031-03-02"
    )
    assert found == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (  # "over" a rounded figure and the figure: news rounds
            "Over 2,000 Norvik workers are based at the Belsk mine.",
            "2,000 Norvik workers are based at the Belsk mine.",
            [],
        ),
        (
            "Nearly 600,000 Norvik shares changed hands at the Belsk exchange.",
            "600,000 Norvik shares changed hands at the Belsk exchange.",
            [],
        ),
        (  # a figure that is not rounded is left out by "more than" it
            "More than 8 Norvik workers are based at the Belsk mine.",
            "8 Norvik workers are based at the Belsk mine.",
            ["FC101"],
        ),
        (  # past the rounded figure, they clash
            "Over 2,000 Norvik workers are based at the Belsk mine.",
            "1,500 Norvik workers are based at the Belsk mine.",
            ["FC101"],
        ),
    ],
)
def test_an_open_end_at_a_rounded_figure_does_not_clash_with_it(
    first: str, second: str, codes: list[str]
) -> None:
    """Amounts apart only by an open end ("over", "nearly") at a rounded figure can both be
    right; at a figure that is not rounded, or past it, they cannot."""
    assert _amount_findings(first, second) == codes


def test_a_newsroom_sets_what_a_rounded_figure_is() -> None:
    """``[rounding]`` of ``numbers.toml`` says which figures are rounded; it must be a
    positive number."""
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-03-05")
        for name, text in (
            ("a.md", "More than 80 Norvik workers are based at the Belsk mine."),
            ("b.md", "80 Norvik workers are based at the Belsk mine."),
        )
    ]
    tens = Config(
        select=("FC101",), lexicon_tables=(("test", {"numbers": {"rounding": {"multiple": 10}}}),)
    )
    assert [
        f.rule for f in factcheck.check(documents, config=Config(select=("FC101",))).findings
    ] == ["FC101"]
    assert not factcheck.check(documents, config=tens).findings
    broken = Config(
        select=("FC101",), lexicon_tables=(("test", {"numbers": {"rounding": {"multiple": 0}}}),)
    )
    with pytest.raises(factcheck.LexiconError, match="multiple"):
        factcheck.check(documents, config=broken)


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        ("$1.5bn", "$2.75m", "(1.5 billion USD) vs '$2.75m' (2.75 million USD)"),
        ("about 7 billion euros", "5 billion euros", "(6.3 billion–7.7 billion EUR)"),
        ("140,937,785 euros", "about 2 million euros", "(140,937,785 EUR)"),
    ],
)
def test_a_finding_writes_large_figures_as_news_does(first: str, second: str, values: str) -> None:
    """An editor reads "5.1 billion", not "5.1e+09"; a figure its scale would round is
    written in full."""
    documents = [
        factcheck.loads(
            f"The Norvik council will spend {amount} on the new harbour, the mayor said.",
            id=f"{index}.md",
            format="markdown",
            published="2031-03-05",
        )
        for index, amount in enumerate((first, second))
    ]
    [finding] = factcheck.check(documents, config=Config(select=("FC102",))).findings
    assert values in finding.message


def _told(text: str, published: str, name: str) -> Document:
    return factcheck.loads(text, id=name, format="markdown", published=published)


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # A toll that rose as news came in: the later story updates the earlier.
        (("12", "2031-03-05"), ("15", "2031-03-07"), []),
        # Fewer dead later, or two tolls of one day: they disagree.
        (("15", "2031-03-05"), ("12", "2031-03-07"), ["FC101"]),
        (("12", "2031-03-05"), ("15", "2031-03-05"), ["FC101"]),
    ],
)
def test_a_later_higher_toll_is_an_update(
    first: tuple[str, str], second: tuple[str, str], codes: list[str]
) -> None:
    """Counts of the dead only grow as news comes in (``[growing_parts]`` of units.toml)."""
    documents = [
        _told(f"The storm killed {count} Norvik workers in the valley, the police said.", day, name)
        for name, (count, day) in (("a.md", first), ("b.md", second))
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The buyer still plans to cut 2,150 jobs at Tarvel Axle over two years.", ["FC101"]),
        ("The buyer still plans to cut 1,850 jobs at Tarvel Axle over two years.", []),
        # The whole workforce is no count of the cut jobs.
        ("Tarvel Axle has about 9,500 jobs.", []),
    ],
)
def test_jobs_to_be_cut_are_compared_however_their_employer_is_named(
    second: str, codes: list[str]
) -> None:
    """ "cut 1,850 of Tarvel Axle's 9,400 jobs" and "cut 2,150 jobs at Tarvel Axle" count the
    cut jobs of one employer."""
    documents = [
        _told("It intends to cut 1,850 of Tarvel Axle's roughly 9,400 jobs over two years.",
              "2032-09-14", "a.md"),
        _told(second, "2032-09-20", "b.md"),
    ]  # fmt: skip
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("second", "day", "codes"),
    [
        # Told the same day, in acres: 6,400 ha is about 15,800 acres.
        ("has scorched more than 20,000 acres", "2031-08-11", ["FC101"]),
        ("has scorched about 15,800 acres", "2031-08-11", []),
        # A fire burns more as the days go by: the later story updates the earlier.
        ("has burned about 9,000 hectares", "2031-08-14", []),
    ],
)
def test_the_area_a_fire_burned_is_compared_as_its_toll_is(
    second: str, day: str, codes: list[str]
) -> None:
    """An area burned, with no noun of its own, is the ``burned area`` of the incident its
    sentence names (``[incident_areas]`` of units.toml), and grows as a toll does."""
    documents = [
        _told(f"The Flint Ridge Fire {words}, the fire service said.", published, name)
        for name, words, published in (
            ("a.md", "has burned about 6,400 hectares", "2031-08-11"),
            ("b.md", second, day),
        )
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # Those who came home are a part of the force, and their count grows.
        ("About 120 Norvik soldiers have already flown home.", []),
        ("About 120 Norvik soldiers have come home.", []),
        ("About 120 Norvik soldiers are at the camp.", ["FC101"]),
    ],
)
def test_those_who_came_home_are_a_part_of_their_force(second: str, codes: list[str]) -> None:
    """ "120 soldiers have flown home" counts the returned (``returned`` of ``[parts]``), not
    the soldiers at the camp the day before."""
    documents = [
        _told("The base houses roughly 340 Norvik soldiers.", "2031-06-02", "a.md"),
        _told(second, "2031-06-03", "b.md"),
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        (("14", "2031-06-02"), ("22", "2031-06-03"), []),
        (("22", "2031-06-02"), ("14", "2031-06-03"), ["FC102"]),
    ],
)
def test_a_toll_given_as_a_bare_figure_is_updated_too(
    first: tuple[str, str], second: tuple[str, str], codes: list[str]
) -> None:
    """ "The death toll … rose to 14" counts the dead: a higher figure the next day updates
    it, a lower one clashes."""
    documents = [
        _told(f"The death toll from the floods in the valley rose to {count}.", day, name)
        for name, (count, day) in (("a.md", first), ("b.md", second))
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # Told on Wednesday at 14, then fewer dead in a later story: the toll cannot fall.
        (("rose to 14 on Wednesday", "2031-06-05"), ("stands at 12", "2031-06-09"), ["FC101"]),
        # More dead later: an update.
        (("rose to 14 on Wednesday", "2031-06-05"), ("stands at 19", "2031-06-09"), []),
        # Stories written more than two weeks apart may tell of another storm of the place.
        (("rose to 14 on Wednesday", "2031-06-05"), ("stands at 12", "2031-07-09"), []),
        # So may counts told of times more than two weeks apart, in stories written days apart.
        (("rose to 14 in April", "2031-06-05"), ("stands at 12", "2031-06-09"), []),
        (("rose to 14 on May 30", "2031-06-05"), ("stands at 12", "2031-06-09"), ["FC101"]),
    ],
)
def test_a_toll_of_the_dead_never_falls(
    first: tuple[str, str], second: tuple[str, str], codes: list[str]
) -> None:
    """``[unfalling_parts]`` of units.toml: a count of the dead told of a later time is never
    lower than one told of an earlier time, when the stories are written within
    ``[unfalling_told]``."""
    documents = [
        _told(f"The death toll from the storm in Averly {told}.", day, name)
        for name, (told, day) in (("a.md", first), ("b.md", second))
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The fire at the Kesh tower in Lowick injured two people.", ["FC101"]),
        # How badly they were hurt makes them a part of the injured.
        ("Two people were seriously injured in the fire at the Kesh tower in Lowick.", []),
        ("The fire at the Kesh tower in Lowick critically injured two people.", []),
        # So does who they were: adults, as children, men or women, are a part of people.
        ("The fire at the Kesh tower in Lowick injured two adults.", []),
    ],
)
def test_a_count_of_some_of_the_injured_is_no_toll_of_all(second: str, codes: list[str]) -> None:
    """The badly hurt (``seriously_injured`` of ``[parts]`` in units.toml) and the adults
    (a kind of ``[counted]`` of their own) are some of the injured: a lower count of them in
    the next day's story is no toll that fell."""
    documents = [
        _told("The fire at the Kesh tower in Lowick injured 16 people.", "2031-06-05", "a.md"),
        _told(second, "2031-06-06", "b.md"),
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("tolls", "key"),
    [({"kind": "victim"}, "tolls.kind"), ({"acting": ["detained"]}, "tolls.acting")],
)
def test_tolls_must_name_a_counted_kind_and_their_own_parts(
    tolls: dict[str, object], key: str
) -> None:
    """``[tolls]`` counts its people in a kind of ``[counted]``, and its ``acting`` parts are
    among its ``parts``."""
    documents = [
        _told("The death toll from the floods in the valley rose to 14.", "2031-06-02", "a.md")
    ]
    tables = {"units": {"tolls": tolls}}
    with pytest.raises(factcheck.LexiconError, match=key):
        factcheck.check(documents, config=Config(lexicon_tables=(("test", tables),)))


def test_part_nouns_must_name_parts() -> None:
    """A key of ``[part_nouns]`` that ``[parts]`` does not name is a lexicon error."""
    documents = [
        _told("The death toll from the floods in the valley rose to 14.", "2031-06-02", "a.md")
    ]
    tables = {"units": {"part_nouns": {"sunk": ["number of boats"]}}}
    with pytest.raises(factcheck.LexiconError, match="part_nouns"):
        factcheck.check(documents, config=Config(lexicon_tables=(("test", tables),)))


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Kelder Mining posted a $5 million loss in the second quarter.", []),
        ("Kelder Mining posted a $5 million loss in the third quarter.", ["FC101"]),
    ],
)
def test_a_sum_in_its_nouns_phrase_takes_the_time_the_phrase_gives(
    second: str, codes: list[str]
) -> None:
    """ "a $3 million loss in the third quarter": the quarter is the loss's own, so a loss of
    another quarter, told two weeks later, is no other figure for it (it was compared as the
    size of an untimed thing, and the later one taken to replace it)."""
    first = "Kelder Mining posted a $3 million loss in the third quarter."
    assert _pair_codes(first, second, ("FC101",), "2031-10-20", "2031-11-03") == codes


def test_schools_of_a_place_are_one_subject_however_the_place_is_told() -> None:
    """ "Schools in Penwick will remain closed until next Monday" and, the same day, "Penwick
    schools reopened on Tuesday" (the day before the second story) are opposite stances."""
    first = "Schools in Penwick will remain closed until next Monday."
    second = "Penwick schools reopened on Tuesday, the education office said."
    codes = _pair_codes(first, second, ("FC301",), "2031-06-03", "2031-06-04")
    assert codes == ["FC301"]


def test_a_name_with_an_age_set_off_still_takes_a_stance() -> None:
    """ "Tomas Berg, 59, will remain chief executive until March" is Tomas Berg's staying on,
    which his stepping down the day before denies."""
    first = "Chief executive Tomas Berg spoke to staff. Berg stepped down on Tuesday."
    second = "Tomas Berg, 59, will remain chief executive until March."
    codes = _pair_codes(first, second, ("FC301",), "2031-09-09", "2031-09-10")
    assert codes == ["FC301"]


@pytest.mark.parametrize(
    ("second_published", "codes"),
    [("2031-09-10", ["FC301"]), ("2031-09-11", ["FC301"]), ("2031-10-11", [])],
)
def test_an_appeal_told_as_to_come_and_as_not_to_come_clash(
    second_published: str, codes: list[str]
) -> None:
    """ "Ana Lima will appeal the ruling" and "will not appeal the ruling" the same day or the
    next; a month later, the second may be a change of mind."""
    first = "Ana Lima will appeal the ruling, her lawyer said."
    second = "Ana Lima will not appeal the ruling."
    assert _pair_codes(first, second, ("FC301",), "2031-09-10", second_published) == codes


def test_a_price_is_one_figure_told_as_agreed_or_as_to_be_paid() -> None:
    """ "agreed to buy Orrin Freight for $2.1 billion" and "will pay $2.4 billion for Orrin
    Freight" are one price, though one clause looks ahead and the other does not."""
    first = "Kelder Mining agreed on Monday to buy Orrin Freight for $2.1 billion."
    second = "Kelder Mining will pay $2.4 billion for Orrin Freight under a deal made on Monday."
    codes = _pair_codes(first, second, ("FC101",), "2031-11-03", "2031-11-04")
    assert codes == ["FC101"]


def test_a_count_of_the_whole_is_no_update() -> None:
    """A count of all the workers is not a toll: a higher one two days later still clashes."""
    documents = [
        _told(f"About {count} Norvik workers are based in the valley now.", day, name)
        for name, count, day in (("a.md", 300, "2031-03-05"), ("b.md", 450, "2031-03-06"))
    ]
    assert [f.rule for f in factcheck.check(documents).findings] == ["FC101"]


def test_growing_parts_must_be_parts() -> None:
    """A part that ``[parts]`` does not name is a lexicon error, not a silent no-op."""
    documents = [
        _told(f"The storm killed {count} Norvik workers in the valley.", day, name)
        for name, count, day in (("a.md", 12, "2031-03-05"), ("b.md", 15, "2031-03-07"))
    ]
    broken = Config(
        lexicon_tables=(("test", {"units": {"growing_parts": {"parts": ["drowned"]}}}),)
    )
    with pytest.raises(factcheck.LexiconError, match="drowned"):
        factcheck.check(documents, config=broken)


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        # Neither clause gives a time: how things stood when each story was written, and
        # the later story, more than a week on, replaces the earlier.
        (
            ("represents about 2,600 Norvik teachers", "2031-05-20"),
            ("represents about 1,900 Norvik teachers", "2031-05-28"),
            [("FC101", "superseded", "info", "told 8 days apart")],
        ),
        # Written five days apart: their windows of "now" do not meet, and they disagree.
        (
            ("represents about 2,600 Norvik teachers", "2031-05-20"),
            ("represents about 1,900 Norvik teachers", "2031-05-25"),
            [("FC101", "disagreement", "warning", "told 5 days apart")],
        ),
        # Over a month apart: the figure may have changed since, and is not compared.
        (
            ("represents about 2,600 Norvik teachers", "2031-05-20"),
            ("represents about 1,900 Norvik teachers", "2031-06-21"),
            [],
        ),
        # A time of its own in either clause says when the figure held.
        (
            ("represented about 2,600 Norvik teachers in 2029", "2031-05-20"),
            ("represents about 1,900 Norvik teachers", "2031-05-28"),
            [],
        ),
    ],
)
def test_untimed_amounts_of_stories_within_a_month_are_compared(
    first: tuple[str, str], second: tuple[str, str], found: list[tuple[str, str, str, str]]
) -> None:
    """An amount its clause gives no time holds when its story was written; another story's
    up to a month later (``[untimed]`` of units.toml) replaces it."""
    documents = [
        _told(f"The Harwick Teachers Union {clause}.", day, name)
        for name, (clause, day) in (("a.md", first), ("b.md", second))
    ]
    findings = factcheck.check(documents).findings
    assert [
        (f.rule, f.kind.value, f.severity.value, f.message.rsplit("(", 1)[-1][:17])
        for f in findings
    ] == found


def test_untimed_within_is_read_from_units_toml() -> None:
    """``within`` of ``[untimed]`` sets how far apart untimed amounts are compared; one that
    is no duration is a lexicon error."""
    documents = [
        _told(f"The Harwick Teachers Union represents about {count} Norvik teachers.", day, name)
        for name, count, day in (("a.md", "2,600", "2031-05-20"), ("b.md", "1,900", "2031-05-28"))
    ]

    def check(within: object) -> list[str]:
        tables = {"units": {"untimed": {"within": within}}}
        config = Config(lexicon_tables=(("test", tables),))
        return [f.rule for f in factcheck.check(documents, config=config).findings]

    assert check("P3D") == []
    assert check("P1Y") == ["FC101"]
    with pytest.raises(factcheck.LexiconError, match="untimed"):
        check("a month")


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        # A closing to come lasts: the school is shut next year, not open.
        (
            ("The board closes Caddow Primary School this summer.", "2031-05-20"),
            ("Caddow Primary School will remain open next year.", "2031-06-05"),
            [("FC301", "superseded", "info")],
        ),
        (
            ("Caddow Primary School will stay shut next year.", "2031-05-20"),
            ("The board will reopen Caddow Primary School in June.", "2031-05-22"),
            [("FC301", "disagreement", "warning")],
        ),
        # A change after the state, or two changes, can both hold.
        (
            ("Caddow Primary School will remain open this year.", "2031-05-20"),
            ("The board will close Caddow Primary School next year.", "2031-05-22"),
            [],
        ),
        (
            ("The board closes Caddow Primary School this summer.", "2031-05-20"),
            ("The board will reopen Caddow Primary School next year.", "2031-05-22"),
            [],
        ),
        # A change told as done at a time it gives, a few days before the state, lasts too.
        (
            ("The board closed Caddow Primary School on Monday.", "2031-05-21"),
            ("Caddow Primary School remains open, the board said.", "2031-05-26"),
            [("FC301", "disagreement", "warning")],
        ),
        (
            ("Ana Lima resigned on Tuesday, the board said.", "2031-05-21"),
            ("Ana Lima, who remains in charge, spoke to reporters.", "2031-05-26"),
            [("FC301", "disagreement", "warning")],
        ),
        # So does one before a state told as holding from its story's date on, at a time of
        # its own; not one before a state told as holding since a later time.
        (
            ("The board reopened Caddow Primary School on Monday.", "2031-05-21"),
            ("Caddow Primary School will remain closed next week.", "2031-05-23"),
            [("FC301", "disagreement", "warning")],
        ),
        (
            ("The board reopened Caddow Primary School on Monday.", "2031-05-21"),
            ("Caddow Primary School has stayed closed since Wednesday.", "2031-05-23"),
            [],
        ),
        # A closing told as past may have been undone since; so may one told long before.
        (
            ("The board closed Caddow Primary School on Monday.", "2031-05-21"),
            ("Caddow Primary School remains open, the board said.", "2031-07-26"),
            [],
        ),
        (
            ("The board closed Caddow Primary School in 2029.", "2031-05-20"),
            ("Caddow Primary School will remain open next year.", "2031-05-22"),
            [],
        ),
        (
            ("The board closes Caddow Primary School this summer.", "2031-05-20"),
            ("Caddow Primary School will remain open next year.", "2031-08-05"),
            [],
        ),
    ],
)
def test_a_change_to_come_lasts_into_a_later_state(
    first: tuple[str, str], second: tuple[str, str], found: list[tuple[str, str, str]]
) -> None:
    """What a change does lasts: a closing told as to come, or as done a few days before,
    denies a later "remain open" told within a month (``[lasting]`` of events.toml), as its
    opposite at the same time would."""
    documents = [
        _told(text, day, name) for name, (text, day) in (("a.md", first), ("b.md", second))
    ]
    findings = factcheck.check(documents).findings
    assert [(f.rule, f.kind.value, f.severity.value) for f in findings] == found
    assert all("lasts into the other's time" in f.message for f in findings)


def test_a_report_due_by_may_and_not_until_next_year_clash() -> None:
    """One author's one report, due "by the end of May" and "not until early next year"."""
    first = "Ana Lima will deliver her audit report by the end of May, the panel said."
    second = (
        "Ana Lima is not expected to release her audit report until early next year, aides said."
    )
    assert _pair_codes(first, second, ("FC201",)) == ["FC201"]
    other = (
        "Ana Lima is not expected to release her interim report until early next year, aides said."
    )
    assert _pair_codes(first, other, ("FC201",)) == []


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        ("The Kelder footbridge reopened to traffic on Monday.", ["FC301"]),
        # Long before the story: it may have closed again since.
        ("The Kelder footbridge reopened to traffic in 2029.", []),
    ],
)
def test_a_state_held_since_the_flood_denies_a_change_in_that_time(
    first: str, codes: list[str]
) -> None:
    """ "has remained shut since the storm" holds all along the month before its story, so a
    reopening told in that time denies it."""
    second = "The Kelder footbridge has remained shut since the storm, engineers said."
    assert _pair_codes(first, second, ("FC301",), "2031-05-02", "2031-05-06") == codes


def test_what_is_left_of_a_thing_reopening_denies_it_stayed_shut() -> None:
    """ "The rest of the gallery reopened" tells of the gallery, which "has been closed to
    visitors since the flood" denies."""
    story = "Ana Lima of the Orvo Art Gallery spoke. Lima said Orvo was calm. "
    first = story + "The rest of the gallery reopened to visitors on Monday."
    second = story + "The gallery has been closed to visitors since the flood."
    assert _pair_codes(first, second, ("FC301",), "2031-05-02", "2031-05-06") == ["FC301"]


def test_a_state_is_no_event_placed_in_time() -> None:
    """ "has remained shut since the storm" is the state, not the closing "in 2029" (FC201)."""
    first = "The Kelder footbridge closed in 2029 for repairs."
    second = "The Kelder footbridge has remained shut since the storm, engineers said."
    assert _pair_codes(first, second, ("FC201",), "2031-05-02", "2031-05-06") == []


def test_troops_of_a_country_no_lexicon_knows_are_compared() -> None:
    """ "Kesland has about 1,420 troops" and "Kesland had about 960 troops" count the same."""
    first = "Envoys from Kesland met. Kesland has about 1,420 troops in Orvo."
    second = "Envoys from Kesland met. Kesland had about 960 troops in Orvo back then."
    assert _pair_codes(first, second, ("FC101",)) == ["FC101"]


def test_stepping_down_and_remaining_in_office_clash() -> None:
    """ "will step down" and "will remain managing director" of one person are opposite."""
    first = "Ana Lima will step down once the sale is done, Tessaro said."
    second = "Ana Lima will remain managing director of Tessaro, the filing said."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


def test_lasting_within_is_read_from_events_toml() -> None:
    """``within`` of ``[lasting]`` sets how far apart the stories may be; one that is no
    duration is a lexicon error."""
    documents = [
        _told("The board closes Caddow Primary School this summer.", "2031-05-20", "a.md"),
        _told("Caddow Primary School will remain open next year.", "2031-06-05", "b.md"),
    ]

    def check(within: object) -> list[str]:
        tables = {"events": {"lasting": {"within": within}}}
        config = Config(lexicon_tables=(("test", tables),))
        return [f.rule for f in factcheck.check(documents, config=config).findings]

    assert check("P0D") == []
    assert check("P1Y") == ["FC301"]
    with pytest.raises(factcheck.LexiconError, match="lasting"):
        check("a month")


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # One incident, one place, one day: two tolls that cannot both be right.
        (
            "At least 12 people died when the storm hit Averly on Tuesday, police said.",
            "Police said the storm that struck Averly on Tuesday killed nine people.",
            ["FC101"],
        ),
        # "quake" and "earthquake" name one incident; the participle clause shares its time.
        (
            "An earthquake struck central Kesland on Tuesday, killing at least 120 people.",
            "The quake that hit central Kesland on Tuesday killed 85 people, officials said.",
            ["FC101"],
        ),
        # "the Norvik Foods plant" names the plant's owner; the fire was in Lowick.
        (
            "Four workers died in a fire at the Norvik Foods plant in Lowick on Tuesday.",
            "Police said the fire that tore through Lowick on Tuesday killed six workers.",
            ["FC101"],
        ),
        # Two incidents in one town on one day.
        (
            "Three people died in a fire in Averly on Tuesday, police said.",
            "Two people died in a crash near Averly on Tuesday, police said.",
            [],
        ),
        # Attacks of two kinds are two incidents (bombing, airstrike: [incidents]).
        (
            "An airstrike killed 12 people in Tarsk on Tuesday, the local governor said.",
            "A car bomb killed five people in Tarsk on Tuesday, the army said.",
            [],
        ),
        # "Another" airstrike is not the one the other story tells of.
        (
            "An airstrike killed 12 people in Tarsk on Tuesday, the local governor said.",
            "Another airstrike killed five people in Tarsk on Tuesday, the army said.",
            [],
        ),
        # A storm known by its name needs no place; another name is another storm.
        (
            "Hurricane Ida killed 12 people on Tuesday, officials said.",
            "Hurricane Ida killed nine people on Tuesday, the governor said.",
            ["FC101"],
        ),
        (
            "Hurricane Ida killed 12 people on Tuesday, officials said.",
            "Hurricane Nora killed nine people on Tuesday, the governor said.",
            [],
        ),
        # A bombing and a blast at one market are one incident.
        (
            "A suicide bombing at a market in Tarsk killed 23 people on Tuesday.",
            "At least 31 people were killed when a blast ripped through a market in Tarsk on"
            " Tuesday.",
            ["FC101"],
        ),
        # One storm in two towns.
        (
            "The storm killed nine people in Averly on Tuesday, police said.",
            "The storm killed four people in Kesh on Tuesday, police said.",
            [],
        ),
        # A sentence that names no incident does not say whose toll it gives.
        (
            "Nine people died in Averly on Tuesday, police said.",
            "The storm killed 12 people in Averly on Tuesday, police said.",
            [],
        ),
        # Who said it is not where: the place of "officials in Averly" is not the scene.
        (
            "Officials in Averly said the storm killed nine people in Kesh on Tuesday.",
            "The storm killed 12 people in Averly on Tuesday, officials said.",
            [],
        ),
        # An evacuation order's count is of the fire the story named.
        (
            "The Flint Ridge Fire spread. About 9,400 people were ordered to evacuate on Sunday as"
            " the fire moved west.",
            "The Flint Ridge Fire grew. Sunday's evacuation order reached roughly 6,100 people.",
            ["FC101"],
        ),
        # A toll is of the time told against its incident; a strike that kills, an attack's.
        (
            "A missile strike on a depot in Tarsk last month killed 23 people.",
            "Residents of Tarsk mourned the dead of the June strike, which killed 16 people.",
            ["FC101"],
        ),
        (
            "A missile strike on a depot in Tarsk last month killed 23 people.",
            "Residents of Tarsk mourned the dead of the May strike, which killed 16 people.",
            [],
        ),
    ],
)
def test_a_toll_is_of_the_incident_and_place_its_sentence_names(
    first: str, second: str, codes: list[str]
) -> None:
    """A count of the dead with no owner is the toll of the incident named in its sentence
    (``[incidents]`` of subjects.toml), in the place named nearest to it."""
    documents = [_told(first, "2031-07-02", "a.md"), _told(second, "2031-07-02", "b.md")]
    assert [f.rule for f in factcheck.check(documents).findings] == codes


def test_a_contingent_so_many_strong_is_a_count_of_troops() -> None:
    """ "The US has a 2,500-strong contingent in Syria" and "about 2,000 troops" give the US
    armed forces there two counts that do not overlap (FC101)."""
    documents = [
        _told(
            "The US has a 2,500-strong contingent in Syria, officials said.", "2031-07-02", "a.md"
        ),
        _told("The US has about 2,000 troops in Syria, officials said.", "2031-07-02", "b.md"),
    ]
    assert [f.rule for f in factcheck.check(documents).findings] == ["FC101"]


def test_a_yearly_sum_is_no_total() -> None:
    """ "The deal is worth $5 billion a year" does not disagree with "a $25 billion deal": one is
    a rate, the other a sum (FC101 compares neither with the other)."""
    documents = [
        _told(
            "Norvik's deal with Kesh is worth $5 billion a year, officials said.",
            "2031-07-02",
            "a.md",
        ),
        _told(
            "Norvik's deal with Kesh is worth $25 billion, officials said.", "2031-07-02", "b.md"
        ),
    ]
    assert [f.rule for f in factcheck.check(documents).findings] == []


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Council papers put the depot's yearly running cost at about $1.6 million.", ["FC101"]),
        ("Council papers put the depot's yearly running cost at $950,000.", []),
        # A sum, not a rate: never compared with a rate.
        ("Council papers put the depot's running cost at about $1.6 million.", []),
    ],
)
def test_a_yearly_cost_is_compared_however_it_is_told(second: str, codes: list[str]) -> None:
    """ "costs $900,000 a year to run" and "the yearly running cost at about $1.6 million"
    are one running cost per year, told two ways (FC101)."""
    opening = "Mara Quill said the Penwick depot will close."
    first = f"{opening} The depot costs some $900,000 a year to run, Quill said."
    assert _amount_findings(first, f"{opening} {second} Quill said.") == codes


def test_lengths_of_time_in_sentences_worded_alike_are_compared() -> None:
    """Two stories that give one trip different lengths of time disagree (FC102)."""
    documents = [
        factcheck.loads(
            f"It takes the Norvik ferry {minutes} minutes to cross the fjord at night.",
            id=f"{minutes}.md",
            format="markdown",
            published="2031-03-05",
        )
        for minutes in (30, 45)
    ]
    report = factcheck.check(documents, config=Config(select=("FC102",)))
    assert [finding.rule for finding in report.findings] == ["FC102"]


def test_two_dates_in_one_sentence_are_not_one_statement_dated_twice() -> None:
    """One sentence is one report: 'announced on Sunday that a wreck they found last June was
    …' dates two things, not one statement two ways (FC501)."""
    document = factcheck.loads(
        "The Harbour Project announced on Sunday that a sunken ferry wreck they found last June"
        " was the Norvik Star.",
        id="a.md",
        format="markdown",
        published="2031-03-05",
    )
    report = factcheck.check([document], config=Config(select=("FC501",)))
    assert report.findings == ()


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Ana Lima said on Wednesday that members at Belsk would be balloted on a strike.",
            ["FC501"],
        ),
        ("Ana Lima said on Wednesday that members at Belsk would be paid for a strike.", []),
    ],
)
def test_one_statement_in_other_forms_of_its_words(second: str, codes: list[str]) -> None:
    """ "would ballot members" and "members would be balloted" say one thing (FC501); "paid"
    is another word."""
    first = "Ana Lima said Tuesday the union would ballot members at Belsk on a strike."
    assert _pair_codes(first, second, ("FC501",), published="2031-01-08") == codes


@pytest.mark.parametrize(
    ("second_published", "codes"),
    [
        ("2031-01-10", ["FC501"]),  # the same day: Friday or Monday, one of them is wrong
        # A week on, a statement made after the first report came out is a second one.
        ("2031-01-17", []),
    ],
)
def test_a_statement_dated_after_the_other_report_is_made_again(
    second_published: str, codes: list[str]
) -> None:
    """A report out on Friday cannot tell of a statement made on Monday (FC501)."""
    first = "Norvik workers will leave the Belsk mine next week, the ministry said on Friday."
    second = "Norvik workers will leave the Belsk mine soon, the ministry said on Monday."
    found = _pair_codes(
        first, second, ("FC501",), published="2031-01-10", second_published=second_published
    )
    assert found == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # One statement dated two ways, "next month" read from each date (May 30, June 2):
        # the dates clash, and the windows only as the dates do.
        (
            "Mayor Rui Costa said on Friday that Norvik workers would leave the Belsk mine next"
            " month.",
            ["FC501"],
        ),
        # Another time phrase: read from one date, the times would still clash.
        (
            "Mayor Rui Costa said on Friday that Norvik workers would leave the Belsk mine within"
            " two weeks.",
            ["FC201"],
        ),
        # Another speaker: two statements, and their times clash.
        (
            "Mayor Ana Lima said on Friday that Norvik workers would leave the Belsk mine next"
            " month.",
            ["FC201"],
        ),
    ],
)
def test_a_time_phrase_read_from_two_dates_of_one_statement(second: str, codes: list[str]) -> None:
    """FC201 leaves to FC501 the clash of one statement's time phrase read from the two days
    the statement is dated (2031-06-03 is a Tuesday)."""
    first = (
        "Mayor Rui Costa said yesterday that Norvik workers would leave the Belsk mine next month."
    )
    found = _pair_codes(first, second, ("FC201", "FC501"), published="2031-06-03")
    assert sorted(found) == codes


def test_an_event_claim_keeps_its_time_phrase() -> None:
    """An event's claim keeps the time phrase its window was read from, in one line."""
    document = factcheck.loads(
        "The Norvik workers will leave the Belsk mine within 60 to\n100 days, the company said.",
        id="a.md",
        format="markdown",
        published="2031-03-05",
    )
    report = factcheck.check([document])
    phrases = [c.time_phrase for c in report.claims if isinstance(c, EventClaim)]
    assert phrases == ["within 60 to 100 days"]


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Elena Zelden lost the mayoral election in Tarnow on Sunday.", ["FC301"]),
        ("Elena Zelden lost the party's primary on Sunday.", []),  # another contest
        ("Kesh Athletic lost the mayoral election in Tarnow on Sunday.", []),
        ("Marek Holt won the mayoral election in Tarnow on Sunday.", []),
    ],
)
def test_a_named_person_takes_a_stance(second: str, codes: list[str]) -> None:
    """A person the lexicon does not know is a subject by name: winning and losing one
    election on one day clash; another contest, or another person, does not."""
    first = "Elena Zelden won the mayoral election in Tarnow on Sunday."
    assert _pair_codes(first, second, ("FC301",), "2031-05-05") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Residents of Port Averly were never ordered to leave their homes, the sheriff said.",
            ["FC301"],
        ),
        ("Port Averly was never evacuated, the sheriff said.", ["FC301"]),
        # "Not" tells of some untold moment, which the Monday evacuation need not be.
        ("Residents of Port Averly were not ordered to leave, the sheriff said.", []),
        ("Residents of Port Kesh were never ordered to leave their homes, the sheriff said.", []),
    ],
)
def test_never_denies_every_moment_before_the_story(second: str, codes: list[str]) -> None:
    """ "Was never evacuated" holds at every moment before its story, and so denies an
    evacuation told of at any of them; "the town of Port Averly" and "residents of Port
    Averly" are Port Averly, and "were ordered to leave" tells that they left."""
    first = "The town of Port Averly, a community of some 700 people, was evacuated Monday."
    assert _pair_codes(first, second, ("FC301",), "2031-06-04", "2031-06-06") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "ORVO - The emergency room at Halvard Health's Westmere campus closed on Monday.",
            ["FC201"],
        ),
        ("ORVO - The emergency room at Halvard Health's Tarn campus closed on Monday.", []),
    ],
)
def test_a_thing_at_an_owners_site_is_keyed_by_the_site(second: str, codes: list[str]) -> None:
    """A thing "at Halvard's Westmere campus" is Westmere's, however its owner is named;
    closing in March and on a Monday in May clash, another site's closing does not."""
    first = "The emergency department at Halvard's Westmere campus will close in March."
    assert _pair_codes(first, second, ("FC201",), "2031-05-02", "2031-05-07") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Prime Minister Elena Zelden will stay in office, her spokesman said.", ["FC301"]),
        ("Prime Minister Elena Zelden will remain in power, aides said.", ["FC301"]),
        ("Elena Zelden will remain in the job, aides said.", ["FC301"]),
        ("Marek Holt will stay in office, his spokesman said.", []),
    ],
)
def test_staying_in_office_denies_resigning(second: str, codes: list[str]) -> None:
    first = "Prime Minister Elena Zelden will resign next month, her spokesman said."
    assert _pair_codes(first, second, ("FC301",), "2031-06-04") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The Supreme Court of Valmor accepted the appeal on Tuesday.", ["FC301"]),
        ("The Supreme Court of Valmor accepted the settlement on Tuesday.", []),
        ("The Court of Appeal accepted the appeal on Tuesday.", []),  # another court
        ("The Supreme Court of Valmor accepted an appeal on Tuesday.", []),  # any appeal
    ],
)
def test_a_body_takes_a_stance_on_a_thing_of_its_own(second: str, codes: list[str]) -> None:
    """Rejecting and accepting one court's appeal on one day clash; another thing, another
    court's, or any appeal ("an appeal") do not."""
    first = "The Supreme Court of Valmor rejected the appeal on Tuesday."
    assert _pair_codes(first, second, ("FC301",), "2031-06-04") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Acme Mining fired Lena Holt on Monday.", ["FC301"]),
        ("Borvik Steel fired Lena Holt on Monday.", []),
    ],
)
def test_a_relation_is_its_doers(second: str, codes: list[str]) -> None:
    """Hired and fired by one company on one day clash; by two companies they do not."""
    first = "Acme Mining hired Lena Holt on Monday."
    assert _pair_codes(first, second, ("FC301",), "2031-06-04") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The Senate rejected the health bill on Tuesday.", ["FC301"]),
        ("The Senate rejected the bill on Tuesday.", ["FC301"]),
        ("The Senate rejected the tax bill on Tuesday.", []),
    ],
)
def test_objects_named_alike_are_one_thing(second: str, codes: list[str]) -> None:
    """ "the bill" may be "the health bill"; "the tax bill" is another."""
    first = "The Senate passed the health bill on Tuesday."
    assert _pair_codes(first, second, ("FC301",), "2031-06-04") == codes


def test_a_named_thing_takes_a_stance() -> None:
    """ "The Averly plant" is one thing in both stories: closing it and keeping it open clash."""
    first = "The Averly plant will close by the end of the year, the company said."
    second = "The Averly plant will stay open for now, a company spokesman said."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Halvard Motors' plant will stay open for now, a spokesman said.", ["FC301"]),
        ("Halvard Motors's plant will stay open for now, a spokesman said.", ["FC301"]),
        ("The Halvard Motors plant will stay open for now, a spokesman said.", ["FC301"]),
        ("Halvard Motors' head office will stay open, a spokesman said.", []),
        ("Halvard Motors' factory will stay open for now, a spokesman said.", ["FC301"]),
        ("Borvik Steel's plant will stay open for now, a spokesman said.", []),
    ],
)
def test_a_thing_a_name_owns_takes_a_stance(second: str, codes: list[str]) -> None:
    """ "Halvard Motors' plant" and "the Halvard Motors plant" are the plant of "Halvard Motors
    will close its plant"; its head office, or another company's plant, is another thing."""
    first = "Halvard Motors will close its plant by the end of the year, the carmaker said."
    assert _pair_codes(first, second, ("FC301",)) == codes


def test_a_named_thing_in_reported_speech_takes_a_stance() -> None:
    """ "The company said the Averly plant will close" is about the plant, as is a sentence
    that opens with it."""
    first = "Iskra Steel said on Monday that the Averly plant will close by the end of the year."
    second = "The Averly plant will stay open for now, a company spokesman said."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


def test_a_thing_named_after_an_aside_takes_a_stance() -> None:
    """The airport of "Korvath's regional airport, whose tower was cracked, will remain closed"
    is the one of "Korvath airport would reopen on Friday"."""
    first = (
        "The ministry said on Wednesday that Korvath's regional airport, whose control tower was"
        " cracked by the quake, will remain closed to flights until further notice."
    )
    second = "The ministry said on Wednesday that Korvath airport would reopen on Friday."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


def test_a_closing_dated_in_a_time_clause_is_timed() -> None:
    """ "when the Lowick plant closes in the autumn of 2032" dates the closing that "shut the
    Lowick works early next year" dates otherwise."""
    first = "Volmark said on Monday that it would shut the Lowick works early next year."
    second = "Some 1,800 jobs will go when the Lowick plant closes in the autumn of 2032."
    assert _pair_codes(first, second, ("FC201",), published="2031-09-16") == ["FC201"]


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The earthquake struck at about 2:40 a.m. on Monday, police said.", ["FC201"]),
        ("The tremor struck at 4.12am on 3 March, police said.", []),
        # Another day is another quake; so is an aftershock.
        ("A quake struck Averly in 2011, killing 40 people.", []),
        ("A strong aftershock struck Averly at 9 a.m. on Monday.", []),
        # "About" a clock time reaches a quarter hour either side.
        ("The earthquake struck at about 4:20 a.m. on Monday, police said.", []),
    ],
)
def test_an_incident_placed_at_two_times_of_one_day(second: str, codes: list[str]) -> None:
    """The quake of one place on one day struck at one time."""
    first = (
        "A powerful earthquake struck Averly early on Monday. The quake hit at 4:12 a.m. local"
        " time on Monday, officials said."
    )
    second = "A powerful earthquake struck Averly on Monday. " + second
    assert _pair_codes(first, second, ("FC201",), published="2031-03-04") == codes


def test_a_thing_named_by_where_it_is_takes_a_stance() -> None:
    """ "The plant at Carrow Bay" and "the company's Carrow Bay plant" are one plant."""
    first = "The plant at Carrow Bay, which employs 610 people, will close by the end of 2033."
    second = "The company's Carrow Bay plant, which employs 610 people, will remain open."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


def test_a_speaker_who_will_stand_down_and_remain_leader() -> None:
    """ "he would remain leader" and "he would stand down", each said of himself (FC301)."""
    first = "Orrin Venhaal conceded defeat. He said he would remain leader of the Civic Union."
    second = "Orrin Venhaal announced in his concession speech that he would stand down."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Inka Marandt, the health minister, who toured Averly Hospital on Sunday, spoke.",
            ["FC201"],
        ),
        ("Inka Marandt, who visited Averly Hospital on Monday, spoke.", []),
        ("Inka Marandt, who visited Kesh Hospital on Sunday, spoke.", []),
        # A visit told of as a repeat is another visit.
        ("Inka Marandt visited Averly Hospital again on Sunday.", []),
    ],
)
def test_a_visit_dated_on_two_days(second: str, codes: list[str]) -> None:
    """One visit of one person to one place, on Monday in one story and Sunday in another."""
    first = "Health Minister Inka Marandt, who visited Averly Hospital on Monday, said it was full."
    assert _pair_codes(first, second, ("FC201",), published="2031-03-05") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("President Aurel Danek declared a state of emergency on Tuesday.", ["FC201"]),
        ("President Aurel Danek declared a state of emergency on Monday.", []),
        ("President Aurel Danek declared on Tuesday that the army would help.", []),
    ],
)
def test_a_declaration_dated_on_two_days(second: str, codes: list[str]) -> None:
    """One declaration of one thing by one person, on Monday in one story and Tuesday in
    another; "declared that" tells what was said."""
    first = "President Aurel Danek declared a state of emergency in the north on Monday."
    assert _pair_codes(first, second, ("FC201",), published="2031-03-19") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("The board declared the drought a national emergency on Friday.", ["FC201"]),
        ("The board declared the drought a disaster on Friday.", []),
        ("The board declared the drought to be a disaster on Friday.", []),
    ],
)
def test_a_declaration_is_of_the_status_it_gives(second: str, codes: list[str]) -> None:
    """ "declared the drought a national emergency" on Monday and on Friday date one
    declaration twice; "a disaster" is another declaration of the drought (``status`` of
    ``[classes.declare]``)."""
    story = "Kesby Health Board met. "
    first = story + "The board declared the drought a national emergency on Monday."
    second = story + second
    assert _pair_codes(first, second, ("FC201",), published="2031-03-19") == codes


def test_declarations_in_two_places_are_two() -> None:
    """A state of emergency in Kesh on Monday and one in Averly on Tuesday."""
    first = "President Aurel Danek declared a state of emergency in Kesh on Monday."
    second = "President Aurel Danek declared a state of emergency in Averly on Tuesday."
    assert _pair_codes(first, second, ("FC201",), published="2031-03-19") == []


def test_a_speaker_whose_she_told_tells_her_gender() -> None:
    """ "she told a news conference" tells that Liora Solvik is a woman, so "Solvik said she
    would stay on as mayor" is about her; "leave office" is resigning (FC301)."""
    first = (
        "Liora Solvik said on Monday she would stay on as mayor. “I have done nothing"
        " wrong,” she told a news conference."
    )
    second = "Ms Liora Solvik said on Monday that she would leave office at the end of June."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


def test_a_thing_known_by_its_name_alone() -> None:
    """ "Marrick Creek would stay open", in a story that told of "the Marrick Creek mine", is
    the mine that "The company's Marrick Creek mine near Tarnholm, which produced 1.7m tonnes
    last year, will close" tells of (FC301)."""
    first = (
        "Velthorn cut 350 jobs at the Marrick Creek mine. Velthorn said Marrick Creek would stay"
        " open."
    )
    second = (
        "The company's Marrick Creek mine near Tarnholm, which produced 1.7m tonnes of ore last"
        " year, will close by the end of 2034."
    )
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


def test_a_body_of_no_country_takes_a_stance() -> None:
    first = "NATO will withdraw from Kosovo this year, the alliance said."
    second = "NATO will remain in Kosovo this year, officials said."
    assert _pair_codes(first, second, ("FC301",)) == ["FC301"]


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("Norvik workers will leave the Belsk mine in 2033.", ["FC201"]),
        ("Norvik workers will leave the Kelder office in 2033.", []),
    ],
)
def test_events_on_other_objects_are_other_events(second: str, codes: list[str]) -> None:
    """Leaving one mine this year and an office later is no clash of timing."""
    first = "Norvik workers will leave the Belsk mine this year."
    assert _pair_codes(first, second, ("FC201",)) == codes


@pytest.mark.parametrize(
    ("first", "second", "found"),
    [
        # A birthday may fall between two stories: one year more is no clash …
        (("67", "2031-03-05"), ("68", "2031-06-09"), []),
        # … two are, and so is one year more in one story, or one year less later.
        (("67", "2031-03-05"), ("69", "2031-03-09"), [("FC103", "disagreement")]),
        (("67", "2031-03-05"), ("68", "2031-03-05"), [("FC103", "disagreement")]),
        (("67", "2031-03-05"), ("66", "2031-06-09"), [("FC103", "disagreement")]),
        # A later story does not replace an age: never superseded.
        (("67", "2031-03-05"), ("69", "2031-05-09"), [("FC103", "disagreement")]),
        # Stories more than a year apart ([ages] of units.toml) may tell of a namesake.
        (("67", "2031-03-05"), ("60", "2032-04-09"), []),
    ],
)
def test_ages_of_one_person_that_no_birth_date_gives(
    first: tuple[str, str], second: tuple[str, str], found: list[tuple[str, str]]
) -> None:
    documents = [
        _told(f"Ada Lane, {age}, a retired teacher, was at the hearing.", day, name)
        for name, (age, day) in (("a.md", first), ("b.md", second))
    ]
    findings = factcheck.check(documents).findings
    assert [(f.rule, f.kind.value) for f in findings] == found


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # One named person gives two lengths of "the" happening that do not overlap.
        (
            "Ana Lima said the audit is expected to take about three months.",
            "Ana Lima said the audit is expected to last eight months.",
            ["FC104"],
        ),
        (
            "Ana Lima said the audit is expected to take about three months.",
            "Ana Lima said the audit is expected to last up to five months.",
            [],
        ),
        # A surname in one story is the full name of the other.
        (
            "Ana Lima said the audit is expected to take about three months.",
            "Lima said the audit is expected to last eight months.",
            ["FC104"],
        ),
        # Two people, or no one, may speak of two investigations.
        (
            "Ana Lima said the audit is expected to take about three months.",
            "Ada Lane said the audit is expected to last eight months.",
            [],
        ),
        ("The evacuation took about 9 hours.", "The evacuation took four hours.", []),
        # A name owns both: whoever says so.
        (
            "Games moved during the 16-month redevelopment of Kelder Park.",
            "The 26-month redevelopment of Kelder Park added a stand.",
            ["FC104"],
        ),
        (
            "Games moved during the 16-month redevelopment of Kelder Park.",
            "The 26-month redevelopment of Orvo Park added a stand.",
            [],
        ),
        # A verb of closing and "for" tell the length of a closure; a time that starts after
        # the story was written tells of a length to come.
        (
            "Kesh Road will be closed to traffic for 16 months from June.",
            "The timetable sets out a six-month closure of Kesh Road starting in June.",
            ["FC104"],
        ),
        (
            "Kesh Road will be closed to traffic for 16 months from June.",
            "The timetable sets out a 16-month closure of Kesh Road starting in June.",
            [],
        ),
        (
            "Kesh Road will be closed to traffic in 16 months.",
            "The timetable sets out a six-month closure of Kesh Road starting in June.",
            [],
        ),
        # What a length was to be and what it was can both be right.
        (
            "The redevelopment of Kelder Park is expected to take 16 months.",
            "The redevelopment of Kelder Park took 26 months.",
            [],
        ),
    ],
)
def test_lengths_of_one_happening_that_cannot_both_be_right(
    first: str, second: str, codes: list[str]
) -> None:
    assert _pair_codes(first, second, ("FC101", "FC104")) == codes


#: Two stories of one ferry grounding, naming the same names, and a story of another.
_GROUNDING = (
    "The Orvo ferry ran aground off Averly on Sunday. Kesh Line said the Orvo had 218 people "
    "aboard. Averly harbour master Ana Lima praised the crew. Kesh Line will pay for repairs. "
)
_FIRE = (
    "A fire closed the Belsk mine near Lowick on Monday. Volmark said no one at Belsk was "
    "hurt. Lowick council met Volmark on Tuesday. "
)


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # Two stories of one grounding give "the evacuation" lengths that do not overlap …
        (
            _GROUNDING + "The evacuation took about 11 hours.",
            _GROUNDING + "The evacuation was completed in nearly five hours.",
            ["FC104"],
        ),
        (
            _GROUNDING + "The deal follows ten months of talks.",
            "Ana Lima of Kesh Line spoke. " + _GROUNDING + "It follows 18 months of talks.",
            ["FC104"],
        ),
        # … or that do.
        (
            _GROUNDING + "The evacuation took about 11 hours.",
            _GROUNDING + "The evacuation took 12 hours.",
            [],
        ),
        # Another story's evacuation is another evacuation.
        (
            _GROUNDING + "The evacuation took about 11 hours.",
            _FIRE + "The evacuation was completed in nearly five hours.",
            [],
        ),
        # Stories that name no name twice tell no story to set them in.
        ("The evacuation took about 11 hours.", "The evacuation took six hours.", []),
        # A length of one of a kind ("a two-year contract") is of no one happening.
        (
            _GROUNDING + "Kesh Line signed a two-year contract.",
            _GROUNDING + "Kesh Line signed a five-year contract.",
            [],
        ),
        # … but the one its end ends is, told with a "will" or as done.
        (
            _GROUNDING + "Repairs on Friday will end a ten-day suspension of the service.",
            _GROUNDING + "The service resumed on Friday, ending an 18-day suspension.",
            ["FC104"],
        ),
    ],
)
def test_lengths_with_no_owner_are_compared_within_one_story(
    first: str, second: str, codes: list[str]
) -> None:
    """A happening no name owns ("the evacuation") is compared across documents that tell one
    story (``[story]`` of ``subjects.toml``), whoever gives its lengths."""
    assert _pair_codes(first, second, ("FC104",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        ("All 52 of the tower's cables have now been replaced.", ["FC101"]),
        ("All 58 of the tower's cables have now been replaced.", []),
    ],
)
def test_the_count_of_a_things_parts_is_one_count(second: str, codes: list[str]) -> None:
    """ "the tower's 58 cables" and, days later, "All 52 of the tower's cables have now been
    replaced" give the one tower two numbers of cables: "now" is no time of its own."""
    story = " Riggers closed the Dallow mast. The Dallow mast serves Penwick and Orrin."
    first = "Riggers began work on the tower's 58 cables." + story
    assert _pair_codes(first, second + story, ("FC101",), "2034-03-08", "2034-03-12") == codes


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        # One day's cancellations are a part of those so far …
        ("Quorn Rail said it scrapped 64 trains on Tuesday.", []),
        # … and no more than them.
        ("Quorn Rail said it scrapped 900 trains on Tuesday.", ["FC101"]),
    ],
)
def test_a_days_count_of_a_happening_is_part_of_the_total_so_far(
    first: str, codes: list[str]
) -> None:
    """Counts of those a happening befell one by one (``[happenings.undergone]``) add up:
    one told of a day inside the time of another is a part of it."""
    told = " Quorn Rail drivers are on strike at Penwick. Penwick commuters waited for Quorn Rail."
    second = "Some 500 trains have been scrapped since the strike started." + told
    assert _pair_codes(first + told, second, ("FC101",), "2031-10-15", "2031-10-22") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        # One leak of one story, told as two amounts that do not overlap …
        ("Nearly 18,000 litres of fuel escaped from the tank at Norvik.", ["FC101"]),
        # … or that do; or a measure of another substance.
        ("Around 9,500 litres of fuel escaped from the tank at Norvik.", []),
        ("Nearly 18,000 litres of water escaped from the tank at Norvik.", []),
    ],
)
def test_measures_of_one_leak_in_one_story_are_compared(second: str, codes: list[str]) -> None:
    """ "About 9,000 litres of diesel fuel leaked" and "nearly 18,000 litres of fuel
    escaped", in two stories of one leak, cannot both be right (FC101)."""
    told = "Tarn Haulage said its Norvik depot was closed. Norvik council met Tarn Haulage. "
    first = told + "About 9,000 litres of diesel fuel leaked from the tank at Norvik on Monday."
    assert _pair_codes(first, told + second, ("FC101",), second_published="2031-05-03") == codes


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # One name's time to do one thing, told two ways: they disagree …
        (
            "Kelder Mining has 30 working days to answer the regulator.",
            "Kelder Mining, which was fined on Monday, has 45 working days to answer the "
            "regulator.",
            ["FC104"],
        ),
        # … unless the lengths overlap: 30 working days are six weeks.
        (
            "Kelder Mining has 30 working days to answer the regulator.",
            "Kelder Mining has six weeks to answer the regulator.",
            [],
        ),
        # The time to do another thing is another length.
        (
            "Kelder Mining has 30 working days to answer the regulator.",
            "Kelder Mining has 45 working days to appeal the fine.",
            [],
        ),
    ],
)
def test_the_time_a_name_has_to_do_a_thing_is_one_length(
    first: str, second: str, codes: list[str]
) -> None:
    """ "has 30 working days to answer the regulator": the time Kelder Mining has to answer
    it, compared with the time another story gives it (``[allowed_time]`` in units.toml)."""
    assert _pair_codes(first, second, ("FC104",)) == codes


def test_lengths_with_no_owner_in_a_large_archive_meet_their_story_only() -> None:
    """Past the size compared pair by pair, the lengths of "the evacuation" are compared in
    the pairs of documents that share a name of their stories."""
    places = [f"{start}{end}" for start in ("Bra", "Ke", "Vol", "Dun") for end in "bdfgkmnprtvz"]
    documents = [
        factcheck.loads(
            f"The {place} ferry ran aground off {place} Point. {place} staff helped. "
            f"The evacuation took {hours} hours.",
            id=f"{place}.md",
            format="markdown",
            published="2031-05-02",
        )
        for place, hours in zip(places, itertools.cycle((3, 30)), strict=False)
    ]
    documents += [
        factcheck.loads(_GROUNDING + text, id=name, format="markdown", published="2031-05-02")
        for name, text in (
            ("a.md", "The evacuation took about 11 hours."),
            ("b.md", "The evacuation took six hours."),
        )
    ]
    findings = factcheck.check(documents, config=Config(select=("FC104",))).findings
    assert [(f.claims[0].document, f.claims[1].document) for f in findings] == [("a.md", "b.md")]


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Kelder Park reopened on Saturday. The 22-month redevelopment added a stand. "
            "Fans filled Kelder Park.",
            ["FC104"],
        ),
        # A story about another ground: its redevelopment is another.
        (
            "Kesh Park reopened on Saturday. The 22-month redevelopment added a stand. "
            "Fans filled Kesh Park.",
            [],
        ),
    ],
)
def test_the_happening_of_a_story_about_its_owner_is_the_owners(
    second: str, codes: list[str]
) -> None:
    """ "The 22-month redevelopment" in a story about Kelder Park (each word of the name among
    its story's names) is the redevelopment of Kelder Park another story gives."""
    first = "Athletic played away during the 18-month redevelopment of Kelder Park."
    assert _pair_codes(first, second, ("FC104",)) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Harwick Trust staff and Harwick council said the $4.2 million fine was too low.",
            ["FC101"],
        ),
        ("Harwick Trust staff and Harwick council said the $2.4 million fine was too low.", []),
        # Another story's fine.
        ("Lowick Clinic staff and Lowick council said the $4.2 million fine was too low.", []),
    ],
)
def test_a_sum_a_verb_makes_a_thing_of_is_the_storys_thing(second: str, codes: list[str]) -> None:
    """ "would fine Harwick Trust $2.4 million", in a story that goes on to tell of "the fine",
    is "the" fine of its story, which another report calls "the $4.2 million fine"."""
    first = (
        "Harwick council said on Monday that it would fine Harwick Trust $2.4 million. Harwick "
        "Trust staff said the fine was too low."
    )
    assert _pair_codes(first, second, ("FC101", "FC102"), published="2031-05-07") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Harwick Trust staff said the 2,130 outpatient appointments cancelled at Harwick "
            "on Monday were the start, Harwick Trust said.",
            ["FC101"],
        ),
        # The same count, told again.
        (
            "Harwick Trust staff said the 2,310 outpatient appointments cancelled at Harwick "
            "on Monday were the start, Harwick Trust said.",
            [],
        ),
        # Another day's cancellations.
        (
            "Harwick Trust staff said 2,130 outpatient appointments were cancelled at Harwick "
            "on Tuesday, Harwick Trust said.",
            [],
        ),
        # Another story's.
        (
            "Lowick Clinic staff said 2,130 outpatient appointments were cancelled at Lowick "
            "on Monday, Lowick Clinic said.",
            [],
        ),
    ],
)
def test_counts_of_one_happening_of_one_story_that_cannot_both_be_right(
    second: str, codes: list[str]
) -> None:
    """ "2,310 appointments were cancelled on Monday" and "the 2,130 appointments cancelled on
    Monday" count those of one cancellation when their stories tell one story."""
    first = (
        "Harwick Trust staff said 2,310 outpatient appointments were cancelled at Harwick on "
        "Monday, Harwick Trust said."
    )
    assert _pair_codes(first, second, ("FC101", "FC102"), published="2031-05-07") == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Averly crews said the Averly ferry hit Kesh reef with over 250 people aboard, "
            "Kesh police said.",
            ["FC101"],
        ),
        # Another story's ferry is another.
        (
            "Lowick crews said the Lowick ferry hit Orvo reef with over 250 people aboard, "
            "Orvo police said.",
            [],
        ),
    ],
)
def test_the_people_aboard_are_those_aboard_the_storys_vehicle(
    second: str, codes: list[str]
) -> None:
    """ "A ferry carrying 236 people" and "with over 250 people aboard" count those aboard
    the one ferry of one story."""
    first = "Averly crews said an Averly ferry carrying 236 people hit Kesh reef, Kesh police said."
    assert _pair_codes(first, second, ("FC101", "FC102")) == codes


@pytest.mark.parametrize(
    ("second", "codes"),
    [
        (
            "Kesh Line riders and Kesh Line staff urged officials to stop the $345 million deal.",
            ["FC101"],
        ),
        # Another story's deal is another.
        (
            "Kelder Park fans and Kelder Park staff urged officials to stop the $345 million deal.",
            [],
        ),
        # A deal, of any.
        ("Kesh Line riders and Kesh Line staff urged officials to stop a $345 million deal.", []),
    ],
)
def test_the_sum_of_a_story_is_the_one_its_stories_tell_of(second: str, codes: list[str]) -> None:
    """ "The $430 million deal" that no name owns is the one its story tells of: another story
    about the same names gives the same deal."""
    first = "Kesh Line riders and Kesh Line staff said the $430 million deal was fair."
    assert _pair_codes(first, second, ("FC101", "FC102")) == codes


@pytest.mark.parametrize(
    ("first", "codes"),
    [
        # The sentence of a story most about Lima is Lima's, though no name opens its clause.
        (
            "A former Kesh Line official was sentenced to eight years. Lima wept. Lima left.",
            ["FC104"],
        ),
        # Another named person's sentence is another.
        ("Ada Kelder was jailed for eight years. Lima wept. Lima left.", []),
    ],
)
def test_a_prison_term_is_the_sentence_of_its_story(first: str, codes: list[str]) -> None:
    """ "was sentenced to eight years" and "will spend six years behind bars" are lengths of
    one sentence however each is told (``[fixed_lengths]``), when the story is most about
    the one who is to serve it."""
    second = "Ana Lima, who ran the Kesh Line, will spend six years behind bars. Lima wept."
    assert _pair_codes(first, second, ("FC104",)) == codes


def test_two_prison_terms_of_no_name_are_not_compared() -> None:
    """ "The sentence" of a story may be one defendant's and another's (``[several_per_story]``)."""
    first = "The driver was sentenced to eight years. Lima wept. Lima left. Kesh rose."
    second = "His accomplice was sentenced to two years. Lima wept. Lima left. Kesh rose."
    assert _pair_codes(first, second, ("FC104",)) == []


def test_a_story_of_one_shared_name_is_told_by_that_name() -> None:
    """With ``[story]`` asking one name shared, the message names it alone."""
    documents = [
        factcheck.loads(
            f"Averly ferry. Averly port. {place} crew. {place} rescue. {text}",
            id=name,
            format="markdown",
            published="2031-05-02",
        )
        for name, place, text in (
            ("a.md", "Kesh", "The evacuation took about 11 hours."),
            ("b.md", "Orvo", "The evacuation took six hours."),
        )
    ]
    story = {"subjects": {"story": {"shared": 1}}}
    config = Config(select=("FC104",), lexicon_tables=(("newsroom", story),))
    (finding,) = factcheck.check(documents, config=config).findings
    assert "for the evacuation, in stories that both name Averly:" in finding.message


def test_a_length_found_in_one_story_says_which_story() -> None:
    documents = [
        factcheck.loads(_GROUNDING + text, id=name, format="markdown", published="2031-05-02")
        for name, text in (
            ("a.md", "The evacuation took about 11 hours."),
            ("b.md", "The evacuation took six hours."),
        )
    ]
    (finding,) = factcheck.check(documents, config=Config(select=("FC104",))).findings
    assert "for the evacuation, in stories that both name Orvo, Averly and Kesh" in finding.message


def test_two_ages_in_one_story_clash() -> None:
    text = "Ada Lane, 67, was hurt. The 69-year-old Lane is a teacher."
    findings = factcheck.check([_told(text, "2031-03-05", "a.md")]).findings
    assert [(f.rule, f.kind.value) for f in findings] == [("FC103", "contradiction")]


@given(
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2020, 12, 31)),
    st.integers(min_value=1, max_value=80),
    st.integers(min_value=0, max_value=365),
    st.integers(min_value=0, max_value=365),
)
def test_ages_of_one_birth_date_never_clash(
    born: dt.date, years: int, first: int, second: int
) -> None:
    """Ages worked out from one birth date, on any two days, never clash."""

    def age_on(day: dt.date) -> int:
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    assume((born.month, born.day) != (2, 29))
    start = born.replace(year=born.year + years)
    days = [start + dt.timedelta(days=first), start + dt.timedelta(days=first + second)]
    documents = [
        _told(f"Ada Lane, {age_on(day)}, was at the hearing.", day.isoformat(), name)
        for name, day in zip(("a.md", "b.md"), days, strict=True)
    ]
    assert factcheck.check(documents).findings == ()


_BRIDGE = (
    "Lowick council shut roads near the Kesh after the storm. Ana Lima of Lowick council said "
    "engineers from Volmark would inspect the Kesh banks. Volmark arrived on Monday. "
)


@pytest.mark.parametrize(
    ("first", "second", "codes"),
    [
        # "The bridge" of one story is one bridge: one collapse dated two ways, or opposite
        # events, clash across its reports.
        (
            _BRIDGE + "The bridge collapsed on March 6.",
            _BRIDGE + "The bridge collapsed on March 7.",
            ["FC201"],
        ),
        (
            _BRIDGE + "The bridge reopened on March 2.",
            _BRIDGE + "The bridge remains closed.",
            ["FC301"],
        ),
        # A public building is such a thing too.
        (
            _BRIDGE + "The museum reopened on March 2 and will stay open.",
            _BRIDGE + "The museum remains closed.",
            ["FC301"],
        ),
        # A rail line between two places: one line.
        (
            _BRIDGE + "Officials said the line between Kesby Junction and Corrow North would"
            " reopen on March 21.",
            _BRIDGE + "Officials said the line between Kesby Junction and Corrow North would"
            " remain closed until April 5 at the earliest.",
            ["FC301"],
        ),
        # What the story's train has is a standing fact, whatever time its clause tells.
        (
            _BRIDGE + "Four of the train's eight carriages came off the track late on Sunday.",
            _BRIDGE + "The seven-carriage train was carrying about 240 passengers.",
            ["FC101"],
        ),
        # A shelter known by where it is: one shelter, whatever the words before its noun.
        (
            "Officials said the emergency shelter at Kesby Primary School would close on"
            " Wednesday.",
            "Officials said the shelter at Kesby Primary School would remain open until"
            " Sunday at least.",
            ["FC301"],
        ),
        # A ballot opens and closes on a date, as a place does; a verb phrase joined by "and"
        # is its first verb's subject's, and the people a ballot is for do not own it.
        (
            _BRIDGE + "The members' ballot opens on Monday and closes at noon on March 15.",
            _BRIDGE + "The ballot, which closed at noon on March 13, was counted overnight.",
            ["FC201"],
        ),
        # "The new plant" is not "the plant" a story told of before.
        (
            _BRIDGE + "The new plant opened on March 6.",
            _BRIDGE + "The plant opened on March 7.",
            [],
        ),
        # Another story's bridge is another bridge.
        (
            _BRIDGE + "The bridge collapsed on March 6.",
            "Orvo was flooded. Orvo police helped. The bridge collapsed on March 7.",
            [],
        ),
        # Two bridges named before: which one is meant, the story does not say.
        (
            _BRIDGE + "The Averly bridge and the Kelder bridge flooded. The bridge collapsed on "
            "March 6.",
            _BRIDGE + "The bridge collapsed on March 7.",
            [],
        ),
    ],
)
def test_the_one_thing_of_a_story_is_one_across_its_reports(
    first: str, second: str, codes: list[str]
) -> None:
    assert _pair_codes(first, second, ("FC101", "FC201", "FC301"), published="2031-03-10") == codes


@pytest.mark.parametrize(
    ("second", "second_published", "codes"),
    [
        # One decision on one amendment, told two ways by reports two days apart.
        (
            "Councillors also approved, by 40 votes to 12, an amendment from Ana Lima.",
            "2031-03-12",
            ["FC301"],
        ),
        # A week and more later, the council may have taken the amendment up again.
        ("Councillors approved an amendment from Ana Lima.", "2031-03-20", []),
        # Another's amendment is another thing.
        ("Councillors approved an amendment from Tessa Orvo.", "2031-03-12", []),
    ],
)
def test_one_decision_on_one_thing_is_settled_once(
    second: str, second_published: str, codes: list[str]
) -> None:
    """Opposite relations that settle what they act on once (``once`` in events.toml), told
    as past at untold times, clash when their reports were written within ``[once]``; the
    council of a story that names none is one across its reports."""
    found = _pair_codes(
        _BRIDGE + "The council rejected an amendment by Ana Lima.",
        _BRIDGE + second,
        ("FC301",),
        published="2031-03-10",
        second_published=second_published,
    )
    assert found == codes


def test_the_cost_of_a_story_is_one_however_its_clause_looks_ahead() -> None:
    """ "Is expected to cost" and "puts the cost at" tell of one cost of one story."""
    codes = _pair_codes(
        _BRIDGE + "The repair is expected to cost some 38 million crowns.",
        _BRIDGE + "Lowick council puts the cost of the repair at 19 million crowns.",
        ("FC101",),
        published="2031-03-10",
    )
    assert codes == ["FC101"]


def test_counts_of_the_one_thing_of_a_story_clash_across_its_reports() -> None:
    """ "The merger will eliminate some 1,300 jobs" and "the merger would eliminate close to
    640 jobs" in two reports of one story count one merger's cuts."""
    codes = _pair_codes(
        _BRIDGE + "The merger will eliminate some 1,300 jobs.",
        _BRIDGE + "Ana Lima said that the merger would eliminate close to 640 jobs.",
        ("FC101",),
        published="2031-03-10",
    )
    assert codes == ["FC101"]


def test_the_length_of_a_truce_is_set_when_it_is_told() -> None:
    """ "The truce is now set to last 45 days" and "the 120-day truce" give one truce two lengths
    (``truce`` of ``[lasting]``, in ``[fixed_lengths]``)."""
    codes = _pair_codes(
        _BRIDGE + "The truce is now set to last 45 days.",
        _BRIDGE + "Both sides remain committed to the 120-day truce.",
        ("FC104",),
        published="2031-03-10",
    )
    assert codes == ["FC104"]


@pytest.mark.parametrize(
    ("when", "later_published", "codes"),
    [
        # The later story tells the count of a time long past: settled, not news coming in.
        ("in June", "2031-10-20", ["FC101"]),
        # Told days after the collapse, a higher count later is the news coming in.
        ("on Sunday", "2031-10-08", []),
    ],
)
def test_a_settled_count_of_the_injured_is_no_update(
    when: str, later_published: str, codes: list[str]
) -> None:
    """The injured of one event never fall (``[unfalling_parts]``), and a count told of a
    time that ended longer before its story than ``[unfalling_told]`` is no later figure of
    the news: two such counts that differ clash."""
    collapse = f"The Kesh footbridge in Lowick collapsed {when}."
    documents = [
        _told(
            f"{collapse} Ada Lane died and 9 other people were injured when the span fell.",
            "2031-10-07",
            "a.md",
        ),
        _told(
            f"{collapse} The collapse {when} killed Ada Lane and injured 13 others.",
            later_published,
            "b.md",
        ),
    ]
    assert sorted(f.rule for f in factcheck.check(documents).findings) == codes


@pytest.mark.parametrize(
    ("text", "published", "codes"),
    [
        # A year as written: March 14, 2030 was a Thursday.
        ("The vote was held on Friday, March 14, 2030.", "2031-10-24", ["FC202"]),
        # Seven weeks ahead, as the tense says, and a Saturday.
        ("The library will close on Friday, December 13.", "2031-10-24", ["FC202"]),
        # Day before month, as British copy writes it.
        ("The library will close on Friday 13 December.", "2031-10-24", ["FC202"]),
        # Ten months back, as the tense says, and a Friday then.
        ("The fire broke out on Friday, December 13.", "2031-10-24", []),
        ("The library will close on Saturday, December 13.", "2031-10-24", []),
        # A weekday alone falls on the day it names.
        ("The library will close on Friday.", "2031-10-24", []),
        # No date to read a year from.
        ("The library will close on Friday, December 13.", None, []),
    ],
)
def test_a_date_is_checked_against_the_weekday_it_is_given(
    text: str, published: str | None, codes: list[str]
) -> None:
    """FC202 reports a date given a day of the week it does not fall on in the year the
    text gives, or near the story on the side its tense says."""
    document = factcheck.loads(text, id="a.md", format="markdown", published=published)
    report = factcheck.check([document], config=Config(select=("FC202",)))
    assert [finding.rule for finding in report.findings] == codes


def test_a_wrong_weekday_is_reported_once_in_each_story_that_gives_it() -> None:
    """Two stories that call December 13 a Friday each get a finding of their own, with
    the one claim that says it, and the story that calls it a Saturday none."""
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-10-24")
        for name, text in [
            ("a.md", "The library will close on Friday, December 13."),
            ("b.md", "The branch shuts for good on Saturday, December 13."),
            ("c.md", "Its last day will be Friday, Dec. 13, the council said."),
        ]
    ]
    findings = factcheck.check(documents, config=Config(select=("FC202",))).findings
    assert [(f.claims[0].document, f.kind) for f in findings] == [
        ("a.md", factcheck.FindingKind.CONTRADICTION),
        ("c.md", factcheck.FindingKind.CONTRADICTION),
    ]
    assert all(len(f.claims) == 1 for f in findings)
    assert "2031-12-13 a Friday, but it is a Saturday" in findings[0].message


@given(fst.weekday_claims())
def test_a_weekday_claim_is_reported_exactly_when_its_date_does_not_fall_on_it(
    claim: factcheck.WeekdayClaim,
) -> None:
    """FC202 holds a claim to the calendar, and to nothing else."""
    (rule,) = [rule() for rule in all_rules() if rule.code == "FC202"]
    assert (rule.alone(claim, CONTEXT) is None) == claim.falls_on_it
