"""JSON text of a report, indented by two spaces.

The standard library's C encoder does not indent: with ``indent`` it falls back to Python
generators, one call per value, which took 2.2 s of a warm re-check of 10k articles (a 55 MB
report). orjson writes the same text in C. A value orjson does not write (an integer beyond
64 bits, a string with a lone surrogate, a key that is not a string) is written by
:func:`json.dumps`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

import orjson

__all__ = ["json_chunks", "json_text"]


def json_text(value: Any) -> str:
    """``value`` as JSON text, indented by two spaces, non-ASCII characters as they are."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, indent=2, ensure_ascii=False)


def json_chunks(members: Iterable[tuple[str, Any | Iterator[Any]]]) -> Iterator[str]:
    """The text :func:`json_text` gives for the object of ``members`` (name and value pairs,
    in order), in pieces: a value that is an iterator is written as a list, an item at a time,
    so that the whole object is never held as values or as text."""
    yield "{"
    number = -1
    for number, (name, value) in enumerate(members):
        yield f"{',' if number else ''}\n  {json_text(name)}: "
        if not isinstance(value, Iterator):
            yield json_text(value).replace("\n", "\n  ")
            continue
        empty = True
        for item in value:
            yield f"{'[' if empty else ','}\n    " + json_text(item).replace("\n", "\n    ")
            empty = False
        yield "[]" if empty else "\n  ]"
    yield "}" if number < 0 else "\n}"
