"""Speakers: who says what in a text, and which words each speaker is responsible for.

A speech cue is a speech verb ("said", "told", "warned") or an "according to" phrase. Its
speaker is the phrase before the verb ("spokeswoman Helena Zelden said"), after it in an
inversion ("…,” said the mayor), after "according to", or the subject of the sentence for a
participle ("…, saying the troops would…"). What a cue attributes is the quote it is attached
to, else the clause it introduces ("Berg said the workers would…"), else the clause before it
("…, officials said."). An unattributed quote continues the speaker of the quote before it in
the paragraph, or of a quote ending the paragraph before. Text no cue covers is the article's.

Name variants of one person share a key: first and last name when the text gives the first
name anywhere ("Helena Lund Zelden", "Ms Zelden" and "Zelden" are ``helena zelden``),
the surname otherwise. A pronoun ("she said") is the last person mentioned whose gender, when
the text tells it, agrees. A role ("the press secretary said") is the last person the text gave
that role. Capitalized words before a role noun are modifiers, not names ("a US official").
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple, TypeVar

import attrs

from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import (
    ROLE_KEY,
    Span,
    Speaker,
    SpeakerKind,
    trusted_builder,
    trusted_span,
)
from factcheck._numbers import count_words
from factcheck._quotes import Quote
from factcheck._segment import Segments
from factcheck._subjects import named_bodies
from factcheck._words import (
    POSSESSIVE_ENDINGS,
    WORD,
    Phrases,
    Words,
    function_words,
    inverted_verbs,
    plural_noun,
    starts_sentence,
    title_heads,
    titles,
)

__all__ = ["Attribution", "Voices", "attribute", "attribution_words"]

_DETERMINERS = frozenset(
    {"a", "an", "the", "one", "two", "three", "several", "some", "many", "another"}
)
#: The words that open a phrase of one of a kind: not a person's name ("a new North Terrace").
_INDEFINITE = frozenset({"a", "an"})
_POSSESSIVES = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'", "»"})


@attrs.frozen(kw_only=True)
class Attribution:
    """Words a speaker is responsible for.

    ``span`` is what the speaker said (a quote's words, or a reported clause); ``cue`` covers the
    attribution itself (speaker, verb and the words around them, as "Berg said Wednesday").
    """

    span: Span
    speaker: Speaker
    cue: Span
    verb: str


@attrs.frozen(kw_only=True, eq=False)
class Voices:
    """The attributions of a text, its quotes, and the attribution of each quote."""

    attributions: tuple[Attribution, ...]
    quotes: tuple[Quote, ...]
    quote_attributions: Mapping[int, Attribution]  # quote group → its attribution
    by_sentence: Mapping[int, tuple[Attribution, ...]]
    segments: Segments
    #: The gender the text tells of each speaker, by key ("male", "female"), where it tells.
    genders: Mapping[str, str] = attrs.field(factory=dict)

    def attribution_at(self, span: Span) -> Attribution | None:
        """The innermost attribution whose words contain ``span``; ``None`` is the article."""
        candidates = self.by_sentence.get(self.segments.sentence_at(span.start), ())
        covering = [a for a in candidates if a.span.start <= span.start and span.end <= a.span.end]
        return min(covering, key=lambda a: len(a.span), default=None)

    def quote_attribution(self, quote: Quote) -> Attribution | None:
        """The attribution of ``quote``, or ``None`` when the text names no one for it."""
        return self.quote_attributions.get(quote.group)


# The lexicon, compiled.


#: The words a lexicon's :class:`_Known` keeps what it found out about, at most: the names in
#: an archive are many more (a process that reads one story after another for weeks would
#: keep them all), the words of one text far fewer.
WORDS_KEPT = 1 << 16

_V = TypeVar("_V")


def remember(found: dict[str, _V], word: str, value: _V) -> _V:
    """Keep ``value`` for ``word`` in ``found``, which is emptied first when it holds
    :data:`WORDS_KEPT` words; ``value``."""
    if len(found) >= WORDS_KEPT:
        found.clear()
    found[word] = value
    return value


@attrs.frozen(kw_only=True, eq=False)
class _Known:
    cue_names: Phrases[bool]  # speech verbs (False) and "according to" phrases (True)
    inverted: frozenset[str]
    after_quote: frozenset[str]
    after_possessive: frozenset[str]
    verb_nouns: frozenset[str]  # "report": a noun after "the interim"
    not_content: frozenset[str]
    not_said: frozenset[tuple[str, str]]  # (verb, noun): "claimed … lives"
    clause_breaks: frozenset[str]
    subordinators: frozenset[str]
    org_heads: frozenset[str]
    org_names: frozenset[str]
    honorifics: Mapping[str, str]
    particles: frozenset[str]
    pronouns: Mapping[str, str]
    roles: frozenset[str]
    role_words: frozenset[str]
    female: frozenset[str]
    male: frozenset[str]
    organizations: frozenset[str]
    unnamed: frozenset[str]
    documents: frozenset[str]
    accounts: frozenset[str]  # documents where their owner publishes ("website")
    platforms: frozenset[str]  # services others publish on ("Twitter"), as written
    voices: frozenset[str]  # roles that speak for a body ("spokesman")
    modifiers: frozenset[str]
    before_verb: frozenset[str]
    parenthetical: frozenset[str]
    after_verb: frozenset[str]
    time_words: frozenset[str]
    prepositions: frozenset[str]
    offices: Mapping[str, str]
    function_words: frozenset[str]
    cue_words: frozenset[str]
    name_joiners: frozenset[str]  # small words inside a name ("Search and Rescue Agency")
    #: Words before "of" and a place's name ("the town of", "north of"): [scenes] of
    #: subjects.toml, its nouns and directions.
    place_heads: frozenset[str]
    postmodifiers: frozenset[tuple[str, str]]  # ("familiar", "with")
    proper_names: frozenset[tuple[str, ...]]  # names of countries and bodies, as written
    countries: Mapping[str, str]  # country name or adjective → ISO code
    body_names: Mapping[str, str]  # name of a body → the name subjects.toml lists first
    titles: frozenset[str]  # role words and honorifics, lowercased, without a final period
    title_heads: frozenset[str]  # the titles a name may follow (see title_heads)
    #: Role nouns for many or for a body ("officials", "police"), which no name follows.
    groups: frozenset[str]
    #: Number words that count ("sixteen", "million", "hundreds"): a phrase of them alone
    #: names no one ("Sixteen states sue", "one million confirmed").
    counts: frozenset[str]
    #: Words already told apart as name words or not: the same words recur in every text.
    #: At most :data:`WORDS_KEPT`, as :func:`remember` keeps them.
    name_words: dict[str, bool] = attrs.field(factory=dict, init=False)
    #: Words whose gender (see :meth:`gender_of`) is known, likewise.
    genders: dict[str, str | None] = attrs.field(factory=dict, init=False)
    #: The words looked up in every text, lowercased: the first words of cues, titles, offices
    #: and the heads of the names of bodies.
    looked_up: frozenset[str] = attrs.field(init=False)
    #: Words after which a speech verb has no speaker before it: "to say", "was reported",
    #: "who said"; and "I" and "we", which name no one the text can resolve.
    speechless: frozenset[str] = attrs.field(init=False)
    #: The last words of :attr:`proper_names`.
    proper_name_ends: frozenset[str] = attrs.field(init=False)
    #: The verbs of :attr:`not_said`.
    unsaid_verbs: frozenset[str] = attrs.field(init=False)

    #: Function words other than determiners, and the lowercase words of speaker phrases.
    bare_function_words: frozenset[str] = attrs.field(init=False)
    phrase_words: frozenset[str] = attrs.field(init=False)
    #: Honorifics as written, with and without their final period ("Mr." and "Mr"), and the
    #: gender each tells, if any.
    honorific_words: Mapping[str, str | None] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        honorifics = self.honorifics
        forms = {*honorifics, *(h[:-1] for h in honorifics if h.endswith("."))}
        genders = {w: honorifics.get(w) or honorifics.get(f"{w}.") for w in forms}
        object.__setattr__(self, "honorific_words", genders)
        bare = self.function_words - _DETERMINERS
        object.__setattr__(self, "bare_function_words", bare)
        phrase = (
            self.role_words | self.documents | self.modifiers | self.particles | {".", "'s", "’s"}
        )
        object.__setattr__(self, "phrase_words", (phrase - bare) | _DETERMINERS)
        heads = frozenset(head.lower() for head in self.org_heads)
        looked_up = self.cue_names.firsts | self.titles | frozenset(self.offices) | heads
        object.__setattr__(self, "looked_up", looked_up)
        unresolved = {p for p, kind in self.pronouns.items() if kind == "any"} - {"they", "them"}
        speaking = self.before_verb | self.time_words | self.name_joiners | set(self.pronouns)
        speechless = (self.function_words - speaking - _DETERMINERS - {"and"}) | unresolved
        object.__setattr__(self, "speechless", frozenset(speechless))
        ends = frozenset(name[-1] for name in self.proper_names if name)
        object.__setattr__(self, "proper_name_ends", ends)
        object.__setattr__(self, "unsaid_verbs", frozenset(verb for verb, _ in self.not_said))

    def gender_of(self, word: str) -> str | None:
        """The gender a role word or an honorific tells ("spokeswoman", "Mr"), if any."""
        lower, gender = word.lower(), self.honorific_words.get(word)
        if lower in self.female or gender == "female":
            return "female"
        if lower in self.male or gender == "male":
            return "male"
        return None

    def is_honorific(self, word: str) -> bool:
        return word in self.honorific_words

    def is_title(self, word: str) -> bool:
        """A word that stands before a name as a title or honorific ("President", "Gen.")."""
        return word.lower().rstrip(".") in self.titles

    def is_function_word(self, word: str) -> bool:
        """A function word as written: "us" and "Later" are, "US" (an acronym) is not."""
        return word.lower() in self.function_words and (word.islower() or word == word.capitalize())

    def is_name_word(self, word: str) -> bool:
        """A capitalized word that can be part of a person's name."""
        found = self.name_words.get(word)
        if found is None:
            found = remember(self.name_words, word, self._is_name_word(word))
        return found

    def is_contraction(self, word: str) -> bool:
        """A function word with its ending: "I'm", "There's", "They're" (not "O'Brien")."""
        if "'" not in word and "’" not in word:
            return False
        base = _APOSTROPHE.split(word, maxsplit=1)[0]
        acronym = len(base) > 1 and base.isupper()  # "WHO's" is the World Health Organization's
        return not acronym and base.lower() in self.function_words

    def _is_name_word(self, word: str) -> bool:
        lower = word.lower()
        return (
            _capitalized(word)
            and not self.is_function_word(word)
            and not self.is_contraction(word)
            and lower not in self.pronouns
            and lower not in _DETERMINERS
            and lower not in self.role_words
            and lower not in self.modifiers
            and lower not in self.documents  # "Statistics show"
            and not self.is_honorific(word)
            and not (len(word) > 1 and word.isupper())  # acronyms: "US", "NATO", "OPEC"
        )

    def is_organization(self, words: Sequence[str]) -> bool:
        return bool(words) and (words[-1] in self.org_heads or " ".join(words) in self.org_names)


def is_person_name(name: str, lexicon: Lexicon) -> bool:
    """Whether ``name`` (its words without a title) can be a person's: every word may be of a
    person's name, and it is no organization's ("Ada Lane", not "Belsk Health Trust")."""
    known = _known(lexicon)
    words = name.split()
    return all(map(known.is_name_word, words)) and not known.is_organization(words)


def attribution_words(lexicon: Lexicon) -> frozenset[str]:
    """The words :func:`attribute` looks up among a text's, lowercased: titles, offices,
    the first words of speech verbs and the heads of bodies' names."""
    return _known(lexicon).looked_up


@functools.cache
def _known(lexicon: Lexicon) -> _Known:
    def words(*keys: str) -> frozenset[str]:
        return frozenset(lexicon.words("speakers", *keys))

    def lowered(*keys: str) -> frozenset[str]:
        return frozenset(word.lower() for word in lexicon.words("speakers", *keys))

    def pairs(*keys: str) -> frozenset[tuple[str, str]]:
        """Entries of two words ("familiar with"), lowercased, as pairs."""
        return frozenset(
            (first, second)
            for first, _, second in (
                entry.lower().partition(" ") for entry in lexicon.words("speakers", *keys)
            )
        )

    after_quote = lexicon.words("speakers", "verbs", "after_quote")
    speech = [*lexicon.words("speakers", "verbs", "speech"), *after_quote]
    countries, bodies_named = named_bodies(lexicon)
    org_names = lexicon.words("speakers", "organizations", "names")
    according = lexicon.words("speakers", "verbs", "according")
    nouns = lowered("roles", "nouns")
    return _Known(
        cue_names=Phrases({**dict.fromkeys(speech, False), **dict.fromkeys(according, True)}),
        inverted=inverted_verbs(lexicon),
        after_quote=frozenset(word.lower() for word in after_quote),
        after_possessive=lowered("verbs", "after_possessive"),
        verb_nouns=lowered("verbs", "nouns"),
        not_content=lowered("verbs", "not_content"),
        not_said=pairs("verbs", "not_said"),
        clause_breaks=lowered("verbs", "clause_breaks"),
        subordinators=lowered("verbs", "subordinators"),
        org_heads=words("organizations", "heads") | words("organizations", "trades"),
        org_names=frozenset(org_names),
        honorifics=lexicon.mapping("speakers", "people", "honorifics"),
        particles=words("people", "particles"),
        pronouns=lexicon.mapping("speakers", "people", "pronouns"),
        roles=nouns,
        role_words=frozenset(word for noun in nouns for word in noun.split()) - {"of"},
        female=lowered("roles", "female"),
        male=lowered("roles", "male"),
        organizations=lowered("roles", "organizations"),
        unnamed=lowered("roles", "unnamed"),
        documents=lowered("roles", "documents"),
        accounts=lowered("roles", "accounts"),
        platforms=words("roles", "platforms"),
        voices=lowered("roles", "voices"),
        modifiers=lowered("roles", "modifiers"),
        before_verb=lowered("adjuncts", "before_verb"),
        parenthetical=lowered("adjuncts", "parenthetical"),
        after_verb=lowered("adjuncts", "after_verb"),
        time_words=lowered("adjuncts", "time"),
        prepositions=lowered("adjuncts", "prepositions"),
        offices={k.lower(): v for k, v in lexicon.mapping("speakers", "people", "offices").items()},
        function_words=function_words(lexicon),
        cue_words=frozenset(word.lower() for word in speech),
        name_joiners=lowered("organizations", "joiners"),
        place_heads=frozenset(
            word.lower()
            for part in ("nouns", "directions")
            for word in lexicon.words("subjects", "scenes", part)
        ),
        postmodifiers=pairs("roles", "postmodifiers"),
        proper_names=frozenset(
            tuple(WORD.findall(name)) for name in [*countries, *bodies_named, *org_names]
        ),
        countries=countries,
        body_names=bodies_named,
        titles=titles(lexicon),
        title_heads=title_heads(lexicon),
        groups=lowered("roles", "organizations")
        | frozenset(word for word in lowered("roles", "unnamed") if word.endswith("s")),
        counts=count_words(lexicon),
    )


# Tokens and speaker phrases.


#: A name with a lowercase article before its capital: "al-Assad", "el-Bashir".
_PREFIXED_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")
#: A character that may be a mark of punctuation: any but an ASCII letter, digit, underscore
#: or space. (A mark is a character that is neither a letter, a digit nor a space; those of
#: the others that are no mark are letters inside a word, or spaces.) Only ASCII ranges: the
#: engine tests each character against one table instead of Unicode categories.
_MAYBE_MARK = re.compile(r"[^0-9A-Za-z_ \t\n\r\f\v\x1c-\x1f]")


_APOSTROPHE = re.compile("['’]")


def _capitalized(word: str) -> bool:
    """Whether a word is written as a name is: "Lima", "al-Assad"."""
    return word[:1].isupper() or ("-" in word[1:4] and _PREFIXED_NAME.match(word) is not None)


class _Tokens(list[str]):
    """Tokens: words ("Canada's" one, a possessive set apart, as in " 's", one of its own)
    and marks of punctuation. ``tokens[i]`` is the ``i``-th as written; ``tokens.lower[i]``,
    ``tokens.starts[i]`` and ``tokens.ends[i]`` its lowercase text and where it starts and ends.

    Lists, not an object per token: the words of a sentence are slices of the text's word
    index, made at once, and a text's sentences with speech in them hold tens of thousands of
    tokens, of which the cues read about one in four.
    """

    __slots__ = ("ends", "lower", "starts")

    def __init__(self, starts: list[int], ends: list[int], texts: list[str], lower: list[str]):
        list.__init__(self, texts)
        self.starts, self.ends, self.lower = starts, ends, lower

    @classmethod
    def of(cls, start: int, end: int, texts: Sequence[str]) -> _Tokens:
        """Tokens of ``texts`` that all span ``start`` to ``end`` (words of a phrase)."""
        count = len(texts)
        return cls([start] * count, [end] * count, list(texts), [t.lower() for t in texts])

    def part(self, start: int, stop: int) -> _Tokens:
        """The tokens ``start`` to ``stop`` (excluded)."""
        return _Tokens(
            self.starts[start:stop],
            self.ends[start:stop],
            self[start:stop],
            self.lower[start:stop],
        )

    def capitalized(self, index: int) -> bool:
        return _capitalized(self[index])


def _tokens(words: Words, span: Span) -> _Tokens:
    """The tokens of ``span``: its words, taken from the text's word index, and each mark of
    punctuation between them."""
    text, start, end = words.text, span.start, span.end
    first = bisect.bisect_left(words.starts, start)
    stop = bisect.bisect_left(words.starts, end, first)
    starts, ends = words.starts[first:stop], words.ends[first:stop]
    texts, lower = words.written[first:stop], words.lower[first:stop]
    if "'s" in lower or "’s" in lower:
        # "Canada's" is one token, as the reader of names expects; " 's" stays apart.
        index = 1
        while index < len(starts):
            if texts[index] in POSSESSIVE_ENDINGS and starts[index] == ends[index - 1]:
                ending = texts[index]
                texts[index - 1] += ending
                lower[index - 1] += ending
                ends[index - 1] = ends[index]
                del starts[index], ends[index], texts[index], lower[index]
            else:
                index += 1
    if first > 0 and words.ends[first - 1] > start:
        # The span starts inside a word: each character of the word's end is a mark.
        cut = min(words.ends[first - 1], end)
        marks = [at for at in range(start, cut) if not text[at].isspace()]
        start = cut
    else:
        marks = []
    # The marks are the characters between the words that are not spaces (every letter and
    # digit is in a word); they go in from the last, so that the places before stay.
    marks += [match.start() for match in _MAYBE_MARK.finditer(text, start, end)]
    count = len(starts)
    for at in reversed(marks):
        index = bisect.bisect_right(ends, at)
        if (index < count and starts[index] <= at) or text[at].isspace():
            continue  # inside a word ("U.S.", "US-led"), or a space
        mark = text[at]
        if (
            mark in "'’"
            and index
            and ends[index - 1] == at
            and texts[index - 1][-1:] in "sS"
            and text[at + 1 : at + 2].isspace()
        ):
            # The possessive of a plural is part of its word: "the Metalworkers' Federation".
            ends[index - 1] = at + 1
            texts[index - 1] += mark
            lower[index - 1] += mark
            continue
        starts.insert(index, at)
        ends.insert(index, at + 1)
        texts.insert(index, mark)
        lower.insert(index, mark)
    return _Tokens(starts, ends, texts, lower)


#: What a key leaves out of a name: punctuation but for apostrophes and hyphens.
_NOT_IN_KEY = re.compile(r"[^\w\s'’-]")
#: A possessive ending, no part of a key: "CNN's projections" are CNN's ("Harris'" Harris's).
_POSSESSIVE_IN_KEY = re.compile(r"['’][sS](?![\w'’])|(?<=[sS])['’](?![\w'’])")


#: A named tuple from all its fields in order, without the keyword parsing of its
#: ``__new__`` (a Python function): for the tuples made by the thousand.
_new_tuple = tuple.__new__


@functools.lru_cache(maxsize=4096)
def plain(name: str) -> str:
    """``name`` lowercased, without accents and punctuation, for keys ("U.S." is "us")."""
    letters = name.replace(".", "")
    if not letters.isascii():  # ASCII has no accents to take off: most names of a text
        decomposed = unicodedata.normalize("NFKD", letters)
        letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_NOT_IN_KEY.sub(" ", _POSSESSIVE_IN_KEY.sub("", letters)).lower().split())


