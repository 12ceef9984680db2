"""Reading many inputs: from the extraction cache, in this process, or in worker processes.

Each input is loaded and extracted on its own, so the result does not depend on where: one
process or many, from the cache or afresh. Results keep the order of the inputs.

Workers are started with ``spawn`` on every platform (a process forked from one that runs
threads can deadlock); each reads the configuration's lexicon once and sends back its
extractions as cache payloads (:func:`factcheck._cache.encode`), which this process decodes
faster than pickle's own form of amounts and keeps in the cache as they are.
"""

from __future__ import annotations

import gc
import hashlib
import multiprocessing
import os
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor

import attrs

from factcheck._cache import (
    DIGEST_SIZE,
    Cache,
    Extracted,
    Outline,
    OutlineRow,
    decode,
    document_key,
    encode,
    file_key,
    file_signature,
    generation,
    outline_key,
)
from factcheck._claims import read
from factcheck._collector import collector_paused
from factcheck._config import Config
from factcheck._load import load
from factcheck._model import Document
from factcheck.errors import InputError

__all__ = ["Item", "Outcome", "extract_all", "extract_one"]

#: An input: a document, or the path of a file to load.
Item = Document | str | os.PathLike[str]
#: What became of an input: its extraction (or its outline, when the caller asked for
#: outlines and the cache holds one), or why its file could not be read.
Outcome = Extracted | Outline | InputError

#: Inputs given to a worker at a time, at most: fewer when there are few per worker.
CHUNK = 16
#: How long ago, in nanoseconds, a file must have last changed for the cache to keep its
#: signature: a file changed again within one tick of a coarse clock (two seconds on FAT)
#: keeps its times and maybe its size, so a file that changed more recently is read at each
#: check until it has settled (git calls such a file "racily clean").
SETTLED_NS = 2_000_000_000


def _digest(path: str | os.PathLike[str]) -> bytes | None:
    """The BLAKE2b digest (32 bytes) of the file's bytes; ``None`` when it cannot be read.
    A warm re-check digests every file: over 10k articles SHA-256 took 0.28 s and BLAKE2b
    0.14 s, and reading a file whole costs less than :func:`hashlib.file_digest`, which
    makes a buffer of 256 KiB for each (loading the file reads it whole anyway)."""
    try:
        with open(path, "rb", buffering=0) as handle:
            return hashlib.blake2b(handle.readall(), digest_size=DIGEST_SIZE).digest()
    except OSError:
        return None


def _dated(document: Document, config: Config) -> Document:
    """``document``, given the configuration's publication date when it has none."""
    if document.published is None and config.published is not None:
        return attrs.evolve(document, published=config.published)
    return document


def extract_one(
    item: Item, config: Config, *, encoded: bool
) -> tuple[Extracted | InputError, bytes | None]:
    """What ``item`` holds, read with ``config``'s lexicon and publication date; with the
    payload that keeps it (``None`` for an unreadable file, or when not ``encoded``)."""
    if isinstance(item, Document):
        document = _dated(item, config)
    else:
        try:
            document = _dated(load(item, published=None), config)
        except InputError as error:
            return error, None
    extraction = read(document, lexicon=config.lexicon())
    # Only suppressions need paragraphs: they accept findings in the paragraph they precede.
    paragraphs = extraction.segments.paragraphs if document.suppressions else ()
    outcome = Extracted(document=document, claims=extraction.claims, paragraphs=paragraphs)
    if not encoded:
        return outcome, None
    return outcome, encode(
        None if isinstance(item, Document) else document, outcome.claims, paragraphs
    )


#: The configuration of a worker process, set when it starts.
_WORKER_CONFIG: Config | None = None


#: Whether this worker has read an input yet (see :func:`_work`).
_WORKER_STARTED = False


def _start_worker(config: Config) -> None:
    global _WORKER_CONFIG
    _WORKER_CONFIG = config


def _extract_digested(
    item: Item, unread: bool, config: Config, *, encoded: bool
) -> tuple[Extracted | InputError, bytes | None, _Digests]:
    """What :func:`extract_one` gives for ``item``, and the digests of its file's bytes
    before it was read (when it is ``unread``: no digest of it was taken) and after; no
    digests for a document."""
    if isinstance(item, Document):
        return *extract_one(item, config, encoded=encoded), (None, None)
    before = _digest(item) if unread else None
    outcome, payload = extract_one(item, config, encoded=encoded)
    return outcome, payload, (before, _digest(item))


def _work(job: tuple[Item, bool]) -> tuple[InputError | None, bytes | None, _Digests]:
    """In a worker: why the file of an item cannot be read, or the payload of its
    extraction; and the digests of the file (:func:`_extract_digested`)."""
    assert _WORKER_CONFIG is not None, "the pool's initializer sets the configuration"
    # Loading, reading and encoding make objects that die together when the item is done:
    # the collector, run between items only, finds their few cycles when the next starts
    # (its passes over extractions still alive made the collector's share of a worker's
    # time 8.5%; it is 2% now).
    global _WORKER_STARTED
    item, unread = job
    with collector_paused():
        outcome, payload, digests = _extract_digested(item, unread, _WORKER_CONFIG, encoded=True)
    if not _WORKER_STARTED:
        # What the first input built (the lexicon's tables, the unit registry, the grammars)
        # lives as long as the worker: the collector's full passes leave it alone from now
        # on (they took 3% of a worker's time, under 1% after).
        _WORKER_STARTED = True
        gc.freeze()
    return (outcome if isinstance(outcome, InputError) else None), payload, digests


