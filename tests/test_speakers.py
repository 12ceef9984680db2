"""Quotes are found across sentences and paragraphs, and attributed to their speakers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck import Span, Speaker, SpeakerKind
from factcheck._quotes import find_quotes
from factcheck._segment import segment
from factcheck._speakers import Voices, _tokens, attribute
from factcheck._words import Words

WEEKDAYS = re.compile(r"\b(?:on )?(?:Monday|Tuesday|Wednesday|Thursday|Friday)\b")


def _voices(text: str) -> Voices:
    segments = segment(text)
    times = [Span(start=m.start(), end=m.end()) for m in WEEKDAYS.finditer(text)]
    return attribute(text, segments, find_quotes(text, segments), times=times)


def _speaker_at(text: str, words: str) -> Speaker | None:
    """The speaker of ``words``, or None for the article's own voice."""
    start = text.index(words)
    found = _voices(text).attribution_at(Span(start=start, end=start + len(words)))
    return None if found is None else found.speaker


def _speaker_of(text: str, words: str) -> str | None:
    """The key of the speaker of ``words``, or None for the article's own voice."""
    speaker = _speaker_at(text, words)
    return None if speaker is None else speaker.key


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


def test_endings_split_off_their_words_are_not_quotes() -> None:
    """Tokenized text writes "Peshawar 's" and "they 're": apostrophes, not opening marks."""
    text = "Doctors at Peshawar 's hospital said they 're full. He said 'sorry' and left."
    [quote] = find_quotes(text, segment(text))
    assert quote.content.slice(text) == "sorry"


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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A colon after a clause whose subject is "she": the person who opens her sentence,
        # or the sentence before, speaks.
        (
            "Transport Minister Petra Kelmar defended the closure. Asked whether she had acted"
            ' too late, she pointed to what she told reporters on Friday: "No one will drive'
            ' across that bridge."',
            "petra kelmar",
        ),
        (
            'Transport Minister Petra Kelmar was in Tarrow. She was blunt: "No one will drive'
            ' across that bridge."',
            "petra kelmar",
        ),
        # A thing before the colon speaks for no one; nor does "she" with no colon.
        ('The sign at the bridge read: "No one will drive across that bridge."', None),
        (
            'Transport Minister Petra Kelmar was in Tarrow. She called it "No one will drive'
            ' across that bridge".',
            None,
        ),
    ],
)
def test_a_colon_after_a_pronoun_opens_its_persons_words(text: str, speaker: str | None) -> None:
    assert _speaker_of(text, "No one will drive") == speaker


def test_pronoun_stands_for_a_named_subject_after_the_last_speaker() -> None:
    """A person named as the subject of a sentence after the last cue is the "she" of the next
    quote, when the text tells no gender that rules either out."""
    text = (
        '"We will run the ferry," harbour chief Liora Hessel said. "It stays," Tom Varela said. '
        'Hessel restated the vow she has made for years. "We will not close the line," she said.'
    )
    assert _speaker_of(text, "We will not close the line") == "liora hessel"


@pytest.mark.parametrize(
    ("source", "speaker"),
    [
        ("A report published on Monday said", "unnamed report"),
        ("Union figures released on Tuesday show", "union"),
        ("Officials speaking on Monday said", "unnamed officials"),
        ("A statement issued on Monday said", "unnamed statement"),
    ],
)
def test_a_participle_after_the_source_is_not_its_name(source: str, speaker: str) -> None:
    """A participle phrase between a document or role and the verb tells when or how the
    source came out; the document or role speaks."""
    text = f"{source} the ferry would stop."
    assert _speaker_of(text, "the ferry would stop") == speaker


@pytest.mark.parametrize(
    ("opening", "speaker"),
    [
        (
            "Tessa Orvo, director of the county's emergency office, defended the response.",
            "tessa orvo",
        ),
        ("Tessa Orvo, the county's emergency director, defended the response.", "tessa orvo"),
        ("One of them was Dagny Hollis, 68, who left by boat.", "dagny hollis"),
    ],
)
def test_a_name_with_an_aside_that_tells_who_it_is_is_a_person(opening: str, speaker: str) -> None:
    """A name followed by a role or an age set off by commas names a person, whom a later "she"
    stands for rather than the speaker of the last cue."""
    text = (
        '"Nobody will be left to do this alone," Governor Idris Valen said on Wednesday.\n\n'
        f'{opening} On Monday she had told residents: "We want people out of their homes now."'
    )
    assert _speaker_of(text, "We want people out of their homes now") == speaker


@pytest.mark.parametrize(
    "where", ["outside the Norvik office", "near the harbour", "on Monday outside the hall"]
)
def test_where_a_speaker_said_it_is_no_content(where: str) -> None:
    """ "…," the union's president, Dagny Rasch, said outside the Norvik office: the words
    after the verb say where, and the quote before it is hers."""
    text = (
        '"We told the owners about these cracks in March, and they kept sailing," the union\'s'
        f" president, Dagny Rasch, said {where}."
    )
    assert _speaker_of(text, "We told the owners about these cracks") == "dagny rasch"


def test_a_title_after_a_comma_is_of_the_name_after_it() -> None:
    """In a list ("Nicola Lund, Labour MP (Member of Parliament) Tom Varela"), the role after
    a name's comma is the title of the next name, not an aside about the one before."""
    text = (
        "Speakers included First Minister of Kesh Nicola Lund, Labour MP (Member of Parliament)"
        ' Tom Varela, and Ana Lima. Nicola Lund said it was "the best chance in a'
        ' generation" for a deal.'
    )
    assert _speaker_of(text, "the best chance in a generation") == "nicola lund"


@pytest.mark.parametrize(
    "opening",
    [
        "Kesh County, the region's largest employer, defended the response.",
        "Lowick, 40, was flooded.",
        "Ana, director of the office, defended the response.",
    ],
)
def test_an_aside_after_no_name_of_a_person_names_no_one(opening: str) -> None:
    """A place or a body before the aside, or a single word, is no person: the "she" of the
    next quote stays the last speaker."""
    text = (
        '"Nobody will be left to do this alone," spokeswoman Tessa Orvo said on Wednesday.\n\n'
        f'{opening} On Monday she had told residents: "We want people out of their homes now."'
    )
    assert _speaker_of(text, "We want people out of their homes now") == "tessa orvo"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            'Meridane Industries said it would pause the plant. "This is a pause, not a goodbye,"'
            " Meridane said on Monday.",
            "meridane industries",
        ),
        (
            'Norvik Foods said it would pause the plant. "This is a pause, not a goodbye,"'
            " Norvik said on Monday.",
            "norvik foods",
        ),
    ],
)
def test_a_body_is_called_by_the_first_word_of_its_name(text: str, key: str) -> None:
    """After "Meridane Industries", "Meridane" is that firm, not a person of that surname:
    words it is quoted as saying are a body's (FC402 leaves them alone)."""
    speaker = _speaker_at(text, "This is a pause, not a goodbye")
    assert speaker is not None
    assert (speaker.key, speaker.kind) == (key, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    "body",
    [
        "National Energy Data Regulator",
        "Coastal Water Watchdog",
        # Whatever word ends it: "national" and "health" are titles only before a role noun.
        "National Tarnby Clinic",
        "Health Tarnby Consortium",
    ],
)
def test_a_body_named_in_a_role_is_no_person_a_pronoun_stands_for(body: str) -> None:
    """ "Corin Vashti, the commissioner of the National Energy Data Regulator": the body's
    name is no role ("National Energy Data") and person ("Regulator"), so "she" later is
    still the commissioner."""
    text = (
        f"Corin Vashti, the commissioner of the {body}, said the leak made the inquiry more "
        'urgent. She said: "Customers have a right to know where their data went."'
    )
    speaker = _speaker_at(text, "Customers have a right")
    assert speaker is not None and speaker.key == "corin vashti"


