"""The ``factcheck`` command.

Exit codes are decided in one place, :func:`main`: 0 when nothing at or above ``--fail-on`` was
found, 1 when something was, 2 for a usage error or a file that cannot be read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import click

from factcheck._model import Finding, Severity
from factcheck.errors import FactcheckError, InputError

if TYPE_CHECKING:
    from factcheck._check import Concluded, Report
    from factcheck._config import Config
    from factcheck._engine import Recalled

__all__ = ["ExitCode", "OutputFormat", "end_process", "main", "run"]


class ExitCode(enum.IntEnum):
    """What the command's exit status means."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


class _Failed(Exception):
    """Raised inside a command to end it with an exit code after its output is written."""

    def __init__(self, code: ExitCode) -> None:
        super().__init__(code)
        self.code = code


def _date(value: str | None) -> dt.datetime | None:
    if value is None:
        return None
    from factcheck._dates import parse_date

    try:
        return parse_date(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (use YYYY-MM-DD)") from None


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factcheck")
def cli() -> None:
    """Catch facts that disagree: check news text for claims that cannot both be true."""


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, path_type=str))
@click.option("--published", help="Publication date for files that do not give one (YYYY-MM-DD).")
@click.option(
    "--format", "output_format", type=click.Choice(["json"]), default="json", show_default=True
)
def extract(files: Sequence[str], published: str | None, output_format: str) -> None:
    """Print the claims factcheck reads from FILES, as JSON (schema version 1)."""
    from factcheck._claims import read
    from factcheck._load import load
    from factcheck._report._json import SCHEMA_VERSION, claim_json, document_json
    from factcheck._report._jsontext import json_text

    date = _date(published)
    documents: list[dict[str, Any]] = []
    failed = False
    for path in files:
        try:
            document = load(path)
        except InputError as error:
            click.echo(f"factcheck: {error}", err=True)
            failed = True
            continue
        if document.published is None and date is not None:
            document = load(path, published=date)
        extraction = read(document)
        claims = [claim_json(claim, document) for claim in extraction.claims]
        documents.append(document_json(document, {"claims": claims}))
    click.echo(json_text({"version": SCHEMA_VERSION, "documents": documents}))
    if failed:
        raise _Failed(ExitCode.ERROR)


_FAIL_ON = {level.value: level for level in Severity}


class OutputFormat(enum.Enum):
    """The forms `factcheck check` prints its findings in."""

    TEXT = "text"
    JSON = "json"
    SARIF = "sarif"
    GITHUB = "github"
    MARKDOWN = "markdown"


#: Checking at least this many files on a terminal shows a progress bar on standard error.
PROGRESS_FROM = 20


@contextlib.contextmanager
def _progress(total: int) -> Iterator[Callable[[object], None] | None]:
    """A callback that advances a progress bar on standard error, when it is a terminal."""
    if total < PROGRESS_FROM or not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=total, label="Checking", file=sys.stderr) as bar:
        yield lambda _document: bar.update(1)


@contextlib.contextmanager
def _cache_warnings() -> Iterator[None]:
    """Say on standard error why the extraction cache could not be used, as one line."""
    import warnings

    from factcheck._cache import CacheWarning

    caught: list[warnings.WarningMessage] = []
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", CacheWarning)
            yield
    finally:
        for warning in caught:
            if issubclass(warning.category, CacheWarning):
                click.echo(f"factcheck: warning: {warning.message}", err=True)
            else:
                warnings.warn_explicit(
                    warning.message, warning.category, warning.filename, warning.lineno
                )


