"""Configuration: which rules run and how severe their findings are, the lexicon files, the
fact sheet, and a default publication date."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping
from pathlib import Path

import attrs

from factcheck._lexicon import Lexicon, default_lexicon, load_lexicon
from factcheck._model import Severity
from factcheck.rules import Rule

__all__ = ["Config"]


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
    same way. ``lexicons`` are user lexicon files that extend the shipped tables.
    """

    select: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    ignore: tuple[str, ...] = attrs.field(default=(), converter=_strings)
    severity: Mapping[str, Severity] = attrs.field(factory=dict, converter=_severities)
    lexicons: tuple[Path, ...] = attrs.field(default=(), converter=_paths)
    fact_sheet: Path | None = attrs.field(default=None, converter=attrs.converters.optional(Path))
    published: dt.datetime | None = None

    @staticmethod
    def _matches(rule: type[Rule], names: tuple[str, ...] | Mapping[str, Severity]) -> bool:
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

    def lexicon(self) -> Lexicon:
        """The lexicon: the shipped tables extended by ``lexicons``."""
        return _lexicon(self.lexicons) if self.lexicons else default_lexicon()


@functools.cache
def _lexicon(paths: tuple[Path, ...]) -> Lexicon:
    return load_lexicon(*paths)
