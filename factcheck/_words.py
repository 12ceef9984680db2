"""Words of a text, found once, and phrases of a lexicon looked up among them.

Stages that look for words of a lexicon (speech verbs, event verbs, country names, subject
nouns) look them up in one :class:`Words` index of the document instead of scanning the whole
text with a pattern each: a dictionary lookup per word costs less than a regular expression
tried at every character.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Generic, TypeVar

import attrs

from factcheck._lexicon import Lexicon

__all__ = [
    "OPENERS",
    "POSSESSIVE_ENDINGS",
    "Phrases",
    "Words",
    "follows_comma",
    "function_words",
    "inverted_verbs",
    "plural_noun",
    "s_form",
    "singular_noun",
    "starts_sentence",
]

#: A word: an abbreviation with periods ("U.S."), letters and digits joined by hyphens and
#: apostrophes ("they're", "US-led"), or a possessive ending of its own ("Canada" "'s").
#: Every word starts with one of a few characters, and the pattern says so first: the regex
#: engine then skips to the next such character instead of trying each alternative at every
#: space and mark (a third faster over news text). Most words are a run of letters and digits
#: that no period, hyphen or apostrophe follows: the first alternative takes those whole,
#: as the others would, with fewer steps (an eighth faster).
WORD = re.compile(
    r"[\w'’](?:(?<=\w)\w*+(?![-'’.])"  # "said", "2019"
    r"|(?<=[^\W\d_])\.(?:[^\W\d_]\.)+"  # "U.S.", "a.m."
    r"|(?<=\w)\w*+(?:-\w+)*+(?:['’](?![sS]\b)\w+)*+"  # "they're", "US-led"
    r"|(?<=['’])[sS]\b)"  # "'s"
)
_SPLIT = re.compile(f"({WORD.pattern})")
#: The possessive endings that :data:`WORD` keeps as words of their own.
POSSESSIVE_ENDINGS = frozenset({"'s", "’s", "'S", "’S"})

V = TypeVar("V")


@attrs.frozen(eq=False)
class Words:
    """The words of a text: where each starts and ends, as written and lowercased."""

    text: str
    starts: list[int]
    ends: list[int]
    written: list[str]
    lower: list[str]
    #: The indexes of the words of each vocabulary looked up (see :meth:`among`).
    _found: dict[frozenset[str], list[int]] = attrs.field(factory=dict, init=False, repr=False)

    @classmethod
    def of(cls, text: str) -> Words:
        # The text between words, a word, the text between, …: where each piece ends is the
        # running sum of their lengths, with no match object made per word.
        pieces = _SPLIT.split(text)
        offsets = list(itertools.accumulate(map(len, pieces)))
        written = pieces[1::2]
        lower = list(map(str.lower, written))
        return cls(text, offsets[0 : 2 * len(written) : 2], offsets[1::2], written, lower)

    def __len__(self) -> int:
        return len(self.starts)

    def among(self, *vocabularies: frozenset[str]) -> list[list[int]]:
        """For each of ``vocabularies`` (lowercase words), the indexes of the words whose
        lowercase form is in it, in order; each looked up once per text."""
        found = self._found
        missing = tuple(vocabulary for vocabulary in vocabularies if vocabulary not in found)
        if missing:
            # One pass over every word for all of them, then one for each over the words
            # found (a fifth of a news text's): less than a pass over every word for each.
            lower = self.lower
            hits = list(
                itertools.compress(itertools.count(), map(_union(missing).__contains__, lower))
            )
            if len(missing) == 1:
                found[missing[0]] = hits
            else:
                hit_words = list(map(lower.__getitem__, hits))
                for vocabulary in missing:
                    found[vocabulary] = list(
                        itertools.compress(hits, map(vocabulary.__contains__, hit_words))
                    )
        return [found[vocabulary] for vocabulary in vocabularies]

    def at(self, offset: int) -> int:
        """The index of the first word that ends after ``offset``."""
        return bisect.bisect_right(self.ends, offset)

    def between(self, start: int, end: int) -> range:
        """The indexes of the words that start in ``[start, end)``."""
        return range(bisect.bisect_left(self.starts, start), bisect.bisect_left(self.starts, end))

    def before(self, at: int, floor: int = 0) -> str:
        """The word that ends before ``at`` with only blanks between, and starts at or after
        ``floor``, lowercase; empty if none."""
        index = self.at(at) - 1
        if index < 0 or self.starts[index] < floor:
            return ""
        between = self.text[self.ends[index] : at]
        return self.lower[index] if not between or between.isspace() else ""

    def joined(self, first: int, last: int) -> bool:
        """Whether words ``first`` to ``last`` are separated by whitespace only."""
        text = self.text
        return all(text[self.ends[i] : self.starts[i + 1]].isspace() for i in range(first, last))


@functools.cache
def _union(vocabularies: tuple[frozenset[str], ...]) -> frozenset[str]:
    return frozenset().union(*vocabularies)


@functools.cache
def function_words(lexicon: Lexicon) -> frozenset[str]:
    """The closed-class words of ``text.toml`` (conjunctions, prepositions, pronouns,
    auxiliaries, sentence adverbs): words that never belong to a name or a noun phrase."""
    return frozenset(lexicon.words("text", "function_words", "words"))


@functools.cache
def titles(lexicon: Lexicon) -> frozenset[str]:
    """The words that stand before a person's name ("minister", "coach", "mr", "dr"): those of
    the role nouns and honorifics of ``speakers.toml``, lowercased, without a final period."""
    nouns = lexicon.words("speakers", "roles", "nouns")
    return frozenset(
        {word for noun in nouns for word in noun.lower().split() if word != "of"}
        | _honorifics(lexicon)
    )


def title_heads(lexicon: Lexicon) -> frozenset[str]:
    """The titles right before which a name may stand: the last words of the role nouns
    ("minister", not "health" of "health minister", nor "national" of "national security
    adviser") and the honorifics, as :func:`titles` writes them."""
    nouns = lexicon.words("speakers", "roles", "nouns")
    return frozenset({noun.lower().split()[-1] for noun in nouns} | _honorifics(lexicon))


def _honorifics(lexicon: Lexicon) -> set[str]:
    return {
        honorific.lower().rstrip(".")
        for honorific in lexicon.mapping("speakers", "people", "honorifics")
    }


#: What may stand between the start of a sentence and its first word; a quotation opened
#: there starts one.
OPENERS = " \t\"'`“‘([—–-"
_QUOTES = frozenset("\"“‘'`")


def starts_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` of ``text`` is the first of its sentence, its line or a
    quotation."""
    at = start
    while at > 0 and text[at - 1] in OPENERS:
        at -= 1
    quoted = any(char in _QUOTES for char in text[at:start])
    return quoted or at == 0 or text[at - 1] in ".!?:…]\n\r"


def follows_comma(text: str, start: int, offset: int) -> int | None:
    """Where the comma is that ``offset`` of ``text`` follows with only spaces between, when
    it lies at or after ``start``: a verb there has no subject of its own ("the first
    meeting, held on Monday"). ``None`` when no such comma stands there."""
    comma = text.rfind(",", start, offset)
    return None if comma < 0 or text[comma + 1 : offset].strip() else comma


def inverted_verbs(lexicon: Lexicon) -> frozenset[str]:
    """The speech verbs of ``speakers.toml`` that may follow their speaker's name ("said
    Smith", "Smith said"), in lower case."""
    return frozenset(word.lower() for word in lexicon.words("speakers", "verbs", "inverted"))


def _split(phrase: str) -> tuple[str, ...]:
    return tuple(match.group() for match in WORD.finditer(phrase))


class Phrases(Generic[V]):
    """A lexicon's phrases (one or more words), each with a value, found among :class:`Words`.

    With ``fold``, phrases match without regard to case; without, as written.
    """

    def __init__(self, phrases: Mapping[str, V], *, fold: bool = True) -> None:
        self.fold = fold
        # First word → the words after it of each phrase it starts, and the phrase's value.
        self._first: dict[str, list[tuple[list[str], V]]] = {}
        for phrase, value in phrases.items():
            words = _split(phrase.lower() if fold else phrase)
            if not words:
                continue
            self._first.setdefault(words[0], []).append((list(words[1:]), value))
        for candidates in self._first.values():
            candidates.sort(key=lambda item: -len(item[0]))  # the longest phrase first
        #: The words the phrases start with (lowercased when folding).
        self.firsts = frozenset(self._first)
        #: How many words the longest phrase has.
        self.longest = max(
            (1 + len(rest) for candidates in self._first.values() for rest, _ in candidates),
            default=0,
        )

    def __contains__(self, word: str) -> bool:
        return word in self._first

    def match(self, words: Words, index: int) -> tuple[int, V] | None:
        """The longest phrase starting at word ``index``: its last word's index, and its value."""
        tokens = words.lower if self.fold else words.written
        candidates = self._first.get(tokens[index])
        if candidates is None:
            return None
        for rest, value in candidates:
            if not rest:
                return index, value
            last = index + len(rest)
            if tokens[index + 1 : last + 1] == rest and words.joined(index, last):
                return last, value
        return None

    def ending_at(self, words: Words, index: int) -> tuple[int, V] | None:
        """The longest phrase of more than one word whose last word is at ``index``: the
        index of its first word, and the phrase's value."""
        for start in range(max(0, index - self.longest + 1), index):
            found = self.match(words, start)
            if found is not None and found[0] == index:
                return start, found[1]
        return None

    def find(
        self, words: Words, indexes: Iterable[int] | None = None
    ) -> Iterator[tuple[int, int, V]]:
        """Every non-overlapping phrase among ``words`` (or at ``indexes``), in order, as the
        indexes of its first and last word and its value."""
        tokens = words.lower if self.fold else words.written
        first = self._first
        skip_to = -1
        for index in range(len(tokens)) if indexes is None else indexes:
            if index <= skip_to or tokens[index] not in first:
                continue
            found = self.match(words, index)
            if found is not None:
                skip_to = found[0]
                yield index, found[0], found[1]


def s_form(word: str) -> str:
    """The "-s" form of an English word, a noun's plural or a verb's third person: "mine" →
    "mines", "reach" → "reaches", "refinery" → "refineries" ("go" → "goes" is a verb's
    alone: see :func:`factcheck._events.inflections`)."""
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return f"{word}es"
    if word.endswith("y") and word[-2:-1] not in ("a", "e", "i", "o", "u"):
        return f"{word[:-1]}ies"
    return f"{word}s"


def plural_noun(word: str) -> bool:
    """Whether a lowercase noun reads as a plural: it ends in "s", but not as "boss",
    "census" or "crisis" do ("the tickets", "seven motorcyclists"; not "the bus")."""
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


def singular_noun(word: str, irregular: Mapping[str, str]) -> str:
    """A lowercase plural noun's singular, undoing :func:`s_form`: "zennits" → "zennit",
    "bodies" → "body", "boxes" → "box", and as ``irregular`` gives it ("lives" → "life"); a
    word that is no plural (:func:`plural_noun`) as it is."""
    if word in irregular:
        return irregular[word]
    if not plural_noun(word):
        return word
    if word.endswith("ies") and len(word) > 4:
        return f"{word[:-3]}y"
    if word.endswith(("ches", "shes", "sses", "xes", "zes")):
        return word[:-2]
    return word[:-1]
