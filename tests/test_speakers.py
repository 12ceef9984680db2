"""Quotes are found across sentences and paragraphs, and attributed to their speakers."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from factcheck import Span, SpeakerKind
from factcheck._quotes import find_quotes
from factcheck._segment import segment
from factcheck._speakers import Voices, attribute

WEEKDAYS = re.compile(r"\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b")


def _voices(text: str) -> Voices:
    segments = segment(text)
    times = [Span(start=m.start(), end=m.end()) for m in WEEKDAYS.finditer(text)]
    return attribute(text, segments, find_quotes(text, segments), times=times)


def _speaker_of(text: str, words: str) -> str | None:
    """The key of the speaker of ``words``, or None for the article's own voice."""
    start = text.index(words)
    found = _voices(text).attribution_at(Span(start=start, end=start + len(words)))
    return None if found is None else found.speaker.key


# Quotes


def test_quotes_with_every_kind_of_mark() -> None:
    """Curly, straight, guillemet and single quotes are all found."""
    text = '“One,” she said. "Two," he said. «Three», they said. ‘Four,’ it said.'
    quotes = find_quotes(text, segment(text))
    assert [q.content.slice(text) for q in quotes] == ["One,", "Two,", "Three", "Four,"]


def test_apostrophes_are_not_quotes() -> None:
    """‘The ferry’s last trip’ is one quote; its apostrophe does not close it."""
    text = "The sign read ‘The ferry’s last trip’ in red."
    [quote] = find_quotes(text, segment(text))
    assert quote.content.slice(text) == "The ferry’s last trip"


def test_quote_runs_across_sentences() -> None:
    """A quote with several sentences is one quote."""
    text = "“It is late. We leave now,” the captain said."
    [quote] = find_quotes(text, segment(text))
    assert quote.content.slice(text) == "It is late. We leave now,"


def test_quote_continues_into_the_next_paragraph() -> None:
    """A quote left open at a paragraph's end continues when the next paragraph opens one."""
    text = "“The ferry will stop in May.\n\n“The bridge opens in June,” the mayor said.\n"
    quotes = find_quotes(text, segment(text))
    assert len(quotes) == 2
    assert quotes[0].group == quotes[1].group
    assert not quotes[0].closed


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    """A quote that never closes stops at the end of its paragraph."""
    text = "“The ferry will stop in May.\n\nThe mayor left.\n"
    [quote] = find_quotes(text, segment(text))
    assert quote.content.slice(text) == "The ferry will stop in May."


# Speakers


def test_speaker_after_a_quote() -> None:
    """'“…,” Ana Lima said' attributes the quote to Ana Lima."""
    text = "“We will close the pier,” Ana Lima said."
    assert _speaker_of(text, "We will close the pier") == "ana lima"


def test_inverted_speaker_after_a_quote() -> None:
    """'“…,” said the harbour master Ana Lima' attributes the quote to Ana Lima."""
    text = "“We will close the pier,” said harbour master Ana Lima."
    assert _speaker_of(text, "We will close the pier") == "ana lima"


def test_speaker_before_a_quote() -> None:
    """'Lima said: “…”' attributes the quote to Lima."""
    text = "Ana Lima told reporters on Monday: “The pier closes in May.”"
    assert _speaker_of(text, "The pier closes in May.") == "ana lima"


def test_reported_speech_is_attributed() -> None:
    """'The mayor said the ferry would stop' attributes the clause to the mayor."""
    text = "Mayor Ana Lima said the ferry would stop running in May."
    assert _speaker_of(text, "the ferry would stop running") == "ana lima"


def test_clause_before_the_cue_is_attributed() -> None:
    """'The ferry will stop, officials said.' attributes the clause to the officials."""
    text = "The ferry will stop in May, harbour officials said on Tuesday."
    assert _speaker_of(text, "The ferry will stop in May") == "unnamed harbour officials"


def test_cue_followed_by_an_adjunct_looks_back() -> None:
    """'…, Lima said in a statement.' attributes the clause before it."""
    text = "The ferry will stop in May, Ana Lima said in a statement."
    assert _speaker_of(text, "The ferry will stop in May") == "ana lima"


def test_according_to_attributes_the_sentence() -> None:
    """'According to the harbour authority, …' attributes what follows."""
    text = "According to the Harbour Authority, the ferry carried 300 people."
    assert _speaker_of(text, "the ferry carried 300 people") == "harbour authority"