@pytest.mark.parametrize("opener", ["Underwhelmed", "Specifically", "Backlash"])
def test_a_word_that_opens_a_sentence_once_is_no_one_a_pronoun_stands_for(opener: str) -> None:
    """ "Underwhelmed with her role, she left": a capitalized word that opens a sentence and
    appears nowhere else is no person's name, whom a quote after it could be given to."""
    text = (
        f"The actress Mara Quell joined the cast in 2031. {opener} with her role, she left the"
        ' series. "This is not why I went into acting. I did not want to stand."'
    )
    speaker = _speaker_at(text, "This is not why I went")
    assert speaker is None or speaker.key == "mara quell"


def test_a_source_named_once_before_a_verb_of_speech_is_a_speaker() -> None:
    """ "Tarnwick reported that …": a one-word name written once, right before a verb of
    speech, is still the source."""
    text = 'Tarnwick reported that "three malls in the city centre were damaged by the tremor".'
    speaker = _speaker_at(text, "three malls in the city centre")
    assert speaker is not None and speaker.key == "tarnwick"


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Tarnby Dairy Cooperative", "tarnby dairy cooperative"),
        ("the Tarn Valley Co-operative", "tarn valley co-operative"),
    ],
)
def test_a_cooperative_is_a_body(name: str, key: str) -> None:
    """A name that ends in "Cooperative" names a body, not a person ("Tarnby Cooperative")."""
    text = f'"We are deeply sorry for what has happened to our customers," {name} said.'
    speaker = _speaker_at(text, "We are deeply sorry")
    assert speaker is not None
    assert (speaker.key, speaker.kind) == (key, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Orrin Freight", "orrin freight"),
        ("Quorn Rail", "quorn rail"),
        ("Averly Water", "averly water"),
    ],
)
def test_a_firm_named_by_its_trade_is_a_body(name: str, key: str) -> None:
    """A name that ends in a word of a trade ("Freight", "Rail", "Water": ``heads`` of
    speakers.toml) names a firm, so "it" after its verb of speech stands for it."""
    text = f'"We will study the ruling closely," {name} said.'
    speaker = _speaker_at(text, "We will study")
    assert speaker is not None
    assert (speaker.key, speaker.kind) == (key, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize("noun", ["regulator", "watchdog"])
def test_a_regulator_speaks_for_a_body(noun: str) -> None:
    """ "the regulator said" is a body's words, as "the agency said" is, not a person's."""
    text = f'"We will act quickly to protect the records of every customer," the {noun} said.'
    speaker = _speaker_at(text, "We will act quickly")
    assert speaker is not None
    assert (speaker.key, speaker.kind) == (noun, SpeakerKind.ORGANIZATION)


def test_a_role_noun_that_ends_a_sentence_is_no_title_of_the_next() -> None:
    """ "…$20,000 a head. Meridane said": the period ends the sentence; "head" is no title
    of a person named Meridane, and "Meridane" stays the firm named before."""
    text = (
        "Talks between Meridane Industries and the union ended. The fund comes to $20,000 a"
        ' head. Meridane said: "This is only a pause, not a farewell to Kesby."'
    )
    speaker = _speaker_at(text, "This is only a pause")
    assert speaker is not None
    assert (speaker.key, speaker.kind) == ("meridane industries", SpeakerKind.ORGANIZATION)


def test_a_person_of_the_name_of_a_firm_stays_a_person() -> None:
    """ "Ana Lima of Lima Holdings": "Lima" is still the person the text named first."""
    text = (
        'Ana Lima of Lima Holdings said on Monday it would pause. "This is a pause, not a'
        ' goodbye," Lima said.'
    )
    assert _speaker_of(text, "This is a pause, not a goodbye") == "ana lima"


def test_a_name_that_opens_a_sentence_inside_a_quote_is_no_antecedent() -> None:
    """A name that opens a sentence of a quotation is the speaker's words, not the story's."""
    text = (
        '"We will run the ferry," harbour chief Liora Hessel said. Tom Varela said: "It stays. '
        'Hessel knows it." "We will not close the line," he said.'
    )
    assert _speaker_of(text, "We will not close the line") == "tom varela"


def test_cue_followed_by_an_adjunct_looks_back() -> None:
    """'…, Lima said in a statement.' attributes the clause before it."""
    text = "The ferry will stop in May, Ana Lima said in a statement."
    assert _speaker_of(text, "The ferry will stop in May") == "ana lima"


def test_cue_with_an_adjunct_before_and_looks_back() -> None:
    """In "…, Lima said in a statement, and the pier…", the clause after the comma goes on
    with the story; Lima said what came before, and the time before her name is the ferry's
    (not the date of her statement)."""
    text = (
        "The ferry will stop at the end of May, Ana Lima said in a statement, and the pier"
        " will shut."
    )
    assert _speaker_of(text, "The ferry will stop at the end of May") == "ana lima"
    voices = _voices(text)
    (attribution,) = voices.attributions
    assert attribution.cue.slice(text).startswith("Ana Lima said")


def test_cue_in_a_clause_of_its_own_attributes_nothing_before_it() -> None:
    """In "…, the first step since the charity voted in March to expand", the charity
    said nothing of the closure before it."""
    text = "The ward closed on Monday, the first step since the charity voted in March to expand."
    assert _speaker_of(text, "The ward closed on Monday") is None


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


def test_the_end_of_a_full_name_names_its_person() -> None:
    """'Ruiz Soto' (a double surname) and 'Maria Ruiz Soto' after 'Ana Maria Ruiz Soto' are
    one speaker; 'Tomas Lima' after 'Ana Lima' is another, and so is a name read again at the
    place a title already named it ('Minister of Foreign Affairs Ana Lima')."""
    text = (
        "Harbour master Ana Maria Ruiz Soto said the ferry would stop. "
        "“It is old,” Ruiz Soto said. “It leaks,” Maria Ruiz Soto added."
    )
    keys = {_speaker_of(text, words) for words in ("the ferry would stop", "It is old", "It leaks")}
    assert keys == {"ana soto"}
    text = "Ana Lima said the ferry would stop. “It is old,” Tomas Lima said."
    assert _speaker_of(text, "the ferry would stop") == "ana lima"
    assert _speaker_of(text, "It is old") == "tomas lima"


def test_emeritus_is_part_of_a_title() -> None:
    """'Bishop Emeritus Tomas Berg' is Tomas Berg, the bishop emeritus."""
    text = "Bishop Emeritus Tomas Berg said the chapel would close. “It is old,” Berg said."
    keys = {_speaker_of(text, words) for words in ("the chapel would close", "It is old")}
    assert keys == {"tomas berg"}


@pytest.mark.parametrize("title", ["Gov.", "Sen.", "Rep.", "Gen.", "Supt."])
def test_an_abbreviated_title_is_no_part_of_the_name(title: str) -> None:
    """ "Gov. Ana Lima" and "Lima" are one speaker, Ana Lima."""
    text = f"{title} Ana Lima said the pier would close. “It is old,” Lima said."
    keys = {_speaker_of(text, words) for words in ("the pier would close", "It is old")}
    assert keys == {"ana lima"}


def test_a_given_name_after_the_surname_is_no_surname() -> None:
    """'Yolanda Yu Hoi-kwan' and 'Yu' are one speaker, Yolanda Yu: a romanized given name of
    two syllables follows the surname it is written after."""
    text = (
        "Harbour spokeswoman Yolanda Yu Hoi-kwan said the ferry would stop. “It is old,” Yu said."
    )
    keys = {_speaker_of(text, words) for words in ("the ferry would stop", "It is old")}
    assert keys == {"yolanda yu"}


def test_keys_have_no_possessive_endings() -> None:
    """'according to Norvik TV's projections' is Norvik TV's; 'the Harbour Fund's Ana De León'
    is Ana De León, whose particle, capitalized or not, is part of her surname."""
    text = "The ferry carried 300 people, according to NRK's projections."
    assert _speaker_of(text, "The ferry carried 300") == "nrk"
    text = (
        "The Harbour Rights Fund's Ana De León said the ferry would stop. "
        "“It is old,” De León said."
    )
    keys = {_speaker_of(text, words) for words in ("the ferry would stop", "It is old")}
    assert keys == {"ana de leon"}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("The ferry will stop in May, Norvik's said.", "The ferry will stop", "norvik"),
        ("Norvik's said the ferry would stop.", "the ferry would stop", "norvik"),
        ("It is Lima's stated aim that the ferry will stop.", "the ferry will stop", None),
        ("It's said the ferry will stop.", "the ferry will stop", None),
    ],
)
def test_a_name_ending_in_a_possessive_speaks(text: str, words: str, speaker: str | None) -> None:
    """A name that ends in "'s" ("Moody's said") speaks through a verb of ``after_possessive``
    in speakers.toml; after another verb the possessive has a noun ("Lima's stated aim")."""
    assert _speaker_of(text, words) == speaker


