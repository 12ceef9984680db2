"""Segmentation finds paragraphs and sentences, with offsets into the text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck._model import Span
from factcheck._segment import _word_before, headline, segment


def _sentences(text: str) -> list[str]:
    return [span.slice(text) for span in segment(text).sentences]


def _paragraphs(text: str) -> list[str]:
    return [span.slice(text) for span in segment(text).paragraphs]


def test_blank_lines_separate_paragraphs() -> None:
    """Paragraphs separated by blank lines are found, trimmed."""
    assert _paragraphs("One.\n\n  Two.\n\n\nThree.") == ["One.", "Two.", "Three."]


def test_one_line_per_paragraph() -> None:
    """A file with a paragraph on each line splits at each line that ends a sentence."""
    assert _paragraphs("The ferry left.\nIt came back.\n") == ["The ferry left.", "It came back."]


def test_hard_wrapped_paragraphs_stay_whole() -> None:
    """A paragraph wrapped over lines mid-sentence is one paragraph."""
    text = (
        "The harbour authority said on Tuesday that the ferry would keep running until\n"
        "the end of May, when the new bridge is due to open to traffic.\n"
    )
    assert len(_paragraphs(text)) == 1


def test_headline_line_stands_alone() -> None:
    """A short line with no final period is a paragraph of its own."""
    assert _paragraphs("FERRY SERVICE ENDS\nThe ferry left.") == [
        "FERRY SERVICE ENDS",
        "The ferry left.",
    ]


def test_a_headline_is_a_line_of_its_own_without_a_final_mark() -> None:
    text = "# Crews to leave the port\nThe crews left. Then more came\nA line. Crews to go"
    assert headline(text, 2, 25)
    assert not headline(text, 26, 41)  # ends with a period
    assert not headline(text, 42, 56)  # shares its line with the sentence before
    assert not headline(text, text.index("Crews to go"), len(text))


def test_titles_and_abbreviations_do_not_end_sentences() -> None:
    """'Mr.', 'Gen.', 'U.S.', 'Jan.' and 'a.m.' in mid-sentence do not split it."""
    text = (
        "Mr. Rathe met Gen. Ruiz at 9 a.m. in the U.S. capital on Jan. 4, officials said. "
        "Then they left."
    )
    assert _sentences(text) == [
        "Mr. Rathe met Gen. Ruiz at 9 a.m. in the U.S. capital on Jan. 4, officials said.",
        "Then they left.",
    ]


def test_abbreviation_before_a_sentence_starter_ends_the_sentence() -> None:
    """'...in the U.S. The mayor...' is two sentences."""
    assert _sentences("The ferry was built in the U.S. The mayor bought it.") == [
        "The ferry was built in the U.S.",
        "The mayor bought it.",
    ]


def test_initials_do_not_end_sentences() -> None:
    """A middle initial does not split a name."""
    assert len(_sentences("Harbour master Ana L. Costa said the ferry was late.")) == 1


def test_numbered_abbreviations_do_not_end_sentences() -> None:
    """'No. 5' and 'approx. 300' stay inside their sentence."""
    assert len(_sentences("Pier No. 5 took approx. 300 people.")) == 1


def test_quoted_sentences_split_with_their_marks() -> None:
    """A sentence ending inside quotes keeps its closing mark."""
    assert _sentences("“We are done.” The mayor left.") == ["“We are done.”", "The mayor left."]


def test_lowercase_after_quoted_exclamation_continues() -> None:
    """'"Go!" she said' is one sentence."""
    assert _sentences("“Go!” she said to the crew.") == ["“Go!” she said to the crew."]


@given(st.text(alphabet=st.sampled_from("ab .!?\n“”\"'U.SAB-—("), max_size=300))
def test_sentences_lie_in_paragraphs_in_order(text: str) -> None:
    """Sentences are ordered, do not overlap, and each lies within one paragraph."""
    segments = segment(text)
    ends = [0]
    for sentence in segments.sentences:
        assert sentence.start >= ends[-1]
        ends.append(sentence.end)
        paragraph = segments.paragraphs[segments.paragraph_at(sentence.start)]
        assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end


def test_a_dateline_is_a_sentence_of_its_own() -> None:
    """The story's first sentence opens after its dateline, whatever the dateline holds: a
    place in capitals (with a full stop inside: "ST. LOUIS"), a date, an agency."""
    assert _sentences("HARROW FALLS - The clinic closed. It was sad.") == [
        "HARROW FALLS -",
        "The clinic closed.",
        "It was sad.",
    ]
    assert _sentences("ST. LOUIS — Fans cheered.") == ["ST. LOUIS —", "Fans cheered."]
    assert _sentences("LONDON, March 3 (Reuters) - Shares fell.") == [
        "LONDON, March 3 (Reuters) -",
        "Shares fell.",
    ]


def test_capitals_and_a_dash_of_no_dateline_stay_in_their_sentence() -> None:
    """A short word in capitals is no place ("UN"), nor are capitals after the first word."""
    assert _sentences("UN - report says.") == ["UN - report says."]
    assert _sentences("The US - China talks resumed.") == ["The US - China talks resumed."]


def test_spans_are_ordinary_spans() -> None:
    """The spans segmentation makes in bulk equal and hash as ``Span(...)`` does."""
    segments = segment("One. Two.\n\nThree.")
    made = [Span(start=s.start, end=s.end) for s in (*segments.paragraphs, *segments.sentences)]
    assert [*segments.paragraphs, *segments.sentences] == made
    assert {*segments.paragraphs, *segments.sentences} == set(made)


def test_a_mark_after_a_space_ends_the_sentence() -> None:
    """A period after a space has no word before it: the sentence ends there."""
    assert _sentences("Ferry late . The mayor left.") == ["Ferry late .", "The mayor left."]


def test_a_long_abbreviation_before_a_name_does_not_end_the_sentence() -> None:
    """An abbreviation longer than the stretch looked at first is still read whole."""
    text = "Spelled a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r.s.t.u.v.w.x.y.z. Mayor Ruiz left."
    assert _sentences(text) == [text]


@given(
    text=st.text(alphabet=st.sampled_from("ab.“(\n\t \u00a0"), max_size=120),
    data=st.data(),
)
def test_the_word_before_a_mark_is_the_run_of_non_space_before_it(
    text: str, data: st.DataObject
) -> None:
    """The word before a mark is what walking back to a space finds, however long."""
    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    begin = end
    while begin > start and not text[begin - 1].isspace():
        begin -= 1
    assert _word_before(text, start, end) == text[begin:end].lstrip("\"'“‘«([")
