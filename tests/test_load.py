"""Loaders read every format, keep offsets into the file, and report bad input cleanly."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import tracemalloc
from pathlib import Path

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import factcheck
from factcheck import Document, InputError, InvalidArgument
from factcheck._dates import parse_date
from factcheck._load import discover, text_again

DAY = dt.datetime(2031, 3, 5)


def _located(document: Document, needle: str, source: str) -> str:
    """The source text at the mapped offset of ``needle`` in the document's text."""
    assert document.source_map is not None
    start = document.source_map.source_offset(document.text.index(needle))
    return source[start : start + len(needle)]


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


# Plain text


def test_plain_text_reads_a_leading_date_line(tmp_path: Path) -> None:
    """A first line 'date: 2031-03-05' gives the publication date and is not article text."""
    path = _write(tmp_path, "a.txt", "date: 2031-03-05\nThe ferry carried 300 people.\n")
    document = factcheck.load(path)
    assert document.published == DAY
    assert document.text.startswith("The ferry")


def test_plain_text_reads_a_date_prefix_on_the_headline_line(tmp_path: Path) -> None:
    """' date 2031-03-05 Headline' gives the date and keeps the headline as text."""
    source = " date 2031-03-05 Ferry service ends\n\nThe ferry carried 300 people.\n"
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.published == DAY
    assert document.text.startswith("Ferry service ends")
    assert _located(document, "300 people", source) == "300 people"


def test_plain_text_without_a_date_line_has_no_date(tmp_path: Path) -> None:
    """A text that does not state its date has none; nothing is guessed."""
    source = "Dated notes: the ferry left on Wednesday.\n"
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.published is None
    assert document.text == source


def test_plain_text_reads_a_header_of_metadata_lines(tmp_path: Path) -> None:
    """A head of "key: value" lines ended by a blank line gives the date, title, outlet and
    byline, whatever the keys' case and spelling, and is not article text."""
    source = (
        "Title: Ferry service ends\nPublish-Date: 2031-03-05\nSource: Harbour Post\n"
        "by: Ana Lima\nslug: ferry\n\nThe ferry carried 300 people.\n"
    )
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.published == DAY
    assert (document.title, document.outlet, document.byline) == (
        "Ferry service ends",
        "Harbour Post",
        "Ana Lima",
    )
    assert document.text == "The ferry carried 300 people.\n"
    assert _located(document, "300 people", source) == "300 people"


def test_plain_text_reads_a_header_after_its_headline(tmp_path: Path) -> None:
    """A headline line, then "key: value" lines and a blank line: the header gives the date
    and outlet, the headline stays the first line of the text and is its title."""
    source = (
        "Ferry service ends\ndate: 2031-03-05\nsource: Harbour Post\n\n"
        "The ferry carried 300 people.\n"
    )
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.published == DAY
    assert (document.title, document.outlet) == ("Ferry service ends", "Harbour Post")
    assert document.text == "Ferry service ends\n\nThe ferry carried 300 people.\n"
    assert _located(document, "300 people", source) == "300 people"
    assert _located(document, "service ends", source) == "service ends"


@pytest.mark.parametrize(
    "source",
    [
        "Ferry service ends\n\nWednesday, March 5, 2031 \n\nThe ferry carried 300 people.\n",
        "Ferry service ends\n5 March 2031\n\nThe ferry carried 300 people.\n",
        "March 5, 2031\nThe ferry carried 300 people.\n",
    ],
)
def test_plain_text_reads_a_dateline(tmp_path: Path, source: str) -> None:
    """A date written in full on a line of its own, first or below the headline, gives the
    publication date, and stays text."""
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.published == DAY
    assert document.text == source


@pytest.mark.parametrize(
    "source",
    [
        "Ferry service ends\n\nWednesday, March 5\n\nThe ferry carried 300 people.\n",
        "Ferry service ends in 2031\n\nThe ferry carried 300 people.\n",
        "Ferry service ends\n\nThe ferry has sailed since 2031.\n",
        "Ferry service ends\n\nThe ferry stops.\nMarch 5, 2031\n",
    ],
)
def test_plain_text_takes_no_other_line_for_a_dateline(tmp_path: Path, source: str) -> None:
    """A date that needs the day it is read on, a headline or a sentence with a year, and a
    date below the text's first lines are no dateline."""
    assert factcheck.load(_write(tmp_path, "a.txt", source)).published is None


