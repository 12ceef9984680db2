"""HTML: the text of the article, with each character's offset in the file kept.

Only the text inside ``<article>`` is kept when the page has one (else everything in the body),
without scripts, styles, navigation and the like; block elements become paragraph breaks. The
publication date comes from ``<meta property="article:published_time">``, JSON-LD
``datePublished`` or ``<time datetime>``, in that order of trust.
"""

from __future__ import annotations

import html
import json
import re
from html.parser import HTMLParser
from typing import Any

from factcheck._dates import parse_date
from factcheck._load._base import Parsed, clean
from factcheck._load._offsets import TextBuilder, line_starts
from factcheck._model import InputProblem, SourceMap
from factcheck.errors import InputError

__all__ = ["parse"]

#: Elements whose content is never article text.
_SKIPPED = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "math",
        "iframe",
        "object",
        "canvas",
        "nav",
        "aside",
        "footer",
        "form",
        "button",
        "select",
        "textarea",
        "head",
    ]
)
#: Elements that end a paragraph.
_BLOCKS = frozenset(
    [
        "address",
        "article",
        "blockquote",
        "dd",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
#: Elements that have no end tag, so they never open a region.
_VOID = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    ]
)

_DATE_META = (
    "article:published_time",
    "datepublished",
    "date",
    "pubdate",
    "publishdate",
    "dc.date",
    "dc.date.issued",
    "dcterms.created",
    "sailthru.date",
    "og:published_time",
)
_AUTHOR_META = ("author", "article:author", "byl", "dc.creator", "sailthru.author")
_OUTLET_META = ("og:site_name", "application-name", "publisher")
_TITLE_META = ("og:title", "twitter:title", "headline")


