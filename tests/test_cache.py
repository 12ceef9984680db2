"""The extraction cache: hits equal fresh extraction, and a damaged, locked, stale or
unwritable cache is rebuilt or bypassed, never trusted."""

from __future__ import annotations

import datetime as dt
import json
import os
import pickle
import sqlite3
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from unittest import mock

import attrs
import pytest
from conftest import Archive
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import Config
from factcheck import _cache as cache_module
from factcheck import _check as check_module
from factcheck import _engine as engine
from factcheck import _parallel as parallel
from factcheck import strategies as fst
from factcheck._accept import write_baseline
from factcheck._cache import FILE, Cache, CacheWarning, decode, encode
from factcheck._claims import read
from factcheck._engine import PAIRWISE_LIMIT
from factcheck._report._json import report_sections
from factcheck._report._jsontext import json_chunks
from factcheck.errors import ConfigError

pytest_plugins = ["pytester"]


def _json(report: factcheck.Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)


@pytest.fixture
def extracted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the documents extracted (not found in the cache) from now on."""
    ids: list[str] = []

    def counting(document: factcheck.Document, **options: object) -> object:
        ids.append(document.id)
        return read(document, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "read", counting)
    return ids


def _cached(archive: Archive) -> Config:
    return attrs.evolve(archive.config, cache_dir=archive.folder / "cache")


@given(st.lists(fst.claims(), max_size=6), st.lists(fst.spans(), max_size=3))
# The first amount drawn builds pint's registry, which takes a second.
@settings(max_examples=60, suppress_health_check=[HealthCheck.too_slow])
def test_payloads_round_trip(claims: list[factcheck.Claim], spans: list[factcheck.Span]) -> None:
    """Any claims and paragraphs come back from a payload equal, amounts and all."""
    document = factcheck.Document(text="Text.", id="a")
    assert decode(encode(document, tuple(claims), tuple(spans))) == (
        document,
        tuple(claims),
        tuple(spans),
    )


def test_a_payload_gives_what_extraction_gives() -> None:
    """A real extraction (amounts, durations, windows, quotes, speakers) comes back equal."""
    document = factcheck.Document(
        text=(
            "Some 2,500 Norvik workers will leave within 60 to 100 days, Tomas Berg said on "
            "Tuesday. “We have begun bringing our crews home now,” he said. Revenue rose "
            "to $5.1 billion in 2030."
        ),
        id="a",
        published="2031-03-05",
    )
    claims = read(document).claims
    assert decode(encode(None, claims, ())) == (None, claims, ())


def test_a_payload_of_units_a_text_shows_comes_back_in_a_new_process(tmp_path: Path) -> None:
    """Units a text makes when it is read ("currency_zennit / year", "count_flight / day")
    come back in a process that has not read it, as a worker's claims do: the made-up
    names become units there, pint's own ("year", "day") stay pint's."""
    text = (
        "Rent was 3 million zennits a year. It had bid 5 zennits a share."
        " It cancels 80 flights a day."
    )
    document = factcheck.loads(text, id="a.md", format="markdown", published="2031-10-15")
    claims = tuple(read(document).claims)
    units = [str(c.amount.low.units) for c in claims if isinstance(c, factcheck.AmountClaim)]
    assert "currency_zennit / year" in units and "count_flight / day" in units
    payload = tmp_path / "payload"
    payload.write_bytes(encode(None, claims, ()))
    script = textwrap.dedent(
        f"""
        import pathlib
        from factcheck._cache import decode
        _, claims, _ = decode(pathlib.Path({str(payload)!r}).read_bytes())
        print(repr([str(c.amount.low.units) for c in claims if hasattr(c, "amount")]))
        """
    )
    found = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert found.stdout.strip() == repr(units)


def test_a_document_and_a_finding_come_back_equal() -> None:
    """Every field of a document (its source map, problems and suppressions) and of a
    finding comes back from a payload, each object of its own class."""
    document = factcheck.Document(
        text="Officials said 12 people were hurt.",
        id="a.md",
        published="2031-03-05",
        title="Hurt",
        path="a.md",
        source_map=factcheck.SourceMap(text_starts=[0], source_starts=[4], line_starts=[0, 4]),
        problems=(factcheck.InputProblem(code="undecodable-bytes", message="m", offset=3),),
        suppressions=(factcheck.Suppression(rules=("FC101",), start=0, offset=1, reason="r"),),
    )
    finding = factcheck.Finding(
        rule="FC101",
        name="amount-mismatch",
        kind=factcheck.FindingKind.DISAGREEMENT,
        severity=factcheck.Severity.WARNING,
        message="They differ.",
        documents=("a.md",),
    )
    restored, found = cache_module.unpack(cache_module.pack((document, finding)))
    assert (restored, found) == (document, finding)
    assert attrs.astuple(restored.source_map) == attrs.astuple(document.source_map)
    assert type(restored.problems[0]) is factcheck.InputProblem


def test_packing_a_document_leaves_its_text_as_it_was() -> None:
    """CPython keeps the UTF-8 form of a text that is not ASCII in the str once pickle has
    written it: a document the parent keeps after writing its outline would hold its text
    twice. Any text comes back, lone surrogates included."""
    document = factcheck.Document(text="The minister said “12 people” were hurt. " * 50, id="a")
    size = sys.getsizeof(document.text)
    assert cache_module.unpack(cache_module.pack(document)) == document
    assert sys.getsizeof(document.text) == size
    odd = factcheck.Document(text="A lone surrogate: \udc80.", id="b")
    assert cache_module.unpack(cache_module.pack(odd)) == odd


class _Restoring:
    """Pickles as a call of the cache's restorer with ``arguments``."""

    def __init__(self, *arguments: object) -> None:
        self.arguments = arguments

    def __reduce__(self) -> tuple[object, ...]:
        return cache_module._restore, self.arguments


@pytest.mark.parametrize(
    "arguments",
    [
        pytest.param((dt.date, 2031, 3, 5), id="not-a-model-class"),
        pytest.param((factcheck.Span, 1), id="too-few-fields"),
        pytest.param((factcheck.Span, 1, 2, 3), id="too-many-fields"),
    ],
)
def test_the_restorer_builds_only_model_objects_with_all_their_fields(
    arguments: tuple[object, ...],
) -> None:
    """A payload that asks the restorer for another class, or for a model object with more
    or fewer fields than it has, is refused."""
    with pytest.raises(pickle.UnpicklingError):
        cache_module.unpack(pickle.dumps(_Restoring(*arguments), protocol=5))


def test_a_new_database_keeps_its_rows_in_pages_of_64_kib(tmp_path: Path) -> None:
    """A cache made afresh lays its rows in pages of 64 KiB (a row of an extraction fits in
    one); one made before keeps its own pages, and its rows."""
    document = factcheck.Document(text="Some text.", id="d")
    with Cache(tmp_path, "generation") as cache:
        cache.put(bytes(32), cache_module.encode(document, (), ()))
    assert _rows(tmp_path, "PRAGMA page_size") == [(65536,)]
    older = tmp_path / "older"
    older.mkdir()
    with sqlite3.connect(older / FILE) as connection:
        connection.execute("PRAGMA page_size=4096")
        connection.execute("CREATE TABLE kept (value INTEGER)")
    connection.close()
    with Cache(older, "generation") as cache:
        cache.put(bytes(32), cache_module.encode(document, (), ()))
    with Cache(older, "generation") as cache:
        assert cache.get(bytes(32)) == (document, (), ())
    assert _rows(older, "PRAGMA page_size") == [(4096,)]


