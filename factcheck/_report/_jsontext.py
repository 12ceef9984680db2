"""JSON text of a report, indented by two spaces.

The standard library's C encoder does not indent: with ``indent`` it falls back to Python
generators, one call per value, which took 2.2 s of a warm re-check of 10k articles (a 55 MB
report). orjson writes the same text in C. A value orjson does not write (an integer beyond
64 bits, a string with a lone surrogate, a key that is not a string) is written by
:func:`json.dumps`.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

__all__ = ["json_text"]


def json_text(value: Any) -> str:
    """``value`` as JSON text, indented by two spaces, non-ASCII characters as they are."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()
    except orjson.JSONEncodeError:
        return json.dumps(value, indent=2, ensure_ascii=False)