def _render(report: Report, output_format: OutputFormat, *, colour: bool, config: Config) -> str:
    """The report in ``output_format`` (any but JSON, which is written as it is made); the
    formats that show sentences read the texts of the files they point into again."""
    from factcheck._load import text_again
    from factcheck._report._jsontext import json_text

    if output_format is OutputFormat.SARIF:
        from factcheck._report._sarif import sarif_report

        # Fingerprints name files from the project's folder, wherever the command runs.
        root = config.source.parent if config.source is not None else Path.cwd()
        baseline = str(config.baseline) if config.baseline is not None else None
        return json_text(sarif_report(report, root=root, baseline=baseline))
    if output_format is OutputFormat.GITHUB:
        from factcheck._report._github import github_annotations

        return github_annotations(
            report.findings, report.documents, references=report.facts, texts=text_again
        )
    if output_format is OutputFormat.MARKDOWN:
        from factcheck._report._markdown import markdown_report

        return markdown_report(
            report.findings,
            report.documents,
            references=report.facts,
            accepted=report.accepted,
            texts=text_again,
        )
    from factcheck._report._text import text_report

    return text_report(
        report.findings,
        report.documents,
        colour=colour,
        references=report.facts,
        accepted=report.accepted,
        texts=text_again,
    )


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "output_format",
    type=click.Choice([f.value for f in OutputFormat]),
    default=OutputFormat.TEXT.value,
    show_default=True,
    help="How to print the findings.",
)
@click.option(
    "--fail-on",
    type=click.Choice(list(_FAIL_ON)),
    help="Exit 1 when a finding is at least this severe (default: the config's, else warning).",
)
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, exists=True, path_type=str),
    help="Accept the findings listed in this baseline file (default: the config's baseline).",
)
@click.option(
    "--write-baseline",
    type=click.Path(dir_okay=False, path_type=str),
    help="Write every finding to this baseline file, accepting them all from now on.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(dir_okay=False, path_type=str),
    help="Read the configuration from this file.",
)
@click.option("--published", help="Publication date for files that do not give one (YYYY-MM-DD).")
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=str), help="Write the report here."
)
@click.option(
    "--workers",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Extract in this many processes (0: one per CPU).",
)
@click.option(
    "--no-cache",
    is_flag=True,
    help="Extract every file again, and keep nothing in the extraction cache.",
)
def check(
    paths: Sequence[str],
    output_format: str,
    fail_on: str | None,
    baseline: str | None,
    write_baseline: str | None,
    config_file: str | None,
    published: str | None,
    output: str | None,
    workers: int,
    no_cache: bool,
) -> None:
    """Check the articles in PATHS (files or folders) for claims that cannot both be true.

    Without PATHS, the configuration's `paths` are checked. Findings that a
    `factcheck: ignore` comment or the baseline accepts are counted, not shown. What is
    read from each file is kept in the extraction cache (`.factcheck_cache` next to the
    configuration, or in the working folder), and unchanged files are not read again.
    """
    import attrs

    from factcheck._check import check_concluded
    from factcheck._collector import collector_paused
    from factcheck._config import Config

    config = (
        Config.read(config_file) if config_file else Config.discover(paths[0] if paths else None)
    )
    if published is not None:
        config = attrs.evolve(config, published=_date(published))
    if fail_on is not None:
        config = attrs.evolve(config, fail_on=_FAIL_ON[fail_on])
    if baseline is not None:
        config = attrs.evolve(config, baseline=Path(baseline))
    if write_baseline is not None:
        config = attrs.evolve(config, baseline=Path(write_baseline))
    config = attrs.evolve(config, cache=False) if no_cache else config.with_cache_dir()
    if not paths and not config.paths:
        raise click.UsageError(
            "give the files or folders to check, or `paths` in the configuration"
        )
    files = config.files(paths)
    # What a check builds (outlines, claims, findings, the report) lives until the process
    # ends, and makes next to no cycles: each time a step of the check resumed the collector,
    # its first pass looked at everything the step had built and freed nothing (0.1 s of a
    # warm re-check of 10k articles, in three passes).
    with collector_paused(keeping=True):
        with _progress(len(files)) as progress, _cache_warnings():
            # A new baseline accepts every finding, not only those the old one did not.
            checking = config if write_baseline is None else attrs.evolve(config, baseline=None)
            # No format shows the claims that are not in a finding: a re-check need not read them.
            # The JSON report needs only the text of a finding recalled from the cache.
            concluded = check_concluded(
                files,
                config=checking,
                progress=progress,
                workers=workers or os.cpu_count() or 1,
                claims=False,
                packed=OutputFormat(output_format) is OutputFormat.JSON and write_baseline is None,
            )
        # Written with a new baseline, the report is as checked against it.
        report = None
        if write_baseline is not None:
            from factcheck._accept import AcceptedBy
            from factcheck._accept import write_baseline as write

            report = write(concluded.report(), write_baseline, config)
            count = sum(1 for item in report.accepted if item.by is AcceptedBy.BASELINE)
            click.echo(
                f"factcheck: wrote {count} finding{'s' if count != 1 else ''} to {write_baseline}",
                err=True,
            )
        colour = output is None and sys.stdout.isatty() and not os.environ.get("NO_COLOR")
        if OutputFormat(output_format) is OutputFormat.JSON:
            from factcheck._engine import Stale

            try:
                _write_json(report or concluded, output)
            except Stale as stale:  # a row the cache holds was damaged after it was read
                raise click.ClickException(
                    f"the extraction cache is damaged ({stale}): check again with --no-cache"
                ) from None
        else:
            rendered = _render(
                report or concluded.report(),
                OutputFormat(output_format),
                colour=colour,
                config=config,
            )
            if output is not None:
                with open(output, "w", encoding="utf-8") as handle:
                    handle.write(rendered.rstrip("\n") + "\n" if rendered else "")
            elif rendered:
                click.echo(rendered.rstrip("\n"))
        raise _Failed(_exit_code((report or concluded).findings, config.fail_on))


