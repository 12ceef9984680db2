"""What every format loader returns, and the metadata values they share."""

from __future__ import annotations

import datetime as dt

import attrs

from factcheck._model import InputProblem, SourceMap

__all__ = ["Parsed", "clean"]


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