class _Phrase(NamedTuple):
    """A speaker phrase: the words of a name (if any), the role words, or a pronoun.

    A named tuple, not an attrs class: cues try several phrases each, and a tuple is made in
    half the time (and with :data:`_new_tuple`, from all its fields in order, in half again).
    """

    start: int
    end: int
    name: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    pronoun: str | None = None


def _in_phrase(tokens: _Tokens, index: int, known: _Known) -> bool:
    """Whether a token can be part of a speaker phrase: a capitalized word (not a function
    word such as "Later"), a role word, a modifier, a determiner or a particle."""
    if tokens.capitalized(index):
        return not (
            (tokens.lower[index] in known.bare_function_words and tokens[index].istitle())
            or known.is_contraction(tokens[index])
        )
    lower = tokens.lower[index]
    if lower in known.phrase_words:
        return True
    # "the ministry's website", "the ministry's Twitter account": the owner of a document,
    # which speaks through it; "the company's spokeswoman": the owner of a role, which any
    # noun after an article may be ("the carmaker's head of quality").
    if not (
        lower.endswith(_POSSESSIVE)
        and (lower[:-2] in known.phrase_words or (index and tokens.lower[index - 1] in _ARTICLES))
    ):
        return False
    after = index + 1
    while after < min(len(tokens), index + 4) and (
        tokens.capitalized(after) or tokens.lower[after] in known.modifiers
    ):
        after += 1
    return after < len(tokens) and (
        tokens.lower[after] in known.documents or tokens.lower[after] in known.role_words
    )


def _split(words: _Tokens, known: _Known) -> _Phrase | None:
    """A phrase from its tokens: the name is a run of name words that ends the phrase, and
    stops before a country or body the phrase also names ("the United Nations Nikki Haley")."""
    if "." in words:
        kept = [i for i, text in enumerate(words) if text != "."]
        words = _Tokens(
            [words.starts[i] for i in kept],
            [words.ends[i] for i in kept],
            [words[i] for i in kept],
            [words.lower[i] for i in kept],
        )
    if not words:
        return None
    texts, lower = words, words.lower
    if len(words) == 1 and lower[0] in known.pronouns:
        return _new_tuple(_Phrase, (words.starts[0], words.ends[0], (), (), lower[0]))
    start = len(words)
    while start and (
        known.is_name_word(texts[start - 1])
        or (len(texts[start - 1]) == 1 and words.capitalized(start - 1) and start < len(words))
        or (texts[start - 1] in known.particles and start < len(words))
    ):
        if start < len(words) and _ends_proper_name(words, start, known):
            break
        if start < len(words) - 1 and texts[start - 1].endswith(_POSSESSIVE):
            break  # "the Rights Fund's Ana Lima": the name after its owner's ("People's Vote")
        start -= 1
    if start > 1 and lower[start - 1] in known.name_joiners and words.capitalized(start - 2):
        start = len(words)  # "Institute of Volcanology and Seismology": a body, no person
    elif (
        start > 1
        and lower[start - 1] in _PREPOSITIONS
        and (lower[0] in _DETERMINERS or not known.groups.isdisjoint(lower[: start - 1]))
    ):
        # "police in Kansas", "the mayor of Bergen": a role and where, not a name. A title
        # without a determiner may come before a name ("Minister of Information Ana Lima").
        start = len(words)
    elif start > 1 and _body_of(words, start, known):
        start = len(words)  # "the Ministry of Foreign Affairs": a body's name, no person
    elif start and (lower[start - 1] == "the" or _title_of(words, start, known)):
        # People take no article: "The Verge" names a body, and in "Lucy Fischer of The Times"
        # the name after "of" is the paper's. After a title and "of", the capitalized words
        # start with what the title is of ("Minister of Foreign Affairs Sergei Lavrov").
        start = len(words)
    name = tuple(texts[start:])
    if name in known.proper_names:
        start, name = len(words), ()  # "authorities in the United States": a country, no person
    role = tuple(texts[:start])
    return _new_tuple(_Phrase, (words.starts[0], words.ends[-1], name, role, None))


def _body_of(words: _Tokens, end: int, known: _Known) -> bool:
    """Whether the capitalized words before ``words[end]`` continue the name of a body that
    a head and a preposition open ("the Ministry of Foreign", "the Department of Forestry
    and Fire"), so that the words from ``end`` end that name, not a person's."""
    lower = words.lower
    at = end - 1
    while at > 0 and lower[at] not in _NAME_PREPOSITIONS:
        if not (words.capitalized(at) or lower[at] in known.name_joiners):
            return False
        if lower[at] in known.roles:
            return False  # "House of Representatives Speaker Nancy Pelosi": a person's title
        at -= 1
    return at > 0 and any(words[i] in known.org_heads for i in range(at))


def _ends_proper_name(words: _Tokens, end: int, known: _Known) -> bool:
    """Whether ``words[:end]`` end with the name of a country or body: "the United Nations"
    (or "of Ukraine": one word only after a preposition, as "Jordan" may be a first name)."""
    if words[end - 1] not in known.proper_name_ends:
        return False
    widest = min(end, 4)
    texts = tuple(words[end - widest : end])
    for width in range(widest, 0, -1):
        if texts[widest - width :] in known.proper_names and (
            width > 1 or (end > 1 and words.lower[end - 2] in _PREPOSITIONS)
        ):
            return True
    return False


def _phrase_before(
    tokens: _Tokens, index: int, known: _Known, local: Sequence[Span]
) -> _Phrase | None:
    """The speaker phrase that ends at ``tokens[index]``; no word of a time expression of
    ``local`` is part of it ("On Friday the ministry said")."""
    if index < 0:
        return None
    texts, lower = tokens, tokens.lower
    if lower[index] in known.pronouns:
        return _Phrase(start=tokens.starts[index], end=tokens.ends[index], pronoun=lower[index])
    start = _words_before(tokens, index + 1, known)
    start = _open_words_before(tokens, start, index, known)
    # "a statement from the White House", "a spokesman for the ministry", "officials in
    # Kabul", "an official familiar with the plan"
    while start > 1:
        width = _join_behind(tokens, start - 1, known)
        if not width and lower[start - 1] == "and":
            # "authorities in the UK and the US": the second of two after a role's preposition.
            conjunct = _words_before(tokens, start - 1, known)
            if 1 < conjunct < start - 1 and _join_behind(tokens, conjunct - 1, known):
                start = conjunct
                continue
        if not width:
            break
        start = _words_before(tokens, start - width, known)
        start = _open_words_before(tokens, start, index, known)
    if local and start <= index and _overlapped(tokens.starts[start], tokens.ends[index], local):
        # A time expression ends the phrase before it ("On Friday the ministry said"), but
        # one after a determiner of its own is a modifier ("the current president").
        start = next(
            (
                i + 1
                for i in range(index, start - 1, -1)
                if _covered(tokens, i, local)
                and not (
                    i > 0 and lower[i - 1] in _DETERMINERS and not _covered(tokens, i - 1, local)
                )
            ),
            start,
        )
    # "Helena Zelden, the company's spokeswoman, said": a name, then its role, perhaps after
    # an age ("Helena Zelden, 54, the company's spokeswoman"). Its head is the word before
    # "of" ("the head of the Kesh Port Authority"), or its last.
    head = next(
        (i for i in range(start, index) if lower[i + 1] in _PREPOSITIONS),
        index if start <= index else None,
    )
    named = start - 2  # the name's last word
    if named >= 2 and _AGE.fullmatch(texts[named]) and texts[named - 1] == ",":
        named -= 2
    if (
        start >= 2
        and index > start
        and head is not None
        and (
            lower[start] in {"the", "a", "an"}
            or lower[start] in known.role_words
            # "Ana Lima, Harbourline's head of safety, said"
            or (tokens.capitalized(start) and lower[start].endswith(_POSSESSIVE))
            # "Alex Lagakos, deputy director of the forum, said"
            or (lower[start] in known.modifiers and lower[start + 1] in known.role_words)
        )
        and (texts[head].islower() or lower[head] in known.role_words)
        and texts[start - 1] == ","
        and known.is_name_word(texts[named])
        and not _covered(tokens, named, local)  # "On Friday, the ministry said"
    ):
        name_start = named
        while name_start > 0 and (
            known.is_name_word(texts[name_start - 1])
            or (len(texts[name_start - 1]) == 1 and tokens.capitalized(name_start - 1))
            # An initial's period: "Wayne A. I. Frederick"
            or (
                texts[name_start - 1] == "."
                and name_start > 1
                and len(texts[name_start - 2]) == 1
                and tokens.capitalized(name_start - 2)
            )
        ):
            name_start -= 1
        # A title before the name belongs to the role ("Gen. Joseph L Votel, the head of...").
        title_start = name_start
        while title_start > 0 and (
            known.is_title(texts[title_start - 1]) or texts[title_start - 1] == "."
        ):
            title_start -= 1
        # "In London, the spokesman said" and "north of Kesh, the institute said": a place,
        # not a name with its role ("a statement from Ana Lima, the spokeswoman" names its
        # source).
        before = lower[title_start - 1] if title_start else ""
        if (known.is_function_word(before) and before not in _SOURCE_PREPOSITIONS) or (
            before == "of" and title_start > 1 and lower[title_start - 2] in known.place_heads
        ):
            return _split(tokens.part(start, index + 1), known)
        name = tuple(t for t in texts[name_start : named + 1] if t != ".")
        role = tuple(
            t for t in (*texts[title_start:name_start], *texts[start : index + 1]) if t != "."
        )
        return _Phrase(
            start=tokens.starts[title_start], end=tokens.ends[index], name=name, role=role
        )
    return _split(tokens.part(start, index + 1), known)


