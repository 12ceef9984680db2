"""JSON text of a report, indented by two spaces.

The standard library's C encoder does not indent: with ``indent`` it falls back to Python
generators, one call per value, which took 2.2 s of a warm re-check of 10k articles (a 55 MB
report). orjson writes the same text in C. A value orjson does not write (an integer beyond
64 bits, a string with a lone surrogate, a key that is not a string) is written by
:func:`json.dumps`.
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

__all__ = ["item_text", "json_chunks", "json_text"]

#: The items of a list that orjson writes at once: one call per item, and indenting each
#: item's text again for its depth, cost as much as writing them (23,751 findings of 10k
#: articles), while a batch keeps the text in memory small.
BATCH = 256

# orjson writes a batch as the list of a member named "" of an object: the items then sit at
# the depth of a report's list items, and only what stands around them is cut off.
_HEAD = len(b'{\n  "": [')
_TAIL = len(b"\n  ]\n}")


#: How text is written as bytes: UTF-8, and a lone surrogate (which only the standard library
#: writes, and UTF-8 cannot) as its JSON escape: "\\ud800" inside a string reads back as it.
_ENCODING, _ERRORS = "utf-8", "backslashreplace"


def json_text(value: Any) -> str:
    """``value`` as JSON text, indented by two spaces, non-ASCII characters as they are."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, indent=2, ensure_ascii=False)


def item_text(value: Any) -> bytes:
    """The text :func:`json_chunks` writes for ``value`` as an item of a list: on a new
    line, indented by four spaces."""
    try:
        return orjson.dumps({"": [value]}, option=orjson.OPT_INDENT_2)[_HEAD:-_TAIL]
    except orjson.JSONEncodeError:
        return ("\n    " + json_text(value).replace("\n", "\n    ")).encode(_ENCODING, _ERRORS)


def _batch(batch: list[Any]) -> bytes:
    """The text of ``batch``'s items as items of a member's list; an item that is bytes (no
    JSON value is) is the text :func:`item_text` gave for a value, and written as it is."""
    if not any(isinstance(item, bytes) for item in batch):
        return _items(batch)
    pieces: list[bytes] = []
    values: list[Any] = []
    for item in batch:
        if not isinstance(item, bytes):
            values.append(item)
            continue
        if values:
            pieces.append(_items(values))
            values = []
        pieces.append(item)
    if values:
        pieces.append(_items(values))
    return b",".join(pieces)


def _items(batch: list[Any]) -> bytes:
    """The text of ``batch``'s items as items of a member's list: each on a new line,
    indented by four spaces, with a comma between them."""
    try:
        return orjson.dumps({"": batch}, option=orjson.OPT_INDENT_2)[_HEAD:-_TAIL]
    except orjson.JSONEncodeError:  # an item that only the standard library writes
        return b",".join(map(item_text, batch))


def json_chunks(members: Iterable[tuple[str, Any | Iterator[Any]]]) -> Iterator[bytes]:
    """The text :func:`json_text` gives for the object of ``members`` (name and value pairs,
    in order), in pieces of UTF-8 (a lone surrogate escaped): a value that is an
    iterator is written as a list, a batch of items at a time, so that the whole object is
    never held as values or as text. An item that is bytes is written as it is: the text
    :func:`item_text` gave for a value."""
    yield b"{"
    number = -1
    for number, (name, value) in enumerate(members):
        yield f"{',' if number else ''}\n  {json_text(name)}: ".encode(_ENCODING, _ERRORS)
        if not isinstance(value, Iterator):
            yield json_text(value).replace("\n", "\n  ").encode(_ENCODING, _ERRORS)
            continue
        empty = True
        while batch := list(itertools.islice(value, BATCH)):
            yield (b"[" if empty else b",") + _batch(batch)
            empty = False
        yield b"[]" if empty else b"\n  ]"
    yield b"}" if number < 0 else b"\n}"
