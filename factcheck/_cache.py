"""The extraction cache: what was read from each input, and the findings of each group of
claims, kept in SQLite between runs.

A row holds one input's extraction (its document, its claims, and its paragraphs when inline
suppressions need them) under a digest of

- the input: a file's path as given, a digest of its bytes, and the publication date the
  configuration gives undated files; or a document's id, metadata and text;
- the extractor (:func:`generation`): factcheck's version, a digest of its code and data
  files, the versions of Python and of the packages factcheck depends on, the payload format,
  the machine's byte order, and the merged lexicon tables, which hold everything in a
  configuration that changes what is extracted.

Nothing else changes what a row holds, so a hit is what extracting again would give. When a
run's extractor differs from the last one recorded, the rows are deleted.

A second table keeps the findings of each group of claims the engine compared, under the
group's rule and key and a digest of the rules and severities, with a digest of the group's
members (each named by its input's key and its place among the input's claims; see
:class:`factcheck._engine.Memory`) and the findings with their claims. A re-check compares
again only the groups whose members changed, and takes the others' findings from their rows:
a group's findings depend on its members and nothing else. A row whose members differ is
compared again and overwritten.

A third table keeps each input's outline (:class:`Outline`): its document, and for each
group the rules put its claims in, the group and the claims' places, under the input's key
and a digest of the rules (which give the groups). A re-check that needs no claims but those
of findings reads the outlines of the inputs, and the claims of only the inputs that have
members in a group that changed.

A fourth table keeps, for each file read, its digest and its signature (:func:`file_signature`:
its device and inode, size, and times of change), as git's index does: a re-check reads only
the files whose signature changed, and takes the others' digests from their rows. A file that
changed moments before its signature was taken might change again with the same signature
(a coarse clock gives both changes one time): its digest is kept without its signature,
and its bytes are read again at the next check.

The payload is a pickle (protocol 5) read back by an unpickler that builds only the classes of
factcheck's model, datetimes and arrays (never another callable), and a CRC-32 checksum of key
and payload guards each row against damage. A row that fails its checksum, does not unpickle,
or does not hold what a row must is a miss: it is extracted again and overwritten. Quantities
are written as a magnitude and a unit name and built again in factcheck's unit registry, and
each object of the model as its class and the values of its fields, built again by setting
its slots (:func:`_restore`) without validating, as pickle's own way (attrs'
``__setstate__``) does but at half the cost; :class:`~factcheck.Amount`'s own reduction
validates and converts units again and costs ten times as much.

The database is in WAL mode, so readers never wait for a writer; rows are written in short
transactions, and a connection waits for another's lock up to a timeout. A cache that cannot
be used (a folder that cannot be written, a lock held too long, a full disk) is bypassed for
the rest of the run with a :class:`CacheWarning`; a file that is not a database, or a corrupt
one, is deleted and built again, with a warning.
"""

from __future__ import annotations

import contextlib
import copyreg
import datetime as dt
import functools
import hashlib
import importlib.metadata
import io
import itertools
import json
import operator
import os
import pickle
import re
import sqlite3
import sys
import warnings
import zlib
from array import array
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

import factcheck
from factcheck import _model
from factcheck._collector import collector_paused
from factcheck._model import Claim, Document, Span, trusted_builder

if TYPE_CHECKING:
    from factcheck._lexicon import Lexicon

__all__ = [
    "DIGEST_SIZE",
    "FILE",
    "Cache",
    "CacheWarning",
    "Extracted",
    "Groups",
    "Outline",
    "OutlineRow",
    "decode",
    "decode_outline",
    "decode_outlines",
    "document_key",
    "encode",
    "encode_outline",
    "file_key",
    "file_signature",
    "generation",
    "outline_key",
    "pack",
    "unpack",
]

#: The database's file name in the cache folder.
FILE = "extractions.sqlite3"
#: The layout of the tables; a database of another layout is emptied and laid out again.
SCHEMA = "5"
#: The layout of a payload; part of :func:`generation`.
PAYLOAD_FORMAT = "5"
#: The length of a digest of a file's bytes (BLAKE2b).
DIGEST_SIZE = 32
#: Rows written in one transaction.
BATCH = 256
#: Rows asked for in one query, at most (SQLite allows 32,766 parameters).
_QUERY = 500
#: How long a connection waits for another's lock, in seconds, before the cache is bypassed.
TIMEOUT = 10.0