@pytest.mark.parametrize(
    "source",
    [
        "Update: the ferry carried 300 people.\n\nIt sailed on.\n",  # no metadata key
        "Ferry service ends\nThe ferry carried 300 people.\n\nIt sailed on.\n",  # no header
        "Ferry service ends\nUpdate: 300 people.\n\nIt sailed on.\n",  # no metadata key
        "title: Ferry\nThe ferry carried 300 people.\n\nIt sailed on.\n",  # no blank line
    ],
)
def test_plain_text_that_opens_with_no_header_is_all_text(tmp_path: Path, source: str) -> None:
    """Lines that are not a whole header ended by a blank line stay article text."""
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.text == source
    assert document.published is None


def test_header_date_that_is_not_a_date_is_an_input_problem(tmp_path: Path) -> None:
    """A header's date that does not parse is reported, not guessed."""
    document = factcheck.load(_write(tmp_path, "a.txt", "title: Ferry\ndate: soon\n\nBody.\n"))
    assert [p.code for p in document.problems] == ["unreadable-date"]
    assert document.published is None
    assert document.text == "Body.\n"


@pytest.mark.parametrize(
    ("written", "published"),
    [
        ("Jan. 14, 2031", dt.datetime(2031, 1, 14)),
        ("14 January 2031", dt.datetime(2031, 1, 14)),
        ("Tuesday, January 14, 2031", dt.datetime(2031, 1, 14)),
        ("Jan. 14, 2031, 3:45 p.m.", dt.datetime(2031, 1, 14, 15, 45)),
    ],
)
def test_header_date_may_be_written_out(
    tmp_path: Path, written: str, published: dt.datetime
) -> None:
    """A date written as stories write them is read, with its time if it has one."""
    document = factcheck.load(_write(tmp_path, "a.txt", f"date: {written}\n\nBody.\n"))
    assert document.published == published
    assert document.problems == ()


@pytest.mark.parametrize("written", ["Jan. 14", "yesterday", "March 2031", "Jan. 14, 2031 or so"])
def test_header_date_that_names_no_one_day_is_an_input_problem(
    tmp_path: Path, written: str
) -> None:
    """A date with no year, a day told from today, a month, or a date with more words than
    the date is not guessed."""
    document = factcheck.load(_write(tmp_path, "a.txt", f"date: {written}\n\nBody.\n"))
    assert [p.code for p in document.problems] == ["unreadable-date"]
    assert document.published is None


@given(st.text(max_size=40))
def test_parse_date_reads_a_date_or_raises_value_error(value: str) -> None:
    """Any metadata text is a date or a ValueError, never another failure."""
    with contextlib.suppress(ValueError):
        assert isinstance(parse_date(value), dt.datetime)


def test_caller_date_wins(tmp_path: Path) -> None:
    """A publication date passed by the caller replaces the file's."""
    path = _write(tmp_path, "a.txt", "date: 2031-03-05\nText.\n")
    assert factcheck.load(path, published="2031-04-01").published == dt.datetime(2031, 4, 1)


def test_line_and_column_are_one_based(tmp_path: Path) -> None:
    """Offsets map to 1-based lines and columns of the file."""
    source = "date: 2031-03-05\nFirst line.\nThe ferry carried 300 people.\n"
    document = factcheck.load(_write(tmp_path, "a.txt", source))
    assert document.source_map is not None
    assert document.source_map.line_column(document.text.index("300")) == (3, 19)


# Markdown


def test_markdown_reads_yaml_front_matter(tmp_path: Path) -> None:
    """YAML front matter gives date, title, byline and outlet; the body starts after it."""
    source = (
        "---\ntitle: Ferry service ends\ndate: 2031-03-05\nauthor: Ana Lima\n"
        "publisher: The Harbour Post\n---\nThe ferry carried **300** people.\n"
    )
    document = factcheck.load(_write(tmp_path, "a.md", source))
    assert (document.published, document.title, document.byline, document.outlet) == (
        DAY,
        "Ferry service ends",
        "Ana Lima",
        "The Harbour Post",
    )
    assert "300 " in document.text
    assert "**" not in document.text
    assert _located(document, "300", source) == "300"


def test_markdown_reads_toml_front_matter(tmp_path: Path) -> None:
    """TOML front matter (+++) is read too, with publishDate as the date."""
    source = '+++\ntitle = "Ferry"\npublishDate = 2031-03-05T09:30:00Z\n+++\nBody.\n'
    document = factcheck.load(_write(tmp_path, "a.md", source))
    assert document.published == dt.datetime(2031, 3, 5, 9, 30)
    assert document.text.strip() == "Body."


