"""The pytest plugin, run on small newsrooms through pytester."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import factcheck
from factcheck._cli import ExitCode, main

pytest_plugins = ["pytester"]

CONFIG = '[tool.factcheck]\npaths = ["articles"]\nbaseline = "baseline.json"\n'
LEAVING = (
    "---\ndate: 2031-03-05\n---\nNorvik workers will be leaving the valley, Tomas Berg said.\n"
)
STAYING = (
    "---\ndate: 2031-03-05\n---\n"
    "Norvik workers will remain in the valley for now, the company said.\n"
)
CLEAN = "---\ndate: 2031-03-05\n---\nThe pier will close in May.\n"


def _literally(line: str) -> str:
    """``line`` as an fnmatch pattern that matches it, brackets and all."""
    return "".join({"[": "[[]", "]": "[]]"}.get(char, char) for char in line)


@pytest.fixture(scope="module", autouse=True)
def _warm() -> None:
    """Import what the runs use, and build factcheck's grammars, once: pytester forgets the
    modules each run imports (hypothesis's plugin imports hypothesis at the end of a run)."""
    pytest.importorskip("hypothesis")
    factcheck.check([factcheck.Document(text="The pier closes.", id="warm")])


@pytest.fixture
def newsroom(pytester: pytest.Pytester) -> pytest.Pytester:
    """A newsroom of three articles: two that clash, one that clashes with nothing."""
    pytester.makefile(".toml", pyproject=CONFIG)
    articles = pytester.mkdir("articles")
    (articles / "a.md").write_text(LEAVING, encoding="utf-8")
    (articles / "b.md").write_text(STAYING, encoding="utf-8")
    (articles / "c.md").write_text(CLEAN, encoding="utf-8")
    (pytester.path / "notes.md").write_text(LEAVING, encoding="utf-8")  # not under `paths`
    return pytester


def test_articles_are_items_named_after_their_files(newsroom: pytest.Pytester) -> None:
    """--factcheck collects one item per configured article, and nothing else."""
    result = newsroom.runpytest("--factcheck", "--collect-only", "-q")
    result.stdout.fnmatch_lines(
        ["articles/a.md::factcheck", "articles/b.md::factcheck", "articles/c.md::factcheck"]
    )
    result.stdout.no_fnmatch_line("*notes.md*")


def test_nothing_is_collected_without_the_option(newsroom: pytest.Pytester) -> None:
    """Without --factcheck the articles are not test items."""
    result = newsroom.runpytest("--collect-only", "-q")
    result.stdout.no_fnmatch_line("*articles/a.md*")


def test_items_of_clashing_articles_fail_with_the_report(newsroom: pytest.Pytester) -> None:
    """Both articles of a clash fail with the text report; the clean one passes."""
    result = newsroom.runpytest("--factcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2, passed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ factcheck: articles/a.md _*",
            _literally("articles/a.md:4:1: FC301 warning [disagreement] ") + "*",
            "    articles/a.md:4:1  »Norvik workers will be leaving« the valley, Tomas Berg said.",
            "    articles/b.md:4:1  »Norvik workers will remain in the valley for now«*",
            "1 finding (1 warning) in 1 document.",
        ]
    )


def test_the_baseline_is_honoured(newsroom: pytest.Pytester) -> None:
    """Once the baseline accepts the clash, every item passes, the baseline's too."""
    assert main(["check", "--write-baseline", "baseline.json"]) == ExitCode.OK
    result = newsroom.runpytest("--factcheck", "-p", "no:cacheprovider", "-v")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["baseline.json::factcheck PASSED*"])