_GITIGNORE = "# Created by factcheck: the extraction cache (see docs/cache.md).\n*\n"
# https://bford.info/cachedir/ : backup tools skip a folder with this file.
_CACHEDIR_TAG = (
    "Signature: 8a477f597d28d172789f06886806bc55\n"
    "# This file is a cache directory tag created by factcheck.\n"
)
#: SQLite's primary result codes for a damaged database: SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGED = frozenset({11, 26})


class CacheWarning(RuntimeWarning):
    """The extraction cache could not be used, or was damaged and built again; the check goes
    on, extracting what it cannot read from the cache."""


@attrs.frozen(kw_only=True)
class Extracted:
    """What was read from one input: its document, its claims, and its paragraphs when the
    document has inline suppressions (they accept findings paragraph by paragraph); and its
    key in the cache when it is kept there (which names exactly what was read)."""

    document: Document
    claims: tuple[Claim, ...]
    paragraphs: tuple[Span, ...] = ()
    key: bytes | None = None


#: The groups an input's claims are in: for each, the rule's code, the name of the group
#: (the ``repr`` of the key the rule gives it, or that repr's digest for a long one), and the
#: places of the input's claims in it (in the order the engine sorts claims).
Groups = tuple[tuple[str, str, tuple[int, ...]], ...]


@attrs.frozen(kw_only=True)
class Outline:
    """What a check needs of an input read before, without its claims: its document (and its
    paragraphs when it has suppressions), its key in the cache, how many claims it has, and
    the groups they are in; the claims are read from the cache (under ``key``) when a group
    they are in changed."""

    document: Document
    paragraphs: tuple[Span, ...]
    key: bytes
    count: int
    groups: Groups


# --- Payloads ---------------------------------------------------------------------------------

#: What a payload may name: the classes of the model, datetimes, arrays, :func:`_quantity`,
#: :func:`_restore` and :func:`_document`.
_ALLOWED = frozenset(
    {
        ("factcheck._model", name)
        for name in _model.__all__
        if isinstance(getattr(_model, name), type)
    }
    | {("datetime", "datetime"), ("datetime", "date"), ("datetime", "timedelta")}
    | {("array", "array")}
    | {(__name__, "_quantity"), (__name__, "_restore"), (__name__, "_document")}
)


def _quantity(magnitude: float, unit_name: str) -> Any:
    """A quantity of factcheck's registry, as :class:`_Pickler` wrote it."""
    if type(magnitude) is float:
        # The exact float, sign of zero included, and not the equal int.
        return _shared_quantity(magnitude.hex(), magnitude, unit_name)
    if type(magnitude) is int and type(unit_name) is str:
        return _shared_quantity(None, magnitude, unit_name)
    raise pickle.UnpicklingError("a quantity is a number and a unit name")


@functools.lru_cache(maxsize=1 << 16)
def _shared_quantity(exact: str | None, magnitude: float, unit_name: str) -> Any:
    """The quantity of ``magnitude`` in ``unit_name``, one object for every row that holds
    it: building a pint quantity costs more than restoring a claim, and values recur (the
    finders share them too). A quantity of a number is never changed in place."""
    from pint.errors import UndefinedUnitError

    from factcheck._units import counted_unit, quantity, registry

    try:
        return quantity(magnitude, unit_name)
    except UndefinedUnitError:
        # Counted kinds from a user lexicon, and those a text shows ("currency_zennit",
        # "count_hanger"), become units when first counted, which in this process may not
        # have happened yet; pint's own units among them ("day" of "count_flight / day") are.
        known = registry()
        for name in re.findall(r"[^\W\d]\w*", unit_name):
            if name not in known:
                counted_unit(name)
        return quantity(magnitude, unit_name)


def _restore(cls: type[Any], *values: object) -> Any:
    """An instance of the model's attrs class ``cls`` with ``values`` in its fields, in their
    order, as :class:`_Pickler` wrote it; like attrs' ``__setstate__``, without validating
    (see :func:`factcheck._model.trusted_builder`)."""
    if cls not in _FIELDS:
        raise pickle.UnpicklingError(f"{cls!r} is not a class of the model")
    return trusted_builder(cls)(*values)


