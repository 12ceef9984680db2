"""Segmentation: paragraphs and sentences, as spans of a document's text.

A blank line always ends a paragraph. In a text that has blank lines, a single line break is a
wrap inside a paragraph unless it ends a short line with no final punctuation (a headline); in
one without, a line that ends a sentence ends its paragraph, so one-line-per-paragraph files
segment as well as hard-wrapped ones. A sentence ends at
``.``, ``!``, ``?`` or an ellipsis (and any closing quotes or brackets) followed by space and a
character that can start a sentence, except after titles ("Mr.", "Gen."), initials ("Joseph L.
Votel") and abbreviations ("U.S.", "a.m.") unless the next word usually starts a sentence.
A dateline that opens a paragraph ("HARROW FALLS - ") is a sentence of its own.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any

import attrs

from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Span, trusted_builder, trusted_spans
from factcheck._words import Words

__all__ = ["Segments", "headline", "segment", "sentence_bounds"]

_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE_BREAK = re.compile(r"\r?\n")
_TERMINALS = frozenset(".!?…:;")
_CLOSERS = "\"'”’»)]"
#: Lines shorter than this, with no final punctuation, stand alone (headlines, datelines).
_SHORT_LINE = 60
#: A mark that may end a sentence: ``.``, ``!``, ``?`` (or a run of them), an ellipsis, or
#: ". . ."; then closing quotes and brackets, space, and the next character. Written to start
#: with one set of characters, so that the engine skips to the next such character.
_CANDIDATE = re.compile(r"[.!?…](?:(?<=[.!?])[.!?]*|(?<=…)|(?<=\.)\s\.\s\.)[\"'”’»)\]]*(?=\s+(\S))")


#: A dateline that opens a paragraph, before the story's first sentence: a place in capitals,
#: perhaps a state, a date or an agency, and a dash ("HARROW FALLS - ", "LONDON, March 3
#: (Reuters) - ", "WASHINGTON (AP) — "). It is a sentence of its own: the story's first
#: sentence opens after it.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z.'’-]*(?:[ \t]+[A-Z][A-Z.'’-]*)*)"
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?"
    r"(?:[ \t]+\([\w .&/-]{1,30}\))?"
    r"[ \t]+(?P<dash>[-—–]{1,2})[ \t]+(?=\S)"
)


@attrs.frozen(kw_only=True, eq=False)
class Segments:
    """The paragraphs, sentences and words of a text, in order."""

    paragraphs: tuple[Span, ...]
    sentences: tuple[Span, ...]
    words: Words
    # Lists, not arrays: bisect reads a list's items as they are, where it makes an int of
    # each item of an array it looks at (a lookup costs two thirds as much).
    _paragraph_starts: list[int] = attrs.field(init=False)
    _sentence_starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_paragraph_starts", [p.start for p in self.paragraphs])
        object.__setattr__(self, "_sentence_starts", [s.start for s in self.sentences])

    def sentence_at(self, offset: int) -> int:
        """The index of the sentence that contains (or last began before) ``offset``."""
        return max(bisect.bisect_right(self._sentence_starts, offset) - 1, 0)

    def paragraph_at(self, offset: int) -> int:
        """The index of the paragraph that contains (or last began before) ``offset``."""
        return max(bisect.bisect_right(self._paragraph_starts, offset) - 1, 0)


@attrs.frozen(kw_only=True, eq=False)
class _Abbreviations:
    titles: frozenset[str]
    others: frozenset[str]
    before_numbers: frozenset[str]
    starters: frozenset[str]


def _words(lexicon: Lexicon, table: Mapping[str, Any], key: str) -> frozenset[str]:
    words = table.get(key, [])
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise lexicon.error(("text", "abbreviations", key), "must be a list of words")
    return frozenset(words)


@functools.cache
def _abbreviations(lexicon: Lexicon) -> _Abbreviations:
    table = lexicon.table("text").get("abbreviations", {})
    return _Abbreviations(
        titles=_words(lexicon, table, "titles"),
        others=_words(lexicon, table, "others"),
        before_numbers=_words(lexicon, table, "before_numbers"),
        starters=_words(lexicon, table, "sentence_starters"),
    )


def _trimmed(text: str, start: int, end: int) -> tuple[int, int] | None:
    if start < end and not text[start].isspace() and not text[end - 1].isspace():
        return start, end  # most paragraphs: nothing to trim, no copy to make
    piece = text[start:end]
    kept = piece.lstrip()
    start += len(piece) - len(kept)
    kept = kept.rstrip()
    if not kept:
        return None
    return start, start + len(kept)


def _final(line: str) -> bool:
    """Whether ``line`` ends with final punctuation (and any closing quotes or brackets)."""
    return line.rstrip().rstrip(_CLOSERS)[-1:] in _TERMINALS


def headline(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``[start, end)`` of ``text`` is a line of its own with no final
    punctuation: a headline ("Irish troops to leave Lebanon in October")."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end]
    alone = not text[line_start:start].strip(" \t#") and not text[end:line_end].strip()
    return alone and bool(line.strip()) and not _final(line)


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    blocks = [(m.start(), m.end()) for m in _BLANK_LINES.finditer(text)]
    # A text that separates paragraphs with blank lines wraps lines inside them; one without
    # blank lines puts a paragraph on each line that ends a sentence.
    wrapped = bool(blocks)
    block_start = 0
    for block_end, next_start in [*blocks, (len(text), len(text))]:
        start = block_start
        # Most blocks are one line: no line breaks to look at.
        breaks = _LINE_BREAK.finditer(text, block_start, block_end)
        for line_break in breaks if text.find("\n", block_start, block_end) >= 0 else ():
            line = text[start : line_break.start()]
            final = _final(line)
            if (final and not wrapped) or (len(line.strip()) < _SHORT_LINE and not final):
                span = _trimmed(text, start, line_break.start())
                if span is not None:
                    yield span
                start = line_break.end()
        span = _trimmed(text, start, block_end)
        if span is not None:
            yield span
        block_start = next_start


def _word_before(text: str, start: int, end: int) -> str:
    """The word that ends at ``end`` (the mark), without opening quotes or brackets."""
    # Back to the last plain space with one search, not a step per character; a word with
    # no other kind of space in it is printable (line breaks and other spaces are not).
    word = text[text.rfind(" ", start, end) + 1 or start : end]
    if not word.isprintable():
        begin = len(word)
        while begin and not word[begin - 1].isspace():
            begin -= 1
        word = word[begin:]
    return word.lstrip("\"'“‘«([")


_NEXT_WORD = re.compile(r"[\"'“‘«(\[]*([\w’'-]+)")


def _next_word(text: str, start: int) -> str:
    match = _NEXT_WORD.match(text, start, start + 40)
    return match.group(1) if match else ""


_ABBREVIATED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")


def _ends_sentence(text: str, paragraph: int, mark: re.Match[str], known: _Abbreviations) -> bool:
    """Whether ``mark``, in the paragraph that starts at ``paragraph``, ends a sentence."""
    next_char = mark.group(1)
    if next_char.islower():
        return False
    end = mark.start()
    if text[end] != ".":
        return True
    word = _word_before(text, paragraph, end)
    if not word:
        return True
    if word in known.titles:
        return False
    if word in known.before_numbers and next_char.isdigit():
        return False
    is_initial = len(word) == 1 and word.isupper()
    # An abbreviation has periods: most words before a period need no match to say no.
    if word in known.others or is_initial or ("." in word and _ABBREVIATED.fullmatch(word)):
        return _next_word(text, mark.start(1)) in known.starters
    return True


def _sentences(
    text: str, paragraphs: list[tuple[int, int]], known: _Abbreviations
) -> tuple[list[int], list[int]]:
    """Where the sentences of ``paragraphs`` start, and where they end."""
    starts: list[int] = []
    ends: list[int] = []
    for paragraph, paragraph_end in paragraphs:
        # Nothing to trim: a paragraph starts and ends with no space, a mark ends with no
        # space, and the next sentence starts at the character the mark looked ahead to.
        start = paragraph
        dateline = _DATELINE.match(text, paragraph, paragraph_end)
        if dateline is not None and sum(map(str.isupper, dateline["place"])) >= 3:
            starts.append(paragraph)
            ends.append(dateline.end("dash"))
            start = dateline.end()
        for mark in _CANDIDATE.finditer(text, start, paragraph_end):
            if _ends_sentence(text, paragraph, mark, known):
                starts.append(start)
                ends.append(mark.end())
                start = mark.start(1)
        starts.append(start)
        ends.append(paragraph_end)
    return starts, ends


def sentence_bounds(text: str, *, lexicon: Lexicon | None = None) -> tuple[list[int], list[int]]:
    """Where the sentences of ``text`` start, and where they end (as :func:`segment` finds
    them), without the rest of its work: for a stage that reads a text alone."""
    known = _abbreviations(lexicon or default_lexicon())
    return _sentences(text, list(_paragraphs(text)), known)


def segment(text: str, *, lexicon: Lexicon | None = None) -> Segments:
    """The paragraphs and sentences of ``text``."""
    known = _abbreviations(lexicon or default_lexicon())
    paragraphs = list(_paragraphs(text))
    starts, ends = _sentences(text, paragraphs, known)
    paragraph_starts, paragraph_ends = (
        [start for start, _ in paragraphs],
        [end for _, end in paragraphs],
    )
    # The starts are at hand: not read back from the spans.
    segments: Segments = _BUILD_SEGMENTS(
        trusted_spans(paragraph_starts, paragraph_ends),
        trusted_spans(starts, ends),
        Words.of(text),
        paragraph_starts,
        starts,
    )
    return segments


_BUILD_SEGMENTS = trusted_builder(Segments)
