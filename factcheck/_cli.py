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
    from factcheck._load._base import parse_date

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