def test_surname_takes_the_first_name_the_text_gives() -> None:
    """A speaker named by surname keys with the first name written elsewhere in the text."""
    text = "Ana Lima runs the port. “It is old,” Lima said."
    assert _speaker_of(text, "It is old") == "ana lima"


def test_surname_takes_a_first_name_written_after_it() -> None:
    """The first name may come after mentions of the surname alone, or of another Lima."""
    text = "Lima opened the port.\nBerg and Ana Lima run it. “It is old,” Lima said."
    assert _speaker_of(text, "It is old") == "ana lima"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("On Friday, the ministry announced that the port will close.", "ministry"),
        ("On Friday the Harbour Board announced that the port will close.", "harbour board"),
    ],
)
def test_a_time_before_the_speaker_is_not_part_of_its_name(text: str, key: str) -> None:
    """ "On Friday, the ministry announced": no one called Friday spoke."""
    assert _speaker_of(text, "the port will close") == key


@pytest.mark.parametrize(
    "text",
    [
        "Speaking to reporters, she called the ferry “a wreck”.",
        "Everyone in the port calls the ferry “a wreck”.",
        "Writing “a wreck” in the log, the captain left the ferry.",
        "They're “a wreck”, all of them.",
    ],
)
def test_an_opening_participle_or_pronoun_is_no_speaker(text: str) -> None:
    """A participle that opens the sentence, "everyone" or "they're" names no one who speaks."""
    assert _speaker_of(text, "a wreck") not in {"speaking", "everyone", "writing", "they're"}


def test_an_acronym_with_its_possessive_still_names_a_body() -> None:
    """ "WHO's" is the World Health Organization's, not "who" and its ending."""
    text = "WHO's experts said the ferry is “a wreck”."
    assert _speaker_of(text, "a wreck") is not None


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Dorrin's Inc. said the ferry is “a wreck”.", "dorrin inc"),
        ("Belsk's Corp. said the ferry is “a wreck”.", "belsk corp"),
        ("The Averly Sheriff's Office said the ferry is “a wreck”.", "averly sheriff office"),
        ("The UK's Harbour Agency said the ferry is “a wreck”.", "harbour agency"),
    ],
)
def test_a_possessive_before_a_body_head_is_of_its_name(text: str, key: str) -> None:
    """ "Dorrin's Inc." is the company, not an "Inc." of Dorrin's (two companies so named
    would be one speaker), as "the Averly Sheriff's Office" is one office; "the UK's Harbour
    Agency" is the agency."""
    assert _speaker_of(text, "a wreck") == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The Ministry of Foreign Affairs said the ferry is “a wreck”.",
            "ministry of foreign affairs",
        ),
        ("House of Representatives Speaker Ana Lima said the ferry is “a wreck”.", "ana lima"),
        (
            "The Harbour Safety Agency (HSA) met. The HSA said the ferry is “a wreck”.",
            "harbour safety agency",
        ),
    ],
)
def test_the_name_of_a_body_is_not_read_as_a_person(text: str, key: str) -> None:
    """A body's name that runs on after "of" ("Foreign Affairs") is no person's name; a title
    after it starts one; an acronym stands for the name without its article."""
    assert _speaker_of(text, "a wreck") == key


def test_a_weekday_before_a_surname_is_no_first_name() -> None:
    """ "On Friday Lima sold the ferry" does not make the Lima who speaks "Friday Lima"."""
    text = "On Friday Lima sold the ferry. Lima said: “It is old.”"
    assert _speaker_of(text, "It is old") == "lima"


def test_pronoun_resolves_to_the_last_person_of_its_gender() -> None:
    """'she said' is the last woman mentioned, not the last man."""
    text = "Harbour spokeswoman Ana Lima met Mr Ortiz on Monday. “The pier is unsafe,” she said."
    assert _speaker_of(text, "The pier is unsafe") == "ana lima"


def test_a_name_set_off_after_its_title_is_a_person() -> None:
    """ "the chief executive, Ana Lima," names a woman whom "she" stands for, though a
    phrase opens the sentence before her."""
    text = (
        "Kelder said on Monday it would cut jobs. In a letter, the chief executive, Ana Lima, "
        "repeated the pledge. “The pier is unsafe,” she wrote."
    )
    assert _speaker_of(text, "The pier is unsafe") == "ana lima"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # One unnamed person, the last to speak, is "he": not the minister before him.
        (
            "Minister Tom Hale said the pier was shut. A port spokesman said it would reopen. "
            "“The pier is unsafe,” he said.",
            "unnamed port spokesman",
        ),
        # A spokesman is no "she"; the last woman is.
        (
            "Mayor Ana Lima said the pier was shut. A port spokesman said it would reopen. "
            "“The pier is unsafe,” she said.",
            "ana lima",
        ),
        # Officials are many: "he" is the last man.
        (
            "Minister Tom Hale said the pier was shut. Officials said it would reopen. "
            "“The pier is unsafe,” he said.",
            "tom hale",
        ),
    ],
)
def test_a_pronoun_stands_for_one_unnamed_speaker(text: str, speaker: str) -> None:
    assert _speaker_of(text, "The pier is unsafe") == speaker


