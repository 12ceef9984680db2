"""Reading a file's bytes as text: UTF-8 (or UTF-16 with a byte-order mark), never guessing."""

from __future__ import annotations

import codecs
from pathlib import Path

from factcheck._model import InputProblem
from factcheck.errors import InputError

__all__ = ["decode", "read"]

#: How much of the start of a file is looked at to tell text from binary data.
_SNIFF = 8192
#: Control characters other than tab, newline, form feed and carriage return.
_CONTROL = bytes(range(32)).translate(None, b"\t\n\x0c\r")


def read(path: Path, label: str) -> tuple[str, tuple[InputProblem, ...]]:
    """The text of the file at ``path``; raises :class:`InputError` naming ``label``."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(label, "no such file") from None
    except IsADirectoryError:
        raise InputError(label, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(label, "permission denied") from None
    except OSError as error:
        raise InputError(label, f"cannot be read: {error.strerror or error}") from None
    return decode(data, label)


def decode(data: bytes, label: str) -> tuple[str, tuple[InputProblem, ...]]:
    """``data`` as text, and what was wrong with it.

    Binary data raises :class:`InputError`. Bytes that are not UTF-8 become U+FFFD and are
    reported as an ``undecodable-bytes`` problem, so the rest of the file is still checked.
    """
    for bom, encoding in ((codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), ()
            except UnicodeDecodeError as error:
                raise InputError(label, f"not valid {encoding.upper()}: {error.reason}") from None
    head = data[:_SNIFF]
    if b"\x00" in head:
        raise InputError(label, f"binary data, not text (a NUL byte at byte {head.index(0)})")
    if head and len(head.translate(None, _CONTROL)) < 0.9 * len(head):
        raise InputError(label, "binary data, not text (mostly control characters)")
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    try:
        return data.decode("utf-8"), ()
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode("utf-8", errors="replace")
    offset = len(data[:first].decode("utf-8"))
    count = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    problem = InputProblem(
        code="undecodable-bytes",
        message=(
            f"{count} byte sequence{'s' if count != 1 else ''} not valid UTF-8 "
            f"(the first at byte {first}), read as U+FFFD"
        ),
        offset=offset,
    )
    return text, (problem,)
