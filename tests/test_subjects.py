"""Subject phrases get keys that group mentions of one thing and separate different things."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from factcheck import Span
from factcheck._lexicon import default_lexicon
from factcheck._segment import segment
from factcheck._subjects import (
    SubjectMention,
    Subjects,
    _grammar,
    _is_number,
    _phrase_start,
    _qualifiers,
    _word_start,
    acts_on,
    find_subjects,
)


def _subjects(text: str) -> Subjects:
    return find_subjects(text, segment(text))


def _key(text: str, words: str) -> str | None:
    start = text.index(words)
    found = _subjects(text).covering(Span(start=start, end=start + len(words)))
    return None if found is None else found.subject.key


def test_country_adjectives_and_names_key_one_armed_force() -> None:
    """'Canadian troops', 'Canada's soldiers' and 'troops of Canada' are one subject."""
    text = (
        "Canadian troops arrived. Canada's roughly 400 soldiers stayed. The troops of Canada left."
    )
    keys = {_key(text, w) for w in ("Canadian troops", "400 soldiers", "troops of Canada")}
    assert keys == {"CA armed forces"}


@pytest.mark.parametrize(
    "text",
    [
        "Kesh's 2,600-strong contingent will leave.",
        "The drawdown of Kesh's 600-strong battalion began.",
    ],
)
def test_a_possessive_before_so_many_strong_owns_the_body(text: str) -> None:
    """ "Kesh's 2,600-strong contingent" is Kesh's, as "Kesh's 2,600 troops" are: the count
    "2,600-strong" stands inside the phrase as a number does."""
    head = "contingent" if "contingent" in text else "battalion"
    assert _key(text, head) == "Kesh armed forces"


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Schools in Penwick will remain closed.", "Schools", "Penwick school"),
        ("The hospitals across Averly stayed open.", "hospitals", "Averly hospital"),
        ("Penwick schools will remain closed.", "schools", "Penwick school"),
        ("Schools in the valley will remain closed.", "Schools", "school"),
    ],
)
def test_things_in_the_plural_are_of_the_place_they_are_in(text: str, words: str, key: str) -> None:
    """ "Schools in Penwick" are Penwick's schools, as "Penwick schools" are: what one story
    tells of them is set against what another does."""
    assert _key(text, words) == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("The children's ward will stay shut until next week.", "children", None),
        ("The protesters' demands have expanded.", "protesters", None),
        ("The clinic allows transfers only with two doctors' approval.", "doctors", "doctor"),
    ],
)
def test_a_noun_in_the_possessive_owns_what_follows(text: str, words: str, key: str | None) -> None:
    """ "The children's ward will stay shut" is about the ward, not the children; a number
    before the possessive still counts its noun ("two doctors' approval")."""
    assert _key(text, words) == key


def test_owner_that_has_the_thing_in_the_clause() -> None:
    """'Norway still has about 300 soldiers there' keys the soldiers as Norway's."""
    text = "Norway still has about 300 soldiers in the region."
    assert _key(text, "300 soldiers") == "NO armed forces"


def test_a_place_is_not_an_owner() -> None:
    """'troops in Mali' are not Mali's troops."""
    text = "French troops patrol the border. Some 400 troops in Mali will stay."
    assert _key(text, "400 troops") == "FR armed forces"


def test_organization_staff_is_not_the_armed_forces() -> None:
    """'State Department personnel' and 'US forces' are different subjects."""
    text = "All State Department personnel will leave, while US forces stay."
    assert _key(text, "State Department personnel") == "US Department of State employee"
    assert _key(text, "US forces") == "US armed forces"


def test_possessive_pronoun_points_back_to_the_acting_country() -> None:
    """'its forces' after 'Chile said' are Chile's, not those of the place named."""
    text = "Chile said it would not move its forces out of Bolivia."
    assert _key(text, "its forces") == "CL armed forces"


