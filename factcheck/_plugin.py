"""The pytest plugin: ``pytest --factcheck`` checks a newsroom's articles as test items.

pytest loads this module in every run of an environment where factcheck is installed (the
``pytest11`` entry point), so it imports only pytest and the standard library; factcheck's
stages load when ``--factcheck`` is given or the ``factcheck`` fixture is used.

Each article file under the configured ``paths`` is an item ("articles/a.md::factcheck"),
and so is the baseline file when there is one. A finding between two articles needs both
checked together, so the items share one check of every configured file, whichever items
were selected: it runs once per process (each xdist worker) on the first item that needs
it, and each item fails with the findings that involve its file, at or above ``fail-on``.
An item passes when its file's findings are all below ``fail-on`` or accepted (inline
suppression, baseline). Since any file can change any other's findings, an item whose run
passed is skipped next time only if no input changed: not the articles, the configuration,
its lexicons, fact sheet or baseline, nor factcheck itself and the rule packs it loads.
When the check does run, it reads unchanged files from the extraction cache (the
configuration's ``cache-dir``, by default ``.factcheck_cache`` next to it; ``cache = false``
turns it off), so only the files that changed are extracted again.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from factcheck._check import Report
    from factcheck._config import Config
    from factcheck._model import Finding
    from factcheck.testing import Checker

__all__ = ["FactcheckFile", "FactcheckItem", "factcheck"]

#: The pytest cache keys under which passes are recorded, one per file.
_CACHE_PREFIX = "factcheck/passed"


class _Failure(Exception):
    """An item's findings, raised by ``runtest`` and shown by ``repr_failure``."""

    def __init__(self, report: str) -> None:
        super().__init__(report)
        self.report = report


class _Session:
    """The plugin's state in one pytest process: the configuration and the shared check."""

    def __init__(self, pytest_config: pytest.Config) -> None:
        from factcheck._config import Config
        from factcheck.errors import FactcheckError

        self.pytest_config = pytest_config
        try:
            self.config: Config = Config.discover(pytest_config.invocation_params.dir)
        except FactcheckError as error:
            raise pytest.UsageError(f"--factcheck: {error}") from None
        if not self.config.paths:
            where = self.config.source or "no [tool.factcheck] configuration was found"
            raise pytest.UsageError(f"--factcheck: give `paths` in [tool.factcheck] ({where})")
        # The check reads the files by the names the configuration gives (relative to the
        # working folder), so that reports name them so; collection compares full paths.
        self.files = self.config.files()
        self._resolved = {path.resolve() for path in self.files}
        self.baseline = None if self.config.baseline is None else self.config.baseline.resolve()
        self._inputs: str | None = None
        self._report: Report | None = None
        self._findings: dict[Path, list[Finding]] | None = None

    def owns(self, path: Path) -> bool:
        """Whether ``path`` is an article to check, or the baseline."""
        resolved = path.resolve()
        return resolved in self._resolved or (resolved == self.baseline and resolved.is_file())

    def header(self) -> str:
        source = self.config.source
        if source is not None and source.is_relative_to(self.pytest_config.invocation_params.dir):
            source = source.relative_to(self.pytest_config.invocation_params.dir)
        return f"factcheck: {len(self.files)} files to check, configured in {source}"

    def inputs(self) -> str:
        """A digest of everything the check reads, and of the factcheck that reads it."""
        if self._inputs is None:
            digest = hashlib.sha256(_code().encode())
            digest.update(repr(self.config).encode())
            config = self.config
            extra = [config.source, *config.lexicons, config.fact_sheet, config.baseline]
            for path in [*self.files, *(p for p in extra if p is not None)]:
                digest.update(str(path).encode() + b"\0")
                try:
                    digest.update(path.read_bytes())
                except OSError:
                    digest.update(b"\0missing")
            self._inputs = digest.hexdigest()
        return self._inputs

    def _key(self, path: Path) -> str:
        return f"{_CACHE_PREFIX}/{hashlib.sha256(str(path).encode()).hexdigest()[:24]}"

    def passed_before(self, path: Path) -> bool:
        """Whether the item of ``path`` passed in an earlier run on these same inputs."""
        cache = getattr(self.pytest_config, "cache", None)
        return cache is not None and cache.get(self._key(path), None) == self.inputs()

    def record_pass(self, path: Path) -> None:
        cache = getattr(self.pytest_config, "cache", None)
        if cache is not None:
            cache.set(self._key(path), self.inputs())

    def report(self) -> Report:
        """The check of every configured file, run the first time it is asked for."""
        if self._report is None:
            from factcheck._check import check

            # Items show findings only: a re-check need not read the other claims.
            self._report = check(self.files, config=self.config.with_cache_dir(), claims=False)
        return self._report

    def _by_file(self) -> dict[Path, list[Finding]]:
        """The findings that involve each file, by its full path."""
        if self._findings is None:
            report = self.report()
            files = {
                document.id: Path(document.path).resolve()
                for document in [*report.facts, *report.documents]
                if document.path is not None
            }
            self._findings = {}
            for finding in report.findings:
                ids = {*finding.documents, *(claim.document for claim in finding.claims)}
                # A file that could not be read, or the baseline, is named by its path alone.
                for path in {files.get(i) or Path(i).resolve() for i in ids}:
                    self._findings.setdefault(path, []).append(finding)
        return self._findings

    def failure(self, path: Path) -> str | None:
        """The text report of the findings that involve ``path``, when one of them is at or
        above ``fail-on``; ``None`` when the file passes."""
        from factcheck._load import text_again
        from factcheck._report._text import text_report

        findings = self._by_file().get(path.resolve(), [])
        level = self.config.fail_on
        if not any(finding.severity.rank >= level.rank for finding in findings):
            return None
        report = self.report()
        documents = [*report.facts, *report.documents]
        own = [d for d in report.documents if d.path and Path(d.path).resolve() == path.resolve()]
        return text_report(findings, own, references=documents, texts=text_again)


