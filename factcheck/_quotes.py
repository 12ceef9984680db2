"""Quotations: where quoted words begin and end, across sentences and paragraphs.

Curly marks say which way they face; a straight mark opens when it follows space or an opening
bracket and closes otherwise. A single mark before a word ending split off its word ("Peshawar
's", as tokenized text writes it) is an apostrophe. A single curly ’ closes a single quote only
when a quote is open and no letter follows (else it is an apostrophe). A quote left open at the
end of a paragraph continues when the next paragraph opens with a quotation mark (the news
convention for a quote of several paragraphs); otherwise it ends with its paragraph.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Mapping
from typing import Any

import attrs

from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Span, trusted_span
from factcheck._segment import Segments

__all__ = ["Quote", "find_quotes"]


@attrs.frozen(kw_only=True)
class Quote:
    """One run of quoted words within a paragraph.

    ``span`` includes the marks and ``content`` excludes them. A quote of several paragraphs is
    one ``Quote`` per paragraph, sharing a ``group`` number; ``closed`` is false when the text
    never closes the quote.
    """

    span: Span
    content: Span
    group: int
    closed: bool = True


@attrs.frozen(kw_only=True, eq=False)
class _Marks:
    opening: Mapping[str, str]  # opening mark → its closing mark
    closing: frozenset[str]
    straight: frozenset[str]  # marks that open and close themselves
    single: frozenset[str]
    characters: str  # every mark, in code point order


@functools.cache
def _marks(lexicon: Lexicon) -> _Marks:
    table: Mapping[str, Any] = lexicon.table("text").get("quotes", {})
    opening: dict[str, str] = {}
    single: set[str] = set()
    for family in ("double", "single"):
        pairs = table.get(family, [])
        for pair in pairs:
            if not (
                isinstance(pair, list)
                and len(pair) == 2
                and all(isinstance(mark, str) and len(mark) == 1 for mark in pair)
            ):
                raise lexicon.error(("text", "quotes", family), "each entry is [opening, closing]")
            opening.setdefault(pair[0], pair[1])
            if family == "single":
                single.update(pair)
    closing = frozenset(opening.values())
    straight = frozenset(mark for mark, close in opening.items() if mark == close)
    characters = "".join(sorted(set(opening) | closing))
    return _Marks(
        opening=opening,
        closing=closing,
        straight=straight,
        single=frozenset(single),
        characters=characters,
    )


#: What follows an apostrophe that ends a word split off from it ("Peshawar 's", "they 're").
_DETACHED_ENDING = re.compile(r"(?:s|re|ll|ve|d|m)(?![^\W\d_])", re.IGNORECASE)


def _faces_right(text: str, index: int) -> bool:
    """Whether a straight mark at ``index`` opens: space or a bracket before, a word after."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    return (before.isspace() or before in "([{—–-:/") and not after.isspace()


def _action(text: str, at: int, stack: list[tuple[str, int]], marks: _Marks) -> str | None:
    """Whether the mark at ``at`` opens a quote, closes the innermost one, or neither."""
    mark = text[at]
    closes = bool(stack) and marks.opening[stack[-1][0]] == mark
    letter_before = at > 0 and text[at - 1].isalnum()
    letter_after = at + 1 < len(text) and text[at + 1].isalnum()
    if mark in marks.single and letter_before and letter_after:
        return None  # an apostrophe: "it's", "the ferry’s"
    if mark in marks.single and _DETACHED_ENDING.match(text, at + 1):
        return None  # an ending split off its word, as tokenized text has it: "Peshawar 's"
    if mark in marks.straight:
        if closes:
            return "close"
        if _faces_right(text, at) and (mark not in marks.single or text[at + 1].isalpha()):
            return "open"
        return None
    if closes:
        return "close"
    if mark in marks.opening and not (mark in marks.single and letter_before):
        return "open"
    return None


def _offsets(text: str, characters: str) -> list[int]:
    """Where each of ``characters`` is in ``text``, in order.

    ``str.find`` runs through a text for one character several times faster than a regular
    expression for a class of them, and the marks are few.
    """
    found: list[int] = []
    for character in characters:
        at = text.find(character)
        while at != -1:
            found.append(at)
            at = text.find(character, at + 1)
    found.sort()
    return found


def find_quotes(text: str, segments: Segments, *, lexicon: Lexicon | None = None) -> list[Quote]:
    """The quotations in ``text``, paragraph by paragraph, in order."""
    marks = _marks(lexicon or default_lexicon())
    offsets = _offsets(text, marks.characters)
    quotes: list[Quote] = []
    group = -1
    carried = False  # the previous paragraph ended inside a double quote
    single = marks.single
    for paragraph in segments.paragraphs:
        first = text[paragraph.start]
        continues = carried and first in marks.opening and first not in marks.single
        stack: list[tuple[str, int]] = []  # open marks and their offsets, innermost last
        low = bisect.bisect_left(offsets, paragraph.start)
        for at in offsets[low : bisect.bisect_left(offsets, paragraph.end, low)]:
            if (
                text[at] in single
                and text[at - 1 : at].isalnum()
                and text[at + 1 : at + 2].isalnum()
            ):
                continue  # an apostrophe inside a word ("it's"), the most common mark by far
            action = _action(text, at, stack, marks)
            if action == "open":
                stack.append((text[at], at))
            elif action == "close":
                _, start = stack.pop()
                if stack:
                    continue  # a quote inside a quote belongs to the outer one
                group += 0 if continues else 1
                continues = False
                end = at
                # A mark opens before it closes: the spans are in order, with no check to run.
                quotes.append(
                    Quote(
                        span=trusted_span(start, end + 1),
                        content=trusted_span(start + 1, end),
                        group=group,
                    )
                )
        carried = bool(stack)
        if stack:
            mark, start = stack[0]
            group += 0 if continues else 1
            quotes.append(
                Quote(
                    span=Span(start=start, end=paragraph.end),
                    content=Span(start=start + 1, end=paragraph.end),
                    group=group,
                    closed=False,
                )
            )
            carried = mark not in marks.single
    return quotes
