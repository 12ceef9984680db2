"""Markdown with YAML (``---``) or TOML (``+++``) front matter.

The body's markup (headings, emphasis, links, images, code, HTML comments and tags) is replaced
by spaces rather than removed, so every character of the text keeps its offset in the file.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from typing import Any

import yaml

from factcheck._load._base import Parsed, with_metadata
from factcheck._model import InputProblem, SourceMap

__all__ = ["parse"]

_FENCES = {"---": "yaml", "+++": "toml"}
_OPENING = re.compile(r"\A(?P<fence>---|\+\+\+)[ \t]*\r?\n")

# Markup to blank out in the body. Each alternative is written so that it cannot run past a
# paragraph, which keeps the scan linear on unbalanced input.
_MARKUP = re.compile(
    r"<!--.*?(?:-->|\Z)"  # HTML comments (suppressions live here), even unclosed
    r"|^[ \t]*(?:```|~~~).*?(?:^[ \t]*(?:```|~~~)[^\n]*$|\Z)"  # fenced code blocks
    r"|^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+[^\n]*$"  # link reference definitions
    r"|!\[[^\]\n]*\]\([^)\n]*\)"  # images, alt text and all
    r"|\]\([^)\n]*\)|\]\[[^\]\n]*\]"  # the target half of links: "](url)" or "][ref]"
    r"|(?<![\w\\])\[(?=[^\]\n]*\](?:\(|\[))"  # the "[" that opens a link
    r"|<(?:https?://|mailto:)[^>\s]*>"  # autolinks
    r"|</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?/?>"  # inline HTML tags
    r"|^[ \t]{0,3}#{1,6}(?=[ \t])|[ \t]+#+[ \t]*$"  # ATX heading markers
    r"|^[ \t]{0,3}(?:>[ \t]?)+"  # block quote markers
    r"|^[ \t]*(?:[-*+]|\d{1,9}[.)])(?=[ \t])"  # list item markers
    r"|^[ \t]{0,3}(?:[-*_][ \t]*){3,}$"  # thematic breaks
    r"|^[=-]{2,}[ \t]*$"  # setext underlines
    r"|\*\*|__(?=\w)|(?<=\w)__|(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])"  # emphasis
    r"|(?<!\w)_(?=[^\s_])|(?<=[^\s_])_(?!\w)|~~|`+",
    re.MULTILINE | re.DOTALL,
)


def _blank(match: re.Match[str]) -> str:
    return re.sub(r"[^\n]", " ", match.group())


def _front_matter(source: str) -> tuple[int, Mapping[str, Any], list[InputProblem]]:
    """Where the body starts, the front matter's values, and what was wrong with it."""
    opening = _OPENING.match(source)
    if opening is None:
        return 0, {}, []
    fence = opening.group("fence")
    closing = re.compile(rf"^(?:{re.escape(fence)}|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.MULTILINE)
    end = closing.search(source, opening.end())
    if end is None:
        problem = InputProblem(
            code="malformed-front-matter",
            message=f"front matter opened with {fence!r} is never closed; read as text",
            offset=0,
        )
        return 0, {}, [problem]
    raw = source[opening.end() : end.start()]
    try:
        metadata = yaml.safe_load(raw) if _FENCES[fence] == "yaml" else tomllib.loads(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError, RecursionError) as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        reason = " ".join(str(getattr(error, "problem", None) or error).split())
        # A title with a colon in it ("title: Spill: agency gives first figures") is the
        # commonest slip: its lines are still read, each key up to its first colon.
        lines = _plain_lines(raw) if _FENCES[fence] == "yaml" else {}
        kept = "; its lines were read as key: value" if lines else ""
        problem = InputProblem(
            code="malformed-front-matter",
            message=f"front matter is not valid {_FENCES[fence].upper()}{where}: {reason}{kept}",
            offset=0,
        )
        return end.end(), lines, [problem]
    if metadata is None:
        metadata = {}
    if not isinstance(metadata, Mapping):
        problem = InputProblem(
            code="malformed-front-matter",
            message="front matter is not a mapping of keys to values",
            offset=0,
        )
        return end.end(), {}, [problem]
    return end.end(), metadata, []


#: What opens a YAML value that is more than text: a list, a mapping, a block, an anchor.
_STRUCTURE = frozenset("[{|>&*!")
#: A line of front matter as "key: value": a key of letters, digits, "_" or "-" at the start of
#: the line, and the value after its first colon.
_PLAIN_LINE = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]+(\S.*?)[ \t]*$", re.MULTILINE)


def _plain_lines(raw: str) -> dict[str, str]:
    """The ``key: value`` lines of front matter YAML cannot read, each value as written
    without the quotes around it; none when a line is indented, has no such key or a value
    opens a structure (nested or otherwise structured YAML, which a line cannot stand for)."""
    lines = [
        line for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")
    ]
    found = {match.group(1): match.group(2) for match in _PLAIN_LINE.finditer(raw)}
    if len(found) != len(lines) or any(value[0] in _STRUCTURE for value in found.values()):
        return {}
    return {key: value.strip("\"'") for key, value in found.items()}


def parse(source: str, *, label: str) -> Parsed:
    """The body with its markup blanked out, and the front matter's metadata."""
    start, metadata, problems = _front_matter(source)
    text = _MARKUP.sub(_blank, source[start:])
    return with_metadata(
        text, SourceMap.shifted(source, start), metadata, problems, where="front matter"
    )