#: Prepositions after a role noun that belong to its phrase: "a spokesman for the ministry",
#: "officials in Kabul", "the ambassador to the UN".
_PREPOSITIONS = frozenset({"from", "for", "at", "of", "by", "in", "within", "to", "with", "on"})
#: Those after which the body named speaks for a role or a document ("a spokesman for the
#: ministry", "data from the archive"); after the others the role speaks ("officials in Kabul",
#: "officials at the hospital").
_SOURCE_PREPOSITIONS = frozenset({"from", "for", "of", "by"})


def _words_before(tokens: _Tokens, start: int, known: _Known) -> int:
    """Where the run of phrase words that ends before ``tokens[start]`` begins, through the
    small words inside a name ("Centers for Disease Control and Prevention")."""
    while start > 0 and (
        _in_phrase(tokens, start - 1, known) or _inside_name(tokens, start - 1, known)
    ):
        start -= 1
    return start


def _inside_name(tokens: _Tokens, index: int, known: _Known) -> bool:
    """Whether a small word joins two capitalized words of one name ("Search and Rescue")."""
    return (
        0 < index < len(tokens) - 1
        and tokens.lower[index] in known.name_joiners
        and tokens.capitalized(index - 1)
        and tokens.capitalized(index + 1)
        and tokens.lower[index - 1] not in known.role_words
    )


def _join_behind(tokens: _Tokens, index: int, known: _Known) -> int:
    """How many words at ``index`` (and before it) join a role noun before them to the phrase
    after: 1 for a preposition ("spokesman for"), 2 for an adjective and its preposition
    ("official familiar with"); 0 when they do not."""
    lower = tokens.lower
    if lower[index] in _PREPOSITIONS and lower[index - 1] in known.role_words:
        return 1
    if lower[index] in _NAME_PREPOSITIONS and known.is_name_word(tokens[index - 1]):
        return 1  # "Sheldon Yett of UNICEF", "Bank of England"
    if (
        index > 1
        and (lower[index - 1], lower[index]) in known.postmodifiers
        and lower[index - 2] in known.role_words
    ):
        return 2
    return 0


def _join_ahead(tokens: _Tokens, index: int, known: _Known) -> int:
    """How many words from ``index`` on join the role noun before them to the phrase after
    (see :func:`_join_behind`)."""
    lower = tokens.lower
    if index < 1 or index >= len(tokens) or lower[index - 1] not in known.role_words:
        return 0
    if lower[index] in _PREPOSITIONS:
        return 1
    if index + 1 < len(tokens) and (lower[index], lower[index + 1]) in known.postmodifiers:
        return 2
    return 0


def _is_open_word(tokens: _Tokens, index: int, known: _Known) -> bool:
    """A lowercase word outside the lexicon that may describe a speaker ("harbour master")."""
    text, lower = tokens[index], tokens.lower[index]
    return (
        text.isalpha()
        and text.islower()
        and not known.is_function_word(text)
        and lower not in _DETERMINERS
        and lower not in known.cue_words
        and lower not in _PREPOSITIONS
    )


def _open_words_before(tokens: _Tokens, start: int, index: int, known: _Known) -> int:
    """Extend a phrase starting at ``start`` back over up to three lowercase words that a
    determiner, a capitalized word or the start of a clause introduces: "the harbour master",
    "harbour officials", "a senior port official"."""
    head = start
    if head > index:  # nothing collected: the head itself may be an open word
        if not _is_open_word(tokens, index, known):
            return start
        head = index
    begin = head
    while begin > 0 and head - begin < 3 and _is_open_word(tokens, begin - 1, known):
        begin -= 1
    if begin == head and head == start:
        return start
    if begin > 0 and tokens.lower[begin - 1] in _DETERMINERS:
        return begin - 1  # "the harbour master", "a senior port official"
    introduced = (
        begin == 0
        or tokens[begin - 1] in {",", ";", ":", "(", "—"}
        or tokens.capitalized(begin - 1)
        or tokens.lower[begin - 1] in _PREPOSITIONS  # "estimates by event organizers"
    )
    if introduced and start <= index:  # "…, harbour officials said": the head is known
        return begin
    if begin > 1 and tokens.lower[begin - 1] == "of" and _join_behind(tokens, begin - 1, known):
        return begin  # "the head of quality", "director of operations": what the role heads
    return start


def _phrase_after(tokens: _Tokens, index: int, known: _Known) -> _Phrase | None:
    """The speaker phrase that starts at ``tokens[index]``."""
    if index >= len(tokens):
        return None
    texts, lower = tokens, tokens.lower
    # "said harbour master Ana Lima": lowercase words that lead to a name describe it;
    # "according to medical officials" and "according to the national seismology
    # institute": they lead to a role.
    first = index + (lower[index] in _DETERMINERS)
    lead = first
    while lead < len(tokens) and lead - first < 3 and _is_open_word(tokens, lead, known):
        lead += 1
    if (
        lead + 1 < len(tokens)
        and texts[lead] in {"'s", "’s"}
        and tokens.capitalized(lead + 1)
        and (possessed := _phrase_after(tokens, lead + 1, known)) is not None
    ):
        return possessed  # "the city's Department of Public Health" is the department
    if first == index < lead < len(tokens) and known.is_name_word(texts[lead]):
        found = _phrase_after(tokens, lead, known)
        if found is not None and found.name:
            role = tuple(texts[index:lead]) + found.role
            return found._replace(start=tokens.starts[index], role=role)
    if lower[index] in known.pronouns:
        return _Phrase(start=tokens.starts[index], end=tokens.ends[index], pronoun=lower[index])
    role_at = next(
        (i for i in range(lead - 1, index - 1, -1) if lower[i] in known.role_words), None
    )
    end = index if role_at is None else role_at + 1
    while end < len(tokens):
        if end > index and (width := _join_ahead(tokens, end, known)):
            end += width
        elif _in_phrase(tokens, end, known) or _inside_name(tokens, end, known):
            if lower[end] in known.pronouns and end > index:
                break
            end += 1
        else:
            break
    while end > index and (
        lower[end - 1] in _PREPOSITIONS | {"the", "'s", "’s", "and"}
        # "people familiar with" and "people familiar" of "… with the plan": the role
        or _join_ahead(tokens, end - 2, known) == 2
        or _join_ahead(tokens, end - 1, known) == 2
    ):
        end -= 1
    if (
        index < end < len(tokens)
        and lower[end - 1] in known.modifiers
        and lower[end - 1] not in known.roles
        and _is_open_word(tokens, end, known)
    ):
        return None  # "the national" of "the national weather service": no role noun ends it
    return _split(tokens.part(index, end), known)


# People the text names.


@attrs.define
class _Person:
    first: str | None
    last: str
    display: str
    gender: str | None = None
    roles: set[str] = attrs.Factory(set)

    @property
    def key(self) -> str:
        return plain(f"{self.first} {self.last}" if self.first else self.last)

    @property
    def role(self) -> str | None:
        # The longest role; of two as long, the first in order (a set iterates in hash order,
        # which changes from run to run).
        return max(sorted(self.roles), key=len) if self.roles else None

    def speaker(self, role: str | None = None) -> Speaker:
        return _made_speaker(self.key, self.display, role or self.role, SpeakerKind.PERSON)


@functools.lru_cache(maxsize=4096)
def _made_speaker(key: str, name: str, role: str | None, kind: SpeakerKind) -> Speaker:
    """A speaker, made once for its fields: the same speakers recur in a text, and making one
    checks each field."""
    return Speaker(key=key, name=name, role=role, kind=kind)


def _one_name(display: str, names: Sequence[str]) -> bool:
    """Whether ``names`` and the name ``display`` end alike, the shorter being the end of the
    longer: "Ruiz Soto" and "Maria Ruiz Soto" name the person "Ana Maria Ruiz Soto" does, by
    the surnames they share (a double one, or a middle name and a surname); "Tomas Lima" and
    "Ana Lima" name two."""
    known, named = plain(display), plain(" ".join(names))
    shorter, longer = sorted((known, named), key=len)
    return longer == shorter or longer.endswith(f" {shorter}")


#: Marks that join a word to an address or a handle ("github.com", "@ana", "#news").
_ADDRESS_MARKS = frozenset("/@#-_")


@attrs.define
class _Registry:
    """The people a text names, with where each is mentioned, in text order; and the names
    its acronyms stand for ("KISV" for "Kesland Institute of Seismology and Volcanology")."""

    known: _Known
    words: Words
    people: dict[str, list[_Person]] = attrs.Factory(lambda: defaultdict(list))
    mentions: list[tuple[int, _Person]] = attrs.Factory(list)
    _offsets: list[int] = attrs.Factory(list)  # where each mention is, in order
    aliases: dict[str, str] = attrs.Factory(dict)
    #: The first words of the names of bodies, with the names (see :func:`_short_names`).
    short_names: dict[str, str] = attrs.Factory(dict)
    _first_names: dict[str, str | None] = attrs.Factory(dict)  # surname → first name
    #: The text's time expressions: "Friday" in "On Friday Ford announced" is no first name.
    times: _Spans | None = None
    #: The text's quotations: a name that opens a sentence inside one is no subject of the
    #: story's own sentences.
    quotes: _Spans | None = None
    #: Where the text's sentences start, in order.
    sentence_starts: Sequence[int] = ()
    _governments: list[tuple[int, str]] | None = None

    def common_opener(self, name: tuple[str, ...], start: int) -> bool:
        """Whether a name of one word at ``start`` is a common word that opens a sentence
        ("Part of the statement reads", "Well, I know"): one the text writes in lower case
        elsewhere, as a word (not in an address: "github.com" is no lower-case "GitHub"), or
        writes nowhere else at all, unless it is introduced there (:meth:`_introduced`):
        "Underwhelmed with her role, she left", not "Tarnwick reported". A person called by
        one name is one the text named before, or names there."""
        if (
            len(name) != 1
            or name[0] != name[0].capitalize()
            or not starts_sentence(self.words.text, start)
        ):
            return False
        text, word = self.words.text, name[0].lower()
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            before, after = text[at - 1 : at] or " ", text[end : end + 2] or " "
            if not (
                before.isalnum()
                or before in _ADDRESS_MARKS
                or after[0].isalnum()
                or after[0] in _ADDRESS_MARKS
                or (after[0] == "." and after[1:].isalnum())
            ):
                return True
            at = text.find(word, end)
        words = self.words
        if words.written.count(name[0]) != 1:  # named again, or written joined ("Norvik's")
            return False
        return not self._introduced(words.written.index(name[0]))

    def _introduced(self, index: int) -> bool:
        """Whether the one name at word ``index`` is introduced where it stands: a verb of
        speech follows it ("Tarnwick reported", "Norvik's said"), or an aside that says who
        it is ("Manning, the harbour master,", "Lima, 45,")."""
        words, known = self.words, self.known
        after = index + 1
        if after < len(words) and words.written[after] in _POSSESSIVE:
            after += 1
        if after >= len(words):
            return False
        if words.lower[after] in known.cue_words:
            return True
        aside = words.text[words.ends[after - 1] : words.starts[after]].strip() == ","
        return aside and (
            words.lower[after] in _DETERMINERS
            or words.written[after].isdigit()
            or words.lower[after] in known.role_words
        )

    def government_before(self, offset: int) -> str | None:
        """The code of the country whose government the text named last before ``offset``
        ("the government of Samoa", "the Samoan government"): what "the government" is."""
        if self._governments is None:
            self._governments = [
                (self.words.starts[index], code)
                for index, word in enumerate(self.words.lower)
                if word == "government" and (code := self._country_of(index)) is not None
            ]
        found = [code for at, code in self._governments if at < offset]
        return found[-1] if found else None

    def _country_of(self, index: int) -> str | None:
        """The country named next to the word at ``index``: before it ("the Samoan
        government") or after "of" ("the government of Samoa")."""
        written, countries = self.words.written, self.known.countries
        named = [" ".join(written[max(0, index - width) : index]) for width in (1, 2, 3)]
        if index + 1 < len(written) and written[index + 1] == "of":
            named += [" ".join(written[index + 2 : index + 2 + width]) for width in (1, 2, 3)]
        return next((countries[name] for name in named if name in countries), None)

    def first_name(self, surname: str) -> str | None:
        """A first name the text writes before ``surname`` ("Tomas Berg" for "Berg")."""
        if surname not in self._first_names:
            self._first_names[surname] = None
            words, is_name_word = self.words, self.known.is_name_word
            # Only a surname with a space before it may have a first name before it.
            text, spaced = words.text, f" {surname}"
            at = text.find(spaced) + 1 if is_name_word(surname) else 0
            while at != 0:
                index = bisect.bisect_left(words.starts, at)
                if (
                    0 < index < len(words)
                    and words.starts[index] == at
                    and words.written[index] == surname
                    and text[words.ends[index - 1] : at] == " "
                    and is_name_word(words.written[index - 1])
                    and (self.times is None or self.times.around(words.starts[index - 1]) is None)
                ):
                    self._first_names[surname] = words.written[index - 1]
                    break
                at = text.find(spaced, at) + 1
        return self._first_names[surname]

    def person(self, words: Sequence[str], role: Sequence[str], offset: int) -> _Person:
        """The person named ``words``, registered on first sight, mentioned at ``offset``."""
        honorifics = self.known.honorific_words
        written = [w for w in words if w not in honorifics] or list(words)
        # "Yolanda Yu Hoi-kwan", "Moon Jae-in": a given name of two syllables, the second in
        # lowercase, follows the surname.
        given_after = len(written) > 1 and _GIVEN_AFTER_SURNAME.fullmatch(written[-1])
        names = written[:-1] if given_after else written
        last_start = len(names) - 1
        while last_start > 0 and names[last_start - 1].lower() in self.known.particles:
            last_start -= 1
        last = " ".join(names[last_start:])
        first = names[0] if last_start > 0 and len(names[0]) > 1 else None
        candidates = self.people[plain(last)]
        match = next(
            (
                p
                for p in reversed(candidates)
                if first is None
                or p.first in (None, first)
                or (_one_name(p.display, names) and self._named_before(p, offset))
            ),
            None,
        )
        if match is None and first is None:
            # "Dr Meerjady" after "Dr Meerjady Sabrina Flora": the first name of one person.
            called = {id(p): p for found in self.people.values() for p in found if p.first == last}
            match = next(iter(called.values())) if len(called) == 1 else None
        if match is None:
            first = first or self.first_name(last)
            display = " ".join(written) if first is None or first in names else f"{first} {last}"
            match = _Person(first=first, last=last, display=display)
            candidates.append(match)
        elif first is not None and (
            match.first is None or len(written) > len(match.display.split())
        ):
            match.first, match.display = first, " ".join(written)
        genders = self.known.genders
        for word in (*role, *words):
            if word not in genders:
                remember(genders, word, self.known.gender_of(word))
            if (gender := genders[word]) is not None:
                match.gender = gender
        described = " ".join(
            [w for w in role if w.lower() not in _DETERMINERS and w not in honorifics]
        )
        if described:
            match.roles.add(described.lower().replace(" .", ""))
        at = bisect.bisect_right(self._offsets, offset)
        self._offsets.insert(at, offset)
        self.mentions.insert(at, (offset, match))
        return match

    def _named_before(self, person: _Person, offset: int) -> bool:
        """Whether the text names ``person`` before ``offset``, in a mention that ends before
        it: one read at the same place (a title's name, then a cue's, "Minister of Foreign
        Affairs Ana Lima") is another reading of that place, not a second mention."""
        before = self.mentions_before(offset, person)
        return before >= 0 and before + len(person.display) < offset

    def mentions_before(self, offset: int, person: _Person | None) -> int:
        """The offset of the last mention of ``person`` before ``offset`` (-1 if none)."""
        mentions = self.mentions
        for index in range(bisect.bisect_left(self._offsets, offset) - 1, -1, -1):
            if mentions[index][1] is person:
                return mentions[index][0]
        return -1

    def opening_subject(self, start: int, end: int, gender: str) -> tuple[int, _Person] | None:
        """The last person known by name who opens a sentence between ``start`` and ``end``
        ("Hessel restated the vow she has made for years."), and where: the subject a later
        "she" most likely stands for, though that sentence quotes no one. Of a gender that
        agrees, or that the text does not tell."""
        words, starts = self.words, self.sentence_starts
        found = None
        for sentence in range(bisect.bisect_right(starts, start), bisect.bisect_left(starts, end)):
            index = bisect.bisect_left(words.starts, starts[sentence])
            if index >= len(words) or not words.written[index][:1].isupper():
                continue
            at = words.starts[index]
            if self.quotes is not None and self.quotes.around(at) is not None:
                continue
            last = index  # the last of the capitalized words that open it ("Chief Ana Lima")
            while (
                last + 1 < len(words)
                and last - index < _OPENING_NAME_WORDS
                and words.written[last + 1][:1].isupper()
            ):
                last += 1
            people = self.people.get(plain(words.written[last]))
            if not people:
                continue
            # Of two people of one surname, the one the text named last before.
            named = [
                # Named there ("Petra Vanhalst defended…") or before ("Vanhalst defended…").
                (self.mentions_before(words.ends[last], person), person)
                for person in people
                if person.gender in (None, gender)
            ]
            latest = max(named, key=lambda pair: pair[0], default=(-1, None))
            if latest[1] is not None and latest[0] >= 0:
                found = (at, latest[1])
        return found

    def last_before(
        self, offset: int, *, gender: str | None = None, role: Sequence[str] = ()
    ) -> _Person | None:
        """The person mentioned last before ``offset`` whose gender agrees and one of whose
        roles has all the ``role`` words ("the health minister": a minister of health)."""
        mentions, wanted = self.mentions, set(role)
        for index in range(bisect.bisect_left(self._offsets, offset) - 1, -1, -1):
            person = mentions[index][1]
            if gender in ("male", "female") and person.gender not in (None, gender):
                continue
            if wanted and not any(wanted <= set(r.split()) for r in person.roles):
                continue
            return person
        return None