def test_bare_noun_takes_the_last_owner_of_its_institution() -> None:
    """'the troops', with no owner, are the last owned troops mentioned."""
    text = "Kenyan troops crossed the river. Later the troops camped."
    assert _key(text, "the troops camped"[:10]) == "KE armed forces"


def test_bare_noun_takes_the_last_owner_no_country_table_names() -> None:
    """An owner of no country table ("Kesh", "Kurdish") is the last owner as a country is: the
    soldiers of a story about Kesh's troops are Kesh's."""
    text = (
        "Kesh troops will leave Averly, the minister said. About 2,000 troops would come home,"
        " with the first soldiers leaving within 60 to 90 days."
    )
    assert _key(text, "About 2,000 troops") == "Kesh armed forces"
    assert _key(text, "soldiers") == "Kesh armed forces"


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        (
            "About 3,000 residents of Averly were told to leave.",
            "3,000 residents",
            "Averly resident",
        ),
        (
            "Roughly 160,000 members of the Kesh Party voted.",
            "160,000 members",
            "Kesh Party member",
        ),
        ("The troops of Kesh will leave.", "troops", "Kesh armed forces"),
        # People of a place, uncounted, are the place (``[scenes]``); "from" tells of a move;
        # a name that goes on after "of" is not cut short.
        ("Residents of Averly were told to leave.", "Residents", "resident"),
        ("Crews moved 550 people from Averly on Monday.", "550 people", "person"),
        ("22 crew members of Star of the Seas fell ill.", "22 crew members", "crew member"),
    ],
)
def test_a_name_after_of_owns_the_phrase(text: str, words: str, key: str) -> None:
    """ "3,000 residents of Averly" are Averly's, as "3,000 Averly residents" are, though
    Averly is in no table."""
    assert _key(text, words) == key


def test_proper_names_key_themselves() -> None:
    """'Northern Democratic Forces' is a named group, not a country's armed forces."""
    text = "The Northern Democratic Forces took the town."
    assert _key(text, "Northern Democratic Forces") == "Northern Democratic Forces"


@pytest.mark.parametrize(
    ("text", "words", "owner"),
    [
        ("The district grew. District officials met.", "officials", None),
        ("The district grew. Hawsley District officials met.", "officials", "Hawsley District"),
        ("Officials in the two African countries met.", "countries", None),
        ("Envoys of 30 Arab nations met.", "nations", None),
        ("European nations have refused.", "nations", "European"),
        ("About 500 Varnish troops left.", "troops", "Varnish"),
        ("Dozens dead in boat blaze", "dead", None),
        ("Hundreds dead in quake", "dead", None),
    ],
)
def test_capitalized_words_say_which_countries_and_own_none(
    text: str, words: str, owner: str | None
) -> None:
    """Countries are counted as a story picks them out (`picked` of ``[grammar]``): the
    words in the count say which, where before troops, or with no count, they name a group
    of its own; a word capitalized only as it opens a sentence, that the text also writes in
    lowercase, names none, and a blur of a number ("Dozens") is a count, not a name."""
    start = text.index(words)
    found = _subjects(text).covering(Span(start=start, end=start + len(words)))
    assert found is not None and found.subject.owner == owner


def test_hyphenated_country_is_not_an_owner() -> None:
    """'Peru-backed militias' are not Peru's own forces."""
    text = "Peru-backed forces took the bridge."
    assert _key(text, "forces") != "PE armed forces"


def test_country_institutions_key_by_country() -> None:
    """'the Japanese Foreign Ministry' is JP foreign ministry."""
    text = "The Japanese Foreign Ministry protested."
    assert _key(text, "Japanese Foreign Ministry") == "JP foreign ministry"


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Inflation in Portugal rose in May.", "Inflation", "PT inflation"),
        ("Core inflation in Portugal rose in May.", "Core inflation", "PT core inflation"),
        ("Portugal's core inflation rose in May.", "core inflation", "PT core inflation"),
        ("Youth unemployment in Spain fell.", "Youth unemployment", "ES youth unemployment"),
        ("Youth unemployment fell in April.", "Youth unemployment", "youth unemployment"),
        ("Spain's unemployment rate fell.", "unemployment rate", "ES unemployment"),
    ],
)
def test_a_measure_of_a_country_keeps_what_measure_it_is(text: str, words: str, key: str) -> None:
    """A country after "in" owns its measure (``indicators`` of subjects.toml), and the words
    before the measure say which one it is: core inflation is not inflation."""
    assert _key(text, words) == key


