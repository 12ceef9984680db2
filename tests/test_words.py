from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from factcheck._words import Words

_VOCABULARY = st.frozensets(st.sampled_from(["said", "the", "u.s.", "'s", "troops", "mr"]))


def test_among_finds_the_words_of_each_vocabulary_in_order() -> None:
    """Each vocabulary gets the indexes of the words in it, lowercased, in text order."""
    words = Words.of("The U.S. said the troops said so. Mr Lind's troops left.")
    said, troops = frozenset({"said", "the"}), frozenset({"troops", "mr", "'s"})
    assert words.among(said, troops) == [[0, 2, 3, 5], [4, 7, 9, 10]]


@given(
    st.text(alphabet="The said U.S. troops 's, Mr.\n", max_size=80),
    st.lists(_VOCABULARY, min_size=1, max_size=3),
)
def test_among_at_once_finds_what_each_alone_finds(
    text: str, vocabularies: list[frozenset[str]]
) -> None:
    """Vocabularies looked up together, or again, find what each looked up alone finds."""
    together = Words.of(text).among(*vocabularies)
    alone = [Words.of(text).among(vocabulary)[0] for vocabulary in vocabularies]
    assert together == alone
    words = Words.of(text)
    assert words.among(*vocabularies) == words.among(*reversed(vocabularies))[::-1] == alone