def test_a_quote_whose_pronoun_is_no_one_known_keeps_no_speaker() -> None:
    """ "He quipped" after an actress's quote is not the actress: the quote keeps no speaker
    rather than the last quote's."""
    text = (
        "The actress recalled her years on the show. “It was hard,” she said. The actor's "
        "visit was short. He quipped “I still have sand in my shoes.”"
    )
    assert _speaker_of(text, "It was hard") == "role actress"
    assert _speaker_of(text, "I still have sand") is None


@pytest.mark.parametrize(
    "text",
    [
        # The sentence before announces the quote, but "he" is no company.
        "Harbourline Co. said on Tuesday it would close the pier. “We had no choice,” he said.",
        # Nor does "he" take the quote before it from a company.
        "“We are closing,” Harbourline Co. said. “We had no choice,” he said.",
    ],
)
def test_he_or_she_is_no_company(text: str) -> None:
    assert _speaker_of(text, "We had no choice") is None


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # A participle opens an aside between a speaker and the verb.
        (
            "Prime Minister Ana Lima, visiting Bergen on Monday, said rescue teams would stay.",
            "rescue teams",
            "ana lima",
        ),
        # "said her family": "her" of a noun, not the object of the verb.
        ("Ana Lima, 54, said her family had lost everything.", "her family", "ana lima"),
        # An age, then a role: the name before both speaks.
        (
            "Ana Lima, 54, the harbour master, said the ferry would stop.",
            "the ferry",
            "ana lima",
        ),
        ("Ana Lima, 54, head of the port, said the ferry would stop.", "the ferry", "ana lima"),
        ("The mayor asked her to leave the pier.", "to leave", None),
    ],
)
def test_asides_and_possessives_around_a_speech_verb(
    text: str, words: str, speaker: str | None
) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "who said" after a comma: the speaker before it, a name and its role as before a
        # verb ("Shares rose for …" was taken for the speaker).
        (
            "Shares rose for Ana Lima, the port's chief executive, who said on Monday:"
            " “The pier will close in May.”",
            "ana lima",
        ),
        (
            "The blame lies with the harbour master, who said: “The pier will close in May.”",
            "role harbour master",
        ),
        # "who" of no aside: the speaker before it, as before.
        ("A witness who saw the crash said: “The pier will close in May.”", "unnamed witness"),
    ],
)
def test_who_said_after_a_comma_is_the_speaker_before_it(text: str, speaker: str) -> None:
    assert _speaker_of(text, "The pier will close") == speaker


def test_role_resolves_to_the_person_given_that_role() -> None:
    """'the mayor said' is the person the text called the mayor."""
    text = "Mayor Ana Lima opened the pier. Later the mayor said the ferry would stop."
    assert _speaker_of(text, "the ferry would stop") == "ana lima"


@pytest.mark.parametrize(
    "role", ["the head of safety", "director of operations", "the vice president of marketing"]
)
def test_a_role_may_head_a_bare_noun(role: str) -> None:
    """'Ana Lima, the head of safety, said': the role's "of" takes a noun with no article."""
    text = f"“The pier will close,” Ana Lima, {role}, said."
    assert _speaker_of(text, "The pier will close") == "ana lima"


def test_a_noun_after_another_preposition_stays_out_of_the_role() -> None:
    """Only "of" joins a bare noun to a role: "the news to parliament" is no speaker's role."""
    text = "Speaker Ana Lima in relaying the news to parliament said, “The pier will close.”"
    assert _speaker_of(text, "The pier will close") == "ana lima"


def test_appositive_role_after_a_name() -> None:
    """'Ana Lima, the harbour master, said' attributes to Ana Lima with that role."""
    text = "Ana Lima, the harbour master, said the ferry would stop."
    start = text.index("the ferry")
    found = _voices(text).attribution_at(Span(start=start, end=start + 9))
    assert found is not None
    assert (found.speaker.key, found.speaker.role) == ("ana lima", "harbour master")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Ana Lima, the company's spokeswoman, said the ferry would stop.",
            "the ferry",
            "ana lima",
        ),
        (
            "Ana Lima, head of the Dockers' Union, said the ferry would stop. “We will strike,”"
            " she said.",
            "We will strike",
            "ana lima",
        ),
        ("The union's president, Ana Lima, said the ferry would stop.", "the ferry", "ana lima"),
        (
            "The Harbour Agency's director, Dr. Ana Lima, said of the strike, “It will get worse.”",
            "It will get worse",
            "ana lima",
        ),
        # The owner may be any noun after an article, or a capitalized name.
        (
            "Ana Lima, the carrier's chief executive, said the ferry would stop.",
            "the ferry",
            "ana lima",
        ),
        (
            "“The ferry will stop,” Ana Lima, Harbourline's head of safety, told reporters.",
            "The ferry will stop",
            "ana lima",
        ),
        (
            "The carrier's spokesman said the pier would close.",
            "the pier",
            "unnamed carrier spokesman",
        ),
    ],
)
def test_a_role_with_a_possessive_is_apposed_to_its_name(
    text: str, words: str, speaker: str
) -> None:
    """A possessive inside a role ("the company's spokeswoman", "the Dockers' Union") does not
    end the speaker's phrase, and a name apposed to a role that opens the sentence is the
    speaker."""
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ("Sixteen states sue the port to stop the ferry.", "to stop", None),
        ("One million confirmed cases were counted by May.", "cases were counted", None),
        (
            "Speaking to reporters, Ana Lima, the harbour master, said that the ferry would "
            "stop, and added it would sail again in May.",
            "it would sail",
            "ana lima",
        ),
        ("Manning said the ferry would stop.", "the ferry", "manning"),
        (
            "Manning, the harbour master, opposed the plan and said it would fail.",
            "it would fail",
            "manning",
        ),
        (
            "Citing this test, the Harbour Board claimed that the ferry was unsafe, and added "
            "it would stop.",
            "it would stop",
            "harbour board",
        ),
    ],
)
def test_a_count_or_a_participle_is_no_speaker(text: str, words: str, speaker: str | None) -> None:
    """A number word before a verb form ("Sixteen states") counts, and names no one; a
    participle that opens the sentence ("Speaking to reporters") is not a name either."""
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Police in Kansas said the ferry would stop.", "police"),
        ("Residents of Bergen said the ferry would stop.", "unnamed residents"),
        ("The mayor of Bergen said the ferry would stop.", "role mayor"),
        ("A spokesman for Norvik said the ferry would stop.", "norvik"),
        ("Two people familiar with the plan said the ferry would stop.", "unnamed people"),
        ("The ferry would stop, according to three people familiar with it.", "unnamed people"),
        ("According to two people briefed on the talks, the ferry would stop.", "unnamed people"),
    ],
)
def test_a_role_is_not_named_by_where_it_is(text: str, speaker: str) -> None:
    """The place or body after a role's preposition is not the speaker's name ("police in
    Kansas" are the police), unless the role speaks for it ("a spokesman for Norvik"); and
    "people familiar with the plan" are unnamed sources."""
    assert _speaker_of(text, "ferry") == speaker


