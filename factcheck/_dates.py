"""Dates as metadata gives them: ISO 8601, RFC 2822, written out in full, or date objects."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

__all__ = ["parse_date"]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
#: A time of a day, as the time finder writes its TIMEX3 value.
_TIME_VALUE = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
#: Two days far apart to read a written date against: a date written in full reads the same
#: on both ("Jan. 14, 2026"); "Jan. 14" or "yesterday" does not.
_REFERENCES = (dt.datetime(1900, 1, 1), dt.datetime(2100, 1, 1))
#: What may stand between the parts of a written date: "Wednesday, Jan. 14, 2026, 3:45 p.m.".
_BETWEEN = re.compile(r"[\s,;|@–—-]*")


def parse_date(value: object) -> dt.datetime:
    """A publication date from a metadata value: a date, a datetime, or text in ISO 8601, in
    RFC 2822 or written out in full ("Jan. 14, 2026", "Wednesday, 14 January 2026, 3:45 p.m.").

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
        pass
    written = _written_date(text)
    if written is None:
        raise ValueError(f"not a date: {value!r}")
    return written


def _written_date(text: str) -> dt.datetime | None:
    """The day, and the time if one is given, of ``text`` read by the time finder, when
    nothing else stands in it and it names one day whatever day it is read on."""
    # Imported here: loading a document whose dates are ISO 8601 needs no time grammar.
    from factcheck._times import find_times

    readings = []
    for reference in _REFERENCES:
        mentions = find_times(text, reference=reference)
        at = 0
        for mention in mentions:
            if _BETWEEN.fullmatch(text, at, mention.span.start) is None:
                return None
            at = mention.span.end
        if not mentions or _BETWEEN.fullmatch(text, at) is None:
            return None
        readings.append([m.timex.value if m.timex else None for m in mentions])
    values = readings[0]
    if values != readings[1] or not all(values):
        return None  # "Jan. 14", "yesterday": a day only from when it is read; or no value
    days = {value[:10] for value in values if value and _ISO_DATE.fullmatch(value[:10])}
    times = [value for value in values if value and _TIME_VALUE.fullmatch(value)]
    if len(days) != 1 or len(times) > 1:
        return None
    return dt.datetime.fromisoformat(times[0] if times else days.pop())