def _document(text: bytes, *values: object) -> Document:
    """A document as :class:`_Pickler` wrote it: its text as UTF-8, then its other fields."""
    if type(text) is not bytes:
        raise pickle.UnpicklingError("a document's text is kept as UTF-8")
    try:
        decoded = text.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError as error:
        raise pickle.UnpicklingError(f"a document's text is not UTF-8: {error}") from None
    built: Document = _restore(Document, decoded, *values)
    return built


#: The attrs classes of the model, each with what gets its fields' values (for
#: :class:`_Pickler`; :func:`_restore` builds them again).
_FIELDS: dict[type[Any], Callable[[object], tuple[Any, ...]]] = {}
for _class in (getattr(_model, _name) for _name in _model.__all__):
    if isinstance(_class, type) and attrs.has(_class):
        _FIELDS[_class] = operator.attrgetter(*(field.name for field in attrs.fields(_class)))
        # attrgetter of a single name gives the value itself, not a tuple of one value.
        assert len(attrs.fields(_class)) > 1, f"{_class.__name__} has a single field"
# _Pickler writes a document's text first, as _document reads it.
assert attrs.fields(Document)[0].name == "text", "a document's first field is its text"


#: The pickle protocol of payloads.
_PROTOCOL = 5


def _model_reduction(
    cls: type[Any], fields: Callable[[Any], tuple[Any, ...]]
) -> Callable[[object], tuple[Any, ...]]:
    """How an object of the model's attrs class ``cls`` is pickled: :func:`_restore` of its
    class and the values of its ``fields``."""

    def reduce(obj: object) -> tuple[Any, ...]:
        return _restore, (cls, *fields(obj))

    return reduce


def _document_reduction(document: Document) -> tuple[Any, ...]:
    # Pickle writes a text that is not ASCII from the UTF-8 form CPython then keeps in the
    # str for as long as it lives: a check that keeps outlines held each document's text
    # twice (42 MB more for 10k articles). An encoded copy is freed.
    text, *values = _FIELDS[Document](document)
    return _document, (text.encode("utf-8", "surrogatepass"), *values)


def _array_reduction(values: array[Any]) -> tuple[Any, ...]:
    # As its bytes in this machine's order (part of the generation): building it from them
    # costs half of what array's own portable reduction does.
    return array, (values.typecode, values.tobytes())


def _quantity_reduction(value: Any) -> tuple[Any, ...]:
    from factcheck._units import unit_name

    return _quantity, (value.magnitude, unit_name(value))


#: How pickle reduces an object of a type nothing else names.
_PICKLE_REDUCTION = operator.methodcaller("__reduce_ex__", _PROTOCOL)


class _Reductions(dict[type, Callable[[Any], Any]]):
    """How :class:`_Pickler` reduces an object, by its type: the model's objects, a document,
    an array; a quantity of factcheck's registry, whose class exists only once pint is
    imported, when first met; and anything else as pickle does. Pickle asks only of objects
    of types it does not write itself (not of tuples, lists, strings or numbers): a
    ``reducer_override``, which it asks of every object, took more than a quarter of encoding
    an extraction."""

    def __missing__(self, kind: type) -> Callable[[Any], Any]:
        if issubclass(kind, type):
            raise KeyError(kind)  # a class of a metaclass of its own (an enumeration): by name
        reduction = copyreg.dispatch_table.get(kind, _PICKLE_REDUCTION)
        if "pint" in sys.modules:
            from factcheck._units import registry

            if issubclass(kind, registry().Quantity):
                reduction = _quantity_reduction
        self[kind] = reduction
        return reduction


_REDUCTIONS = _Reductions(
    {cls: _model_reduction(cls, fields) for cls, fields in _FIELDS.items()}
    | {Document: _document_reduction, array: _array_reduction}
)


class _Pickler(pickle.Pickler):
    """Pickles quantities by magnitude and unit name, the model's objects field by field
    (see :func:`_restore`), a document's text as its UTF-8 bytes, and arrays as their
    bytes (:class:`_Reductions`)."""

    dispatch_table = _REDUCTIONS


class _Unpickler(pickle.Unpickler):
    """Builds only what :data:`_ALLOWED` names."""

    def find_class(self, module: str, name: str) -> Any:
        found = _FOUND.get((module, name))
        if found is None:
            if (module, name) not in _ALLOWED:
                raise pickle.UnpicklingError(f"{module}.{name} has no place in an extraction")
            found = _FOUND[module, name] = super().find_class(module, name)
        return found


