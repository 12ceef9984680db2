"""Plain text, with an optional leading metadata line ("date: 2018-12-19" or " date 2018-12-19")."""

from __future__ import annotations

import re

from factcheck._dates import parse_date
from factcheck._load._base import Parsed
from factcheck._model import InputProblem, SourceMap

__all__ = ["parse"]

# A date line's value is ISO 8601, so nothing that merely starts with "Date" is taken for one.
_METADATA_LINE = re.compile(
    r"\A[ \t]*(?:date|published|publish[ _-]?date|pub[ _-]?date|publication[ _-]?date)"
    r"[ \t]*[:=]?[ \t]*"
    r"(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)"
    r"(?:[ \t]*\r?\n|[ \t]+|\Z)",
    re.IGNORECASE,
)


def parse(source: str, *, label: str) -> Parsed:
    """The text after any metadata line, and the date that line gives."""
    match = _METADATA_LINE.match(source)
    if match is None:
        return Parsed(text=source, source_map=SourceMap.identity(source))
    start = match.end()
    text, source_map = source[start:], SourceMap.shifted(source, start)
    try:
        published = parse_date(match.group("date"))
    except ValueError:
        problem = InputProblem(
            code="unreadable-date",
            message=f"the metadata line's date {match.group('date')!r} is not a calendar date",
            offset=match.start("date"),
        )
        return Parsed(text=text, source_map=source_map, problems=(problem,))
    return Parsed(text=text, source_map=source_map, published=published)