def test_markdown_markup_is_blanked_in_place(tmp_path: Path) -> None:
    """Links, headings and comments become spaces, so offsets are those of the file."""
    source = "---\ndate: 2031-03-05\n---\n# Ferry\n\nSee [the report](http://x.test/1).\n"
    document = factcheck.load(_write(tmp_path, "a.md", source))
    assert "http" not in document.text
    assert "the report" in document.text
    assert _located(document, "the report", source) == "the report"


def test_malformed_front_matter_is_an_input_problem(tmp_path: Path) -> None:
    """Front matter that is not YAML is reported; the body is still read."""
    source = "---\ntitle: [unclosed\ndate: 2031-03-05\n---\nThe body.\n"
    document = factcheck.load(_write(tmp_path, "a.md", source))
    assert [p.code for p in document.problems] == ["malformed-front-matter"]
    assert document.text.strip() == "The body."
    assert document.published is None


def test_a_colon_in_a_front_matter_value_is_reported_and_its_lines_read(tmp_path: Path) -> None:
    """A title with a colon in it is no YAML; it is reported, and the lines are still read as
    ``key: value``, so the date, title and outlet are not lost."""
    source = (
        "---\ntitle: Spill: agency gives first figures\ndate: 2031-09-10\noutlet: The Courier"
        "\nauthor: 'Ana Lima'\n---\nThe body.\n"
    )
    document = factcheck.load(_write(tmp_path, "a.md", source))
    (problem,) = document.problems
    assert problem.code == "malformed-front-matter"
    assert problem.message.endswith("its lines were read as key: value")
    assert document.published == dt.datetime(2031, 9, 10)
    assert (document.title, document.outlet, document.byline) == (
        "Spill: agency gives first figures",
        "The Courier",
        "Ana Lima",
    )


def test_unclosed_front_matter_is_an_input_problem(tmp_path: Path) -> None:
    """Front matter that never closes is reported and the file read as text."""
    document = factcheck.load(_write(tmp_path, "a.md", "---\ntitle: x\nBody.\n"))
    assert [p.code for p in document.problems] == ["malformed-front-matter"]


def test_front_matter_date_that_is_not_a_date_is_an_input_problem(tmp_path: Path) -> None:
    """A date field that does not parse is reported, not guessed."""
    document = factcheck.load(_write(tmp_path, "a.md", "---\ndate: soon\n---\nBody.\n"))
    assert [p.code for p in document.problems] == ["unreadable-date"]
    assert document.published is None


# HTML


PAGE = """<!DOCTYPE html>
<html><head><title>Ferry | Harbour Post</title>
<meta property="article:published_time" content="2031-03-05T08:00:00+01:00">
<meta name="author" content="Ana Lima"><meta property="og:site_name" content="Harbour Post">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2030-01-01"}</script>
</head><body><nav>Home | World</nav>
<article><h1>Ferry service ends</h1>
<p>The ferry&#8217;s last trip carried 300&nbsp;people &amp; 12 cars.</p>
<p>It ran for <b>40</b> years.</p></article>
<footer>Copyright</footer><script>track()</script></body></html>
"""


def test_html_keeps_article_text_only() -> None:
    """Navigation, footers and scripts are dropped; the article's paragraphs stay."""
    document = factcheck.loads(PAGE, id="p", format="html")
    assert "Home" not in document.text
    assert "Copyright" not in document.text
    assert "track" not in document.text
    assert "The ferry’s last trip carried 300\xa0people & 12 cars." in document.text
    assert "\n\nIt ran for 40 years." in document.text


def test_html_reads_metadata_in_order_of_trust() -> None:
    """article:published_time wins over JSON-LD; author and site name are read."""
    document = factcheck.loads(PAGE, id="p", format="html")
    assert document.published == dt.datetime(2031, 3, 5, 8, 0)
    assert (document.byline, document.outlet) == ("Ana Lima", "Harbour Post")


def test_html_offsets_survive_entities() -> None:
    """Text after an entity maps back to its place in the file."""
    document = factcheck.loads(PAGE, id="p", format="html")
    assert _located(document, "12 cars", PAGE) == "12 cars"
    assert _located(document, "40", PAGE) == "40"