#: What :class:`_Unpickler` found for the names of :data:`_ALLOWED` so far: every row names
#: a dozen classes, and looking one up is a module import and an attribute lookup.
_FOUND: dict[tuple[str, str], Any] = {}


def pack(value: object) -> bytes:
    """``value`` (claims, documents, findings, and tuples, lists and dicts of them) as bytes
    that :func:`unpack` reads."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=_PROTOCOL).dump(value)
    return buffer.getvalue()


def unpack(payload: bytes) -> Any:
    """The value :func:`pack` wrote; raises :class:`pickle.UnpicklingError` for bytes that
    are not a pickle or that name anything but the model's classes."""
    # Restoring claims makes many objects and no cycles: the cyclic collector's passes over
    # them would cost about as much as the restoring (measured on 10k articles).
    with collector_paused():
        try:
            return _Unpickler(io.BytesIO(payload)).load()
        except Exception as error:  # any bytes: pickle raises errors of every kind
            raise pickle.UnpicklingError(f"not a packed value: {error!r}") from None


def encode(
    document: Document | None, claims: tuple[Claim, ...], paragraphs: tuple[Span, ...]
) -> bytes:
    """The payload of an extraction (``document`` is ``None`` when the caller has it)."""
    return pack((document, claims, paragraphs))


def decode(payload: bytes) -> tuple[Document | None, tuple[Claim, ...], tuple[Span, ...]]:
    """The extraction :func:`encode` wrote; raises :class:`pickle.UnpicklingError` for
    anything else."""
    value = unpack(payload)
    if type(value) is tuple and len(value) == 3:
        document, claims, paragraphs = value
        if (
            (document is None or isinstance(document, Document))
            and type(claims) is tuple
            and all(issubclass(kind, Claim) for kind in set(map(type, claims)))
            and type(paragraphs) is tuple
            and all(type(span) is Span for span in paragraphs)
        ):
            return document, claims, paragraphs
    raise pickle.UnpicklingError("not an extraction")


def encode_outline(
    document: Document | None, paragraphs: tuple[Span, ...], count: int, groups: Groups
) -> bytes:
    """The payload of an outline (``document`` is ``None`` when the caller has it)."""
    return pack((document, paragraphs, count, groups))


#: An outline as kept: its document (``None`` for a document given as such), paragraphs,
#: number of claims and groups.
OutlineRow = tuple[Document | None, tuple[Span, ...], int, Groups]


def decode_outline(payload: bytes) -> OutlineRow:
    """The outline :func:`encode_outline` wrote; raises :class:`pickle.UnpicklingError` for
    anything else."""
    found = decode_outlines({b"": payload})
    if not found:
        raise pickle.UnpicklingError("not an outline")
    return found[b""]


def decode_outlines(payloads: Mapping[bytes, bytes]) -> dict[bytes, OutlineRow]:
    """The outlines :func:`encode_outline` wrote among ``payloads``, by the same keys."""
    rows: dict[bytes, OutlineRow] = {}
    for key, payload in payloads.items():
        try:
            value = unpack(payload)
        except pickle.UnpicklingError:
            continue
        if type(value) is tuple and len(value) == 4:
            document, paragraphs, count, groups = value
            if (
                (document is None or isinstance(document, Document))
                and type(paragraphs) is tuple
                and set(map(type, paragraphs)) <= {Span}
                and type(count) is int
                and type(groups) is tuple
                and _are_groups(groups, count)
            ):
                rows[key] = value
    return rows


def _are_groups(groups: tuple[Any, ...], count: int) -> bool:
    """Whether ``groups`` are :data:`Groups` of places below ``count``. Outlines are read
    by the ten thousand, with a dozen groups each: every test runs over all groups at once."""
    if not groups:
        return True
    if set(map(type, groups)) != {tuple} or set(map(len, groups)) != {3}:
        return False
    codes, keys, places = zip(*groups, strict=True)
    if not (set(map(type, codes)) == set(map(type, keys)) == {str}):
        return False
    if set(map(type, places)) != {tuple} or 0 in map(len, places):
        return False
    every = list(itertools.chain.from_iterable(places))
    return set(map(type, every)) == {int} and min(every) >= 0 and max(every) < count