def test_outlines_are_read_by_key_from_a_few_rows_or_many(tmp_path: Path) -> None:
    """The outlines asked for come back whether they are most of the table's rows (read
    whole) or a few of them (looked up), and keys without a row give nothing."""
    document = factcheck.Document(text="Some text.", id="d")
    keys = [bytes([number]) * 32 for number in range(6)]
    with Cache(tmp_path, "generation") as cache:
        for number, key in enumerate(keys[:5]):
            cache.put_outline(key, cache_module.encode_outline(document, (), number + 1, ()))
        cache.flush()
        every = cache.outlines(keys)
        assert sorted(count for _, _, count, _ in every.values()) == [1, 2, 3, 4, 5]
        assert cache.outlines([keys[1], keys[5]]) == {keys[1]: every[keys[1]]}


def test_outlines_are_read_in_batches_and_queries(tmp_path: Path) -> None:
    """More outlines than a batch of decoding and a query of keys all come back, from the
    whole table and by key."""
    document = factcheck.Document(text="Some text.", id="d")
    keys = [number.to_bytes(32, "little") for number in range(2 * cache_module._QUERY + 100)]
    with Cache(tmp_path, "generation") as cache:
        for number, key in enumerate(keys):
            cache.put_outline(key, cache_module.encode_outline(document, (), number + 1, ()))
        cache.flush()
        assert len(cache.outlines(keys)) == len(keys)
        some = keys[: cache_module._QUERY + 10]  # looked up, in more than one query
        counts = sorted(count for _, _, count, _ in cache.outlines(some).values())
        assert counts == list(range(1, len(some) + 1))


@pytest.mark.parametrize(
    "payload",
    [
        b"",
        b"not a pickle",
        pickle.dumps(("document", (), ())),
        pickle.dumps(print),
        pickle.dumps((None, ("claim",), ())),
    ],
)
def test_anything_else_is_not_a_payload(payload: bytes) -> None:
    """Bytes that are not an extraction, or that name another callable, are refused."""
    with pytest.raises(pickle.UnpicklingError):
        decode(payload)


def test_a_warm_check_extracts_nothing_and_reports_the_same(
    archive: Archive, extracted: list[str]
) -> None:
    """The second check of unchanged inputs reads every one from the cache, and its report
    (findings, accepted findings, claims) is the report without a cache."""
    config = _cached(archive)
    fresh = factcheck.check(archive.inputs, config=attrs.evolve(config, cache=False))
    cold = factcheck.check(archive.inputs, config=config)
    extracted.clear()
    warm = factcheck.check(archive.inputs, config=config)
    assert extracted == []
    assert _json(warm) == _json(cold) == _json(fresh)
    assert warm.claims == fresh.claims and warm.documents == fresh.documents


def test_only_a_changed_file_is_extracted_again(archive: Archive, extracted: list[str]) -> None:
    """Editing one file re-extracts it alone, and its new claims are checked."""
    config = _cached(archive)
    factcheck.check(archive.inputs, config=config)
    undated = archive.folder / "undated.txt"
    undated.write_text("Norvik workers will be leaving the valley soon.\n", encoding="utf-8")
    extracted.clear()
    report = factcheck.check(archive.inputs, config=config)
    assert extracted == [str(undated)]
    assert _json(report) == _json(factcheck.check(archive.inputs, config=archive.config))


def test_the_configuration_is_part_of_the_key(archive: Archive, extracted: list[str]) -> None:
    """Another publication date for undated files, or another lexicon, extracts again."""
    config = _cached(archive)
    factcheck.check(archive.inputs, config=config)
    extracted.clear()
    factcheck.check(archive.inputs, config=attrs.evolve(config, published="2031-01-01"))
    assert str(archive.folder / "undated.txt") in extracted
    extracted.clear()
    factcheck.check(archive.inputs, config=attrs.evolve(config, lexicons=()))
    assert len(extracted) == len(archive.inputs) - 1  # all but the missing file


def test_no_cache_keeps_nothing(archive: Archive) -> None:
    """With the cache off, nothing is written."""
    config = attrs.evolve(_cached(archive), cache=False)
    factcheck.check(archive.inputs, config=config)
    assert not (archive.folder / "cache").exists()


def test_the_folder_is_marked_as_a_cache(archive: Archive) -> None:
    """The cache folder ignores itself in git and carries a CACHEDIR.TAG."""
    factcheck.check(archive.inputs, config=_cached(archive))
    folder = archive.folder / "cache"
    assert (folder / ".gitignore").read_text(encoding="utf-8").splitlines()[-1] == "*"
    assert (folder / "CACHEDIR.TAG").read_text(encoding="utf-8").startswith("Signature: 8a477f")
    assert sorted(p.name for p in folder.iterdir()) == [".gitignore", "CACHEDIR.TAG", FILE]


def _rows(folder: Path, sql: str, *parameters: object) -> list[tuple[object, ...]]:
    with sqlite3.connect(folder / FILE) as connection:
        rows = connection.execute(sql, parameters).fetchall()
    connection.close()
    return rows


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda payload: payload[:-1] + bytes([payload[-1] ^ 1]), id="flipped-bit"),
        pytest.param(lambda payload: payload[: len(payload) // 2], id="truncated"),
    ],
)
def test_a_damaged_row_is_extracted_again(
    archive: Archive, extracted: list[str], spoil: Callable[[bytes], bytes]
) -> None:
    """A row whose payload no longer matches its checksum is a miss, and is overwritten."""
    config = _cached(archive)
    expected = _json(factcheck.check(archive.inputs, config=config))
    folder = archive.folder / "cache"
    with sqlite3.connect(folder / FILE) as connection:
        for key, payload in connection.execute("SELECT key, payload FROM extractions"):
            connection.execute(
                "UPDATE extractions SET payload = ? WHERE key = ?", (spoil(payload), key)
            )
    connection.close()
    extracted.clear()
    with_spoiled = factcheck.check(archive.inputs, config=config)
    assert len(extracted) == len(archive.inputs) - 1
    assert _json(with_spoiled) == expected
    extracted.clear()
    factcheck.check(archive.inputs, config=config)
    assert extracted == []


def test_a_row_that_would_run_code_is_not_run(
    archive: Archive, extracted: list[str], tmp_path: Path
) -> None:
    """A row with a valid checksum whose pickle calls a function is refused, not run."""
    config = _cached(archive)
    factcheck.check(archive.inputs, config=config)
    marker = tmp_path / "ran"

    class Exploit:
        def __reduce__(self) -> tuple[object, ...]:
            return (os.system, (f"touch {marker}",))

    payload = pickle.dumps(Exploit())
    with sqlite3.connect(archive.folder / "cache" / FILE) as connection:
        for (key,) in connection.execute("SELECT key FROM extractions").fetchall():
            checksum = cache_module._checksum(key, payload)
            connection.execute(
                "UPDATE extractions SET payload = ?, checksum = ? WHERE key = ?",
                (payload, checksum, key),
            )
    connection.close()
    extracted.clear()
    factcheck.check(archive.inputs, config=config)
    assert not marker.exists()
    assert len(extracted) == len(archive.inputs) - 1