def _register(words: Words, registry: _Registry, hits: Sequence[int]) -> None:
    """Register the people the text names with a title or honorific ("President Ana Lima",
    "harbour spokeswoman Ana Lima", "Ms Lima", "the chief executive, Ana Lima,"), or as
    holding an office ("the Lima presidency"). ``hits`` are the indexes of the words of the
    lexicon, among them titles and offices."""
    known = registry.known
    text = words.text
    count = len(words)
    offices = known.offices
    # "the National Tarnby Clinic": "national" stands before a name only as part of a title
    # ("National Security Adviser Ana Lima"), and a name after it alone is a body's.
    for index in [i for i in hits if words.lower[i] in known.title_heads]:
        if index + 1 >= count or not known.is_name_word(words.written[index + 1]):
            continue
        # "the chief executive, Ana Lima,": the name set off by commas after its title.
        aside = _comma_between(words, index, index + 1)
        # The name: the capitalized words (and initials) right after the title.
        end = index + 1
        while (
            end < count
            and words.written[end][:1].isupper()
            and (_close(words, end - 1, end) or (aside and end == index + 1))
        ):
            if not (known.is_name_word(words.written[end]) or len(words.written[end]) <= 2):
                break
            end += 1
        names = words.written[index + 1 : end]
        while names and not known.is_name_word(names[-1]):
            names.pop()
        if not names or known.is_organization(names) or known.is_title(names[0]):
            continue
        last = index + len(names)
        if aside and not (last + 1 < count and _comma_between(words, last, last + 1)):
            continue  # "the chief executive, Kelder said": no name set off
        # The role: the title and the describing words just before it ("Foreign Ministry
        # spokeswoman"), back to a comma.
        first = index
        while (
            first > 0
            and _close(words, first - 1, first)
            and (
                known.is_title(words.written[first - 1])
                or words.written[first - 1][:1].isupper()
                or words.lower[first - 1] in known.modifiers
            )
        ):
            first -= 1
        registry.person(names, words.written[first : index + 1], words.starts[index + 1])
    for index in [i for i in hits if words.lower[i] in offices]:
        office = offices[words.lower[index]]
        first = index
        while first > 0 and index - first < 3 and known.is_name_word(words.written[first - 1]):
            first -= 1
        if first < index and text[words.ends[index - 1] : words.starts[index]].isspace():
            registry.person(words.written[first:index], office.split(), words.starts[first])
    _register_asides(words, registry, hits)


#: How many words of a role's phrase may stand between the comma after a name and the role
#: noun ("Tessa Orvo, the county's emergency director,").
_ASIDE_REACH = 5
#: An age set off by commas after a name ("Dagny Hollis, 71,").
_AGE = re.compile(r"[1-9]\d?|1[01]\d")
_AGE_ASIDE = re.compile(r",[ \t]*(\d{1,3})[ \t]*,")


def _register_asides(words: Words, registry: _Registry, hits: Sequence[int]) -> None:
    """Register the people the text names with an aside after the name that says who they
    are: a role ("Ana Lima, head of the county's flood office,", "Ana Lima, the
    county's flood chief,") or an age ("Dagny Hollis, 71,"). A name of two words or
    more; the role one of a person, not of a body or a group."""
    known = registry.known
    count = len(words)
    lower, written = words.lower, words.written
    for index in hits:
        role = lower[index]
        if role not in known.role_words or role in known.organizations or role in known.groups:
            continue
        if index + 1 < count and _titles_next(words, index):
            continue  # "…, Labour MP Tom Watson": the title of the name after it
        first = index
        while (
            first > 0
            and index - first < _ASIDE_REACH
            and _close(words, first - 1, first)
            and (
                lower[first - 1] in _DETERMINERS
                or written[first - 1] in _POSSESSIVE
                or written[first] in _POSSESSIVE  # the owner of "the county's director"
                or written[first - 1][:1].isupper()
                or lower[first - 1] in known.modifiers
                or lower[first - 1] in known.role_words
            )
        ):
            first -= 1
        _register_named_before(words, registry, first, [written[index]])
    # Found by a search of the text: a loop over every word cost more than the rest of this.
    for found in _AGE_ASIDE.finditer(words.text):
        index = bisect.bisect_left(words.starts, found.start(1))
        if (
            index < count
            and words.starts[index] == found.start(1)
            and _AGE.fullmatch(written[index])
        ):
            _register_named_before(words, registry, index, [])


def _titles_next(words: Words, index: int) -> bool:
    """Whether the role noun at ``index`` is the title of a name after it, next to it or
    after an aside in brackets ("Labour MP Tom Watson", "MP (Member of Parliament) Tom
    Watson")."""
    gap = words.text[words.ends[index] : words.starts[index + 1]]
    return gap.strip().startswith("(") or (
        _close(words, index, index + 1) and words.written[index + 1][:1].isupper()
    )


def _register_named_before(
    words: Words, registry: _Registry, aside: int, role: Sequence[str]
) -> None:
    """Register the person named right before the comma that opens the aside at ``aside``,
    if a name of two words or more stands there."""
    known = registry.known
    if aside < 2 or not _comma_between(words, aside - 1, aside):
        return
    first = aside - 1
    while (
        first > 0
        and _close(words, first - 1, first)
        and known.is_name_word(words.written[first - 1])
        and words.written[first - 1] not in known.countries  # "…of Scotland Nicola Sturgeon,"
    ):
        first -= 1
    names = words.written[first:aside]
    if (
        len(names) < 2
        or not all(map(known.is_name_word, names))
        or known.is_organization(names)
        or known.is_title(names[0])
    ):
        return
    registry.person(names, role, words.starts[first])


def _comma_between(words: Words, first: int, second: int) -> bool:
    """Whether a comma alone, on one line, comes between two words."""
    gap = words.text[words.ends[first] : words.starts[second]]
    return gap.strip() == "," and "\n" not in gap


def _close(words: Words, first: int, second: int) -> bool:
    """Whether two words are next to each other: only spaces on one line, or the period of an
    initial or a title ("Joseph L. Votel", "Gen. Votel"), between; not the period that ends a
    sentence after a word in lowercase ("$15,000 each. Kelder Mining said")."""
    gap = words.text[words.ends[first] : words.starts[second]]
    if "\n" in gap:
        return False
    stripped = gap.strip()
    if stripped == "":
        return True
    written = words.written[first]
    return stripped == "." and len(written) <= 4 and written[:1].isupper()


# Speakers from phrases.


#: Prepositions inside the name of a body ("Bank of England", "Centers for Disease Control").
_NAME_PREPOSITIONS = frozenset({"of", "for", "de"})
_ACRONYM = re.compile(r"\(([A-Z][\w-]{1,15})\)")


def _acronyms(words: Words, known: _Known) -> dict[str, str]:
    """The acronyms a text spells out, with the names they stand for: "the Kesland
    Institute of Seismology and Volcanology (KISV)", "the World Health Organization (WHO)"."""
    text = words.text
    found: dict[str, str] = {}
    for match in _ACRONYM.finditer(text):
        last = bisect.bisect_right(words.ends, match.start()) - 1
        first = last
        while first > 0 and last - first < 12:
            previous = words.written[first - 1]
            if text[words.ends[first - 1] : words.starts[first]].strip() not in ("", ","):
                break
            joins = previous in known.name_joiners and words.written[first][:1].isupper()
            if not (previous[:1].isupper() or joins):
                break
            first -= 1
        # "The World Health Organization (WHO)" opening a sentence: the article is no part of it.
        while first < last and (
            words.written[first] in known.name_joiners or words.lower[first] in _DETERMINERS
        ):
            first += 1
        if first < last or (first == last and words.written[first][:1].isupper()):
            found.setdefault(match.group(1), " ".join(words.written[first : last + 1]))
    return found


def _short_names(words: Words, known: _Known, hits: Sequence[int]) -> dict[str, str]:
    """The first words of the names of bodies in the text, with the names: a firm is called
    by the first word of its name ("Meridane" for "Meridane Industries"). A name here is two
    or more capitalized words next to each other, the last a head of ``[organizations]``.
    ``hits`` are the indexes of the words of the lexicon, among them the heads."""
    found: dict[str, str] = {}
    written = words.written
    for index in [i for i in hits if written[i] in known.org_heads]:
        first = index
        while first > 0 and _close(words, first - 1, first) and written[first - 1][:1].isupper():
            first -= 1
        if (
            first < index
            and known.is_name_word(written[first])
            and not known.is_title(written[first])
        ):
            found.setdefault(written[first], " ".join(written[first : index + 1]))
    return found


def _body(name: str, registry: _Registry) -> Speaker:
    """A body speaking, keyed by its full name: the one an acronym of the text stands for
    ("KISV"), or the first of its names in the subjects lexicon ("World Health Organization"
    for "WHO", "Justice Department" for "Department of Justice")."""
    known = registry.known
    full = registry.aliases.get(name, name)
    canonical = known.body_names.get(full) or known.body_names.get(name) or full
    return _made_speaker(plain(canonical), name, None, SpeakerKind.ORGANIZATION)


def _country(words: Sequence[str], known: _Known) -> Speaker | None:
    """A country speaking, by name or through its government ("The US", "the Mexican
    government"), keyed by its ISO code."""
    named = [w for w in words if w.lower() not in _DETERMINERS]
    if named and named[-1].lower() == "government":
        named = named[:-1]
    code = known.countries.get(" ".join(named))
    if code is None:
        return None
    return Speaker(key=code.lower(), name=" ".join(words), kind=SpeakerKind.ORGANIZATION)