# --- Keys -------------------------------------------------------------------------------------


@functools.cache
def _extractor() -> bytes:
    """A digest of what extracts: factcheck's version and files, Python, the payload format,
    the byte order and the versions of the packages factcheck depends on."""
    # Arrays are kept in this machine's byte order (see _Pickler).
    digest = hashlib.sha256(f"{PAYLOAD_FORMAT}\0{sys.version_info[:3]}\0{sys.byteorder}\0".encode())
    try:
        digest.update(importlib.metadata.version("factcheck").encode())
        requirements = importlib.metadata.requires("factcheck") or []
    except importlib.metadata.PackageNotFoundError:
        requirements = []
    for requirement in sorted(requirements):
        if "extra ==" in requirement:
            continue
        name = re.match(r"[\w.-]+", requirement)
        if name is None:
            continue
        try:
            version = importlib.metadata.version(name.group())
        except importlib.metadata.PackageNotFoundError:
            version = "-"
        digest.update(f"\0{name.group()}=={version}".encode())
    package = Path(factcheck.__file__).parent
    for file in sorted(package.rglob("*")):
        if file.is_file() and file.suffix != ".pyc":
            digest.update(b"\0" + file.relative_to(package).as_posix().encode() + b"\0")
            digest.update(file.read_bytes())
    return digest.digest()


@functools.cache
def generation(lexicon: Lexicon) -> str:
    """The extractor's digest (see the module's documentation) with ``lexicon``'s tables."""
    digest = hashlib.sha256(_extractor())
    digest.update(json.dumps(lexicon.tables, sort_keys=True, default=repr).encode())
    return digest.hexdigest()


def _framed(part: str | bytes) -> bytes:
    """``part`` as bytes after its length, so that no two lists of parts hash alike."""
    data = part.encode() if isinstance(part, str) else part
    return len(data).to_bytes(8, "little") + data


@functools.lru_cache(maxsize=8)
def _key_prefix(generation: str, kind: str) -> hashlib.blake2b:
    """The digest of a key's first parts, which every key of a run shares: a warm re-check
    makes ten thousand keys, and hashing the generation for each cost a third of them."""
    return hashlib.blake2b(_framed(generation) + _framed(kind), digest_size=32)


def _key(generation: str, kind: str, *parts: str | bytes) -> bytes:
    digest = _key_prefix(generation, kind).copy()
    digest.update(b"".join(map(_framed, parts)))
    return digest.digest()


def _date(value: dt.datetime | dt.date | str | None) -> str:
    return "" if value is None else str(value)


def file_key(
    generation: str, label: str, published: dt.datetime | dt.date | str | None, data: bytes
) -> bytes:
    """The key of the file read as ``label`` whose bytes have the BLAKE2b digest ``data``,
    when undated files are given ``published``."""
    return _key(generation, "file", label, _date(published), data)


def outline_key(key: bytes, rules: bytes) -> bytes:
    """The key of the outline of the input kept under ``key`` (which names the generation),
    grouped by the rules whose digest is ``rules``."""
    return hashlib.blake2b(b"outline\0" + key + rules, digest_size=32).digest()


def document_key(generation: str, document: Document) -> bytes:
    """The key of a :class:`~factcheck.Document` given as such."""
    fields = (document.title, document.outlet, document.byline, document.path)
    metadata = "\0".join("" if value is None else f"={value}" for value in fields)
    return _key(
        generation, "document", document.id, _date(document.published), metadata, document.text
    )


def file_signature(status: os.stat_result) -> bytes:
    """What tells that a file changed without reading it: its device and inode, its size,
    and the times its contents (mtime) and its inode (ctime, which no program sets back)
    last changed."""
    return (
        f"{status.st_dev}:{status.st_ino}:{status.st_size}"
        f":{status.st_mtime_ns}:{status.st_ctime_ns}"
    ).encode()


# --- The database -----------------------------------------------------------------------------