def test_an_age_between_commas_is_skipped() -> None:
    """'Lima, 54, said' attributes to Lima: the age is an aside, not the speaker."""
    text = "Ana Lima runs the port. Lima, 54, said the ferry would stop."
    assert _speaker_of(text, "the ferry") == "ana lima"


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


def test_a_body_named_with_a_joiner_speaks_by_its_whole_name() -> None:
    """'Banco do Brasil said' is the bank, not 'Brasil'."""
    text = "Banco do Brasil said on Monday that the branch would close."
    assert _speaker_of(text, "the branch would close") == "banco do brasil"


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


def test_a_verb_that_tells_of_deaths_attributes_nothing() -> None:
    """'the storm claimed 20 lives' tells of deaths: the storm is no speaker; 'the rebels
    claimed 20 soldiers were killed' is a claim."""
    text = (
        "The storm claimed 20 lives in the harbour town. "
        "The storm claimed the lives of 20 people. "
        "The rebels claimed 20 soldiers were killed."
    )
    assert _speaker_of(text, "20 lives") is None
    assert _speaker_of(text, "the lives of 20") is None
    assert _speaker_of(text, "20 soldiers were killed") == "role rebels"


@given(st.text(alphabet=st.sampled_from(list("ab said“”\"' ,.:AnaLim\n")), max_size=200))
def test_attribution_never_fails(text: str) -> None:
    """Attribution returns spans inside the text for any input."""
    voices = _voices(text)
    for found in voices.attributions:
        assert 0 <= found.span.start <= found.span.end <= len(text)


# Speaker phrases in their many shapes.


def test_speaker_after_the_verb_that_ends_a_clause() -> None:
    """'The ferry will stop, said harbour master Ana Lima.' names the speaker after the verb."""
    text = "The ferry will stop in May, said harbour master Ana Lima."
    assert _speaker_of(text, "The ferry will stop") == "ana lima"


def test_inverted_speaker_wins_over_the_subject_before_an_aside() -> None:
    """'…, with the toll rising to 20, reported officials, with…' is the officials' report."""
    text = "A ferry sank off Lisbon, with the toll rising to 20, reported officials, on Monday."
    assert _speaker_of(text, "the toll rising to 20") == "unnamed officials"


def test_aside_between_speaker_and_verb() -> None:
    """'Lima, in a statement, said' and 'The Board, which runs…, has said' skip the aside."""
    text = (
        "Ana Lima, in a statement from her office, said the pier would close. "
        "The Harbour Board, which runs the pier, has said the ferry would stop."
    )
    assert _speaker_of(text, "the pier would close") == "ana lima"
    assert _speaker_of(text, "the ferry would stop") == "harbour board"


def test_role_after_a_name_without_an_article() -> None:
    """'Ana Lima, spokeswoman for the harbour, said' is Ana Lima."""
    text = "Ana Lima, spokeswoman for the harbour, said the pier would close."
    assert _speaker_of(text, "the pier would close") == "ana lima"


def test_countries_speak_by_their_code() -> None:
    """'The United States', 'the US' and 'the Peruvian government' key by country code."""
    text = (
        "The United States said the pier would close. The US said the ferry would stop. "
        "The Peruvian government said the port was safe."
    )
    assert _speaker_of(text, "the pier would close") == "us"
    assert _speaker_of(text, "the ferry would stop") == "us"
    assert _speaker_of(text, "the port was safe") == "pe"


def test_the_government_is_the_one_the_text_named() -> None:
    """'the government' after 'the government of Peru' is Peru's."""
    text = "The government of Peru closed the port. Later the government said it was safe."
    assert _speaker_of(text, "it was safe") == "pe"


def test_a_body_and_its_acronym_share_a_key() -> None:
    """'the Harbour Safety Institute (HSI)' and 'HSI' are one speaker."""
    text = (
        "According to the Harbour Safety Institute (HSI), the pier is old. "
        "HSI said the ferry would stop."
    )
    assert _speaker_of(text, "the pier is old") == "harbour safety institute"
    assert _speaker_of(text, "the ferry would stop") == "harbour safety institute"


def test_names_of_one_body_in_the_lexicon_share_a_key() -> None:
    """'the Department of Justice' and 'the Justice Department' are one speaker."""
    text = (
        "The Department of Justice said the pier would close. "
        "The Justice Department said the ferry would stop."
    )
    assert _speaker_of(text, "the pier would close") == _speaker_of(text, "the ferry would")


def test_a_person_of_a_body_is_the_person() -> None:
    """'Ana Lima of the Harbour Union said' is Ana Lima, not the union."""
    text = "Ana Lima of the Harbour Union said the pier would close."
    assert _speaker_of(text, "the pier would close") == "ana lima"


def test_a_document_speaks_for_its_source() -> None:
    """'data from the Harbour Board' and 'estimates by harbour officials' are their sources'."""
    text = (
        "Data from the Harbour Board show the pier is old. "
        "Estimates by harbour officials indicate the ferry carried 300 people."
    )
    assert _speaker_of(text, "the pier is old") == "harbour board"
    assert _speaker_of(text, "the ferry carried 300") == "unnamed harbour officials"


@pytest.mark.parametrize(
    "sentence",
    [
        "According to the Harbour Board's report, the ferry carried 300 people.",
        "According to the Harbour Board's latest figures, the ferry carried 300 people.",
        "According to the Harbour Board's, the ferry carried 300 people.",
    ],
)
def test_an_owners_document_speaks_for_its_owner(sentence: str) -> None:
    """'the Harbour Board's report' and 'its latest figures' are the Harbour Board's."""
    assert _speaker_of(sentence, "the ferry carried 300") == "harbour board"


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        ("The Harbour Board website said the ferry carried 300 people.", "harbour board"),
        ("A Reuters report said the ferry carried 300 people.", "reuters"),
        ("The harbour board's website said the ferry carried 300 people.", "harbour board"),
        (
            "The harbour board's official Facebook page said the ferry carried 300 people.",
            "harbour board",
        ),
        (
            "The Norwegian government closed the port. An official government Twitter account "
            "said the ferry carried 300 people.",
            "no",
        ),
    ],
)
def test_a_publishers_document_or_account_speaks_for_the_publisher(
    sentence: str, publisher: str
) -> None:
    """A document the text says whose it is, or an account of anyone's, is its publisher's:
    an account on Twitter or Facebook is not the platform's."""
    assert _speaker_of(sentence, "the ferry carried 300") == publisher


def test_a_document_of_a_common_noun_or_a_body_named_survey_is_not_its_publishers() -> None:
    """'A government report' stays an unnamed report; 'the US Geological Survey' is a body,
    not a survey of 'US Geological'; 'the Twitter account' is no one's the text names."""
    assert (
        _speaker_of(
            "A government report said the ferry carried 300 people.", "the ferry carried 300"
        )
        == "unnamed government report"
    )
    assert (
        _speaker_of(
            "The US Geological Survey said the quake had a magnitude of 5.8.", "magnitude of 5.8"
        )
        == "us geological survey"
    )
    assert _speaker_of(
        "The Twitter account said the ferry carried 300 people.", "the ferry carried 300"
    ) not in (None, "twitter")