def _organization(words: Sequence[str], registry: _Registry) -> Speaker | None:
    """The body a phrase names, if it names one ("the White House", "Reuters", "the Centers
    for Disease Control and Prevention", an acronym the text spells out)."""
    known = registry.known
    caps = [w for w in words if w.lower() not in _DETERMINERS and not w.endswith("-based")]
    while caps and not caps[0][:1].isupper():
        caps = caps[1:]
    # "Centers for Disease Control", "Foreign Ministry of Iraq": a head before the preposition
    # ("Ana Lima of the Harbour Agency" is a person of that body).
    preposition = next((i for i, w in enumerate(caps) if w in _NAME_PREPOSITIONS), None)
    if preposition is not None and not any(w in known.org_heads for w in caps[:preposition]):
        return None
    for possessor in range(len(caps) - 1, -1, -1):
        if caps[possessor][-2:] in ("'s", "’s"):
            after = caps[possessor + 1 :]
            if after and all(word in known.org_heads for word in after):
                break  # "Dorrin's Inc.", "the Averly Sheriff's Office": one body's name
            caps = caps[possessor + 1 :]  # "the UK's National Crime Agency" is the agency
            break
    if not caps:
        return None
    name = " ".join(caps)
    if len(caps) > 1 and name not in registry.aliases:
        # "Disease Control and Research (IEDCR)": the end of a name the text spells out.
        name = next((full for full in registry.aliases.values() if full.endswith(name)), name)
    headed = (
        known.is_organization(caps)
        if preposition is None
        else all(w[:1].isupper() or w in known.name_joiners for w in caps)
    )
    named = (
        headed
        or name in known.org_names
        or name in registry.aliases
        or name in registry.aliases.values()
        or name in known.body_names
    )
    return _body(name, registry) if named else None


def _speaker(
    phrase: _Phrase, registry: _Registry, recent: Sequence[tuple[int, Speaker]]
) -> Speaker | None:
    """The speaker a phrase stands for, resolving pronouns, surnames and roles."""
    known = registry.known
    if phrase.pronoun is not None:
        return _pronoun(phrase, registry, recent)
    words = [*phrase.role, *phrase.name]
    if all(w.lower() in known.counts or w.replace(",", "").isdigit() for w in words):
        return None  # "Sixteen states sue", "one million confirmed": a count, of no one
    owner = _owner(phrase, known)
    if owner is not None:
        return _speaker(owner, registry, recent)
    # A document as a common noun: "the US Geological Survey" is a body, not its survey.
    if phrase.role and not phrase.name and phrase.role[-1] in known.documents:
        publisher = _publisher(phrase, known)
        found = None if publisher is None else _publishing(publisher, registry, recent)
        if found is not None:
            return found
        if phrase.role[-1] in known.accounts:  # an account of no one named: not its platform's
            phrase = phrase._replace(role=tuple(w for w in phrase.role if w not in known.platforms))
    if not phrase.name:
        proper = all(
            w[:1].isupper() or w in known.name_joiners or w.lower() in _DETERMINERS
            for w in phrase.role
        )
        body = _organization(phrase.role, registry) if proper else None
        if body is not None:
            return body  # "the Centers for Disease Control and Prevention"
        split = next(
            (i for i, word in enumerate(phrase.role) if i and word.lower() in _PREPOSITIONS), None
        )
        if split is not None:
            return _speaker_of_parts(phrase, split, registry, recent)
    country = _country(words, known)
    if country is not None:
        return country
    named = " ".join(phrase.name)
    short = registry.short_names.get(named) if not phrase.role else None
    if short is not None and not registry.people.get(plain(named)):
        return _body(short, registry)  # "Meridane" after "Meridane Industries"
    # A body only when the phrase names no one, or names the body ("Reuters", "the FBI").
    if not phrase.name or known.is_organization(list(phrase.name)) or named in registry.aliases:
        body = _organization(words, registry)
        if body is not None:
            return body
    role_words = [w for w in phrase.role if w.lower() not in _DETERMINERS and w not in {"'s", "’s"}]
    role_text = " ".join(role_words).lower() or None
    if phrase.name:
        if named in known.org_names or named in registry.aliases or named in known.body_names:
            return _body(named, registry)
        if not phrase.role and registry.common_opener(phrase.name, phrase.start):
            return None  # "Part of the statement reads", "Well, I know": no one's name
        if (
            phrase.role[:1]
            and phrase.role[0].lower() in _INDEFINITE
            and not any(word.lower() in known.role_words for word in role_words)
        ):
            return None  # "added a new North Terrace": one of a kind, not a person
        return registry.person(phrase.name, phrase.role, phrase.start).speaker(role_text)
    if not role_words:
        return None
    head = role_words[-1].lower()
    acronym = len(head) > 1 and role_words[-1].isupper() and head.isalpha()
    if acronym and head not in known.roles:
        return _body(role_words[-1], registry)  # "CNN affiliate KUSA"
    display = " ".join(phrase.role)
    if (
        head not in known.roles
        and head not in known.documents
        and all(w[:1].isupper() or w == "&" for w in role_words)
    ):
        # Capitalized words that name no person and no role: a body ("The Harbour Board",
        # "Sorvik & Wendel": an ampersand joins the names of a firm, not of two people).
        return _body(" ".join(role_words), registry)
    if head == "government" and role_text == "government":
        code = registry.government_before(phrase.start)  # "the government" of the story
        if code is not None:
            return Speaker(key=code.lower(), name=display, kind=SpeakerKind.ORGANIZATION)
    if head in known.organizations or role_text in known.organizations:  # "the world body"
        return Speaker(key=plain(role_text or head), name=display, kind=SpeakerKind.ORGANIZATION)
    determiner = phrase.role[0].lower()
    if head in known.unnamed or head in known.documents or determiner in _DETERMINERS - {"the"}:
        key = f"unnamed {plain(role_text or head)}"
        return Speaker(key=key, name=display, kind=SpeakerKind.UNNAMED)
    # "the health minister" is a person the text called a minister of health.
    described = [w.lower() for w in role_words if w.islower() and w in known.role_words]
    person = registry.last_before(phrase.start, role=described or [head])
    if person is not None:
        return person.speaker(role_text)
    if head.endswith("s") and determiner != "the":  # "US generals said": several, unnamed
        return Speaker(
            key=f"unnamed {plain(role_text or head)}", name=display, kind=SpeakerKind.UNNAMED
        )
    return Speaker(key=f"{ROLE_KEY}{plain(role_text or head)}", name=display, role=role_text)


_POSSESSIVE = ("'s", "’s")
#: A romanized given name written after the surname ("Hoi-kwan", "Jae-in").
_GIVEN_AFTER_SURNAME = re.compile(r"[A-Z][a-z]+-[a-z]+")


def _owner(phrase: _Phrase, known: _Known) -> _Phrase | None:
    """The owner of what a phrase with no name speaks through: "the WHO's report" and
    "NATO's latest figures" are the WHO's and NATO's words, "according to the WHO's" the
    WHO's. ``None`` for a phrase with a name or no possessive, and for a person's role ("the
    minister's spokesman" speaks himself)."""
    role = phrase.role
    if phrase.name or not role:
        return None
    at = next((i for i, word in enumerate(role) if word.endswith(_POSSESSIVE)), None)
    if at is None:
        return None
    rest = [word.lower() for word in role[at + 1 :]]
    if rest and rest[-1] not in known.documents:
        return None
    owner = [*role[:at], role[at][:-2]] if len(role[at]) > 2 else role[:at]  # " 's" alone
    return _split_words(owner, phrase, known) if owner else None


def _publisher(phrase: _Phrase, known: _Known) -> _Phrase | None:
    """Who publishes the document a phrase with no name ends with, when the phrase names them
    before it: a body, country or person ("the PGA Tour website", "FEC records", "a Reuters
    report"), or, for an account, also a common noun ("an official government Twitter
    account" is the government's). ``None`` when it names no one ("a new study", "government
    reports")."""
    account = phrase.role[-1] in known.accounts
    owner = [
        word
        for word in phrase.role[:-1]
        if word.lower() not in _DETERMINERS
        # "official" is no owner; "government" is, though it is a role's modifier too
        and (word.lower() not in known.modifiers or word.lower() in known.organizations)
        and word not in known.platforms
    ]
    if not owner or not (account or all(word[:1].isupper() for word in owner)):
        return None
    return _split_words(owner, phrase, known)


def _publishing(
    publisher: _Phrase, registry: _Registry, recent: Sequence[tuple[int, Speaker]]
) -> Speaker | None:
    """The body or the person ``publisher`` (from :func:`_publisher`) names, if it names one:
    a role or an unnamed source publishes nothing of its own, and words with an acronym
    ("an ORC International survey") name a body, not a person."""
    acronym = any(len(word) > 1 and word.isupper() for word in (*publisher.role, *publisher.name))
    found = _speaker(publisher, registry, recent)
    if found is None or found.kind is SpeakerKind.UNNAMED or found.role_only:
        return None
    return found if found.kind is SpeakerKind.ORGANIZATION or not acronym else None


def _title_of(words: _Tokens, end: int, known: _Known) -> bool:
    """Whether ``words[:end]`` end with a title, "of" and capitalized words only ("Mayor of
    New", before "York Bill de Blasio")."""
    lower = words.lower
    at = end - 1
    while at > 0 and lower[at] != "of":
        if not words[at][:1].isupper():
            return False
        at -= 1
    return at > 0 and lower[at] == "of" and lower[at - 1] in known.role_words


def _speaker_of_parts(
    phrase: _Phrase, split: int, registry: _Registry, recent: Sequence[tuple[int, Speaker]]
) -> Speaker | None:
    """The speaker of a phrase with a preposition: "Ana Lima of the Harbour Union" is Ana
    Lima; the body behind "a statement from", "data from", "estimates by" or "a spokesman for"
    speaks; "a source within the ministry" and "officials in Kabul" are the source."""
    known = registry.known
    before, after = phrase.role[:split], phrase.role[split + 1 :]
    if before and (before[-1].lower(), phrase.role[split].lower()) in known.postmodifiers:
        before = before[:-1]  # "an official familiar with the plan" is an official
    outer = _split_words(before, phrase, known)
    if outer is not None and outer.name and not known.is_organization(list(outer.name)):
        return registry.person(outer.name, outer.role, phrase.start).speaker()
    head = next((w.lower() for w in reversed(before) if w.lower() not in _DETERMINERS), "")
    preposition = phrase.role[split].lower()
    if preposition in _SOURCE_PREPOSITIONS and after:
        inner = _split_words(after, phrase, known)
        if (
            inner is not None
            and len(inner.name) > 2
            and preposition == "of"
            and head in known.role_words
            and all(word[:1].isupper() for word in inner.role)
        ):
            # "Minister of Information Ana Lima": what the title is of, then a name of two
            # words (and the particles before the last: "Mayor of New York Bill de Blasio").
            words = (*inner.role, *inner.name)
            first = len(words) - 2
            while first > 0 and words[first] in known.particles:
                first -= 1
            inner = inner._replace(name=words[first:], role=words[:first])
        found = _speaker(inner, registry, recent) if inner is not None else None
        # "a spokesman for Norvik" speaks for Norvik; "the mayor of Bergen" is the mayor and
        # "residents of Bergen" are residents (without "the", a title may run on into a
        # name: "Mayor of Bergen Ana Lima").
        of_the = preposition == "of" and (
            phrase.role[0].lower() in _DETERMINERS or head in known.groups
        )
        # "representatives from Iran" are representatives, as "officials at the hospital"
        # are officials; "a statement from the ministry" and "a spokesman from the hospital"
        # are the ministry's and the hospital's.
        people_from = (
            preposition == "from"
            and head in known.role_words
            and head not in known.documents
            and head not in known.organizations
            and head not in known.voices
        )
        if found is not None and (
            head in known.documents
            or (found.kind is SpeakerKind.ORGANIZATION and not people_from)
            or (inner is not None and inner.name and not of_the)
        ):
            return found
    return _speaker(phrase._replace(role=before), registry, recent)


def _split_words(words: Sequence[str], phrase: _Phrase, known: _Known) -> _Phrase | None:
    return _split(_Tokens.of(phrase.start, phrase.end, words), known)


def _pronoun(
    phrase: _Phrase, registry: _Registry, recent: Sequence[tuple[int, Speaker]]
) -> Speaker | None:
    """The speaker a pronoun stands for: the last one mentioned that agrees with it."""
    kind = registry.known.pronouns.get(phrase.pronoun or "")
    if kind in ("male", "female"):
        person = registry.last_before(phrase.start, gender=kind)
        spoken = next(
            ((at, s) for at, s in reversed(recent) if _one_person(s, registry.known)), None
        )
        mentioned_at = registry.mentions_before(phrase.start, person)
        if spoken is not None:
            # A person named as the subject of a sentence after the last cue is more recent
            # than its speaker: "Varela said …. Hessel repeated the pledge. "…," she said."
            opener = registry.opening_subject(max(spoken[0], mentioned_at), phrase.start, kind)
            if opener is not None and opener[1].key != spoken[1].key:
                return opener[1].speaker()
        if (
            spoken is not None
            and (person is None or spoken[0] > mentioned_at)
            and _gender(spoken[1], registry) in (None, kind)
        ):
            return spoken[1]
        return None if person is None else person.speaker()
    if kind == "organization" or phrase.pronoun == "they":
        wanted = {SpeakerKind.ORGANIZATION}
        if phrase.pronoun == "they":
            wanted.add(SpeakerKind.UNNAMED)
        return next((s for _, s in reversed(recent) if s.kind in wanted), None)
    return None


#: How many capitalized words after the first may open a sentence with a name ("Fire Chief
#: Liora Hessel").
_OPENING_NAME_WORDS = 4


def _one_person(speaker: Speaker, known: _Known) -> bool:
    """Whether a speaker is one person: a person, or one the text does not name, by a role
    ("a police spokesman", "a witness"), whom "he" or "she" may stand for."""
    if speaker.kind is SpeakerKind.PERSON:
        return True
    return (
        speaker.kind is SpeakerKind.UNNAMED
        and speaker.name.lower().startswith(("a ", "an "))
        and speaker.key.split()[-1] in known.role_words
    )


def _gender(speaker: Speaker, registry: _Registry) -> str | None:
    """The gender of a speaker, if the text tells it: a person's, or that of the role of one
    known by a role alone ("the actress", "a spokeswoman"): "he" is no actress."""
    if speaker.kind is SpeakerKind.PERSON and not speaker.role_only:
        candidate = registry.people.get(speaker.key.split()[-1], [])
        same = [p for p in candidate if p.key == speaker.key]
        return same[0].gender if same else None
    return registry.known.gender_of(speaker.key.split()[-1])


# Cues.


class _Found(NamedTuple):
    """A speech verb or an "according to" phrase where the text has it."""

    start: int
    end: int
    text: str
    according: bool


