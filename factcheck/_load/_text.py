"""Plain text, with optional metadata at its head: a header of "key: value" lines ended by a
blank line ("title: …", "date: 2018-12-19", "source: …", as wire copy and exported stories
carry them), the same after a headline line ("Ferry service ends" then "date: 2018-12-19"),
or a single leading date line ("date: 2018-12-19" or " date 2018-12-19"); failing those, a
dateline: a date written in full on a line of its own, first or below the headline ("Monday,
July 15, 2019"), as news sites print one above the story."""

from __future__ import annotations

import datetime as dt
import re

from factcheck._dates import parse_date
from factcheck._load._base import METADATA_KEYS, Parsed, metadata_key, with_metadata
from factcheck._load._offsets import line_starts
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

# One line of a header: a key of up to four words, a colon, and its value.
_HEADER_FIELD = re.compile(
    r"[ \t]*(?P<key>[A-Za-z][\w-]*(?:[ \t][\w-]+){0,3})[ \t]*:[ \t]*(?P<value>[^\r\n]*)"
    r"(?:\r?\n|\Z)"
)
_BLANK_LINE = re.compile(r"[ \t]*(?:\r?\n|\Z)")
#: A headline: a first line with words, of a headline's length.
_HEADLINE = re.compile(r"[ \t]*\w[^\r\n]{0,300}\r?\n")
#: More lines than this before a blank one are a text, not a header.
MAX_HEADER_LINES = 40
#: A line that may be a dateline: short, alone, with a year in it ("Monday, July 15, 2019").
_DATELINE = re.compile(r"[ \t]*(?P<date>[^\r\n]{0,60}\b\d{4}\b[^\r\n]{0,40}?)[ \t]*(?:\r?\n|\Z)")
#: A headline and any blank lines after it: where a dateline may stand below it.
_HEADLINE_AND_BLANKS = re.compile(r"[ \t]*\w[^\r\n]{0,300}\r?\n(?:[ \t]*\r?\n)*")


def _header(source: str, position: int = 0) -> tuple[int, int, dict[str, str]] | None:
    """Where a header at ``position`` ends and where the text after it starts, and the
    header's fields; ``None`` when the text has none there: lines of "key: value" ended by a
    blank line (or the end), one of whose keys is a metadata key, so that a text opening
    "Update: …" stays text."""
    fields: dict[str, str] = {}
    for _ in range(MAX_HEADER_LINES + 1):
        blank = _BLANK_LINE.match(source, position)
        if blank is not None:
            known = fields and not METADATA_KEYS.isdisjoint(map(metadata_key, fields))
            return (position, blank.end(), fields) if known else None
        field = _HEADER_FIELD.match(source, position)
        if field is None:
            return None
        fields.setdefault(field.group("key"), field.group("value").strip())
        position = field.end()
    return None


def _titled(source: str) -> Parsed | None:
    """A headline line, then a header ("Ferry service ends", "date: 2031-03-05", a blank
    line): the headline stays the text's first line, and is its title unless the header
    gives one; ``None`` when the text does not open so."""
    headline = _HEADLINE.match(source)
    if headline is None or _HEADER_FIELD.fullmatch(headline.group()):
        return None
    header = _header(source, headline.end())
    if header is None:
        return None
    end, _, fields = header
    # The header's lines are left out of the text, the blank line after them kept.
    start = headline.end()
    text = source[:start] + source[end:]
    source_map = SourceMap(
        text_starts=[0, start], source_starts=[0, end], line_starts=line_starts(source)
    )
    title = {"title": headline.group().strip()}
    return with_metadata(text, source_map, {**title, **fields}, [], where="header")


def parse(source: str, *, label: str) -> Parsed:
    """The text after any header or date line, and the metadata they give."""
    header = _header(source)
    if header is not None:
        _, start, fields = header
        return with_metadata(
            source[start:], SourceMap.shifted(source, start), fields, [], where="header"
        )
    titled = _titled(source)
    if titled is not None:
        return titled
    match = _METADATA_LINE.match(source)
    if match is None:
        return Parsed(
            text=source, source_map=SourceMap.identity(source), published=_dateline(source)
        )
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


def _dateline(source: str) -> dt.datetime | None:
    """The date of the text's dateline (the first line, or the first after its headline and
    any blank lines), when that line is one date written in full and nothing else: the line
    stays text. ``None`` when there is none: a date that needs the day it is read on
    ("Monday", "July 15") names none."""
    headline = _HEADLINE_AND_BLANKS.match(source)
    for position in (0, headline.end()) if headline is not None else (0,):
        line = _DATELINE.match(source, position)
        if line is None:
            continue
        try:
            return parse_date(line.group("date"))
        except ValueError:
            continue
    return None
