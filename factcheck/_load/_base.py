"""What every format loader returns, and the metadata values they share."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

import attrs

from factcheck._model import InputProblem, SourceMap

__all__ = ["Parsed", "clean", "parse_date"]


@attrs.frozen(kw_only=True)
class Parsed:
    """A source read by one format loader: the text to check, where it came from, and metadata."""

    text: str
    source_map: SourceMap
    published: dt.datetime | None = None
    title: str | None = None
    outlet: str | None = None
    byline: str | None = None
    problems: tuple[InputProblem, ...] = ()


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def parse_date(value: object) -> dt.datetime:
    """A publication date from a metadata value: a date, a datetime, ISO 8601 or RFC 2822 text.

    Times with an offset keep their wall-clock time and lose the offset (factcheck reasons in the
    local time of the text). Raises ``ValueError`` for anything else.
    """
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    if not isinstance(value, str):
        raise ValueError(f"not a date: {value!r}")
    text = value.strip()
    if _ISO_DATE.match(text):
        try:
            return dt.datetime.fromisoformat(text).replace(tzinfo=None)
        except ValueError:
            pass
    try:
        return email.utils.parsedate_to_datetime(text).replace(tzinfo=None)
    except (TypeError, ValueError, IndexError):
        raise ValueError(f"not a date: {value!r}") from None


def clean(value: object) -> str | None:
    """A metadata value as one line of text, or ``None`` when it is empty or not text."""
    if isinstance(value, list):
        parts = [part for part in (clean(item) for item in value) if part]
        return ", ".join(parts) or None
    if isinstance(value, dict):
        return clean(value.get("name"))
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None