class _Cue(NamedTuple):
    verb: str
    phrase: _Phrase
    cue: Span  # the speaker phrase, the verb and the words around them
    content: int | None  # where what is said starts; None when it is the clause before
    sentence: Span
    according: bool
    resumes: bool = False  # the cue is an aside: it attributes its whole sentence


def _overlapped(start: int, end: int, spans: Sequence[Span]) -> bool:
    """Whether one of ``spans`` overlaps ``[start, end)``."""
    return any(span.start < end and start < span.end for span in spans)


def _covered(tokens: _Tokens, index: int, spans: Sequence[Span]) -> bool:
    """Whether one of ``spans`` holds the token at ``index``."""
    if not spans:
        return False
    start, end = tokens.starts[index], tokens.ends[index]
    return any(s.start <= start and end <= s.end for s in spans)


def _index_at(tokens: _Tokens, offset: int) -> int:
    """The index of the first token that ends after ``offset``."""
    return bisect.bisect_right(tokens.ends, offset)


@attrs.frozen(kw_only=True, eq=False)
class _Spans:
    """Spans in text order (quotes, time expressions), found by position in logarithmic time."""

    spans: Sequence[Span]
    starts: list[int] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "starts", [span.start for span in self.spans])

    def starting(self, start: int, end: int) -> Sequence[Span]:
        """The spans that start in ``[start, end)``."""
        low = bisect.bisect_left(self.starts, start)
        high = bisect.bisect_left(self.starts, end)
        return self.spans[low:high]

    def last_before(self, offset: int) -> Span | None:
        """The last span that starts before ``offset``."""
        index = bisect.bisect_left(self.starts, offset) - 1
        return self.spans[index] if index >= 0 else None

    def around(self, offset: int) -> Span | None:
        """The span that contains ``offset``, if any."""
        found = self.last_before(offset + 1)
        return found if found is not None and offset < found.end else None


_LISTENER_VERBS = frozenset({"told", "tell", "tells", "telling"})
_OBJECT_PRONOUNS = frozenset({"me", "him", "her", "them", "us", "you", "it"})
_OPENING_QUOTES = frozenset({"“", '"', "‘", "'", "«", "„"})


#: How many words after a verb may come before a noun that makes it no speech verb.
_UNSAID_REACH = 5


def _unsaid(tokens: _Tokens, index: int, verb: str, known: _Known) -> bool:
    """Whether a noun of ``not_said`` follows ``verb`` within a few words from ``index``
    ("claimed 20 lives", "claimed the lives of"), before the clause ends."""
    verb = verb.lower()
    if verb not in known.unsaid_verbs:
        return False  # most verbs have no such nouns: the words after them need no look
    for at in range(index, min(len(tokens), index + _UNSAID_REACH)):
        word = tokens.lower[at]
        if word in {".", ";", ":", "!", "?", "that"} or tokens[at] in _OPENING_QUOTES:
            return False
        if (verb, word) in known.not_said:
            return True
    return False


def _timely(tokens: _Tokens, index: int, times: Sequence[Span], known: _Known) -> bool:
    """Whether token ``index`` is a time word, or in a time expression."""
    if _covered(tokens, index, times):
        return True
    if tokens.lower[index] in known.prepositions:  # "on Tuesday", but not "on Twitter"
        return (
            tokens.lower[index] in known.time_words
            and index + 1 < len(tokens)
            and _timely(tokens, index + 1, times, known)
        )
    return tokens.lower[index] in known.time_words


#: How many words a listener opened by an article may have before "that" ("told a harbour
#: hearing on Friday that").
_LISTENER_WORDS = 6


def _listener_end(tokens: _Tokens, index: int, times: Sequence[Span], known: _Known) -> int:
    """Where the listener an article opened, going on at ``tokens[index]``, ends: at the
    "that" a few words or times later, or at ``index`` when no "that" follows so."""
    for end in range(index, min(len(tokens), index + _LISTENER_WORDS)):
        if tokens.lower[end] == "that":
            return end
        if not (tokens[end].isalpha() or _timely(tokens, end, times, known)):
            return index
    return index


def _content(
    tokens: _Tokens, index: int, verb: str, times: Sequence[Span], known: _Known
) -> tuple[int | None, int] | None:
    """Where what a speech verb introduces starts, and the index of the cue's last token.

    The start is ``None`` when the verb introduces nothing after it, so that it attributes the
    clause before it; the whole answer is ``None`` when the verb attributes nothing at all
    ("warned against…", "vowed by…").
    """

    def manner(i: int) -> bool:
        """A manner adverb ("warned publicly that"), not a hedge ("said roughly 100")."""
        if not tokens.lower[i].endswith("ly") or i + 1 >= len(tokens):
            return False
        return tokens.lower[i + 1] in {"that", ":", ","} or tokens[i + 1] in _OPENING_QUOTES

    # Time words and manner adverbs ("said late on Tuesday", "warned publicly").
    while index < len(tokens) and (_timely(tokens, index, times, known) or manner(index)):
        index += 1
    if verb in _LISTENER_VERBS:  # "told Reuters that", "told state media the ferry…"
        while index < len(tokens) and (
            tokens.capitalized(index)
            or tokens[index] in _OBJECT_PRONOUNS | {"the", "'s", "’s"}
            or tokens.lower[index] in known.after_verb
            or tokens.lower[index] in known.modifiers
            or _timely(tokens, index, times, known)
        ):
            index += 1
        if 0 < index < len(tokens) and tokens.lower[index - 1] in _ARTICLES:
            # "told a harbour hearing on Friday that": the listener is a phrase of words
            index = _listener_end(tokens, index, times, known)
    if index >= len(tokens) or tokens[index] in {".", "!", "?"}:
        return None, index - 1
    if tokens[index] == "," and not (
        index + 1 < len(tokens) and tokens[index + 1] in _OPENING_QUOTES
    ):
        # "…, Berg said Wednesday, reversing course": what follows the comma is not what he said.
        return None, index - 1
    # Lowercase entries, matched as written: "us" the pronoun is not "US" the country.
    word = tokens[index]
    if word in known.not_content and verb not in _LISTENER_VERBS:
        # "said her family had…": "her" and a noun, not "asked her to…"
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        if not (
            word == "her"
            and following.isalpha()
            and following.islower()
            and following not in known.function_words
        ):
            return None
    if _unsaid(tokens, index, verb, known):
        return None
    if word in known.prepositions:
        # An adjunct ("in a statement"): content only if it leads to "that", ":" or a quote.
        end = index
        while end < len(tokens) and (
            tokens.lower[end] in known.after_verb
            or tokens.lower[end] in known.prepositions
            or tokens.capitalized(end)
            or _timely(tokens, end, times, known)
        ):
            end += 1
        leads = end < len(tokens) and (
            tokens.lower[end] in {"that", ":", ","} or tokens[end] in _OPENING_QUOTES
        )
        if leads and tokens[end] == "," and end + 1 < len(tokens):
            # "…, the board said in a statement, and the pool is…": a clause of its own
            leads = tokens.lower[end + 1] not in _CONJUNCTIONS
        if not leads:
            return None, end - 1
        index = end
    elif word in known.clause_breaks:
        return None, index - 1
    while index < len(tokens) and tokens.lower[index] in {"that", ":", ","}:
        index += 1
    return (tokens.starts[index] if index < len(tokens) else None), index - 1


def _cue(
    word: _Found,
    tokens: _Tokens,
    sentence: Span,
    local: Sequence[Span],
    known: _Known,
    earlier: Sequence[_Cue],
) -> _Cue | None:
    """The cue a speech verb or "according to" makes, if it has a speaker phrase. ``tokens``
    are the sentence's, ``local`` its time expressions."""
    first = _index_at(tokens, word.start)
    last = _index_at(tokens, word.end - 1)
    if word.according:
        return _according_cue(word, tokens, first, last, sentence, local, known)
    verb = word.text.lower()
    # A capitalized verb inside a sentence is part of a name ("United States"); one after an
    # article or a possessive is a noun ("the report", "his claims").
    if tokens.capitalized(first) and first > 0 and tokens[first - 1] not in _OPENING_QUOTES:
        return None
    if first > 0 and tokens.lower[first - 1] in _ARTICLES:
        return None
    if first > 0 and (tokens.lower[first - 1] in known.counts or tokens[first - 1].isdecimal()):
        return None  # "the fifty states", "two reports": a counted noun
    if verb.endswith("ing") and _after_article(tokens, first):
        return None  # "the orange warning issued", "a letter saying": no one speaks
    if (
        verb in known.verb_nouns
        and _after_article(tokens, first)
        and not plural_noun(tokens.lower[first - 1])
    ):
        return None  # "the interim report within 45 days" (not "the officials report that")
    found = _content(tokens, last + 1, verb, local, known)
    if found is None:
        return None
    content, cue_end = found
    phrase: _Phrase | None
    if verb.endswith("ing") and first > 0 and tokens[first - 1] == ",":
        # "…, saying the troops would…": whoever last spoke in the sentence, else its subject.
        same = [c for c in earlier if c.sentence == sentence]
        phrase = same[-1].phrase if same else _subject_phrase(tokens, first, known)
        if content is None:
            return None
    elif first > 0 and tokens.lower[first - 1] == "and":
        # "…opposed the withdrawal and said it…": the subject of the sentence.
        phrase = _subject_phrase(tokens, first - 1, known)
    else:
        before = _participle_head(tokens, _adjuncts_before(tokens, first - 1, local, known), known)
        previous = tokens[before] if before >= 0 else None
        phrase = None
        if previous == ")" and _past_acronym(tokens, before - 2) == before + 1:
            before -= 3  # "the National Crime Agency (NCA) said"
            previous = tokens[before] if before >= 0 else None
        if previous is not None and previous in _PAUSES:
            phrase = _phrase_across(tokens, before, local, known)
        elif previous is not None and previous not in _CLOSING_QUOTES:
            who = _relative_who(tokens, before)
            if previous == "who" and before > 1 and tokens[before - 1] in _PAUSES:
                # "Ana Lima, the harbour master, who said": the speaker before the comma
                phrase = _phrase_before(tokens, before - 2, known, local)
            else:
                # "A witness who saw the crash said": the speaker is before "who"
                phrase = _phrase_before(tokens, before if who is None else who - 1, known, local)
        if verb in known.inverted and before == _inversion(tokens, before):
            # "…, reported officials, with…": a speaker after the verb, ending its clause.
            after = _phrase_after(tokens, last + 1, known)
            time = (
                None
                if after is None
                else next((t for t in local if t.start < after.end <= t.end), None)
            )
            if time is not None:
                # "Dr. Lee, the director, said Monday", "told reporters Monday": a time ends
                # the phrase, not a speaker; after a quote, the words before the time and its
                # preposition are ("…," said officials on Monday).
                cut = _index_at(tokens, time.start)
                while cut > last + 1 and tokens.lower[cut - 1] in _PREPOSITIONS:
                    cut -= 1
                fronted = phrase is None and cut > last + 1
                after = _phrase_after(tokens.part(0, cut), last + 1, known) if fronted else None
            if after is not None:
                after = _named_after(tokens, after, known)
            closes = after is not None and _ends_clause(tokens, _index_at(tokens, after.end))
            if after is not None and (closes or (phrase is None and not _predicate(tokens, after))):
                phrase = after
                found = _content(tokens, _index_at(tokens, phrase.end), "", local, known)
                content, cue_end = found if found else (None, _index_at(tokens, phrase.end) - 1)
    if phrase is None or not (phrase.name or phrase.role or phrase.pronoun):
        return None
    written = phrase  # where the cue's words are, even when a pronoun stands for another
    if content is None:
        opening = _index_at(tokens, written.start)
        if opening > 0 and tokens.lower[opening - 1] in known.subordinators:
            return None  # "…, the first change since the charity voted": no words of its own
    if phrase.pronoun in ("they", "it"):
        phrase = _subject_for(phrase, tokens, known)
    if verb in known.after_quote and not _after_a_quote(
        tokens, min(first, _index_at(tokens, written.start))
    ):
        return None
    end = tokens.ends[cue_end] if 0 <= cue_end < len(tokens) else word.end
    cue_start = min(_index_at(tokens, written.start), first)
    if content is None and cue_start == 0 and _goes_on(tokens, cue_end + 1, known):
        content = tokens.starts[cue_end + 2]  # "Al Jazeera reported on Thursday, coverage had…"
    start = min(written.start, word.start)
    if content is not None and not any(word.start <= s.start and s.end <= end for s in local):
        # What is said follows the verb, so a time before the speaker dates the saying; in
        # "the crews are leaving now, a spokesman said" it is part of what is said.
        start = _fronted_time(tokens, cue_start, local) or start
    return _Cue(
        verb=word.text,
        phrase=phrase,
        cue=trusted_span(start, max(end, word.end, written.end)),
        content=content,
        sentence=sentence,
        according=False,
        resumes=content is None and _resumes(tokens, cue_start - 1, cue_end + 1, known),
    )


def _fronted_time(tokens: _Tokens, start: int, local: Sequence[Span]) -> int | None:
    """Where the time expression right before the speaker phrase starting at
    ``tokens[start]`` begins, when it opens the sentence ("On Friday, the ministry said"): the
    date of the statement, told before its speaker; ``None`` when there is none."""
    index = start - 1
    if index >= 0 and tokens[index] == ",":
        index -= 1
    if index < 0:
        return None
    at, to = tokens.starts[index], tokens.ends[index]
    time = next((s for s in local if s.start <= at and to <= s.end), None)
    if time is None:
        return None
    # It opens the sentence or a clause: a few words at most come before it ("On Friday", "In
    # a statement issued on Monday", "…, and on Friday").
    first = _index_at(tokens, time.start)
    opening = first
    while opening > 0 and first - opening < _OPENING_WORDS:
        if tokens[opening - 1] in _BREAKS or tokens.lower[opening - 1] in _CONJUNCTIONS:
            return time.start
        opening -= 1
    return time.start if opening == 0 else None


#: How many words may come before a time expression that opens a sentence.
_OPENING_WORDS = 8


_PAUSES = frozenset({",", "—", "–"})
#: How many words a relative clause between a speaker and the verb may have ("A witness who
#: saw the crash said").
_RELATIVE_WORDS = 12


