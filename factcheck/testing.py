"""Helpers for tests of your own: assert that texts do not contradict each other.

    from factcheck.testing import assert_consistent

    def test_the_summary_keeps_to_the_wire_copy():
        assert_consistent(Path("wire/story.md"), summarize(Path("wire/story.md")))

With the pytest plugin installed, the ``factcheck`` fixture gives a :class:`Checker` that
reads the project's ``[tool.factcheck]`` configuration (lexicons, fact sheet, tolerances)::

    def test_draft(factcheck):
        factcheck.assert_consistent(draft, published="2031-03-05")

A failure's message is the text report: each finding, with both sentences marked.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import attrs

from factcheck._check import Report, check
from factcheck._config import Config
from factcheck._dates import parse_date
from factcheck._load import loads
from factcheck._model import Document, Severity
from factcheck._report._text import text_report
from factcheck.errors import InvalidArgument

__all__ = ["Checker", "assert_consistent"]

#: What a checker takes: documents, paths to files, or plain text.
Checkable = Document | str | os.PathLike[str]


def _documents(items: tuple[Checkable, ...]) -> list[Document | os.PathLike[str]]:
    """Documents and paths as they are; each text as a plain-text document "text-1", ..."""
    documents: list[Document | os.PathLike[str]] = []
    for number, item in enumerate(items, start=1):
        if isinstance(item, str):
            documents.append(loads(item, id=f"text-{number}"))
        elif isinstance(item, Document | os.PathLike):
            documents.append(item)
        else:
            raise InvalidArgument(
                f"takes Documents, paths or text, not {type(item).__name__}: {item!r}"
            )
    return documents


@attrs.frozen(kw_only=True)
class Checker:
    """Checks documents together under one configuration, as the ``factcheck`` fixture does."""

    config: Config = attrs.field(factory=Config)

    @classmethod
    def discover(cls, start: str | os.PathLike[str] | None = None) -> Checker:
        """A checker with the configuration that applies to ``start`` (see
        :meth:`Config.discover`), less its baseline: the baseline accepts findings of the
        newsroom's articles, not of the texts a test writes."""
        config = Config.discover(Path(start) if start is not None else None)
        return cls(config=attrs.evolve(config, baseline=None))

    def check(
        self, *documents: Checkable, published: dt.datetime | dt.date | str | None = None
    ) -> Report:
        """The report on ``documents``: :class:`Document` objects, paths to files, or plain
        text (optionally starting with a ``date: 2031-03-05`` line). ``published`` dates the
        documents that give no date."""
        config = self.config
        if published is not None:
            try:
                config = attrs.evolve(config, published=parse_date(published))
            except ValueError:
                raise InvalidArgument(f"published: {published!r} is not a date") from None
        return check(_documents(documents), config=config)

    def assert_consistent(
        self,
        *documents: Checkable,
        published: dt.datetime | dt.date | str | None = None,
        fail_on: Severity | str | None = None,
    ) -> Report:
        """Check ``documents`` together and raise :class:`AssertionError` with the text report
        when a finding is at least ``fail_on`` (default: the configuration's ``fail-on``);
        else return the report."""
        __tracebackhide__ = True  # pytest shows the caller's line, not this one
        level = self.config.fail_on if fail_on is None else Severity(fail_on)
        report = self.check(*documents, published=published)
        failing = [f for f in report.findings if f.severity.rank >= level.rank]
        if failing:
            count = f"{len(failing)} finding{'s' if len(failing) != 1 else ''}"
            body = text_report(
                failing, report.documents, references=report.facts, accepted=report.accepted
            )
            raise AssertionError(f"factcheck: {count} at or above {level.value}\n{body}")
        return report


def assert_consistent(
    *documents: Checkable,
    config: Config | None = None,
    published: dt.datetime | dt.date | str | None = None,
    fail_on: Severity | str | None = None,
) -> Report:
    """Check ``documents`` together (see :meth:`Checker.assert_consistent`) under ``config``
    (default: factcheck's defaults) and fail with the text report on what clashes."""
    __tracebackhide__ = True
    checker = Checker(config=config or Config())
    return checker.assert_consistent(*documents, published=published, fail_on=fail_on)