def test_troops_in_a_country_are_not_its_own() -> None:
    """Only a measure is owned by the country it is in: "troops in Portugal" are not
    Portugal's."""
    assert _key("Troops in Portugal rose to 4,000.", "Troops") == "armed forces"


def test_attributive_nouns_are_not_heads() -> None:
    """'a military operation' is not about the armed forces; 'government officials' is about
    officials."""
    text = "Kenya began a military operation. Government officials said so."
    assert _key(text, "military") is None
    assert _key(text, "officials") != "government"


def test_singular_nouns_are_subjects_only_when_counted() -> None:
    """'a Kenyan official' is a subject; 'came back home' is not."""
    text = "A Kenyan official said the crew came back home."
    assert _key(text, "Kenyan official") == "KE official"
    assert _key(text, "home") is None


def test_they_prefers_the_institution_over_nearer_people() -> None:
    """'Our sons, our men — they are coming home' resolves 'they' to the troops just named."""
    text = (
        "“It is time for our troops to come home,” the minister said. "
        "“Our sons, our men — they are coming.”"
    )
    subjects = _subjects(text)
    found = subjects.resolve("they", text.index("they are"))
    assert found is not None
    assert found.institution == "armed forces"


@given(
    st.text(alphabet=st.sampled_from(list("ab US troops of Canada's 2,000 the .")), max_size=200)
)
def test_subjects_never_fail(text: str) -> None:
    """Any text gives subject phrases inside it."""
    for mention in _subjects(text).mentions:
        assert 0 <= mention.span.start <= mention.head.start <= mention.head.end <= len(text)


def test_possessive_name_owns_the_phrase() -> None:
    """'Norvik's roughly 1,200 workers' are Norvik's workers, like 'Norvik workers'."""
    text = "Norvik's roughly 1,200 workers will leave. Later 300 Norvik workers stayed."
    assert _key(text, "1,200 workers") == _key(text, "Norvik workers") == "Norvik employee"


def test_a_possessive_right_before_the_noun_owns_it() -> None:
    """'Norvik's workers' are Norvik's, not "Norvik's"."""
    text = "Norvik will grow. Norvik's workers will leave. 300 Norvik workers stayed."
    assert _key(text, "Norvik's workers") == _key(text, "Norvik workers") == "Norvik employee"


@given(
    number=st.sampled_from(["Five", "five", "Twenty-four", "two dozen", "a dozen", "1,200"]),
    noun=st.sampled_from(["people", "children", "countries", "cases", "passengers"]),
)
def test_numbers_are_not_part_of_the_key(number: str, noun: str) -> None:
    """How many things a phrase counts never changes the key of what it counts."""
    text = f"Officials said {number} {noun} were counted."
    key = _key(text, noun)
    assert key is not None
    assert number.split()[-1].lower() not in key.lower()


def test_qualifiers_after_the_number_are_kept() -> None:
    """'114 active cases' and 'five new deaths' keep what kind they are; 'other' does not."""
    text = "There were 114 active cases, five new deaths and five other people hurt."
    assert _key(text, "114 active cases") == "active case"
    assert _key(text, "five new deaths") == "new death"
    assert _key(text, "five other people") == "person"


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("The mayor ordered residents to leave.", "residents", "resident"),
        ("The sheriff told residents to leave.", "residents", "resident"),
        ("The stranded passengers were moved.", "passengers", "stranded passenger"),
        ("The mayor said stranded passengers left.", "passengers", "stranded passenger"),
        ("The new preferred shares rose.", "preferred shares", "new preferred share"),
    ],
)
def test_a_role_and_its_verb_say_no_kind(text: str, words: str, key: str) -> None:
    """After a role ("the mayor"), a word in -ed or of speech is the role's verb, not a kind
    of what follows; a word in -ed that no role comes before still says what kind it is."""
    assert _key(text, words) == key


