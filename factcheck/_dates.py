"""Dates as metadata gives them: ISO 8601, RFC 2822, or date objects."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["parse_date"]

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