@pytest.mark.parametrize(
    "garbage",
    [b"this is not a database" * 100, b"SQLite format 3\x00" + bytes(range(256)) * 40],
    ids=["not-a-database", "corrupt-header"],
)
def test_a_damaged_database_is_rebuilt_with_a_warning(archive: Archive, garbage: bytes) -> None:
    """A cache file that is not a database is replaced by a new one, and the check goes on."""
    config = _cached(archive)
    expected = _json(factcheck.check(archive.inputs, config=attrs.evolve(config, cache=False)))
    folder = archive.folder / "cache"
    folder.mkdir()
    (folder / FILE).write_bytes(garbage)
    with pytest.warns(CacheWarning, match="damaged"):
        report = factcheck.check(archive.inputs, config=config)
    assert _json(report) == expected
    assert _rows(folder, "PRAGMA integrity_check") == [("ok",)]
    assert _rows(folder, "SELECT count(*) FROM extractions") == [(len(archive.inputs) - 1,)]


def test_rows_of_another_extractor_are_dropped(archive: Archive, extracted: list[str]) -> None:
    """When factcheck or its lexicon changes, the rows of the old one are deleted."""
    config = _cached(archive)
    factcheck.check(archive.inputs, config=config)
    folder = archive.folder / "cache"
    with sqlite3.connect(folder / FILE) as connection:
        connection.execute("UPDATE meta SET value = 'older' WHERE name = 'generation'")
    connection.close()
    extracted.clear()
    factcheck.check(archive.inputs, config=config)
    assert len(extracted) == len(archive.inputs) - 1
    assert _rows(folder, "SELECT value FROM meta WHERE name = 'generation'") != [("older",)]


def test_another_schema_is_laid_out_again(tmp_path: Path) -> None:
    """A database laid out by another version of the cache is emptied and laid out anew."""
    folder = tmp_path / "cache"
    folder.mkdir()
    with sqlite3.connect(folder / FILE) as connection:
        connection.execute("CREATE TABLE extractions (key TEXT, something TEXT)")
        connection.execute("CREATE TABLE meta (name TEXT, value TEXT)")
        connection.execute("INSERT INTO meta VALUES ('schema', '0')")
    connection.close()
    with Cache(folder, "g") as cache:
        cache.put(b"k" * 32, encode(None, (), ()))
    with Cache(folder, "g") as cache:
        assert cache.get(b"k" * 32) == (None, (), ())