def test_a_noun_or_a_count_before_a_speech_verb_is_no_speaker() -> None:
    """ "The orange warning issued" and "signed a letter saying" have no speaker of their own
    (a warning and a letter are said by someone else), "with the board confirming" has one;
    "the fifty states" are no states that speak."""
    text = "The orange warning issued by the harbour board applies to 12 piers."
    assert _speaker_of(text, "applies to 12 piers") is None
    text = "Fifty officials signed a letter saying the ferry carried 300 people."
    assert _speaker_of(text, "the ferry carried 300") != "unnamed letter"
    text = "The pier closed, with the Harbour Board confirming that 300 people were moved."
    assert _speaker_of(text, "300 people were moved") == "harbour board"
    text = "Ferries in the fifty states carry 300 people each."
    assert _speaker_of(text, "300 people each") is None


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The weather service said the ferry carried 300 people.", "weather service"),
        ("The world body said the ferry carried 300 people.", "world body"),
        ("The coast guard said the ferry carried 300 people.", "coast guard"),
    ],
)
def test_bodies_named_by_common_nouns(sentence: str, body: str) -> None:
    """Nouns for bodies, of one word or more, are bodies, not roles of people."""
    assert _speaker_of(sentence, "the ferry carried 300") == body


def test_people_from_a_body_are_the_people_its_voice_is_the_body() -> None:
    """ "Representatives from the Harbour Board" are representatives, as the labels of the
    attribution benchmark have it; "a spokesman from the Harbour Board" speaks for it."""
    text = "Representatives from the Harbour Board said the ferry carried 300 people."
    assert _speaker_of(text, "the ferry carried 300") == "unnamed representatives"
    text = "A spokesman from the Harbour Board said the ferry carried 300 people."
    assert _speaker_of(text, "the ferry carried 300") == "harbour board"


def test_a_role_of_an_owner_is_the_role() -> None:
    """'The Harbour Board's spokeswoman said' is the spokeswoman's, not the board's."""
    text = "The Harbour Board's spokeswoman said the ferry carried 300 people."
    assert _speaker_of(text, "the ferry carried 300") != "harbour board"


def test_the_statement_is_its_speakers() -> None:
    """'The statement said' is whoever gave the statement before."""
    text = (
        "Ana Lima, in a statement, announced the pier would close. "
        "The statement also said the ferry would stop."
    )
    assert _speaker_of(text, "the ferry would stop") == "ana lima"


def test_a_first_name_alone_is_the_person_who_has_it() -> None:
    """'Dr Ana' after 'Dr Ana Maria Lima' is Ana Lima."""
    text = "Dr Ana Maria Lima said the pier would close. According to Dr Ana, the ferry is old."
    assert _speaker_of(text, "the ferry is old") == "ana lima"


def test_quote_with_no_speech_verb_is_the_subjects() -> None:
    """'Ana Lima called the plan “a gift to the harbour”' quotes Ana Lima."""
    text = "Harbour spokeswoman Ana Lima called the plan “a gift to the harbour and its people”."
    assert _speaker_of(text, "a gift to the harbour") == "ana lima"


def test_each_quote_with_no_speech_verb_is_the_subjects() -> None:
    """Two quotes in a sentence with no speech verb are both its subject's."""
    text = "Ana Lima called the plan “a gift to the harbour” and the old pier “a danger to all”."
    assert _speaker_of(text, "a gift to the harbour") == "ana lima"
    assert _speaker_of(text, "a danger to all") == "ana lima"


def test_quote_after_a_sentence_about_a_person_is_theirs() -> None:
    """A quote that opens a sentence after one about a named person, with no cue, is theirs."""
    text = "Ana Lima criticized the plan on Monday. “It is a mistake for the whole harbour.”"
    assert _speaker_of(text, "It is a mistake") == "ana lima"


def test_a_role_with_a_qualifier_is_only_that_role() -> None:
    """'the health minister' is not the transport minister the text named."""
    text = (
        "Transport Minister Ana Lima said the pier would close. "
        "The health minister said the ferry was safe."
    )
    assert _speaker_of(text, "the ferry was safe") == "role health minister"


def test_they_is_the_group_the_sentence_opens_with() -> None:
    """'Prosecutors charged him, they said' is the prosecutors."""
    text = "The police said it was late. State prosecutors charged the captain, they said Friday."
    assert _speaker_of(text, "State prosecutors charged") == "unnamed state prosecutors"


def test_a_noun_after_an_article_is_no_verb() -> None:
    """'The report said' has the speaker 'the report', not a cue at 'report'."""
    text = "The report said the pier would close."
    assert _speaker_of(text, "the pier would close") == "unnamed report"


def test_names_with_a_lowercase_article() -> None:
    """'el-Bashir said' is a person named el-Bashir."""
    text = "Citing government statistics, el-Bashir said the pier would close."
    assert _speaker_of(text, "the pier would close") == "el-bashir"


def test_a_name_after_the_article_is_a_body() -> None:
    """People take no article: 'The Valley Courier reported' is a body, and in 'Ana Lima of
    The Valley Courier said' the paper is Ana Lima's, not the speaker."""
    speaker = _speaker_at("The Valley Courier reported that the pier would close.", "the pier")
    assert speaker is not None
    assert speaker.key == "valley courier"
    assert speaker.kind is SpeakerKind.ORGANIZATION
    text = "Ana Lima of The Valley Courier said the pier would close."
    assert _speaker_of(text, "the pier would close") == "ana lima"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lima, deputy director of the Harbour Union, said the pier would close.",
            "ana lima",
        ),
        ("In Bergen, the spokesman said the pier would close.", "unnamed spokesman"),
        (
            "Ferries ran to Norvik and Bergen, the officials said the pier would close.",
            "unnamed officials",
        ),
    ],
)
def test_a_name_then_its_role_between_commas(text: str, expected: str) -> None:
    """A name, a comma and a role that a modifier may open ('deputy director') is the named
    person; a place after a preposition before the comma is where, not who."""
    assert _speaker_of(text, "the pier would close") == expected


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("Minister of Information Ana Lima", "ana lima"),
        ("Minister of Foreign Affairs Ana Lima", "ana lima"),
        ("Mayor of New Bergen Luis de Souza", "luis de souza"),
        ("Director of the Harbour Union Ana Lima", "ana lima"),
    ],
)
def test_what_a_title_is_of_is_not_part_of_the_name(title: str, key: str) -> None:
    """After a title and "of", the capitalized words start with what the title is of; the
    name is the last two words (and particles)."""
    assert _speaker_of(f"{title} said the pier would close.", "the pier would close") == key


def test_a_body_after_its_article_in_apposition_quotes() -> None:
    """'One of the unions, the Harbour Union, said it was given "…"': the union's quote."""
    text = 'One of the unions, the Harbour Union, said it was given "a promise of new jobs."'
    assert _speaker_of(text, "a promise of new jobs.") == "harbour union"