def test_a_possessive_owner_keys_without_its_title() -> None:
    """ "Prime Minister Elena Zelden's 300 workers" are Elena Zelden's, as when she is named
    without the title."""
    assert _key("Prime Minister Elena Zelden's 300 workers left.", "300 workers") == (
        "Elena Zelden employee"
    )


def test_a_verb_before_the_number_is_not_an_owner_modifier() -> None:
    """'Peru reported nine deaths' counts deaths, not Peru's deaths."""
    text = "Peru reported nine deaths on Monday."
    assert _key(text, "nine deaths") == "death"


def test_has_before_a_participle_is_not_possession() -> None:
    """'Peru has confirmed five deaths' does not make the deaths Peru's."""
    text = "Peru has confirmed five deaths."
    assert _key(text, "five deaths") == "death"


def test_owner_that_says_it_will_send_or_cut_the_thing() -> None:
    """'Germany said on Monday it would send 5,000 troops' keys the troops as Germany's; a
    verb of sending, cutting or hiring makes an owner as 'has' does."""
    text = "Germany said on Monday it would send 5,000 troops to Lithuania."
    assert _key(text, "5,000 troops") == "DE armed forces"
    assert _key("Canada will withdraw about 400 soldiers.", "400 soldiers") == "CA armed forces"
    assert _key("The US Navy has 27 ships in the Gulf.", "27 ships") == "US vessel"


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        ("Acme Corp. will cut 1,200 jobs.", "1,200 jobs", "Acme job"),
        (
            "Acme said on Monday it would lay off 800 workers. Shares of Acme fell.",
            "800 workers",
            "Acme employee",
        ),
        ("The Bank of America will hire 300 workers.", "300 workers", "Bank of America employee"),
        # what a name receives or wins is its own
        ("Elena Zelden received 52,300 votes.", "52,300 votes", "Elena Zelden vote"),
        ("The Greens won 12 seats in the council.", "12 seats", "Greens seat"),
        (
            "Elena Zelden, the Green candidate for mayor, received 52,300 votes.",
            "52,300 votes",
            "Elena Zelden vote",
        ),
        # not the name's: a word capitalized by its place, a thing in a phrase of its own, a
        # count the name did not have or change, and an institution (a country's)
        ("Investigators have 30 workers at the site.", "30 workers", "employee"),
        ("Orion has room for seven people. Orion flew.", "seven people", "person"),
        ("Orion has offices in 30 countries. Shares of Orion fell.", "30 countries", "country"),
        (
            "Dengue has so far killed more than 1,000 people. Cases of Dengue rose.",
            "1,000 people",
            "person",
        ),
        ("President Mora has 2,000 troops.", "2,000 troops", "armed forces"),
        ("The US private sector adds 179,000 jobs.", "179,000 jobs", "job"),
        (
            "The Foreign Office has said the three new members are welcome.",
            "three new members",
            "new member",
        ),
    ],
)
def test_a_name_that_opens_the_sentence_owns_what_it_has_or_cuts(
    text: str, words: str, key: str
) -> None:
    """A company the lexicon does not know owns the jobs it cuts or the workers it hires,
    however its name ends; nothing else the sentence counts is its."""
    assert _key(text, words) == key


