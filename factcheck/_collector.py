"""Pausing Python's cyclic garbage collector around work that makes many objects and next
to no cycles.

Reference counting frees such objects as soon as they are dropped; the cyclic collector's
passes, which start after every few hundred new objects, look at every young object (and, now
and then, at everything alive: the lexicons, the finders' caches) and find nothing to free.
Where the work is made of many small steps (rows of the cache, articles), the collector
runs between them, so cycles made by the work are still freed soon after.
"""

from __future__ import annotations

import contextlib
import gc

__all__ = ["collector_paused"]


class _Paused:
    """The context of :func:`collector_paused`: a class, since a generator-based context
    manager costs several times as much, and rows are unpacked by the ten thousand."""

    __slots__ = ("collecting", "keeping")

    def __init__(self, keeping: bool) -> None:
        self.keeping = keeping

    def __enter__(self) -> None:
        self.collecting = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if not self.collecting:
            return
        if self.keeping:
            # Frozen and thawed, every object joins the oldest generation, and the count of
            # new objects starts again from nought.
            gc.freeze()
            gc.unfreeze()
        gc.enable()


def collector_paused(*, keeping: bool = False) -> contextlib.AbstractContextManager[None]:
    """Pause Python's cyclic garbage collector (reference counting goes on), and restore
    it as it was: for work that makes many objects that live on, and few cycles.

    Resumed, the collector's next pass looks at every object made while it was paused. With
    ``keeping``, those objects join the oldest generation instead, which only a full pass
    looks at: for a process that keeps what the work made to its end (the command, whose
    first pass after its check looked at the whole report: 0.15 s of a warm re-check of
    10k articles). Not for a library call: it also thaws what the process had frozen."""
    return _Paused(keeping)