def test_a_common_word_that_opens_a_sentence_is_no_name() -> None:
    """'Part of the statement reads' is no person called Part when the text writes "part" in
    lower case elsewhere; a name it never writes so ('Lima said') stays a name."""
    text = (
        "The pier is part of the harbour. "
        'Part of the statement reads "the pier will close." '
        "Lima said the ferry would stay."
    )
    assert _speaker_of(text, "the pier will close.") is None
    assert _speaker_of(text, "the ferry would stay") == "lima"


def test_a_name_in_an_address_is_still_a_name() -> None:
    """'Norvik' opening a sentence stays a name though the text has 'norvik.example'."""
    text = "See norvik.example for more. Norvik said the pier would close."
    assert _speaker_of(text, "the pier would close") == "norvik"


@pytest.mark.parametrize(
    ("body", "key"),
    [
        ("the National Conference of Harbour Towns", "national conference of harbour towns"),
        ("Norvik Energy", "norvik energy"),
        ("the Valley Forum", "valley forum"),
    ],
)
def test_bodies_named_for_what_they_are(body: str, key: str) -> None:
    """A name that ends with what a body is ("Conference", "Energy", "Forum") is the body's,
    not a person's keyed by its last word."""
    speaker = _speaker_at(f"{body[0].upper()}{body[1:]} said the pier would close.", "the pier")
    assert speaker is not None
    assert (speaker.key, speaker.kind) == (key, SpeakerKind.ORGANIZATION)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The pier will close, a police officer on the scene said.", "unnamed police officer"),
        ("According to officials on Saturday, the pier will close.", "unnamed officials"),
    ],
)
def test_on_after_a_role_noun_belongs_to_its_phrase(text: str, key: str) -> None:
    """'a police officer on the scene' is the officer; 'officials on Saturday' the officials."""
    assert _speaker_of(text, "pier will close") == key


@pytest.mark.parametrize("noun", ["Statistics", "Records", "Footage"])
def test_a_document_that_opens_a_sentence_is_no_name(noun: str) -> None:
    """'Statistics show' is what unnamed statistics say, not a person called Statistics."""
    text = f"{noun} show the pier would close."
    assert _speaker_of(text, "the pier would close") == f"unnamed {noun.lower()}"


def test_time_phrase_between_speaker_and_verb() -> None:
    """'Lima during the weekend said' skips the time phrase."""
    text = "Ana Lima during the weekend said the pier would close."
    assert _speaker_of(text, "the pier would close") == "ana lima"


def test_according_to_then_a_comma_attributes_all_that_follows() -> None:
    """'According to police, at least 20 people…' attributes the count to the police."""
    text = "According to police, at least 20 people were hurt."
    assert _speaker_of(text, "at least 20 people") == "police"


def test_cue_between_commas_attributes_its_sentence() -> None:
    """'The pier, the mayor said, will close.' is the mayor's, both sides of the cue."""
    text = "Mayor Ana Lima spoke. The pier, the mayor said, will close in May."
    assert _speaker_of(text, "The pier") == "ana lima"
    assert _speaker_of(text, "will close in May") == "ana lima"


def test_quote_that_runs_past_the_clause_is_the_speakers() -> None:
    """A quote opened in a reported clause is the speaker's to its end, sentences later."""
    text = "Ana Lima said the plan had “a lot of risk. The pier is old.” The mayor left."
    assert _speaker_of(text, "The pier is old.") == "ana lima"


def test_a_semicolon_inside_a_quote_ends_no_clause() -> None:
    """A quote with a semicolon in it, before a speaker in apposition, is the speaker's from its
    first word; a semicolon after the quote still ends what the speaker said."""
    text = (
        '"This is no cut; it is growth," Orvo\'s chief executive, Ana Lima, said. '
        'Tomás Ortiz said: "We will go; we will win," and left; the board said nothing.'
    )
    assert _speaker_of(text, "This is no cut") == "ana lima"
    assert _speaker_of(text, "We will go") == "tomas ortiz"
    assert _speaker_of(text, "we will win") == "tomas ortiz"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # After an article and a word that is no plural, a verb that is a noun too is a noun.
        ("Orvo will publish the interim report within 45 days.", None),
        ("Orvo will publish a revised estimate on Monday.", None),
        # After a plural, it speaks.
        ("The officials report that the pier will close.", "unnamed officials"),
    ],
)
def test_a_speech_verb_that_is_a_noun_after_an_article_speaks_for_no_one(
    text: str, speaker: str | None
) -> None:
    voices = _voices(text)
    assert [a.speaker.key for a in voices.attributions] == ([speaker] if speaker else [])


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Sorvik & Wendel said the work would finish in May.", "sorvik wendel"),
        ("The work will finish in May, said Sorvik & Wendel.", "sorvik wendel"),
        # "and" may join two people.
        ("Lima and Ortiz said the work would finish in May.", "role lima and ortiz"),
    ],
)
def test_an_ampersand_joins_the_name_of_a_firm(text: str, key: str) -> None:
    speaker = _speaker_at(text, "the work" if text.startswith(("Sorvik", "Lima")) else "The work")
    assert speaker is not None and speaker.key == key
    assert (speaker.kind is SpeakerKind.ORGANIZATION) == ("&" in text)


NAMES = st.sampled_from(["Ana Lima", "Tomás Ortiz", "Mei Chen", "Kofi Mensah"])


@given(name=NAMES, pattern=st.integers(min_value=0, max_value=4))
def test_a_speakers_key_does_not_depend_on_the_cue(name: str, pattern: int) -> None:
    """However the cue is written, a named speaker keys by their first name and surname."""
    text = [
        f"{name} said the pier would close.",
        f"The pier would close, said {name}.",
        f"{name}, the harbour master, said the pier would close.",
        f"According to {name}, the pier would close.",
        f"“The pier would close,” {name} said.",
    ][pattern]
    start = text.index("he pier") - 1
    found = _voices(text).attribution_at(Span(start=start, end=start + 9))
    assert found is not None
    assert found.speaker.key == name.lower().replace("á", "a")


def test_a_verb_after_to_or_a_passive_has_no_speaker() -> None:
    """'to say', 'was reported' and 'I think' attribute nothing."""
    text = "The crew hoped to say goodbye. The pier was reported closed. I think it is."
    assert _voices(text).attributions == ()


def test_possessive_before_a_verb_makes_it_a_noun() -> None:
    """'Lima's stated aim' is no speech by Lima."""
    text = "Ana Lima's stated aim is a pier that never closes."
    assert _voices(text).attributions == ()


def test_a_space_of_another_kind_before_the_verb_keeps_the_speaker() -> None:
    """A no-break or a thin space before 'said' is a space, not a mark between."""
    for space in ("\xa0 ", "\u2009 "):
        text = f"Harbour master Ana Lima{space}said the pier would close on Friday."
        assert _speaker_of(text, "the pier would close") == "ana lima"


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["", " ", "  ", "\xa0 ", " \xa0", "\n ", ", ", ". ", " (", '"', "—"]),
            st.sampled_from(["Lima", "a", "'s", "’s", "al-Assad", "U.S.", "re-elected"]),
        )
    ),
    st.sampled_from(["", ".", " ", "\xa0", ".”", " —"]),
)
def test_tokens_are_the_words_and_each_mark_between_them(
    pieces: list[tuple[str, str]], end: str
) -> None:
    """A span's tokens, in order, spell its text without its spaces."""
    text = "".join(gap + word for gap, word in pieces) + end
    tokens = _tokens(Words.of(text), Span(start=0, end=len(text)))
    assert "".join(tokens) == "".join(text.split())
    assert list(zip(tokens.starts, tokens.ends, tokens, strict=True)) == _plain_tokens(text, 0)
    assert [t.lower() for t in tokens.lower] == [t.lower() for t in tokens]


