"""Which story a text tells: the names it is most about, and when two texts tell one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from factcheck._lexicon import default_lexicon, load_lexicon
from factcheck._story import one_story, story_names
from factcheck.errors import LexiconError

LEXICON = default_lexicon()


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # The most named first, then the first named: those named once come last.
        (
            "Ana Lima met Volmark in Averly. Lima said Volmark would stay in Averly. Lima left.",
            ("Lima", "Volmark", "Averly", "Ana"),
        ),
        # A possessive is its name.
        ("Volmark's plant. Volmark’s staff.", ("Volmark",)),
        # A brief names its people and places once: they are its story, in order.
        ("Ada Lane met Ana Lima in Averly.", ("Ada", "Lane", "Ana", "Lima", "Averly")),
        # A word the text also writes in lower case, a weekday, a month, a title or a country
        # names no story.
        ("Police came. The police left. The Council met. The council voted.", ()),
        ("On Monday in March, Minister Lima met. Monday, March: Minister Lima.", ("Lima",)),
        ("Germany met Kesh. German troops left Germany for Kesh.", ("Kesh",)),
    ],
)
def test_a_story_is_about_the_names_it_gives_most(text: str, names: tuple[str, ...]) -> None:
    assert story_names(text, LEXICON) == names


def test_a_headline_and_a_dateline_name_the_story() -> None:
    """A name in capitals in the dateline, and one in the headline, count as the text's
    own: "Carrowmere" and "Penhallow" are each written once in the text as they are."""
    text = "CARROWMERE — The Penhallow Bridge shut. Carrowmere waits for the bridge. Tosk left."
    assert story_names(text, LEXICON) == ("Carrowmere", "Penhallow", "Tosk")
    title = "Penhallow Bridge lanes to stay shut"
    assert story_names(text, LEXICON, title=title) == ("Penhallow", "Carrowmere", "Tosk")


def test_a_story_keeps_as_many_names_as_the_lexicon_says() -> None:
    text = " ".join(f"{name} {name}." for name in ("Averly", "Kesh", "Orvo", "Kelder", "Tessaro"))
    assert story_names(text, LEXICON) == ("Averly", "Kesh", "Orvo", "Kelder", "Tessaro")
    fewer = load_lexicon(extensions=[("newsroom", {"subjects": {"story": {"names": 2}}})])
    assert story_names(text, fewer) == ("Averly", "Kesh")


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # Half the names of the shorter, or the name one is most about, and two at least.
        (("Averly", "Kesh", "Orvo", "Lima"), ("Kesh", "Averly", "Kelder"), True),
        (("Averly", "Lane", "Orvo", "Lima"), ("Kesh", "Kelder", "Averly", "Lima", "Tessaro"), True),
        (
            ("Averly", "Lane", "Orvo", "Lima", "Lowick", "Norvik"),
            ("Kesh", "Kelder", "Tessaro", "Lima", "Orvo", "Valdoria"),
            False,
        ),
        # The name each is most about, and another: two reports of one strike, the shorter
        # naming once the union leader and the town the other names more.
        (
            ("Drummoch", "Patients", "Estravian", "Corvallen", "Maren", "Oduya", "Duncan"),
            ("Drummoch", "Corvallen", "Feldgrave", "Oduya", "Penwick", "Elderby", "Voss"),
            True,
        ),
        # The name one is most about is not enough: a flood and an election in one town.
        (
            ("Lowick", "Belsk", "Kesh", "Valley", "Kesby"),
            ("Kesh", "Kesby", "Averly", "Vahn", "Holtby", "Northern", "Concord"),
            False,
        ),
        # One name shared is not enough.
        (("Averly",), ("Averly", "Kesh"), False),
        ((), ("Averly", "Kesh"), False),
    ],
)
def test_two_texts_tell_one_story_when_they_share_their_names(
    a: tuple[str, ...], b: tuple[str, ...], one: bool
) -> None:
    assert one_story(a, b, LEXICON) is one


def test_two_reports_of_one_story_share_the_names_after_their_own_news() -> None:
    """Each report names its own news most (six names three times each), then the six names
    of the story they both tell twice each: a dozen names kept holds the shared six, half of
    them; eight would hold two."""
    own_a = ("Halvern", "Istra", "Jorvel", "Kittering", "Lunsby", "Marrow")
    own_b = ("Nesbury", "Ottley", "Pardow", "Rusk", "Selmont", "Tolliver")
    shared = ("Penwick", "Dallow", "Orrin", "Quorn", "Quill", "Averly")

    def report(own: tuple[str, ...]) -> str:
        return " ".join(
            [f"{name} met. {name} left. {name} came." for name in own]
            + [f"{name} spoke. {name} waited." for name in shared]
        )

    a, b = story_names(report(own_a), LEXICON), story_names(report(own_b), LEXICON)
    assert a == own_a + shared and b == own_b + shared
    assert one_story(a, b, LEXICON)


@pytest.mark.parametrize("value", [0, -1, 2.5, True, "8"])
def test_the_story_settings_must_be_whole_numbers(value: object) -> None:
    lexicon = load_lexicon(extensions=[("newsroom", {"subjects": {"story": {"names": value}}})])
    with pytest.raises(LexiconError, match=r"story.*names"):
        story_names("Averly Averly", lexicon)


_NAMES = st.lists(st.sampled_from(["Averly", "Kesh", "Orvo", "Lima", "Kelder", "Lane"]), max_size=6)


@given(_NAMES.map(tuple), _NAMES.map(tuple))
def test_one_story_is_symmetric(a: tuple[str, ...], b: tuple[str, ...]) -> None:
    assert one_story(a, b, LEXICON) == one_story(b, a, LEXICON)


@given(st.text())
def test_any_text_tells_a_story_of_names_it_gives(text: str) -> None:
    names = story_names(text, LEXICON)
    assert len(names) <= 12
    assert all(name in text for name in names)
