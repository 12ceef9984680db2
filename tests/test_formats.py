"""The report formats: SARIF 2.1.0, GitHub workflow annotations, the Markdown summary and
the JSON text."""

from __future__ import annotations

import json
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Config
from factcheck._accept import Accepted, AcceptedBy
from factcheck._check import Report
from factcheck._load import text_again
from factcheck._report import _jsontext as jsontext
from factcheck._report._github import escape_data, escape_property, github_annotations
from factcheck._report._json import report_sections
from factcheck._report._jsontext import json_chunks, json_text
from factcheck._report._markdown import MAX_LENGTH, markdown_report
from factcheck._report._sarif import sarif_report
from factcheck._report._text import text_report
from factcheck.rules import all_rules

SCHEMA = Path(__file__).resolve().parents[2] / "shared" / "schemas" / "sarif-schema-2.1.0.json"

LEAVING = (
    "---\ndate: 2031-03-05\n---\n\n"
    "Norvik workers will leave within 30 to 45 days, an official said.\n"
)
STAYING = (
    "---\ndate: 2031-03-05\n---\n\n"
    "Norvik workers are coming home now, [chief executive] Tomas Berg said.\n"
)


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> Report:
    folder = tmp_path_factory.mktemp("articles")
    (folder / "a.md").write_text(LEAVING, encoding="utf-8")
    (folder / "b.md").write_text(STAYING, encoding="utf-8")
    (folder / "c.md").write_text("<!-- factcheck: ignore FC301 -->\n\nThe pier closes.\n")
    report = factcheck.check(sorted(folder.glob("*.md")), config=Config())
    assert [f.rule for f in report.findings] == ["FC201", "FC904"]
    return report


def _sarif(report: Report) -> dict[str, object]:
    return sarif_report(report, root=Path.cwd())


def test_sarif_validates_against_the_official_schema(report: Report) -> None:
    """The SARIF log is valid SARIF 2.1.0, accepted findings and all."""
    if not SCHEMA.is_file():
        pytest.skip("the SARIF schema is not in ../shared/schemas")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    accepted = Report(
        documents=report.documents,
        findings=report.findings[1:],
        accepted=(Accepted(finding=report.findings[0], by=AcceptedBy.SUPPRESSION, reason="ok"),),
    )
    for log in (_sarif(report), sarif_report(accepted, root=Path.cwd(), baseline="b.json")):
        jsonschema.validate(json.loads(json.dumps(log)), schema)


def test_sarif_result_has_its_second_claim_as_a_related_location(report: Report) -> None:
    """A finding is located at its first claim, and its second claim is a related location."""
    [run] = _sarif(report)["runs"]  # type: ignore[index]
    result = run["results"][0]
    first, second = report.findings[0].claims
    assert result["ruleId"] == "FC201" and result["level"] == "warning"
    region = result["locations"][0]["physicalLocation"]["region"]
    related = result["relatedLocations"][0]
    assert related["message"]["text"] == second.text
    assert related["physicalLocation"]["region"]["startLine"] == 5
    assert region["startLine"] == 5 and region["charLength"] == len(first.text)
    assert "](1)" in result["message"]["text"]


def test_sarif_lists_every_rule_with_help(report: Report) -> None:
    """The tool driver lists the rules, each with its summary and help text."""
    [run] = _sarif(report)["runs"]  # type: ignore[index]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == [rule.code for rule in all_rules()]
    timing = next(rule for rule in rules if rule["id"] == "FC201")
    assert "**Conflict**" in timing["help"]["markdown"] and timing["help"]["text"]
    assert run["results"][0]["ruleIndex"] == rules.index(timing)


def test_sarif_places_an_unused_suppression_at_its_comment(report: Report) -> None:
    """A finding without claims but with a place points at that line."""
    [run] = _sarif(report)["runs"]  # type: ignore[index]
    location = run["results"][1]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"].endswith("c.md")
    assert location["region"] == {"startLine": 1, "startColumn": 1}


def test_sarif_message_escapes_brackets() -> None:
    """Square brackets in a message are escaped, so SARIF viewers do not read them as links."""
    finding = factcheck.Finding(
        rule="FC903",
        name="input-problem",
        kind=factcheck.FindingKind.INPUT,
        severity=factcheck.Severity.WARNING,
        message="a.md: title [draft](1) is not closed",
        documents=("a.md",),
    )
    log = sarif_report(Report(documents=(), findings=(finding,)), root=Path.cwd())
    [run] = log["runs"]
    assert run["results"][0]["message"]["text"] == "a.md: title \\[draft\\](1) is not closed"


def test_github_escaping() -> None:
    """Messages escape %, CR and LF; properties also escape : and ,."""
    assert escape_data("50% off\r\nnow: a, b") == "50%25 off%0D%0Anow: a, b"
    assert escape_property("a:b,c%\n") == "a%3Ab%2Cc%25%0A"


