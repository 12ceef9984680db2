"""Building source maps: text assembled from pieces of a source, with each piece's origin."""

from __future__ import annotations

import bisect
from array import array

from factcheck._model import SourceMap

__all__ = ["TextBuilder", "compose", "line_starts"]


def line_starts(source: str) -> array[int]:
    """The offsets at which the lines of ``source`` begin."""
    return SourceMap.identity(source).line_starts


class TextBuilder:
    """Accumulates text from pieces of a source and remembers where each piece came from."""

    def __init__(self) -> None:
        self._pieces: list[str] = []
        self._length = 0
        self._text_starts = array("q")
        self._source_starts = array("q")
        self._tail = ""  # the last characters, to avoid piling up separators

    def __len__(self) -> int:
        return self._length

    def append(self, piece: str, source_offset: int) -> None:
        """Add ``piece``, whose first character sits at ``source_offset`` in the source."""
        if not piece:
            return
        starts, sources = self._text_starts, self._source_starts
        # A piece that continues the previous one in the source extends its run.
        contiguous = starts and sources[-1] + (self._length - starts[-1]) == source_offset
        if not contiguous:
            starts.append(self._length)
            sources.append(source_offset)
        self._pieces.append(piece)
        self._length += len(piece)
        self._tail = (self._tail + piece)[-8:]

    def ends_with(self, suffix: str) -> bool:
        """Whether the text so far ends with ``suffix`` (of at most 8 characters)."""
        return self._tail.endswith(suffix)

    def text(self) -> str:
        """The text built so far."""
        return "".join(self._pieces)

    def source_map(self, source: str, *, base: SourceMap | None = None) -> SourceMap:
        """The map from the text to ``source``; with ``base``, on through ``source`` to the file
        ``base`` maps it to (for text decoded from inside another text, as HTML in JSON)."""
        starts = self._text_starts if self._text_starts else array("q", [0])
        sources = self._source_starts if self._source_starts else array("q", [0])
        own = SourceMap(text_starts=starts, source_starts=sources, line_starts=line_starts(source))
        return own if base is None else compose(own, base)


def compose(inner: SourceMap, outer: SourceMap) -> SourceMap:
    """The map of text→file from ``inner`` (text→intermediate) and ``outer`` (intermediate→file)."""
    text_starts, source_starts = array("q"), array("q")
    runs = len(inner.text_starts)
    for run in range(runs):
        start = inner.text_starts[run]
        end = inner.text_starts[run + 1] if run + 1 < runs else None
        middle = inner.source_starts[run]
        middle_end = None if end is None else middle + (end - start)
        # Split this run wherever the outer map starts a new run inside it.
        first = bisect.bisect_right(outer.text_starts, middle) - 1
        last = (
            len(outer.text_starts)
            if middle_end is None
            else bisect.bisect_left(outer.text_starts, middle_end)
        )
        for outer_run in range(first, last):
            piece_middle = max(middle, outer.text_starts[outer_run])
            text_starts.append(start + piece_middle - middle)
            source_starts.append(outer.source_offset(piece_middle))
    return SourceMap(
        text_starts=text_starts, source_starts=source_starts, line_starts=outer.line_starts
    )