def test_a_locked_database_is_read_and_bypassed_for_writing(
    archive: Archive, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While another process holds the write lock, the check still reads what it can, says
    it cannot write, and reports as it would without the cache."""
    monkeypatch.setattr(cache_module, "TIMEOUT", 0.05)
    config = _cached(archive)
    factcheck.check(archive.inputs, config=config)
    (archive.folder / "undated.txt").write_text("Norvik workers will stay.\n", encoding="utf-8")
    expected = _json(factcheck.check(archive.inputs, config=attrs.evolve(config, cache=False)))
    holder = sqlite3.connect(archive.folder / "cache" / FILE, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.warns(CacheWarning, match="locked"):
            report = factcheck.check(archive.inputs, config=config)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _json(report) == expected


def test_a_folder_that_cannot_be_made_is_bypassed(archive: Archive) -> None:
    """A cache folder that is a file cannot be used: a warning, and the same report."""
    (archive.folder / "cache").write_text("a file", encoding="utf-8")
    expected = _json(factcheck.check(archive.inputs, config=archive.config))
    with pytest.warns(CacheWarning, match="cannot be used"):
        report = factcheck.check(archive.inputs, config=_cached(archive))
    assert _json(report) == expected


def test_a_file_changed_while_read_is_not_kept(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, extracted: list[str]
) -> None:
    """When a file changes between hashing and loading it, its extraction is not kept under
    either version's key."""
    config = _cached(archive)
    undated = archive.folder / "undated.txt"
    first = undated.read_text(encoding="utf-8")
    second = "Norvik workers will be leaving the valley soon.\n"
    load = parallel.load

    def load_then_edit(path: str | os.PathLike[str], **options: object) -> factcheck.Document:
        document = load(path, **options)  # type: ignore[arg-type]
        if Path(path) == undated:
            undated.write_text(second, encoding="utf-8")
        return document

    monkeypatch.setattr(parallel, "load", load_then_edit)
    factcheck.check(archive.inputs, config=config)
    monkeypatch.setattr(parallel, "load", load)
    for text in (first, second):
        undated.write_text(text, encoding="utf-8")
        extracted.clear()
        factcheck.check(archive.inputs, config=config)
        assert extracted == [str(undated)]


@pytest.fixture
def digested(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The files whose bytes are read for their digest from now on."""
    names: list[str] = []
    digest = parallel._digest

    def counting(path: str | os.PathLike[str]) -> bytes | None:
        names.append(os.fspath(path))
        return digest(path)

    monkeypatch.setattr(parallel, "_digest", counting)
    return names


def _clock_at(monkeypatch: pytest.MonkeyPatch, nanoseconds: int) -> None:
    monkeypatch.setattr(parallel, "time", SimpleNamespace(time_ns=lambda: nanoseconds))


def _changed_at(path: Path) -> int:
    status = path.stat()
    return max(status.st_mtime_ns, status.st_ctime_ns)


def test_a_file_that_kept_its_signature_is_not_read_again(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, digested: list[str]
) -> None:
    """A re-check takes the digest of a file whose inode, size and times are the ones kept
    from the cache, and reads a file whose times changed, even with the same size."""
    undated = archive.folder / "undated.txt"
    _clock_at(monkeypatch, _changed_at(undated) + parallel.SETTLED_NS)
    config = _cached(archive)
    cold = factcheck.check(archive.inputs, config=config)
    digested.clear()
    assert _json(factcheck.check(archive.inputs, config=config)) == _json(cold)
    assert digested == [str(archive.folder / "missing.md")]  # looked for again, as it is read
    status = undated.stat()
    text = undated.read_text(encoding="utf-8")
    undated.write_text(text.replace("remain", "depart"), encoding="utf-8")
    os.utime(undated, ns=(status.st_atime_ns, status.st_mtime_ns + parallel.SETTLED_NS))
    assert undated.stat().st_size == status.st_size
    report = factcheck.check(archive.inputs, config=config)
    assert str(undated) in digested
    assert _json(report) == _json(factcheck.check(archive.inputs, config=archive.config))
    assert _json(report) != _json(cold)


def test_a_file_the_cache_never_saw_is_digested_where_it_is_read(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, digested: list[str], extracted: list[str]
) -> None:
    """A first check reads no file for its digest before extracting it: each is digested
    before and after it is read for its claims, and kept under the digest of those bytes,
    so that the next check reads every file from the cache (and no file's bytes)."""
    _clock_at(monkeypatch, _changed_at(archive.folder / "undated.txt") + parallel.SETTLED_NS)
    config = _cached(archive)
    before_first: list[list[str]] = []
    load = parallel.load

    def reading(path: str | os.PathLike[str], **options: object) -> factcheck.Document:
        if not before_first:
            before_first.append(list(digested))
        return load(path, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(parallel, "load", reading)
    cold = factcheck.check(archive.inputs, config=config)
    files = [str(item) for item in archive.inputs if isinstance(item, Path) and item.exists()]
    assert len(before_first[0]) <= 1 < len(files)
    assert sorted(set(files) & set(digested)) == sorted(files)
    assert all(digested.count(name) == 2 for name in files)
    digested.clear()
    extracted.clear()
    warm = factcheck.check(archive.inputs, config=config)
    assert extracted == [] and digested == [str(archive.folder / "missing.md")]
    assert _json(warm) == _json(cold)


def test_a_file_changed_moments_ago_is_read_at_each_check(
    archive: Archive, monkeypatch: pytest.MonkeyPatch, digested: list[str]
) -> None:
    """A file that changed less than :data:`SETTLED_NS` before it was read may change again
    with the same signature (on a coarse clock): its digest is not kept."""
    undated = archive.folder / "undated.txt"
    _clock_at(monkeypatch, _changed_at(undated) + parallel.SETTLED_NS // 2)
    config = _cached(archive)
    for _ in range(2):
        digested.clear()
        factcheck.check(archive.inputs, config=config)
        assert str(undated) in digested


_SHARER = textwrap.dedent(
    """
    import sys
    from pathlib import Path

    import factcheck

    folder, cache, start = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    files = sorted(folder.glob("*.txt"))
    config = factcheck.Config(cache_dir=cache, published="2031-03-05")
    for round in range(3):
        # Each process checks an overlapping, shifting share, so that both write at once.
        offset = (start + 10 * round) % len(files)
        factcheck.check((files[offset:] + files[:offset])[:30], config=config)
    """
)


def test_two_processes_share_a_cache(tmp_path: Path, extracted: list[str]) -> None:
    """Two processes checking overlapping files at once leave a sound database that holds
    every file, and that gives the report a fresh check gives."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(40):
        (folder / f"{number:02}.txt").write_text(
            f"Some {1000 + number} Norvik workers will remain in the valley for now, "
            f"spokeswoman Ana Lima said on Tuesday. The mine {number} stays open.\n",
            encoding="utf-8",
        )
    cache = tmp_path / "cache"
    script = tmp_path / "share.py"
    script.write_text(_SHARER, encoding="utf-8")
    processes = [
        subprocess.Popen([sys.executable, str(script), str(folder), str(cache), str(start)])
        for start in (0, 5)
    ]
    assert [process.wait(timeout=300) for process in processes] == [0, 0]
    assert _rows(cache, "PRAGMA integrity_check") == [("ok",)]
    files = sorted(folder.glob("*.txt"))
    config = Config(cache_dir=cache, published="2031-03-05")
    # Digest factcheck's files as the other processes did, should they have changed since
    # this process first did (while factcheck itself is being edited).
    cache_module._extractor.cache_clear()
    cache_module.generation.cache_clear()
    report = factcheck.check(files, config=config)
    assert extracted == []
    fresh = factcheck.check(files, config=attrs.evolve(config, cache=False))
    assert _json(report) == _json(fresh)


def test_cache_is_read_from_the_configuration(tmp_path: Path) -> None:
    """``cache`` is a switch, ``cache-dir`` a folder next to the file; the command's default
    folder is ``.factcheck_cache`` there."""
    path = tmp_path / "factcheck.toml"
    path.write_text('cache-dir = "build/cache"\n', encoding="utf-8")
    named = Config.read(path).cache_folder()
    assert named is not None and named.resolve() == tmp_path.resolve() / "build" / "cache"
    path.write_text("cache = false\n", encoding="utf-8")
    assert Config.read(path).cache_folder() is None
    assert Config.read(path).with_cache_dir().cache_folder() is None
    path.write_text("", encoding="utf-8")
    assert Config.read(path).cache_folder() is None
    folder = Config.read(path).with_cache_dir().cache_folder()
    assert folder is not None and folder.resolve() == tmp_path.resolve() / ".factcheck_cache"


def test_cache_must_be_a_switch(tmp_path: Path) -> None:
    """``cache = "yes"`` is a configuration error naming the key."""
    path = tmp_path / "factcheck.toml"
    path.write_text('cache = "yes"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match="cache: must be true or false"):
        Config.read(path)


_COUNTING_CONFTEST = textwrap.dedent(
    """
    from factcheck import _parallel
    from factcheck._claims import read


    def counting(document, **options):
        with open("extracted.txt", "a", encoding="utf-8") as log:
            log.write(document.id + "\\n")
        return read(document, **options)


    _parallel.read = counting
    """
)


def test_the_plugin_extracts_only_what_changed(pytester: pytest.Pytester) -> None:
    """``pytest --factcheck`` keeps its cache beside the configuration, and when one article
    changes, extracts that one alone."""
    pytester.makefile(".toml", pyproject='[tool.factcheck]\npaths = ["articles"]\n')
    pytester.makeconftest(_COUNTING_CONFTEST)
    articles = pytester.mkdir("articles")
    for name, text in [
        ("a", "Norvik workers will be leaving"),
        ("b", "Norvik workers will remain in"),
        ("c", "The pier is in"),
    ]:
        (articles / f"{name}.md").write_text(
            f"---\ndate: 2031-03-05\n---\n{text} the valley.\n", encoding="utf-8"
        )
    # In a subprocess: pytester's runs in this process do not load the plugin twice.
    pytester.runpytest_subprocess("--factcheck", "-p", "no:cacheprovider")
    log = pytester.path / "extracted.txt"
    assert len(log.read_text(encoding="utf-8").split()) == 3
    assert (pytester.path / ".factcheck_cache" / FILE).is_file()
    log.unlink()
    (articles / "c.md").write_text("---\ndate: 2031-03-05\n---\nThe pier closes.\n")
    result = pytester.runpytest_subprocess("--factcheck", "-p", "no:cacheprovider")
    result.assert_outcomes(failed=2, passed=1)
    assert log.read_text(encoding="utf-8").split() == [str(Path("articles") / "c.md")]


# --- Findings of groups kept between runs ----------------------------------------------------

_MARCH, _OCTOBER = dt.datetime(2031, 3, 5), dt.datetime(2031, 10, 1)
_SENTENCES = (
    "About 2,000 Norwegian troops are deployed in Mali, an official said.",
    "Some 2,100 Norwegian troops are deployed in Mali, an official said.",
    "There are 5,000 Norwegian troops deployed in Mali, the ministry said.",
    "Norwegian troops will remain in Mali for now.",
    "Norwegian troops will leave Mali.",
    "“We are bringing our troops home as we move to the next stage,” Ana Lima said.",
    "“We are bringing our troops home as we move to the next phase,” Ana Lima said.",
    "“We are bringing our troops home as we move to the next phase,” Tomas Berg said.",
)
_documents = st.lists(
    st.tuples(
        st.lists(st.sampled_from(range(len(_SENTENCES))), min_size=1, max_size=2),
        st.sampled_from([_MARCH, _OCTOBER, None]),
    ),
    min_size=2,
    max_size=12,
)


def _corpus(drawn: list[tuple[list[int], dt.datetime | None]]) -> list[factcheck.Document]:
    return [
        factcheck.Document(
            text=" ".join(_SENTENCES[s] for s in sentences), id=f"d{n:02d}", published=published
        )
        for n, (sentences, published) in enumerate(drawn)
    ]


@given(
    before=_documents,
    after=_documents,
    limit=st.sampled_from([2, 3, PAIRWISE_LIMIT]),
    sheet=st.booleans(),
    claims=st.booleans(),
)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_recheck_reports_what_a_cold_check_does(
    before: list[tuple[list[int], dt.datetime | None]],
    after: list[tuple[list[int], dt.datetime | None]],
    limit: int,
    sheet: bool,
    claims: bool,
) -> None:
    """After documents change, come and go, a check that reuses the findings of unchanged
    groups (and, without claims, the outlines of unchanged documents) reports what a check
    without a cache does, for small and large groups, with and without a fact sheet."""
    with (
        tempfile.TemporaryDirectory() as folder,
        mock.patch.object(engine, "PAIRWISE_LIMIT", limit),
    ):
        facts = Path(folder) / "facts.toml"
        facts.write_text(
            '[[fact]]\nsubject = "Norwegian troops"\namount = "5,000"\n'
            'valid_from = "2031-01-01"\nsource = "ministry"\n',
            encoding="utf-8",
        )
        config = Config(cache_dir=Path(folder) / "cache", fact_sheet=facts if sheet else None)
        factcheck.check(_corpus(before), config=config, claims=claims)
        # Half the documents as they were, the rest changed, and some new.
        changed = _corpus([*before[: len(before) // 2], *after])
        warm = factcheck.check(changed, config=config, claims=claims)
        again = factcheck.check(changed, config=config, claims=claims)
        cold = factcheck.check(changed, config=attrs.evolve(config, cache=False))
    assert _json(warm) == _json(again) == _json(cold)
    assert warm.findings == cold.findings
    assert warm.claims == (cold.claims if claims else ())


def _ignoring(
    drawn: list[tuple[list[int], dt.datetime | None]], ignored: set[int]
) -> list[factcheck.Document]:
    """:func:`_corpus`, read as text files, those numbered in ``ignored`` with a suppression
    of the paragraph that holds their sentences."""
    return [
        factcheck.loads(
            ("factcheck: ignore\n\n" if n in ignored else "") + document.text,
            id=document.id,
            published=document.published,
        )
        for n, document in enumerate(_corpus(drawn))
    ]


def _report_text(report: factcheck.Report | check_module.Concluded) -> bytes:
    """The JSON report as the command writes it."""
    return b"".join(json_chunks(report_sections(report)))


@given(
    before=_documents,
    after=_documents,
    ignored=st.sets(st.integers(0, 7), max_size=3),
    baseline=st.booleans(),
)
@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_a_packed_recheck_writes_the_json_report_of_a_cold_check(
    before: list[tuple[list[int], dt.datetime | None]],
    after: list[tuple[list[int], dt.datetime | None]],
    ignored: set[int],
    baseline: bool,
) -> None:
    """A re-check that leaves the findings it recalls packed (as the command does for the
    JSON report) writes the report a check without a cache writes, with suppressions and a
    baseline that accept some of them."""
    with tempfile.TemporaryDirectory() as folder:
        config = Config(cache_dir=Path(folder) / "cache")
        if baseline:
            path = Path(folder) / "baseline.json"
            first = factcheck.check(_ignoring(before, ignored), config=config)
            write_baseline(first, path, config)
            config = attrs.evolve(config, baseline=path)
        check_module.check_concluded(
            _ignoring(before, ignored), config=config, claims=False, packed=True
        )
        changed = _ignoring([*before[: len(before) // 2], *after], ignored)
        warm = check_module.check_concluded(changed, config=config, claims=False, packed=True)
        cold = factcheck.check(changed, config=attrs.evolve(config, cache=False), claims=False)
    assert _report_text(warm) == _report_text(cold)
    assert warm.report() == cold


def test_a_packed_recheck_restores_only_what_a_suppression_may_accept(tmp_path: Path) -> None:
    """A packed re-check leaves every finding it recalls packed, but those in a document
    with a suppression (which may accept them) and all of them under a baseline."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _ignoring([([0], _MARCH), ([2], _MARCH), ([3], _MARCH), ([4], _MARCH)], {3})
    cold = factcheck.check(documents, config=config, claims=False)
    assert cold.accepted and cold.findings
    warm = check_module.check_concluded(documents, config=config, claims=False, packed=True)
    assert all(isinstance(f, engine.Recalled) for f in warm.findings)
    assert "d03" not in {claim.document for f in cold.findings for claim in f.claims}
    assert "d03" in {claim.document for item in cold.accepted for claim in item.finding.claims}
    assert warm.report() == cold
    baseline = tmp_path / "baseline.json"
    write_baseline(factcheck.check(documents[:2], config=config), baseline, config)
    under = check_module.check_concluded(
        documents, config=attrs.evolve(config, baseline=baseline), claims=False, packed=True
    )
    assert not any(isinstance(f, engine.Recalled) for f in under.findings)


def test_a_packed_finding_that_cannot_be_restored_reads_everything_again(
    tmp_path: Path,
) -> None:
    """When a packed finding that a suppression may accept cannot be restored (its row's
    findings are damaged, its texts whole), the check reads and compares again: the same
    report."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _ignoring([([0], _MARCH), ([2], _MARCH), ([3], _MARCH), ([4], _MARCH)], {3})
    cold = factcheck.check(documents, config=config, claims=False)
    assert cold.accepted
    _damage_groups(tmp_path / "cache", lambda brief, texts, _: (brief, texts, b"damaged"))
    warm = check_module.check_concluded(documents, config=config, claims=False, packed=True)
    assert _report_text(warm) == _report_text(cold)


def _damage_groups(cache: Path, spoil: Callable[[Any, Any, Any], tuple[Any, Any, Any]]) -> None:
    """Each group row with findings of the cache in ``cache`` as ``spoil`` makes its brief,
    texts and findings, under a checksum that holds."""
    with sqlite3.connect(cache / FILE) as connection:
        for key, payload in connection.execute("SELECT key, payload FROM groups").fetchall():
            if len(payload) == 32:
                continue
            damaged = payload[:32] + cache_module.pack(spoil(*cache_module.unpack(payload[32:])))
            connection.execute(
                "UPDATE groups SET payload = ?, checksum = ? WHERE key = ?",
                (damaged, cache_module._checksum(key, damaged), key),
            )
    connection.close()


def test_the_command_says_so_when_it_cannot_read_a_kept_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A kept text that cannot be read when the JSON report is written (damaged behind a
    checksum that holds) ends the command with an error that says what to do, not a
    traceback."""
    from factcheck._cli import ExitCode, main

    for n, text in enumerate(
        ["About 2,000 Norwegian troops are in Mali.", "Some 5,000 Norwegian troops are in Mali."]
    ):
        (tmp_path / f"d{n}.md").write_text(f"---\ndate: 2031-03-05\n---\n{text}\n", "utf-8")
    (tmp_path / "factcheck.toml").write_text("", encoding="utf-8")
    report = tmp_path / "report.json"
    arguments = ["check", str(tmp_path), "--format", "json", "--output", str(report)]
    assert main(arguments) == ExitCode.FINDINGS
    _damage_groups(tmp_path / ".factcheck_cache", lambda brief, _, found: (brief, b"x", found))
    capsys.readouterr()
    assert main(arguments) == ExitCode.ERROR
    assert "check again with --no-cache" in capsys.readouterr().err


def test_the_command_prints_the_json_report_of_a_recheck_as_of_a_cold_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Printed to the standard output, the JSON report of a re-check (its findings written
    from the texts the cache kept) is the report of a check without the cache."""
    from factcheck._cli import main

    for n, text in enumerate(_SENTENCES[:5]):
        (tmp_path / f"d{n}.md").write_text(f"---\ndate: 2031-03-05\n---\n{text}\n", "utf-8")
    (tmp_path / "factcheck.toml").write_text("", encoding="utf-8")
    printed = []
    for extra in ([], [], ["--no-cache"]):
        main(["check", str(tmp_path), "--format", "json", *extra])
        printed.append(capsys.readouterr().out)
    assert json.loads(printed[0])["findings"]
    assert printed[0] == printed[1] == printed[2]


def _archive_documents() -> list[factcheck.Document]:
    return _corpus(
        [([0, 3], _MARCH), ([2, 4], _MARCH), ([5], _MARCH), ([6, 7], _MARCH), ([1], _OCTOBER)]
    )


def test_a_recheck_without_claims_reads_only_the_claims_of_changed_groups(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With claims=False, a re-check reads the outlines of unchanged documents, and the
    claims of none of them when nothing changed."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _archive_documents()
    cold = factcheck.check(documents, config=config, claims=False)
    assert cold.claims == ()
    read_rows: list[bytes] = []
    getting = Cache.get

    def counting(self: Cache, key: bytes) -> Any:
        read_rows.append(key)
        return getting(self, key)

    monkeypatch.setattr(Cache, "get", counting)
    assert _json(factcheck.check(documents, config=config, claims=False)) == _json(cold)
    assert read_rows == []
    documents[2] = attrs.evolve(documents[2], text=_SENTENCES[7])
    changed = factcheck.check(documents, config=config, claims=False)
    fresh = factcheck.check(documents, config=attrs.evolve(config, cache=False))
    assert _json(changed) == _json(fresh)
    # The changed document is extracted; its quote groups need the other quoting document.
    assert 1 <= len(read_rows) < len(documents)


def test_a_cold_check_without_claims_reads_no_claims_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Without claims, each input is condensed to its outline as soon as it is extracted,
    and its claims that a group holds are kept for the comparison: none is read back from
    the cache, and the report is a full check's."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _archive_documents()
    read_rows: list[bytes] = []
    getting = Cache.get

    def counting(self: Cache, key: bytes) -> Any:
        found = getting(self, key)
        if found is not None:
            read_rows.append(key)
        return found

    monkeypatch.setattr(Cache, "get", counting)
    report = factcheck.check(documents, config=config, claims=False)
    assert read_rows == []
    full = factcheck.check(documents, config=attrs.evolve(config, cache=False))
    assert _json(report) == _json(full)
    # The report's documents are the full check's without their texts.
    assert report.documents == tuple(document.without_text() for document in full.documents)
    assert all(document.text for document in full.documents)


def test_a_condensed_input_holds_only_the_claims_of_its_groups(tmp_path: Path) -> None:
    """The claims no rule puts in a group are not held once an input is condensed."""
    text = "Officials said on Monday that 12 people were hurt. " + _SENTENCES[2]
    document = factcheck.Document(text=text, id="d", published=_MARCH)
    claims = read(document).claims
    extracted = cache_module.Extracted(document=document, claims=claims, key=b"k" * 32)
    held: check_module.Held = {}
    with Cache(tmp_path, "generation") as cache:
        rules = check_module.enabled_rules(Config())
        condense = check_module._condenser(rules, Config().lexicon(), cache, b"rules", held)
        outline = condense(extracted)
    assert isinstance(outline, cache_module.Outline)
    grouped = sorted({place for _, _, places in outline.groups for place in places})
    kept = held[b"k" * 32]
    assert len(kept) == outline.count == len(claims)
    assert [place for place, claim in enumerate(kept) if claim is not None] == grouped
    assert all(kept[place] is claims[place] for place in grouped)
    assert len(grouped) < len(claims)  # a date of a statement by no one named
    # Neither the outline held nor the one kept holds the text.
    assert outline.document.text == "" and outline.document == document.without_text()
    with sqlite3.connect(tmp_path / FILE) as connection:
        [(payload,)] = connection.execute("SELECT payload FROM outlines").fetchall()
    connection.close()
    assert cache_module.decode_outline(payload)[0] == outline.document


def test_a_missing_row_behind_an_outline_reads_everything_again(tmp_path: Path) -> None:
    """When the claims an outline stands for are gone from the cache, the check reads every
    input in full again and reports what a fresh check does."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _archive_documents()
    factcheck.check(documents, config=config, claims=False)
    with sqlite3.connect(tmp_path / "cache" / FILE) as connection:
        connection.execute("DELETE FROM extractions")
    connection.close()
    documents[2] = attrs.evolve(documents[2], text=_SENTENCES[7])
    told: list[str] = []
    report = factcheck.check(
        documents, config=config, claims=False, progress=lambda d: told.append(d.id)
    )
    fresh = factcheck.check(documents, config=attrs.evolve(config, cache=False))
    assert _json(report) == _json(fresh)
    assert sorted(told) == sorted(d.id for d in documents)  # each document reported once


def test_a_damaged_outline_is_not_trusted(tmp_path: Path) -> None:
    """An outline row that fails its checksum or does not hold an outline is read as a
    miss: the input's extraction is read instead."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _archive_documents()
    cold = _json(factcheck.check(documents, config=config, claims=False))
    with sqlite3.connect(tmp_path / "cache" / FILE) as connection:
        rows = connection.execute("SELECT key, checksum, payload FROM outlines").fetchall()
        assert len(rows) == len(documents)
        for number, (key, checksum, payload) in enumerate(rows):
            if number % 2:  # a bit flipped: the checksum fails
                spoiled = payload[:-1] + bytes([payload[-1] ^ 1])
            else:  # a sound row that holds no outline
                spoiled = b"\x80\x05K\x01."
                checksum = cache_module._checksum(key, spoiled)
            connection.execute(
                "UPDATE outlines SET payload = ?, checksum = ? WHERE key = ?",
                (spoiled, checksum, key),
            )
    connection.close()
    assert _json(factcheck.check(documents, config=config, claims=False)) == cold


@pytest.fixture
def compared(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """The keys of the groups the engine compares (not found in the cache) from now on."""
    keys: list[object] = []
    comparing = engine._group_findings

    def counting(rule: object, members: list[factcheck.Claim], *args: Any) -> Any:
        keys.append(members[0].document)
        return comparing(rule, members, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "_group_findings", counting)
    return keys


def test_only_groups_with_a_changed_claim_are_compared_again(
    tmp_path: Path, compared: list[object]
) -> None:
    """A re-check compares no group when nothing changed, and only the changed document's
    groups when one did."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _corpus([([0, 3], _MARCH), ([2, 4], _MARCH), ([5], _MARCH), ([6, 7], _MARCH)])
    cold = factcheck.check(documents, config=config)
    assert len(compared) >= 3
    compared.clear()
    assert _json(factcheck.check(documents, config=config)) == _json(cold)
    assert compared == []
    documents[2] = attrs.evolve(documents[2], text=_SENTENCES[7])
    factcheck.check(documents, config=config)
    assert len(compared) == 2  # FC401 and FC402: the quote's groups


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(
            lambda key, payload: (payload[:-1] + bytes([payload[-1] ^ 1]), None), id="bit"
        ),
        pytest.param(
            lambda key, payload: (payload[:-1], cache_module._checksum(key, payload[:-1])),
            id="cut",
        ),
        pytest.param(
            lambda key, payload: (payload[:32] + b"\x80\x05K\x01.", None), id="not-findings"
        ),
    ],
)
def test_a_damaged_group_row_is_compared_again(
    tmp_path: Path, compared: list[object], spoil: Callable[[bytes, bytes], tuple[bytes, Any]]
) -> None:
    """A group row that fails its checksum or does not hold findings is not trusted: its
    group is compared again, with the same findings."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _corpus([([0, 3], _MARCH), ([2, 4], _MARCH), ([5], _MARCH), ([6, 7], _MARCH)])
    cold = _json(factcheck.check(documents, config=config))
    with sqlite3.connect(tmp_path / "cache" / FILE) as connection:
        rows = connection.execute("SELECT key, checksum, payload FROM groups").fetchall()
        for key, checksum, payload in rows:
            spoiled, new_checksum = spoil(key, payload)
            connection.execute(
                "UPDATE groups SET payload = ?, checksum = ? WHERE key = ?",
                (spoiled, new_checksum or checksum, key),
            )
    connection.close()
    compared.clear()
    assert _json(factcheck.check(documents, config=config)) == cold
    assert len(compared) == len(rows)


def _remembered_finding() -> tuple[factcheck.rules.Rule, factcheck.Finding]:
    """A rule, and a finding of it over two claims (from two documents that disagree)."""
    documents = _corpus([([0], _MARCH), ([2], _MARCH)])
    finding = factcheck.check(documents).findings[0]
    rule = next(rule() for rule in factcheck.rules.all_rules() if rule.code == finding.rule)
    return rule, finding


def test_a_group_row_gives_back_its_findings() -> None:
    """The findings a group's row keeps are recalled equal, with where they go and whether
    they assumed a date."""
    rule, finding = _remembered_finding()
    digest = bytes(32)
    place = engine._placed(rule.code, finding)
    row = engine._remember(digest, [(place, finding, True)], None)
    assert engine._recall(row, digest, rule, packed=False) == [(place, finding, True)]
    # Without the texts of its findings, a row gives them restored even when asked packed.
    assert engine._recall(row, digest, rule, packed=True) == [(place, finding, True)]
    assert engine._recall(engine._remember(digest, [], None), digest, rule, packed=False) == []
    assert engine._recall(row, bytes([1]) * 32, rule, packed=False) is None  # other members


def test_a_group_row_recalls_its_findings_packed_with_their_texts() -> None:
    """Asked for them packed, a row that keeps the texts of its findings gives each as its
    rule, severity, documents and text, and the finding itself on demand."""
    rule, finding = _remembered_finding()
    other = attrs.evolve(finding, message="Another message.")
    digest = bytes(32)
    places = [engine._placed(rule.code, finding), (rule.code, "b", "b")]
    found = [(places[0], finding, False), (places[1], other, True)]
    row = engine._remember(digest, found, lambda fs: [f.message.encode() * 3 for f in fs])
    recalled = engine._recall(row, digest, rule, packed=True)
    assert recalled is not None
    assert [(place, undated) for place, _, undated in recalled] == [
        (places[0], False),
        (places[1], True),
    ]
    entries = [entry for _, entry, _ in recalled]
    assert all(isinstance(entry, engine.Recalled) for entry in entries)
    assert [entry.text() for entry in entries] == [f.message.encode() * 3 for f in (finding, other)]
    assert [entry.finding() for entry in entries] == [finding, other]
    assert {entry.rule for entry in entries} == {rule.code}
    assert entries[0].severity is finding.severity
    assert entries[0].documents == tuple(sorted({claim.document for claim in finding.claims}))
    assert engine._recall(row, digest, rule, packed=False) == found


def test_a_row_lets_its_texts_go_once_each_was_read() -> None:
    """A row decompresses its texts for the first asked for and lets them go once each was
    asked for; asked again, it reads them again."""
    rule, finding = _remembered_finding()
    other = attrs.evolve(finding, message="Another message.")
    digest = bytes(32)
    found = [
        (engine._placed(rule.code, finding), finding, False),
        ((rule.code, "b", "b"), other, False),
    ]
    row = engine._remember(digest, found, lambda fs: [f.message.encode() for f in fs])
    first, second = (entry for _, entry, _ in engine._recall(row, digest, rule, packed=True) or [])
    assert isinstance(first, engine.Recalled) and isinstance(second, engine.Recalled)
    kept = first._row
    assert first.text() == finding.message.encode() and kept._text is not None
    assert second.text() == b"Another message." and kept._text is None
    assert first.text() == finding.message.encode()


def _row_of(digest: bytes, items: tuple[Any, ...], brief: tuple[Any, ...]) -> bytes:
    """A group's row of findings packed as ``items``, as :func:`engine._remember` writes one."""
    return digest + cache_module.pack((brief, None, cache_module.pack(items)))


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda item: (item[0].value, *item[1:]), id="kind-not-a-kind"),
        pytest.param(lambda item: (item[0], "warning", *item[2:]), id="severity-not-a-severity"),
        pytest.param(lambda item: (*item[:2], "", *item[3:]), id="no-message"),
        pytest.param(lambda item: (*item[:3], "a claim", *item[4:]), id="claim-not-a-claim"),
        pytest.param(lambda item: (*item, False), id="six-fields"),
        pytest.param(lambda item: item[:4], id="four-fields"),
        pytest.param(lambda item: list(item), id="finding-not-a-tuple"),
    ],
)
def test_a_group_row_out_of_shape_is_not_recalled(spoil: Callable[[tuple[Any, ...]], Any]) -> None:
    """A group's row whose findings are not what the engine writes is not trusted (the
    unpickler builds the model's classes without their validators)."""
    rule, finding = _remembered_finding()
    item = (finding.kind, finding.severity, finding.message, *finding.claims)
    brief = (engine._placed(rule.code, finding), finding.severity, False, ("a.md",), 0)
    digest = bytes(32)
    good = _row_of(digest, (item, item), (brief, brief))
    assert engine._recall(good, digest, rule, packed=False) is not None
    spoiled = _row_of(digest, (item, spoil(item)), (brief, brief))
    assert engine._recall(spoiled, digest, rule, packed=False) is None


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda brief: (("FC999", *brief[0][1:]), *brief[1:]), id="another-rule"),
        pytest.param(lambda brief: (brief[0][:2], *brief[1:]), id="place-of-two"),
        pytest.param(lambda brief: (brief[0], "warning", *brief[2:]), id="severity-not-one"),
        pytest.param(lambda brief: (*brief[:2], 1, *brief[3:]), id="undated-not-a-bool"),
        pytest.param(lambda brief: (*brief[:3], "a.md", brief[4]), id="documents-not-a-tuple"),
        pytest.param(lambda brief: (*brief[:3], (1,), brief[4]), id="document-not-text"),
        pytest.param(lambda brief: (*brief[:4], -1), id="text-ends-before-it-starts"),
        pytest.param(lambda brief: brief[:4], id="four-fields"),
    ],
)
def test_a_group_row_told_out_of_shape_is_not_recalled(
    spoil: Callable[[tuple[Any, ...]], Any],
) -> None:
    """A group's row whose brief of its findings (where each goes, its severity, documents
    and the end of its text) is not what the engine writes is not trusted, packed or not."""
    rule, finding = _remembered_finding()
    item = (finding.kind, finding.severity, finding.message, *finding.claims)
    brief = (engine._placed(rule.code, finding), finding.severity, False, ("a.md",), 0)
    digest = bytes(32)
    for packed in (False, True):
        assert engine._recall(_row_of(digest, (item,), (brief,)), digest, rule, packed=packed)
        spoiled = _row_of(digest, (item,), (spoil(brief),))
        assert engine._recall(spoiled, digest, rule, packed=packed) is None