def test_github_annotation_for_each_finding(report: Report) -> None:
    """Each finding is one workflow command with file, line, column and a rule title."""
    lines = github_annotations(report.findings, report.documents).splitlines()
    assert len(lines) == 2
    timing, unused = lines
    assert timing.startswith("::warning file=")
    assert "a.md,line=5,col=1,endColumn=47,title=FC201 timing-conflict::" in timing
    assert "%0A" in timing and "»Norvik workers will leave within 30 to 45 days«" in timing
    assert unused.startswith("::notice file=") and "c.md,line=1,col=1,title=FC904" in unused


def test_markdown_table_quotes_both_sentences(report: Report) -> None:
    """The summary has a heading with counts and a row quoting both sentences."""
    text = markdown_report(report.findings, report.documents)
    assert text.startswith("### factcheck: 2 findings (1 warning, 1 info) in 3 documents\n")
    row = next(line for line in text.splitlines() if "FC201" in line)
    assert row.startswith("| warning | FC201 timing-conflict (disagreement) |")
    assert "“**Norvik workers will leave within 30 to 45 days**, an official said.”" in row
    assert "\\[chief executive\\]" in row  # article text cannot become a link


def test_markdown_counts_accepted_findings(report: Report) -> None:
    """Accepted findings are counted under the table, not listed."""
    accepted = [Accepted(finding=report.findings[0], by=AcceptedBy.BASELINE)]
    text = markdown_report(report.findings[1:], report.documents, accepted=accepted)
    assert "*1 accepted (1 by the baseline); not shown.*" in text
    assert "FC201" not in text


def test_markdown_without_findings() -> None:
    """A clean check says so in its heading, with no table."""
    assert markdown_report([], []) == "### factcheck: no findings in 0 documents\n"


def test_markdown_stays_under_the_comment_limit(report: Report) -> None:
    """A long list of findings is cut short, saying how many were left out."""
    texts = {document.id: document.text for document in report.documents}
    read: list[str] = []

    def read_text(document: factcheck.Document) -> str:
        read.append(document.id)
        return texts[document.id]

    findings = list(report.findings[:1]) * 2000
    bare = [document.without_text() for document in report.documents]
    text = markdown_report(findings, bare, texts=read_text)
    assert text == markdown_report(findings, report.documents)
    assert len(text) <= MAX_LENGTH + 200
    assert "more, left out to keep this comment short" in text
    # Only the sentences of the findings shown (and of a batch after them) are read.
    shown = text.count("\n| warning")
    assert 0 < len(read) <= 2 * (shown // 64 + 2) < 2 * 2000 // 64


def test_json_gives_the_place_of_a_finding_without_claims(report: Report) -> None:
    """An unused suppression's JSON has its location; a clash's has none of its own."""
    timing, unused = report.to_dict()["findings"]
    assert timing["location"] is None
    assert unused["location"] == {"offset": 0, "line": 1, "column": 1}


def test_json_lists_accepted_findings(report: Report) -> None:
    """Accepted findings are listed apart, with what accepted them and why."""
    accepted = Report(
        documents=report.documents,
        findings=(),
        accepted=(Accepted(finding=report.findings[0], by=AcceptedBy.SUPPRESSION, reason="ok"),),
    )
    data = accepted.to_dict()
    assert data["findings"] == []
    [item] = data["accepted"]
    assert (item["rule"], item["accepted_by"], item["reason"]) == ("FC201", "suppression", "ok")


_JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)  # reports write neither
    | st.text()  # with lone surrogates, which orjson leaves to the standard library
    | st.tuples(st.integers()),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(max_size=5), children, max_size=4)
        | st.dictionaries(st.integers(), children, min_size=1, max_size=2)
    ),
    max_leaves=30,
)


@given(_JSON_VALUES)
def test_json_text_is_the_standard_librarys_indented_text(value: object) -> None:
    """json_text writes the value json.dumps writes (big integers, keys that are not strings
    and lone surrogates included); a float may be spelled otherwise ("0.0001" for "1e-04")."""
    assert json.loads(json_text(value)) == json.loads(json.dumps(value))


def test_json_text_writes_a_shared_dict_where_it_occurs() -> None:
    """A dict that occurs several times, at one depth or at others, is written each time."""
    shared = {"text": "2,000", "value": {"low": 2000.0, "stated": [2000.0]}}
    value = {"a": [shared, shared], "b": shared, "c": [[shared]], "d": [shared]}
    assert json_text(value) == json.dumps(value, indent=2, ensure_ascii=False)


#: JSON values orjson writes itself (no value json_text leaves to the standard library).
_PLAIN_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(blacklist_categories=["Cs"])),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(st.characters(blacklist_categories=["Cs"]), max_size=5), children)
    ),
    max_leaves=30,
)


_NAMES = st.text(st.characters(blacklist_categories=["Cs"]), max_size=5)


@given(st.lists(st.tuples(_NAMES, st.booleans(), _PLAIN_JSON), max_size=4))
def test_json_chunks_write_the_text_of_the_whole_object(
    members: list[tuple[str, bool, object]],
) -> None:
    """Written a piece at a time (some members' lists item by item), an object's text is the
    text of the object written at once."""
    whole = {}
    pieces = []
    for name, as_items, value in members:
        if name in whole:
            continue  # a JSON object names a member once
        items = as_items and isinstance(value, list)
        whole[name] = value
        pieces.append((name, iter(value) if items else value))
    assert b"".join(json_chunks(pieces)).decode() == json_text(whole)