@pytest.mark.parametrize(
    ("text", "words", "key"),
    [
        # a clause of "which" or "who" after the owner
        ("Acme Corp., which employs 1,200 workers, will move.", "1,200 workers", "Acme employee"),
        (
            "The Pellam Teachers Association, which represents roughly 2,600 teachers, met.",
            "2,600 teachers",
            "Pellam Teachers Association teacher",
        ),
        ("France, which has 500 troops there, will stay.", "500 troops", "FR armed forces"),
        # "the union": the one union the story named before
        (
            "The Pellam Teachers Association voted. The union, which represents roughly 1,900"
            " teachers, met.",
            "1,900 teachers",
            "Pellam Teachers Association teacher",
        ),
        (
            "Workers at Kelder Mining Corp. walked out. The company employs 900 workers.",
            "900 workers",
            "Kelder Mining employee",
        ),
        # a name an aside calls a union
        (
            "Harwick Care, the nurses' union, struck. The union, which represents 900 nurses, met.",
            "900 nurses",
            "Harwick Care nurse",
        ),
        # none named before, or two: which one it is, the text does not say
        ("The union, which represents roughly 1,900 teachers, met.", "1,900 teachers", "teacher"),
        (
            "The Pellam Teachers Association and the Solt Nurses Association met. The union,"
            " which represents roughly 1,900 teachers, left.",
            "1,900 teachers",
            "teacher",
        ),
    ],
)
def test_the_owner_may_be_a_body_the_story_named_before(text: str, words: str, key: str) -> None:
    """A relative clause after an owner ("Acme, which employs") has what it counts, and "the"
    with a noun of [bodies] in subjects.toml stands for the one body of that kind named
    before ("the union" for an association, "the company" for a corporation)."""
    assert _key(text, words) == key


def test_participle_after_and_is_a_verb() -> None:
    """'killed five and wounded 110' has no subject 'wounded'; '25 wounded' is one."""
    text = "The blast killed five and wounded 110. Doctors treated 25 wounded."
    assert _key(text, "wounded 110") is None
    assert _key(text, "25 wounded") == "injury"


def test_a_possessive_with_no_name_keeps_the_last_owner_out() -> None:
    """'the force's 5,950 troops' are the force's, whatever country was named before."""
    text = (
        "About 2,100 Kenyan soldiers serve there. The future of the force's 5,950 troops is open."
    )
    assert _key(text, "Kenyan soldiers") == "KE armed forces"
    assert _key(text, "5,950 troops") == "armed forces"


def test_counted_people_do_not_take_the_last_owner() -> None:
    """'300 people' after 'Kenyan troops' are not Kenya's: only an institution inherits."""
    text = "Kenyan troops crossed the river. Later 300 people fled."
    assert _key(text, "300 people") == "person"


def test_a_country_adjective_before_another_noun_is_no_subject() -> None:
    """'Peruvian vaccination rates' are not Peru: the adjective modifies another noun."""
    text = "Peruvian vaccination rates dropped in 2018."
    assert _key(text, "Peruvian") is None


def test_qualifiers_stop_at_a_plural_noun() -> None:
    """'seven motorcyclists dead' counts the dead, not 'motorcyclists dead'."""
    text = "The crash left seven motorcyclists dead."
    assert _key(text, "dead") == "death"


def test_it_stands_for_a_subject_nearby_only() -> None:
    """'It' resolves to the last singular subject within reach, not to one far back."""
    near = "Norway's embassy closed. It will reopen."
    assert (found := _subjects(near).resolve("it", near.index("It"))) is not None
    assert found.subject.owner == "NO"
    far = "Norway's embassy closed. " + "The weather was mild and the roads were clear. " * 10
    far += "It all began in June."
    assert _subjects(far).resolve("it", far.index("It all")) is None


def test_qualifiers_stop_at_a_number_however_written() -> None:
    """The words after a number in digits, words or with a non-ASCII hyphen say what kind."""
    text = "Two dozen new cases, 1,200 new cases and twenty‑five new cases were found."
    assert _key(text, "dozen new cases") == "new case"
    assert _key(text, "1,200 new cases") == "new case"
    assert _key(text, "five new cases") == "new case"