def _code() -> str:
    """What tells one factcheck from another: the versions of it and of the rule packs it
    loads, and the size and time of each of its files (an editable install changes
    without a new version)."""
    import factcheck
    from factcheck.rules import ENTRY_POINT_GROUP

    parts = []
    for entry in importlib.metadata.entry_points(group=ENTRY_POINT_GROUP):
        version = entry.dist.version if entry.dist is not None else "?"
        parts.append(f"{entry.name}={entry.value}@{version}")
    package = Path(factcheck.__file__).parent
    for file in sorted(package.rglob("*")):
        if file.suffix in (".py", ".toml", ".txt"):
            stat = file.stat()
            parts.append(f"{file.relative_to(package)}:{stat.st_size}:{stat.st_mtime_ns}")
    return "\n".join(parts)


_SESSION = pytest.StashKey[_Session]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("factcheck")
    group.addoption(
        "--factcheck",
        action="store_true",
        default=False,
        help="check the article files under [tool.factcheck] paths for claims that clash",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "factcheck: factcheck's check of an article file")
    if config.getoption("factcheck"):
        config.stash[_SESSION] = _Session(config)


def pytest_report_header(config: pytest.Config) -> str | None:
    session = config.stash.get(_SESSION, None)
    return None if session is None else session.header()


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> FactcheckFile | None:
    session = parent.config.stash.get(_SESSION, None)
    if session is None or not session.owns(file_path):
        return None
    file: FactcheckFile = FactcheckFile.from_parent(parent, path=file_path)
    return file


class FactcheckFile(pytest.File):
    """An article (or the baseline) that factcheck checks: it holds one item."""

    def collect(self) -> Iterator[FactcheckItem]:
        item: FactcheckItem = FactcheckItem.from_parent(self, name="factcheck")
        if self.config.stash[_SESSION].passed_before(self.path):
            item.add_marker(pytest.mark.skip(reason="unchanged since it last passed"))
        yield item


class FactcheckItem(pytest.Item):
    """The check of one file: it fails with the findings that involve the file."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.add_marker("factcheck")

    @property
    def _session(self) -> _Session:
        return self.config.stash[_SESSION]

    def runtest(self) -> None:
        failure = self._session.failure(self.path)
        if failure is not None:
            raise _Failure(failure)
        self._session.record_pass(self.path)

    def repr_failure(
        self,
        excinfo: pytest.ExceptionInfo[BaseException],
        style: Any = None,
    ) -> Any:
        if isinstance(excinfo.value, _Failure):
            return excinfo.value.report
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int, str]:
        # A skip is reported at the item's line, so it needs one: 0, the file's first. The
        # third part heads a failure; pytest would read a suffix of the node id as Python.
        where = os.path.relpath(self.path, self.config.invocation_params.dir)
        return self.path, 0, f"factcheck: {Path(where).as_posix()}"


_CHECKER = pytest.StashKey["Checker"]()


@pytest.fixture
def factcheck(request: pytest.FixtureRequest) -> Checker:
    """A :class:`factcheck.testing.Checker` with the project's configuration (less its
    baseline): ``factcheck.assert_consistent(draft, source)`` fails with the text report."""
    config = request.config
    checker = config.stash.get(_CHECKER, None)
    if checker is None:
        from factcheck.testing import Checker

        checker = config.stash[_CHECKER] = Checker.discover(config.invocation_params.dir)
    return checker
