"""Extracting in worker processes: the same report as one process, from check() and from
``factcheck check --workers``."""

from __future__ import annotations

import gc
import json
from pathlib import Path

import attrs
import pytest
from conftest import NEWSROOM, Archive

import factcheck
from factcheck._cli import ExitCode, main
from factcheck._collector import collector_paused
from factcheck.errors import InvalidArgument


def test_workers_give_the_report_of_one_process(archive: Archive) -> None:
    """Two workers give the same findings, accepted findings, documents and claims."""
    one = factcheck.check(archive.inputs, config=archive.config)
    two = factcheck.check(archive.inputs, config=archive.config, workers=2)
    assert json.dumps(two.to_dict()) == json.dumps(one.to_dict())
    assert two.claims == one.claims and two.documents == one.documents


def test_workers_fill_the_cache(archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """What workers extract is kept: a check in one process afterwards extracts nothing."""
    config = attrs.evolve(archive.config, cache_dir=archive.folder / "cache")
    cold = factcheck.check(archive.inputs, config=config, workers=2)

    def fail(*args: object, **options: object) -> None:
        raise AssertionError("extracted what the cache holds")

    monkeypatch.setattr("factcheck._parallel.read", fail)
    warm = factcheck.check(archive.inputs, config=config)
    assert json.dumps(warm.to_dict()) == json.dumps(cold.to_dict())


def test_workers_date_undated_documents_as_one_process_does() -> None:
    """Documents given without a date get the configuration's, whichever process reads them."""
    documents = [
        factcheck.Document(text="Norvik workers will leave the valley in May.", id="a"),
        factcheck.Document(text="Norvik workers will remain in the valley for now.", id="b"),
    ]
    config = factcheck.Config(published="2031-03-05")
    one = factcheck.check(documents, config=config)
    two = factcheck.check(documents, config=config, workers=2)
    assert two.documents == one.documents and two.documents[0].published is not None
    assert json.dumps(two.to_dict()) == json.dumps(one.to_dict())


@pytest.mark.parametrize("workers", [0, -1, 1.5, True, "2"])
def test_workers_must_be_a_count(workers: object) -> None:
    """Anything but a whole number of at least one is an invalid argument."""
    with pytest.raises(InvalidArgument, match="workers"):
        factcheck.check([], workers=workers)  # type: ignore[arg-type]


def _project(folder: Path, cache: str = "") -> Path:
    """A configuration with the example newsroom's lexicon and fact sheet, in ``folder``."""
    config = folder / "factcheck.toml"
    config.write_text(
        f'lexicons = ["{(NEWSROOM / "lexicon.toml").as_posix()}"]\n'
        f'fact-sheet = "{(NEWSROOM / "facts.toml").as_posix()}"\n{cache}',
        encoding="utf-8",
    )
    return config


def _check(capsys: pytest.CaptureFixture[str], config: Path, *options: str) -> tuple[int, str, str]:
    status = main(["check", str(NEWSROOM / "articles"), "--config", str(config), *options])
    captured = capsys.readouterr()
    return status, captured.out, captured.err


def test_the_command_with_workers_prints_the_same_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--workers 2`` prints what one process prints, and exits the same."""
    config = _project(tmp_path)
    one = _check(capsys, config, "--format", "json", "--no-cache")
    two = _check(capsys, config, "--format", "json", "--no-cache", "--workers", "2")
    assert two == one and one[0] == ExitCode.FINDINGS


def test_the_command_keeps_its_cache_next_to_the_configuration(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """By default the cache is ``.factcheck_cache`` beside the configuration file; a warm
    run prints the same report; ``--no-cache`` writes nothing."""
    config = _project(tmp_path)
    _check(capsys, config, "--no-cache")
    assert not (tmp_path / ".factcheck_cache").exists()
    cold = _check(capsys, config)
    assert (tmp_path / ".factcheck_cache" / "extractions.sqlite3").is_file()
    assert _check(capsys, config) == cold


def test_the_command_says_when_it_cannot_use_the_cache(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cache that cannot be used is one line on standard error; the report is unchanged."""
    (tmp_path / "blocked").write_text("a file, not a folder", encoding="utf-8")
    config = _project(tmp_path, 'cache-dir = "blocked"\n')
    status, out, err = _check(capsys, config)
    assert (status, out) == _check(capsys, config, "--no-cache")[:2]
    assert err.startswith("factcheck: warning: the extraction cache in ")
    assert "cannot be used" in err and err.count("\n") == 1


def test_reading_makes_no_reference_cycles(archive: Archive) -> None:
    """What loading and reading an input make is freed when it is dropped, without the
    cyclic collector: a check pauses the collector while it gathers what it reads."""
    page = archive.folder / "page.html"
    page.write_text(
        '<script type="application/ld+json">{"@graph": [{"datePublished": "2031-03-05"}]}'
        "</script><p>Norvik workers will leave within 60 to 100 days, Berg said.</p>",
        encoding="utf-8",
    )
    wire = archive.folder / "wire.json"
    wire.write_text(
        json.dumps({"versioncreated": "2031-03-05T10:00:00Z", "body_text": "About 4,000 left."}),
        encoding="utf-8",
    )
    inputs = [*archive.inputs, page, wire]
    factcheck.extract(factcheck.load(page))  # the lexicon and the units, built once, are kept
    gc.collect()
    with collector_paused():
        for item in inputs:
            if isinstance(item, factcheck.Document):
                factcheck.extract(item)
            elif item.exists():
                factcheck.extract(factcheck.load(item))
        assert gc.collect() == 0


def test_a_pause_that_keeps_leaves_nothing_for_the_next_young_pass() -> None:
    """What is made while the collector is paused with ``keeping`` joins the oldest
    generation: the collector is on again, and its next young pass has none of it to look
    at (without ``keeping``, every object made is still young)."""
    assert gc.isenabled()
    with collector_paused():
        made = [[] for _ in range(5_000)]
    assert gc.get_count()[0] > len(made) // 2
    with collector_paused(keeping=True):
        kept = [[] for _ in range(5_000)]
    assert gc.isenabled()
    assert gc.get_count()[0] < 100
    assert all(gc.is_tracked(item) for item in kept[:10])
