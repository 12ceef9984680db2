"""IPTC ninjs (News in JSON), 1.x and 2.x keys, with offsets into the JSON file kept.

The body is ``body_text`` (or, failing that, ``body_html``/``body_xhtml``) in 1.x and the plain
text (or HTML) entry of ``bodies`` in 2.x. JSON escapes are decoded with each character mapped
back to where it is written in the file.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any

from factcheck._load._base import Parsed, with_metadata
from factcheck._load._html import parse_fragment
from factcheck._load._offsets import TextBuilder
from factcheck._model import SourceMap
from factcheck.errors import InputError

__all__ = ["parse"]

_DECODER = json.JSONDecoder()
_SPACE = re.compile(r"[ \t\n\r]*")
_STRING_PART = re.compile(r'[^"\\]+|\\u([0-9a-fA-F]{4})|\\(["\\/bfnrt])|(")')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

_DATE_KEYS = ("versioncreated", "firstcreated", "contentcreated")
_TEXT_KEYS = ("body_text",)
_HTML_KEYS = ("body_html", "body_xhtml")


def _skip_space(source: str, index: int) -> int:
    match = _SPACE.match(source, index)
    assert match is not None  # the pattern matches the empty string
    return match.end()


def _members(source: str, start: int) -> Iterator[tuple[str, int, int]]:
    """``(key, value start, value end)`` of each member of the object opened at ``start``."""
    index = _skip_space(source, start + 1)
    if source.startswith("}", index):
        return
    while True:
        if not source.startswith('"', index):
            raise ValueError(f"expected a key at character {index}")
        key, index = scanstring(source, index + 1)
        index = _skip_space(source, index)
        if not source.startswith(":", index):
            raise ValueError(f"expected ':' at character {index}")
        value_start = _skip_space(source, index + 1)
        _, index = _DECODER.raw_decode(source, value_start)
        yield key, value_start, index
        index = _skip_space(source, index)
        if source.startswith(",", index):
            index = _skip_space(source, index + 1)
        else:
            return


def _elements(source: str, start: int) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each element of the array opened at ``start``."""
    index = _skip_space(source, start + 1)
    if source.startswith("]", index):
        return
    while True:
        _, end = _DECODER.raw_decode(source, index)
        yield index, end
        index = _skip_space(source, end)
        if not source.startswith(",", index):
            return
        index = _skip_space(source, index + 1)


def _string(source: str, start: int) -> tuple[str, TextBuilder]:
    """The JSON string literal opening at ``start``, decoded, with each character's offset."""
    text = TextBuilder()
    index = start + 1
    pending_high = -1  # offset of a high surrogate waiting for its low half
    high = 0
    while True:
        part = _STRING_PART.match(source, index)
        if part is None or part.group(3):
            break
        code = part.group(1)
        if code is not None:
            value = int(code, 16)
            if 0xD800 <= value < 0xDC00:
                pending_high, high = index, value
            elif 0xDC00 <= value < 0xE000 and pending_high >= 0:
                pair = 0x10000 + ((high - 0xD800) << 10) + (value - 0xDC00)
                text.append(chr(pair), pending_high)
                pending_high = -1
            else:
                text.append(chr(value) if not 0xD800 <= value < 0xE000 else "\ufffd", index)
        else:
            if pending_high >= 0:  # a high surrogate with no low half
                text.append("\ufffd", pending_high)
                pending_high = -1
            escape = part.group(2)
            text.append(_ESCAPES[escape] if escape else part.group(), index)
        index = part.end()
    return text.text(), text


def _lowered(source: str, start: int) -> dict[str, tuple[int, int]]:
    return {key.lower(): (begin, end) for key, begin, end in _members(source, start)}


def _body(source: str, members: dict[str, tuple[int, int]]) -> tuple[str, SourceMap] | None:
    """The body text and its map, from 1.x keys or the 2.x ``bodies`` array."""
    candidates: list[tuple[bool, int]] = []  # (is HTML, start of the string literal)
    for key in (*_TEXT_KEYS, *_HTML_KEYS):
        if key in members and source.startswith('"', members[key][0]):
            candidates.append((key in _HTML_KEYS, members[key][0]))
    if "bodies" in members and source.startswith("[", members["bodies"][0]):
        for begin, _ in _elements(source, members["bodies"][0]):
            if not source.startswith("{", begin):
                continue
            body = _lowered(source, begin)
            kind = json.loads(source[slice(*body["contenttype"])]) if "contenttype" in body else ""
            if "value" in body and source.startswith('"', body["value"][0]):
                is_html = "html" in str(kind).lower()
                candidates.append((is_html, body["value"][0]))
    if not candidates:
        return None
    is_html, start = min(candidates, key=lambda candidate: candidate[0])  # plain text first
    text, builder = _string(source, start)
    source_map = builder.source_map(source)
    if is_html:
        return parse_fragment(text, base=source_map)
    return text, source_map


def _headline(item: dict[str, Any]) -> object:
    if item.get("headline"):
        return item["headline"]
    headlines = item.get("headlines")
    if isinstance(headlines, list):
        values = [h.get("value") for h in headlines if isinstance(h, dict)]
        return next((value for value in values if isinstance(value, str) and value), None)
    return None


def parse(source: str, *, label: str) -> Parsed:
    """The body of a ninjs item and its metadata."""
    try:
        item = json.loads(source)
    except (ValueError, RecursionError) as error:
        raise InputError(label, f"not valid JSON: {error}") from None
    if not isinstance(item, dict):
        raise InputError(label, "not a ninjs item: the JSON is not an object")
    keys = {key.lower(): value for key, value in item.items()}
    start = _skip_space(source, 0)
    found = _body(source, _lowered(source, start))
    if found is None:
        raise InputError(label, "a ninjs item with no body (body_text, body_html or bodies)")
    text, source_map = found
    date_key = next((key for key in _DATE_KEYS if keys.get(key)), None)
    metadata = {
        "date": keys[date_key] if date_key is not None else None,
        "title": _headline(keys),
        "outlet": keys.get("copyrightholder"),
        "byline": keys.get("byline") or keys.get("by"),
    }
    return with_metadata(text, source_map, metadata, [], where=date_key or "ninjs")
