"""Fixtures of the tests that check large runs (the cache, worker processes and Dask), and a
unit cache of the run's own."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from pathlib import Path

import attrs
import pytest
from hypothesis import settings

import factcheck
from factcheck import Config
from factcheck._units import UNIT_CACHE_VARIABLE

NEWSROOM = Path(__file__).resolve().parents[1] / "examples" / "newsroom"

# Property tests draw the same examples on every run, so that a run passes or fails for the
# code and not for the draw (a rare draw once failed CI and passed the next run); with no
# deadline, which would make a slow machine fail them, and no example database written into
# the checkout. `pytest --hypothesis-profile=explore` searches afresh with more examples.
settings.register_profile("repeatable", derandomize=True, database=None, deadline=None)
settings.register_profile("explore", max_examples=1_000, deadline=None)
settings.load_profile("repeatable")


#: Where Hypothesis keeps what it writes (its example database, the constants it found).
HYPOTHESIS_STORAGE_VARIABLE = "HYPOTHESIS_STORAGE_DIRECTORY"
#: The storage folder this run made (none when the user named one).
_HYPOTHESIS_FOLDER = pytest.StashKey[str]()


def pytest_configure(config: pytest.Config) -> None:
    """pint's cache of unit definitions and Hypothesis's files go to folders of this run (and
    of each worker), not to the user's cache directory or the checkout: the tests write
    nothing outside folders of their own. A storage folder the user named is kept."""
    os.environ[UNIT_CACHE_VARIABLE] = tempfile.mkdtemp(prefix="factcheck-units-")
    if not os.environ.get(HYPOTHESIS_STORAGE_VARIABLE):
        folder = tempfile.mkdtemp(prefix="factcheck-hypothesis-")
        os.environ[HYPOTHESIS_STORAGE_VARIABLE] = folder
        config.stash[_HYPOTHESIS_FOLDER] = folder


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.get(UNIT_CACHE_VARIABLE, ""), ignore_errors=True)
    folder = config.stash.get(_HYPOTHESIS_FOLDER, None)
    if folder is not None:
        shutil.rmtree(folder, ignore_errors=True)
        del os.environ[HYPOTHESIS_STORAGE_VARIABLE]


@attrs.frozen(kw_only=True)
class Archive:
    """Inputs with every kind of finding, and the configuration to check them with."""

    config: Config
    inputs: list[factcheck.Document | Path]
    folder: Path


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    """The example newsroom (its articles, lexicon and fact sheet), with an article whose
    clash a suppression accepts, an undated one, a draft given as a document (with a date
    given a day it is not), and a file that is missing; the configuration keeps no cache
    unless a test gives it a folder."""
    config = attrs.evolve(Config.read(NEWSROOM / "pyproject.toml"), baseline=None)
    suppressed = tmp_path / "suppressed.md"
    suppressed.write_text(
        "---\ndate: 2031-03-05\n---\n\nLede.\n\n<!-- factcheck: ignore FC301 -->\n"
        "Norvik workers will leave. They will remain.\n",
        encoding="utf-8",
    )
    undated = tmp_path / "undated.txt"
    undated.write_text(
        "Norvik workers will remain in the valley for now, the company said.\n",
        encoding="utf-8",
    )
    draft = factcheck.Document(
        text=(
            "About 4,000 Norvik workers are based in the valley, Tomas Berg said on Tuesday."
            " The council votes on Friday, March 9."  # a Sunday in 2031
        ),
        id="draft",
        published=dt.datetime(2031, 3, 7),
    )
    articles = sorted((NEWSROOM / "articles").glob("*.md"))
    return Archive(
        config=config,
        inputs=[*articles, suppressed, undated, draft, tmp_path / "missing.md"],
        folder=tmp_path,
    )
