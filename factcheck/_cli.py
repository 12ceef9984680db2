"""The ``factcheck`` command.

Exit codes are decided in one place, :func:`main`: 0 when nothing at or above ``--fail-on`` was
found, 1 when something was, 2 for a usage error or a file that cannot be read.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import sys
from collections.abc import Sequence
from typing import Any

import click

from factcheck._model import Finding, Severity
from factcheck.errors import FactcheckError, InputError

__all__ = ["ExitCode", "main"]


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
    click.echo(
        json.dumps(
            {"version": SCHEMA_VERSION, "documents": documents}, indent=2, ensure_ascii=False
        )
    )
    if failed:
        raise _Failed(ExitCode.ERROR)


_FAIL_ON = {"error": Severity.ERROR, "warning": Severity.WARNING, "info": Severity.INFO}


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="How to print the findings.",
)
@click.option(
    "--fail-on",
    type=click.Choice(list(_FAIL_ON)),
    help="Exit 1 when a finding is at least this severe (default: the config's, else warning).",
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
def check(
    paths: Sequence[str],
    output_format: str,
    fail_on: str | None,
    config_file: str | None,
    published: str | None,
    output: str | None,
) -> None:
    """Check the articles in PATHS (files or folders) for claims that cannot both be true.

    Without PATHS, the configuration's `paths` are checked.
    """
    import attrs

    from factcheck._check import check as run_check
    from factcheck._config import Config
    from factcheck._load import discover

    config = (
        Config.read(config_file) if config_file else Config.discover(paths[0] if paths else None)
    )
    if published is not None:
        config = attrs.evolve(config, published=_date(published))
    if fail_on is not None:
        config = attrs.evolve(config, fail_on=_FAIL_ON[fail_on])
    targets = list(paths) or [str(p) for p in config.paths]
    if not targets:
        raise click.UsageError(
            "give the files or folders to check, or `paths` in the configuration"
        )
    report = run_check(
        discover(targets, include=config.include, exclude=config.exclude), config=config
    )
    if output_format == "json":
        rendered = json.dumps(report.to_dict(), indent=2, ensure_ascii=False)
    else:
        from factcheck._report._text import text_report

        colour = output is None and sys.stdout.isatty()
        rendered = text_report(report.findings, report.documents, colour=colour)
    if output is not None:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(rendered + "\n")
    else:
        click.echo(rendered)
    raise _Failed(_exit_code(report.findings, config.fail_on))


def _exit_code(findings: Sequence[Finding], fail_on: Severity) -> ExitCode:
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
