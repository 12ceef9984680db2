"""check() compares documents, classifies findings and reports them as data."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

import factcheck
from factcheck import Config, FindingKind, InvalidArgument, Severity

DAY = dt.datetime(2031, 3, 5)


def _doc(
    name: str, text: str, published: dt.datetime | None = DAY, outlet: str | None = None
) -> factcheck.Document:
    return factcheck.Document(text=text, id=name, published=published, outlet=outlet)


LEAVING = "Norvik workers will be leaving the valley, chief executive Tomas Berg said."
REMAINING = "Norvik workers will remain in the valley for now, the company said."


def test_different_speakers_disagree() -> None:
    """Opposite stances of two different sources are a disagreement."""
    [finding] = factcheck.check([_doc("a", LEAVING), _doc("b", REMAINING)]).findings
    assert (finding.rule, finding.kind) == ("FC301", FindingKind.DISAGREEMENT)


def test_the_same_voice_contradicts_itself() -> None:
    """Opposite stances in one article's own voice are a contradiction."""
    text = (
        "Norvik workers will be leaving the valley. "
        "Norvik workers will remain in the valley for now."
    )
    [finding] = factcheck.check([_doc("a", text)]).findings
    assert finding.kind is FindingKind.CONTRADICTION


def test_later_statements_supersede_earlier_ones() -> None:
    """Claims made months apart are superseded, and only informative."""
    earlier = _doc("a", REMAINING, published=dt.datetime(2030, 10, 1))
    [finding] = factcheck.check([earlier, _doc("b", LEAVING)]).findings
    assert (finding.kind, finding.severity) == (FindingKind.SUPERSEDED, Severity.INFO)


def test_missing_dates_are_reported_once_per_document() -> None:
    """A finding between undated documents is kept, and each undated document gets one FC902."""
    report = factcheck.check([_doc("a", LEAVING, None), _doc("b", REMAINING, None)])
    assert [f.rule for f in report.findings] == ["FC301", "FC902", "FC902"]


def test_unreadable_files_are_input_findings(tmp_path: Path) -> None:
    """A file that cannot be read is an FC901 error, and the others are still checked."""
    good = tmp_path / "good.md"
    good.write_text("---\ndate: 2031-03-05\n---\n" + LEAVING, encoding="utf-8")
    report = factcheck.check([good, tmp_path / "missing.md"])
    [finding] = report.findings
    assert (finding.rule, finding.severity) == ("FC901", Severity.ERROR)
    assert finding.documents == (str(tmp_path / "missing.md"),)
    assert [d.id for d in report.documents] == [str(good)]