@given(
    words=st.lists(
        st.sampled_from(
            [
                "two",
                "dozen",
                "a",
                "1,200",
                "5",
                "bn",
                "twenty-five",
                "twenty‑five",
                "½",
                "half",
                "new",
                "active",
                "the",
                ",",
                ";",
                "(",
                "-",
                "’s",
                "Five",
                "ſix",
                "K",
                "said",
                "20-year-old",
                "3.5bn",
                "injured",
            ]
        ),
        max_size=12,
    ),
    noun=st.sampled_from(["cases", "people", "troops"]),
)
@example(words=["20-year-old", "injured"], noun="people")  # a number in digits
@example(words=["a", "paır", "new"], noun="people")  # "ı" matches "i" when case is folded
def test_the_number_test_never_changes_the_qualifiers(words: list[str], noun: str) -> None:
    """Looking for numbers only where the test says one may end gives the same qualifiers as
    looking everywhere."""
    grammar = _grammar(default_lexicon())
    everywhere = attrs.evolve(grammar, number_ends=None)
    text = " ".join([*words, noun])
    head = len(text) - len(noun)
    previous = _word_start(text, head - 1, max(0, head - 80))
    assert _qualifiers(text, 0, head, grammar, grammar.numbers, previous) == _qualifiers(
        text, 0, head, everywhere, everywhere.numbers, previous
    )


@given(
    words=st.lists(
        st.sampled_from(["a", "an", "some", "about", "two", "Dozen", "hundred", "A", "ſix", "½"]),
        max_size=6,
    ),
    noun=st.sampled_from(["cases", "people", "troops"]),
)
@example(words=["about", "a"], noun="people")  # "a" ends no number
def test_the_number_test_never_changes_where_a_phrase_starts(words: list[str], noun: str) -> None:
    """Looking for numbers only before words numbers end with finds the same phrase start as
    looking before every number word."""
    grammar = _grammar(default_lexicon())
    everywhere = attrs.evolve(grammar, number_ends=None)
    text = " ".join([*words, noun])
    head = len(text) - len(noun)
    assert _phrase_start(text, head, 0, grammar, grammar.numbers) == _phrase_start(
        text, head, 0, everywhere, everywhere.numbers
    )


@given(
    word=st.one_of(
        st.sampled_from(["two", "Dozen", "twenty-four", "a", "half", "½", "3.5bn", "troops", "K"]),
        st.text(alphabet="abcdefghinorstuvwxyzKDHT-ı½3 ", max_size=12),
    )
)
@example(word="twenty\u2010four")  # a hyphen that is not ASCII
def test_the_number_test_agrees_with_the_number_grammar(word: str) -> None:
    """A word is a number for the quick test exactly when the number grammar matches it."""
    grammar = _grammar(default_lexicon())
    assert _is_number(word, grammar, grammar.numbers) == bool(grammar.numbers.fullmatch(word))


def test_extracted_mentions_are_valid_attrs_instances() -> None:
    """Mentions made by setting their slots equal, hash and validate like constructed ones."""
    text = "Canadian troops arrived. Canada's roughly 400 soldiers and five new cases stayed."
    for mention in _subjects(text).mentions:
        attrs.validate(mention.subject)
        rebuilt = SubjectMention(**attrs.asdict(mention, recurse=False))
        assert rebuilt == mention
        assert hash(rebuilt) == hash(mention)


@given(
    phrase=st.sampled_from(
        [
            "the remaining 2,000 troops",
            "an estimated 1,200 active-duty troops",
            "nearly two dozen troops",
            "some 400 troops",
        ]
    )
)
def test_a_phrase_starts_back_over_numbers_hedges_and_inner_words(phrase: str) -> None:
    """Words of letters, numbers in digits or words and hyphenated words all join the phrase."""
    text = f"Officials said {phrase} left."
    start = text.index(phrase)
    found = _subjects(text).covering(Span(start=start + len(phrase) - 6, end=start + len(phrase)))
    assert found is not None
    assert found.span == Span(start=start, end=start + len(phrase))