def _relative_who(tokens: _Tokens, end: int) -> int | None:
    """The index of "who" opening a relative clause that ends at ``tokens[end]``, right before
    a speech verb, with no pause or quotation mark inside ("A witness who saw the crash
    said"); ``None`` when there is none."""
    for index in range(end, max(0, end - _RELATIVE_WORDS), -1):
        token = tokens[index]
        if token == "who":  # as written: "Who Gives a Crap said" is a name
            return index if 0 < index < end else None
        if token in _PAUSES or token in _CLOSING_QUOTES or token in _OPENING_QUOTES:
            return None
    return None


#: Marks and words that open a clause (see :func:`_fronted_time`).
_BREAKS = _PAUSES | _OPENING_QUOTES | _CLOSING_QUOTES | {";", ":", "(", ")"}
_CONJUNCTIONS = frozenset({"and", "but"})
_TIME_OPENERS = frozenset(
    {"the", "this", "last", "next", "that", "during", "over", "in", "on", "at", "by", "since"}
)


def _adjuncts_before(tokens: _Tokens, index: int, local: Sequence[Span], known: _Known) -> int:
    """The index of the last token before ``index`` (included) that is not an adjunct between
    a speaker and the verb ("also", "on Friday", "subsequently")."""
    while index >= 0:
        lower = tokens.lower[index]
        if lower in known.before_verb or _adverb(tokens, index):
            index -= 1
        elif _covered(tokens, index, local) or (
            lower in known.time_words and lower not in known.prepositions
        ):
            index -= 1  # "during the weekend", "this week": a time phrase
            while index >= 0 and tokens.lower[index] in _TIME_OPENERS:
                index -= 1
        else:
            break
    return index


def _participle_head(tokens: _Tokens, index: int, known: _Known) -> int:
    """The index of the document or role noun that a participle at ``tokens[index]`` follows
    ("A report published this week said", "Officials speaking on Monday said"): the speaker
    phrase ends there, not at the participle; ``index`` when there is no such participle."""
    if index < 1 or not tokens[index].islower() or not tokens[index].endswith(("ed", "ing")):
        return index
    noun = tokens.lower[index - 1]
    return index - 1 if noun in known.documents or noun in known.role_words else index


def _adverb(tokens: _Tokens, index: int) -> bool:
    """Whether a word is a manner adverb ("subsequently"), not a noun ("the family")."""
    word = tokens[index]
    return (
        len(word) > 4
        and word.endswith("ly")
        and word.islower()
        and not (index > 0 and tokens.lower[index - 1] in _DETERMINERS | _POSSESSIVES)
    )


def _predicate(tokens: _Tokens, phrase: _Phrase) -> bool:
    """Whether an auxiliary follows ``phrase``: it is the subject of what is said ("…, said
    rescue teams would work"), not a speaker after the verb ("said Lima to reporters")."""
    index = _index_at(tokens, phrase.end)
    return index < len(tokens) and tokens.lower[index] in _AUXILIARIES


#: Verbs that open a predicate after its subject. Not events.toml's finite words, which hold
#: "to" ("is to", "due to"): "said Dasbach to Wikinews" names its speaker.
_AUXILIARIES = frozenset(
    {"would", "will", "could", "can", "may", "might", "should", "must", "shall", "had", "has"}
    | {"have", "was", "were", "is", "are", "did", "does", "do"}
)


def _named_after(tokens: _Tokens, phrase: _Phrase, known: _Known) -> _Phrase:
    """``phrase`` with the name of two words or more set off by a comma after its role, which
    ends the clause: "…," said the interior minister, Ana Lima. ``phrase`` itself when no
    such name follows."""
    if phrase.name or not phrase.role:
        return phrase
    comma = _index_at(tokens, phrase.end)
    if comma >= len(tokens) or tokens[comma] != ",":
        return phrase
    end = comma + 1
    while end < len(tokens) and known.is_name_word(tokens[end]):
        end += 1
    if end - comma <= 2 or not _ends_clause(tokens, end):
        return phrase
    return phrase._replace(end=tokens.ends[end - 1], name=tuple(tokens[comma + 1 : end]))


def _ends_clause(tokens: _Tokens, index: int) -> bool:
    """Whether the sentence or its clause ends at ``tokens[index]``."""
    return index >= len(tokens) or tokens[index] in {",", ".", ";", "!", "?", "—"}


def _inversion(tokens: _Tokens, before: int) -> int:
    """``before`` when the verb after it may take its speaker after it: it opens the sentence,
    or follows a quote or a clause and a comma; -2 otherwise."""
    if before < 0 or tokens[before] in _CLOSING_QUOTES | _PAUSES:
        return before
    return -2


def _phrase_across(
    tokens: _Tokens, pause: int, local: Sequence[Span], known: _Known
) -> _Phrase | None:
    """The speaker before a verb that a comma (or dash) precedes: the subject before an aside
    ("Berg, in a statement, said"; "The US, which has…, has said"), or a name and its role
    ("Ana Lima, the harbour master, said"). ``None`` when the comma ends a clause that the verb
    follows ("The ferry will stop, said the mayor") or a quote."""
    opening = pause - 1
    while opening >= 0 and tokens[opening] not in _PAUSES:
        opening -= 1
    aside = range(opening + 1, pause)
    if not aside or tokens[aside[-1]] in _CLOSING_QUOTES:
        return None
    age = len(aside) == 1 and tokens[aside[0]].isdigit() and len(tokens[aside[0]]) <= 3
    opener = tokens[aside[0]]
    if (
        age  # "Ana Lima, 54, said"
        or tokens.lower[aside[0]] in known.parenthetical
        or (opener.islower() and opener.endswith("ing"))  # "Lima, visiting Lowick, said"
        or all(tokens.lower[i] in known.before_verb or _covered(tokens, i, local) for i in aside)
    ):
        before = _adjuncts_before(tokens, opening - 1, local, known)
        if before < 0 or tokens[before] in _CLOSING_QUOTES | _PAUSES:
            return None
        return _phrase_before(tokens, before, known, local)
    phrase = _phrase_before(tokens, pause - 1, known, local)
    if phrase is not None and phrase.start <= tokens.starts[aside[0]]:
        return phrase  # the aside is the speaker
    return None


def _names_someone(phrase: _Phrase | None, known: _Known) -> bool:
    """Whether a phrase has a name, or a role noun to stand for a speaker."""
    return phrase is not None and bool(
        phrase.name or any(word.lower() in known.role_words for word in phrase.role)
    )


def _subject_phrase(tokens: _Tokens, end: int, known: _Known) -> _Phrase | None:
    """The speaker phrase that opens the sentence before ``end``: "Lima said…", the name
    apposed to a role ("The agency's director, Dr. Anthony Fauci, said"), or the apposition of
    a phrase that names no one ("One of the groups, the Harbour Union, said")."""
    stop = 0
    while stop < end and _in_phrase(tokens, stop, known):
        stop += 1
    phrase = _split(tokens.part(0, stop), known) if stop else None
    # "Speaking to reporters, Ana Lima said", "Citing this test, the board said": a
    # participle and its object open the sentence, not a name ("Manning opposed…" is one).
    participle = (
        stop == 1 and tokens.lower[0].endswith("ing") and tokens.lower[1] in _PARTICIPLE_OBJECTS
    )
    named = phrase if _names_someone(phrase, known) and not participle else None
    # A phrase that ends in a role ("the agency's director") is a name's when one follows it.
    if named is not None and named.name and tokens.lower[stop - 1] not in known.role_words:
        return named  # "Lima said", "Ana Lima, the harbour master, said"
    # A name apposed to a role, or to a longer subject the phrase opens: "The agency's
    # director, Dr. Anthony Fauci, said", "The National Institute of …'s director, Dr.
    # Anthony Fauci, said".
    comma = next((i for i in range(stop, end) if tokens[i] == ","), end)
    after = stop = comma + 1
    while stop < end and _in_phrase(tokens, stop, known):
        stop += 1
    apposed = _split(tokens.part(after, stop), known) if stop > after else None
    if named is not None:
        return apposed if apposed is not None and apposed.name else named
    if _names_someone(apposed, known) or (
        # a body's name after its article: "the Harbour Union"
        apposed is not None and any(map(known.is_name_word, apposed.role))
    ):
        return apposed
    return None if participle else phrase


def _subject_for(phrase: _Phrase, tokens: _Tokens, known: _Known) -> _Phrase:
    """What "they" or "it" speaking stands for when the sentence opens with a body or a group
    ("State prosecutors charged him, they said"): that phrase; else the pronoun itself."""
    subject = _subject_phrase(tokens, _index_at(tokens, phrase.start), known)
    if subject is None or subject.name or subject.pronoun or subject.end > phrase.start:
        return phrase
    role = [w.lower() for w in subject.role if w.lower() not in _DETERMINERS]
    if not role or role[-1] not in known.role_words:
        return phrase
    group = role[-1] in known.organizations or (phrase.pronoun == "they" and role[-1][-1] == "s")
    return subject if group else phrase


def _after_a_quote(tokens: _Tokens, index: int) -> bool:
    """Whether a closing quote (and a comma) comes right before ``tokens[index]``."""
    before = tokens[max(0, index - 2) : index]
    return (
        bool(before)
        and before[-1] in _CLOSING_QUOTES | {","}
        and any(text in _CLOSING_QUOTES for text in before)
    )


def _according_cue(
    word: _Found,
    tokens: _Tokens,
    first: int,
    last: int,
    sentence: Span,
    times: Sequence[Span],
    known: _Known,
) -> _Cue | None:
    """The cue of "according to X": it attributes what follows when it opens the sentence (or
    a parenthesis), else the clause before it."""
    phrase = _phrase_after(tokens, last + 1, known)
    if phrase is None:
        return None
    content: int | None = None
    after = _past_acronym(tokens, _index_at(tokens, phrase.end))
    if first == 0 or tokens[first - 1] in {"(", "—"}:
        if after + 1 < len(tokens) and tokens[after] == ",":
            content = tokens.starts[after + 1]  # "According to Reuters, the troops…"
        else:
            found = _content(tokens, after, "", times, known)
            content = found[0] if found else None
    return _Cue(
        verb=word.text,
        phrase=phrase,
        cue=Span(start=word.start, end=tokens.ends[after - 1]),
        content=content,
        sentence=sentence,
        according=True,
        resumes=_resumes(tokens, first - 1, after, known),
    )


def _past_acronym(tokens: _Tokens, index: int) -> int:
    """The index after an acronym in brackets at ``index`` ("the Agency (NCA) said")."""
    if (
        index + 2 < len(tokens)
        and tokens[index] == "("
        and tokens[index + 2] == ")"
        and tokens[index + 1][:1].isupper()
    ):
        return index + 3
    return index


def _resumes(tokens: _Tokens, before: int, after: int, known: _Known) -> bool:
    """Whether a cue stands between commas inside its sentence, which goes on with more of
    what was said ("…which, the report said, most towns have ignored…"), rather than
    with a clause of the article's ("…, she said, adding that…")."""
    return before >= 0 and tokens[before] == "," and _goes_on(tokens, after, known)


def _goes_on(tokens: _Tokens, comma: int, known: _Known) -> bool:
    """Whether a comma at ``comma`` is followed by more of what was said, not by a clause of
    the article's ("…, adding that", "…, after the vote")."""
    if comma + 1 >= len(tokens) or tokens[comma] != ",":
        return False
    following = tokens.lower[comma + 1]
    return tokens[comma + 1][:1].isalnum() and not (
        following.endswith("ing") or following in known.clause_breaks
    )


def _attached_quote(
    text: str, cue: _Cue, quotes: Mapping[int, Quote], index: _Spans
) -> Quote | None:
    """The quote a cue attributes: one that opens the sentence and ends just before the cue,
    or one that starts where what the cue introduces starts."""
    sentence = cue.sentence
    before = index.last_before(cue.cue.start)
    nearby = [*([before] if before else [])]
    if cue.content is not None:
        nearby.extend(index.starting(cue.content, cue.content + 2))
    for span in nearby:
        quote = quotes[span.start]
        # The quote ends just before the cue, in the cue's sentence, and nothing but the quote
        # comes before the cue (the texts between are sliced only then: the last quote before
        # a cue may end far before it).
        if (
            0 <= cue.cue.start - quote.span.end <= 3
            and text[quote.span.end : cue.cue.start].strip(" ,—–-") == ""
            and quote.span.end > sentence.start
            and text[sentence.start : max(quote.span.start, sentence.start)].strip() == ""
        ):
            return quote
        if cue.content is not None and 0 <= quote.span.start - cue.content <= 1:
            return quote
    return None


def _clause(text: str, cue: _Cue, quote_spans: _Spans) -> Span:
    """What a cue that is not attached to a quote attributes: what it introduces, to the end
    of the sentence or a semicolon; else the clause before it, from the sentence's start or a
    semicolon; or the whole sentence when the cue is an aside inside it. A semicolon inside a
    quote ends no clause ('"This is no cut; it is growth," the chief executive, Ana Lima,
    said')."""
    sentence = cue.sentence
    if cue.resumes:
        return sentence
    if cue.content is not None:
        end = text.find(";", cue.content, sentence.end)
        while end >= 0 and (quote := quote_spans.around(end)) is not None:
            end = text.find(";", quote.end, sentence.end)
        return trusted_span(cue.content, sentence.end if end < 0 else end)
    start = text.rfind(";", sentence.start, cue.cue.start)
    while start >= 0 and (quote := quote_spans.around(start)) is not None:
        start = text.rfind(";", sentence.start, quote.start)
    start = start + 1 if start >= 0 else sentence.start
    return trusted_span(start, max(cue.cue.start, start))


def _speechless(words: Words, index: int, known: _Known, times: _Spans) -> bool:
    """Whether the word before a speech verb leaves it no speaker: "to say", "was reported",
    "don't think", "I said" (a cue needs a name, a role or a resolvable pronoun before it,
    unless a comma or a quote comes between)."""
    if index == 0 or words.text[words.ends[index - 1] : words.starts[index]] != " ":
        return False
    previous, written = words.lower[index - 1], words.written[index - 1]
    if times.around(words.starts[index - 1]) is not None:
        return False  # "…on Friday said": a time expression, which the cue skips
    if previous == "who" and index > 1 and _comma_between(words, index - 2, index - 1):
        return False  # "Ana Lima, the harbour master, who said": the speaker before the comma
    if previous in POSSESSIVE_ENDINGS and words.lower[index] in known.after_possessive:
        # A name that ends in "'s" ("Moody's said"), not a word ("it's said", "It's said").
        name = words.written[index - 2] if index > 1 else ""
        return not name[:1].isupper() or name.lower() in known.function_words
    if written.islower():
        return previous in known.speechless or not previous.isalpha()
    return previous in known.speechless and written == written.capitalize()  # not "US"