def _checksum(key: bytes, payload: bytes) -> bytes:
    """The CRC-32 of the row's key and ``payload``, so that a payload moved to another row
    does not pass either. It guards against damage, not against a forged row (whoever can
    write the database can compute any checksum): that is the unpickler's and the shape
    tests' work. A warm re-check of 10k articles checks 70 MB of outlines, and CRC-32 costs
    a third of what a keyed BLAKE2b did (0.11 s)."""
    return zlib.crc32(payload, zlib.crc32(key)).to_bytes(4, "little")


def _intact(key: bytes, checksum: object, payload: object) -> bytes | None:
    """A row's payload, if the row is one this cache wrote: bytes whose checksum holds."""
    if type(payload) is not bytes or checksum != _checksum(key, payload):
        return None
    return payload


@contextlib.contextmanager
def _transaction(connection: sqlite3.Connection) -> Iterator[None]:
    """A write transaction: it takes the write lock at once (waiting up to the timeout)."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")


class Cache:
    """The extraction cache in ``folder``, holding extractions of one :func:`generation`;
    ``timeout`` (default :data:`TIMEOUT`) is how long to wait for another process's lock.

    Opening it never fails: a cache that cannot be used warns (:class:`CacheWarning`) and
    then hits nothing and keeps nothing. Use it as a context manager, so that the rows still
    pending are written when the run ends.
    """

    def __init__(self, folder: Path, generation: str, *, timeout: float | None = None) -> None:
        self.folder = folder
        self.generation = generation
        self.timeout = TIMEOUT if timeout is None else timeout
        self._pending: list[tuple[bytes, bytes, bytes]] = []
        self._pending_groups: list[tuple[bytes, bytes, bytes]] = []
        self._pending_outlines: list[tuple[bytes, bytes, bytes]] = []
        self._pending_files: list[tuple[bytes, bytes, bytes]] = []
        self._groups: dict[bytes, tuple[bytes, bytes]] | None = None
        self._rebuilt = False
        self._connection: sqlite3.Connection | None = None
        try:
            self._connection = self._connect()
        except (sqlite3.Error, OSError) as error:
            self._failed(error)

    def __enter__(self) -> Cache:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @property
    def usable(self) -> bool:
        """Whether the cache still reads and keeps extractions."""
        return self._connection is not None

    def _connect(self) -> sqlite3.Connection:
        """A connection to the database, laid out for this generation."""
        self.folder.mkdir(parents=True, exist_ok=True)
        for name, text in ((".gitignore", _GITIGNORE), ("CACHEDIR.TAG", _CACHEDIR_TAG)):
            marker = self.folder / name
            if not marker.exists():
                marker.write_text(text, encoding="utf-8")
        connection = sqlite3.connect(self.folder / FILE, timeout=self.timeout, isolation_level=None)
        try:
            # Pages of 64 KiB for a new database (one made before keeps its own): a row of
            # about 10 KB then lies in one page, not in a chain of four of 4 KiB. Writing the
            # extractions of 10k articles took 0.43 s of CPU, 0.25 s so.
            connection.execute("PRAGMA page_size=65536")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            # A first check writes a row or two of about 10 KB for each file. With SQLite's
            # defaults (a 2 MB page cache, the log copied back every 4 MB) the index of
            # keys left the cache, and the copies came often: writing 40k rows took 3.7-4.3 s,
            # and 2.4-3.2 s with these (more pages held, the log copied back every 40 MB).
            connection.execute("PRAGMA cache_size=-16384")
            connection.execute("PRAGMA wal_autocheckpoint=10000")
            if not self._laid_out(connection):
                with _transaction(connection):
                    if not self._laid_out(connection):  # another process may have done it
                        self._lay_out(connection)
        except BaseException:
            connection.close()
            raise
        return connection

    def _laid_out(self, connection: sqlite3.Connection) -> bool:
        """Whether the database has this schema and holds rows of this generation only."""
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if not {"meta", "extractions", "groups", "outlines", "files"} <= tables:
            return False
        meta = dict(connection.execute("SELECT name, value FROM meta"))
        return meta == {"schema": SCHEMA, "generation": self.generation}

    def _lay_out(self, connection: sqlite3.Connection) -> None:
        """Create the tables, or empty them of another schema's or generation's rows."""
        connection.execute("DROP TABLE IF EXISTS meta")
        connection.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute("DROP TABLE IF EXISTS extractions")
        connection.execute(
            "CREATE TABLE extractions"
            " (key BLOB PRIMARY KEY, checksum BLOB NOT NULL, payload BLOB NOT NULL)"
        )
        connection.execute("DROP TABLE IF EXISTS groups")
        connection.execute(
            "CREATE TABLE groups"
            " (key BLOB PRIMARY KEY, checksum BLOB NOT NULL, payload BLOB NOT NULL)"
        )
        connection.execute("DROP TABLE IF EXISTS outlines")
        connection.execute(
            "CREATE TABLE outlines"
            " (key BLOB PRIMARY KEY, checksum BLOB NOT NULL, payload BLOB NOT NULL)"
        )
        connection.execute("DROP TABLE IF EXISTS files")
        connection.execute(
            "CREATE TABLE files"
            " (key BLOB PRIMARY KEY, checksum BLOB NOT NULL, payload BLOB NOT NULL)"
        )
        connection.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", SCHEMA), ("generation", self.generation)],
        )

    def _drop_pending(self) -> None:
        """Forget the rows not written yet (the cache cannot take them)."""
        self._pending.clear()
        self._pending_groups.clear()
        self._pending_outlines.clear()
        self._pending_files.clear()

    def _warn(self, what: str) -> None:
        warnings.warn(f"the extraction cache in {self.folder} {what}", CacheWarning, stacklevel=4)

    def _failed(self, error: sqlite3.Error | OSError) -> None:
        """Give up on the database after ``error``: build a damaged one again (once a run),
        else stop using it."""
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None
        code = getattr(error, "sqlite_errorcode", None)
        self._groups = None
        if code is None or code & 0xFF not in _DAMAGED or self._rebuilt:
            self._drop_pending()
            self._warn(f"cannot be used ({error}); going on without it")
            return
        self._rebuilt = True
        try:
            for suffix in ("", "-wal", "-shm"):
                (self.folder / f"{FILE}{suffix}").unlink(missing_ok=True)
            self._connection = self._connect()
        except (sqlite3.Error, OSError) as again:
            self._drop_pending()
            self._warn(f"was damaged ({error}) and cannot be built again ({again})")
            return
        self._warn(f"was damaged ({error}); it was emptied and built again")

    def get(self, key: bytes) -> tuple[Document | None, tuple[Claim, ...], tuple[Span, ...]] | None:
        """The extraction kept under ``key``; ``None`` when there is none, or the row is not
        one this cache wrote (it is then overwritten when the input is extracted again)."""
        if self._connection is None:
            return None
        try:
            row = self._connection.execute(
                "SELECT checksum, payload FROM extractions WHERE key = ?", (key,)
            ).fetchone()
        except sqlite3.Error as error:
            self._failed(error)
            return None
        payload = None if row is None else _intact(key, *row)
        if payload is None:
            return None
        try:
            return decode(payload)
        except pickle.UnpicklingError:
            return None

    def outlines(self, keys: list[bytes]) -> dict[bytes, OutlineRow]:
        """The outlines kept under ``keys`` (:func:`outline_key`), by key: those the cache
        holds, in rows this cache wrote."""
        found: dict[bytes, OutlineRow] = {}
        payloads: dict[bytes, bytes] = {}
        for key, checksum, stored in self._rows("outlines", keys):
            payload = _intact(key, checksum, stored)
            if payload is not None:
                payloads[key] = payload
            # Decoded a batch at a time: the rows of an archive, held all at once before
            # decoding, took as much memory as the documents they hold.
            if len(payloads) >= BATCH:
                found.update(decode_outlines(payloads))
                payloads.clear()
        found.update(decode_outlines(payloads))
        return found

    def _rows(self, table: str, keys: list[bytes]) -> Iterator[tuple[bytes, object, object]]:
        """The rows of ``table`` kept under ``keys`` (in no order), as they are read; after an
        error, no more."""
        if self._connection is None or not keys:
            return
        try:
            (held,) = self._connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()
            if held <= 2 * len(keys):
                # Reading the whole table costs less than looking each key up, when the keys
                # are most of its rows (as in a re-check of an archive: 10k rows, 0.04 s less).
                wanted = set(keys)
                rows = self._connection.execute(f"SELECT key, checksum, payload FROM {table}")
                yield from (row for row in rows if row[0] in wanted)
                return
            for start in range(0, len(keys), _QUERY):
                chunk = keys[start : start + _QUERY]
                yield from self._connection.execute(
                    f"SELECT key, checksum, payload FROM {table} WHERE key IN"
                    f" ({', '.join('?' * len(chunk))})",
                    chunk,
                )
        except sqlite3.Error as error:
            self._failed(error)

    def file_digests(self, names: list[str]) -> dict[str, tuple[bytes, bytes]]:
        """The signature and digest kept for each of the files ``names``, by name: those the
        cache holds, in rows this cache wrote."""
        found: dict[str, tuple[bytes, bytes]] = {}
        for key, checksum, stored in self._rows("files", [os.fsencode(name) for name in names]):
            payload = _intact(key, checksum, stored)
            if payload is not None and len(payload) >= DIGEST_SIZE:
                found[os.fsdecode(key)] = (payload[:-DIGEST_SIZE], payload[-DIGEST_SIZE:])
        return found

    def keep_file_digest(self, name: str, signature: bytes, digest: bytes) -> None:
        """Keep the digest of the file ``name`` with its signature (:func:`file_signature`,
        taken before it was read; empty for a file that may change again unseen, which no
        file's signature matches), with the next batch of rows."""
        if self._connection is None:
            return
        key, payload = os.fsencode(name), signature + digest
        self._pending_files.append((key, _checksum(key, payload), payload))
        if len(self._pending_files) >= BATCH:
            self.flush()

    def put_outline(self, key: bytes, payload: bytes) -> None:
        """Keep an outline (from :func:`encode_outline`) under ``key``, with the next batch
        of rows."""
        if self._connection is None:
            return
        self._pending_outlines.append((key, _checksum(key, payload), payload))
        if len(self._pending_outlines) >= BATCH:
            self.flush()

    def put(self, key: bytes, payload: bytes) -> None:
        """Keep ``payload`` (from :func:`encode`) under ``key``; it is written with the next
        batch of rows, or when the cache is closed."""
        if self._connection is None:
            return
        self._pending.append((key, _checksum(key, payload), payload))
        if len(self._pending) >= BATCH:
            self.flush()

    def recall(self, key: bytes) -> bytes | None:
        """The findings of a group kept under ``key`` (see :class:`factcheck._engine.Memory`),
        given once; ``None`` when there are none, or the row is not one this cache wrote."""
        if self._groups is None:
            # A check asks for every group: one query for all rows costs less than one each.
            self._groups = {}
            if self._connection is None:
                return None
            try:
                rows = self._connection.execute("SELECT key, checksum, payload FROM groups")
                self._groups = {row[0]: (row[1], row[2]) for row in rows}
            except sqlite3.Error as error:
                self._failed(error)
                return None
        # A check asks for each group's row once: a row given is let go (the rows of 10k
        # articles take 29 MB, which the recalled findings hold again).
        row = self._groups.pop(key, None)
        return None if row is None else _intact(key, *row)

    def keep(self, key: bytes, payload: bytes) -> None:
        """Keep the findings of a group under ``key``, with the next batch of rows."""
        if self._connection is None:
            return
        self._pending_groups.append((key, _checksum(key, payload), payload))
        if len(self._pending_groups) >= BATCH:
            self.flush()

    def flush(self) -> None:
        """Write the rows kept so far."""
        rows, self._pending = self._pending, []
        groups, self._pending_groups = self._pending_groups, []
        outlines, self._pending_outlines = self._pending_outlines, []
        files, self._pending_files = self._pending_files, []
        if self._connection is None or not (rows or groups or outlines or files):
            return
        try:
            with _transaction(self._connection):
                self._connection.executemany(
                    "INSERT OR REPLACE INTO extractions VALUES (?, ?, ?)", rows
                )
                self._connection.executemany(
                    "INSERT OR REPLACE INTO groups VALUES (?, ?, ?)", groups
                )
                self._connection.executemany(
                    "INSERT OR REPLACE INTO outlines VALUES (?, ?, ?)", outlines
                )
                self._connection.executemany("INSERT OR REPLACE INTO files VALUES (?, ?, ?)", files)
        except sqlite3.Error as error:
            self._failed(error)

    def close(self) -> None:
        """Write the pending rows and close the database."""
        self.flush()
        if self._connection is not None:
            try:
                self._connection.close()
            except sqlite3.Error as error:
                self._failed(error)
            self._connection = None