class _Extractor(HTMLParser):
    """One pass over the page: article text with offsets, and the metadata elements."""

    def __init__(self, source: str, *, article_only: bool) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.lines = line_starts(source)
        self.article_only = article_only
        self.text = TextBuilder()
        self.skipping: list[str] = []  # open elements whose content is dropped
        self.article_depth = 0
        self.meta: dict[str, str] = {}
        self.json_ld: list[str] = []
        self.times: list[tuple[str, bool]] = []  # (datetime attribute, marked as published)
        self.title: list[str] = []
        self.h1: list[str] = []
        self._in_json_ld = False
        self._in_title = False
        self._in_h1 = False

    def _position(self) -> int:
        line, column = self.getpos()
        return self.lines[line - 1] + column

    def _keeping(self) -> bool:
        return not self.skipping and (not self.article_only or self.article_depth > 0)

    def _break(self, separator: str) -> None:
        if len(self.text) and not self.text.ends_with(separator):
            self.text.append(separator, self._position())

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name.lower(): value or "" for name, value in attrs}
        if tag == "meta":
            key = (attributes.get("property") or attributes.get("name") or "").lower()
            key = key or attributes.get("itemprop", "").lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
        elif tag == "time" and attributes.get("datetime"):
            published = "pubdate" in attributes or attributes.get("itemprop") == "datePublished"
            self.times.append((attributes["datetime"], published))
        elif tag == "script" and attributes.get("type", "").lower() == "application/ld+json":
            self._in_json_ld = True
        elif tag == "title":
            self._in_title = True
        elif tag == "h1":
            self._in_h1 = True
        if tag == "article":
            self.article_depth += 1
        if tag in _SKIPPED and tag not in _VOID:
            self.skipping.append(tag)
        elif tag == "br":
            self._break("\n")
        elif tag in _BLOCKS:
            self._break("\n\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIPPED and self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipping:
            # Close the element and anything left open inside it (soup often forgets).
            del self.skipping[len(self.skipping) - 1 - self.skipping[::-1].index(tag) :]
        if tag == "script":
            self._in_json_ld = False
        elif tag == "title":
            self._in_title = False
        elif tag == "h1":
            self._in_h1 = False
        if tag in _BLOCKS:
            self._break("\n\n")
        if tag == "article" and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if self._in_json_ld:
            self.json_ld.append(data)
        if self._in_title:
            self.title.append(data)
        if self._in_h1:
            self.h1.append(data)
        if self._keeping():
            self.text.append(data, self._position())

    def _reference(self, raw: str, decoded: str) -> None:
        if self._in_title:
            self.title.append(decoded)
        if self._in_h1:
            self.h1.append(decoded)
        if self._keeping():
            # The text after the reference starts a new run: the builder sees it is not contiguous.
            self.text.append(decoded, self._position())

    def handle_entityref(self, name: str) -> None:
        raw = f"&{name};" if self.source.startswith(f"&{name};", self._position()) else f"&{name}"
        self._reference(raw, html.unescape(raw))

    def handle_charref(self, name: str) -> None:
        raw = (
            f"&#{name};" if self.source.startswith(f"&#{name};", self._position()) else f"&#{name}"
        )
        self._reference(raw, html.unescape(raw))


def _json_ld_values(blobs: list[str], key: str) -> list[Any]:
    """Values of ``key`` anywhere in the page's JSON-LD (objects, lists and ``@graph``)."""
    found: list[Any] = []
    for blob in blobs:
        try:
            pending = [json.loads(blob)]
        except (ValueError, RecursionError):
            continue  # a broken JSON-LD block is the page's problem, not the article's
        while pending:  # depth first, in the page's order
            node = pending.pop()
            if isinstance(node, dict):
                if key in node:
                    found.append(node[key])
                pending.extend(reversed(node.values()))
            elif isinstance(node, list):
                pending.extend(reversed(node))
    return found


def _published(page: _Extractor) -> tuple[Any, str] | None:
    """The publication date's raw value and where it came from, most trusted source first."""
    for key in _DATE_META:
        if page.meta.get(key):
            return page.meta[key], f"<meta {key}>"
    for value in _json_ld_values(page.json_ld, "datePublished"):
        if isinstance(value, str) and value.strip():
            return value, "JSON-LD datePublished"
    marked = [value for value, published in page.times if published]
    if marked or page.times:
        return (marked or [page.times[0][0]])[0], "<time datetime>"
    return None


_ARTICLE = re.compile(r"<article[\s>]", re.IGNORECASE)


def parse(source: str, *, label: str) -> Parsed:
    """The page's article text and metadata."""
    page = _Extractor(source, article_only=_ARTICLE.search(source) is not None)
    try:
        page.feed(source)
        page.close()
    except (AssertionError, ValueError, IndexError) as error:
        # html.parser is lenient, but a few malformed declarations still make it give up.
        raise InputError(label, f"HTML that cannot be parsed: {error}") from None
    problems: list[InputProblem] = []
    published = None
    found = _published(page)
    if found is not None:
        value, where = found
        try:
            published = parse_date(value)
        except ValueError:
            problems.append(
                InputProblem(
                    code="unreadable-date", message=f"{where} {value!r} is not a date", offset=0
                )
            )
    authors = [clean(value) for value in _json_ld_values(page.json_ld, "author")]
    publishers = [clean(value) for value in _json_ld_values(page.json_ld, "publisher")]
    byline = next((page.meta[k] for k in _AUTHOR_META if page.meta.get(k)), None)
    outlet = next((page.meta[k] for k in _OUTLET_META if page.meta.get(k)), None)
    title = next((page.meta[k] for k in _TITLE_META if page.meta.get(k)), None)
    return Parsed(
        text=page.text.text(),
        source_map=page.text.source_map(source),
        published=published,
        title=clean(title or "".join(page.title) or "".join(page.h1)),
        outlet=clean(outlet) or next((p for p in publishers if p), None),
        byline=clean(byline) or next((a for a in authors if a), None),
        problems=tuple(problems),
    )


def parse_fragment(fragment: str, *, base: SourceMap) -> tuple[str, SourceMap]:
    """The text of an HTML fragment (a body inside another format), mapped through ``base``."""
    page = _Extractor(fragment, article_only=False)
    page.feed(fragment)
    page.close()
    return page.text.text(), page.text.source_map(fragment, base=base)
