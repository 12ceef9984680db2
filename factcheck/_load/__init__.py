"""Loading documents: plain text, Markdown with front matter, HTML and IPTC ninjs JSON.

Every loader keeps each character's offset into the file as read, so a report can point at the
line and column. Metadata a caller passes wins over what the file says.
"""

from __future__ import annotations

import datetime as dt
import os
from array import array
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from factcheck._dates import parse_date
from factcheck._load import _html, _markdown, _ninjs, _text
from factcheck._load._base import Parsed
from factcheck._load._directives import find_suppressions
from factcheck._load._read import decode, read
from factcheck._model import Document, InputProblem, SourceMap
from factcheck.errors import InputError, InvalidArgument

__all__ = ["EXTENSIONS", "FORMATS", "discover", "load", "loads", "text_again"]

_PARSERS: dict[str, Callable[..., Parsed]] = {
    "text": _text.parse,
    "markdown": _markdown.parse,
    "html": _html.parse,
    "ninjs": _ninjs.parse,
}
#: The formats factcheck reads.
FORMATS = tuple(_PARSERS)

EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".mdx": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "ninjs",
}

Date = dt.datetime | dt.date | str


def discover(
    paths: Iterable[str | os.PathLike[str]],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
) -> list[Path]:
    """The files to check: files given as such, and in directories (recursively) the files of
    a format factcheck reads, matching ``include`` globs when given and no ``exclude`` glob.
    Hidden directories are skipped. A path that does not exist is kept, so that reading it
    reports it."""
    found: list[Path] = []
    for path in map(Path, paths):
        if not path.is_dir():
            found.append(path)
            continue
        children = []
        for parts, child in _files(path):
            if os.path.splitext(parts[-1])[1].lower() not in EXTENSIONS:
                continue
            if include and not any(child.match(glob) for glob in include):
                continue
            if any(child.match(glob) for glob in exclude):
                continue
            children.append((tuple(map(os.path.normcase, parts)), child))
        # In the order of sorted(path.rglob("*")): paths compare part by part, and on
        # Windows without case.
        children.sort(key=lambda pair: pair[0])
        found.extend(child for _, child in children)
    return found


def _files(folder: Path, parts: tuple[str, ...] = ()) -> Iterable[tuple[tuple[str, ...], Path]]:
    """The files under ``folder`` (following links to files, not to folders), each with its
    path's parts below ``folder``; hidden files and folders left out. A walk with
    ``os.scandir`` asks the file system nothing more per file (``rglob`` and ``is_file``
    cost a quarter of a second on 10k files), and never enters a hidden folder."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _files(folder / entry.name, (*parts, entry.name))
            elif entry.is_file():
                yield (*parts, entry.name), folder / entry.name
        except OSError:
            continue


def _sniff(source: str) -> str:
    """The format of a source whose name does not say."""
    start = source.lstrip()[:512].lower()
    if start.startswith("{"):
        return "ninjs"
    if start.startswith(("---", "+++")):
        return "markdown"
    if start.startswith(("<!doctype html", "<html", "<article", "<body", "<p>", "<div")):
        return "html"
    return "text"


def _format(format: str | None, path: Path | None, source: str) -> str:
    if format is not None:
        if format not in _PARSERS:
            raise InvalidArgument(f"unknown format {format!r} (known: {', '.join(FORMATS)})")
        return format
    if path is not None and path.suffix.lower() in EXTENSIONS:
        return EXTENSIONS[path.suffix.lower()]
    return _sniff(source)


def _document(
    source: str,
    kind: str,
    parsed: Parsed,
    *,
    id: str,
    path: str | None,
    published: Date | None,
    title: str | None,
    outlet: str | None,
    byline: str | None,
    problems: tuple[InputProblem, ...],
) -> Document:
    date: dt.datetime | None
    if published is not None:
        try:
            date = parse_date(published)
        except ValueError:
            raise InvalidArgument(f"published: {published!r} is not a date") from None
    else:
        date = parsed.published
    return Document(
        text=parsed.text,
        id=id,
        published=date,
        title=title or parsed.title,
        outlet=outlet or parsed.outlet,
        byline=byline or parsed.byline,
        path=path,
        source_map=parsed.source_map,
        problems=problems + parsed.problems,
        suppressions=find_suppressions(source, kind, parsed),
    )


def load(
    path: str | os.PathLike[str],
    *,
    format: str | None = None,
    id: str | None = None,
    published: Date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    byline: str | None = None,
) -> Document:
    """The document in the file at ``path``.

    ``format`` is one of :data:`FORMATS`; by default the file's extension decides, else its
    content. ``id`` defaults to the path as given. ``published`` and the other metadata, when
    given, replace what the file says. A file that cannot be read at all raises
    :class:`~factcheck.InputError` naming it; lesser problems (bytes that are not UTF-8, front
    matter that does not parse) are kept in :attr:`Document.problems` and the rest is read.
    """
    label = os.fspath(path)
    source, kind, parsed, problems = _parsed(label, format)
    return _document(
        source,
        kind,
        parsed,
        id=id or label,
        path=label,
        published=published,
        title=title,
        outlet=outlet,
        byline=byline,
        problems=problems,
    )


def _parsed(label: str, format: str | None) -> tuple[str, str, Parsed, tuple[InputProblem, ...]]:
    """The file named ``label`` as read: its source, its format, what the format's parser
    makes of it, and the problems of reading it."""
    file = Path(label)
    source, problems = read(file, label)
    kind = _format(format, file, source)
    return source, kind, _PARSERS[kind](source, label=label), problems


def text_again(document: Document) -> str | None:
    """The text of ``document`` (one that comes without it, :meth:`Document.without_text`)
    read again from its file; ``None`` when it has no file, the file cannot be read, or it
    no longer reads as it did (its map to the file differs: it was edited since)."""
    if document.text:
        return document.text
    if document.path is None:
        return None
    try:
        _, _, parsed, _ = _parsed(document.path, None)
    except InputError:
        return None
    # Only the text is wanted: no document is built, and no suppression looked for.
    before = document.source_map
    if before is None or _runs(before) != _runs(parsed.source_map):
        return None
    return parsed.text


def _runs(mapping: SourceMap) -> tuple[array[int], ...]:
    return mapping.text_starts, mapping.source_starts, mapping.line_starts


def loads(
    source: str | bytes,
    *,
    id: str,
    format: str = "text",
    published: Date | None = None,
    title: str | None = None,
    outlet: str | None = None,
    byline: str | None = None,
) -> Document:
    """The document in ``source`` (text, or bytes read as UTF-8), read as ``format``."""
    problems: tuple[InputProblem, ...] = ()
    if isinstance(source, bytes):
        source, problems = decode(source, id)
    if not isinstance(source, str):
        raise InvalidArgument(f"source must be str or bytes, got {type(source).__name__}")
    kind = _format(format, None, source)
    return _document(
        source,
        kind,
        _PARSERS[kind](source, label=id),
        id=id,
        path=None,
        published=published,
        title=title,
        outlet=outlet,
        byline=byline,
        problems=problems,
    )