def test_html_reads_json_ld_and_time_elements() -> None:
    """Without a meta date, JSON-LD datePublished gives it; failing that, <time datetime>."""
    json_ld = (
        '<script type="application/ld+json">{"@graph": [{"datePublished": "2031-03-05"}]}'
        "</script><p>Text</p>"
    )
    assert factcheck.loads(json_ld, id="j", format="html").published == DAY
    time = '<p>Posted <time datetime="2031-03-05T10:00">Tuesday</time></p>'
    assert factcheck.loads(time, id="t", format="html").published == dt.datetime(2031, 3, 5, 10)


def test_html_soup_is_read() -> None:
    """Unclosed and stray tags do not stop the text being read."""
    soup = "<div><p>One <b>two <i>three</div></p></span><p>Four &bogus; &#xZZ; five<p><![weird"
    document = factcheck.loads(soup, id="s", format="html")
    assert "One two three" in document.text
    assert "Four" in document.text


# ninjs


def test_ninjs_1x_reads_body_text_and_metadata() -> None:
    """ninjs 1.x keys give the body, date, headline and byline; escapes keep their offsets."""
    item = {
        "uri": "urn:x",
        "versioncreated": "2031-03-05T09:00:00Z",
        "byline": "Ana Lima",
        "headline": "Ferry service ends",
        "body_text": "The ferry\u2019s last trip\ncarried 300 people.",
    }
    source = json.dumps(item)
    document = factcheck.loads(source, id="n", format="ninjs")
    assert document.published == dt.datetime(2031, 3, 5, 9)
    assert (document.title, document.byline) == ("Ferry service ends", "Ana Lima")
    assert document.text == item["body_text"]
    assert _located(document, "300 people", source) == "300 people"


def test_ninjs_2x_reads_bodies_and_camel_case_dates() -> None:
    """ninjs 2.x keys (bodies, headlines, by, versionCreated) are read too."""
    item = {
        "uri": "urn:x",
        "versionCreated": "2031-03-05",
        "by": "Ana Lima",
        "headlines": [{"role": "main", "value": "Ferry"}],
        "bodies": [{"role": "main", "contenttype": "text/html", "value": "<p>300 people</p>"}],
    }
    document = factcheck.loads(json.dumps(item), id="n", format="ninjs")
    assert document.published == DAY
    assert (document.title, document.byline) == ("Ferry", "Ana Lima")
    assert document.text.strip() == "300 people"
    assert _located(document, "300 people", json.dumps(item)) == "300 people"


def test_ninjs_that_is_not_json_is_an_input_error(tmp_path: Path) -> None:
    """A .json file that does not parse raises an InputError naming the file."""
    path = _write(tmp_path, "item.json", '{"body_text": "unclosed')
    with pytest.raises(InputError, match=r"item\.json: not valid JSON"):
        factcheck.load(path)


def test_ninjs_without_a_body_is_an_input_error() -> None:
    """A ninjs item with nothing to check is reported."""
    with pytest.raises(InputError, match="no body"):
        factcheck.loads('{"uri": "urn:x"}', id="n", format="ninjs")


# Bad input of every kind


def test_invalid_utf8_is_an_input_problem(tmp_path: Path) -> None:
    """Bytes that are not UTF-8 are reported with their place; the rest is read."""
    path = _write(tmp_path, "a.txt", b"The ferry carried \xff\xfe 300 people.\n")
    document = factcheck.load(path)
    [problem] = document.problems
    assert problem.code == "undecodable-bytes"
    assert problem.offset == len("The ferry carried ")
    assert "300 people" in document.text