def test_a_stale_baseline_entry_fails_the_baseline_item_at_fail_on_info(
    newsroom: pytest.Pytester,
) -> None:
    """A fixed clash leaves a stale entry, reported on the baseline's own item."""
    assert main(["check", "--write-baseline", "baseline.json"]) == ExitCode.OK
    (newsroom.path / "articles" / "b.md").write_text(CLEAN, encoding="utf-8")
    newsroom.makefile(".toml", pyproject=CONFIG + 'fail-on = "info"\n')
    result = newsroom.runpytest("--factcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=1, passed=3)
    result.stdout.fnmatch_lines([_literally("baseline.json:1:1: FC905 info [input] ") + "*"])


def test_a_suppression_is_honoured(newsroom: pytest.Pytester) -> None:
    """An inline suppression in one article accepts the clash for both."""
    (newsroom.path / "articles" / "b.md").write_text(
        STAYING.replace("---\nNorvik", "---\n<!-- factcheck: ignore FC301 -->\nNorvik"),
        encoding="utf-8",
    )
    newsroom.runpytest("--factcheck", "-p", "no:cacheprovider").assert_outcomes(passed=3)


def test_unchanged_files_that_passed_are_skipped(newsroom: pytest.Pytester) -> None:
    """A second run skips what passed; a change to any input runs every item again."""
    newsroom.runpytest("--factcheck").assert_outcomes(failed=2, passed=1)
    again = newsroom.runpytest("--factcheck", "-rs")
    again.assert_outcomes(failed=2, skipped=1)
    again.stdout.fnmatch_lines(["SKIPPED * articles/c.md: unchanged since it last passed"])
    (newsroom.path / "articles" / "b.md").write_text(CLEAN, encoding="utf-8")
    newsroom.runpytest("--factcheck").assert_outcomes(passed=3)


def test_works_with_xdist(newsroom: pytest.Pytester) -> None:
    """With -n 2 the outcomes and the report are the same."""
    pytest.importorskip("xdist")
    # The workers start afresh; hypothesis's plugin would have each import hypothesis.
    result = newsroom.runpytest(
        "--factcheck", "-n", "2", "-p", "no:cacheprovider", "-p", "no:hypothesispytest"
    )
    result.assert_outcomes(failed=2, passed=1)
    result.stdout.fnmatch_lines(
        [_literally("articles/a.md:4:1: FC301 warning [disagreement] ") + "*"]
    )


def test_junitxml_carries_the_report(newsroom: pytest.Pytester) -> None:
    """--junitxml records each article as a test case, failures with the report."""
    result = newsroom.runpytest("--factcheck", "--junitxml=report.xml", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2, passed=1)
    cases = ET.parse(newsroom.path / "report.xml").getroot().iter("testcase")
    failures = {case.get("classname"): case.find("failure") for case in cases if case.get("name")}
    assert set(failures) == {"articles.a.md", "articles.b.md", "articles.c.md"}
    failure = failures["articles.a.md"]
    assert failure is not None and "FC301 warning [disagreement]" in (failure.text or "")
    assert failures["articles.c.md"] is None


def test_a_bad_configuration_is_a_usage_error(newsroom: pytest.Pytester) -> None:
    """A configuration error stops the run before collection, naming the key."""
    newsroom.makefile(".toml", pyproject=CONFIG + 'colour = "red"\n')
    result = newsroom.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--factcheck: *pyproject.toml: tool.factcheck.colour: unknown*"])


def test_paths_are_required(pytester: pytest.Pytester) -> None:
    """Without `paths` there is nothing to check, and --factcheck says so."""
    result = pytester.runpytest("--factcheck")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*give `paths` in [[]tool.factcheck[]]*"])


def test_fixture_assert_consistent(newsroom: pytest.Pytester) -> None:
    """The fixture's assert_consistent passes on agreeing texts and fails with the report."""
    newsroom.makepyfile(
        test_drafts="""
        from pathlib import Path

        def test_agrees(factcheck):
            factcheck.assert_consistent(Path("articles/c.md"), "The pier will close in May.")

        def test_clashes(factcheck):
            factcheck.assert_consistent(
                Path("articles/a.md"),
                "Norvik workers will remain in the valley, the company said.",
                published="2031-03-05",
            )
        """
    )
    result = newsroom.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "E * factcheck: 1 finding at or above warning",
            "E * " + _literally("articles/a.md:4:1: FC301 warning [disagreement] ") + "*",
            "E * text-2:1:1  »Norvik workers will remain« in the valley, the company said.",
        ]
    )


def test_importing_the_plugin_stays_cheap(tmp_path: Path) -> None:
    """A pytest run without --factcheck imports neither pint nor factcheck's check."""
    (tmp_path / "test_one.py").write_text("def test_one():\n    pass\n", encoding="utf-8")
    script = (
        "import sys, pytest\n"
        "code = pytest.main(['-q', '-p', 'no:cacheprovider', sys.argv[1]])\n"
        "assert 'factcheck._plugin' in sys.modules, 'the plugin is not loaded'\n"
        "loaded = [m for m in ('pint', 'factcheck._check', 'factcheck._config') "
        "if m in sys.modules]\n"
        "sys.exit(f'loaded: {loaded}' if loaded else code)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path)], capture_output=True, text=True
    )
    assert run.returncode == 0, run.stdout + run.stderr