@given(st.lists(_PLAIN_JSON, max_size=9), st.integers(min_value=1, max_value=4))
def test_json_chunks_write_a_list_in_batches_as_a_whole(items: list[object], batch: int) -> None:
    """A member's list written a batch of items at a time is the list written at once."""
    with mock.patch.object(jsontext, "BATCH", batch):
        assert b"".join(json_chunks([("items", iter(items))])).decode() == json_text(
            {"items": items}
        )


@given(
    st.lists(st.tuples(_PLAIN_JSON, st.booleans()), max_size=9),
    st.integers(min_value=1, max_value=4),
)
def test_json_chunks_write_an_item_written_before_as_it_is(
    items: list[tuple[object, bool]], batch: int
) -> None:
    """An item given as the text item_text wrote for it (as the cache keeps a finding's)
    stands in the list as the item itself would."""
    values = [value for value, _ in items]
    mixed = [jsontext.item_text(value) if written else value for value, written in items]
    with mock.patch.object(jsontext, "BATCH", batch):
        text = b"".join(json_chunks([("items", iter(mixed))])).decode()
    assert text == json_text({"items": values})


def test_json_chunks_write_an_item_orjson_cannot_as_the_standard_library_does() -> None:
    """An item orjson does not write (a big integer, a lone surrogate) is written by the
    standard library, and the other items of its batch as orjson writes them."""
    items = [{"n": 2**70}, {"x": 1e16, "s": "caf\u00e9"}, ["\ud800"], 0.5]
    text = b"".join(json_chunks([("items", iter(items))])).decode("utf-8")
    assert json.loads(text) == {"items": items}  # the lone surrogate as its JSON escape
    each = ",".join("\n    " + json_text(item).replace("\n", "\n    ") for item in items)
    assert text == '{\n  "items": [' + each.replace("\ud800", "\\ud800") + "\n  ]\n}"


def test_json_report_written_in_pieces_is_the_report(report: Report) -> None:
    """The command writes the JSON report a finding at a time: the same text as to_dict()."""
    assert b"".join(json_chunks(report_sections(report))).decode() == json_text(report.to_dict())


def test_check_command_writes_the_json_report(tmp_path: Path) -> None:
    """`factcheck check --format json` prints, and writes with --output, the report's text."""
    from click.testing import CliRunner

    from factcheck._cli import cli

    (tmp_path / "a.md").write_text(LEAVING, encoding="utf-8")
    (tmp_path / "b.md").write_text(STAYING, encoding="utf-8")
    runner = CliRunner()
    printed = runner.invoke(cli, ["check", "--no-cache", "--format", "json", str(tmp_path)])
    written = tmp_path / "report.json"
    runner.invoke(
        cli, ["check", "--no-cache", "--format", "json", "--output", str(written), str(tmp_path)]
    )
    assert printed.output == written.read_text(encoding="utf-8")
    data = json.loads(printed.output)
    assert data["version"] == 1 and data["findings"]


def test_check_command_writes_the_json_report_over_a_longer_file(tmp_path: Path) -> None:
    """The JSON report written over a longer file is the report alone: nothing of the old
    file is left after it."""
    from click.testing import CliRunner

    from factcheck._cli import cli

    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "a.md").write_text(LEAVING, encoding="utf-8")
    (articles / "b.md").write_text(STAYING, encoding="utf-8")
    written = tmp_path / "report.json"
    command = ["check", "--no-cache", "--format", "json", "--output", str(written), str(articles)]
    CliRunner().invoke(cli, command)
    report = written.read_bytes()
    written.write_bytes(b"x" * (3 * len(report)))
    CliRunner().invoke(cli, command)
    assert written.read_bytes() == report


def test_reports_read_again_the_texts_a_check_without_claims_leaves_out(tmp_path: Path) -> None:
    """The formats that show sentences read the files of documents that come without their
    texts again, and show a claim's words alone for a file edited since its check."""
    (tmp_path / "a.md").write_text(LEAVING, encoding="utf-8")
    (tmp_path / "b.md").write_text(STAYING, encoding="utf-8")
    paths = sorted(tmp_path.glob("*.md"))
    full = factcheck.check(paths, config=Config())
    bare = factcheck.check(paths, config=Config(cache_dir=tmp_path / "cache"), claims=False)
    assert bare.findings == full.findings and not any(d.text for d in bare.documents)
    for render in (text_report, markdown_report, github_annotations):
        expected = render(full.findings, full.documents)
        assert render(bare.findings, bare.documents, texts=text_again) == expected
    (tmp_path / "b.md").write_text(STAYING.replace(" Tomas", "\nTomas"), encoding="utf-8")
    edited = text_report(bare.findings, bare.documents, texts=text_again).splitlines()
    before = text_report(full.findings, full.documents).splitlines()
    second = bare.findings[0].claims[1]
    assert second.document.endswith("b.md")
    assert edited[1] == before[1] and before[1].endswith("«, an official said.")
    assert edited[2] == f"    {second.document}:5:1  »{second.text}«" != before[2]
