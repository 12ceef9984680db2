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

import factcheck
from factcheck import Config
from factcheck._units import UNIT_CACHE_VARIABLE

NEWSROOM = Path(__file__).resolve().parents[1] / "examples" / "newsroom"


def pytest_configure(config: pytest.Config) -> None:
    """pint's cache of unit definitions goes to a folder of this run (and of each worker),
    not to the user's cache directory: the tests write nothing outside folders of their own."""
    os.environ[UNIT_CACHE_VARIABLE] = tempfile.mkdtemp(prefix="factcheck-units-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.get(UNIT_CACHE_VARIABLE, ""), ignore_errors=True)


@attrs.frozen(kw_only=True)
class Archive:
    """Inputs with every kind of finding, and the configuration to check them with."""

    config: Config
    inputs: list[factcheck.Document | Path]
    folder: Path


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    """The example newsroom (its articles, lexicon and fact sheet), with an article whose
    clash a suppression accepts, an undated one, a draft given as a document, and a file
    that is missing; the configuration keeps no cache unless a test gives it a folder."""
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
        text="About 4,000 Norvik workers are based in the valley, Tomas Berg said on Tuesday.",
        id="draft",
        published=dt.datetime(2031, 3, 7),
    )
    articles = sorted((NEWSROOM / "articles").glob("*.md"))
    return Archive(
        config=config,
        inputs=[*articles, suppressed, undated, draft, tmp_path / "missing.md"],
        folder=tmp_path,
    )