def test_a_packed_finding_that_cannot_be_restored_is_stale() -> None:
    """A row whose texts are whole but whose findings are not gives its findings packed;
    restoring one then raises Stale (the check reads everything in full again), as reading
    the text of one whose texts are damaged does."""
    rule, finding = _remembered_finding()
    digest = bytes(32)
    brief = (engine._placed(rule.code, finding), finding.severity, False, ("a.md",), 4)
    row = digest + cache_module.pack(((brief,), engine._deflate(b"text"), b"not a pickle"))
    ((_, recalled, _),) = engine._recall(row, digest, rule, packed=True) or [None]
    assert isinstance(recalled, engine.Recalled) and recalled.text() == b"text"
    with pytest.raises(engine.Stale):
        recalled.finding()
    assert engine._recall(row, digest, rule, packed=False) is None
    # Texts shorter than the row tells, or no deflate stream, are not read.
    for texts in (engine._deflate(b"tex"), b"not deflated"):
        damaged = digest + cache_module.pack(((brief,), texts, b"not a pickle"))
        ((_, recalled, _),) = engine._recall(damaged, digest, rule, packed=True) or [None]
        assert isinstance(recalled, engine.Recalled)
        with pytest.raises(engine.Stale):
            recalled.text()
    # Told of two findings, a row that holds one restores neither.
    item = (finding.kind, finding.severity, finding.message, *finding.claims)
    two = ((brief[0], finding.severity, False, ("a.md",), 2), (*brief[:4], 4))
    row = digest + cache_module.pack((two, engine._deflate(b"text"), cache_module.pack((item,))))
    recalled_two = [entry for _, entry, _ in engine._recall(row, digest, rule, packed=True) or []]
    assert len(recalled_two) == 2
    for entry in recalled_two:
        assert isinstance(entry, engine.Recalled)
        with pytest.raises(engine.Stale):
            entry.finding()
    assert engine._recall(row, digest, rule, packed=False) is None