def _write_json(report: Report | Concluded, output: str | None) -> None:
    """Write the JSON report to ``output`` (or the standard output) a batch of findings at a
    time: the report of a large archive is never held whole, as values or as text."""
    from factcheck._report._json import report_sections
    from factcheck._report._jsontext import json_chunks

    chunks = json_chunks(report_sections(report))
    if output is None:
        sys.stdout.writelines(chunk.decode("utf-8") for chunk in chunks)
        sys.stdout.write("\n")
        return
    # The text as a file opened for text writes it (line ends as the platform's), without
    # decoding the UTF-8 that orjson writes and encoding it again (a report of 10k articles
    # is 54 MB).
    line_end = os.linesep.encode()
    with open(output, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk if line_end == b"\n" else chunk.replace(b"\n", line_end))
        handle.write(line_end)


@cli.command("rules")
def rules_command() -> None:
    """List every rule: its code, name, default severity and summary."""
    from factcheck.rules import all_rules

    rules = all_rules()
    width = max(len(rule.name) for rule in rules)
    for rule in rules:
        click.echo(f"{rule.code}  {rule.name:<{width}}  {rule.severity.value:<7}  {rule.summary}")


@cli.command()
@click.argument("rule")
def explain(rule: str) -> None:
    """Explain the rule RULE (a code such as FC201, or a name such as timing-conflict), with
    an example that conflicts and one that does not."""
    from factcheck._report._rules import rule_text
    from factcheck.rules import all_rules

    found = next((r for r in all_rules() if rule.upper() == r.code or rule.lower() == r.name), None)
    if found is None:
        raise click.BadParameter(
            f"no rule is named {rule!r} (`factcheck rules` lists them)", param_hint="RULE"
        )
    click.echo(rule_text(found))


def _exit_code(findings: Sequence[Finding | Recalled], fail_on: Severity) -> ExitCode:
    """The one place the check's exit code is decided."""
    if any(f.rule == "FC901" for f in findings):
        return ExitCode.ERROR  # a file that cannot be read is an input error
    if any(f.severity.rank >= fail_on.rank for f in findings):
        return ExitCode.FINDINGS
    return ExitCode.OK


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command with ``argv`` (default: the process's arguments); return the exit code."""
    try:
        cli.main(
            args=list(argv) if argv is not None else sys.argv[1:],
            prog_name="factcheck",
            standalone_mode=False,
        )
    except _Failed as failed:
        return int(failed.code)
    except click.exceptions.Exit as done:
        return int(done.exit_code)
    except click.ClickException as error:
        error.show()
        return int(ExitCode.ERROR)
    except click.Abort:
        click.echo("factcheck: aborted", err=True)
        return int(ExitCode.ERROR)
    except FactcheckError as error:
        click.echo(f"factcheck: {error}", err=True)
        return int(ExitCode.ERROR)
    return int(ExitCode.OK)


def run() -> NoReturn:
    """The console script: :func:`main` with the process's arguments, then the end of the
    process (:func:`end_process`)."""
    end_process(main())


def end_process(code: int) -> NoReturn:
    """End this process with exit status ``code`` once its output is flushed, without
    freeing what it built, as mypy ends. A check ends holding every claim, outline and
    finding it read: the interpreter's freeing them one by one took 0.17 s of a 1.9 s warm
    re-check of 10k articles. Nothing else is left to do by then: the cache is closed, the
    output file written and the worker processes joined."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # a reader that went away
            stream.flush()
    os._exit(code)


if __name__ == "__main__":  # pragma: no cover
    run()
