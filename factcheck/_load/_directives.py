"""Inline suppressions: the ``factcheck: ignore`` comments of a file, found while loading it.

Two forms, in any format::

    <!-- factcheck: ignore FC201, quote-drift -- the CEO corrected this on air -->
    factcheck: ignore FC201

The first is a Markdown or HTML comment (in Markdown, not one inside a code block); the second
a line of its own, for plain text, which has no comments. Each lists rule codes or names (none:
every rule) and may give a reason after ``--``. The loaders blank or drop comments, so they
are looked for here, in the source, before that happens; what a suppression covers is decided
when findings are checked (the paragraph after it, as the segmenter sees paragraphs).
"""

from __future__ import annotations

import re

from factcheck._load._base import Parsed
from factcheck._load._markdown import _MARKUP
from factcheck._model import Suppression

__all__ = ["find_suppressions"]

_DIRECTIVE = r"factcheck:[ \t]*ignore\b(?P<body>{body})"
_COMMENT = re.compile(
    r"<!--[ \t\r\n]*" + _DIRECTIVE.format(body=r".*?") + r"-->", re.IGNORECASE | re.DOTALL
)
_LINE = re.compile(
    r"^[ \t]*" + _DIRECTIVE.format(body=r"[^\n]*") + r"$", re.IGNORECASE | re.MULTILINE
)
_RULE = re.compile(r"[^\s,]+")
_ANY = re.compile(r"factcheck:[ \t]*ignore", re.IGNORECASE)


def _suppression(body: str, *, start: int, offset: int) -> Suppression:
    rules, _, reason = body.partition("--")
    return Suppression(
        rules=tuple(_RULE.findall(rules)),
        start=start,
        offset=offset,
        reason=" ".join(reason.split()) or None,
    )


def _comments(source: str, format: str, parsed: Parsed) -> list[re.Match[str]]:
    if format != "markdown":
        return list(_COMMENT.finditer(source))
    # The Markdown loader's own scan tells comments from code that shows one.
    body = parsed.source_map.source_starts[0]
    found = []
    for markup in _MARKUP.finditer(source, body):
        match = _COMMENT.fullmatch(source, markup.start(), markup.end())
        if match is not None:
            found.append(match)
    return found


def find_suppressions(source: str, format: str, parsed: Parsed) -> tuple[Suppression, ...]:
    """The suppressions in ``source``, read as ``format`` into ``parsed``, in file order."""
    # The common case, at the cost of one pass: a directive's "factchec" can only be written
    # in ASCII letters (only its "k" matches another character, the Kelvin sign, ignoring
    # case), so a source whose UTF-8 bytes, ASCII-lowercased, lack it has none; that test
    # costs a sixth of the search.
    if b"factchec" not in source.encode("utf-8", "surrogatepass").lower():
        return ()
    if _ANY.search(source) is None:
        return ()
    text, source_map = parsed.text, parsed.source_map
    found = [
        _suppression(
            match["body"],
            start=min(source_map.text_offset(match.end()), len(text)),
            offset=match.start(),
        )
        for match in _comments(source, format, parsed)
    ]
    found.extend(
        _suppression(
            match["body"], start=match.end(), offset=source_map.source_offset(match.start())
        )
        for match in _LINE.finditer(text)
    )
    return tuple(sorted(found, key=lambda suppression: suppression.offset))