def test_article_voice_is_not_attributed() -> None:
    """A sentence with no speech cue is in the article's own voice."""
    text = "The ferry carried 300 people. “It was full,” Ana Lima said."
    assert _speaker_of(text, "The ferry carried 300 people") is None


def test_name_variants_share_a_key() -> None:
    """'Ana Maria Lima', 'Ms Lima' and 'Lima' are one speaker."""
    text = (
        "Harbour master Ana Maria Lima said the ferry would stop. "
        "“It is old,” Ms Lima said. “It leaks,” Lima added."
    )
    keys = {_speaker_of(text, words) for words in ("the ferry would stop", "It is old", "It leaks")}
    assert keys == {"ana lima"}


def test_surname_takes_the_first_name_the_text_gives() -> None:
    """A speaker named by surname keys with the first name written elsewhere in the text."""
    text = "Ana Lima runs the port. “It is old,” Lima said."
    assert _speaker_of(text, "It is old") == "ana lima"


def test_pronoun_resolves_to_the_last_person_of_its_gender() -> None:
    """'she said' is the last woman mentioned, not the last man."""
    text = "Harbour spokeswoman Ana Lima met Mr Ortiz on Monday. “The pier is unsafe,” she said."
    assert _speaker_of(text, "The pier is unsafe") == "ana lima"


def test_role_resolves_to_the_person_given_that_role() -> None:
    """'the mayor said' is the person the text called the mayor."""
    text = "Mayor Ana Lima opened the pier. Later the mayor said the ferry would stop."
    assert _speaker_of(text, "the ferry would stop") == "ana lima"


def test_appositive_role_after_a_name() -> None:
    """'Ana Lima, the harbour master, said' attributes to Ana Lima with that role."""
    text = "Ana Lima, the harbour master, said the ferry would stop."
    start = text.index("the ferry")
    found = _voices(text).attribution_at(Span(start=start, end=start + 9))
    assert found is not None
    assert (found.speaker.key, found.speaker.role) == ("ana lima", "harbour master")


def test_unnamed_sources_are_their_own_kind() -> None:
    """'a port official' is an unnamed source, not a person's name."""
    text = "A senior port official told The Harbour Post that the ferry would stop."
    start = text.index("the ferry")
    found = _voices(text).attribution_at(Span(start=start, end=start + 9))
    assert found is not None
    assert found.speaker.kind is SpeakerKind.UNNAMED
    assert found.speaker.key == "unnamed senior port official"


def test_organizations_speak_as_organizations() -> None:
    """'The Harbour Authority said' is an organization."""
    text = "The Harbour Authority said the ferry would stop."
    start = text.index("the ferry")
    found = _voices(text).attribution_at(Span(start=start, end=start + 9))
    assert found is not None
    assert found.speaker.kind is SpeakerKind.ORGANIZATION


def test_body_behind_a_statement_speaks() -> None:
    """'a statement from the Harbour Authority said' is the Authority."""
    text = "The pier will close, a statement from the Harbour Authority said on Monday."
    assert _speaker_of(text, "The pier will close") == "harbour authority"


def test_unattributed_quote_continues_the_previous_speaker() -> None:
    """A quote in the next paragraph, with no cue, keeps the last quote's speaker."""
    text = "“The pier is old,” Ana Lima said.\n\n“It will close in May.”\n"
    assert _speaker_of(text, "It will close in May.") == "ana lima"


def test_capitalized_words_are_not_verbs() -> None:
    """'United States' and 'Islamic State' do not make speech cues."""
    text = "The United States and the Harbour State Bank funded the pier."
    assert _voices(text).attributions == ()


def test_statement_time_is_part_of_the_cue() -> None:
    """'said Wednesday' keeps the weekday in the cue, outside what was said."""
    text = "The ferry will stop, Ana Lima said Wednesday."
    [found] = _voices(text).attributions
    assert found.cue.slice(text) == "Ana Lima said Wednesday"
    assert found.span.slice(text).strip(", ") == "The ferry will stop"


def test_verbs_that_do_not_introduce_speech_attribute_nothing() -> None:
    """'warned against' and 'vowed by' attribute no words."""
    text = "Ana Lima warned against the plan. A strike vowed by the union began."
    assert _voices(text).attributions == ()


@given(st.text(alphabet=st.sampled_from(list("ab said“”\"' ,.:AnaLim\n")), max_size=200))
def test_attribution_never_fails(text: str) -> None:
    """Attribution returns spans inside the text for any input."""
    voices = _voices(text)
    for found in voices.attributions:
        assert 0 <= found.span.start <= found.span.end <= len(text)
