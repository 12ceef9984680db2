"""What every format loader returns, and the metadata values they share."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from factcheck._dates import parse_date
from factcheck._model import InputProblem, SourceMap

__all__ = ["METADATA_KEYS", "Parsed", "clean", "with_metadata"]

#: Metadata keys (of front matter or a plain-text header), by the value they give, in order
#: of preference. Keys compare without case, spaces, hyphens or underscores: "Publish date",
#: "publish_date" and "publishDate" are one key.
DATE_KEYS = (
    "date",
    "publishdate",
    "published",
    "pubdate",
    "publicationdate",
    "datepublished",
    "publishedat",
)
TITLE_KEYS = ("title", "headline")
BYLINE_KEYS = ("author", "authors", "byline", "by")
OUTLET_KEYS = ("outlet", "publisher", "source", "site", "sitename")
METADATA_KEYS = frozenset(DATE_KEYS + TITLE_KEYS + BYLINE_KEYS + OUTLET_KEYS)


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


def metadata_key(key: object) -> str:
    """``key`` as :data:`METADATA_KEYS` spell it."""
    return "".join(str(key).lower().replace("-", " ").replace("_", " ").split())


def _first(metadata: Mapping[str, object], keys: tuple[str, ...]) -> object:
    by_key: dict[str, object] = {}
    for key, value in metadata.items():
        by_key.setdefault(metadata_key(key), value)
    return next((by_key[key] for key in keys if by_key.get(key) not in (None, "")), None)


def with_metadata(
    text: str,
    source_map: SourceMap,
    metadata: Mapping[str, object],
    problems: list[InputProblem],
    *,
    where: str,
) -> Parsed:
    """``text`` parsed, with the publication date, title, outlet and byline ``metadata`` gives
    (read from the file's ``where``: "front matter", "header"); a date that does not parse is
    added to ``problems``, not guessed."""
    published: dt.datetime | None = None
    date = _first(metadata, DATE_KEYS)
    if date is not None:
        try:
            published = parse_date(date)
        except ValueError:
            problems.append(
                InputProblem(
                    code="unreadable-date",
                    message=f"{where} date {date!r} is not a date",
                    offset=0,
                )
            )
    return Parsed(
        text=text,
        source_map=source_map,
        published=published,
        title=clean(_first(metadata, TITLE_KEYS)),
        outlet=clean(_first(metadata, OUTLET_KEYS)),
        byline=clean(_first(metadata, BYLINE_KEYS)),
        problems=tuple(problems),
    )


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