def _noun(words: Words, index: int) -> bool:
    """Whether a speech verb at word ``index`` is written as a name or a noun: capitalized
    inside a sentence ("United States"), or right after an article ("the report")."""
    if index == 0 or words.text[words.ends[index - 1] : words.starts[index]] != " ":
        return False  # the first word, or one after a quotation mark or the end of a sentence
    return words.written[index][:1].isupper() or words.lower[index - 1] in _ARTICLES


_ARTICLES = _POSSESSIVES | {"a", "an", "the", "another"}


def _after_article(tokens: _Tokens, index: int) -> bool:
    """Whether the word at ``index`` follows an article and up to two lowercase words, with
    no "with" before them: a noun or what a thing says ("the orange warning", "signed a letter
    saying"), not a speaker's verb ("with the latter confirming", "officials are saying")."""
    at = index - 1
    while at >= max(0, index - 3) and tokens[at].islower() and tokens.lower[at] not in _ARTICLES:
        at -= 1
    return (
        at >= max(0, index - 3)
        and tokens.lower[at] in _ARTICLES
        and (at == 0 or tokens.lower[at - 1] != "with")
    )


#: Words that may follow a participle opening a sentence ("Speaking to", "Citing this").
_PARTICIPLE_OBJECTS = (
    _PREPOSITIONS | _ARTICLES | _OPENING_QUOTES | {"on", "about", "this", "these", "that", "those"}
)
#: A name of up to four words and a colon before a quote: 'Lima: “…”'.
_HEADLINE = re.compile(r"\s*([^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,3})\s*:\s*")


def _headline_cues(
    text: str, segments: Segments, quotes: Sequence[Quote], known: _Known
) -> list[tuple[_Phrase, Quote]]:
    """Cues of the form 'Name: “…”' at the start of a paragraph (headlines, captions)."""
    found: list[tuple[_Phrase, Quote]] = []
    for quote in quotes:
        paragraph = segments.paragraphs[segments.paragraph_at(quote.span.start)]
        if text.find(":", paragraph.start, quote.span.start) < 0:
            continue
        match = _HEADLINE.fullmatch(text[paragraph.start : quote.span.start])
        if match is None:
            continue
        tokens = _tokens(
            segments.words,
            Span(start=paragraph.start + match.start(1), end=paragraph.start + match.end(1)),
        )
        phrase = _split(tokens, known)
        names = match.group(1).lower().split()
        if phrase is not None and phrase.name and not known.cue_words & set(names):
            found.append((phrase, quote))
    return found


def attribute(
    text: str,
    segments: Segments,
    quotes: Sequence[Quote],
    *,
    times: Sequence[Span] = (),
    lexicon: Lexicon | None = None,
) -> Voices:
    """Who says what in ``text``. ``times`` are the spans of time expressions, which may stand
    between a speaker and the verb ("said Wednesday") without breaking the attribution."""
    known = _known(lexicon or default_lexicon())
    words = segments.words
    time_spans = _Spans(spans=sorted(times, key=lambda span: span.start))
    quote_spans = _Spans(spans=[quote.span for quote in quotes])
    registry = _Registry(
        known=known,
        words=words,
        times=time_spans,
        quotes=quote_spans,
        sentence_starts=[sentence.start for sentence in segments.sentences],
    )
    # One pass over the words finds those of the lexicon: titles, offices, speech verbs and
    # the heads of bodies' names (a pass of its own for the heads cost more than the rest of
    # finding short names).
    [hits] = words.among(known.looked_up)
    registry.aliases.update(_acronyms(words, known))
    registry.short_names.update(_short_names(words, known, hits))
    _register(words, registry, hits)
    groups: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        groups[quote.group].append(quote)
    by_start = {quote.span.start: quote for quote in quotes}
    sentence_tokens: dict[int, _Tokens] = {}
    attributions: list[Attribution] = []
    quote_attributions: dict[int, Attribution] = {}
    recent: list[tuple[int, Speaker]] = []
    cues: list[_Cue] = []
    documents: dict[str, Speaker] = {}  # "statement" → who spoke "in a statement"
    # Groups of quotes whose cue names no one the text resolves, and the gender of its
    # pronoun ("" when it is no pronoun).
    unknown: dict[int, str] = {}
    # Attribution(span=, speaker=, cue=, verb=), at half the cost: its fields have no checks.
    attribution_of = trusted_builder(Attribution)

    def attribute_quote(quote: Quote, speaker: Speaker, cue: Span, verb: str) -> None:
        if quote.group in quote_attributions:
            return
        for member in groups[quote.group]:
            attributions.append(attribution_of(member.content, speaker, cue, verb))
        quote_attributions[quote.group] = attributions[-1]

    def disowned(quote: Quote, speaker: Speaker) -> bool:
        """Whether the cue of ``quote`` names someone other than ``speaker``: a phrase the
        text resolves to no one ("a protester using the pseudonym Katya"), or a "he" where
        ``speaker`` is a woman ("the actress") or no one person ("Harbourline Co.")."""
        said = unknown.get(quote.group)
        if said is None:
            return False
        if said in ("male", "female"):
            gender = _gender(speaker, registry)
            return not _one_person(speaker, known) or gender not in (None, said)
        return said == ""

    for phrase, quote in _headline_cues(text, segments, quotes, known):
        speaker = _speaker(phrase, registry, recent)
        if speaker is not None:
            attribute_quote(quote, speaker, Span(start=phrase.start, end=phrase.end), ":")
    firsts = known.cue_names.firsts
    candidates = [i for i in hits if words.lower[i] in firsts and not _noun(words, i)]
    for first_word, last_word, according in known.cue_names.find(words, candidates):
        start, end = words.starts[first_word], words.ends[last_word]
        found = _new_tuple(_Found, (start, end, text[start:end], according))
        inside = quote_spans.around(found.start)
        if inside is not None and inside.start < found.start:
            continue  # "I think" inside a quote is the quote's speaker talking
        if not according and _speechless(words, first_word, known, time_spans):
            continue
        if cues and cues[-1].according and found.start < cues[-1].cue.end:
            continue  # "according to government reports": a noun of the phrase
        if not segments.sentences:
            break
        number = segments.sentence_at(found.start)
        sentence = segments.sentences[number]
        if not sentence.start <= found.start < sentence.end:
            continue
        if number not in sentence_tokens:
            sentence_tokens[number] = _tokens(words, sentence)
        local = time_spans.starting(sentence.start, sentence.end)
        cue = _cue(found, sentence_tokens[number], sentence, local, known, cues)
        if cue is None:
            continue
        speaker = _speaker(cue.phrase, registry, recent)
        if speaker is None:
            attached = _attached_quote(text, cue, by_start, quote_spans)
            if attached is not None and cue.phrase.pronoun is not None:
                unknown[attached.group] = known.pronouns.get(cue.phrase.pronoun, "any")
            elif attached is not None and _names_someone(cue.phrase, known):
                unknown[attached.group] = ""
            continue
        # "The statement said": the statement a speaker gave earlier ("in a statement").
        document = _definite_document(cue.phrase, known)
        speaker = documents.get(document, speaker) if document else speaker
        cue_words = words.between(cue.cue.start, cue.cue.end)
        for word in known.documents.intersection(words.lower[cue_words.start : cue_words.stop]):
            documents.setdefault(word, speaker)
        cues.append(cue)
        recent.append((cue.cue.start, speaker))
        attached = _attached_quote(text, cue, by_start, quote_spans)
        if attached is not None:
            attribute_quote(attached, speaker, cue.cue, cue.verb)
            continue
        span = _clause(text, cue, quote_spans)
        if len(span) == 0:
            continue
        attribution = attribution_of(span, speaker, cue.cue, cue.verb)
        attributions.append(attribution)
        for inner in quote_spans.starting(span.start, span.end):
            quote = by_start[inner.start]
            # A quote that opens in what was said is the speaker's, wherever it ends.
            if quote.content.end <= span.end or span.end == sentence.end:
                attribute_quote(quote, speaker, cue.cue, cue.verb)
    for quote in quotes:
        if quote.group in quote_attributions or not segments.sentences:
            continue
        number = segments.sentence_at(quote.span.start)
        if any(a.span.start <= quote.span.start < a.span.end for a in attributions):
            continue
        tokens = sentence_tokens.get(number)
        if tokens is None:
            # Its subject comes before the quote: the words after it need no tokens.
            sentence = segments.sentences[number]
            before = min(max(quote.span.start, sentence.start), sentence.end)
            tokens = _tokens(words, Span(start=sentence.start, end=before))
        subject = _quoting_subject(tokens, quote, known) or _announcer(
            segments, quote, quote_spans, known
        )
        if subject is not None and subject.pronoun is not None:
            speaker = _opener_for(subject, number, segments, registry)
        else:
            speaker = _speaker(subject, registry, recent) if subject is not None else None
        if subject is not None and speaker is not None and not disowned(quote, speaker):
            attribute_quote(quote, speaker, Span(start=subject.start, end=subject.end), "")

    _inherit(quotes, segments, groups, quote_attributions, attributions, disowned)
    by_sentence: dict[int, list[Attribution]] = defaultdict(list)
    for attribution in attributions:
        first = segments.sentence_at(attribution.span.start)
        last = segments.sentence_at(max(attribution.span.end - 1, attribution.span.start))
        for index in range(first, last + 1):
            by_sentence[index].append(attribution)
    return Voices(
        attributions=tuple(sorted(attributions, key=lambda a: (a.span.start, a.span.end))),
        quotes=tuple(quotes),
        quote_attributions=quote_attributions,
        by_sentence={index: tuple(found) for index, found in by_sentence.items()},
        segments=segments,
        genders={
            attribution.speaker.key: gender
            for attribution in attributions
            if (gender := _told_gender(attribution, text, registry)) is not None
        },
    )


def _told_gender(attribution: Attribution, text: str, registry: _Registry) -> str | None:
    """The gender the text tells of an attribution's speaker: by a title or role (see
    :func:`_gender`), by the pronoun its cue opens with ("he said"), which the speaker was
    found for, or by its cue's own possessive ("announced in his speech that")."""
    gender = _gender(attribution.speaker, registry)
    if gender in ("male", "female"):
        return gender
    words = attribution.cue.slice(text).lower().split()
    said = registry.known.pronouns.get(words[0]) if words else None
    if said in ("male", "female"):
        return said
    return next((_POSSESSIVE_GENDERS[w] for w in words if w in _POSSESSIVE_GENDERS), None)


#: The possessives that tell the gender of a cue's speaker: "in his speech".
_POSSESSIVE_GENDERS = {"his": "male", "her": "female"}


def _definite_document(phrase: _Phrase, known: _Known) -> str | None:
    """The noun of a phrase such as "the statement" or "the report", which stands for a
    document a speaker gave before."""
    if phrase.name or len(phrase.role) != 2:
        return None
    article, noun = (w.lower() for w in phrase.role)
    return noun if article == "the" and noun in known.documents else None


def _quoting_subject(tokens: _Tokens, quote: Quote, known: _Known) -> _Phrase | None:
    """The subject of a sentence that quotes with no speech verb ("Lima called the
    attack “a cowardly act”"; "Berg, on Twitter, defended his decision, “…”"). A
    pronoun is one only when a colon opens the quote ("She was blunt: “…”", "she pointed to
    her words at the briefing: “…”"): it may stand for another than the one quoted in "He
    called it “a cowardly act”". ``tokens`` are the sentence's, or only those before
    the quote."""
    opening = _index_at(tokens, quote.span.start)
    if opening == 0:
        return None
    if tokens[opening - 1] == ":":
        # The clause the colon ends, after its sentence's last comma before it, if any.
        comma = max((i for i in range(opening - 1) if tokens[i] == ","), default=-1)
        if tokens.lower[comma + 1] in known.pronouns:
            return _split(tokens.part(comma + 1, comma + 2), known)
    phrase = _subject_phrase(tokens, opening, known)
    if phrase is None or phrase.pronoun is not None or phrase.end > quote.span.start:
        return None
    return phrase


def _opener_for(
    pronoun: _Phrase, number: int, segments: Segments, registry: _Registry
) -> Speaker | None:
    """Who "he" or "she" before a colon that opens a quote stands for ("She was blunt: “…”"):
    the person named who opens its sentence, or else the sentence before ("Richardson had his
    own opinion. He provided the text of a message: “…”"), of a gender that agrees. ``None``
    when neither does: with no speech verb, a person named further back is too far a guess."""
    gender = registry.known.pronouns.get(pronoun.pronoun or "")
    if gender not in ("male", "female"):
        return None
    # The sentences that start after the offset given: the one before, and the pronoun's.
    before = segments.sentences[max(number - 1, 0)].start - 1
    opener = registry.opening_subject(before, pronoun.start, gender)
    return None if opener is None else opener[1].speaker()


def _announcer(segments: Segments, quote: Quote, quotes: _Spans, known: _Known) -> _Phrase | None:
    """Who a quote that opens a sentence is by, when the sentence before it quotes no one and
    is about a named person ("McGurk also criticized the decision via Twitter. “The…”")."""
    number = segments.sentence_at(quote.span.start)
    if number == 0 or segments.sentences[number].start != quote.span.start:
        return None
    previous = segments.sentences[number - 1]
    if quotes.starting(previous.start, previous.end):
        return None
    tokens = _tokens(segments.words, previous)
    phrase = _subject_phrase(tokens, len(tokens), known)
    return phrase if phrase is not None and phrase.name else None


def _inherit(
    quotes: Sequence[Quote],
    segments: Segments,
    groups: Mapping[int, list[Quote]],
    quote_attributions: dict[int, Attribution],
    attributions: list[Attribution],
    disowned: Callable[[Quote, Speaker], bool],
) -> None:
    """Give an unattributed quote the speaker of the quote just before it, when that quote is in
    the same paragraph or ends the paragraph before (and this one opens its own), unless a cue
    of its own names someone else (``disowned``)."""
    previous: Quote | None = None
    for quote in quotes:
        source = quote_attributions.get(previous.group) if previous is not None else None
        if (
            quote.group not in quote_attributions
            and source is not None
            and previous is not None
            and not disowned(quote, source.speaker)
        ):
            paragraph = segments.paragraph_at(quote.span.start)
            before = segments.paragraph_at(previous.span.start)
            opens = segments.paragraphs[paragraph].start == quote.span.start
            if paragraph == before or (paragraph == before + 1 and opens):
                for member in groups[quote.group]:
                    attributions.append(attrs.evolve(source, span=member.content))
                quote_attributions[quote.group] = source
        previous = quote