def _extract_many(
    jobs: Sequence[tuple[Item, bool]], config: Config, *, workers: int, encoded: bool
) -> Iterator[tuple[Extracted | InputError, bytes | None, _Digests]]:
    """The outcome, payload and file digests (:func:`_extract_digested`) of each item, in
    order; a job is an item and whether it is unread."""
    if workers <= 1 or len(jobs) <= 1:
        for item, unread in jobs:
            yield _extract_digested(item, unread, config, encoded=encoded)
        return
    workers = min(workers, len(jobs))
    chunk = max(1, min(CHUNK, len(jobs) // (4 * workers)))
    with ProcessPoolExecutor(
        max_workers=workers,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_start_worker,
        initargs=(config,),
    ) as pool:
        for (item, _), (error, payload, digests) in zip(
            jobs, pool.map(_work, jobs, chunksize=chunk), strict=True
        ):
            if error is not None:
                yield error, None, digests
                continue
            assert payload is not None
            document, claims, paragraphs = decode(payload)
            if document is None:
                assert isinstance(item, Document)
                document = _dated(item, config)
            extracted = Extracted(document=document, claims=claims, paragraphs=paragraphs)
            yield extracted, payload, digests


def extract_all(
    items: Sequence[Item],
    *,
    config: Config,
    workers: int = 1,
    progress: Callable[[Document], object] | None = None,
    cache: Cache | None = None,
    outlines: bytes | None = None,
    condense: Callable[[Extracted], Extracted | Outline] | None = None,
) -> list[Outcome]:
    """What each of ``items`` holds, in order: from the cache in ``config``'s cache folder
    (or ``cache``, open already) when it holds the input, else extracted (in ``workers``
    processes) and kept there. With ``outlines`` (the digest of the rules that group the
    claims), an input whose outline the cache holds gives its :class:`Outline`, not its
    claims. ``condense`` gives what to keep of an input read in full (extracted, or its
    claims read from the cache) as soon as it is read (all of it, by default): a large
    archive's claims need not be held all at once.

    ``progress`` is called with each document once it is read.
    """
    if cache is not None:
        return _outcomes(items, config, workers, cache, progress, outlines, condense)
    folder = config.cache_folder()
    if folder is None:
        return _outcomes(items, config, workers, None, progress, outlines, condense)
    with Cache(folder, generation(config.lexicon())) as cache:
        return _outcomes(items, config, workers, cache, progress, outlines, condense)


def _outcomes(
    items: Sequence[Item],
    config: Config,
    workers: int,
    cache: Cache | None,
    progress: Callable[[Document], object] | None,
    outlines: bytes | None,
    condense: Callable[[Extracted], Extracted | Outline] | None,
) -> list[Outcome]:
    outcomes: list[Outcome | None] = [None] * len(items)
    missing: list[tuple[int, _Key | _Unread | None]] = []
    # Rows restored one after another make millions of objects that live on, and no cycles:
    # with the collector running between rows, its full passes over everything restored so
    # far cost a quarter of a warm read of 10k articles (unpack pauses it within a row).
    with collector_paused():
        # A file's name as text, once: pathlib makes it again at each use.
        sources = [item if isinstance(item, Document) else os.fspath(item) for item in items]
        keys = _keys(cache, sources, config)
        held: dict[bytes, Outline] = {}
        if cache is not None and outlines is not None:
            held = _outlines(cache, sources, keys, outlines, config)
        for index, source in enumerate(sources):
            key = keys[index]
            found: Extracted | Outline | None = None
            if isinstance(key, tuple) and cache is not None:
                found = held.get(key[0]) or _extracted(cache, source, key[0], config)
            if found is None:
                missing.append((index, key))
                continue
            if condense is not None and isinstance(found, Extracted):
                found = condense(found)
            outcomes[index] = found
            if progress is not None:
                progress(found.document)
    extracted = _extract_many(
        [(items[index], isinstance(key, _Unread)) for index, key in missing],
        config,
        workers=workers,
        encoded=cache is not None and cache.usable,
    )
    # What is kept of each input lives on to the end: the collector's passes over all of it
    # took a fifth of this process's time in a check of 10k articles, and freed nothing.
    # Reading makes no cycles (tests/test_workers.py holds it to that), so none build up.
    with collector_paused():
        for (index, key), (outcome, payload, (before, after)) in zip(
            missing, extracted, strict=True
        ):
            outcomes[index] = outcome
            if isinstance(outcome, InputError):
                continue
            if isinstance(key, _Unread):
                name = sources[index]
                assert cache is not None and isinstance(name, str), "only files through a cache"
                key = _read_key(cache, name, key, before, after, config)
            # A file that changed while it was read is not kept under its old bytes' key.
            if cache is not None and payload is not None and key is not None and key[1] == after:
                cache.put(key[0], payload)
                outcome = attrs.evolve(outcome, key=key[0])
            kept = outcome if condense is None else condense(outcome)
            outcomes[index] = kept
            if progress is not None:
                progress(kept.document)
    done = [outcome for outcome in outcomes if outcome is not None]
    assert len(done) == len(items), "every input has an outcome"
    return done


#: An input's key in the cache, and the digest of its file's bytes (``None`` for a document).
_Key = tuple[bytes, bytes | None]
#: An input: a document, or the name of a file as given.
_Source = Document | str
#: The digests of an input's file before and after it was read (``None``: not taken).
_Digests = tuple[bytes | None, bytes | None]


@attrs.frozen
class _Unread:
    """A file the cache keeps no digest of, as it has not read it before, and so no
    extraction of: its bytes are digested where they are read, not first here too (a first
    check of 100k articles read each file twice, and spent 10 s reading them here while the
    workers waited). Its ``signature`` is taken here, before that, and kept with its digest
    if it had ``settled`` (:data:`SETTLED_NS`)."""

    signature: bytes
    settled: bool


def _keys(
    cache: Cache | None, sources: list[_Source], config: Config
) -> list[_Key | _Unread | None]:
    """The key of each input in the cache (``None`` when the cache cannot be used, or the
    file cannot be read: loading it says why), or what stands for it until it is read."""
    if cache is None or not cache.usable:
        return [None] * len(sources)
    kept = cache.file_digests([source for source in sources if isinstance(source, str)])
    now = time.time_ns()
    keys: list[_Key | _Unread | None] = []
    for source in sources:
        if isinstance(source, Document):
            keys.append((document_key(cache.generation, _dated(source, config)), None))
            continue
        try:
            status = os.stat(source)
        except OSError:
            keys.append(None)
            continue
        signature = file_signature(status)
        settled = now - max(status.st_mtime_ns, status.st_ctime_ns) >= SETTLED_NS
        held = kept.get(source)
        if held is None:
            keys.append(_Unread(signature, settled))
            continue
        digest = held[1] if held[0] == signature else _digest(source)
        if digest is None:
            keys.append(None)
            continue
        if held[0] != signature and settled:
            cache.keep_file_digest(source, signature, digest)
        keys.append((file_key(cache.generation, source, config.published, digest), digest))
    return keys


def _read_key(
    cache: Cache,
    name: str,
    unread: _Unread,
    before: bytes | None,
    after: bytes | None,
    config: Config,
) -> _Key | None:
    """The key of the file ``name``, read as :class:`_Unread`, from the digests of its bytes
    ``before`` and ``after`` it was read (kept, with its signature once it has settled);
    ``None`` when it changed while it was read."""
    if before is None or before != after:
        return None
    cache.keep_file_digest(name, unread.signature if unread.settled else b"", before)
    return (file_key(cache.generation, name, config.published, before), before)


def _outlines(
    cache: Cache,
    sources: list[_Source],
    keys: list[_Key | _Unread | None],
    rules: bytes,
    config: Config,
) -> dict[bytes, Outline]:
    """The outlines the cache holds of the inputs (grouped by the rules whose digest is
    ``rules``), by the inputs' keys."""
    # One query for many rows costs less than one each (10k articles: 0.2 s less).
    wanted = {
        outline_key(key[0], rules): (source, key[0])
        for source, key in zip(sources, keys, strict=True)
        if isinstance(key, tuple)
    }
    held: dict[bytes, Outline] = {}
    for name, row in cache.outlines(list(wanted)).items():
        source, key = wanted[name]
        found = _outline(row, source, key, config)
        if found is not None:
            held[key] = found
    return held


def _kept_document(source: _Source, kept: Document | None, config: Config) -> Document | None:
    """The document of an input read from the cache: a document given as such (the cache
    keeps none for it), else the one kept, if it is the file's."""
    if isinstance(source, Document):
        return _dated(source, config)
    return kept if kept is not None and kept.id == source else None


def _outline(row: OutlineRow, source: _Source, key: bytes, config: Config) -> Outline | None:
    """The outline of an input (kept under ``key``) that ``row`` holds."""
    kept, paragraphs, count, groups = row
    document = _kept_document(source, kept, config)
    if document is None:
        return None
    return Outline(document=document, paragraphs=paragraphs, key=key, count=count, groups=groups)


def _extracted(cache: Cache, source: _Source, key: bytes, config: Config) -> Extracted | None:
    """The extraction of an input kept under ``key``, if the cache holds it."""
    found = cache.get(key)
    if found is None:
        return None
    kept, claims, paragraphs = found
    document = _kept_document(source, kept, config)
    if document is None:
        return None
    return Extracted(document=document, claims=claims, paragraphs=paragraphs, key=key)
