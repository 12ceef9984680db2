"""Lexicons and data tables: the TOML files shipped in ``factcheck/data`` and users' additions.

A :class:`Lexicon` is the merge of the shipped tables with any number of user files. A user file
holds top-level tables named after the shipped files it extends (``[units.counted]`` extends
``units.toml``'s ``[counted]`` table). When merging, tables merge key by key, lists are appended
to (so a user adds words without repeating ours), and any other value replaces ours.
"""

from __future__ import annotations

import functools
import tomllib
from collections.abc import Iterable, Mapping
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import attrs

from factcheck.errors import LexiconError

__all__ = ["TABLES", "Lexicon", "default_lexicon", "load_lexicon"]

#: The shipped tables, each one file in ``factcheck/data``.
TABLES = ("events", "hedges", "numbers", "speakers", "subjects", "text", "time", "units")


@attrs.frozen(kw_only=True, eq=False)
class Lexicon:
    """Merged data tables, and which file each value came from (for error messages).

    Compare lexicons by identity: finders cache what they compile from one per instance.
    """

    tables: Mapping[str, Mapping[str, Any]]
    origins: Mapping[str, str]

    def table(self, name: str) -> Mapping[str, Any]:
        """The merged table ``name`` (one of :data:`TABLES`)."""
        return self.tables[name]

    def words(self, table: str, *keys: str) -> list[str]:
        """The list of words at ``keys`` in table ``table`` (empty when it is not set);
        raises :class:`LexiconError` naming the file and key when it is not a list of words."""
        value: Any = self.tables[table]
        for key in keys:
            value = value.get(key, []) if isinstance(value, Mapping) else None
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise self.error((table, *keys), "must be a list of words")
        return list(value)

    def mapping(self, table: str, *keys: str) -> dict[str, str]:
        """The table of words at ``keys`` in table ``table`` (empty when it is not set), each
        mapped to a word; raises :class:`LexiconError` naming the file and key when it is not."""
        value: Any = self.tables[table]
        for key in keys:
            value = value.get(key, {}) if isinstance(value, Mapping) else None
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            raise self.error((table, *keys), "must map words to words")
        return dict(value)

    def origin(self, *keys: str) -> str:
        """The file that last set the value at ``keys`` (or the nearest table above it)."""
        for end in range(len(keys), 0, -1):
            dotted = ".".join(keys[:end])
            if dotted in self.origins:
                return self.origins[dotted]
        return "<factcheck>"

    def error(self, keys: Iterable[str], reason: str) -> LexiconError:
        """A :class:`LexiconError` that names the file and the key of a bad value."""
        keys = tuple(keys)
        return LexiconError(self.origin(*keys), ".".join(keys), reason)


def _read_toml(path: Path | Traversable, label: str) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise LexiconError(label, "", "no such file") from None
    except tomllib.TOMLDecodeError as error:
        raise LexiconError(label, "", f"not valid TOML: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise LexiconError(label, "", f"cannot be read: {error}") from None


def _merge(
    into: dict[str, Any],
    new: Mapping[str, Any],
    origins: dict[str, str],
    source: str,
    prefix: str,
) -> None:
    for key, value in new.items():
        dotted = f"{prefix}.{key}" if prefix else key
        old = into.get(key)
        if isinstance(old, dict) and isinstance(value, Mapping):
            _merge(old, value, origins, source, dotted)
            continue
        if old is not None and isinstance(old, dict) != isinstance(value, Mapping):
            raise LexiconError(source, dotted, "a table must stay a table, and a value a value")
        if isinstance(old, list) and isinstance(value, list):
            into[key] = old + [item for item in value if item not in old]
        elif isinstance(value, Mapping):
            into[key] = {}
            _merge(into[key], value, origins, source, dotted)
        else:
            into[key] = value
        origins[dotted] = source


def load_lexicon(
    *paths: str | Path, extensions: Iterable[tuple[str, Mapping[str, Any]]] = ()
) -> Lexicon:
    """The shipped tables extended by the user files at ``paths``, in order, then by the
    ``extensions`` (a label for messages, and tables shaped like a user file's).

    Raises :class:`~factcheck.errors.LexiconError` naming the file for a file that is missing or not
    TOML, and naming the file and key for a table that does not exist or a value of the wrong kind.
    """
    tables: dict[str, dict[str, Any]] = {}
    origins: dict[str, str] = {}
    data = resources.files("factcheck") / "data"
    for name in TABLES:
        label = f"factcheck/data/{name}.toml"
        tables[name] = {}
        _merge(tables[name], _read_toml(data / f"{name}.toml", label), origins, label, name)
    extra = [(str(path), _read_toml(Path(path), str(path))) for path in paths]
    for label, extension in [*extra, *extensions]:
        for name, table in extension.items():
            if name not in tables:
                known = ", ".join(TABLES)
                raise LexiconError(label, name, f"unknown table (known tables: {known})")
            if not isinstance(table, Mapping):
                raise LexiconError(label, name, "must be a table")
            _merge(tables[name], table, origins, label, name)
    return Lexicon(tables=tables, origins=origins)


@functools.cache
def default_lexicon() -> Lexicon:
    """The shipped tables, read once per process."""
    return load_lexicon()