def test_binary_data_is_an_input_error(tmp_path: Path) -> None:
    """A binary file raises an InputError naming the file."""
    path = _write(tmp_path, "photo.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    with pytest.raises(InputError, match=r"photo\.txt: binary data"):
        factcheck.load(path)


def test_empty_file_is_an_empty_document(tmp_path: Path) -> None:
    """An empty file loads as a document with no text."""
    for name in ("a.txt", "a.md", "a.html"):
        assert factcheck.load(_write(tmp_path, name, "")).text == ""


def test_missing_file_and_directory_are_input_errors(tmp_path: Path) -> None:
    """Paths that are not readable files raise InputErrors naming them."""
    with pytest.raises(InputError, match=r"absent\.txt: no such file"):
        factcheck.load(tmp_path / "absent.txt")
    with pytest.raises(InputError, match="is a directory"):
        factcheck.load(tmp_path)


def test_unclosed_quotes_are_read(tmp_path: Path) -> None:
    """A quotation mark that never closes does not stop the file being read."""
    source = '"The ferry will run until May, the mayor said.\n\nIt carried 300 people.\n'
    assert factcheck.load(_write(tmp_path, "a.txt", source)).text == source


def test_unknown_format_is_invalid() -> None:
    """Asking for a format factcheck does not read is an InvalidArgument."""
    with pytest.raises(InvalidArgument, match="unknown format"):
        factcheck.loads("x", id="x", format="docx")


def test_large_file_uses_memory_in_proportion(tmp_path: Path) -> None:
    """A 50 MB file loads with peak memory within a small multiple of its size."""
    paragraph = "The ferry carried 300 people across the bay on Wednesday, officials said.\n\n"
    path = tmp_path / "big.txt"
    path.write_text(paragraph * (50_000_000 // len(paragraph)), encoding="utf-8")
    size = path.stat().st_size
    tracemalloc.start()
    try:
        document = factcheck.load(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(document.text) == size
    assert peak < 4 * size


@given(st.binary(max_size=2000), st.sampled_from(factcheck.FORMATS))
def test_any_bytes_load_or_raise_input_error(data: bytes, format: str) -> None:
    """Whatever the bytes, a loader returns a document or raises InputError, nothing else."""
    try:
        document = factcheck.loads(data, id="fuzz", format=format)
    except InputError:
        return
    assert isinstance(document, Document)
    assert document.source_map is not None
    for offset in range(len(document.text)):
        document.source_map.line_column(offset)


@pytest.mark.parametrize(
    "directive", ["FactCheck: IGNORE FC301", "factchec\u212a: ignore FC301", "factcheck:ignore"]
)
def test_directives_are_found_whatever_their_case(directive: str) -> None:
    """A suppression is found in any case (even a Kelvin sign for its "k"), in any text."""
    document = factcheck.loads(f"Café crème.\n{directive}\nThe pier closes.\n", id="a")
    assert [suppression.offset for suppression in document.suppressions] == [len("Café crème.\n")]


def test_discovery_keeps_the_order_of_a_sorted_recursive_glob(tmp_path: Path) -> None:
    """Files in folders are found in the order sorted(rglob) gives (paths compare part by
    part), without hidden files and folders, following links to files only."""
    for name in ["a/b.txt", "a-b/c.md", "a.txt", "B.txt", "b/.hidden/x.txt", ".h.txt",
                 "b/c/d/e.json", "b/c/x.TXT", "z/y.html", "z/y.bin", "a b/q.txt"]:  # fmt: skip
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "linked").symlink_to(tmp_path / "a", target_is_directory=True)
    (tmp_path / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    expected = [
        child
        for child in sorted(tmp_path.rglob("*"))
        if not any(part.startswith(".") for part in child.relative_to(tmp_path).parts)
        and child.is_file()
        and child.suffix.lower() in {".txt", ".md", ".json", ".html"}
    ]
    assert discover([tmp_path]) == expected
    assert [p.relative_to(tmp_path).as_posix() for p in expected][:4] == [
        "B.txt", "a/b.txt", "a b/q.txt", "a-b/c.md"
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["a.txt", "a.md", "a.html", "a.json"])
def test_the_text_of_a_document_without_it_is_read_again_from_its_file(
    tmp_path: Path, name: str
) -> None:
    """A document's text is read again from its file while the file reads as it did; not
    once the file is edited, gone, or when the document has no file."""
    sources = {
        "a.txt": "date: 2031-03-05\nThe pier closes.\nIt opens in May.\n",
        "a.md": "---\ndate: 2031-03-05\n---\n\nThe *pier* closes.\n",
        "a.html": "<html><body><p>The pier &amp; the dock close.</p></body></html>",
        "a.json": '{"versioncreated": "2031-03-05", "body_text": "The pier\\ncloses."}',
    }
    path = _write(tmp_path, name, sources[name])
    document = factcheck.load(path)
    bare = document.without_text()
    assert text_again(bare) == text_again(document) == document.text
    assert text_again(attrs.evolve(bare, path=None)) is None
    path.write_text(sources[name].replace("The", "\nThe", 1), encoding="utf-8")
    assert text_again(bare) is None
    path.unlink()
    assert text_again(bare) is None
