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

    __slots__ = ("collecting",)

    def __enter__(self) -> None:
        self.collecting = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if self.collecting:
            gc.enable()


def collector_paused() -> contextlib.AbstractContextManager[None]:
    """Pause Python's cyclic garbage collector (reference counting goes on), and restore
    it as it was: for work that makes many objects that live on, and few cycles."""
    return _Paused()