def test_findings_of_groups_are_kept_per_rules_and_severities(
    tmp_path: Path, compared: list[object]
) -> None:
    """Another severity or another choice of rules compares the groups again: a group's row
    is not taken for what other rules or grades would find."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _corpus([([0], _MARCH), ([2], _MARCH), ([5], _MARCH), ([6], _MARCH)])
    factcheck.check(documents, config=config)
    compared.clear()
    regraded = attrs.evolve(config, severity={"FC101": "error"})
    report = factcheck.check(documents, config=regraded)
    assert compared
    fresh = factcheck.check(documents, config=attrs.evolve(regraded, cache=False))
    assert _json(report) == _json(fresh)
    assert {f.severity for f in report.findings if f.rule == "FC101"} == {factcheck.Severity.ERROR}


@pytest.mark.parametrize(
    "groups",
    [
        pytest.param((("FC101", "k", (3,)),), id="place-past-the-claims"),
        pytest.param((("FC101", "k", (-1,)),), id="negative-place"),
        pytest.param((("FC101", "k", ()),), id="no-place"),
        pytest.param((("FC101", 7, (0,)),), id="key-not-text"),
        pytest.param((("FC101", "k", (0.0,)),), id="place-not-whole"),
        pytest.param((("FC101", "k", [0]),), id="places-not-a-tuple"),
        pytest.param((("FC101", "k"),), id="two-fields"),
        pytest.param((["FC101", "k", (0,)],), id="group-not-a-tuple"),
    ],
)
def test_an_outline_with_groups_out_of_shape_is_not_read(groups: object) -> None:
    """An outline whose groups do not name places among its claims is not an outline."""
    document = factcheck.Document(text="Some text.", id="d")
    good = cache_module.encode_outline(document, (), 3, (("FC101", "k", (0, 2)),))
    assert cache_module.decode_outline(good)[3] == (("FC101", "k", (0, 2)),)
    with pytest.raises(pickle.UnpicklingError):
        cache_module.decode_outline(cache_module.pack((document, (), 3, groups)))


def test_only_a_check_without_claims_keeps_outlines(tmp_path: Path) -> None:
    """A check that keeps every claim writes no outline (it would write them all again on
    each run); one without claims keeps an outline of each document it read in full."""
    config = Config(cache_dir=tmp_path / "cache")
    documents = _archive_documents()
    factcheck.check(documents, config=config)
    assert _rows(tmp_path / "cache", "SELECT COUNT(*) FROM outlines") == [(0,)]
    factcheck.check(documents, config=config, claims=False)
    assert _rows(tmp_path / "cache", "SELECT COUNT(*) FROM outlines") == [(len(documents),)]


def _lone_finding() -> tuple[factcheck.rules.Rule, factcheck.Finding]:
    """The weekday rule, and its finding of one claim (a date given a day it is not)."""
    document = factcheck.loads(
        "The ferry will sail again on Sunday, March 14.", id="a.md", published="2031-03-05"
    )
    (finding,) = factcheck.check([document]).findings
    rule = next(rule() for rule in factcheck.rules.all_rules() if rule.code == finding.rule)
    return rule, finding


def test_a_group_row_gives_back_a_finding_of_one_claim() -> None:
    """A finding of one claim (FC202) is kept and recalled with that claim alone, where it
    goes in the output as the engine put it; a second claim that is no claim is not."""
    rule, finding = _lone_finding()
    assert rule.code == "FC202" and len(finding.claims) == 1
    digest = bytes(32)
    place = engine._placed(rule.code, finding)
    row = engine._remember(digest, [(place, finding, False)], None)
    assert engine._recall(row, digest, rule, packed=False) == [(place, finding, False)]
    item = (finding.kind, finding.severity, finding.message, finding.claims[0], "a claim")
    brief = (place, finding.severity, False, ("a.md",), 0)
    assert engine._recall(_row_of(digest, (item,), (brief,)), digest, rule, packed=False) is None


def test_a_recheck_reports_findings_of_one_claim(tmp_path: Path) -> None:
    """A check from the cache, with or without claims, reports the findings of claims that
    cannot hold alone as a check without it does, in the same place among the others."""
    documents = [
        factcheck.loads(text, id=name, format="markdown", published="2031-03-05")
        for name, text in [
            ("a.md", "The ferry will sail again on Sunday, March 14, officials said."),
            ("b.md", "Norvik workers will remain in the valley for now, the company said."),
            ("c.md", "The ferry sails again on Friday, March 14. Norvik workers will be leaving."),
        ]
    ]
    config = Config(cache_dir=tmp_path / "cache")
    cold = factcheck.check(documents, config=attrs.evolve(config, cache=False))
    assert [f.rule for f in cold.findings].count("FC202") == 1
    for claims in (True, False):
        factcheck.check(documents, config=config, claims=claims)
        warm = factcheck.check(documents, config=config, claims=claims)
        assert warm.findings == cold.findings
