"""Speakers: who says what in a text, and which words each speaker is responsible for.

A speech cue is a speech verb ("said", "told", "warned") or an "according to" phrase. Its
speaker is the phrase before the verb ("spokeswoman Sarah Sanders said"), after it in an
inversion ("…,” said the mayor), after "according to", or the subject of the sentence for a
participle ("…, saying the troops would…"). What a cue attributes is the quote it is attached
to, else the clause it introduces ("Trump said the troops would…"), else the clause before it
("…, officials said."). An unattributed quote continues the speaker of the quote before it in
the paragraph, or of a quote ending the paragraph before. Text no cue covers is the article's.

Name variants of one person share a key: first and last name when the text gives the first
name anywhere ("Sarah Huckabee Sanders", "Ms Sanders" and "Sanders" are ``sarah sanders``),
the surname otherwise. A pronoun ("she said") is the last person mentioned whose gender, when
the text tells it, agrees. A role ("the press secretary said") is the last person the text gave
that role. Capitalized words before a role noun are modifiers, not names ("a US official").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

import attrs

from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Span, Speaker, SpeakerKind
from factcheck._quotes import Quote
from factcheck._segment import Segments
from factcheck._words import Phrases, Words

__all__ = ["Attribution", "Voices", "attribute"]

_TOKEN = re.compile(r"(?:[^\W\d_]\.){2,}|\w+(?:[’'\-]\w+)*|[^\w\s]")
_DETERMINERS = frozenset({"a", "an", "the", "one", "two", "three", "several", "some", "many"})
_CLOSING_QUOTES = frozenset({"”", '"', "’", "'", "»"})


@attrs.frozen(kw_only=True)
class Attribution:
    """Words a speaker is responsible for.

    ``span`` is what the speaker said (a quote's words, or a reported clause); ``cue`` covers the
    attribution itself (speaker, verb and the words around them, as "Trump said Wednesday").
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

    def attribution_at(self, span: Span) -> Attribution | None:
        """The innermost attribution whose words contain ``span``; ``None`` is the article."""
        candidates = self.by_sentence.get(self.segments.sentence_at(span.start), ())
        covering = [a for a in candidates if a.span.start <= span.start and span.end <= a.span.end]
        return min(covering, key=lambda a: len(a.span), default=None)

    def quote_attribution(self, quote: Quote) -> Attribution | None:
        """The attribution of ``quote``, or ``None`` when the text names no one for it."""
        return self.quote_attributions.get(quote.group)


# The lexicon, compiled.


@attrs.frozen(kw_only=True, eq=False)
class _Known:
    cue_names: Phrases[bool]  # speech verbs (False) and "according to" phrases (True)
    inverted: frozenset[str]
    not_content: frozenset[str]
    clause_breaks: frozenset[str]
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
    modifiers: frozenset[str]
    before_verb: frozenset[str]
    after_verb: frozenset[str]
    time_words: frozenset[str]
    prepositions: frozenset[str]
    offices: Mapping[str, str]
    function_words: frozenset[str]
    cue_words: frozenset[str]
    titles: frozenset[str]  # role words and honorifics, lowercased, without a final period

    def is_honorific(self, word: str) -> bool:
        return word in self.honorifics or f"{word}." in self.honorifics

    def is_title(self, word: str) -> bool:
        """A word that stands before a name as a title or honorific ("President", "Gen.")."""
        return word.lower().rstrip(".") in self.titles

    def is_function_word(self, word: str) -> bool:
        """A function word as written: "us" and "Later" are, "US" (an acronym) is not."""
        return word.lower() in self.function_words and (word.islower() or word == word.capitalize())

    def is_name_word(self, word: str) -> bool:
        """A capitalized word that can be part of a person's name."""
        lower = word.lower()
        return (
            word[:1].isupper()
            and not self.is_function_word(word)
            and lower not in self.pronouns
            and lower not in _DETERMINERS
            and lower not in self.role_words
            and lower not in self.modifiers
            and not self.is_honorific(word)
            and not (len(word) > 1 and word.isupper())  # acronyms: "US", "NATO", "ISIS"
        )

    def is_organization(self, words: Sequence[str]) -> bool:
        return bool(words) and (words[-1] in self.org_heads or " ".join(words) in self.org_names)


def _strings(lexicon: Lexicon, table: Mapping[str, Any], *keys: str) -> list[str]:
    value = table.get(keys[-1], [])
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise lexicon.error(("speakers", *keys), "must be a list of words")
    return value


@functools.cache
def _known(lexicon: Lexicon) -> _Known:
    table = lexicon.table("speakers")
    verbs, people, roles, adjuncts, bodies = (
        table.get(name, {}) for name in ("verbs", "people", "roles", "adjuncts", "organizations")
    )

    def words(section: Mapping[str, Any], *keys: str) -> frozenset[str]:
        return frozenset(_strings(lexicon, section, *keys))

    def lowered(section: Mapping[str, Any], *keys: str) -> frozenset[str]:
        return frozenset(word.lower() for word in _strings(lexicon, section, *keys))

    def mapping(section: Mapping[str, Any], *keys: str) -> dict[str, str]:
        value = section.get(keys[-1], {})
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            raise lexicon.error(("speakers", *keys), "must map words to words")
        return dict(value)

    speech = _strings(lexicon, verbs, "verbs", "speech")
    according = _strings(lexicon, verbs, "verbs", "according")
    nouns = lowered(roles, "roles", "nouns")
    return _Known(
        cue_names=Phrases({**dict.fromkeys(speech, False), **dict.fromkeys(according, True)}),
        inverted=lowered(verbs, "verbs", "inverted"),
        not_content=lowered(verbs, "verbs", "not_content"),
        clause_breaks=lowered(verbs, "verbs", "clause_breaks"),
        org_heads=words(bodies, "organizations", "heads"),
        org_names=words(bodies, "organizations", "names"),
        honorifics=mapping(people, "people", "honorifics"),
        particles=words(people, "people", "particles"),
        pronouns=mapping(people, "people", "pronouns"),
        roles=nouns,
        role_words=frozenset(word for noun in nouns for word in noun.split()),
        female=lowered(roles, "roles", "female"),
        male=lowered(roles, "roles", "male"),
        organizations=lowered(roles, "roles", "organizations"),
        unnamed=lowered(roles, "roles", "unnamed"),
        modifiers=lowered(roles, "roles", "modifiers"),
        before_verb=lowered(adjuncts, "adjuncts", "before_verb"),
        after_verb=lowered(adjuncts, "adjuncts", "after_verb"),
        time_words=lowered(adjuncts, "adjuncts", "time"),
        prepositions=lowered(adjuncts, "adjuncts", "prepositions"),
        offices={k.lower(): v for k, v in mapping(people, "people", "offices").items()},
        function_words=_function_words(lexicon),
        cue_words=frozenset(word.lower() for word in speech),
        titles=frozenset(
            {word for noun in nouns for word in noun.split()}
            | {h.lower().rstrip(".") for h in mapping(people, "people", "honorifics")}
        ),
    )


def _function_words(lexicon: Lexicon) -> frozenset[str]:
    words = lexicon.table("text").get("function_words", {}).get("words", [])
    if not isinstance(words, list) or not all(isinstance(word, str) for word in words):
        raise lexicon.error(("text", "function_words", "words"), "must be a list of words")
    return frozenset(words)


# Tokens and speaker phrases.


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    lower: str
    capitalized: bool


def _token(start: int, end: int, text: str) -> _Token:
    return _Token(start, end, text, text.lower(), text[:1].isupper())


def _tokens(text: str, span: Span) -> list[_Token]:
    return [
        _token(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, span.start, span.end)
    ]


def plain(name: str) -> str:
    """``name`` lowercased, without accents and punctuation, for keys."""
    decomposed = unicodedata.normalize("NFKD", name)
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s'’-]", " ", letters).lower().split())


@attrs.frozen(kw_only=True)
class _Phrase:
    """A speaker phrase: the words of a name (if any), the role words, or a pronoun."""

    start: int
    end: int
    name: tuple[str, ...] = ()
    role: tuple[str, ...] = ()
    pronoun: str | None = None


def _in_phrase(token: _Token, known: _Known) -> bool:
    """Whether a token can be part of a speaker phrase."""
    lower = token.lower
    if known.is_function_word(token.text) and lower not in _DETERMINERS:
        return False
    return (
        token.capitalized
        or lower in known.role_words
        or lower in known.modifiers
        or lower in _DETERMINERS
        or lower in known.particles
        or token.text in {".", "'s", "’s"}
    )


def _split(words: Sequence[_Token], known: _Known) -> _Phrase | None:
    """A phrase from its tokens: the name is a run of name words that ends the phrase."""
    words = [w for w in words if w.text != "."]
    if not words:
        return None
    if len(words) == 1 and words[0].lower in known.pronouns:
        return _Phrase(start=words[0].start, end=words[0].end, pronoun=words[0].lower)
    start = len(words)
    while start and (
        known.is_name_word(words[start - 1].text)
        or (len(words[start - 1].text) == 1 and words[start - 1].capitalized and start < len(words))
        or (words[start - 1].text in known.particles and start < len(words))
    ):
        start -= 1
    name = tuple(w.text for w in words[start:])
    role = tuple(w.text for w in words[:start])
    return _Phrase(start=words[0].start, end=words[-1].end, name=name, role=role)


def _phrase_before(tokens: Sequence[_Token], index: int, known: _Known) -> _Phrase | None:
    """The speaker phrase that ends at ``tokens[index]``."""
    if index < 0:
        return None
    if tokens[index].lower in known.pronouns:
        return _Phrase(
            start=tokens[index].start, end=tokens[index].end, pronoun=tokens[index].lower
        )
    start = index + 1
    while start > 0 and _in_phrase(tokens[start - 1], known):
        start -= 1
    start = _open_words_before(tokens, start, index, known)
    # "a statement from the White House", "a spokesman for the ministry"
    while (
        start > 1
        and tokens[start - 1].lower in {"from", "for", "at", "of"}
        and tokens[start - 2].lower in known.role_words
    ):
        start -= 1
        while start > 0 and _in_phrase(tokens[start - 1], known):
            start -= 1
    phrase = list(tokens[start : index + 1])
    # "Sarah Sanders, the White House press secretary, said": a name, then its role.
    # Its head is the word before "of" ("the head of the US Central Command"), or its last.
    head = next(
        (t for t, n in itertools.pairwise(phrase) if n.lower in {"of", "for", "at"}),
        phrase[-1] if phrase else None,
    )
    if (
        start >= 2
        and len(phrase) > 1
        and head is not None
        and phrase[0].lower in {"the", "a", "an"}
        and head.text.islower()
        and tokens[start - 1].text == ","
        and known.is_name_word(tokens[start - 2].text)
    ):
        name_start = start - 2
        while name_start > 0 and (
            known.is_name_word(tokens[name_start - 1].text)
            or (len(tokens[name_start - 1].text) == 1 and tokens[name_start - 1].capitalized)
        ):
            name_start -= 1
        # A title before the name belongs to the role ("Gen. Joseph L Votel, the head of...").
        title_start = name_start
        while title_start > 0 and (
            known.is_title(tokens[title_start - 1].text) or tokens[title_start - 1].text == "."
        ):
            title_start -= 1
        name = tuple(t.text for t in tokens[name_start : start - 1] if t.text != ".")
        role = tuple(t.text for t in (*tokens[title_start:name_start], *phrase) if t.text != ".")
        return _Phrase(start=tokens[title_start].start, end=phrase[-1].end, name=name, role=role)
    return _split(phrase, known)


def _is_open_word(token: _Token, known: _Known) -> bool:
    """A lowercase word outside the lexicon that may describe a speaker ("harbour master")."""
    return (
        token.text.isalpha()
        and token.text.islower()
        and not known.is_function_word(token.text)
        and token.lower not in _DETERMINERS
        and token.lower not in known.cue_words
    )


def _open_words_before(tokens: Sequence[_Token], start: int, index: int, known: _Known) -> int:
    """Extend a phrase starting at ``start`` back over up to three lowercase words that a
    determiner, a capitalized word or the start of a clause introduces: "the harbour master",
    "harbour officials", "a senior port official"."""
    head = start
    if head > index:  # nothing collected: the head itself may be an open word
        if not _is_open_word(tokens[index], known):
            return start
        head = index
    begin = head
    while begin > 0 and head - begin < 3 and _is_open_word(tokens[begin - 1], known):
        begin -= 1
    if begin == head and head == start:
        return start
    before = tokens[begin - 1] if begin > 0 else None
    if before is not None and before.lower in _DETERMINERS:
        return begin - 1  # "the harbour master", "a senior port official"
    introduced = before is None or before.text in {",", ";", ":", "(", "—"} or before.capitalized
    if introduced and start <= index:  # "…, harbour officials said": the head is known
        return begin
    return start


def _phrase_after(tokens: Sequence[_Token], index: int, known: _Known) -> _Phrase | None:
    """The speaker phrase that starts at ``tokens[index]``."""
    if index >= len(tokens):
        return None
    # "said harbour master Ana Lima": lowercase words that lead to a name describe it.
    lead = index
    while lead < len(tokens) and lead - index < 3 and _is_open_word(tokens[lead], known):
        lead += 1
    if lead > index and lead < len(tokens) and known.is_name_word(tokens[lead].text):
        found = _phrase_after(tokens, lead, known)
        if found is not None and found.name:
            role = tuple(t.text for t in tokens[index:lead]) + found.role
            return attrs.evolve(found, start=tokens[index].start, role=role)
    if tokens[index].lower in known.pronouns:
        return _Phrase(
            start=tokens[index].start, end=tokens[index].end, pronoun=tokens[index].lower
        )
    end = index
    while end < len(tokens) and (
        _in_phrase(tokens[end], known) or (tokens[end].lower == "of" and end > index)
    ):
        if tokens[end].lower in known.pronouns and end > index:
            break
        end += 1
    while end > index and tokens[end - 1].lower in {"of", "the", "'s", "’s"}:
        end -= 1
    return _split(tokens[index:end], known)


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
        return max(self.roles, key=len) if self.roles else None

    def speaker(self, role: str | None = None) -> Speaker:
        return Speaker(key=self.key, name=self.display, role=role or self.role)


@attrs.define
class _Registry:
    """The people a text names, with where each is mentioned, in text order."""

    known: _Known
    words: Words
    people: dict[str, list[_Person]] = attrs.Factory(lambda: defaultdict(list))
    mentions: list[tuple[int, _Person]] = attrs.Factory(list)
    _first_names: dict[str, str] | None = None

    def first_name(self, surname: str) -> str | None:
        """A first name the text writes before ``surname`` ("Donald Trump" for "Trump")."""
        if self._first_names is None:
            self._first_names = {}
            words = self.words
            capitals = [i for i, word in enumerate(words.written) if word[:1].isupper()]
            for index in capitals:
                if index + 1 >= len(words):
                    break
                first, last = words.written[index], words.written[index + 1]
                if (
                    last[:1].isupper()
                    and words.joined(index, index + 1)
                    and self.known.is_name_word(first)
                    and self.known.is_name_word(last)
                ):
                    self._first_names.setdefault(plain(last), first)
        return self._first_names.get(plain(surname))

    def person(self, words: Sequence[str], role: Sequence[str], offset: int) -> _Person:
        """The person named ``words``, registered on first sight, mentioned at ``offset``."""
        names = [w for w in words if not self.known.is_honorific(w)] or list(words)
        last_start = len(names) - 1
        while last_start > 0 and names[last_start - 1] in self.known.particles:
            last_start -= 1
        last = " ".join(names[last_start:])
        first = names[0] if last_start > 0 and len(names[0]) > 1 else None
        candidates = self.people[plain(last)]
        match = next(
            (p for p in reversed(candidates) if first is None or p.first in (None, first)), None
        )
        if match is None:
            first = first or self.first_name(last)
            display = " ".join(names) if first is None or first in names else f"{first} {last}"
            match = _Person(first=first, last=last, display=display)
            candidates.append(match)
        elif first is not None and (match.first is None or len(names) > len(match.display.split())):
            match.first, match.display = first, " ".join(names)
        for word in (*role, *words):
            gender = self.known.honorifics.get(word) or self.known.honorifics.get(f"{word}.")
            lower = word.lower()
            if lower in self.known.female or gender == "female":
                match.gender = "female"
            elif lower in self.known.male or gender == "male":
                match.gender = "male"
        described = " ".join(
            w for w in role if w.lower() not in _DETERMINERS and not self.known.is_honorific(w)
        )
        if described:
            match.roles.add(described.lower().replace(" .", ""))
        bisect.insort(self.mentions, (offset, match), key=lambda item: item[0])
        return match

    def mentions_before(self, offset: int, person: _Person | None) -> int:
        """The offset of the last mention of ``person`` before ``offset`` (-1 if none)."""
        index = bisect.bisect_left(self.mentions, offset, key=lambda item: item[0])
        return next((at for at, p in reversed(self.mentions[:index]) if p is person), -1)

    def last_before(
        self, offset: int, *, gender: str | None = None, role: str | None = None
    ) -> _Person | None:
        """The person mentioned last before ``offset`` whose gender and role agree."""
        index = bisect.bisect_left(self.mentions, offset, key=lambda item: item[0])
        for _, person in reversed(self.mentions[:index]):
            if gender in ("male", "female") and person.gender not in (None, gender):
                continue
            if role is not None and not any(r.split()[-1:] == [role] for r in person.roles):
                continue
            return person
        return None


def _register(words: Words, registry: _Registry) -> None:
    """Register the people the text names with a title or honorific ("President Ana Lima",
    "harbour spokeswoman Ana Lima", "Ms Lima"), or as holding an office ("the Lima presidency")."""
    known = registry.known
    text = words.text
    count = len(words)
    for index in range(count - 1):
        word = words.written[index]
        if not known.is_title(word) or not known.is_name_word(words.written[index + 1]):
            continue
        # The name: the capitalized words (and initials) right after the title.
        end = index + 1
        while end < count and words.written[end][:1].isupper() and _close(words, end - 1, end):
            if not (known.is_name_word(words.written[end]) or len(words.written[end]) <= 2):
                break
            end += 1
        names = words.written[index + 1 : end]
        while names and not known.is_name_word(names[-1]):
            names.pop()
        if not names or known.is_organization(names) or known.is_title(names[0]):
            continue
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
    for index, word in enumerate(words.lower):
        office = known.offices.get(word)
        if office is None:
            continue
        first = index
        while first > 0 and index - first < 3 and known.is_name_word(words.written[first - 1]):
            first -= 1
        if first < index and text[words.ends[index - 1] : words.starts[index]].isspace():
            registry.person(words.written[first:index], office.split(), words.starts[first])


def _close(words: Words, first: int, second: int) -> bool:
    """Whether two words are next to each other: only spaces, or an initial's period, between."""
    return words.text[words.ends[first] : words.starts[second]].strip() in ("", ".")


# Speakers from phrases.


def _organization(words: Sequence[str], known: _Known) -> Speaker | None:
    """The body a phrase names, if it names one ("the White House", "Reuters")."""
    caps = [w for w in words if w.lower() not in _DETERMINERS]
    while caps and not caps[0][:1].isupper():
        caps = caps[1:]
    if caps and known.is_organization(caps):
        name = " ".join(caps)
        return Speaker(key=plain(name), name=name, kind=SpeakerKind.ORGANIZATION)
    return None


def _speaker(
    phrase: _Phrase, registry: _Registry, recent: Sequence[tuple[int, Speaker]]
) -> Speaker | None:
    """The speaker a phrase stands for, resolving pronouns, surnames and roles."""
    known = registry.known
    if phrase.pronoun is not None:
        return _pronoun(phrase, registry, recent)
    words = [*phrase.role, *phrase.name]
    if not phrase.name:
        # "a statement from the White House", "a spokesman for the ministry": the body speaks.
        for index, word in enumerate(words):
            if word.lower() in {"from", "for", "at", "of"} and index:
                body = _organization(words[index + 1 :], known)
                if body is not None:
                    return body
                inner = _split_words(words[index + 1 :], phrase, known)
                if inner is not None and inner.name:
                    return _speaker(inner, registry, recent)
                words = words[:index]
                break
    body = _organization(words, known)
    if body is not None and (not phrase.name or known.is_organization(list(phrase.name))):
        return body
    role_words = [w for w in phrase.role if w.lower() not in _DETERMINERS and w not in {"'s", "’s"}]
    role_text = " ".join(role_words).lower() or None
    if phrase.name:
        if " ".join(phrase.name) in known.org_names:
            name = " ".join(phrase.name)
            return Speaker(key=plain(name), name=name, kind=SpeakerKind.ORGANIZATION)
        return registry.person(phrase.name, phrase.role, phrase.start).speaker(role_text)
    if not role_words:
        return None
    head = role_words[-1].lower()
    display = " ".join(phrase.role)
    if head not in known.roles and all(w[:1].isupper() for w in role_words):
        # Capitalized words that name no person and no role: a country or body ("The US").
        name = " ".join(role_words)
        return Speaker(key=plain(name), name=name, kind=SpeakerKind.ORGANIZATION)
    if head in known.organizations:
        return Speaker(key=plain(role_text or head), name=display, kind=SpeakerKind.ORGANIZATION)
    determiner = phrase.role[0].lower()
    if head in known.unnamed or determiner in _DETERMINERS - {"the"}:
        key = f"unnamed {plain(role_text or head)}"
        return Speaker(key=key, name=display, kind=SpeakerKind.UNNAMED)
    person = registry.last_before(phrase.start, role=head)
    if person is not None:
        return person.speaker(role_text)
    if head.endswith("s") and determiner != "the":  # "US generals said": several, unnamed
        return Speaker(
            key=f"unnamed {plain(role_text or head)}", name=display, kind=SpeakerKind.UNNAMED
        )
    return Speaker(key=f"role {plain(role_text or head)}", name=display, role=role_text)


def _split_words(words: Sequence[str], phrase: _Phrase, known: _Known) -> _Phrase | None:
    tokens = [_token(phrase.start, phrase.end, word) for word in words]
    return _split(tokens, known)


def _pronoun(
    phrase: _Phrase, registry: _Registry, recent: Sequence[tuple[int, Speaker]]
) -> Speaker | None:
    """The speaker a pronoun stands for: the last one mentioned that agrees with it."""
    kind = registry.known.pronouns.get(phrase.pronoun or "")
    if kind in ("male", "female"):
        person = registry.last_before(phrase.start, gender=kind)
        spoken = next(((at, s) for at, s in reversed(recent) if s.kind is SpeakerKind.PERSON), None)
        mentioned_at = registry.mentions_before(phrase.start, person)
        if spoken is not None and (person is None or spoken[0] > mentioned_at):
            candidate = registry.people.get(spoken[1].key.split()[-1], [])
            same = [p for p in candidate if p.key == spoken[1].key]
            if not same or same[0].gender in (None, kind):
                return spoken[1]
        return None if person is None else person.speaker()
    if kind == "organization" or phrase.pronoun == "they":
        wanted = {SpeakerKind.ORGANIZATION}
        if phrase.pronoun == "they":
            wanted.add(SpeakerKind.UNNAMED)
        return next((s for _, s in reversed(recent) if s.kind in wanted), None)
    return None


# Cues.


class _Found(NamedTuple):
    """A speech verb or an "according to" phrase where the text has it."""

    start: int
    end: int
    text: str
    according: bool


@attrs.frozen(kw_only=True)
class _Cue:
    verb: str
    phrase: _Phrase
    cue: Span  # the speaker phrase, the verb and the words around them
    content: int | None  # where what is said starts; None when it is the clause before
    sentence: Span
    according: bool


def _covered(token: _Token, spans: Sequence[Span]) -> bool:
    return any(s.start <= token.start and token.end <= s.end for s in spans)


def _index_at(tokens: Sequence[_Token], offset: int) -> int:
    """The index of the first token that ends after ``offset``."""
    return bisect.bisect_right(tokens, offset, key=lambda token: token.end)


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


def _content(
    tokens: Sequence[_Token], index: int, verb: str, times: Sequence[Span], known: _Known
) -> tuple[int | None, int] | None:
    """Where what a speech verb introduces starts, and the index of the cue's last token.

    The start is ``None`` when the verb introduces nothing after it, so that it attributes the
    clause before it; the whole answer is ``None`` when the verb attributes nothing at all
    ("warned against…", "vowed by…").
    """

    def timely(i: int) -> bool:
        return tokens[i].lower in known.time_words or _covered(tokens[i], times)

    # Time words and manner adverbs ("said late on Tuesday", "warned publicly").
    while index < len(tokens) and (timely(index) or tokens[index].lower.endswith("ly")):
        index += 1
    if verb in _LISTENER_VERBS:  # "told Reuters that", "told state media the ferry…"
        while index < len(tokens) and (
            tokens[index].capitalized
            or tokens[index].text in _OBJECT_PRONOUNS | {"the", "'s", "’s"}
            or tokens[index].lower in known.after_verb
            or tokens[index].lower in known.modifiers
            or timely(index)
        ):
            index += 1
    if index >= len(tokens) or tokens[index].text in {".", "!", "?"}:
        return None, index - 1
    if tokens[index].text == "," and not (
        index + 1 < len(tokens) and tokens[index + 1].text in _OPENING_QUOTES
    ):
        # "…, Berg said Wednesday, reversing course": what follows the comma is not what he said.
        return None, index - 1
    # Lowercase entries, matched as written: "us" the pronoun is not "US" the country.
    word = tokens[index].text
    if word in known.not_content and verb not in _LISTENER_VERBS:
        return None
    if word in known.prepositions:
        # An adjunct ("in a statement"): content only if it leads to "that", ":" or a quote.
        end = index
        while end < len(tokens) and (
            tokens[end].lower in known.after_verb
            or tokens[end].lower in known.prepositions
            or tokens[end].capitalized
            or timely(end)
        ):
            end += 1
        leads = end < len(tokens) and (
            tokens[end].lower in {"that", ":", ","} or tokens[end].text in _OPENING_QUOTES
        )
        if not leads:
            return None, end - 1
        index = end
    elif word in known.clause_breaks:
        return None, index - 1
    while index < len(tokens) and tokens[index].lower in {"that", ":", ","}:
        index += 1
    return (tokens[index].start if index < len(tokens) else None), index - 1


def _cue(
    word: _Found,
    tokens: Sequence[_Token],
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
    # A capitalized verb inside a sentence is part of a name ("United States").
    if tokens[first].capitalized and first > 0 and tokens[first - 1].text not in _OPENING_QUOTES:
        return None
    found = _content(tokens, last + 1, verb, local, known)
    if found is None:
        return None
    content, cue_end = found
    phrase: _Phrase | None
    if verb.endswith("ing") and first > 0 and tokens[first - 1].text == ",":
        # "…, saying the troops would…": whoever last spoke in the sentence, else its subject.
        same = [c for c in earlier if c.sentence == sentence]
        if same:
            phrase = same[-1].phrase
        else:
            end = 0
            while end < len(tokens) and _in_phrase(tokens[end], known):
                end += 1
            phrase = _split(tokens[:end], known) if end else None
        if content is None:
            return None
    else:
        before = first - 1
        while before >= 0 and (
            tokens[before].lower in known.before_verb or _covered(tokens[before], local)
        ):
            before -= 1
        previous = tokens[before] if before >= 0 else None
        after_quote = previous is None or previous.text in _CLOSING_QUOTES | {",", "—", "–"}
        phrase = None if after_quote else _phrase_before(tokens, before, known)
        if phrase is None and verb in known.inverted and after_quote:
            phrase = _phrase_after(tokens, last + 1, known)
            if phrase is not None:
                found = _content(tokens, _index_at(tokens, phrase.end), "", local, known)
                content, cue_end = found if found else (None, _index_at(tokens, phrase.end) - 1)
    if phrase is None or not (phrase.name or phrase.role or phrase.pronoun):
        return None
    end = tokens[cue_end].end if 0 <= cue_end < len(tokens) else word.end
    return _Cue(
        verb=word.text,
        phrase=phrase,
        cue=Span(start=min(phrase.start, word.start), end=max(end, word.end, phrase.end)),
        content=content,
        sentence=sentence,
        according=False,
    )


def _according_cue(
    word: _Found,
    tokens: Sequence[_Token],
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
    if first == 0 or tokens[first - 1].text in {"(", "—"}:
        after = _index_at(tokens, phrase.end)
        if after < len(tokens) and tokens[after].text == ",":
            after += 1  # "According to Reuters, the troops…"
        found = _content(tokens, after, "", times, known)
        content = found[0] if found else None
    return _Cue(
        verb=word.text,
        phrase=phrase,
        cue=Span(start=word.start, end=phrase.end),
        content=content,
        sentence=sentence,
        according=True,
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
        gap = text[quote.span.end : cue.cue.start]
        # The quote ends in the cue's sentence, and nothing but the quote comes before the cue.
        opens_sentence = quote.span.end > sentence.start and (
            text[sentence.start : max(quote.span.start, sentence.start)].strip() == ""
        )
        if 0 <= cue.cue.start - quote.span.end <= 3 and gap.strip(" ,—–-") == "" and opens_sentence:
            return quote
        if cue.content is not None and 0 <= quote.span.start - cue.content <= 1:
            return quote
    return None


def _clause(cue: _Cue) -> Span:
    """What a cue that is not attached to a quote attributes."""
    sentence = cue.sentence
    if cue.content is not None:
        return Span(start=cue.content, end=sentence.end)
    return Span(start=sentence.start, end=max(cue.cue.start, sentence.start))


def _headline_cues(
    text: str, segments: Segments, quotes: Sequence[Quote], known: _Known
) -> list[tuple[_Phrase, Quote]]:
    """Cues of the form 'Name: “…”' at the start of a paragraph (headlines, captions)."""
    found: list[tuple[_Phrase, Quote]] = []
    for quote in quotes:
        paragraph = segments.paragraphs[segments.paragraph_at(quote.span.start)]
        head = text[paragraph.start : quote.span.start]
        match = re.fullmatch(r"\s*([^\W\d_][\w’'.-]*(?:\s+[^\W\d_][\w’'.-]*){0,3})\s*:\s*", head)
        if match is None:
            continue
        tokens = _tokens(
            text, Span(start=paragraph.start + match.start(1), end=paragraph.start + match.end(1))
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
    registry = _Registry(known=known, words=words)
    _register(words, registry)
    groups: dict[int, list[Quote]] = defaultdict(list)
    for quote in quotes:
        groups[quote.group].append(quote)
    by_start = {quote.span.start: quote for quote in quotes}
    quote_spans = _Spans(spans=[quote.span for quote in quotes])
    time_spans = _Spans(spans=sorted(times, key=lambda span: span.start))
    sentence_tokens: dict[int, list[_Token]] = {}
    attributions: list[Attribution] = []
    quote_attributions: dict[int, Attribution] = {}
    recent: list[tuple[int, Speaker]] = []
    cues: list[_Cue] = []

    def attribute_quote(quote: Quote, speaker: Speaker, cue: Span, verb: str) -> None:
        if quote.group in quote_attributions:
            return
        for member in groups[quote.group]:
            attributions.append(
                Attribution(span=member.content, speaker=speaker, cue=cue, verb=verb)
            )
        quote_attributions[quote.group] = attributions[-1]

    for phrase, quote in _headline_cues(text, segments, quotes, known):
        speaker = _speaker(phrase, registry, recent)
        if speaker is not None:
            attribute_quote(quote, speaker, Span(start=phrase.start, end=phrase.end), ":")
    for first_word, last_word, according in known.cue_names.find(words):
        found = _Found(
            start=words.starts[first_word],
            end=words.ends[last_word],
            text=text[words.starts[first_word] : words.ends[last_word]],
            according=according,
        )
        inside = quote_spans.around(found.start)
        if inside is not None and inside.start < found.start:
            continue  # "I think" inside a quote is the quote's speaker talking
        if not segments.sentences:
            break
        number = segments.sentence_at(found.start)
        sentence = segments.sentences[number]
        if not sentence.start <= found.start < sentence.end:
            continue
        if number not in sentence_tokens:
            sentence_tokens[number] = _tokens(text, sentence)
        local = time_spans.starting(sentence.start, sentence.end)
        cue = _cue(found, sentence_tokens[number], sentence, local, known, cues)
        if cue is None:
            continue
        speaker = _speaker(cue.phrase, registry, recent)
        if speaker is None:
            continue
        cues.append(cue)
        recent.append((cue.cue.start, speaker))
        attached = _attached_quote(text, cue, by_start, quote_spans)
        if attached is not None:
            attribute_quote(attached, speaker, cue.cue, cue.verb)
            continue
        span = _clause(cue)
        if len(span) == 0:
            continue
        attribution = Attribution(span=span, speaker=speaker, cue=cue.cue, verb=cue.verb)
        attributions.append(attribution)
        for inner in quote_spans.starting(span.start, span.end):
            quote = by_start[inner.start]
            if quote.content.end <= span.end:
                attribute_quote(quote, speaker, cue.cue, cue.verb)
    _inherit(quotes, segments, groups, quote_attributions, attributions)
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
    )


def _inherit(
    quotes: Sequence[Quote],
    segments: Segments,
    groups: Mapping[int, list[Quote]],
    quote_attributions: dict[int, Attribution],
    attributions: list[Attribution],
) -> None:
    """Give an unattributed quote the speaker of the quote just before it, when that quote is in
    the same paragraph or ends the paragraph before (and this one opens its own)."""
    previous: Quote | None = None
    for quote in quotes:
        source = quote_attributions.get(previous.group) if previous is not None else None
        if quote.group not in quote_attributions and source is not None and previous is not None:
            paragraph = segments.paragraph_at(quote.span.start)
            before = segments.paragraph_at(previous.span.start)
            opens = segments.paragraphs[paragraph].start == quote.span.start
            if paragraph == before or (paragraph == before + 1 and opens):
                for member in groups[quote.group]:
                    attributions.append(attrs.evolve(source, span=member.content))
                quote_attributions[quote.group] = source
        previous = quote