def _plain_tokens(text: str, start: int) -> list[tuple[int, int, str]]:
    """The tokens of ``text[start:]`` the long way: each word of the index (a possessive joined
    to a word right before it), each character between words that is not a space."""
    words = Words.of(text)
    found: list[tuple[int, int, str]] = []
    cursor, previous_end = start, -1
    for at, end, word in zip(words.starts, words.ends, words.written, strict=True):
        if at < start:
            continue
        found += [(i, i + 1, text[i]) for i in range(cursor, at) if not text[i].isspace()]
        if found and at == previous_end and word in ("'s", "’s", "'S", "’S"):
            first, _, owner = found.pop()
            found.append((first, end, owner + word))
        else:
            found.append((at, end, word))
        cursor = previous_end = end
    found += [(i, i + 1, text[i]) for i in range(cursor, len(text)) if not text[i].isspace()]
    return found


@given(
    st.lists(st.sampled_from(["Lima", "a", "'s", ", ", " (", "al-Assad", "U.S.", "é", "—"])),
    st.integers(min_value=0, max_value=40),
)
def test_tokens_of_a_span_that_starts_anywhere(pieces: list[str], start: int) -> None:
    """A span that starts inside a word has each character of the word's end as a mark."""
    text = " ".join(pieces)
    start = min(start, len(text))
    tokens = _tokens(Words.of(text), Span(start=start, end=len(text)))
    assert list(zip(tokens.starts, tokens.ends, tokens, strict=True)) == _plain_tokens(text, start)
    assert [tokens.capitalized(i) for i in range(len(tokens))] == [
        t[:1].isupper() or t.startswith("al-") for t in tokens
    ]


def test_words_kept_between_texts_are_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """What the speaker finder learns about words is kept for the next text, but no more of
    it than it may keep: a process that reads story after story does not grow without end,
    and forgetting changes no attribution."""
    from factcheck import _speakers
    from factcheck._lexicon import default_lexicon

    names = ["Ada Vik", "Bo Lund", "Cai Berg", "Dag Holm", "Eir Nes", "Fia Norheim", "Gro Moe"]
    text = " ".join(
        f"{name} said the ferry was late. “It was,” Ms {name.split()[1]} said." for name in names
    )
    expected = [(a.span, a.speaker.key) for a in _voices(text).attributions]
    monkeypatch.setattr(_speakers, "WORDS_KEPT", 4)
    known = _speakers._known(default_lexicon())
    known.name_words.clear()
    known.genders.clear()
    assert [(a.span, a.speaker.key) for a in _voices(text).attributions] == expected
    assert 0 < len(known.name_words) <= 4
    assert 0 < len(known.genders) <= 4


@pytest.mark.parametrize(
    "text",
    [
        '"The air is safe," Dr. Mina Lorvell, the regional medical officer, said Monday.',
        '"The air is safe," Dr. Mina Lorvell, the regional medical officer, told reporters Monday.',
    ],
)
def test_a_time_after_the_verb_is_no_inverted_speaker(text: str) -> None:
    """After a speaker and an apposition, the weekday after "said" dates the saying; it
    does not speak."""
    assert _speaker_of(text, "The air is safe") == "mina lorvell"


def test_an_inverted_speaker_ends_before_a_time() -> None:
    """ "…," said officials on Monday: the officials speak, and the quote does not pass to the
    speaker of the quote before it."""
    text = (
        "“We will rebuild the pier before the storms arrive,” Ana Lima said.\n\n"
        "“We will reopen the ferry line by the spring,” said officials on Monday."
    )
    assert _speaker_of(text, "We will reopen the ferry line") == "unnamed officials"


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # "A" and capitalized words name one of a kind, not a person.
        ("The works, which cost £9 million, added a new Kesh Stand.", "The works", None),
        # A role between them is the named person's.
        ("An attendee Ana Lima said the ferry was late.", "the ferry was late", "ana lima"),
        # A role there is someone unnamed.
        (
            '"We are ready," said a Kesh Line spokesman.',
            "We are ready",
            "unnamed kesh line spokesman",
        ),
    ],
)
def test_an_inverted_speaker_opened_by_a_is_no_name(
    text: str, words: str, speaker: str | None
) -> None:
    assert _speaker_of(text, words) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A witness who saw the crash said the ferry was late.", "unnamed witness"),
        ("Officials who asked not to be named said the ferry was late.", "unnamed officials"),
        ("Ana Lima, who saw the crash, said the ferry was late.", "ana lima"),
    ],
)
def test_a_relative_clause_before_the_verb_is_not_the_speaker(text: str, speaker: str) -> None:
    """ "A witness who saw the crash said": the witness speaks, not "the crash"."""
    assert _speaker_of(text, "the ferry was late") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lima told a harbour hearing on Friday that the ferry was late.",
        "Ana Lima told the inquiry that the ferry was late.",
        "A marine surveyor told a harbour hearing on Friday that the ferry was late.",
    ],
)
def test_a_listener_opened_by_an_article_ends_at_that(text: str) -> None:
    """ "told a harbour hearing on Friday that …": what was told starts after "that"."""
    (attribution,) = _voices(text).attributions
    assert attribution.span.slice(text).startswith("the ferry was late")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ferry would stop, according to the national seismology institute.",
            "national seismology institute",
        ),
        ("The ferry would stop, according to the harbour safety board.", "harbour safety board"),
        # No role noun ends "the national weather service": no speaker, not "the national".
        ("The ferry would stop, according to the national weather service.", None),
    ],
)
def test_words_of_its_own_may_stand_before_the_role_after_according_to(
    text: str, speaker: str | None
) -> None:
    """After "according to" and a determiner, lowercase words of no list may lead to the role
    noun ("the national seismology institute"); a phrase that ends in a modifier before such
    a word names no one."""
    assert _speaker_of(text, "ferry") == speaker


@pytest.mark.parametrize(
    "text",
    [
        "The ferry stopped 40 kilometres north of Kesh, the national seismology institute said.",
        "The ferry stopped near the town of Kesh, the national seismology institute said.",
    ],
)
def test_a_place_after_of_is_no_name_of_the_role_after_it(text: str) -> None:
    """A place after a direction or a place noun and "of" is where, not who: the role after
    the comma speaks for itself."""
    assert _speaker_of(text, "ferry") == "national seismology institute"


def test_a_name_after_the_role_of_an_inverted_speaker_is_the_speakers() -> None:
    """'…," said the interior minister, Ana Lima.' is Ana Lima, the key another story's
    'the interior minister, Ana Lima, said' gives."""
    text = '"The ferry will stop," said the interior minister, Ana Lima.'
    assert _speaker_of(text, "ferry") == "ana lima"
