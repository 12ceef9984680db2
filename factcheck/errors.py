"""Errors raised by factcheck.

Every error subclasses :class:`FactcheckError` and the builtin it refines, so callers can catch
either. Errors keep their fields and survive pickling (a worker process can send them back).
A conflict between claims is never an error: it is a :class:`factcheck.Finding`.
"""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "FactcheckError",
    "InputError",
    "InvalidArgument",
    "LexiconError",
    "NormalizationError",
]


class FactcheckError(Exception):
    """Root of every error factcheck raises."""


class InvalidArgument(FactcheckError, ValueError):
    """An argument to a factcheck function has the wrong type or value."""


class NormalizationError(FactcheckError, ValueError):
    """A piece of text does not express the value asked for (an amount, a time, a duration).

    ``text`` is the text that was given and ``reason`` says what was missing.
    """

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(text, reason)
        self.text = text
        self.reason = reason

    def __str__(self) -> str:
        return f"cannot normalize {self.text!r}: {self.reason}"


class _KeyedError(FactcheckError, ValueError):
    """A file with a bad entry: names the file (``path``), the key and the reason."""

    def __init__(self, path: str, key: str, reason: str) -> None:
        super().__init__(path, key, reason)
        self.path = path
        self.key = key
        self.reason = reason

    def __str__(self) -> str:
        where = f"{self.path}: {self.key}" if self.key else self.path
        return f"{where}: {self.reason}"


class LexiconError(_KeyedError):
    """A lexicon or data table is malformed; names the file and the key."""


class InputError(FactcheckError, ValueError):
    """A document cannot be read: names the file (or document id) and the problem."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(source, reason)
        self.source = source
        self.reason = reason

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"


class ConfigError(_KeyedError):
    """A configuration file with an unknown key or a bad value: names the file and the key."""
