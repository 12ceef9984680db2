"""Configuration: ``[tool.factcheck]`` in ``pyproject.toml``, or a ``factcheck.toml``.

Every key is checked: an unknown key or a bad value raises :class:`~factcheck.errors.ConfigError`
naming the key and the file. Paths in a configuration file are relative to its folder.
The keys, with what they hold:

==============  ==================================================================
``paths``       files or folders to check when the command is given none
``include``     globs a file in a checked folder must match (default: every format)
``exclude``     globs of files to leave out
``select``      rules to run, by code ("FC201"), code prefix ("FC2") or name
``ignore``      rules not to run, named the same way
``severity``    a table re-grading rules: ``FC201 = "error"``
``fail-on``     the least severity that fails the check: error, warning or info
``published``   a publication date for files that do not give one
``lexicons``    lexicon files extending the shipped tables (aliases, events, units)
``tolerances``  hedge tolerances, as the ``hedges`` table: ``approximately = {below = 0.15}``
``vague-time``  windows of vague time words, as the time lexicon's ``vague`` table
``fact-sheet``  a TOML or YAML file of canonical facts
``baseline``    a file of accepted findings
``cache``       whether to keep what is extracted in a cache (default: true)
``cache-dir``   the folder of the extraction cache (the command and the plugin default
                to ``.factcheck_cache`` next to the configuration file)
==============  ==================================================================
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs

from factcheck._lexicon import Lexicon, default_lexicon, load_lexicon
from factcheck._model import Severity
from factcheck.errors import ConfigError
from factcheck.rules import Rule

__all__ = ["CACHE_DIR", "CONFIG_FILES", "Config"]

#: The files a configuration is read from, in the order they are looked for in a folder.
CONFIG_FILES = ("factcheck.toml", "pyproject.toml")
#: The extraction cache's folder next to the configuration file, unless ``cache-dir`` says.
CACHE_DIR = ".factcheck_cache"

_SEVERITIES = {level.value: level for level in Severity}


def _strings(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(values)


def _paths(values: Iterable[str | Path]) -> tuple[Path, ...]:
    return tuple(Path(value) for value in values)


def _severities(value: Mapping[str, Severity | str]) -> dict[str, Severity]:
    return {
        key: Severity(level) if isinstance(level, str) else level for key, level in value.items()
    }


@attrs.frozen(kw_only=True)
class Config:
    """How to check.

    ``select`` and ``ignore`` name rules by code ("FC201"), code prefix ("FC2") or name
    ("timing-conflict"); an empty ``select`` runs every rule. ``severity`` re-grades rules the
    same way. ``lexicons`` are user lexicon files that extend the shipped tables, and
    ``lexicon_tables`` inline extensions (``tolerances`` and ``vague-time`` in a file).
    ``cache`` turns the extraction cache on or off, and ``cache_dir`` names its folder (see
    :meth:`cache_folder`). ``source`` is the file the configuration was read from, if any.
    """

    paths: tuple[Path, ...] = attrs.field(default=(), converter=_paths)
    include: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    exclude: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    select: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    severity: Mapping[str, Severity] = attrs.field(factory=dict, converter=_severities)
    fail_on: Severity = Severity.WARNING
    published: dt.datetime | None = None
    lexicons: tuple[Path, ...] = attrs.field(default=(), converter=_paths)
    lexicon_tables: tuple[tuple[str, Mapping[str, Any]], ...] = ()
    fact_sheet: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    baseline: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    cache: bool = attrs.field(default=True, validator=attrs.validators.instance_of(bool))
    cache_dir: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    source: Path | None = None

    @staticmethod
    def _matches(rule: type[Rule], names: Iterable[str]) -> bool:
        return any(rule.code.startswith(name) or rule.name == name for name in names)

    def enabled(self, rule: type[Rule]) -> bool:
        """Whether ``rule`` runs."""
        if self.select and not self._matches(rule, self.select):
            return False
        return not self._matches(rule, self.ignore)

    def severity_of(self, rule: type[Rule]) -> Severity:
        """The severity of ``rule``'s findings, re-graded by this configuration."""
        for key, level in self.severity.items():
            if rule.code.startswith(key) or rule.name == key:
                return level
        return rule.severity

    def severities(self) -> dict[str, Severity]:
        """The re-graded severities by rule code, for the rules this configuration re-grades."""
        from factcheck.rules import all_rules

        return {
            rule.code: self.severity_of(rule)
            for rule in all_rules()
            if self._matches(rule, self.severity)
        }

    def files(self, paths: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
        """The files to check under ``paths`` (default: the configured ``paths``): those that
        ``include`` and ``exclude`` let through, less the baseline file (JSON, like ninjs)."""
        from factcheck._load import discover

        found = discover(paths or self.paths, include=self.include, exclude=self.exclude)
        if self.baseline is None:
            return found
        baseline = self.baseline.resolve()
        return [path for path in found if path.resolve() != baseline]

    def cache_folder(self) -> Path | None:
        """The folder of the extraction cache: ``cache_dir``, or ``None`` when ``cache`` is
        off or no folder is named (``check()`` then extracts every document; the command
        and the plugin name one, see :meth:`with_cache_dir`)."""
        return self.cache_dir if self.cache else None

    def with_cache_dir(self) -> Config:
        """This configuration, its cache folder :data:`CACHE_DIR` next to the configuration
        file (or in the working folder) when the cache is on and it names no folder."""
        if not self.cache or self.cache_dir is not None:
            return self
        folder = Path() if self.source is None else self.source.parent
        return attrs.evolve(self, cache_dir=folder / CACHE_DIR)

    def lexicon(self) -> Lexicon:
        """The lexicon: the shipped tables extended by ``lexicons`` and ``lexicon_tables``."""
        if not self.lexicons and not self.lexicon_tables:
            return default_lexicon()
        return _lexicon(self.lexicons, _freeze(self.lexicon_tables))

    @classmethod
    def read(cls, path: str | Path) -> Config:
        """The configuration in the file at ``path`` (a ``factcheck.toml``, or a
        ``pyproject.toml`` whose ``[tool.factcheck]`` table holds it)."""
        path = Path(path)
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise ConfigError(str(path), "", "no such file") from None
        except (OSError, UnicodeDecodeError) as error:
            raise ConfigError(str(path), "", f"cannot be read: {error}") from None
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(str(path), "", f"not valid TOML: {error}") from None
        if path.name == "pyproject.toml":
            table = data.get("tool", {}).get("factcheck", {})
            prefix = "tool.factcheck."
        else:
            table, prefix = data, ""
        return _parse(table, path, prefix)

    @classmethod
    def discover(cls, start: str | Path | None = None) -> Config:
        """The configuration that applies to ``start`` (a folder or file; default: the working
        folder): the nearest ``factcheck.toml``, or ``pyproject.toml`` with a
        ``[tool.factcheck]`` table, in it or a folder above. None found: the defaults."""
        here = Path(start or ".").resolve()
        folder = here if here.is_dir() else here.parent
        for candidate in (folder, *folder.parents):
            for name in CONFIG_FILES:
                path = candidate / name
                if not path.is_file():
                    continue
                if name == "pyproject.toml" and b"[tool.factcheck" not in path.read_bytes():
                    continue
                return cls.read(path)
        return cls()


def _freeze(tables: tuple[tuple[str, Mapping[str, Any]], ...]) -> str:
    """A hashable stand-in for inline tables (they are plain TOML data)."""
    import json

    return json.dumps(tables, sort_keys=True, default=str)


@functools.cache
def _lexicon(paths: tuple[Path, ...], tables: str) -> Lexicon:
    import json

    extensions = [(label, table) for label, table in json.loads(tables)]
    return load_lexicon(*paths, extensions=extensions)


def _relative(folder: Path) -> Path:
    """``folder`` relative to the working folder when it lies inside it, for shorter names."""
    try:
        return folder.resolve().relative_to(Path.cwd())
    except ValueError:
        return folder


def _parse(table: Mapping[str, Any], path: Path, prefix: str) -> Config:
    """A configuration from a TOML table, every key and value checked."""
    label = str(path)
    root = _relative(path.parent)

    def fail(key: str, reason: str) -> ConfigError:
        return ConfigError(label, f"{prefix}{key}", reason)

    def strings(key: str) -> list[str]:
        value = table[key]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise fail(key, "must be a list of strings")
        return value

    def text(key: str) -> str:
        value = table[key]
        if not isinstance(value, str) or not value.strip():
            raise fail(key, "must be a non-empty string")
        return value

    def level(key: str, value: object) -> Severity:
        if not isinstance(value, str) or value not in _SEVERITIES:
            raise fail(key, f"must be one of {', '.join(_SEVERITIES)}, not {value!r}")
        return _SEVERITIES[value]

    def table_of(key: str) -> Mapping[str, Any]:
        value = table[key]
        if not isinstance(value, Mapping):
            raise fail(key, "must be a table")
        return value

    from factcheck.rules import all_rules

    known_rules = {rule.code for rule in all_rules()} | {rule.name for rule in all_rules()}

    def rule_names(key: str) -> list[str]:
        names = strings(key)
        for name in names:
            if not any(name == known or known.startswith(name) for known in known_rules):
                raise fail(key, f"no rule is named {name!r}")
        return names

    fields: dict[str, Any] = {"source": path}
    inline: list[tuple[str, Mapping[str, Any]]] = []
    for key in table:
        if key == "paths":
            fields["paths"] = [root / p for p in strings(key)]
        elif key in ("include", "exclude"):
            fields[key] = strings(key)
        elif key in ("select", "ignore"):
            fields[key] = rule_names(key)
        elif key == "severity":
            grades = table_of(key)
            for name, value in grades.items():
                if not any(name == known or known.startswith(name) for known in known_rules):
                    raise fail(f"{key}.{name}", "no rule is named so")
                level(f"{key}.{name}", value)
            fields["severity"] = dict(grades)
        elif key == "fail-on":
            fields["fail_on"] = level(key, table[key])
        elif key == "published":
            from factcheck._dates import parse_date

            try:
                fields["published"] = parse_date(table[key])
            except ValueError:
                raise fail(key, f"not a date: {table[key]!r}") from None
        elif key == "lexicons":
            fields["lexicons"] = [root / p for p in strings(key)]
        elif key == "tolerances":
            inline.append((f"{label} [{prefix}{key}]", {"hedges": table_of(key)}))
        elif key == "vague-time":
            inline.append((f"{label} [{prefix}{key}]", {"time": {"vague": table_of(key)}}))
        elif key == "cache":
            if not isinstance(table[key], bool):
                raise fail(key, "must be true or false")
            fields["cache"] = table[key]
        elif key in ("fact-sheet", "baseline", "cache-dir"):
            fields[key.replace("-", "_")] = root / text(key)
        else:
            known = (
                "paths, include, exclude, select, ignore, severity, fail-on, published, "
                "lexicons, tolerances, vague-time, fact-sheet, baseline, cache, cache-dir"
            )
            raise fail(key, f"unknown key (known keys: {known})")
    fields["lexicon_tables"] = tuple(inline)
    config = Config(**fields)
    for lexicon_file in config.lexicons:
        if not lexicon_file.is_file():
            raise fail("lexicons", f"no such file: {lexicon_file}")
    if config.fact_sheet is not None and not config.fact_sheet.is_file():
        raise fail("fact-sheet", f"no such file: {config.fact_sheet}")
    if config.lexicons or config.lexicon_tables:
        # A bad tolerance or time window is reported now, with its file. The shipped tables
        # alone need no such check, and compiling them (pint's registry, the grammars) cost
        # a third of a second of every run, whether it extracts anything or not.
        _compile(config.lexicon())
    return config


def _compile(lexicon: Lexicon) -> None:
    """Build every grammar the lexicon feeds, so that a bad value in it shows at once."""
    from factcheck._amounts import find_amounts
    from factcheck._times import find_times

    find_amounts("about 1", lexicon=lexicon)
    find_times("now", lexicon=lexicon)