@given(st.permutations([(Span(start=10, end=14), "ML"), (Span(start=30, end=36), "FR")]))
def test_place_after_does_not_depend_on_the_order_of_places(
    places: list[tuple[Span, str]],
) -> None:
    """A place is found between two offsets whether or not the places are in text order."""
    subjects = Subjects(mentions=(), places=tuple(places))
    assert subjects.place_after(0, 20) == "ML"
    assert subjects.place_after(11, 40) == "FR"
    assert subjects.place_after(15, 30) is None


@pytest.mark.parametrize(
    ("text", "verb", "key"),
    [
        ("Elena Zelden won the vote. Zelden thanked Zelden's staff.", "thanked", "Elena Zelden"),
        # The words that open the sentence of the full name are not the name's.
        ("On Friday Acme announced a recall. Acme started an inquiry.", "started", "Acme"),
        ("The Supreme Court of Valmor rejected the appeal.", "rejected", "Supreme Court of Valmor"),
        ("Coach Lars Stenby resigned on Monday.", "resigned", "Lars Stenby"),
        ("Striker Tomas Berg scored twice.", "scored", "Tomas Berg"),  # a player's position
        ("Prime Minister Elena Zelden resigned.", "resigned", "Elena Zelden"),
        ("General Motors will close the plant.", "will", "General Motors"),  # no title here
        ("The Court of Appeal rejected it.", "rejected", "Court of Appeal"),
        ("Iskra Steel Corp. will close the plant.", "will", "Iskra Steel"),
        # A word alone is a name only when it is also capitalized where no sentence starts,
        # and never in lowercase.
        # After "The", one or two nouns after the name are the thing's, keyed as what the name
        # owns ("Averly's plant"): the name and the last noun.
        ("The Averly plant will close.", "will", "Averly: plant"),
        ("The Kelder copper mine in Galway will close.", "will", "Kelder: mine"),
        ("The Averly factory will close.", "will", "Averly: plant"),  # [things] of subjects.toml
        ("The Zelden campaign said the plant will close.", "will", None),
        ("Rebels hold the town.", "hold", None),
        ("Many open late. Many stay. Not many shop.", "open", None),
        ("Germany will send troops.", "will", None),  # a country of the lexicon
        ("It will close.", "will", None),
        ("Elena Zelden said the plant will close.", "will", None),  # another clause's subject
        # A name that opens the clause of the verb, after a verb of speech, "that" or a comma.
        ("Elena Zelden said the Averly plant will close.", "will", "Averly: plant"),
        (
            "Iskra Steel said on Monday that the Averly plant would stay open.",
            "would",
            "Averly: plant",
        ),
        ("Officials said Korvath airport would reopen.", "would", "Korvath: airport"),
        ("In 2019, Iskra Steel agreed to the sale.", "agreed", "Iskra Steel"),
        # … and after a word that opens a clause.
        ("Jobs will go when the Averly plant closes in May.", "closes", "Averly: plant"),
        ("The firm will grow, and Iskra Steel will hire.", "will hire", "Iskra Steel"),
        # An aside of a relative clause, whose words open no clause of the verb ("by the").
        (
            "Officials said that Korvath's airport, whose tower was cracked by the quake, will"
            " remain closed.",
            "will",
            "Korvath: airport",
        ),
        ("The Liberal Party, which held a majority, lost.", "lost", "Liberal Party"),
        # A thing named by where it is, its owner's name or none: keyed by the place.
        (
            "The plant at Carrow Bay, which employs 610 people, will close.",
            "will",
            "Carrow Bay: plant",
        ),
        ("The company's Carrow Bay plant will remain open.", "will", "Carrow Bay: plant"),
        ("The Carrow Bay water treatment plant will shut.", "will", "Carrow Bay: plant"),
        (
            "Orvane's sales and engineering office in Lowick, Pellandia, which has 250 staff,"
            " will close.",
            "will",
            "Lowick: office",
        ),
        ("The group's office in Lowick will shut.", "will", "Lowick: office"),
        # After its owner's name, the place's and a site's noun.
        (
            "The emergency room at Saint Aldwyn's Westmere campus will close.",
            "will",
            "Westmere: emergency department",
        ),
        (
            "The emergency department at Saint Aldwyn Partners' Westmere campus closed.",
            "closed",
            "Westmere: emergency department",
        ),
        ("The man in Paris will leave.", "will", None),  # no thing of [things]
        (
            "The Tarn mine near Averly, which employs 2.5 thousand, will close.",
            "will",
            "Tarn: mine",
        ),
        (
            "Staff said Ashodaya works with sex workers. Ashodaya started in 2004.",
            "started",
            "Ashodaya",
        ),
        ("The Puerto Rican constitution requires consent.", "consent", None),
        ("Ana Lima said it. La Riva somewhat agreed.", "agreed", "La Riva"),  # no noun
        # What the name is of, or where it is, may stand before its verb …
        ("Lena Ruud of the Green Party won the race.", "won", "Lena Ruud"),
        ("Ana Lima in the Belsk Valley will close her shop.", "will", "Ana Lima"),
        # … but not after a title, whose "of" tells what the title is of.
        ("Former Vice President of the Kesland Republic Ada Lane won.", "won", None),
        ("The union fears the Averly plant will close.", "will", None),  # no verb of speech
        ("Iskra Steel said Zelden favored closing it.", "closing", None),  # "favored" no noun
        # "And" after a name joins names, opening no clause: the last name alone is no doer.
        ("Since the truce between Dovrin and Mordal took effect, it held.", "took", None),
        (
            "The Department of Health and Human Services declared it.",
            "declared",
            "Department of Health and Human Services",
        ),
        ("Acme cut jobs and Halvard will close its plant.", "will", "Halvard"),
        # A place after a noun of it or of its people and "of" is the place.
        ("The town of Ash Hollow, a village of 900, was evacuated.", "was", "Ash Hollow"),
        ("Residents of Ash Dene were never ordered to leave.", "were", "Ash Dene"),
        # Any other noun before "of" and a name is the name's own, as its possessive is;
        # a share of what "of" names, a thing of a name's thing or a country is none.
        ("The trial of Tessa Orvo will begin on June 13.", "will", "Tessa Orvo: trial"),
        (
            "The trial of Tessa Orvo, the former minister, will begin on June 13.",
            "will",
            "Tessa Orvo: trial",
        ),
        ("The mayor of Kesh, Ana Lima, will resign.", "will", None),  # she may be the doer
        ("The planned merger of Halvard Motors was delayed.", "was", "Halvard Motors: merger"),
        ("The rest of Ash Dene will reopen.", "will", None),
        ("The sale of Halvard's plant will close.", "will", None),
        ("The government of Germany will resign.", "will", None),
    ],
)
def test_a_name_that_opens_a_sentence_is_keyed_by_its_words(
    text: str, verb: str, key: str | None
) -> None:
    """A person, club or body the lexicon does not know, opening a sentence or the clause of a
    verb of speech, is the subject of its verb, keyed by its name; a surname alone takes the
    key of the full name before it."""
    at = text.index(verb)
    sentence = next(s for s in segment(text).sentences if s.start <= at < s.end)
    name = _subjects(text).opening_name(sentence, at)
    assert (name.subject.key if name else None) == key
    assert name is None or name.subject.key.startswith(name.subject.owner or "")


@pytest.mark.parametrize(
    ("between", "acts"),
    [
        (" will not ", True),
        (" in Galway will ", True),
        (" has also ", True),
        (" said the plant will ", False),
        (", who ", False),
        (" and Marek Holt ", False),
    ],
)
def test_a_name_stays_the_subject_across_auxiliaries_and_places(between: str, acts: bool) -> None:
    assert acts_on(between, default_lexicon()) is acts


def test_a_body_of_no_country_owns_itself() -> None:
    """NATO takes a stance of its own: it is its own owner."""
    (mention,) = _subjects("NATO will remain.").mentions
    assert mention.subject.owner == "NATO"