def test_input_problems_are_findings(tmp_path: Path) -> None:
    """A document read with a problem gives an FC903 finding naming it."""
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: [broken\n---\nText.\n", encoding="utf-8")
    [finding] = factcheck.check([path]).findings
    assert finding.rule == "FC903"
    assert str(path) in finding.message


def test_select_ignore_and_severity() -> None:
    """Rules are chosen by code, prefix or name, and re-graded."""
    documents = [_doc("a", LEAVING), _doc("b", REMAINING)]
    assert not factcheck.check(documents, config=Config(ignore=("stance-conflict",))).findings
    assert not factcheck.check(documents, config=Config(select=("FC1",))).findings
    graded = factcheck.check(documents, config=Config(severity={"FC3": "error"}))
    assert graded.findings[0].severity is Severity.ERROR


def test_fact_sheet_is_checked_like_a_source(tmp_path: Path) -> None:
    """An article that contradicts the fact sheet is flagged against it."""
    sheet = tmp_path / "facts.toml"
    sheet.write_text(
        '[[fact]]\nsubject = "Norvik workers"\namount = "about 1,200"\n'
        "valid_from = 2031-01-01\nvalid_until = 2031-12-31\n",
        encoding="utf-8",
    )
    article = _doc("a", "Some 2,500 Norvik workers are based at the Belsk mine.")
    [finding] = factcheck.check([article], config=Config(fact_sheet=sheet)).findings
    assert finding.rule == "FC101"
    assert {c.document for c in finding.claims} == {"a", str(sheet)}


def test_report_json_has_the_documented_shape() -> None:
    """to_dict() gives version 1 with documents, findings and located claims."""
    report = factcheck.check([_doc("a", LEAVING), _doc("b", REMAINING)])
    data = json.loads(json.dumps(report.to_dict()))
    assert data["version"] == 1
    assert [d["id"] for d in data["documents"]] == ["a", "b"]
    [finding] = data["findings"]
    assert set(finding) >= {"rule", "name", "kind", "severity", "message", "claims"}
    first = finding["claims"][0]
    assert set(first) >= {
        "document",
        "start",
        "end",
        "line",
        "column",
        "text",
        "subject",
        "speaker",
        "value",
    }
    assert LEAVING[first["start"] : first["end"]] == first["text"]
    assert (first["line"], first["column"]) == (1, 1 + first["start"])


def test_offsets_point_into_the_file_as_given(tmp_path: Path) -> None:
    """Offsets of claims in a Markdown file with front matter are offsets into the file."""
    path = tmp_path / "a.md"
    source = "---\ndate: 2031-03-05\n---\n" + LEAVING + "\n"
    path.write_text(source, encoding="utf-8")
    report = factcheck.check([path, _doc("b", REMAINING)])
    claim = report.to_dict()["findings"][0]["claims"][0]
    assert source[claim["start"] : claim["end"]] == claim["text"]
    assert claim["line"] == 4


def test_duplicate_ids_are_refused() -> None:
    """Two documents with one id cannot be told apart in a report."""
    with pytest.raises(InvalidArgument, match="id"):
        factcheck.check([_doc("a", LEAVING), _doc("a", REMAINING)])


def test_an_event_done_before_a_plan_is_another_occasion() -> None:
    """'left the valley in 2029', then in 2031 'will leave now': events recur."""
    earlier = _doc("a", "Norvik workers left the valley in 2029, the company said.")
    later = _doc("b", "Norvik workers will leave the valley now, an official said.")
    assert factcheck.check([earlier, later]).findings == ()


def test_an_untold_past_says_nothing_about_other_months() -> None:
    """In March, 'have remained' says nothing definite about last October's 'will leave now'."""
    plan = _doc(
        "a",
        "Norvik workers will leave the valley now, an official said.",
        published=dt.datetime(2030, 10, 1),
    )
    since = _doc("b", "Norvik workers have remained in the valley, the company said.")
    assert factcheck.check([plan, since]).findings == ()


def test_events_in_different_places_do_not_clash() -> None:
    """Leaving one valley and staying in another are both true."""
    leaving = _doc(
        "a", "Norvik workers will leave the Belsk valley in Norway now, an official said."
    )
    staying = _doc("b", "Norvik workers will remain in Sweden for now, the company said.")
    assert factcheck.check([leaving, staying]).findings == ()


def test_a_state_in_successive_windows_is_no_timing_conflict() -> None:
    """'will remain for now' in March and 'will remain in the coming weeks' in October agree."""
    march = _doc("a", "Norvik workers will remain in the valley for now, the company said.")
    october = _doc(
        "b",
        "Norvik workers will remain in the valley in the coming weeks, an official said.",
        published=dt.datetime(2031, 10, 1),
    )
    assert factcheck.check([march, october]).findings == ()


def test_counts_of_different_parts_of_a_subject_do_not_clash() -> None:
    """'About 1,200 Norwegian troops' and 'four Norwegian soldiers were killed' count two sets."""
    total = _doc("a", "About 1,200 Norwegian troops are in Mali, the ministry said.")
    killed = _doc("b", "Four Norwegian soldiers were killed in Mali, an official said.")
    more = _doc("c", "Norway will send 300 more Norwegian troops to Mali, an official said.")
    assert factcheck.check([total, killed, more]).findings == ()


def test_a_state_now_and_a_change_to_come_do_not_clash() -> None:
    """'The Norwegian parliament is open' and '… will close' hold one after the other."""
    text = "The Norwegian parliament is open. The Norwegian parliament will close, Berg said."
    assert factcheck.check([_doc("a", text)]).findings == ()


def test_a_state_now_and_a_change_from_it_now_do_not_clash() -> None:
    """'Norwegian troops are based in Mali' and 'they are coming home now' hold one after the
    other; 'will remain for now' against 'coming home now' still clashes."""
    based = _doc("a", "Some 1,200 Norwegian troops are based in Mali, the ministry said.")
    leaving = _doc("b", "Norwegian troops are coming home now, an official said.")
    staying = _doc("c", "Norwegian troops will remain in Mali for now, an official said.")
    assert factcheck.check([based, leaving]).findings == ()
    [finding] = factcheck.check([leaving, staying]).findings
    assert finding.rule == "FC301"


@pytest.mark.parametrize(
    "change",
    [
        "Norwegian troops are withdrawing from Mali, an official said.",
        "Norwegian troops are being withdrawn from Mali, an official said.",
    ],
)
def test_a_change_under_way_and_the_state_it_leaves_clash(change: str) -> None:
    """'are withdrawing' now, with no time stated, is not followed by 'will remain': the state
    it leaves does not come after it, as a change comes after a state."""
    staying = _doc("b", "Norwegian troops will remain in Mali, the ministry said.")
    [finding] = factcheck.check([_doc("a", change), staying]).findings
    assert finding.rule == "FC301"


def test_a_change_under_way_and_a_change_back_to_come_do_not_clash() -> None:
    """'are withdrawing' and 'will come back', no time stated for either: one after the
    other."""
    leaving = _doc("a", "Norwegian troops are withdrawing from Mali, an official said.")
    back = _doc("b", "Norwegian troops will come back to Mali, the ministry said.")
    assert factcheck.check([leaving, back]).findings == ()
