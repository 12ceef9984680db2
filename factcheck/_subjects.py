"""Subjects: the noun phrases claims are about, and the keys that group mentions of one thing.

A subject phrase is headed by a noun of an institution ("troops", "government") or a counted
noun ("personnel", "people"), or is a country or an organization named alone. Its owner is the
country or organization the phrase names ("US troops", "the US's roughly 2,000 troops", "State
Department personnel", "troops of France"), else one that has it in the same clause ("the US
still has 2,000 troops"), else the one a possessive pronoun points back to ("its forces"), else
the owner of the last mention of the same institution ("the troops"). A country after a
preposition of place ("troops in Mali") is where the thing is, not who owns it.

Keys: ``"US armed forces"`` (owner and institution), ``"US Department of State employee"``
(organization and counted kind), ``"US"`` (a country alone), an organization's own key, or,
with no owner, the counted kind with the phrase's modifiers.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import NamedTuple

import attrs

from factcheck._events import (
    OPENERS,
    TOPIC_JOINER,
    auxiliary_class_words,
    auxiliary_words,
    happening_topics,
    past_forms,
    verb_forms,
)
from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Hedge, Span, Subject, trusted_builder, trusted_span
from factcheck._numbers import DIGITS, number_grammar, words_pattern
from factcheck._segment import Segments
from factcheck._timegrammar import time_grammar
from factcheck._words import OPENERS as SENTENCE_OPENERS
from factcheck._words import (
    POSSESSIVE_ENDINGS,
    Phrases,
    Words,
    follows_comma,
    function_words,
    plural_noun,
    s_form,
    singular_noun,
    titles,
)

__all__ = [
    "SubjectMention",
    "Subjects",
    "acts_on",
    "definite_openers",
    "ends_a_length",
    "find_subjects",
    "joined_count",
    "named_bodies",
    "phrase_ends",
    "phrase_openers",
    "subject_words",
]

_PRONOUNS = {"they": "plural", "them": "plural", "it": "singular"}
#: The possessive of each pronoun: "their cars" is owned by what "they" stands for, so it is
#: never what "they" stands for ("people sleep in their cars because they are afraid").
_OWN_POSSESSIVE = {"they": "their", "them": "their", "it": "its"}
#: The possessive ending of a name: "Tessaro's", "Halvard Motors'".
_POSSESSIVE_END = re.compile(r"(?:['’]s?)$")
_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our"})
#: A possessive ending and a word in lowercase after a noun: the noun owns what that word
#: names ("the children's ward").
_OWNS_A_NOUN = re.compile(r"(?:['’]s|(?<=s)['’])\s+[a-z]")


@attrs.frozen(kw_only=True)
class SubjectMention:
    """A noun phrase that names a subject.

    ``span`` covers the phrase ("the US's roughly 2,000 troops"); ``head`` its head noun or
    name ("troops"). ``institution`` is set for a country's institution ("armed forces"),
    ``kind`` for a counted noun (``"troop"``), ``owner`` for the owning country code or
    organization key.
    """

    span: Span
    head: Span
    subject: Subject
    plural: bool
    institution: str | None = None
    kind: str | None = None
    owner: str | None = None


@attrs.define(eq=False)
class _LoneNames:
    """The capitalized words of a text that may be a name alone ("Zelden", "Acme"): those it
    also writes capitalized where no sentence starts, and never in lowercase ("Rebels hold…",
    "Many open…" are no names). The words are counted once, when first asked."""

    segments: Segments
    _written: Counter[str] | None = None
    _openings: Counter[str] = attrs.field(factory=Counter)

    def may_name(self, words: Sequence[str], function_words: frozenset[str]) -> bool:
        """Whether capitalized ``words`` may be a name: not opened by a function word ("It",
        "So we"), and, one word alone, one of these ("Rebels hold…" is no name)."""
        if words[0].lower() in function_words:
            return False
        return len(words) > 1 or words[0] in self

    def may_open_a_name(self, words: Sequence[str], function_words: frozenset[str]) -> bool:
        """Whether capitalized ``words`` that open a sentence may be a name: not opened by a
        function word, nor one word the text also writes in lowercase ("District officials
        say" of a text that writes "the district"; "European nations" may be a name)."""
        if words[0].lower() in function_words:
            return False
        return len(words) > 1 or words[0].lower() not in self._counted()

    def writes(self, word: str) -> bool:
        """Whether the text writes ``word`` as it is given, anywhere."""
        return self._counted()[word] > 0

    def __contains__(self, word: str) -> bool:
        written = self._counted()
        return written[word] > self._openings[word] and word.lower() not in written

    def _counted(self) -> Counter[str]:
        if self._written is None:
            words = self.segments.words
            firsts = (words.at(sentence.start) for sentence in self.segments.sentences)
            self._written = Counter(words.written)
            self._openings = Counter(words.written[i] for i in firsts if i < len(words))
        return self._written


#: The first character of what opens a :attr:`_Grammar.named_thing`, before a space and a
#: capital: "T" of "The Averly plant", "i" of "its", the apostrophe of "Orvo's".
_NAMED_THING_OPENER = re.compile(r"[TtIi'’](?=(?:he|ts|heir|s)\s+[A-Z])")


def _named_things(named_thing: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``named_thing`` in ``text``, as its ``finditer`` gives them. That
    pattern starts with a word boundary, so a search tries it at every character; a match
    can start only at an opener (a possessive, at the start of its word), one in 400
    characters of news, which a pattern that starts with a set of characters finds: the
    engine skips to the next of those (one character in eight)."""
    done = 0
    for opener in _NAMED_THING_OPENER.finditer(text):
        at = opener.start()
        if text[at] in "'’":
            while at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
                at -= 1  # back over the possessive's word: what \w matches
        if at >= done and (match := named_thing.match(text, at)) is not None:
            done = match.end()
            yield match


#: A comma that may end the name of a :attr:`_Grammar.thing_aside`, before "the", "a" or
#: "an": "Kesland Park, a municipal sports ground".
_ASIDE_COMMA = re.compile(r",(?=\s+(?:the|an?)\s)")
#: In the reversed text, from a comma back: the words and spaces a name of up to four words
#: before it may span.
_NAME_BACK = re.compile(r"(?:[\w’'-]*\s+){0,3}[\w’'-]*")
_CAPITAL = re.compile(r"\b[A-Z]")


def _thing_asides(thing_aside: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """The matches of ``thing_aside`` in ``text``, as its ``finditer`` gives them. That
    pattern starts with a word boundary, so a search tries it at every character; a match
    can start only at a capital in the few words before a comma and an article, which the
    engine finds by the comma alone, and the reversed text gives how far back the words go."""
    done, length = 0, len(text)
    reversed_text = ""
    for comma in _ASIDE_COMMA.finditer(text):
        end = comma.start()
        if end < done:
            continue
        reversed_text = reversed_text or text[::-1]
        back = _NAME_BACK.match(reversed_text, length - end)
        assert back is not None, "it matches, if only nothing"
        start = max(done, length - back.end())
        for capital in _CAPITAL.finditer(text, start, end):
            match = thing_aside.match(text, capital.start())
            if match is not None:
                done = match.end()
                yield match
                break


@attrs.define(eq=False)
class _NamedBodies:
    """The bodies a text names that "the" and a noun of ``[bodies]`` may stand for later ("the
    union" for the "Harwick Nurses Association"): each name whose last word is of the noun's
    kind, or that an aside after it calls so ("Harwick Care, the nurses' union,"), keyed as
    an owner. The names are read once, when first asked."""

    text: str
    grammar: _Grammar
    sentences: Sequence[Span]
    _named: list[tuple[int, str, frozenset[str]]] | None = None  # start, key, nouns

    def before(self, noun: str, at: int) -> str | None:
        """The key of the body that "the" and ``noun`` stand for at ``at``: the one body of
        that kind named before; ``None`` when the text named none or two."""
        keys = self.named(noun, at)
        return next(iter(keys)) if len(keys) == 1 else None

    def named(self, noun: str, at: int) -> set[str]:
        """The keys of the bodies of the kind ``noun`` that the text named before ``at``."""
        if self._named is None:
            self._named = []
            # Sentence by sentence: "the Ridge Fire. Officials said" names no "Fire. Officials".
            matches = itertools.chain.from_iterable(
                self.grammar.name.finditer(self.text, sentence.start, sentence.end)
                for sentence in self.sentences
            )
            for match in matches:
                words = match.group().split()
                if words[0] in ("The", "A", "An"):
                    words = words[1:]
                if words and words[-1].lower() not in self.grammar.bodies:
                    words[-1] = words[-1].rstrip(".")  # "fought the Ridge Fire.": a full stop
                nouns = self.grammar.bodies.get(words[-1].lower()) if words else None
                if (
                    nouns is not None
                    and len(words) == 1
                    and (
                        words[0].lower() in nouns or words[0].lower() in self.grammar.name_suffixes
                    )
                ):
                    # "Fire erupts…" of a headline: the noun, not a name; "Inc." of "Acme,
                    # Inc.": the end of a name this pattern does not read whole
                    nouns = None
                called = self.grammar.body_aside.match(self.text, match.end())
                if called is not None and not (
                    len(words) == 1 and words[0].lower() in self.grammar.calendar
                ):
                    # "Harwick Care, the nurses' union,"; not "on Wednesday, the town council"
                    nouns = (nouns or frozenset()) | {called.group(1)}
                if nouns is not None and words:
                    key = _body_name(words, self.grammar)
                    self._named.append((match.start(), key, nouns))
        return {key for start, key, nouns in self._named if start < at and noun in nouns}


@attrs.frozen(kw_only=True, eq=False)
class Subjects:
    """The subject phrases of a text, in order, and the resolution of pronouns against them.

    ``places`` are the countries and regions the text names as places ("in Mali", "in
    Alabama"), with their codes ("ML", "US-AL"); ``regions``, the regions it names otherwise.
    ``segments`` and ``lexicon``, when given, are those the phrases were found with: then
    :meth:`opening_name` finds the names of no lexicon that open a sentence.
    """

    mentions: tuple[SubjectMention, ...]
    places: tuple[tuple[Span, str], ...] = ()
    regions: tuple[tuple[Span, str], ...] = ()
    segments: Segments | None = None
    lexicon: Lexicon | None = None
    _lone_names: _LoneNames | None = attrs.field(default=None, alias="lone_names")
    _bodies: _NamedBodies | None = attrs.field(default=None, alias="bodies")
    _starts: list[int] = attrs.field(init=False)
    _place_starts: list[int] | None = attrs.field(init=False)
    #: The names the text gives with a thing's noun ("the Marrick Creek mine"), each with the
    #: noun that keys the thing; read once, when first asked (see :meth:`_named_thing`).
    _named_things: dict[str, tuple[str, int]] | None = attrs.field(default=None, init=False)
    #: The incidents the text names by a name of their own, as (where, key of
    #: ``[incidents]``, name), whether it tells of one as another ("another storm"), and the
    #: keys of all it tells of; read once, when first asked (see :meth:`story_incident`).
    _incident_names: tuple[list[tuple[int, str, str]], bool, frozenset[str]] | None = attrs.field(
        default=None, init=False
    )
    #: Where the clause of each verb phrase starts, by its sentence's start and its verb
    #: (see :meth:`_clause_start`).
    _clauses: dict[tuple[int, int], int | None] = attrs.field(factory=dict, init=False)

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "_starts", [m.span.start for m in self.mentions])
        starts = [span.start for span, _ in self.places]
        # Places in text order (as find_subjects gives them) are looked up by bisection.
        in_order = all(map(int.__le__, starts, starts[1:]))
        object.__setattr__(self, "_place_starts", starts if in_order else None)

    def place_after(self, start: int, end: int) -> str | None:
        """The country or region named as a place between ``start`` and ``end``; with the
        places joined to it by "and" or "or", all of them, their codes (or names) in order
        and joined by "+" ("CL+PE" of "400 nurses in Chile and Peru", "US-IA+US-OH+US-TX"
        of "in Texas, Ohio and Iowa"): a count of their sum, compared with counts of the
        same places only. "in Ontario, Canada" is Ontario."""
        starts = self._place_starts
        if starts is None:
            starts = [span.start for span, _ in self.places]
            index = next((i for i, at in enumerate(starts) if start <= at < end), len(starts))
        else:
            index = bisect.bisect_left(starts, start)
        if not (index < len(starts) and starts[index] < end):
            return None
        span, code = self.places[index]
        joined = (
            None
            if self.segments is None or self.lexicon is None
            else _PLACES_JOINED.match(self.segments.words.text, span.end)
        )
        if joined is None or _POSSESSIVE_END.search(joined["last"]):
            return code
        grammar = _grammar(self.lexicon)
        names = [" ".join(name.split()) for name in joined.group("other", "last") if name]
        return "+".join(sorted({code} | {_place_code(name, grammar) for name in names}))

    def opening_name(self, sentence: Span, verb: int) -> SubjectMention | None:
        """The name of no lexicon that opens ``sentence`` as the subject of the verb phrase at
        ``verb``: "Elena Zelden won", "The Supreme Court of Valmor rejected", "Caddow Primary
        School in Galway will not close". Only auxiliaries, adverbs and a place may stand
        between them (see :func:`acts_on`), after an aside set off by commas if any ("Elena
        Zelden, the Green candidate, won"). After "The", the name may be a thing's, with one
        or two nouns after it: "The Averly plant will close" is about the "Averly plant". A
        name with a possessive opens the thing it owns ("Halvard's plant will close"; see
        :meth:`_owned`). A place named after a noun of it or of its people and "of" is the
        subject as the place: "The town of Averly was evacuated", "Residents of Averly were
        ordered to leave" (``nouns`` of ``[scenes]``).

        It is keyed by its words without a title ("Coach Lars Stenby" is "Lars Stenby") or a
        company's suffix, and is its own owner. A name of one word must be written so where
        no sentence starts too, and never in lowercase ("Rebels hold…", "Many open…" are no
        names); it takes the key of a longer name before it that ends in it ("Zelden" after
        "Elena Zelden"). Found when asked: only an event with no other subject needs it.

        A name may open the clause of the verb phrase too, after "that", a verb of speech, a
        word that opens a clause or a comma: "Halvard said the Averly plant will close", "jobs
        will go when the Averly plant closes".
        """
        if self.segments is None or self.lexicon is None:
            return None
        grammar = _grammar(self.lexicon)
        found = self._name_opening(sentence.start, sentence.end, verb, grammar)
        if found is not None:
            return found
        clause = self._clause_start(sentence.start, verb, grammar)
        if clause is None:
            return None
        return self._name_opening(clause, sentence.end, verb, grammar)

    def _clause_start(self, start: int, verb: int, grammar: _Grammar) -> int | None:
        """:func:`_clause_start` of the text, kept: the subject of a verb phrase is looked for
        as a name, a thing and a body, each in the verb's clause."""
        assert self.segments is not None
        key = (start, verb)
        if key not in self._clauses:
            self._clauses[key] = _clause_start(self.segments.words.text, start, verb, grammar)
        return self._clauses[key]

    def definite_thing(self, sentence: Span, verb: int) -> tuple[str, Span, str | None] | None:
        """The thing of ``[things]`` that "the" or "this" opens (or "a" or "an", one of
        ``[introduced]``), with no name or place, as the subject of the verb phrase at
        ``verb`` in ``sentence`` ("The plant will close in June", "An inquest will open",
        "The factory, which opened in 1968, will shut", "saying the factory will keep
        running"), or right before a comma that the verb follows ("at the first meeting,
        held on Monday": :meth:`_thing_before_comma`): the words that key it
        (:func:`thing_key`), where its phrase is, and the key of the name that makes, runs
        or has it in a clause right after it, if any ("The new stadium that Kesby United are
        building will open": :meth:`_maker`). Which thing it is, else, the text told before;
        the caller knows."""
        if self.segments is None or self.lexicon is None:
            return None
        grammar = _grammar(self.lexicon)
        text = self.segments.words.text
        starts = [sentence.start, self._clause_start(sentence.start, verb, grammar)]
        aside = _participle_aside_before(text, sentence.start, verb)
        if aside is not None:
            # "said that the ward, closed since the outbreak, would reopen": the clause
            # opens before what was done to it, whatever opens inside that
            starts.append(self._clause_start(sentence.start, aside, grammar))
        for at in dict.fromkeys(start for start in starts if start is not None):
            opener = _DEFINITE_THING.match(text, at, verb) or _INDEFINITE_THING.match(
                text, at, verb
            )
            if opener is None:
                continue
            end = _nouns(text, opener.end(), verb, grammar)
            nouns = text[opener.end() : end]
            head, _, last = nouns.rpartition(" ")
            if head.strip() and last.endswith("ing") and not is_thing(nouns, self.lexicon):
                # "The curfew covering the old town": the participle opens what it does
                end = opener.end() + len(head)
                nouns = head
            if end == opener.end() or not is_thing(nouns, self.lexicon):
                continue
            if (
                opener.re is _INDEFINITE_THING
                and thing_noun(nouns, self.lexicon) not in grammar.introduced
            ):
                continue  # "A school will close": any school
            # "The first meeting for tenants was held": a topic or purpose may end it.
            topic_end = _topic_end(text, end, verb)
            span = trusted_span(opener.start(1), end)
            maker = self._maker(text, end, verb, grammar)
            if maker is not None:
                return thing_key(nouns, self.lexicon), span, maker
            if self._reaches(end, verb) or (topic_end > end and self._reaches(topic_end, verb)):
                return thing_key(nouns, self.lexicon), span, None
        before_comma = self._thing_before_comma(sentence, verb, grammar)
        return None if before_comma is None else (*before_comma, None)

    def _maker(self, text: str, end: int, verb: int, grammar: _Grammar) -> str | None:
        """The key of the name that makes, runs or has the thing whose phrase ends at
        ``end``, told by a verb of ``making`` (or of ``possession`` or ``spending``) in a
        clause that fills the rest of the way to the verb phrase at ``verb``: "The new
        stadium that Kesby United are building will open" (``Kesby United``); ``None`` for
        any other clause ("The stadium that fans love"), and for "he" or "she"."""
        clause = grammar.owner_after.match(text, end, verb)
        if (
            self._lone_names is None
            or clause is None
            or clause.group("name") is None
            or clause.group("verb") not in grammar.making
            or text[clause.end() : verb].strip()
        ):
            return None
        words = clause.group("name").split()
        if not self._lone_names.may_name(words, grammar.function_words):
            return None
        return _owner_key(words, grammar)

    def _thing_before_comma(
        self, sentence: Span, verb: int, grammar: _Grammar
    ) -> tuple[str, Span] | None:
        """The thing of ``[things]`` that "the" or "this" opens right before a comma that the
        verb at ``verb`` follows with no subject of its own: a past participle there tells
        more of it ("at the first meeting for tenants, held in the hall on Monday, she
        spoke"). Its phrase may end in a topic or purpose of lowercase words ("for
        evacuees"). ``None`` when another word stands between the comma and the verb, and
        for a word in -ing, which tells more of the clause before ("…, killing two")."""
        assert self.segments is not None and self.lexicon is not None
        text = self.segments.words.text
        comma = follows_comma(text, sentence.start, verb)
        if comma is None or _ING_AT.match(text, verb):
            return None
        floor = max(sentence.start, comma - _THING_BEFORE_COMMA)
        for opener in _THE_AT.finditer(text, floor, comma):
            end = _nouns(text, opener.end(), comma, grammar)
            nouns = text[opener.end() : end]
            if (
                end > opener.end()
                and is_thing(nouns, self.lexicon)
                and _topic_end(text, end, comma) == comma
            ):
                return thing_key(nouns, self.lexicon), trusted_span(opener.start(1), end)
        return None

    def definite_body(self, sentence: Span, verb: int) -> SubjectMention | None:
        """The body that "the" and a noun of ``[bodies]``, or a word of ``[members]``, stand
        for as the subject of the verb phrase at ``verb`` in ``sentence``, opening it or its
        clause ("The union voted to strike", "officials said the fire started Saturday",
        "Councillors rejected the amendment"): the one body of that kind the text named
        before, keyed and owned by its name (:class:`_NamedBodies`). ``None`` when no such
        phrase reaches the verb, or the text named none or two."""
        if self._bodies is None:
            return None
        for noun, opener, span in self._body_phrases(sentence, verb):
            key = self._bodies.before(noun, opener)
            if key is not None:
                return _thing(self._bodies.text, span.start, span.end, key, key)
        return None

    def body_thing(self, sentence: Span, verb: int) -> SubjectMention | None:
        """The thing that "the" and a noun of ``[bodies]`` own in the possessive, opening
        ``sentence`` or the clause of the verb phrase at ``verb`` ("The regulator's first
        public hearing, set for April 29, will …"): keyed by the body the text named before
        and the thing's words (:func:`thing_key`: "Tarnby Data Regulator: first hearing"),
        as the body's own doing with it is; when the text named no body of that kind, by
        "the" body its story tells of, with no owner ("the council: hearing on contamination").
        ``None`` when no such phrase reaches the verb, or the text named two such bodies."""
        if self._bodies is None or self.lexicon is None:
            return None
        grammar = _grammar(self.lexicon)
        text = self._bodies.text
        clause = self._clause_start(sentence.start, verb, grammar)
        for at in (sentence.start,) if clause is None else (sentence.start, clause):
            opener = grammar.definite_body.match(text, at, verb)
            owned = None if opener is None else _POSSESSIVE_AT.match(text, opener.end(), verb)
            if opener is None or owned is None:
                continue
            thing = _nouns(text, owned.end(), verb, grammar, verb_endings=())
            body = opener.group("body").lower()
            named = self._bodies.named(body, opener.start())
            if len(named) > 1:
                continue  # two of its kind named: which is not known
            key = next(iter(named), None)
            if thing == owned.end():
                continue
            nouns, end = self._with_topic(text, owned.end(), thing, verb)
            if self._reaches(end, verb):
                owner = f"the {body}" if key is None else key
                return _thing(text, opener.start("the"), end, f"{owner}: {nouns}", key)
        return None

    def unnamed_body(self, sentence: Span, verb: int) -> tuple[str, Span] | None:
        """The noun of the body that "the" and that noun, or a word of ``[members]``, stand
        for as the subject of the verb phrase at ``verb`` (as for :meth:`definite_body`) when
        the text named no body of that kind before ("The board voted 5-2" in a story that
        never names its board), with the phrase's span; ``None`` when no such phrase reaches
        the verb, or the text named a body of that kind."""
        if self._bodies is None:
            return None
        for noun, opener, span in self._body_phrases(sentence, verb):
            if not self._bodies.named(noun, opener):
                return noun, span
        return None

    def _body_phrases(self, sentence: Span, verb: int) -> Iterator[tuple[str, int, Span]]:
        """The phrases of "the" and a noun of ``[bodies]``, or of a word of ``[members]``,
        that open ``sentence`` or the clause of the verb phrase at ``verb`` and reach that
        verb: the noun of the body, where the phrase's opener starts, and the phrase."""
        if self.segments is None or self.lexicon is None:
            return
        grammar = _grammar(self.lexicon)
        text = self.segments.words.text
        clause = self._clause_start(sentence.start, verb, grammar)
        for at in (sentence.start,) if clause is None else (sentence.start, clause):
            opener = grammar.definite_body.match(text, at, verb)
            if opener is not None:
                noun, start = opener.group("body").lower(), opener.start("the")
            else:
                # "Councillors rejected the amendment": the council's doing
                opener = grammar.members.match(text, at, verb)
                if opener is None:
                    continue
                noun, start = _member_body(opener, grammar), opener.start("members")
            if self._reaches(opener.end(), verb):
                yield noun, opener.start(), trusted_span(start, opener.end())

    def _name_opening(
        self, at: int, stop: int, verb: int, grammar: _Grammar
    ) -> SubjectMention | None:
        """The name that starts at ``at`` as the subject of the verb phrase at ``verb`` (see
        :meth:`opening_name`)."""
        assert self.segments is not None and self.lexicon is not None
        text = self.segments.words.text
        owned = _POSSESSIVE_OPENING.match(text, at, verb)
        if owned is not None:
            owned_thing = self._owned(owned, verb, grammar)
            if owned_thing is not None:
                return owned_thing
        located = self._located(at, verb, grammar)
        if located is not None:
            return located
        place_of = grammar.place_of.match(text, at, verb)
        if place_of is not None:
            # "The town of Averly was evacuated": Averly was, told of by the whole phrase.
            found = self._name_opening(place_of.end(), stop, verb, grammar)
            if found is None:
                return None
            return attrs.evolve(found, span=trusted_span(place_of.start(), found.span.end))
        thing_of = grammar.thing_of.match(text, at, verb)
        if thing_of is not None and _owns_by_of(thing_of["nouns"], grammar):
            return self._owned_by_of(thing_of, stop, verb, grammar)
        match = grammar.opening_name.match(text, at, stop)
        if match is None or match.end(1) > verb:
            return None
        start, end = match.span(1)
        members = grammar.members.match(text, end + 1, verb) if text[end : end + 1] == " " else None
        if (
            members is not None
            and members.start("members") == end + 1
            and self._reaches(members.end(), verb)
        ):
            # "Kelder County commissioners voted": the members of its body act for it, as
            # "the Kelder County commission" does
            name = self._name(start, end, end, grammar)
            if name is None:
                return None
            body = _member_body(members, grammar)
            key = f"{name.subject.key}: {body}"
            return _thing(text, match.start(1), members.end(), key, name.subject.key)
        # After "the", a thing's name with its nouns ("the Averly plant"); else a name alone
        # ("Elena Zelden won"), or with nouns when they reach the verb ("Korvath airport will").
        nouns = _nouns(text, end, verb, grammar)
        the = "the" in text[match.start() : start].lower()
        for thing in (nouns,) if the else (end, nouns):
            # After an aside ("Elena Zelden, the Green candidate, won"), the verb phrase goes on.
            between = text[max(thing, match.end("aside")) : verb]
            if acts_on(between, self.lexicon):
                if _OF_AFTER_TITLE.match(between) and text[start:end].split()[-1].lower() in (
                    grammar.titles
                ):
                    return None  # "Former Vice President of the Kesland Republic Ada Lane"
                found = self._name(start, end, thing, grammar)
                return self._named_thing(found) if thing == end else found
        return None  # "Zelden said the plant will"

    def _owned(self, owned: re.Match[str], verb: int, grammar: _Grammar) -> SubjectMention | None:
        """The thing a name owns at the start of a sentence, as the subject of the verb phrase
        at ``verb``: "Halvard's plant will close", "Halvard Motors' head office will close".
        Keyed as a doer and the thing it acts on are ("Halvard will close its plant"): the
        name, and the noun of the thing (:func:`thing_key`: "Halvard: plant"); by its place
        when the text names one (:meth:`_placed_thing`: "Halvard's plant in Averly")."""
        assert self.lexicon is not None
        text = owned.string
        name_start, name_end = owned.span("name")
        placed = self._placed_thing(name_start, owned.end(), verb, grammar)
        if placed is not None:
            return placed  # "Orvane's Lowick office", "Orvane's office in Lowick"
        # After a possessive a word in -s is a noun ("Halvard's headquarters will").
        thing = _nouns(text, owned.end(), verb, grammar, verb_endings=())
        if thing == owned.end():
            return None
        nouns, end = self._with_topic(text, owned.end(), thing, verb)
        if not self._reaches(end, verb):
            return None
        # "The Tarnby Council's plant" is keyed as "Tarnby Council will close its plant" is.
        opening = _WORD_AND_SPACE.match(text, name_start, name_end)
        named = opening.end() if opening and opening[1].lower() in grammar.opening else name_start
        name = self._name(named, name_end, name_end, grammar)
        if name is None:
            return None
        return _thing(text, name_start, end, f"{name.subject.key}: {nouns}", name.subject.key)

    def _owned_by_of(
        self, thing_of: re.Match[str], stop: int, verb: int, grammar: _Grammar
    ) -> SubjectMention | None:
        """The thing "the", its nouns and "of" tell of as a name's, opening the clause of the
        verb phrase at ``verb``: "The trial of Tessa Orvo will begin" is keyed as "Tessa
        Orvo's trial" is ("Tessa Orvo: trial"), and "The mayor of Kesh will resign" as "Kesh's
        mayor". Only a name alone owns it: not a thing of its own ("The sale of Halvard's
        plant"), a country or a body of the lexicon; and not when an aside that opens with a
        name follows it, which may be the doer's ("The mayor of Kesh, Ana Lima, ended her
        campaign"; but "The trial of Tessa Orvo, the former minister, will begin")."""
        assert self.lexicon is not None
        found = self._name_opening(thing_of.end(), stop, verb, grammar)
        if found is None or found.owner is None or found.subject.key != found.owner:
            return None
        aside = _ASIDE_OPENING.match(thing_of.string, found.span.end, verb)
        if aside is not None and aside.group(1)[:1].isupper():
            return None  # "The mayor of Kesh, Ana Lima, ended": the name set off acts
        nouns = thing_key(thing_of["nouns"], self.lexicon)
        owner = found.owner
        return _thing(thing_of.string, thing_of.start(), found.span.end, f"{owner}: {nouns}", owner)

    def _with_topic(self, text: str, start: int, end: int, verb: int) -> tuple[str, int]:
        """The key of the thing the nouns at ``[start, end)`` name (:func:`thing_key`), with
        the topic a happening is told with after them ("The council's public hearing into the
        flooding is …": "hearing on flooding"), and where its phrase ends."""
        assert self.lexicon is not None
        nouns = thing_key(text[start:end], self.lexicon)
        openers = happening_topics(nouns.split()[-1], lexicon=self.lexicon)
        topic = topic_after(text, end, verb, openers, self.lexicon) if openers else None
        if topic is None:
            return nouns, end
        return f"{nouns} {TOPIC_JOINER} {topic[0]}", topic[1]

    def _located(self, at: int, verb: int, grammar: _Grammar) -> SubjectMention | None:
        """A thing named by where it is, opening the clause of the verb phrase at ``verb``
        with no name of its owner: "The plant at Carrow Bay, which …, will close", "The
        group's office in Lowick will shut", "The company's Carrow Bay plant will remain
        open" (see :meth:`_placed_thing`)."""
        assert self.segments is not None
        opener = _THING_OPENER.match(self.segments.words.text, at, verb)
        if opener is None:
            return None
        return self._placed_thing(opener.start(1), opener.end(), verb, grammar)

    def _placed_thing(
        self, start: int, at: int, verb: int, grammar: _Grammar
    ) -> SubjectMention | None:
        """The thing whose nouns follow ``at`` (after an owner that starts at ``start``), keyed
        by the place it is in and its noun, when the text names that place: a name right
        before the nouns ("Carrow Bay plant"), or after them with "in" or "at" ("office in
        Lowick"), then the verb phrase at ``verb``, past an aside ("Lowick, Pellandia,").
        Where a thing is, is what stories agree on most: one calls it "Orvane's office in
        Lowick", another "the group's Lowick office". The nouns after "in" or "at" must name
        a thing of ``[things]`` (a plant, an office), not any noun ("the man in Paris")."""
        assert self.segments is not None and self.lexicon is not None
        text = self.segments.words.text
        first = _after_spaces(text, at, verb)
        before = grammar.name.match(text, first, verb)
        if before is not None:
            thing = _nouns(text, before.end(), verb, grammar)  # "constitution requires": no
            place = self._place(before.start(), before.end(), grammar)
            if thing == before.end() or place is None or not self._reaches(thing, verb):
                return None
            nouns = text[before.end() : thing]
        else:
            located = _NOUNS_LOCATED.match(text, at, verb)
            if located is None or any(
                word != "and" and word in grammar.function_words
                for word in located.group(1).split()
            ):
                return None
            nouns = located.group(1)
            # After its owner's name ("at Saint Aldwyn's Westmere campus"), the place's.
            owner = _POSSESSIVE_OPENING.match(text, located.end(), verb)
            named_at = located.end() if owner is None else _after_spaces(text, owner.end(), verb)
            found = grammar.name.match(text, named_at, verb)
            place = found and self._place(found.start(), found.end(), grammar)
            if found is None or place is None or not is_thing(nouns, self.lexicon):
                return None
            thing = found.end()
            site = _nouns(text, thing, verb, grammar)  # "the Westmere campus": a thing too
            if site > thing and is_thing(text[thing:site], self.lexicon):
                thing = site
            if not self._reaches(thing, verb):
                return None
        return _thing(text, start, thing, f"{place}: {thing_key(nouns, self.lexicon)}", place)

    def scene_after(self, start: int, sentence: Span, skip: Sequence[Span]) -> str | None:
        """The first place of no lexicon named after a word of ``[scenes]`` between ``start``
        and the end of ``sentence`` ("in Averly" of "declared a state of emergency in
        Averly"), outside ``skip`` (the times: "in June" is none), keyed as a name is;
        ``None`` if none."""
        if self.segments is None or self.lexicon is None or self._lone_names is None:
            return None
        grammar = _grammar(self.lexicon)
        words = self.segments.words
        for match in grammar.name.finditer(words.text, start, sentence.end):
            if any(other.start < match.end() and match.start() < other.end for other in skip):
                continue
            first = words.at(match.start())
            if first < len(words) and self._after_scene_word(first, sentence):
                place = self._place(match.start(), match.end(), grammar)
                if place is not None and place not in grammar.organizations:
                    return place
        return None

    def _place(self, start: int, end: int, grammar: _Grammar) -> str | None:
        """The key of the place named at ``[start, end)``: a country's code, or the name."""
        assert self.segments is not None
        written = " ".join(self.segments.words.text[start:end].split())
        if written in grammar.countries:
            return grammar.countries[written]
        name = self._name(start, end, end, grammar)
        return None if name is None else name.subject.key

    def _reaches(self, end: int, verb: int) -> bool:
        """Whether the phrase that ends at ``end`` is the subject of the verb phrase at
        ``verb``: only auxiliaries, adverbs or a place stand between (:func:`acts_on`), after
        an aside if any, or after "which", "who" or "that" opening a clause about it."""
        assert self.segments is not None and self.lexicon is not None
        text = self.segments.words.text
        # "mine near Tarnholm, which …, will", "the bridge across the River Kesh in Lowick
        # gave way"
        place = _PLACE_AFTER.match(text, end, verb)
        if place is not None and (
            _ASIDE_AT.match(text, place.end(), verb)
            or acts_on(text[place.end() : verb], self.lexicon)
        ):
            end = place.end()
        # Who leads it: "The inquiry led by retired judge Ana Qvist will hold …".
        led = _LED_BY.match(text, end, verb)
        if led is not None:
            end = led.end()
        # What was done to it, set off by commas: "the ward, shut since early May, would
        # reopen".
        participle = _PARTICIPLE_ASIDE.match(text, end, verb)
        if participle is not None:
            end = participle.end()
        # What it does, told by a present participle and its object, right before the verb
        # phrase: "The curfew covering the old town was lifted".
        doing = _DOING.match(text, end, verb)
        if doing is not None and doing.end() == verb:
            grammar = _grammar(self.lexicon)
            words = doing["object"].lower().split()
            return not any(word in _CLAUSE_WORDS or word in grammar.reporting for word in words)
        # The verb of a clause about it: "The museum, which reopened on Saturday, …".
        relative = _RELATIVE.match(text, end, verb)
        if relative is not None:
            words = text[relative.end() : verb]
            if acts_on(words, self.lexicon) or told_in_relative(words, self.lexicon):
                return True
        return acts_on(text[aside_end(text, end, verb) : verb], self.lexicon)

    def name_before(self, comma: int, floor: int) -> SubjectMention | None:
        """The name a relative clause after the comma at ``comma`` tells of, at or after
        ``floor``: the one right before the comma, or before an aside that ends there ("Inka
        Marandt, who visited…", "Inka Marandt, the health minister, who toured…"). Keyed as
        :meth:`opening_name` keys; ``None`` when no name of no lexicon stands there."""
        if self.segments is None or self.lexicon is None:
            return None
        grammar = _grammar(self.lexicon)
        text = self.segments.words.text
        found: SubjectMention | None = None
        for match in grammar.name.finditer(text, floor, comma):
            end = match.end()
            if end == comma or aside_end(text, end, comma + 1) == comma + 1:
                found = self._name(match.start(), end, end, grammar) or found
        return found

    def _named_thing(self, found: SubjectMention | None) -> SubjectMention | None:
        """A name alone that the text gives elsewhere with the noun of a thing of ``[things]``
        (:meth:`named_things`: "Marrick Creek would stay open" after "the Marrick Creek mine"):
        that thing, keyed as the phrase with the noun is ("Marrick Creek: mine"); else
        ``found``."""
        if found is None or self.segments is None or self.lexicon is None:
            return found
        text = self.segments.words.text
        named = self._things_named().get(" ".join(found.subject.text.split()))
        if named is None:
            return found
        thing = named[0]
        key = f"{found.subject.key}: {thing}"
        return _thing(text, found.span.start, found.span.end, key, found.subject.key)

    def other_thing_before(self, noun: str, at: int) -> bool:
        """Whether the text before ``at`` tells of a thing keyed ``noun`` that someone owns
        ("its plant", "Orvo's new plant") or of several ("two plants"), so that "the plant"
        may be any of them."""
        if self.segments is None or self.lexicon is None:
            return False
        grammar = _grammar(self.lexicon)
        for match in grammar.owned_things.finditer(self.segments.words.text, 0, at):
            owned, plural = match.group(1), match.group(2)
            words = (owned or plural).lower()
            key = grammar.plural_things.get(words) or thing_noun(words, self.lexicon)
            if key == noun:
                return True
        return False

    def things_named_before(self, noun: str, at: int) -> set[str]:
        """The names the text gave before ``at`` with ``noun``, the noun that keys a thing of
        ``[things]`` ("Kesland Park, a municipal sports ground," for "the ground")."""
        return {
            name
            for name, (named, start) in self._things_named().items()
            if named == noun and start < at
        }

    def _things_named(self) -> Mapping[str, tuple[str, int]]:
        """The names the text gives with the noun of a thing of ``[things]``, after "the" or a
        possessive ("the Marrick Creek mine") or in an aside after them ("Kesland Park, a
        municipal sports ground,"), each with the noun that keys the thing and where the
        text first names it so; read once."""
        if self._named_things is None:
            named: dict[str, tuple[str, int]] = {}
            if self.segments is not None and self.lexicon is not None:
                grammar = _grammar(self.lexicon)
                text = self.segments.words.text
                matches = itertools.chain(
                    _named_things(grammar.named_thing, text),
                    _thing_asides(grammar.thing_aside, text),
                )
                for match in matches:
                    name = " ".join(match.group(1).split())
                    if name not in named or match.start(1) < named[name][1]:
                        named[name] = (thing_noun(match.group(2), self.lexicon), match.start(1))
            object.__setattr__(self, "_named_things", named)
        assert self._named_things is not None
        return self._named_things

    def name_at(self, start: int, end: int) -> SubjectMention | None:
        """The name of no lexicon that starts at ``start`` and ends before ``end``, as the
        object of the verb before it: "will close Caddow Primary School in July", or a thing's
        after "the" ("will close the Averly plant"). Keyed as :meth:`opening_name` keys; not a
        name that owns the phrase after it ("Zelden's budget"), nor a word capitalized by its
        place alone."""
        if self.segments is None or self.lexicon is None:
            return None
        grammar = _grammar(self.lexicon)
        text = self.segments.words.text
        the = _THE.match(text, start, end)
        at = start if the is None else the.end()
        match = grammar.name.match(text, at, end)
        if match is None:
            return None
        name_end = at + len(match.group().rstrip("."))
        thing = name_end if the is None else _nouns(text, name_end, end, grammar)
        return self._name(at, name_end, thing, grammar)

    def _name(self, start: int, end: int, thing: int, grammar: _Grammar) -> SubjectMention | None:
        """The subject the name at ``[start, end)`` is, when it is one, with the nouns up to
        ``thing`` after it: not a function word ("It will") or a country or body of the
        lexicon."""
        if self.segments is None or self.lexicon is None or self._lone_names is None:
            return None
        text = self.segments.words.text
        words = text[start:end].split()
        if not self._lone_names.may_name(words, grammar.function_words):
            return None  # "It will", "Rebels hold"
        index = bisect.bisect_left(self._starts, start)
        if index < len(self._starts) and self._starts[index] < thing:
            return None  # a country or body of the lexicon ("Germany will", "US troops")
        words = _untitled(words, grammar)
        key = _body_name(words, grammar)
        if len(words) == 1:
            longer = _longer_name(text, words[0], start)
            if longer is not None:
                # Without the words that open its sentence ("On Friday Ford announced…").
                found = longer.split()
                while len(found) > 1 and (
                    found[0].lower() in grammar.function_words
                    or found[0].lower() in grammar.opening
                    or found[0].lower() in grammar.weekdays
                ):
                    found = found[1:]
                key = _owner_key(found, grammar)
        owner = key
        if thing > end:
            # Keyed as what a name owns is ("Averly's plant"): the name, and the thing's noun.
            key = f"{key}: {thing_key(text[end:thing], self.lexicon)}"  # "Averly: plant"
        return _thing(text, start, thing, key, owner)

    def incident_at(
        self, span: Span, sentence: Span, skip: Sequence[Span]
    ) -> tuple[str, str | None, Span] | None:
        """Whose toll a count at ``span`` in ``sentence`` is: the incident the sentence names
        nearest to it (``[incidents]`` of ``subjects.toml``) in the place it names nearest to
        it, outside ``skip`` (the times and the attribution there), that place, and where the
        incident's words are: "Averly storm" and "Averly" of "At least 12 people died when the
        storm hit Averly". With no place, an incident known by its name
        (``[named_incidents]``): "Hurricane Ida" of "Hurricane Ida killed 12 people", and no
        place. ``None`` when it names no incident, neither a place nor the incident's name, or
        places joined by "and" ("in Averly and Kesh"), whose sum the count is."""
        if self.segments is None or self.lexicon is None:
            return None
        words = self.segments.words
        inside = words.between(sentence.start, sentence.end)
        nearest: tuple[int, str, int, int] | None = None
        for first, last, incident in _incidents(self.lexicon, words, inside):
            distance = _gap(span, words.starts[first], words.ends[last])
            if nearest is None or distance < nearest[0]:
                nearest = (distance, incident, first, last)
        if nearest is None:
            return None
        _, incident, first, last = nearest
        # "Another airstrike killed five": not the airstrike another story tells of.
        if self._distinct(first, inside.start):
            return None
        place = self._scene_nearest(span, sentence, skip)
        words_span = trusted_span(words.starts[first], words.ends[last])
        if place is not None:
            return f"{place} {incident}", place, words_span
        name = self._incident_name(first, last, inside.stop)
        if name is None and first > inside.start and words.lower[first - 1] == "the":
            name = self._one_named_before(incident, words_span.start)  # "the fire": the one named
        if name is None:
            if any(self._scenes(sentence, skip)):
                return None  # "in the Chilean and Peruvian capitals": places joined
            place = self._country_owning(first, inside.start) or self.scene_before(
                incident, sentence.start
            )
            return None if place is None else (f"{place} {incident}", place, words_span)
        return name, None, words_span

    def _country_owning(self, first: int, floor: int) -> str | None:
        """The code of a country named in the possessive before the incident whose first word
        is ``first``, with at most three words between, after word ``floor``: "CD" of "the
        DRC's current Ebola outbreak"; ``None`` when there is none."""
        assert self.segments is not None and self.lexicon is not None
        words, countries = self.segments.words, _grammar(self.lexicon).countries
        for mark in range(first - 1, max(floor, first - 5), -1):
            if words.lower[mark] not in ("'s", "’s"):
                continue
            for start in range(max(floor, mark - 4), mark):
                country = countries.get(" ".join(words.written[start:mark]))
                if country is not None:
                    return country
            return None
        return None

    def incident_told(
        self, sentence: Span, skip: Sequence[Span]
    ) -> tuple[str, str | None, Span] | None:
        """The one incident ``sentence`` tells of, keyed as :meth:`incident_at` keys a toll
        there, for a count in the sentence after it that names none ("The storm hit Averly on
        Monday. At least 12 people died."). ``None`` when it tells of none, of incidents of two
        kinds, or names two places outside ``skip`` ("The bombings killed 40 people in Averly
        and 10 in Kesh"; a town and its country are one: "in Averly, Valdoria"): which one
        the count is of, the text does not say."""
        if self.segments is None or self.lexicon is None:
            return None
        words = self.segments.words
        found = list(_incidents(self.lexicon, words, words.between(sentence.start, sentence.end)))
        if len({incident for _, _, incident in found}) != 1:
            return None
        places = {place for _, _, place, _ in self._scenes(sentence, skip)}
        # "in Averly, Valdoria": one place, a town and its country.
        towns = places - set(_grammar(self.lexicon).countries.values())
        if len(towns or places) > 1:
            return None
        first, last, _ = found[0]
        return self.incident_at(trusted_span(words.starts[first], words.ends[last]), sentence, skip)

    def story_incident(self) -> str | None:
        """The incident the text is about when it names one and no other by its name
        (``[named_incidents]``: "Storm Halvard" of "… where Storm Halvard left a trail of
        flattened houses"), and tells of none as another ("another storm"): its name, which
        owns a toll whose sentence names no incident ("As of Tuesday evening, 14 people had
        been confirmed dead"). ``None`` when it names none, or two ("Hurricane Ida" in a story
        of "Storm Halvard"): then whose toll it is, the text does not say."""
        named, another, _ = self._incidents_named()
        names = {name for _, _, name in named}
        return names.pop() if len(names) == 1 and not another else None

    def only_incident(self) -> str | None:
        """The key of ``[incidents]`` of every incident the text tells of, when they are all
        of one, and none is told of as another ("another quake"); ``None`` otherwise."""
        _, another, kinds = self._incidents_named()
        return next(iter(kinds)) if len(kinds) == 1 and not another else None

    def _one_named_before(self, incident: str, at: int) -> str | None:
        """The name of the one incident of key ``incident`` the text named before ``at``
        ("the Flint Ridge Fire" for a later "the fire"); ``None`` when it named none or
        two."""
        named, _, _ = self._incidents_named()
        names = {name for start, key, name in named if key == incident and start < at}
        return names.pop() if len(names) == 1 else None

    def _incidents_named(self) -> tuple[list[tuple[int, str, str]], bool, frozenset[str]]:
        if self._incident_names is None:
            named: list[tuple[int, str, str]] = []
            another = False
            kinds: set[str] = set()
            if self.segments is not None and self.lexicon is not None:
                segments = self.segments
                words = segments.words
                for first, last, key in _incidents(self.lexicon, words, range(len(words))):
                    kinds.add(key)
                    sentence = segments.sentences[segments.sentence_at(words.starts[first])]
                    another = another or self._distinct(first, words.at(sentence.start))
                    name = self._incident_name(first, last, len(words))
                    if name is not None:
                        named.append((words.starts[first], key, name))
            object.__setattr__(self, "_incident_names", (named, another, frozenset(kinds)))
        assert self._incident_names is not None
        return self._incident_names

    def incident_before(
        self, verb: int, sentence: Span, skip: Sequence[Span]
    ) -> tuple[str, str | None, Span] | None:
        """The incident named right before the verb phrase at ``verb`` in ``sentence`` ("The
        magnitude 6.8 quake struck", "A fire broke out"): its key, the place of its toll
        (:meth:`incident_at`: "Averly storm" of "the storm hit Averly"; ``None`` where the
        sentence names none), and where its words are. ``None`` when no incident of
        ``[incidents]`` stands there, with at most three words between, or one told of as
        another ("another quake struck", "a second blast")."""
        if self.segments is None or self.lexicon is None:
            return None
        words = self.segments.words
        inside = words.between(sentence.start, verb)
        found: tuple[int, int, str] | None = None
        for first, last, incident in _incidents(self.lexicon, words, inside):
            if words.ends[last] <= verb:  # not "drone strikes", whose "strikes" is the verb
                found = (first, last, incident)
        if found is None:
            return None
        first, last, incident = found
        between = words.text[words.ends[last] : verb]
        if len(between.split()) > 3 or not _ONLY_WORDS.fullmatch(between.strip() or "x"):
            return None  # "the quake that destroyed the town in 1902 struck"
        if self._distinct(first, inside.start):
            return None
        span = trusted_span(words.starts[first], words.ends[last])
        place = self._scene_nearest(span, sentence, skip)
        if place is not None:
            return f"{place} {incident}", place, span
        name = self._incident_name(first, last, words.at(sentence.end))
        return (name, name, span) if name is not None else (incident, None, span)

    def scene_before(self, incident: str, offset: int) -> str | None:
        """The place the text before ``offset`` last gave an incident of key ``incident`` ("a
        powerful earthquake struck northern Valdoria" for "The quake hit at 4:12 a.m."), with
        no sentence between telling of it as another; ``None`` if none."""
        if self.segments is None or self.lexicon is None:
            return None
        words = self.segments.words
        sentences = self.segments.sentences[: self.segments.sentence_at(offset)]
        for sentence in reversed(sentences):
            inside = words.between(sentence.start, sentence.end)
            for first, last, found in _incidents(self.lexicon, words, inside):
                if found != incident:
                    continue
                if self._distinct(first, inside.start):
                    return None
                span = trusted_span(words.starts[first], words.ends[last])
                place = self._scene_nearest(span, sentence, ())
                if place is not None:
                    return place
        return None

    def _distinct(self, first: int, floor: int) -> bool:
        """Whether a word of ``[distinct_incidents]`` tells of the incident at word ``first``
        as another than one told of already ("another airstrike", "a second blast"): written
        in lowercase, or opening the sentence (``floor``), so that "New" of "New York" is none."""
        assert self.segments is not None and self.lexicon is not None
        words = self.segments.words
        distinct = _table_words(self.lexicon, "distinct_incidents")
        return any(
            words.lower[index] in distinct and (words.written[index].islower() or index == floor)
            for index in range(max(floor, first - 3), first)
        )

    def _incident_name(self, first: int, last: int, stop: int) -> str | None:
        """The name of the incident whose words are ``first`` to ``last``, when they are a
        title of ``[named_incidents]`` written with a capital and a name follows them:
        "Hurricane Ida", "Typhoon Hagibis" (not "the storm Tuesday", nor "Storm in May", nor
        "Storm Area 51", whose number makes it a name of something else); or a word of its
        ``after_names`` written so after a name ("Flint Ridge Fire")."""
        assert self.segments is not None and self.lexicon is not None
        words = self.segments.words
        title = " ".join(words.lower[first : last + 1])
        if title in _table_words(self.lexicon, "named_incidents", "after_names"):
            return self._name_before_word(first, last, stop)
        name = last + 1
        if (
            title not in _table_words(self.lexicon, "named_incidents")
            or not words.written[first][:1].isupper()
            or name >= stop
            or not words.joined(last, name)
        ):
            return None
        written = words.written[name]
        grammar = _grammar(self.lexicon)
        if (
            not (written[:1].isupper() and written.isalpha())
            or words.lower[name] in time_grammar(self.lexicon).vocabulary
            or words.lower[name] in grammar.function_words
            or written in grammar.countries
            or (
                name + 1 < stop and words.joined(name, name + 1) and words.lower[name + 1].isdigit()
            )
        ):
            return None
        return f"{words.written[first][:1].upper()}{title[1:]} {written}"

    def _name_before_word(self, first: int, last: int, stop: int) -> str | None:
        """The name of the incident whose words ``first`` to ``last`` are written with capitals
        after capitalized words of its name ("Flint Ridge Fire", "the Camp Fire"); ``None``
        when no such word stands before them, or a capitalized word after them goes on with
        the name of something else ("Corvel County Fire Protection District")."""
        assert self.segments is not None and self.lexicon is not None
        words = self.segments.words
        if not all(word[:1].isupper() for word in words.written[first : last + 1]):
            return None
        if (
            last + 1 < stop
            and words.joined(last, last + 1)
            and words.written[last + 1][:1].isupper()
        ):
            return None
        grammar = _grammar(self.lexicon)
        vocabulary = time_grammar(self.lexicon).vocabulary
        start = first
        while (
            start > 0
            and words.joined(start - 1, start)
            and words.written[start - 1][:1].isupper()
            and words.written[start - 1].isalpha()
            and words.lower[start - 1] not in grammar.function_words
            and words.lower[start - 1] not in grammar.opening
            and words.lower[start - 1] not in vocabulary
        ):
            start -= 1
        if start == first:
            return None
        return " ".join(words.written[start : last + 1])

    def _scene_nearest(self, span: Span, sentence: Span, skip: Sequence[Span]) -> str | None:
        """The place named in ``sentence`` nearest to ``span`` (:meth:`_scenes`), outside
        ``skip`` and not inside ``span``; one after a word of ``[scenes]`` before a country
        named otherwise ("Averly", not Valdoria, of "Floods in Averly killed 12 people,
        Valdoria's government said"); one that stands alone before one that names a noun's
        owner ("Belsk", not "Norvik Foods", of "at the Norvik Foods plant in Belsk"). ``None``
        when that place is joined to others (:meth:`scenes_joined`)."""
        found = self._nearest_scene(span, sentence, skip)
        if found is None or self._joined(found[1], found[2], sentence):
            return None
        return found[0]

    def scenes_joined(self, span: Span, sentence: Span, skip: Sequence[Span]) -> bool:
        """Whether the place ``sentence`` names nearest to ``span`` (:meth:`_scene_nearest`)
        is joined to others by "and" or "or": a count there is the places' sum."""
        found = self._nearest_scene(span, sentence, skip)
        return found is not None and self._joined(found[1], found[2], sentence)

    def _nearest_scene(
        self, span: Span, sentence: Span, skip: Sequence[Span]
    ) -> tuple[str, int, int] | None:
        """The place :meth:`_scene_nearest` takes, and where it is named, joined or not."""
        if self.segments is None:
            return None
        text = self.segments.words.text
        nearest: tuple[bool, int, str, int, int] | None = None
        alone: tuple[bool, int, str, int, int] | None = None
        for start, end, place, scene in self._scenes(sentence, skip):
            if span.start < end and start < span.end:
                continue
            found = (not scene, _gap(span, start, end), place, start, end)
            if nearest is None or found < nearest:
                nearest = found
            if (alone is None or found < alone) and not (
                _THE_AROUND.search(text, max(0, start - 4), start + 4)
                and _NOUN_AFTER.match(text, end)
            ):
                alone = found
        if nearest is None:
            return None
        _, _, place, start, end = alone or nearest
        return place, start, end

    def _joined(self, start: int, end: int, sentence: Span) -> bool:
        """Whether the place named at ``[start, end)`` in ``sentence`` is joined to others by
        "and" or "or" ("in Averly and Kesh", "in Averly, Valdoria, and Kesh, Norvik")."""
        assert self.segments is not None
        text = self.segments.words.text
        before = text[max(sentence.start, start - 80) : start]
        return bool(
            _JOINED_WORD.search(text, start, end)
            or _JOINED_BEFORE.search(before)
            or _PLACES_JOINED.match(text, end, sentence.end)
        )

    def _scenes(self, sentence: Span, skip: Sequence[Span]) -> Iterator[tuple[int, int, str, bool]]:
        """The places named in ``sentence``, outside ``skip``, where an incident happened, with
        where each is named and whether it follows a word of ``[scenes]``: a country (its
        code), or a name of no lexicon that may stand alone after such a word ("Averly" of
        "when the storm hit Averly", "in Port Averly"). Not a body of the lexicon ("the Red
        Cross")."""
        if self.segments is None or self.lexicon is None or self._lone_names is None:
            return
        grammar = _grammar(self.lexicon)
        words = self.segments.words
        for match in grammar.name.finditer(words.text, sentence.start, sentence.end):
            start, end = match.span()
            if any(other.start < end and start < other.end for other in skip):
                continue
            # "Residents of Averly" opening a sentence: a name from the place's on.
            place_of = grammar.place_of.match(words.text, start, end)
            named_at = start if place_of is None else place_of.end()
            name = words.text[named_at:end].rstrip(".").split()
            first = words.at(named_at)
            while name and (
                name[0].lower() in grammar.function_words or name[0].lower() in grammar.opening
            ):
                name, first = name[1:], first + 1  # "On Tuesday" (skipped already), "The Averly"
            if not name or not self._lone_names.may_name(name, grammar.function_words):
                continue
            key = " ".join(name)
            if key in grammar.organizations or self._names_a_place_noun(words.text, end, sentence):
                continue  # "the Red Cross"; "the Valdorian town of Kesh": Kesh is the place
            scene = self._after_scene_word(first, sentence)
            if key not in grammar.countries and not scene:
                continue  # "on Twitter", "(1800 UTC)", "colleague Faisal": no place
            yield start, end, grammar.countries.get(key, key), scene

    def _names_a_place_noun(self, text: str, end: int, sentence: Span) -> bool:
        """Whether the name that ends at ``end`` of ``text`` is the adjective of a noun of
        ``[scenes]``'s ``nouns`` followed by "of" ("Valdorian" of "the Valdorian town of
        Kesh")."""
        assert self.lexicon is not None
        after = _WORDS_AFTER.match(text, end)
        return (
            after is not None
            and after.end() <= sentence.end
            and after.group(2) == "of"
            and after.group(1) in _table_words(self.lexicon, "scenes", "nouns")
        )

    def _after_scene_word(self, first: int, sentence: Span) -> bool:
        """Whether word ``first`` comes right after a word of ``[scenes]``, with at most two
        lowercase words between that are no function words but articles and prepositions of
        place ("struck central", "swept through the"; not "in which"), and no punctuation; or
        after one of its ``nouns`` and "of" (and "the"), which name a place wherever they stand
        ("in the northern town of Averly", "On the island of Kesh", "residents of the Belsk
        Valley"); or after a word of ``[incidents]`` and "of the", what the incident befell
        ("the collapse of the Kelder footbridge")."""
        assert self.segments is not None and self.lexicon is not None
        grammar, scenes = _grammar(self.lexicon), _table_words(self.lexicon, "scenes")
        words = self.segments.words
        lowest = max(first - 3, words.at(sentence.start))
        of = first - 2 if first > 0 and words.lower[first - 1] == "the" else first - 1
        if (
            of - 1 >= lowest
            and words.lower[of] == "of"
            and (
                words.lower[of - 1] in _table_words(self.lexicon, "scenes", "nouns")
                or (of == first - 2 and _incident_word(self.lexicon, words, of - 1))
            )
            and words.joined(of - 1, first)
        ):
            # "the town of Averly", "residents of the Belsk Valley"; and what an incident
            # befell: "the collapse of the Kelder footbridge" (not a person: "the shooting
            # of Ada Lane"); but not a place a distance is told from ("north of the city of
            # Averly")
            return not self._direction_before(of - 1)
        for index in range(first - 1, lowest - 1, -1):
            word = words.written[index]
            if not words.joined(index, index + 1):
                return False
            if word.lower() in scenes:
                return True
            if not word.islower() or (
                word in grammar.function_words
                and word not in grammar.places
                and word not in ("the", "a", "an")
            ):
                return False
        return False

    def _direction_before(self, noun: int) -> bool:
        """Whether a direction of ``[scenes]`` and "of" come right before the noun at word
        ``noun`` and its article: "north of the city"."""
        assert self.segments is not None and self.lexicon is not None
        lower = self.segments.words.lower
        of = noun - 2 if noun > 0 and lower[noun - 1] in ("the", "a", "an") else noun - 1
        return (
            of > 0
            and lower[of] == "of"
            and lower[of - 1] in _table_words(self.lexicon, "scenes", "directions")
        )

    def counting_place(self, at: int, sentence: Span) -> str | None:
        """The country or region that counts the amount starting at ``at`` in ``sentence``:
        the subject of a verb of ``counting`` of ``[scenes]`` right before it, perhaps after
        "has" and adverbs ("Mali has also confirmed four cases" counts cases in Mali, "Alabama
        has confirmed four cases" in Alabama)."""
        if self.lexicon is None or self.segments is None:
            return None
        grammar, text = _grammar(self.lexicon), self.segments.words.text
        for span, region in self.regions:
            if sentence.start <= span.start and grammar.counting.fullmatch(text, span.end, at):
                return region
        index = bisect.bisect_left(self._starts, at) - 1
        if index < 0:
            return None
        mention = self.mentions[index]
        span = mention.span
        country = grammar.countries.get(" ".join(text[span.start : span.end].split()))
        if span.start < sentence.start or country is None or country != mention.subject.key:
            return None  # no country named alone (:func:`_named`), as "Mali" is
        return country if grammar.counting.fullmatch(text, span.end, at) else None

    def place_before(self, at: int, floor: int) -> str | None:
        """The country or region named as a place last before ``at``, after ``floor`` (what
        "there" means); ``None`` when none is."""
        named = [(span.end, code) for span, code in self.places if floor <= span.start < at]
        return max(named)[1] if named else None

    def main_place(self) -> str | None:
        """The country the text names as a place most often, itself or by one of its regions
        (what "the country" means)."""
        counts: dict[str, int] = {}
        for _, code in self.places:
            country = _country_of(code)
            counts[country] = counts.get(country, 0) + 1
        return max(sorted(counts), key=lambda code: counts[code], default=None)

    def _main_country(self, grammar: _Grammar) -> str | None:
        """The country the text names most often, as a place or as an owner ("Velmoria's
        opposition"); ``None`` when it names none."""
        codes = set(grammar.countries.values())
        counts = Counter(_country_of(code) for _, code in self.places)
        counts.update(m.owner for m in self.mentions if m.owner in codes)
        return max(sorted(counts), key=counts.__getitem__, default=None)

    def level_of(self, span: Span, sentence: Span) -> Subject | None:
        """The measure of a country whose level the percentage at ``span`` in ``sentence``
        gives: the ``indicators`` phrase right before it, with one of ``levels`` between
        ("Portuguese inflation rose to 4.1%", "inflation in Portugal has risen to 4.1%",
        "Turnout, at 71 per cent,"). A measure the sentence gives no country is one of the
        country the text names most: "Turnout was 68.3 percent"; in a text that names no
        country, it is "the" measure its story tells of, owned by no one ("the turnout" of
        a town's election), also with the occasion it is measured at ("Turnout in Sunday's
        election was 62%"). ``None`` for a change ("rose 0.3%"), and for a measure of its
        own ("youth unemployment") that no country owns."""
        if self.lexicon is None or self.segments is None:
            return None
        grammar = _grammar(self.lexicon)
        text = self.segments.words.text
        before = self.before(span.start)
        mention = next(before, None)
        if (
            mention is not None
            and text[mention.span.start : mention.span.start + 1].isdigit()
            and text[mention.span.end : span.start].strip() == "to"
        ):
            # "fell by 0.2 percentage points to 5.1%": the change, a count of points
            mention = next(before, None)
        if (
            mention is None
            or mention.institution not in grammar.indicators
            or mention.span.start < sentence.start
        ):
            return None
        between = text[mention.span.end : span.start]
        if not _gives_level(between, grammar) and not _gives_level_after_scope(between, grammar):
            return None
        if mention.owner is not None:
            return mention.subject
        if mention.subject.key != mention.institution:
            return None  # a measure of its own ("youth unemployment")
        country = self._main_country(grammar)
        if country is None:
            return Subject(key=f"the {mention.institution}", text=mention.subject.text)
        key = f"{country} {mention.institution}"
        return Subject(key=key, text=mention.subject.text, owner=country)

    def population(self, span: Span, sentence: Span, counted: Subject | None) -> Subject | None:
        """The population of a place that the count at ``span`` in ``sentence`` gives (see
        ``[populations]`` of subjects.toml): "Lowick, a town of 12,000 people", "The
        population of Lowick is 15,000" are ``Lowick: population``, and so is "The town, home
        to 21,000 residents" after a sentence that told of Lowick (:meth:`_town_before`).
        ``counted`` is what it counts (``None``: a number alone). ``None`` when it counts
        another kind, no phrase of a population comes right before it, or no place is named
        there."""
        if self.lexicon is None or self.segments is None:
            return None
        reading = populations(self.lexicon)
        if counted is not None and (counted.owner is not None or counted.key not in reading.kinds):
            return None
        words = self.segments.words
        before = words.at(span.start) - 1
        if before < 0 or words.lower[before].rstrip(":") not in reading.last_words:
            return None  # most counts: no phrase of a population ends right before them
        text = words.text
        start = max(sentence.start, span.start - _POPULATION_REACH)
        found = reading.before.search(text, start, span.start) or reading.after_of.search(
            text, start, span.start
        )
        grammar = _grammar(self.lexicon)
        noun = _NOUN.match(text, span.end) if counted is None else None
        if noun is not None and noun[1] not in grammar.function_words:
            return None  # "home to 900 sheep": a number of something else
        if found is None:
            the_place = reading.the_place.search(text, start, span.start)
            if the_place is None:
                return None
            place = self._town_before(the_place.start())
            if place is None:
                return None
            told = text[the_place.start() : span.end]
            key = f"{place}: {reading.key}"
            return Subject(key=key, text=" ".join(told.split()), owner=place)
        start, end = found.span("name")
        for word in _WORD_AND_SPACE.finditer(text, start, end):
            # "In Lowick, a village of 900": the name after the words that open its sentence
            if word[1].lower() not in grammar.function_words:
                break
            start = word.end()
        place = self._place(start, end, grammar) or self._owner_at(start)
        if place is None or place in grammar.organizations:
            return None
        told = text[start : span.end]
        key = f"{place}: {reading.key}"
        return Subject(key=key, text=" ".join(told.split()), owner=place)

    def _town_before(self, at: int) -> str | None:
        """The place that "the town" (or another noun of a place) at ``at`` stands for: the
        last place of no lexicon named where something happened before it, in its sentence or
        the one before ("Floodwater swept through Lowick on Monday. The town, home to about
        21,000 residents, …"); ``None`` when none is, or a country is named after it."""
        assert self.segments is not None
        segments = self.segments
        index = segments.sentence_at(at)
        countries = set(_grammar(self.lexicon).countries.values()) if self.lexicon else set()
        for sentence in reversed(segments.sentences[max(0, index - 1) : index + 1]):
            named = [scene for scene in self._scenes(sentence, ()) if scene[1] <= at]
            if named:
                _, _, place, _ = named[-1]
                return None if place in countries else place
        return None

    def _owner_at(self, start: int) -> str | None:
        """The owner of the mention that starts at ``start``, if any ("Lowick's population")."""
        index = bisect.bisect_left(self._starts, start)
        if index < len(self._starts) and self._starts[index] == start:
            return self.mentions[index].owner
        return None

    def aboard(self, span: Span, sentence: Span, counted: Subject) -> Subject | None:
        """The count at ``span`` in ``sentence`` as of those aboard "the" vehicle its story
        tells of (``[aboard]`` and ``[vehicles]`` in ``subjects.toml``): "a ferry carrying
        236 people" and "the ferry struck the reef with more than 250 people aboard" are
        ``the ship: aboard person``. ``counted`` is what it counts. ``None`` when nothing
        says they are aboard, no vehicle is named, or a word of ``[distinct_incidents]``
        makes it another than the story's ("a second boat")."""
        if self.lexicon is None or self.segments is None:
            return None
        words = self.segments.words
        text = words.text
        after, verbs, vehicle, kinds = _aboard_patterns(self.lexicon)
        carried = verbs.search(text, max(sentence.start, span.start - 12), span.start)
        if carried is not None and (
            _PERFECT.search(text, max(sentence.start, carried.start() - 16), carried.start())
            or _SINCE.search(text, span.end, sentence.end)
        ):
            # "has carried some 5,400 riders since the line opened": all it has carried,
            # trip after trip, not those aboard
            carried = None
        told = after.match(text, span.end, sentence.end)
        if carried is None and told is None:
            return None
        found = told.group("vehicle") if told is not None else None
        if found is None:
            before = list(vehicle.finditer(text, sentence.start, span.start))
            if not before:
                return None
            nearest = before[-1]
            if self._distinct(words.at(nearest.start()), words.at(sentence.start)):
                return None  # "a second boat carrying 40 people": not the story's
            found = nearest.group("vehicle")
        kind = kinds[" ".join(found.lower().split())]
        return Subject(
            key=f"the {kind}{_ABOARD}{counted.key}", text=text[span.start : span.end], owner=None
        )

    def of_the_one(self, span: Span, sentence: Span, counted: Subject) -> Subject | None:
        """The count at ``span`` in ``sentence`` as of "the" one thing its story tells of
        that has it, when no name does: a noun after "the" in the possessive right before
        it ("the merged system's seven hospitals"), the head noun after "the" and a count
        joined to its noun ("the 40-bed isolation unit": :func:`_joined_head`), or one that
        "the" or a name in the possessive opens right before a verb of ``possession`` and its
        auxiliaries ("the merger would eliminate 640 jobs", "Lindmoor General's isolation unit,
        which has 24 beds").
        Keyed by that noun and what it counts (``the system: hospital``). ``None`` for a noun
        in the plural, any number of its kind; of ``[bodies]``, which stands for a body the
        text named (:meth:`definite_body`), else for any; or of ``not_the_one`` in
        ``[grammar]``, a place or group of which one story may tell of several ("the state's
        37 delegates")."""
        if self.lexicon is None or self.segments is None:
            return None
        grammar = _grammar(self.lexicon)
        text = self.segments.words.text
        floor = max(sentence.start, span.start - 80)
        found = _THE_POSSESSOR.search(text, floor, span.start)
        start = found.start() if found is not None else span.start
        if found is None:
            # "all 52 of the tower's cables": "the" thing's, inside the count's phrase
            found = _OF_THE_POSSESSOR.search(text, span.start, span.end)
        if found is None and joined_count(text[span.start : span.end]):
            # "the seven-carriage train": the noun the count is joined to describes the head
            # after it
            the = _THE_BEFORE.search(text, floor, span.start)
            found = _joined_head(text, span.end, sentence.end, self.lexicon) if the else None
            start = the.start() if the is not None else span.start
        elif found is None:
            found = _THE_THING_VERB.search(text, floor, span.start) or _NAMED_THING_VERB.search(
                text, floor, span.start
            )
            if found is None or found.group("verb") not in grammar.possession:
                return None
            start = found.start()
        if found is None:
            return None
        head = found.group("head")
        if (
            plural_noun(head)
            or head in grammar.bodies
            or head in grammar.function_words
            or head in grammar.not_the_one
        ):
            return None
        return Subject(
            key=f"the {head}: {counted.key}",
            text=text[start : max(span.end, found.end())],
            owner=None,
        )

    def happened(self, span: Span, sentence: Span, counted: Subject) -> Subject | None:
        """The count at ``span`` in ``sentence`` as of those a happening of ``[happenings]``
        in ``subjects.toml`` was done by or done to, in the one its story tells of: the
        subject of its verb ("2,340 nurses walked out", "1,240 appointments were cancelled",
        "the 1,420 appointments cancelled on Monday": :func:`_happening_after`) or its object
        ("recalled 14 batches": :func:`_happening_before`). Keyed by the happening and what
        it counts (``the cancellation: appointment``). ``None`` when no such verb has the
        count, or a negation stands between them ("were not cancelled")."""
        if self.lexicon is None or self.segments is None:
            return None
        grammar = _grammar(self.lexicon)
        words = self.segments.words
        # The counted noun's phrase may hold the amount and go on after it ("the 1,240
        # outpatient appointments"), the verb after that.
        reach = len(counted.text) + 2
        floor = max(sentence.start, span.start - reach)
        noun = words.text.find(counted.text, floor, span.end + reach)
        end = span.end if noun < 0 else max(span.end, noun + len(counted.text))
        before = words.before(span.start, sentence.start)
        happening = (
            # "212 members in 14 towns were arrested": the verb is not the towns'
            None if before in _PREPOSITIONS else _happening_after(words, end, sentence, grammar)
        ) or _happening_before(words, span, sentence, grammar)
        if happening is None:
            return None
        text = words.text[span.start : span.end]
        return Subject(key=f"the {happening}: {counted.key}", text=text, owner=None)

    def priced(self, span: Span, sentence: Span, *, dated: bool) -> Subject | None:
        """What the sum of money at ``span`` in ``sentence`` is of, and whose: a noun of
        ``[priced]`` in ``units.toml`` right after it, after "in" or "of", or right before it
        with "of", "worth", "valued at" or a copula between, or after a verb of
        ``[estimated_at]`` and before "at" ("put the total cost of the tunnel at €472 million")
        (:func:`_priced_after`, :func:`_priced_before`), with the words that say which one of
        its kind it is ("$38 million in relief funds": ``relief fund``). Its owner is a
        name in the possessive before the phrase ("Acme's $5 million fine"), else the name
        that opens the sentence and has it by a verb of ``possession`` or ``spending`` ("Gov.
        Mira Castell released $38 million in relief funds"), else the nearest name before
        it with such a verb ("officials said Acme agreed to pay $5 million"), else a name
        with such a verb in a clause right after it ("the $57 million in relief funding
        Gov. Mira Castell released"). With no name whose it is, a phrase that "the" opens is
        "the" one of its kind its story tells of ("the $345 million deal":
        :func:`_the_priced`), and so is one that "a" opens when the text goes on to say "the"
        of its kind (:func:`_named_again`) or words before its noun single it out ("a $14.6
        million emergency package": :func:`_the_one_so_named`). With no such noun, the
        value of what a verb of valuing puts at it ("a deal valuing the firm at $4.7
        billion": :func:`_valued_thing`), or "the cost" of "the" thing its story tells of
        that a verb of costing says costs it ("the refit is expected to cost $290 million":
        :func:`_costing_thing`), else what a verb of ``[paid_for]`` pays it for, or pays it
        to do ("agreed to pay $4 billion to settle claims": :func:`_paid_for`), else "the"
        thing of its story a verb of ``[priced_verbs]`` makes of it ("would fine Acme $2.4
        million" in a story that tells of "the fine": :func:`_priced_by_verb`). ``dated``
        tells whether the sum's sentence names the day it tells of ("on Thursday"): a sum
        told so with no name's, "a" or "the" is one act's ("set aside $60 million in flood
        relief funding on Friday"), where one told with no day may be a total that grows.
        ``None`` where nothing says what the sum is of, or whose it is and no "the" says it
        is the story's."""
        if (
            self.segments is None
            or self.lexicon is None
            or self._lone_names is None
            or self._bodies is None
        ):
            return None
        grammar = _grammar(self.lexicon)
        words = self.segments.words
        found = _priced_after(words, span, sentence, grammar) or (
            # "signed winger Ada Lane for a fee of £15 million": for £15 million, not a fee
            None
            if _for_phrase(words, span.start, sentence, grammar) is not None
            else _priced_before(words, span, sentence, grammar)
        )
        names = (self._lone_names, self._bodies)
        if found is None:
            return (
                _valued_thing(words.text, span, sentence, grammar)
                or _costing_thing(words.text, span, sentence, grammar)
                or _paid_for(words, span, sentence, grammar, names)
                or _priced_by_verb(words, span, sentence, grammar)
            )
        start, end, what = found
        possessor = _possessor(words.text, start, sentence.start, grammar)
        definite = (
            None
            if possessor
            else _definite_possessor(words.text, start, sentence.start, grammar, names[1])
        )
        owner = (
            (_owner_key(possessor.group(1).split(), grammar) if possessor else None)
            or (definite[0] if definite else None)
            or _opening_owner(words.text, start, sentence, grammar, names, grammar.spending)
            or _name_spending(words, start, sentence, grammar, names[0], grammar.spending)
            or _owner_after(
                words.text, start, end, self._with_previous(sentence), grammar, names[0]
            )
        )
        if owner is None:
            return (
                _the_priced(words, start, end, what, sentence)
                or _named_again(words, start, end, what, grammar)
                or _the_one_so_named(words, start, end, what, grammar, dated=dated)
            )
        return Subject(key=f"{owner} {what}", text=words.text[start:end], owner=owner)

    def _with_previous(self, sentence: Span) -> tuple[Span, ...]:
        """``sentence``, and the one before it in its paragraph if any."""
        assert self.segments is not None
        index = self.segments.sentence_at(sentence.start)
        if index < 1:
            return (sentence,)
        previous = self.segments.sentences[index - 1]
        if self.segments.paragraph_at(previous.start) != self.segments.paragraph_at(sentence.start):
            return (sentence,)  # another paragraph's
        return (sentence, previous)

    def lasting(self, span: Span, sentence: Span) -> Subject | None:
        """What the length of time at ``span`` in ``sentence`` is the length of: a happening a
        noun of ``[lasting]`` in ``units.toml`` names right after it ("the 16-month
        redevelopment", "seven months of talks": :func:`_lasting_after`), or before it as the
        subject of a verb of lasting ("the inquiry is expected to take eight months":
        :func:`_lasting_before`). Its owner is a name in the possessive before the noun's
        phrase ("Acme's two-year review") or after "of" right after the noun ("the closure of
        Kesh Road"). The subject is keyed by the owner and the kind; one with no owner
        is keyed by the kind, with "the " before it when "the" opens its phrase or the length
        is of all of the kind its story tells of ("ten months of talks"): the one such
        happening its story tells of. A prison term told by its verb is a sentence
        (:meth:`_prison_term`). ``None`` when no such noun names what lasts."""
        if self.segments is None or self.lexicon is None:
            return None
        grammar = _grammar(self.lexicon)
        words = self.segments.words
        found = _lasting_after(words, span, sentence, grammar) or _lasting_before(
            words, span, sentence, grammar
        )
        if found is None:
            return self._prison_term(span, sentence)
        start, noun_end, end, kind, whole = found
        text = words.text
        possessor = _possessor(text, start, sentence.start, grammar)
        of_name = _OF_NAME.match(text, noun_end, sentence.end)
        owner = None
        if possessor is not None:
            named = possessor.group(1).split()
            # "Monday's four-hour hearing": a time, not whose
            if not all(word.lower() in grammar.time_nouns for word in named):
                owner = _owner_key(named, grammar)
        elif of_name is not None:
            owner = _owner_key(of_name.group(1).rstrip(".").split(), grammar)
        if owner is not None:
            return Subject(key=f"{owner} {kind}", text=text[start:end], owner=owner)
        opener = words.at(start) - 1
        definite = (
            whole
            or (opener >= 0 and words.lower[opener] == "the")
            or ends_a_length(words, opener, self.lexicon)
        )
        return Subject(key=f"the {kind}" if definite else kind, text=text[start:end], owner=None)

    def _prison_term(self, span: Span, sentence: Span) -> Subject | None:
        """The sentence a length of time at ``span`` is, by a verb of ``[sentences]`` in
        ``units.toml`` right before it ("was sentenced to eight years", "will spend six years
        behind bars"): of the person whose name opens its clause, else "the sentence" its
        story tells of. ``None`` when no such verb tells a term."""
        assert self.segments is not None and self.lexicon is not None
        kind = lasting_kinds(self.lexicon).get("sentence")
        if kind is None:
            return None  # a lexicon with no noun "sentence" of [lasting]
        verbs, stays, places, split = _prison_words(self.lexicon)
        text = self.segments.words.text
        floor = max(sentence.start, span.start - _PRISON_VERB_REACH)
        verb = verbs.search(text, floor, span.start)
        if verb is None:
            verb = self._split_prison_verb(split, span, sentence)
        if verb is None:
            verb = stays.search(text, floor, span.start)
            if verb is None or not places.match(text, span.end, sentence.end):
                return None
        words = text[span.start : span.end]
        sentenced = self._sentenced(verb)
        if sentenced is not None:
            return Subject(key=f"{sentenced} {kind}", text=words, owner=sentenced)
        name = self.opening_name(sentence, verb.start())
        # A name alone: "the Averly plant" or "United States doctor" is no one sentenced
        if name is not None and name.subject.owner == name.subject.key:
            owner = name.subject.owner
            return Subject(key=f"{owner} {kind}", text=words, owner=owner)
        return Subject(key=f"the {kind}", text=words, owner=None)

    def _split_prison_verb(
        self, split: re.Pattern[str], span: Span, sentence: Span
    ) -> re.Match[str] | None:
        """A verb of ``[sentences]`` with words between its last word and the rest, right
        before the length of time at ``span``: a time ("was sentenced on Tuesday to"), the
        one sentenced ("sentenced former minister Iver Dahl to") or who sentenced ("was
        sentenced by Judge Lena Moss to"); ``None`` for other words."""
        assert self.segments is not None and self.lexicon is not None
        text = self.segments.words.text
        floor = max(sentence.start, span.start - _PRISON_VERB_SPLIT_REACH)
        found = split.search(text, floor, span.start)
        if found is None:
            return None
        group = _between_group(found)
        assert group is not None  # each verb of the pattern has a group of its own
        between = found.group(group)
        if self._sentenced(found) is not None or _BY_AGENT.match(between):
            return found  # "sentenced Iver Dahl to", "was sentenced by Judge Moss to"
        vocabulary = time_grammar(self.lexicon).vocabulary
        grammar = _grammar(self.lexicon)
        timed = all(
            word.lower() in vocabulary or word.lower() in grammar.function_words or word.isdigit()
            for word in _QUALIFIER_WORD.findall(between)
        )
        return found if timed else None

    def _sentenced(self, verb: re.Match[str]) -> str | None:
        """The key of the name a verb of ``[sentences]`` found by :func:`_prison_words` holds
        between its words, after the words of a title if any ("former transport minister Iver
        Dahl" of "sentenced former transport minister Iver Dahl to"): whose the term is."""
        assert self.lexicon is not None
        between = _between_group(verb)
        if between is None or _BY_AGENT.match(verb.group(between)):
            return None  # "was sentenced by Judge Moss to": the judge sentenced, not was
        start, end = verb.span(between)
        vocabulary = time_grammar(self.lexicon).vocabulary
        capital = next(
            (
                word
                for word in _CAPITALIZED_WORD.finditer(verb.string, start, end)
                if word.group().lower() not in vocabulary  # "on Tuesday": a time, no name
            ),
            None,
        )
        if capital is None:
            return None
        name = self.name_at(capital.start(), end)
        if name is None or name.subject.owner != name.subject.key:
            return None
        if verb.string[name.span.end : end].strip():
            return None  # "sentenced Dahl on Tuesday to": the name must end the words between
        return name.subject.owner

    def vote_share(self, span: Span, sentence: Span) -> Subject | None:
        """The share of a vote the percentage at ``span`` in ``sentence`` is, told by
        ``[vote_shares]`` in ``units.toml``: "of the vote" right after it, and a verb of
        winning or getting before it in its clause, whose subject is a name ("Ana Lima won
        the Quorn mayoral race with 52% of the vote"). Keyed by that name and the race: the
        capitalized words from the verb to the clause's end that are no time and not the
        name's ("Ana Lima vote share: Quorn").
        ``None`` when the share is of no vote, or no name gets it ("candidates need 15% of
        the vote", "He received 3% of the vote")."""
        if self.segments is None or self.lexicon is None:
            return None
        verbs, of_the_vote, races = _vote_share_words(self.lexicon)
        text = self.segments.words.text
        share = of_the_vote.match(text, span.end, sentence.end)
        if share is None:
            return None
        floor = max(sentence.start, span.start - _SHARE_VERB_REACH)
        verb = next(reversed(list(verbs.finditer(text, floor, span.start))), None)  # nearest
        if verb is None:
            return None
        name = self.opening_name(sentence, verb.start())
        if name is None or name.subject.owner != name.subject.key:
            return None  # "the Quorn plant", a place: no one elected
        owner = name.subject.owner
        grammar = _grammar(self.lexicon)
        named = {word.lower() for word in owner.split()}
        race: list[str] = []
        seen: set[str] = set()
        clause_end = _CLAUSE_END.search(text, share.end(), sentence.end)
        end = sentence.end if clause_end is None else clause_end.start()
        for word in _CAPITALIZED_WORD.finditer(text, verb.start(), end):
            lowered = word.group().lower()
            if lowered not in named and lowered not in grammar.time_nouns and lowered not in seen:
                seen.add(lowered)
                race.append(word.group())
        race.extend(
            " ".join(found.group().lower().split())
            for found in races.finditer(text, verb.start(), end)
            if found.group().lower() not in seen
        )
        key = f"{owner} vote share" + (f": {' '.join(race)}" if race else "")
        return Subject(key=key, text=text[span.start : share.end()], owner=owner)

    def covering(self, span: Span) -> SubjectMention | None:
        """The smallest subject phrase that contains ``span``."""
        index = bisect.bisect_right(self._starts, span.start)
        smallest: SubjectMention | None = None
        for mention in self.mentions[max(0, index - 8) : index]:
            found = mention.span
            if found.end >= span.end and (
                smallest is None or found.end - found.start < len(smallest.span)
            ):
                smallest = mention
        return smallest

    def before(self, offset: int, *, plural: bool | None = None) -> Iterator[SubjectMention]:
        """The subject phrases that end before ``offset``, nearest first."""
        mentions = self.mentions
        # Walked back by index: a copy of the phrases before ``offset`` would cost each call
        # as much as the text has phrases, and most callers take the first.
        for index in range(bisect.bisect_left(self._starts, offset) - 1, -1, -1):
            mention = mentions[index]
            if mention.span.end > offset:
                continue
            if plural is None or mention.plural == plural:
                yield mention

    def resolve(self, pronoun: str, offset: int, *, reach: int = 400) -> SubjectMention | None:
        """What "they", "them" or "it" at ``offset`` stands for.

        The last subject phrase of the same number within ``reach`` characters (further back,
        a pronoun is more likely about something else: "It all began on June 27"), and not one
        the pronoun's own possessive opens ("their cars" for "they"); for "they",
        an institution ("the troops") mentioned within reach wins over nearer counted people
        ("our men"), as institutions are what news text keeps talking about.
        """
        number = _PRONOUNS.get(pronoun.lower())
        if number is None:
            return None
        owned = _OWN_POSSESSIVE[pronoun.lower()]
        text = self.segments.words.text if self.segments is not None else ""
        first: SubjectMention | None = None
        for mention in self.before(offset, plural=number == "plural"):
            start = mention.span.start
            if text[start : start + len(owned) + 1].lower() == owned + " ":
                continue
            if number == "plural" and mention.institution is None and mention.kind is None:
                continue
            if number == "singular":
                return mention if offset - mention.span.end <= reach else None
            if mention.institution is not None:
                return mention if first is None or offset - mention.span.end <= reach else first
            first = first or mention
            if offset - mention.span.end > reach:
                break
        return first


# The lexicon, compiled.


@attrs.frozen(kw_only=True, eq=False)
class _Head:
    institution: str | None
    kind: str | None
    singular: bool = False  # a count noun's singular: a subject only after "a", "one", "each"


@attrs.frozen(kw_only=True, eq=False)
class _Grammar:
    organization_names: Phrases[str]
    country_names: Phrases[str]
    region_names: Phrases[str]
    regions: Mapping[str, str]  # a region's name → its ISO 3166-2 code ("US-AL")
    head_names: Phrases[str]
    countries: Mapping[str, str]  # name or adjective → code
    adjectives: frozenset[str]  # those that are only adjectives ("Samoan", not "US")
    country_adjectives: frozenset[str]  # all the adjectives ("Samoan", "US")
    organizations: Mapping[str, tuple[str, str | None]]  # name → (key, country)
    heads: Mapping[str, _Head]  # lowercased head noun → what it names
    possession: frozenset[str]
    not_the_one: frozenset[str]  # "the state": no one thing of a story
    which_one: frozenset[str]  # "the new plant", "the second ballot": one thing of its kind
    measures: frozenset[str]  # "the curfew": things nobody owns by acting on them
    introduced: frozenset[str]  # "An inquest … will open": a thing "a" or "an" opens as "the"
    demonym_endings: tuple[str, ...]  # longest first: "ian", "an", "n"
    #: The verbs by which an owner has a sum of money: those of ``possession`` and ``spending``.
    spending: frozenset[str]
    #: The verbs by which a name holds a thing it makes or runs: those of ``spending`` and
    #: ``making``.
    making: frozenset[str]
    #: What a sum of money is of (``[priced]`` of ``units.toml``): noun → kind.
    priced: Phrases[str]
    #: The forms of the verbs that make a thing of ``[priced]`` of a sum after them
    #: (``[priced_verbs]`` of ``units.toml``): form → kind.
    priced_verbs: Phrases[str]
    #: After a noun of ``[priced]``, an opener of ``[priced_purpose]`` and the one word that
    #: says what the thing is for (group ``purpose``), ending its phrase: " for training,",
    #: " for repairs on Tuesday" (a preposition after it opens a phrase of its own).
    priced_purpose: re.Pattern[str]
    #: The singulars of plural nouns that are not theirs less an "s" ("lives": "life"), and
    #: words ending in "s" that are their own ("news"): of ``[unlisted_counts]`` in units.toml.
    singulars: Mapping[str, str]
    #: What a length of time is the length of (``[lasting]`` of ``units.toml``): noun → kind.
    lasting: Phrases[str]
    #: The forms of the verbs that end a happening of ``[lasting]`` (``[lasting_ends]`` of
    #: ``units.toml``): "ending", "ended".
    lasting_ends: frozenset[str]
    #: The verbs that put a thing at a sum (``[estimated_at]`` of ``units.toml``), and
    #: those of them that give its value (``value`` there).
    estimated_at: frozenset[str]
    valuing: frozenset[str]
    #: The verbs by which a thing costs a sum (``costing`` there), and the words before a
    #: noun of ``[priced]`` that do not say which one it is (``whole`` there: "total"; and
    #: those of ``[rate_adjectives]``, which make the sum a rate: "annual").
    costing: frozenset[str]
    #: The verbs after "to" that say which cost a sum a thing costs is, and its noun
    #: (``purposes`` there: "to run", "running").
    cost_purposes: Mapping[str, str]
    whole: frozenset[str]
    #: The verbs that pay a sum for a thing (``[paid_for]`` of ``units.toml``): verb → kind.
    paid_for: Phrases[str]
    #: The single words of those verbs, as an owner's verbs (``_owns``).
    paying: frozenset[str]
    #: The words that may stand between such a verb and "for" (``between`` there).
    paid_between: frozenset[str]
    #: The phrases that read as "for" right before a sum (``for`` there): "for a fee of".
    paid_for_phrases: Phrases[str]
    #: The words after a sum that a verb of ``purchase`` pays, that make it of a kind of
    #: ``[priced]`` (``words`` of ``[paid_to]`` of ``units.toml``): "to settle" →
    #: "settlement"; and the words of what each kind ends (``ends`` there).
    paid_to: Phrases[str]
    paid_to_ends: Mapping[str, frozenset[str]]
    #: The forms of "be" (``progressive`` auxiliaries of ``events.toml``), lowercased: before a
    #: participle, they make it a passive's ("was sold").
    be_forms: frozenset[str]
    #: The forms of the verbs of ``[happenings]`` in ``subjects.toml``: form → the
    #: happening, and whether what is counted undergoes it (else it does it).
    happenings: Phrases[tuple[str, bool]]
    #: The names of those happenings, and of those that what is counted undergoes.
    happening_names: frozenset[str]
    undergone_names: frozenset[str]
    #: The words of the auxiliaries of ``events.toml`` other than negations, lowercased
    #: ("were", "have", "been", "would", "plan", "to"): those that may open a verb phrase.
    verb_auxiliaries: frozenset[str]
    #: Words of time that say when, not what, lowercased ("year", "first", "last", "spring"):
    #: a sum "for the full year" is not for a thing.
    time_nouns: frozenset[str]
    indicators: frozenset[str]  # institutions that measure a country ("inflation")
    picked: frozenset[str]  # kinds counted as members a story picks out ("countries")
    levels: frozenset[str]  # words that give an indicator's level ("rose to", "stood at")
    prepositions: frozenset[str]  # besides those of place: "for", "with"
    particles: frozenset[str]  # words after a verb of possession ("lay off", "bring home")
    auxiliary: frozenset[str]  # the words of events.toml's auxiliaries ("will", "plans", "to")
    reporting: frozenset[str]  # verbs that report what an owner said it does ("said it would")
    setting: frozenset[str]  # verbs that set a measure's level ("raised", "cut")
    name_suffixes: frozenset[str]  # words that end a company's name ("Corp.", "Inc")
    titles: frozenset[str]  # the words before a person's name ("mr", "coach"): _words.titles
    adverbs: frozenset[str]  # words between a subject and its verb ("also", "later", "never")
    weekdays: frozenset[str]  # the names of the days of the week, lowercased ("monday")
    #: Head nouns that before another noun are its adjectives ("2,800 dead fish"), lowercased.
    head_adjectives: frozenset[str]
    #: The one-word words of the parts of a toll ("dead", "wounded", "missing"): which part of
    #: a count of people, not what kind of people ("25 wounded people").
    toll_words: frozenset[str]
    #: The names of days, months and holidays, lowercased: capitalized, but no one's name.
    calendar: frozenset[str]
    #: Words that end the time a verb of speech was said at ("said on Monday", "said
    #: yesterday", "said on Monday morning"), lowercased: a clause may open after them.
    said_times: frozenset[str]
    #: Capitalized words that open a sentence, before the lowercase word after them: a name,
    #: with the joiners of speakers.toml inside it ("Bank of America"), after "The" if any.
    opening_name: re.Pattern[str]
    #: A noun of a place or of its people (``nouns`` of ``[scenes]``) and "of", before the
    #: place's name: "The town of", "the northern town of", "Residents of".
    place_of: re.Pattern[str]
    #: "The", one or two nouns in lowercase and "of", before a name: "The trial of", "The
    #: planned closure of" (group ``nouns``).
    thing_of: re.Pattern[str]
    shares: frozenset[str]  # nouns of a share of what "of" names ("the rest of")
    #: What opens a sentence as the owner of a thing its verb phrase has: a name (group
    #: ``name``) or "the" and a noun of ``[bodies]`` (group ``body``), then an aside or the
    #: clause of "which", "who" or "that" ("The union, which represents roughly 900 nurses").
    owner_opening: re.Pattern[str]
    #: A clause right after a thing with a name as its subject (group ``name``) and its verb
    #: (group ``verb``): "… Gov. Mira Castell released", "… that Acme has paid", "… that
    #: Kesby United are building".
    owner_after: re.Pattern[str]
    #: "The" and a noun of ``[bodies]`` (groups ``the`` and ``body``): "the union".
    definite_body: re.Pattern[str]
    #: A word of ``[members]``, perhaps after "the" (group ``members``): "Councillors".
    members: re.Pattern[str]
    member_bodies: Mapping[str, str]  # a word of ``[members]``, lowercased → its body's noun
    #: "the" and a noun of ``[bodies]`` in the possessive, at the end of what is searched
    #: (group ``body``): "the district's" of "the district's $377 million budget".
    definite_possessor: re.Pattern[str]
    #: The last word of a body's name, lowercased → the nouns of ``[bodies]`` that stand for
    #: a body of that name ("association" → "union").
    bodies: Mapping[str, frozenset[str]]
    #: An aside after a name that calls it by a noun of ``[bodies]`` (group 1): ", the
    #: teachers' union", ", a software company".
    body_aside: re.Pattern[str]
    #: Capitalized words, with those joiners, that do not own what follows ("Zelden's").
    name: re.Pattern[str]
    places: frozenset[str]
    not_places: frozenset[str]  # "prior to", "according to": no place, though "to" is
    #: What stands between a country and the count it makes: "Mali has also confirmed".
    counting: re.Pattern[str]
    inside: frozenset[str]
    hedges: frozenset[str]
    numbers: re.Pattern[str]  # a number, in words or digits
    number_at_end: re.Pattern[str]  # a number that ends the text searched
    number_words: frozenset[str]  # the words numbers are written with ("two", "dozen")
    blurs: frozenset[str]  # the one-word blurs of a magnitude ("dozens", "thousands")
    #: The last word of each word a number can end with ("dozen", "million", "bn"), when all
    #: are ASCII letters; else none.
    number_ends: frozenset[str] | None
    opening: frozenset[str]  # words that open a noun phrase ("the", "some", "its")
    definite: frozenset[str]  # those that open one of a known thing ("the", "its")
    things: Mapping[str, str]  # a thing's noun(s), lowercased → the noun that keys it
    #: A name after "the" or a possessive, then a thing's noun: "the Marrick Creek mine" (not
    #: "Ashodaya works with…", a verb).
    named_thing: re.Pattern[str]
    #: A name, then an aside that calls it by a thing's noun: "Kesland Park, a municipal
    #: sports ground," (not ", the ground's owner said").
    thing_aside: re.Pattern[str]
    #: A thing's noun that someone owns ("its plant", "Orvo's new plant") or in the plural
    #: ("the plants"): the thing named so may be one of several.
    owned_things: re.Pattern[str]
    plural_things: Mapping[str, str]  # a thing's plural nouns, lowercased → its key
    quantity: frozenset[str]  # words that say how many, not what kind ("other", "more")
    function_words: frozenset[str]
    #: Nouns of a place and of its people, whose name follows "of" (``nouns`` of ``[scenes]``).
    scene_nouns: frozenset[str]
    #: Counted kinds whose employer's name follows "at" (``kinds`` of ``[employed]``).
    employed: frozenset[str]
    #: The words before a name that make it a site's (``before_names`` of ``[sites]``).
    site_names: frozenset[str]
    #: What :func:`_inside_gap` said of each gap, kept: a third of the gaps recur (" ", ", ").
    gaps: dict[str, bool] = attrs.field(factory=dict)
    #: The words a name may start with, as written.
    name_firsts: frozenset[str] = attrs.field(init=False)
    #: The lowercased words a name, a head noun or a pronoun may start with.
    looked_up: frozenset[str] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        name_firsts = (
            self.organization_names.firsts | self.country_names.firsts | self.region_names.firsts
        )
        looked_up = {word.lower() for word in name_firsts} | self.head_names.firsts
        looked_up |= _POSSESSIVE_PRONOUNS
        object.__setattr__(self, "name_firsts", name_firsts)
        object.__setattr__(self, "looked_up", frozenset(looked_up))


#: An aside after a name that opens a sentence, set off by commas: "Elena Zelden, the Green
#: candidate for mayor, received 52,300 votes", "Acme, a maker of parts, will cut 300 jobs",
#: "Korvath's airport, whose tower was cracked, will remain closed", "the Averly centre, home
#: to 80 engineers, will stay open", "Acme, once the town's largest employer, will close";
#: or a person's age: "Tomas Berg, 59, will remain chief executive".
_ASIDE = (
    r"(?P<aside>,\s+(?:(?:the|a|an|whose|which|who|across|near|outside|home\sto|one\sof|part\sof"
    r"|once|formerly)\s(?:[^,;:.!?\"“”]|\.(?=\d)){1,120}"
    r"|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}|\d{1,3}),)"
)
_ASIDE_AT = re.compile(_ASIDE)
#: The two words after a name: "town of" of "the Valdorian town of Kesh".
_WORDS_AFTER = re.compile(r"\s+([a-z]+)\s+([a-z]+)\b")
#: The opening of a clause about the owner before it: "Acme, which employs", "the union, who".
_RELATIVE = re.compile(r"\s*,\s+(?:which|who|that)\s+")
#: A present participle and its object right after a thing's phrase, with no mark: "the ban
#: covering the old town" ("during" and "according" are no participles).
_DOING = re.compile(
    r"\s+(?!during\s|according\s)[a-z]{2,}ing\s+(?P<object>[^,;:.!?\"“”()—–]{1,80})"
)
#: Words that open a clause of their own inside what follows a thing's phrase: the verb after
#: "the plant making cars said it" is the clause's, not the plant's.
_CLAUSE_WORDS = frozenset(
    {"that", "which", "who", "whom", "whose", "it", "they", "he", "she", "we", "i", "you", "there"}
)
#: A past participle and the phrase it opens, set off by commas after a thing's phrase: ",
#: shut to visitors since early May,". A preposition follows it, where the past
#: tense of a verb whose subject the thing is takes an object ("the plant, announced a plan").
_PARTICIPLE_ASIDE = re.compile(
    r",\s+[a-z]+ed\s+(?:by|in|at|on|to|since|for|from|after|under|until)\s[^,;:.!?\"“”]{1,120},"
)
#: The comma and past participle that open :data:`_PARTICIPLE_ASIDE`.
_PARTICIPLE_OPENING = re.compile(r",\s+[a-z]+ed\s")
#: How far before a verb an aside of :data:`_PARTICIPLE_ASIDE` may open, in characters.
_PARTICIPLE_REACH = 160


def _participle_aside_before(text: str, start: int, verb: int) -> int | None:
    """Where an aside of :data:`_PARTICIPLE_ASIDE` that ends right before the verb phrase at
    ``verb`` opens, after ``start``; ``None`` when none does."""
    for opening in _PARTICIPLE_OPENING.finditer(text, max(start, verb - _PARTICIPLE_REACH), verb):
        aside = _PARTICIPLE_ASIDE.match(text, opening.start(), verb)
        if aside is not None and not text[aside.end() : verb].strip():
            return opening.start()
    return None


#: Who leads a body, right after its phrase: "led by retired judge Ana Qvist", "chaired by
#: Tomas Renn" (a title or two in lower case, then the name).
_LED_BY = re.compile(
    r"\s+(?:led|headed|chaired|run)\s+by\s+(?:[a-z][\w-]*\s+){0,3}"
    r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}(?=\s)"
)
#: Places after a thing's phrase, before an aside or its verb: "near Tarnholm" of "the Marrick
#: Creek mine near Tarnholm, which …, will close", "over the River Kesh in Lowick", "beneath
#: the old bridge".
_PLACE_AFTER = re.compile(
    r"(?:\s+(?:in|at|near|outside|over|across|beneath|below|beside|along|behind)\s+"
    r"(?:(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*|the\s+[a-z]+(?:\s+[a-z]+)?))+"
)


#: The codes of the time grammar's words that say when a sum is for, not what: units of
#: time, ordinals, "last", seasons, parts of the day, "today", weekdays and months.
_TIME_NOUN_CODES = frozenset("UuO2LSP8TWM")


#: Where units.toml gives what a sum paid is by what paying it does (:func:`_paid_to`).
_PAID_TO = ("units", "paid_to")


def _place_code(name: str, grammar: _Grammar) -> str:
    """The code of the country or region ``name`` names ("U.S.", "Peru." at a sentence's
    end), else the name."""
    for form in (name, name.rstrip(".")):
        code = grammar.countries.get(form) or grammar.regions.get(form)
        if code is not None:
            return code
    return name.rstrip(".")


def _country_of(place: str) -> str:
    """The code of the country of a place's code: itself for a country's ("ML"), its first
    part for a region's ("US" of "US-AL")."""
    return place.split("-", 1)[0]


def _regions(lexicon: Lexicon, countries: Mapping[str, str]) -> dict[str, str]:
    """The names of ``[regions]``, each with its region's code, whose first part must be the
    code of one of ``countries``; a name may not be a country's too."""
    codes = set(countries.values())
    regions: dict[str, str] = {}
    for code in lexicon.table("subjects").get("regions", {}):
        keys = ("subjects", "regions", code)
        if "-" not in code or _country_of(code) not in codes:
            raise lexicon.error(keys, f"{code!r} is no code of a country's region (as US-AL)")
        for name in lexicon.words(*keys):
            if name in countries:
                raise lexicon.error(keys, f"{name!r} names a country of [countries]")
            regions[name] = code
    return regions


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    table = lexicon.table("subjects")
    countries: dict[str, str] = {}
    named: set[str] = set()
    adjectives: set[str] = set()
    for code, country in table.get("countries", {}).items():
        if not isinstance(country, Mapping):
            raise lexicon.error(("subjects", "countries", code), "must be a table")
        for field in ("names", "adjectives"):
            for name in lexicon.words("subjects", "countries", code, field):
                countries.setdefault(name, code)
                (named if field == "names" else adjectives).add(name)
    regions = _regions(lexicon, countries)
    organizations: dict[str, tuple[str, str | None]] = {}
    for name, body in table.get("organizations", {}).items():
        if not isinstance(body, Mapping) or not isinstance(body.get("key"), str):
            raise lexicon.error(("subjects", "organizations", name), "needs a key")
        organizations[name] = (body["key"], body.get("country"))
    heads: dict[str, _Head] = {}
    for institution in table.get("institutions", {}):
        keys = ("subjects", "institutions", institution)
        for head in lexicon.words(*keys, "heads"):
            heads[head.lower()] = _Head(institution=institution, kind=None)
        for kind in lexicon.words(*keys, "kinds"):
            nouns = {noun.lower() for noun in lexicon.words("units", "counted", kind)}
            for noun in nouns:
                singular = bool({f"{noun}s", f"{noun}es", f"{noun[:-1]}ies"} & nouns)
                heads[noun] = _Head(institution=institution, kind=kind, singular=singular)
    for kind in lexicon.table("units").get("counted", {}):
        listed = {noun.lower() for noun in lexicon.words("units", "counted", kind)}
        for noun in listed:
            # A singular whose plural is listed ("home", "death") names a subject only when
            # counted ("a US official", "one soldier"), not in "come back home".
            singular = bool({f"{noun}s", f"{noun}es", f"{noun[:-1]}ies"} & listed)
            heads.setdefault(noun, _Head(institution=None, kind=kind, singular=singular))
    hedges = lexicon.table("hedges")
    hedge_words = {
        word.lower()
        for spec in hedges.values()
        if isinstance(spec, Mapping)
        for word in spec.get("words", [])
        if isinstance(word, str)
    }
    numbers = number_grammar(lexicon)
    name_suffixes = frozenset(
        word.lower() for word in lexicon.words("subjects", "grammar", "name_suffixes")
    )
    names = _names(lexicon.words("speakers", "organizations", "joiners"), name_suffixes)
    # "Route 9", "Flight 370", "Terminal 2": a label of numbers.toml and its number name a thing.
    labels = [
        w.capitalize() for w in lexicon.words("numbers", "not_amounts", "labels") if w.isalpha()
    ]
    numbered = rf"(?:{words_pattern(labels, fold=False)})\s+\d+[A-Z]?(?![\w,.]\d)"
    title_words = words_pattern(titles(lexicon), fold=False)
    spending = frozenset(
        [
            *lexicon.words("subjects", "grammar", "possession"),
            *lexicon.words("subjects", "grammar", "spending"),
        ]
    )
    things = {
        " ".join(word.lower().split()): key
        for key in lexicon.table("subjects").get("things", {})
        for word in [key, *lexicon.words("subjects", "things", key)]
    }
    plurals = {s_form(word): key for word, key in things.items()}
    plurals = {plural: key for plural, key in plurals.items() if plural not in things}
    bodies: dict[str, set[str]] = {}
    body_modifiers = words_pattern(lexicon.words("subjects", "body_modifiers", "words"))
    # The words that end a company's name end the name of a company ("Acme Corp."), and so do
    # those of a trade ("Kelder Mining": ``trades`` of speakers.toml).
    company_endings = name_suffixes | {
        word.lower() for word in lexicon.words("speakers", "organizations", "trades")
    }
    for noun in lexicon.table("subjects").get("bodies", {}):
        suffixes = company_endings if noun == "company" else frozenset()
        for word in [noun, *lexicon.words("subjects", "bodies", noun), *suffixes]:
            bodies.setdefault(word.lower(), set()).add(noun.lower())
    body_nouns = words_pattern({noun for nouns in bodies.values() for noun in nouns})
    member_bodies: dict[str, str] = {}
    for noun in lexicon.table("subjects").get("members", {}):
        if noun.lower() not in lexicon.table("subjects").get("bodies", {}):
            raise lexicon.error(
                ("subjects", "members", noun), f"{noun!r} is not a body of [bodies]"
            )
        for word in lexicon.words("subjects", "members", noun):
            member_bodies[" ".join(word.lower().split())] = noun.lower()
    employed = frozenset(lexicon.words("subjects", "employed", "kinds"))
    for kind in sorted(employed - set(lexicon.table("units").get("counted", {}))):
        raise lexicon.error(
            ("subjects", "employed", "kinds"), f"{kind!r} is not a kind of [counted]"
        )
    place_nouns = words_pattern(lexicon.words("subjects", "scenes", "nouns"))
    speech = words_pattern(lexicon.words("speakers", "verbs", "speech"))
    happenings = _happening_forms(lexicon)
    paying = {
        verb.lower(): kind
        for kind in paid_for_kinds(lexicon)
        for verb in lexicon.words("units", "paid_for", kind)
    }
    paid_to = list(lexicon.table("units").get("paid_to", {}))
    for kind in paid_to:
        if kind not in lexicon.table("units").get("priced", {}):
            raise lexicon.error((*_PAID_TO, kind), f"{kind!r} is not a kind of [priced]")
    return _Grammar(
        organization_names=Phrases({name: name for name in organizations}, fold=False),
        country_names=Phrases({name: name for name in countries}, fold=False),
        region_names=Phrases(regions, fold=False),
        regions=regions,
        head_names=Phrases({head: head for head in heads}),
        countries=countries,
        adjectives=frozenset(countries) - named,
        country_adjectives=frozenset(adjectives),
        organizations=organizations,
        heads=heads,
        possession=frozenset(lexicon.words("subjects", "grammar", "possession")),
        not_the_one=frozenset(lexicon.words("subjects", "grammar", "not_the_one")),
        which_one=frozenset(lexicon.words("subjects", "grammar", "which_one")),
        measures=frozenset(lexicon.words("subjects", "measures", "words")),
        introduced=frozenset(lexicon.words("subjects", "introduced", "words")),
        demonym_endings=tuple(
            sorted(lexicon.words("subjects", "grammar", "demonym_endings"), key=len, reverse=True)
        ),
        spending=spending,
        making=spending | frozenset(lexicon.words("subjects", "grammar", "making")),
        priced=Phrases(
            {
                noun: kind
                for kind in lexicon.table("units").get("priced", {})
                for noun in lexicon.words("units", "priced", kind)
            }
        ),
        priced_verbs=Phrases(_verb_kinds(lexicon, "units", "priced_verbs")),
        priced_purpose=re.compile(
            rf"\s+{words_pattern(lexicon.words('units', 'priced_purpose', 'openers'))}"
            r"\s+(?P<purpose>[a-z][a-z-]*[a-z])"
            r"(?=\s*[,.;:]|\s+(?:and|on|in|at|by|from|after|over|this|last|next)\s|\s*\Z)"
        ),
        singulars={
            **{word: word for word in lexicon.words("units", "unlisted_counts", "not_nouns")},
            **lexicon.mapping("units", "unlisted_counts", "irregular"),
        },
        lasting=Phrases(lasting_kinds(lexicon)),
        lasting_ends=frozenset(_verb_kinds(lexicon, "units", "lasting_ends")),
        estimated_at=frozenset(
            [
                *lexicon.words("units", "estimated_at", "verbs"),
                *lexicon.words("units", "estimated_at", "value"),
            ]
        ),
        valuing=frozenset(lexicon.words("units", "estimated_at", "value")),
        costing=frozenset(lexicon.words("units", "estimated_at", "costing")),
        cost_purposes=lexicon.mapping("units", "estimated_at", "purposes"),
        whole=frozenset(
            [
                *lexicon.words("units", "estimated_at", "whole"),
                *lexicon.mapping("units", "rate_adjectives"),
            ]
        ),
        paid_for=Phrases(paying),
        paying=frozenset(word for verb in paying for word in verb.split()),
        paid_between=frozenset(lexicon.words("units", "paid_for", "between")),
        paid_for_phrases=Phrases(
            {phrase: phrase for phrase in lexicon.words("units", "paid_for", "for")}
        ),
        paid_to=Phrases(
            {phrase: kind for kind in paid_to for phrase in lexicon.words(*_PAID_TO, kind, "words")}
        ),
        paid_to_ends={
            kind: frozenset(word.lower() for word in lexicon.words(*_PAID_TO, kind, "ends"))
            for kind in paid_to
        },
        be_forms=auxiliary_class_words(lexicon, "progressive"),
        happenings=Phrases(happenings),
        happening_names=frozenset(name for name, _ in happenings.values()),
        undergone_names=frozenset(name for name, undergone in happenings.values() if undergone),
        verb_auxiliaries=auxiliary_words(lexicon) - auxiliary_class_words(lexicon, "negation"),
        time_nouns=frozenset(
            word
            for word, (code, _) in time_grammar(lexicon).vocabulary.items()
            if code in _TIME_NOUN_CODES
        ),
        indicators=frozenset(lexicon.words("subjects", "grammar", "indicators")),
        picked=frozenset(lexicon.words("subjects", "grammar", "picked")),
        levels=frozenset(
            " ".join(level.lower().split())
            for level in lexicon.words("subjects", "grammar", "levels")
        ),
        prepositions=frozenset(lexicon.words("subjects", "grammar", "prepositions")),
        particles=frozenset(lexicon.words("subjects", "grammar", "particles")),
        auxiliary=auxiliary_words(lexicon),
        reporting=frozenset(word.lower() for word in lexicon.words("speakers", "verbs", "speech")),
        setting=frozenset(lexicon.words("subjects", "grammar", "setting")),
        name_suffixes=name_suffixes,
        titles=titles(lexicon),
        adverbs=frozenset(lexicon.words("speakers", "adjuncts", "before_verb")),
        weekdays=frozenset(
            word for word, (code, _) in time_grammar(lexicon).vocabulary.items() if code == "W"
        ),
        calendar=frozenset(
            word
            for word, (code, _) in time_grammar(lexicon).vocabulary.items()
            if code in ("W", "M", "H")
        ),
        said_times=frozenset(
            word
            for word, (code, _) in time_grammar(lexicon).vocabulary.items()
            if code in ("W", "T", "P")
        ),
        # A person's title in lowercase words may come first, after a capitalized word or
        # whose title it is: "Chief executive Tomas Berg", "Orrin Freight's chief executive
        # Tomas Berg" (the name is the person's; "General Motors" has no such title).
        opening_name=re.compile(
            rf"[\"“‘']?(?:[Tt]he\s+)?(?:(?:{names})(?:['’]s)?\s+(?:(?:{title_words})\s+)+(?=[A-Z]))?"
            rf"({numbered}|{names}){_ASIDE}?\s+(?=[a-z])"
        ),
        place_of=re.compile(
            rf"[\"“‘']?(?:[Tt]he\s+(?:[a-z]+\s+)?)?(?i:{place_nouns})\s+of\s+(?=[A-Z])"
        ),
        thing_of=re.compile(
            r"[\"“‘']?[Tt]he\s+(?P<nouns>[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*)?)\s+of\s+(?=[A-Z])"
        ),
        shares=frozenset(lexicon.words("subjects", "grammar", "shares")),
        owner_opening=re.compile(
            rf"[\"“‘']?(?:[Tt]he\s+(?P<body>{body_nouns})\b|(?:[Tt]he\s+)?(?P<name>{names}))"
            rf"(?:{_ASIDE}?\s+(?=[a-z])|(?={_RELATIVE.pattern}))"
        ),
        owner_after=re.compile(
            rf"\s+(?:that\s+|which\s+)?(?:(?P<name>{names})|(?P<person>he|she))\s+"
            r"(?:(?:has|have|had|is|are|was|were|will|would)\s+(?:been\s+|be\s+)?)?"
            r"(?P<verb>[a-z]+)\b"
        ),
        definite_body=re.compile(
            rf"[\"“‘']?(?P<the>[Tt]he)\s+(?:{body_modifiers}\s+)?(?P<body>{body_nouns})\b"
        ),
        members=re.compile(
            rf"[\"“‘']?(?:[Tt]he\s+)?(?P<members>(?i:{words_pattern(member_bodies)}))\b"
        ),
        member_bodies=member_bodies,
        definite_possessor=re.compile(rf"\b[Tt]he\s+(?P<body>{body_nouns})['’]s\s+\Z"),
        bodies={word: frozenset(nouns) for word, nouns in bodies.items()},
        body_aside=re.compile(
            rf",\s+(?:the|an?)\s+(?:[\w’'-]+\s+){{0,2}}?({body_nouns})\b"
            # ", the trust said", ", the trust's chief": who speaks or whose, not what it is
            rf"(?![’'][sS]\b|\s+(?i:{speech})\b)"
        ),
        name=re.compile(rf"(?>{names})(?![\w’'])"),
        places=frozenset(lexicon.words("subjects", "grammar", "places")),
        not_places=frozenset(lexicon.words("subjects", "grammar", "not_places")),
        counting=re.compile(
            r"\s+(?:ha(?:s|ve|d)\s+)?(?:"
            + words_pattern(lexicon.words("speakers", "adjuncts", "before_verb"))
            + r"\s+){0,2}"
            + words_pattern(lexicon.words("subjects", "scenes", "counting"))
            + r"\s+",
            re.IGNORECASE,
        ),
        inside=frozenset(lexicon.words("subjects", "grammar", "inside")),
        hedges=frozenset(hedge_words),
        numbers=re.compile(numbers.number, re.IGNORECASE),
        number_at_end=re.compile(rf"(?:{numbers.number})$", re.IGNORECASE),
        number_words=frozenset(
            word.lower()
            for table in (numbers.cardinals, numbers.groups, numbers.fractions, numbers.scales)
            for word in table
        )
        | {"half", "a"},
        blurs=frozenset(blur for blur in numbers.vague if " " not in blur),
        number_ends=_number_ends(
            [
                *numbers.cardinals,
                *numbers.groups,
                *numbers.fractions,
                *numbers.scales,
                *numbers.scale_abbreviations,
                "half",
            ]
        ),
        opening=frozenset(lexicon.words("subjects", "grammar", "opening")),
        definite=frozenset(lexicon.words("subjects", "grammar", "definite")),
        things=things,
        named_thing=re.compile(
            r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|\w+['’]s)\s+([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})"
            rf"\s+({words_pattern({word.split()[-1] for word in things}, fold=False)})\b"
        ),
        thing_aside=re.compile(
            r"\b([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}),\s+(?:the|an?)\s+(?:[\w’'-]+\s+){0,2}?"
            rf"({words_pattern(things, fold=False)})\b"
            rf"(?![’'][sS]\b|\s+(?i:{speech})\b)"
        ),
        owned_things=re.compile(
            r"\b(?:its|their|his|her|our|\w+['’]s)\s+(?:[\w-]+\s+){0,2}?"
            rf"({words_pattern([*things, *plurals])})\b"
            rf"|\b({words_pattern(plurals)})\b",
            re.IGNORECASE,
        ),
        plural_things=plurals,
        quantity=frozenset(lexicon.words("subjects", "grammar", "quantity")),
        function_words=function_words(lexicon),
        scene_nouns=_table_words(lexicon, "scenes", "nouns"),
        employed=employed,
        site_names=frozenset(lexicon.words("subjects", "sites", "before_names")),
        head_adjectives=frozenset(
            word.lower() for word in lexicon.words("units", "counted_adjectives", "words")
        ),
        toll_words=frozenset(
            word.lower()
            for part in lexicon.words("units", "tolls", "parts")
            for word in lexicon.words("units", "parts", part)
            if " " not in word
        ),
    )


def _nouns(
    text: str,
    start: int,
    end: int,
    grammar: _Grammar,
    *,
    verb_endings: tuple[str, ...] = ("s", "ed"),
) -> int:
    """Where the one or two nouns right after ``start`` (and before ``end``) end: "plant" of
    "the Averly plant will", "copper mine" of "the Kelder copper mine in March"; ``start``
    if there are none. Function words, phrase openers, auxiliaries, adverbs, prepositions
    and verbs of speech are no nouns, nor a word with ``verb_endings``, which may be a verb
    ("the Puerto Rican constitution requires", "Don Blankenship favored"), unless it names a
    thing of ``[things]`` ("the Lowick works", "the council's vote", though "vote to" is an
    auxiliary)."""
    others = (
        grammar.function_words,
        grammar.opening,
        grammar.prepositions,
        grammar.auxiliary,
        grammar.adverbs,
        grammar.places,
        grammar.reporting,
    )
    at = start
    for _ in range(3):
        found = _NOUN.match(text, at, end)
        if found is None:
            sized = _SIZE.match(text, at, end)
            if sized is None or _NOUN.match(text, sized.end(), end) is None:
                break
            at = sized.end()  # "its new 30,000-seat stadium": a size before a noun
            continue
        word = found.group(1)
        if at == start and word in grammar.which_one:
            at = found.end()  # "Halvard's first plant", though "first" ends most phrases
            continue
        if word not in grammar.things and (
            word.endswith(("ly", *verb_endings)) or any(word in words for words in others)
        ):
            break
        at = found.end()
    return at


@functools.cache
def _incident_phrases(lexicon: Lexicon) -> Phrases[str]:
    """The words of ``[incidents]`` in ``subjects.toml``, each naming its incident, and the
    phrases of ``[not_incidents]``, which name none ("")."""
    phrases: dict[str, str] = dict.fromkeys(_table_words(lexicon, "not_incidents"), "")
    for incident in lexicon.table("subjects").get("incidents", {}):
        words = lexicon.words("subjects", "incidents", incident)
        phrases.update((word, incident) for word in words)
    return Phrases(phrases)


def _incidents(
    lexicon: Lexicon, words: Words, indexes: Iterable[int]
) -> Iterator[tuple[int, int, str]]:
    """The incidents named among ``words`` at ``indexes``: the first and last word of each,
    and its key; not a word of one inside a phrase that names none ("a gunman opened fire")."""
    for first, last, incident in _incident_phrases(lexicon).find(words, indexes):
        if incident:
            yield first, last, incident


def _incident_word(lexicon: Lexicon, words: Words, index: int) -> bool:
    """Whether word ``index`` of ``words`` is a word of ``[incidents]`` alone ("collapse")."""
    found = _incident_phrases(lexicon).match(words, index)
    return found is not None and found[0] == index and bool(found[1])


@functools.cache
def _table_words(lexicon: Lexicon, table: str, key: str = "words") -> frozenset[str]:
    """The words under ``key`` of table ``table`` of ``subjects.toml`` (``scenes``,
    ``distinct_incidents``, ``named_incidents``), lowercase."""
    return frozenset(
        " ".join(word.lower().split()) for word in lexicon.words("subjects", table, key)
    )


def _gap(span: Span, start: int, end: int) -> int:
    """How many characters stand between ``span`` and ``[start, end)``, which it does not
    overlap."""
    return span.start - end if end <= span.start else start - span.end


def _names(joiners: Sequence[str], suffixes: Iterable[str]) -> str:
    """The pattern of a name: up to six capitalized words, with ``joiners`` ("of", "and") and
    "&" allowed between them. A word in the possessive is of the name when a capitalized word
    that ends a company's name (of ``suffixes``) follows it: "McDonald's Corp.", "Shoney's
    Inc." (not "Canada's Prime Minister")."""
    joiner = "|".join(re.escape(word) for word in sorted({*joiners, "&"}, key=len, reverse=True))
    ending = "|".join(
        re.escape(form)
        for form in sorted(
            {form for suffix in suffixes for form in (suffix.capitalize(), suffix.upper())},
            key=len,
            reverse=True,
        )
    )
    word = rf"[A-Z][\w&.-]*(?:['’]s(?=\s+(?:{ending})(?![\w’'])))?" if ending else r"[A-Z][\w&.-]*"
    return rf"{word}(?:\s+(?:(?:{joiner})\s+)?{word}){{0,5}}"


def _number_ends(words: list[str]) -> frozenset[str] | None:
    """The last run of letters of each of ``words``, lowercased, if all are written with ASCII
    letters, spaces and hyphens; else none."""
    words = [" ".join(word.split()).lower() for word in words]
    if not all(_ASCII_WORDS.fullmatch(word) for word in words):
        return None
    return frozenset(_ASCII_LETTERS.findall(word)[-1] for word in words)


def named_bodies(lexicon: Lexicon) -> tuple[Mapping[str, str], Mapping[str, str]]:
    """The countries of the lexicon (each name and adjective → ISO code) and its bodies known by
    a name (each name → the first name listed for the same body: "Oval Office" → "White
    House"), for the stages that meet the same names (speakers)."""
    grammar = _grammar(lexicon)
    first: dict[str, str] = {}
    for name, (key, _) in grammar.organizations.items():
        first.setdefault(key, name)
    return grammar.countries, {name: first[key] for name, (key, _) in grammar.organizations.items()}


# Finding phrases.


class _Raw(NamedTuple):
    """A name, a head noun or a possessive pronoun found among the words of a text."""

    kind: str  # organization, country, region, head, pronoun
    start: int
    end: int
    text: str

    @property
    def span(self) -> Span:
        """Where the text has it."""
        return trusted_span(self.start, self.end)


#: Makes a raw find from a tuple of its fields, at a third of the cost of ``_Raw(…)``.
_make_raw = tuple.__new__


def _mention(
    *,
    span: Span,
    head: Span,
    subject: Subject,
    plural: bool,
    institution: str | None = None,
    kind: str | None = None,
    owner: str | None = None,
) -> SubjectMention:
    """``SubjectMention(...)`` made without validators (a text has thousands of mentions)."""
    mention: SubjectMention = _BUILD_MENTION(span, head, subject, plural, institution, kind, owner)
    return mention


def _member_body(found: re.Match[str], grammar: _Grammar) -> str:
    """The noun of the body whose members the word of ``[members]`` that ``found`` matched
    (group ``members``) names: "council" for "Councillors"."""
    return grammar.member_bodies[" ".join(found.group("members").lower().split())]


def _thing(text: str, start: int, end: int, key: str, owner: str | None) -> SubjectMention:
    """The mention of one thing, named by the words ``[start, end)`` of ``text``, of ``owner``
    ("Averly: plant"; ``None``: of "the" one its story tells of)."""
    span = trusted_span(start, end)
    return _mention(
        span=span,
        head=span,
        subject=_subject(key, text[start:end], owner),
        plural=False,
        owner=owner,
    )


def _subject(key: str, text: str, owner: str | None) -> Subject:
    """``Subject(key=key, text=text, owner=owner)``, without validators for a key that is not
    blank (a blank one, from a user's lexicon, gets the constructor's error)."""
    if not key.strip():
        return Subject(key=key, text=text, owner=owner)
    subject: Subject = _BUILD_SUBJECT(key, text, owner, ())
    return subject


#: Builders of the fields in their order: a third of the cost of ``trusted``'s dictionary.
_BUILD_MENTION = trusted_builder(SubjectMention)
_BUILD_SUBJECT = trusted_builder(Subject)


_GAP_WORD = re.compile(rf"(?:{DIGITS}|[\w’'-]+|[$€£%])")
#: A word ending in "-ed" right before a number (masked as "#"): a verb, as in "Peru reported
#: nine deaths", unless the lexicon lets it stand inside a phrase ("an estimated 2,000").
_PARTICIPLE_BEFORE_NUMBER = re.compile(r"\b([a-z][\w’'-]*ed)\s+#")


_DIGIT = re.compile(r"\d")
_ASCII_LETTERS = re.compile("[a-z]+")
_ASCII_WORDS = re.compile("[a-z]+(?:[ -][a-z]+)*")
_POSSESSIVE_START = re.compile(r"^['’]s\b")
_PUNCTUATION = re.compile(r"[,.;:!?()\"“”—–]")
_HARD_PUNCTUATION = re.compile(r"[;:!?()\"“”—–]")  # what no number holds


def _may_count(text: str, grammar: _Grammar) -> bool:
    """Whether ``text`` may hold a number: a digit, or a word numbers are written with."""
    return _DIGIT.search(text) is not None or not grammar.number_words.isdisjoint(
        word.rpartition("-")[2] for word in text.lower().split()
    )


def _masked(text: str, grammar: _Grammar) -> str:
    """``text`` with each number in it written "#"."""
    return grammar.numbers.sub(" # ", text) if _may_count(text, grammar) else text


def _may_end_number(words: str, grammar: _Grammar) -> bool:
    """Whether a number may end in ``words`` (text with no punctuation): whether it holds a
    digit or a word a number can end with, in ASCII (else, with case folding, it may)."""
    if grammar.number_ends is None or not words.isascii():
        return True
    return _DIGIT.search(words) is not None or not grammar.number_ends.isdisjoint(
        _ASCII_LETTERS.findall(words.lower())
    )


def _is_number(word: str, grammar: _Grammar, numbers: re.Pattern[str]) -> bool:
    """Whether ``numbers`` matches all of ``word``: tried only where a number may end, as a
    match of the whole number grammar costs five times the test."""
    if word.isalpha() and word.isascii() and grammar.number_ends is not None:
        # Most words are letters only: their one run of letters is the word.
        return word.lower() in grammar.number_ends and numbers.fullmatch(word) is not None
    return _may_end_number(word, grammar) and numbers.fullmatch(word) is not None


def _last_number(text: str, grammar: _Grammar) -> re.Match[str] | None:
    """The last number in ``text``."""
    if not _may_count(text, grammar):
        return None
    matches = list(grammar.numbers.finditer(text))
    return matches[-1] if matches else None


def _owns_by_of(nouns: str, grammar: _Grammar) -> bool:
    """Whether the lowercase ``nouns`` before "of" and a name name a thing of the name's: not
    a share of it ("The rest of"), and no function word ("The one of")."""
    return not any(
        word in grammar.shares or word in grammar.function_words for word in nouns.split()
    )


def _inside_gap(gap: str, grammar: _Grammar) -> bool:
    """Whether the text between an owner and a head can lie inside one noun phrase."""
    known = grammar.gaps.get(gap)
    if known is None:
        if len(grammar.gaps) > 10_000:
            grammar.gaps.clear()  # text can hold endless gaps; keep the cache bounded
        known = grammar.gaps[gap] = _reads_inside(gap, grammar)
    return known


def _reads_inside(gap: str, grammar: _Grammar) -> bool:
    """:func:`_inside_gap`, worked out."""
    if gap.count(" ") > 16 or _HARD_PUNCTUATION.search(gap):
        return False  # longer than six words and a number, or across a clause
    gap = _masked(_POSSESSIVE_START.sub("", gap.strip()), grammar)
    if any(
        verb.group(1).lower() not in grammar.inside
        for verb in _PARTICIPLE_BEFORE_NUMBER.finditer(gap)
    ):
        return False
    words = _GAP_WORD.findall(gap.replace("#", " "))
    if len(words) > 6 or _PUNCTUATION.search(gap):
        return False
    open_words = 0
    for word in words:
        lower = word.lower()
        if lower in grammar.possession:
            return False
        if lower in grammar.inside or lower in grammar.hedges or word in {"$", "€", "£", "%"}:
            continue
        if word[:1].isupper():
            continue  # another capitalized modifier ("Special Operations")
        open_words += 1
    return open_words <= 1


_NEXT_WORD = re.compile(r" ([a-z][\w’'-]*)")
#: Endings of nouns ("operation"), for one str.endswith with their plurals.
_NOUN_SUFFIXES: tuple[str, ...] = ("tion", "sion", "ment", "ity", "ance", "ence", "ship")
_NOUN_SUFFIXES += ("ness", "ies", "age", "ure", "ism")
_NOUN_ENDINGS = (*_NOUN_SUFFIXES, *(f"{suffix}s" for suffix in _NOUN_SUFFIXES))


def _attributive(text: str, end: int, grammar: _Grammar) -> bool:
    """Whether the noun ending at ``end`` modifies a noun after it ("military operation")."""
    match = _NEXT_WORD.match(text, end)
    if match is None:
        return False
    following = match.group(1)
    head = grammar.heads.get(following)
    if head is not None:
        return not head.singular  # "government officials"; but "troops home" is not
    return following.endswith(_NOUN_ENDINGS)


_COUNTING_WORDS = frozenset({"a", "an", "one", "each", "every", "another", "single", "1"})
_COUNTING = re.compile(
    r"\b(?:a|an|one|each|every|another|single|1)\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE
)


def _counted(text: str, start: int) -> bool:
    """Whether the singular noun at ``start`` is counted: "a US official", "one soldier"."""
    last = {
        word.strip("([{\"'“‘").lower() for word in text[max(0, start - 50) : start].split()[-4:]
    }
    if last.isdisjoint(_COUNTING_WORDS):
        return False  # none of the four words before counts: no need to search
    return _COUNTING.search(text, max(0, start - 50), start) is not None


def _after_number(text: str, start: int, grammar: _Grammar) -> bool:
    """Whether the word at ``start`` follows a number or "the": "25 wounded", "the injured"."""
    before = text[max(0, start - 40) : start].rstrip().lower()
    return before.endswith(" the") or before == "the" or _right_after_number(text, start, grammar)


def _counted_before(text: str, floor: int, start: int, grammar: _Grammar) -> bool:
    """Whether a number ends right before ``start`` and after ``floor``, or one lowercase word
    after it, with no "all", "the" or possessive before it that makes it the whole: "Five
    U.S. states", "six other U.S. states" (not "all 50 U.S. states")."""
    before = text[max(floor, start - 40) : start].rstrip()
    number = grammar.number_at_end.search(before)
    if number is None:
        last = before.rsplit(None, 1)
        if len(last) < 2 or not (last[1].isalpha() and last[1].islower()):
            return False
        before = last[0]
        number = grammar.number_at_end.search(before)
        if number is None:
            return False
    opener = before[: number.start()].split()[-1:]
    return not opener or not (opener[0].lower() in grammar.definite or opener[0].lower() == "all")


def _right_after_number(text: str, start: int, grammar: _Grammar) -> bool:
    """Whether the word at ``start`` follows a number: "two doctors"."""
    before = text[max(0, start - 40) : start].rstrip()
    last = _last_number(before, grammar)
    return last is not None and last.end() == len(before)


def _place(text: str, raw: _Raw, grammar: _Grammar) -> bool:
    """Whether the country named by ``raw`` follows a preposition of place ("in Mali", "in
    the Philippines"). After "the", a name that is also the country's adjective and goes on
    with a word in lowercase other than a function word is that adjective ("fired after the
    US strike"; but "in the US since March")."""
    before = text[max(0, raw.start - 24) : raw.start].lower().split()
    if before[-1:] == ["the"]:
        before.pop()
        following = _NEXT_WORD.match(text, raw.end)
        if (
            following is not None
            and " ".join(raw.text.split()) in grammar.country_adjectives
            and following.group(1) not in grammar.function_words
        ):
            return False
    two = " ".join(before[-2:])
    return (
        bool(before)
        and (before[-1] in grammar.places or two in grammar.places)
        and (two not in grammar.not_places)
    )


def find_subjects(text: str, segments: Segments, *, lexicon: Lexicon | None = None) -> Subjects:
    """The subject phrases of ``text``, with keys."""
    lexicon = lexicon or default_lexicon()
    grammar = _grammar(lexicon)
    raws = _raws(segments.words, grammar)
    places: list[tuple[Span, str]] = []
    # A region is a place only: named as one ("in Alabama"), or counting ("Alabama has
    # confirmed four cases"; :meth:`Subjects.counting_place`).
    regions: list[tuple[Span, str]] = []
    if any(raw.kind == "region" for raw in raws):
        for raw in raws:
            if raw.kind == "region":
                code = grammar.regions[" ".join(raw.text.split())]
                (places if _place(text, raw, grammar) else regions).append((raw.span, code))
        raws = [raw for raw in raws if raw.kind != "region"]
    mentions: list[SubjectMention] = []
    # institution → its last owner: a country's code, or a name of no country
    last_owner: dict[str, tuple[str | None, str | None]] = {}
    lone_names = _LoneNames(segments)
    # The finds are in text order: the sentence of each is found by walking forward, not by
    # a search per head.
    sentences = segments.sentences or (Span(start=0, end=len(text)),)
    bodies = _NamedBodies(text, grammar, sentences)
    number = 0
    for index, raw in enumerate(raws):
        if raw.kind == "pronoun":
            continue
        if raw.kind in ("organization", "country"):
            following = raws[index + 1] if index + 1 < len(raws) else None
            if (
                following is not None
                and following.kind == "head"
                and _inside_gap(text[raw.end : following.start], grammar)
            ):
                continue  # a modifier of the head that follows ("US troops")
            if raw.text in grammar.adjectives and _WORD_AFTER.match(text, raw.end):
                continue  # "Samoan vaccination rates": an adjective of another noun
            if raw.kind == "country" and _place(text, raw, grammar):
                # "in Mali": where something is, not what a claim is about
                places.append((raw.span, grammar.countries[" ".join(raw.text.split())]))
                continue
            mentions.append(_named(raw, grammar))
            continue
        head = grammar.heads[" ".join(raw.text.lower().split())]
        if head.singular and not _counted(text, raw.start):
            continue
        if raw.text.endswith("ed") and not _after_number(text, raw.start, grammar):
            continue  # "the attack killed five and wounded 110": a verb, not "110 wounded"
        if _attributive(text, raw.end, grammar):
            continue  # "a military operation", "government officials": a modifier
        if _OWNS_A_NOUN.match(text, raw.end) and not _right_after_number(text, raw.start, grammar):
            continue  # "the children's ward": whose, not what (but "two doctors' approval")
        while number + 1 < len(sentences) and sentences[number + 1].start <= raw.start:
            number += 1
        sentence = sentences[number]
        mentions.append(
            _headed(
                text,
                raws,
                index,
                head,
                sentence,
                grammar,
                last_owner,
                mentions,
                (lone_names, bodies),
            )
        )
    return Subjects(
        mentions=tuple(mentions),
        places=tuple(sorted(places, key=lambda place: place[0].start)),
        regions=tuple(regions),
        segments=segments,
        lexicon=lexicon,
        lone_names=lone_names,
        bodies=bodies,
    )


def phrase_openers(lexicon: Lexicon) -> frozenset[str]:
    """The words that open a noun phrase ("the", "its", "some"): subjects.toml's ``opening``."""
    return _grammar(lexicon).opening


#: How far before a length of time the verb of a prison term may start ("was sentenced to").
_PRISON_VERB_REACH = 40


def _between_group(verb: re.Match[str]) -> str | None:
    """The name of the group of the words between a verb of a prison term and its last word,
    which :func:`_prison_words` names one for each verb; ``None`` for a verb written whole."""
    return next((name for name, group in verb.groupdict().items() if group is not None), None)


#: "by" opening the words between a verb of a prison term and its last word: who sentenced.
_BY_AGENT = re.compile(r"by\s", re.IGNORECASE)
#: How far before a length of time a verb of a prison term may start with words between it
#: and its last word ("sentenced former minister Iver Dahl to").
_PRISON_VERB_SPLIT_REACH = 90


@functools.cache
def _prison_words(
    lexicon: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of ``[sentences]`` in ``units.toml``: its verbs and its verbs of staying,
    each right before a length of time, and its places right after one; and its verbs with
    up to eight words between their last word and the rest (group ``between``: "sentenced
    former minister Iver Dahl to", "was sentenced on Tuesday to")."""
    table = ("units", "sentences")
    verbs = words_pattern(lexicon.words(*table, "verbs"))
    stays = words_pattern(lexicon.words(*table, "stays"))
    places = words_pattern(lexicon.words(*table, "places"))
    split = "|".join(
        rf"{re.escape(head)}\s+(?P<between{index}>(?:[\w’'.-]+\s+){{1,8}}?){re.escape(last)}"
        for index, (head, _, last) in enumerate(
            verb.rpartition(" ") for verb in lexicon.words(*table, "verbs") if " " in verb
        )
    )
    return (
        re.compile(rf"\b{verbs}\s+\Z", re.IGNORECASE),
        re.compile(rf"\b{stays}\s+\Z", re.IGNORECASE),
        re.compile(rf"\s+{places}\b", re.IGNORECASE),
        re.compile(rf"\b(?:{split})\s+\Z" if split else r"(?!)", re.IGNORECASE),
    )


#: How far before a share of a vote the verb that tells who got it may start ("won the
#: Democratic nomination in the state primary with 52% of the vote").
_SHARE_VERB_REACH = 80
#: What ends a clause after a share of a vote: "…, defeating the incumbent, Karl Osei".
_CLAUSE_END = re.compile(r"[,;:]")


@functools.cache
def _vote_share_words(
    lexicon: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The words of ``[vote_shares]`` in ``units.toml``: a pattern of every form of its verbs,
    one of "of" and its nouns right after a percentage ("of the votes cast"), and one of
    its races."""
    table = ("units", "vote_shares")
    verbs = words_pattern(
        form for verb in lexicon.words(*table, "verbs") for form in verb_forms(verb, lexicon)
    )
    nouns = words_pattern(lexicon.words(*table, "nouns"))
    return (
        re.compile(rf"\b{verbs}\b", re.IGNORECASE),
        re.compile(rf"\s+of\s+(?:the\s+)?{nouns}\b", re.IGNORECASE),
        re.compile(rf"\b{words_pattern(lexicon.words(*table, 'races'))}\b", re.IGNORECASE),
    )


def _verb_kinds(lexicon: Lexicon, table: str, *keys: str) -> dict[str, str]:
    """Every form of the verbs of a table of kinds, at ``keys`` of ``table`` (kind → verbs'
    base forms), each with its kind: "fined" → "fine" of ``[priced_verbs]`` in units.toml."""
    kinds = lexicon.table(table)
    for key in keys:
        kinds = kinds.get(key, {})
    return {
        form: kind
        for kind in kinds
        for verb in lexicon.words(table, *keys, kind)
        for form in verb_forms(verb, lexicon)
    }


def _happening_forms(lexicon: Lexicon) -> dict[str, tuple[str, bool]]:
    """The forms of the verbs of ``[happenings]`` in ``subjects.toml`` ("walked out",
    "cancelled"): form → the happening, and whether what is counted undergoes it."""
    return {
        form: (happening, undergone)
        for role, undergone in (("done", False), ("undergone", True))
        for form, happening in _verb_kinds(lexicon, "subjects", "happenings", role).items()
    }


def ends_a_length(words: Words, opener: int, lexicon: Lexicon) -> bool:
    """Whether the article at word ``opener``, which opens the phrase of a length of time,
    follows a verb of ``[lasting_ends]`` in ``units.toml``: "ending an 18-day closure"."""
    return (
        opener > 0
        and words.lower[opener] in {"a", "an"}
        and words.joined(opener - 1, opener)
        and words.lower[opener - 1] in _grammar(lexicon).lasting_ends
    )


@functools.cache
def lasting_kinds(lexicon: Lexicon) -> Mapping[str, str]:
    """The nouns of happenings a length of time is of, lowercased, each with its kind
    (``[lasting]`` of ``units.toml``: "inquiry" and "probe" are ``investigation``)."""
    return {
        noun.lower(): kind
        for kind in lexicon.table("units").get("lasting", {})
        for noun in lexicon.words("units", "lasting", kind)
    }


@functools.cache
def dated_things(lexicon: Lexicon) -> frozenset[str]:
    """The nouns of things a year after "for" dates ("a budget for 2032", "the contract for
    2030"): the first words of ``[priced]`` and ``[lasting]`` in ``units.toml``."""
    grammar = _grammar(lexicon)
    return grammar.priced.firsts | grammar.lasting.firsts


@functools.cache
def phrase_ends(lexicon: Lexicon) -> frozenset[str]:
    """The words a noun phrase ends before: function words, and the words that open another
    phrase ("release of the records", "the prize for physics")."""
    grammar = _grammar(lexicon)
    return grammar.function_words | grammar.opening | grammar.prepositions


def subject_words(lexicon: Lexicon) -> frozenset[str]:
    """The words :func:`find_subjects` looks up among a text's, lowercased: the first words
    of names and head nouns, and the possessive pronouns."""
    return _grammar(lexicon).looked_up


def definite_openers(lexicon: Lexicon) -> frozenset[str]:
    """The words that open a noun phrase of one known thing ("the", "its"): subjects.toml's
    ``definite``."""
    return _grammar(lexicon).definite


def aside_end(text: str, at: int, stop: int) -> int:
    """Where the asides set off by commas right at ``at`` end (at most two: "Lowick,
    Pellandia, which has 250 staff,"), before ``stop``; ``at`` when there are none."""
    end = at
    for _ in range(2):
        aside = _ASIDE_AT.match(text, end if end == at else end - 1, stop)
        if aside is None:
            break
        end = aside.end()  # the comma that ends one may open the next
    return end


def thing_noun(nouns: str, lexicon: Lexicon) -> str:
    """The noun that keys a thing whose owner is named ("Halvard: plant"), from the nouns
    that name it: the ``[things]`` key of subjects.toml for its last two words or its last
    ("head office" → "headquarters", "factory" → "plant"), else its last word."""
    return _thing_noun(nouns.lower().split(), lexicon)[0]


def _thing_noun(words: list[str], lexicon: Lexicon) -> tuple[str, int]:
    """:func:`thing_noun` of the lowercase ``words``, and how many of the last words it
    stands for (two for "head office", else one)."""
    if not words:
        return "", 0
    things = _grammar(lexicon).things
    two = things.get(" ".join(words[-2:])) if len(words) > 1 else None
    return (two, 2) if two else (things.get(words[-1], words[-1]), 1)


def topic_after(
    text: str, at: int, stop: int, openers: frozenset[str], lexicon: Lexicon
) -> tuple[str, int] | None:
    """The topic that a happening's phrase ending at ``at`` is told with, before ``stop``:
    one of ``openers``, an article or a possessive if any, and one to three nouns ("on the
    contamination", "into the collapse"): its last noun, and where the phrase ends. ``None``
    when none follows (nor after a time: "on Monday" names no topic)."""
    found = _NOUN.match(text, at, stop)
    if found is None or found.group(1) not in openers:
        return None
    grammar = _grammar(lexicon)
    begin = found.end()
    article = _NOUN.match(text, begin, stop)
    if article is not None and (
        article.group(1) in grammar.opening or article.group(1) in grammar.definite
    ):
        begin = article.end()  # "into the collapse", "on this matter"
    end = _nouns(text, begin, stop, grammar)
    if end == begin:
        return None
    return text[begin:end].split()[-1].lower(), end


#: What joins a vehicle and what it counts in the key of those aboard ("the ship: aboard
#: person"; :meth:`Subjects.aboard`).
_ABOARD = ": aboard "


def aboard_count(subject: Subject) -> bool:
    """Whether ``subject`` is those aboard "the" vehicle its story tells of, on its one trip
    (:meth:`Subjects.aboard`)."""
    return subject.owner is None and _ABOARD in subject.key


def happening_count(subject: Subject, lexicon: Lexicon) -> bool:
    """Whether ``subject`` is those "the" happening of a kind its story tells of was done by
    or done to (:meth:`Subjects.happened`)."""
    return _happening(subject) in _grammar(lexicon).happening_names


def undergone_count(subject: Subject, lexicon: Lexicon) -> bool:
    """Whether ``subject`` is those "the" happening of a kind its story tells of was done to,
    one by one (``[happenings.undergone]``: "the cancellation: flight")."""
    return _happening(subject) in _grammar(lexicon).undergone_names


def _happening(subject: Subject) -> str | None:
    """The happening whose doers or undergoers ``subject`` is, as :meth:`Subjects.happened`
    keys them ("the cancellation: flight": ``cancellation``), if it may be one."""
    if subject.owner is not None or not subject.key.startswith("the "):
        return None
    return subject.key[4:].partition(":")[0]


def which_one_words(lexicon: Lexicon) -> frozenset[str]:
    """The words before a thing's noun that tell it from others of its kind ("first", "new"):
    subjects.toml's ``which_one``."""
    return _grammar(lexicon).which_one


def is_size(word: str) -> bool:
    """Whether ``word`` is a size written before a thing's noun ("30,000-seat", "400-bed")."""
    return _SIZE_ALONE.fullmatch(word) is not None


def thing_key(nouns: str, lexicon: Lexicon) -> str:
    """What keys a thing: its noun (:func:`thing_noun`), after the words of ``which_one`` that
    tell it from others of its kind and, when there are any, the words between them and the
    noun: "the new plant" and "the old plant" are two, "its first public hearing" is the
    "first hearing", and "his first indoor rally" is not "his first campaign rally"."""
    words = [word for word in nouns.lower().split() if not is_size(word)]
    which_one = which_one_words(lexicon)
    which = [word for word in words if word in which_one]
    noun, own = _thing_noun(words, lexicon)
    if not which:
        return noun
    return " ".join([*which, *(word for word in words[:-own] if word not in which_one), noun])


@functools.cache
def _site_patterns(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The site a count is made at (``[sites]`` of subjects.toml): after the count, a
    preposition and the site ("at the Belsk mine"); before it, the site and then ", where"
    ("Camp Kesby, where"), with an aside between if any."""
    things = _grammar(lexicon).things
    before_names = lexicon.words("subjects", "sites", "before_names")
    name = r"(?:[A-Z][\w’'-]*\s+){1,3}"
    site = (
        rf"(?:(?:the\s+)?(?P<name>{name})(?P<thing>{words_pattern(things, fold=True)})\b"
        rf"|(?P<named>{words_pattern(before_names, fold=False)}(?:\s+[A-Z][\w’'-]*){{1,2}}))"
    )
    prepositions = words_pattern(lexicon.words("subjects", "sites", "prepositions"), fold=True)
    return (
        re.compile(rf"\b{prepositions}\s+{site}"),
        re.compile(rf"\b{site}(?:,[^,.;]*)?,\s+where\s+[^,.;]*$"),
    )


def counted_at(
    text: str, sentence: Span, count: Span, clause_end: int, lexicon: Lexicon
) -> str | None:
    """The site a count in ``sentence`` is made at, when its clause names one narrower than
    what it counts (``[sites]`` of subjects.toml): "Belsk mine" for "300 Norvik workers are
    based at the Belsk mine", "Camp Kesby" for "based at Camp Kesby, where about 1,100
    soldiers are stationed". Looked for after the count up to ``clause_end`` or the next
    number, and in a "where" clause that the count opens."""
    after, where = _site_patterns(lexicon)
    end = clause_end
    digit = _DIGIT.search(text, count.end, end)
    if digit is not None:
        end = digit.start()
    found = after.search(text, count.end, end) or where.search(text, sentence.start, count.start)
    if found is None:
        return None
    if found["named"] is not None:
        return " ".join(found["named"].split())
    return f"{' '.join(found['name'].split())} {_grammar(lexicon).things[found['thing'].lower()]}"


def is_measure(key: str, lexicon: Lexicon) -> bool:
    """Whether the thing ``key`` keys ("the overnight curfew", "curfew") is a measure of
    ``[measures]`` in subjects.toml, by its last word (a ban, a curfew): put in place and
    lifted, and nobody's by being acted on."""
    return key.rpartition(" ")[2] in _grammar(lexicon).measures


#: The keys of ``[paid_for]`` that list words, not the verbs of a kind.
_PAID_FOR_WORDS = frozenset({"between", "for"})


@functools.cache
def paid_for_kinds(lexicon: Lexicon) -> tuple[str, ...]:
    """The kinds of ``[paid_for]`` in units.toml ("sale", "purchase", "allocation"), in the
    table's order: each a list of verbs, beside the table's ``between`` words and ``for``
    phrases."""
    table = lexicon.table("units").get("paid_for", {})
    return tuple(kind for kind in table if kind not in _PAID_FOR_WORDS)


def is_thing(nouns: str, lexicon: Lexicon) -> bool:
    """Whether ``nouns`` name a thing of ``[things]`` in subjects.toml (a plant, an office),
    as :func:`thing_noun` keys it."""
    return thing_noun(nouns, lexicon) in _grammar(lexicon).things.values()


def acts_on(between: str, lexicon: Lexicon) -> bool:
    """Whether a name before a verb phrase is still its subject across the words ``between``
    them: auxiliaries and adverbs ("will not", "has also", "plans to", "quickly"), a place
    ("in Galway", "in the Belsk Valley", "between Averly and Belsk"), or what the name is of
    ("of the Green Party"); not another subject, a verb or a clause ("said the plant", ",
    who")."""
    grammar = _grammar(lexicon)
    vocabulary = time_grammar(lexicon).vocabulary
    after_place = False
    named = False  # a place's name has begun
    words = between.split()
    # The runs of time words are found only when a word that may be one comes up: most
    # phrases end before any does.
    timed: set[int] | None = None
    for index, word in enumerate(words):
        lower = word.lower()
        bare = lower.strip(",")
        if bare in vocabulary or bare.isdigit():
            if timed is None:
                timed = _time_words(words, lexicon)
            if index in timed:
                continue  # "Tomas Berg on Tuesday stepped down"
        if after_place and (word[:1].isupper() or (named and lower == "and")):
            named = True
            continue  # "in Galway", "at Port Averly", "between Averly and Belsk"
        if after_place and not named and lower == "the":
            continue  # "in the Belsk Valley", "of the Green Party"
        # "of" right after the name tells whose it is: "Lena Ruud of the Green Party won"
        after_place, named = lower in grammar.places or (index == 0 and lower == "of"), False
        if not (
            after_place
            or lower in grammar.auxiliary
            or lower in grammar.adverbs
            or (lower.endswith("ly") and lower.isalpha())
        ):
            return False
    return True


#: The codes of time.toml's vocabulary that tell a time on their own (a weekday, a month, a
#: day word, a part of a day, a unit), not only with others ("on", "the", "last").
_TIME_CORE_CODES = frozenset("WMTPU")


def _time_words(words: Sequence[str], lexicon: Lexicon) -> set[int]:
    """The places in ``words`` of the runs of time words (time.toml's vocabulary, and numbers)
    that tell a time: those with a weekday, a month, a day word, a part of a day or a unit
    ("on Tuesday", "last week", "early this morning")."""
    vocabulary = time_grammar(lexicon).vocabulary
    found: set[int] = set()
    run: list[int] = []
    core = False
    for index, word in enumerate([*words, ""]):
        lower = word.lower().strip(",")
        entry = vocabulary.get(lower)
        if entry is not None or (lower.isdigit() and run):
            run.append(index)
            core = core or (entry is not None and entry[0] in _TIME_CORE_CODES)
            continue
        if core:
            found.update(run)
        run, core = [], False
    return found


def told_in_relative(between: str, lexicon: Lexicon) -> bool:
    """Whether the words ``between`` a relative clause's opener and its verb phrase tell who
    says what the phrase before the clause does: a speaker, then a verb of speech, then at
    most a time's words (of time.toml: "which the company said would close", "who officials
    said on Tuesday had left"). Not when the clause's subject is its opener ("which said on
    Monday that workers would leave": the workers leave), nor when anything else follows the
    verb of speech."""
    grammar = _grammar(lexicon)
    words = between.lower().split()
    said = max((at for at, word in enumerate(words) if word in grammar.reporting), default=0)
    if said == 0 or len(words) - said > 4:
        return False
    vocabulary = time_grammar(lexicon).vocabulary
    return all(word in vocabulary for word in words[said + 1 :])


_WORD_AFTER = re.compile(r" [\w’'-]")
#: "The" or "this" opening the phrase of a thing known from before ("The plant will close"),
#: after words that take all of it, or all of it that is left, if any ("All of the plant",
#: "The rest of the gallery reopened"), with the plural possessive of the people it is for, if
#: any ("The members' ballot", "the children's ward").
_DEFINITE_THING = re.compile(
    r"[\"“‘']?((?:(?:[Tt]he\s+rest|[Aa]ll)\s+of\s+)?(?:[Tt]he|[Tt]his))"
    r"(?:\s+(?:[a-z]+s['’]|(?:[a-z]*men|children|people)['’]s)(?=\s))?(?=\s)"
)
#: "A" or "an" opening the phrase of a thing of ``[introduced]``: "An inquest … will open".
_INDEFINITE_THING = re.compile(r"[\"“‘']?([Aa]n?)(?=\s)")
#: "the" or "this" as a word of its own, opening a thing's phrase before a comma.
_THE_AT = re.compile(r"(?<![\w'’])([Tt]he|[Tt]his)(?=\s)")
#: How far before a comma the phrase of a thing it ends may start, in characters.
_THING_BEFORE_COMMA = 80
#: What may end a thing's phrase after its nouns: a topic or purpose of lowercase words ("for
#: displaced residents", "on the closure"), or what it is of or into, which may be named
#: ("review of Penwick Airways' maintenance records").
_THING_COMPLEMENT = re.compile(
    r"(?:\s+(?:of|into)(?:\s+[A-Za-z][\w'’-]*){1,6}|\s+(?:for|on|about)(?:\s+[a-z][a-z'’-]*){1,4})?"
)
#: A word in -ing at a verb's start.
_ING_AT = re.compile(r"[a-z]+ing\b")


def _topic_end(text: str, end: int, limit: int) -> int:
    """Where the phrase of a thing whose nouns end at ``end`` ends, with the topic or purpose
    of lowercase words after them, if any, before ``limit`` ("for displaced residents")."""
    found = _THING_COMPLEMENT.match(text, end, limit)
    return end if found is None else found.end()


_THE = re.compile(r"the\s+")
#: What opens the phrase of a thing with no name of its own, before its first word: "The",
#: "Its", "Their", or the possessive of a common noun ("The company's", "the group's").
_THING_OPENER = re.compile(r"[\"“‘']?((?:[Tt]he\s+[a-z]+['’]s|[Tt]he|[Ii]ts|[Tt]heir))(?=\s)")
#: The words of a thing with no name of its own, then "in" or "at" the place it is in: "the
#: plant at Carrow Bay", "its sales and engineering office in Lowick".
_NOUNS_LOCATED = re.compile(r"((?:\s+[a-z][a-z’'-]*){1,6}?)\s+(?:in|at)\s+")
#: A name and its possessive ending opening a sentence: "Halvard's", "Halvard Motors'".
_POSSESSIVE_OPENING = re.compile(
    r"[\"“‘']?(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})(?:['’]s|(?<=s)['’])(?=\s)"
)
_NOUN = re.compile(r"\s+([a-z][a-z’'-]*)\b")
#: A size joined to the noun of what is counted, before a thing's noun: "30,000-seat",
#: "400-bed", "12-storey". It says how big a thing is, not which one it is.
_SIZE_WORD = r"\d[\d,.]*-[a-z]+"
_SIZE = re.compile(rf"\s+({_SIZE_WORD})\b")
_SIZE_ALONE = re.compile(_SIZE_WORD)
#: A possessive ending right after a noun ("the regulator's").
_POSSESSIVE_AT = re.compile(r"['’]s(?=\s)")
#: A word and the spaces after it.
_WORD_AND_SPACE = re.compile(r"(\S+)\s+")
#: "of" opening the words between a name and its verb phrase: whose it is ("Lena Ruud of
#: the Green Party won"), or, after a title, what the title is of ("Vice President of").
_OF_AFTER_TITLE = re.compile(r"\s*of\s")
#: A comma and the first word of an aside after it: "Ana" of ", Ana Lima,".
_ASIDE_OPENING = re.compile(r"\s*,\s+[\"“‘']?([\w’'-]+)")
#: The first word of a sentence, with any quotation mark before it.
_WORD_AFTER_START = re.compile(r"[\"“‘']?[\w’'-]+")
#: A capitalized word, without a possessive ending.
_CAPITALIZED_WORD = re.compile(r"\b[A-Z][\w-]*")
#: A capitalized word that ends the text searched, with the space after it: "Dovrin " of
#: "Dovrin and Mordal".
_NAME_BEFORE = re.compile(r"\b[A-Z][\w’'.-]*\s+\Z")
#: What may open the clause of a verb phrase inside a sentence: "that", a word (a verb of
#: speech or a word that opens a clause, as the caller checks) or a comma, before the
#: clause's first word: a name, "the", or, after "that" or a verb of speech, "a" or "an"
#: ("said that an inquest …"; ", a chemicals maker," and "and a growing number" open none).
_CLAUSE_OPENER = re.compile(
    r"(?:\bthat|\b(?!the\b|an?\b)([A-Za-z]+))\s+(?=[A-Z]|the\s|(?P<article>an?\s))"
    r"|,\s+(?=[A-Z]|the\s)"
)
#: The words before a word, up to four and the spaces after each.
_WORDS_BEFORE = re.compile(r"(?:[\w'’]+\s+){1,4}\Z")


def _words_before(text: str, start: int, end: int) -> list[str]:
    """The words, up to four, right before ``end`` and after ``start``."""
    found = _WORDS_BEFORE.search(text, start, end)
    return [] if found is None else found.group().split()


def _clause_start(text: str, start: int, verb: int, grammar: _Grammar) -> int | None:
    """Where the clause of the verb phrase at ``verb`` starts inside a sentence that starts at
    ``start``, after the nearest the verb of "that", a verb of speech, a word that opens a
    clause or a comma ("Halvard said the plant will close"; "by the quake" opens none);
    ``None`` when no such word stands between."""
    clause = None
    for candidate in _CLAUSE_OPENER.finditer(text, start, verb):
        opener = candidate.group(1)
        if opener in ("and", "or") and _NAME_BEFORE.search(text, start, candidate.start()):
            continue  # "between Dovrin and Mordal took effect": names joined, no clause
        # "said on Monday the review would begin": the time it was said at ends before it
        said = opener in grammar.reporting or (
            opener is not None
            and opener.lower() in grammar.said_times
            and not grammar.reporting.isdisjoint(_words_before(text, start, candidate.start()))
        )
        if candidate["article"] and opener and not said:
            continue
        if not opener or said or opener in OPENERS:
            clause = candidate
    return None if clause is None else clause.end()


def _raws(words: Words, grammar: _Grammar) -> list[_Raw]:
    """The names, head nouns and possessive pronouns among ``words``, in order: a body's name
    before a country's, a country's before a region's, and a region's before a head noun, as
    the longest phrase at each word."""
    text, starts, ends = words.text, words.starts, words.ends
    written, lower = words.written, words.lower
    organizations, countries, regions, heads = (
        grammar.organization_names,
        grammar.country_names,
        grammar.region_names,
        grammar.head_names,
    )
    name_firsts, head_firsts = grammar.name_firsts, heads.firsts
    organization_firsts, country_firsts = organizations.firsts, countries.firsts
    found: list[_Raw] = []
    after = 0  # the first word not inside a phrase found already
    # One pass picks the words that may start a name or a head, or be a pronoun, in any case;
    # set tests then say which, as written: half of the words picked are "the" (for "The
    # Hague"), which starts nothing in lowercase.
    [looked_up] = words.among(grammar.looked_up)
    for index in looked_up:
        if index < after:
            continue
        kind, match = "", None
        word = written[index]
        if word in name_firsts:
            # Most names start a country's name only ("United", "Iran"): no body to look for.
            if word in organization_firsts:
                kind, match = "organization", organizations.match(words, index)
            if match is None and word in country_firsts:
                kind, match = "country", countries.match(words, index)
                if match is not None and (
                    _name_before_country(words, index, grammar)
                    or _name_after_country(words, index, match[0], grammar)
                ):
                    match = None  # "Air France", "Jordan Peterson": a name of its own
            region = regions.match(words, index) if word in regions.firsts else None
            if (
                region is not None
                and (match is None or region[0] > match[0])
                and not _name_before_country(words, index, grammar)
                and _name_goes_on(words, region[0], grammar) is None
            ):
                # "British Columbia", not "British"; but "New Delhi", "Texas Instruments",
                # "Victoria Park" (even where the text writes "park")
                kind, match = "region", region
        if match is None and lower[index] in head_firsts:
            kind, match = "head", heads.match(words, index)
            if match is not None and _describes(words, match[0], grammar):
                match = None  # "2,800 dead fish": no head
        if match is not None:
            after = match[0] + 1
            start, end = starts[index], ends[match[0]]
            found.append(_make_raw(_Raw, (kind, start, end, text[start:end])))
        elif lower[index] in _POSSESSIVE_PRONOUNS:
            found.append(_make_raw(_Raw, ("pronoun", starts[index], ends[index], written[index])))
    return found


def _name_before_country(words: Words, index: int, grammar: _Grammar) -> bool:
    """Whether the country named at ``index`` is the end of a longer name that a capitalized
    word right before it opens ("Air France will cut 2,000 jobs", "workers at Air India",
    "Change UK won no seats"): not when that word is a function word ("Today France …",
    "In France"), an adverb ("Eventually France"), a title, a calendar word, a number ("Three
    US soldiers"), or a possessive ("Lima's Averly")."""
    before = index - 1
    if before < 0 or not words.joined(before, index):
        return False
    word, lower = words.written[before], words.lower[before]
    if not (word[:1].isupper() and word.isalpha()) or lower.endswith("ly"):
        return False
    return not (
        _goes_on_with_no_name(lower, grammar)
        or lower in grammar.opening
        or lower in grammar.number_words
    )


def _name_after_country(words: Words, first: int, last: int, grammar: _Grammar) -> bool:
    """Whether the country named by words ``first`` to ``last`` opens a longer name that the
    capitalized word right after it goes on with ("Jordan Peterson said", "Kenya Airways
    will cut", "Mexico City"). Not for a name that is also the country's adjective ("US
    Army", "UK Treasury"), nor when that word is a function word, a title, a calendar or
    time word or a verb of speech ("Jordan Says"), or one the text also writes in lowercase
    (a headline's "Mali Seeks Talks")."""
    lower = _name_goes_on(words, last, grammar)
    if lower is None or " ".join(words.written[first : last + 1]) in grammar.country_adjectives:
        return False
    return not (lower in grammar.reporting or lower in words.written)


def _name_goes_on(words: Words, last: int, grammar: _Grammar) -> str | None:
    """The capitalized word right after word ``last``, lowercased, when it may go on with a
    name that ends there: not a function word, a title, a calendar or time word."""
    after = last + 1
    if after >= len(words) or not words.joined(last, after):
        return None
    word, lower = words.written[after], words.lower[after]
    if not (word[:1].isupper() and word.isalpha()) or _goes_on_with_no_name(lower, grammar):
        return None
    return lower


def _goes_on_with_no_name(lower: str, grammar: _Grammar) -> bool:
    """Whether a capitalized word next to a country's name, lowercased, makes no longer name
    with it: a function word, a title, a calendar or a time word ("In France", "President
    Kelmar said France", "France Monday")."""
    return (
        lower in grammar.function_words
        or lower in grammar.titles
        or lower in grammar.calendar
        or lower in grammar.time_nouns
    )


def _describes(words: Words, index: int, grammar: _Grammar) -> bool:
    """Whether the head noun at ``index`` is an adjective of the noun after it ("2,800 dead
    fish"): one of ``[counted_adjectives]`` of ``units.toml`` before a lowercase word that is
    no function word ("12 dead and 40 injured", "12 dead in Averly")."""
    after = index + 1
    return (
        words.lower[index] in grammar.head_adjectives
        and after < len(words)
        and words.joined(index, after)
        and words.written[after].isalpha()
        and words.written[after].islower()
        and words.lower[after] not in grammar.function_words
    )


def _named(raw: _Raw, grammar: _Grammar) -> SubjectMention:
    """A country or organization named alone."""
    if raw.kind == "organization":
        key, country = grammar.organizations[" ".join(raw.text.split())]
        owner = country or key  # a body of no one country is its own ("NATO")
    else:
        key = owner = grammar.countries[" ".join(raw.text.split())]
    return _mention(
        span=(span := raw.span),
        head=span,
        subject=_subject(key, raw.text, owner),
        plural=False,
        owner=owner,
    )


def _headed(
    text: str,
    raws: Sequence[_Raw],
    index: int,
    head: _Head,
    sentence: Span,
    grammar: _Grammar,
    last_owner: dict[str, tuple[str | None, str | None]],
    earlier: Sequence[SubjectMention],
    names: tuple[_LoneNames, _NamedBodies],
) -> SubjectMention:
    """A phrase around an institution or counted noun (``raws[index]``, of the lexicon's
    ``head``), with its owner found among the ``names`` of the text."""
    raw = raws[index]
    numbers = grammar.numbers
    # Where the word before the head starts, found once for the two readers of it (the
    # modifiers look back 60 characters, the qualifiers 80).
    previous_start = _word_start(text, raw.start - 1, max(sentence.start, raw.start - 80))
    modifiers = _capitalized_before(
        text, raw.start, sentence.start, grammar, numbers, previous_start
    )
    if (
        raw.text[:1].isupper()
        and modifiers
        and any(" ".join(modifiers[i:]) not in grammar.countries for i in range(len(modifiers)))
        and not _only_countries(modifiers, grammar)
    ):
        # A capitalized head after capitalized words is a proper name ("Malian Armed
        # Forces"): the name is the key.
        name_start = text.rfind(modifiers[0], sentence.start, raw.start)
        name = " ".join(text[name_start : raw.end].split())
        return _mention(
            span=trusted_span(name_start, raw.end),
            head=raw.span,
            subject=_subject(name, text[name_start : raw.end], name),
            plural=True,
            kind=head.kind,
            owner=name,
        )
    start, end = raw.start, raw.end
    country: str | None = None  # the owning country's code
    body: str | None = None  # the owning organization's (or named group's) key
    for back in range(index - 1, -1, -1):
        # An owner inside the phrase: the nearest name or possessive before the head.
        previous = raws[back]
        if previous.end <= sentence.start or not _inside_gap(text[previous.end : start], grammar):
            break
        if previous.kind == "country" and not _place(text, previous, grammar):
            if head.kind in grammar.picked and _counted_before(
                text, sentence.start, previous.start, grammar
            ):
                break  # "Five U.S. states allow it": which members are meant, not whose
            country = grammar.countries[" ".join(previous.text.split())]
        elif previous.kind == "organization":
            body, country = grammar.organizations[" ".join(previous.text.split())]
        elif previous.text.lower() in _POSSESSIVE_PRONOUNS:
            body, country = _pronoun_owner(text, raws, back, grammar, earlier, sentence)
        else:
            continue
        start = previous.start
        break
    measure = head.institution in grammar.indicators
    place: re.Match[str] | None = None  # a name of no table that owns the phrase, after it
    if country is None and body is None:
        # "troops of France", "personnel from the State Department"; "inflation in Portugal":
        # where a measure of a country is taken is whose it is.
        employed = head.kind in grammar.employed
        after = (_IN_AFTER if measure else _OF_AT_AFTER if employed else _OF_AFTER).match(
            text, end, end + 12
        )
        following = raws[index + 1] if index + 1 < len(raws) else None
        if after and following is not None and following.start == after.end():
            if following.kind == "country" and (measure or not _place(text, following, grammar)):
                country, end = (
                    grammar.countries[" ".join(following.text.split())],
                    following.end,
                )
            elif following.kind == "organization":
                body, country = grammar.organizations[" ".join(following.text.split())]
                end = following.end
        elif after and not measure and after.group().split()[0] in ("of", "at"):
            # "3,000 residents of Averly", "the troops of Kesh": a name of no table after "of"
            # (not "from": "evacuated 550 people from Lyons"), as "Averly residents" has it
            # before; and "2,150 jobs at Tarvel Axle", of a kind a body employs (not "at the Belsk
            # mine" or "at Camp Kesby": sites). Uncounted people of a place are the place
            # ("Residents of Averly were told to leave": ``nouns`` of ``[scenes]``).
            found = _name_after(text, after.end(), grammar)
            if (
                found is not None
                and (
                    raw.text.lower() not in grammar.scene_nouns
                    or _right_after_number(text, raw.start, grammar)
                )
                and (after.group().split()[0] == "of" or not _a_site(text, found, grammar))
            ):
                place = found
        elif not measure and raw.text.lower() in grammar.plural_things:
            # "Schools in Penwick will remain closed": the things of a place, as "Penwick
            # schools" are ("the school in Penwick" is one thing, keyed by its place).
            located = _IN_PLACE.match(text, end, end + 12)
            place = None if located is None else _name_after(text, located.end(), grammar)
    if place is not None:
        body = _named_country(_body_name(place.group(1).split(), grammar), names[0], grammar)
        end = place.end(1)
    # A counted thing keeps its modifiers: "confirmed cases" and "active cases" differ; and so
    # does a measure of a country: "core inflation" is not inflation.
    if head.institution is None:
        qualifiers, qualified = _qualifiers(
            text, sentence.start, raw.start, grammar, numbers, previous_start
        )
    elif measure:
        qualifiers, qualified, named = _measure_words(text, sentence.start, raw.start, grammar)
        if country is None and body is None and named is not None:
            country, start = named, qualified  # "Portugal's core inflation"
    else:
        qualifiers, qualified = [], raw.start
    if start == raw.start:
        start = _phrase_start(
            text,
            qualified,
            max(sentence.start, raws[index - 1].end if index else 0),
            grammar,
            numbers,
        )
    if country is None and body is None and modifiers and not measure:
        # Capitalized words that name no country or body: a group of its own ("Kurdish forces",
        # "Baltic ports have refused"); after the number of a count of a kind of `picked`,
        # they say which members are meant ("the two African countries").
        named_at = text.rfind(modifiers[0], sentence.start, raw.start)
        counted = head.kind in grammar.picked and grammar.number_at_end.search(
            text[max(sentence.start, named_at - 40) : named_at].rstrip()
        )
        # A word capitalized only because it opens the sentence names nothing: "District
        # officials say" of a text that writes "the district", "New apartments".
        opening = not text[sentence.start : named_at].strip(SENTENCE_OPENERS)
        if not counted and (
            not opening or names[0].may_open_a_name(modifiers, grammar.function_words)
        ):
            body, start = (
                _named_country(_body_name(modifiers, grammar), names[0], grammar),
                named_at,
            )
    # "Norvik's roughly 1,200 workers": a name in the possessive owns the phrase; "the
    # force's 5,950 troops" have an owner too, one with no name to key them by.
    possessive = text[max(sentence.start, start - 4) : start].rstrip().endswith(("'s", "’s"))
    if country is None and body is None and possessive:
        possessor = _possessor(text, start, sentence.start, grammar)
        if possessor is not None:
            body, start = _owner_key(possessor.group(1).split(), grammar), possessor.start()
        else:  # "the union's 2,600 members": the union the text named
            definite = _definite_possessor(text, start, sentence.start, grammar, names[1])
            if definite is not None:
                body, start = definite
    if country is None and body is None and not possessive:
        # "the US still has about 2,000 troops": an owner that has the thing in the clause;
        # else the owner of the last mention of the same institution ("the troops").
        body, country = _clause_owner(text, raws, index, start, sentence, grammar, head, names)
        if country is None and body is None and head.institution is not None:
            country, body = last_owner.get(head.institution, (None, None))
    if (country is not None or body is not None) and head.institution is not None:
        # Of a country, or of a name no country table has ("Kesh will withdraw its troops
        # ... the first soldiers leaving"), as for "the troops".
        last_owner[head.institution] = (country, body)
    # A country's institution belongs to the country even when one of its bodies is named.
    owner = country if head.institution is not None and country else (body or country)
    what = head.institution if head.institution is not None else head.kind
    # A noun of the head's own kind before it says no more than the head does: "turboprop
    # aircraft" are aircraft, as "turboprops" are.
    qualifiers = [q for q in qualifiers if not _same_kind(grammar.heads.get(q), head)]
    if head.institution is None or qualifiers:
        what = " ".join([*qualifiers, what or raw.text.lower()])
    key = f"{owner} {what}" if owner is not None else (what or raw.text.lower())
    return _mention(
        span=trusted_span(start, end),
        head=raw.span,
        subject=_subject(key, text[start:end], owner),
        plural=raw.text.lower().endswith("s")
        or head.kind is not None
        or head.institution is not None,
        institution=head.institution,
        kind=head.kind,
        owner=owner,
    )


def _measure_words(
    text: str, floor: int, head: int, grammar: _Grammar
) -> tuple[list[str], int, str | None]:
    """The words right before a measure of a country (``indicators``) that say which measure
    it is, lowercased ("core" of "core inflation", "youth" of "Youth unemployment in Spain"),
    where the phrase starts, and the country named right before them ("Portugal's core
    inflation", "Portuguese core inflation"), if one is."""
    words: list[str] = []
    start = head
    window = max(floor, head - 60)
    for match in reversed(list(_QUALIFIER_WORD.finditer(text, window, head))):
        if text[match.end() : start].strip() or (match.start() == window > floor):
            break  # a mark between ("prices, inflation"), or a word cut by the window
        word = match.group()
        name = word.removesuffix("'s").removesuffix("’s")
        if name in grammar.countries:
            return words, match.start(), grammar.countries[name]
        lower = word.lower()
        if (
            not word.isalpha()
            or lower in grammar.opening
            or lower in grammar.function_words
            or lower in grammar.reporting
            or lower in grammar.setting  # "Kesh's central bank raised its key rate"
            or len(words) == 3
        ):
            break
        words.insert(0, lower)
        start = match.start()
    return words, start, None


#: The words that may join a sum of money to the noun of what it is after it: "$45 million
#: in relief funds", "$2 billion of debt".
_PRICED_LINKS = frozenset({"in", "of"})
#: The other party a thing of money is with, after its noun (group ``party``): "contract with
#: Boeing", "settlement with the Kesland Securities and Markets Commission". "NASA's contract
#: with Boeing" and "NASA's contract with SpaceX" are two contracts.
_PARTY = (
    r"(?:\s+with\s+(?:the\s+)?"
    r"(?P<party>[A-Z][\w.'’-]*(?:\s+(?:(?:of|and|&)\s+)?[A-Z][\w.'’-]*){0,5}))"
)
_PARTY_AFTER = re.compile(_PARTY)


def _party(found: re.Match[str]) -> str:
    """The name of the party :data:`_PARTY` found, without a full stop that ends its
    sentence ("with Boeing.")."""
    return found.group("party").rstrip(".")


#: What joins the noun of what a sum of money is to the sum after it: "a deficit of $19
#: million", "a deal worth $430 million", "The fine was $500", "The contract with Boeing is
#: currently valued at $4.2 billion", "put the total cost of the tunnel at €472 million"
#: (group ``at``).
_PRICED_BEFORE = re.compile(
    rf"{_PARTY}?"
    # "put the total cost of the tunnel at": "at" after a verb of [estimated_at] only
    r"(?:(?P<at>(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+at)"
    r"|\s+(?:of|worth|valued\s+at)"
    r"|\s+(?:is|was|are|were|will\s+be)(?:\s+[a-z]+ly)?"
    r"(?:\s+(?:worth|valued\s+at|estimated\s+at|set\s+at|put\s+at))?)"
    r"\s+$"
)
#: A change a verb of ``levels`` made on its way to a level: "18%", "by 5 per cent".
_CHANGE = r"(?:\s+by)?\s+[\d.,]+\s*(?:%|per\s*cent|percent)"


@functools.cache
def _sum_level(levels: frozenset[str]) -> re.Pattern[str]:
    """A verb of ``levels`` (subjects.toml) right before a sum of money, which gives the
    level of the noun before the verb, with the change it made before "to" if any: "fell
    18% to", "rose to", "reached", "stood at". Not a copula nor "at" alone, which
    :data:`_PRICED_BEFORE` reads."""
    moves = [level.removesuffix(" to") for level in levels if level.endswith(" to")]
    others = [level for level in levels if not level.endswith(" to")]
    others = [level for level in others if level not in {"is", "was", "at"}]
    return re.compile(
        rf"\s+(?:{words_pattern(moves)}(?:{_CHANGE})?\s+to|{words_pattern(others)})\s+$",
        re.IGNORECASE,
    )


#: How many words may say which one of its kind a sum of money is of ("relief funds").
_PRICED_QUALIFIERS = 2
#: How many words a sum of money between "a" and what it is of may take ("$", "14.6",
#: "million", "dollar").
_SUM_WORDS = 4


def _word_after(words: Words, span: Span, links: frozenset[str]) -> tuple[int, bool] | None:
    """The index of the first word after the amount at ``span``, past one of ``links`` right
    after it ("$45 million in", "seven months of"), and whether it is past one; ``None`` when
    no word follows it on its line."""
    index = words.at(span.end)
    linked = index < len(words) and words.lower[index] in links
    if linked:
        index += 1
    if index >= len(words) or not words.joined(words.at(span.end) - 1, index):
        return None
    return index, linked


def _priced_after(
    words: Words, span: Span, sentence: Span, grammar: _Grammar
) -> tuple[int, int, str] | None:
    """The phrase of a sum of money at ``span`` and a noun of ``[priced]`` after it, as where
    it starts and ends and what the sum is of: "$430 million deal" (``deal``), "$45 million
    in relief funds" (``relief fund``)."""
    after = _word_after(words, span, _PRICED_LINKS)
    if after is None:
        return None
    index, _ = after
    for first in range(index, min(index + _PRICED_QUALIFIERS + 1, len(words))):
        if words.starts[first] >= sentence.end:
            return None
        found = grammar.priced.match(words, first)
        if found is not None:
            last, kind = found
            end = words.ends[last]
            if last + 1 < len(words) and words.lower[last + 1] in grammar.priced:
                continue  # "$4 billion investment fund": a fund
            if _attributive(words.text, end, grammar):
                return None  # "$4.4 billion investment securities portfolio"
            what = " ".join([*_which(words.lower[index:first], grammar), kind])
            party = _PARTY_AFTER.match(words.text, end, sentence.end)
            if party is not None:
                name = _party(party)
                end, what = party.start("party") + len(name), f"{what} with {name}"
            purpose = (
                grammar.priced_purpose.match(words.text, end, sentence.end)
                if what == kind
                else None
            )
            if purpose is not None and _purpose_word(purpose.group("purpose"), grammar):
                # "a $9 million fund to pay for training, …": the training fund (where
                # "a $4 million relief fund for farmers" stays the relief fund); "a budget
                # for repairs" is the repair budget
                word = singular_noun(purpose.group("purpose"), grammar.singulars)
                end, what = purpose.end(), f"{word} {what}"
            return span.start, end, what
        if not _qualifier(words, first, grammar):
            return None
    return None


def _priced_before(
    words: Words, span: Span, sentence: Span, grammar: _Grammar
) -> tuple[int, int, str] | None:
    """The phrase of a noun of ``[priced]`` and a sum of money at ``span`` after it, joined
    by "of", "worth", "valued at" or a copula, perhaps with the party the thing is with:
    "a budget deficit of $23 million" (``budget deficit``), "NASA's contract with Boeing is
    valued at $4.2 billion" (``contract with Boeing``); or by a verb of ``levels`` in
    subjects.toml, perhaps with the change it made ("its net profit fell 18% to $412
    million": :func:`_sum_level`). ``None`` when no article, possessive or verb of
    ``spending`` opens the phrase ("had operating profit of $76.8 million")."""
    text = words.text
    floor = max(sentence.start, span.start - 80)
    link = _PRICED_BEFORE.search(text, floor, span.start)
    estimate = party = None
    if link is not None:
        estimate = link.group("at")
        party = None if link.group("party") is None else _party(link)
    else:
        link = _sum_level(grammar.levels).search(text, floor, span.start)
        if link is None:
            return None
    last = words.at(link.start()) - 1
    if last < 0 or words.ends[last] != link.start():
        return None
    for first in range(last, max(last - 3, -1), -1):
        found = grammar.priced.match(words, first)
        if found is None or found[0] != last:
            continue
        start = _qualified_start(words, first, sentence, grammar)
        if not _opens_phrase(words, start, sentence, grammar) and not (
            start == first and _after_spending(words, start, grammar)
        ):
            return None  # "has made payments of", "had operating profit of": which, not known
        if estimate is not None and not _estimated(words, start, sentence, grammar):
            return None  # "the budget at $2 billion a year": "at" of a rate, not an estimate
        what = " ".join([*_which(words.lower[start:first], grammar), found[1]])
        if party is not None:
            what = f"{what} with {party}"
        return words.starts[start], span.end, what
    return None


#: What joins a length of time to the noun of what lasts after it: "seven months of talks".
_LASTING_LINKS = frozenset({"of"})
#: A name after "of" right after the noun of what lasts: "the closure of Kesh Road".
_OF_NAME = re.compile(r"\s+of\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")
#: The auxiliaries and adverbs that may stand between a noun and its verb of lasting or of
#: costing, each followed by a space: "is expected to", "will now".
_AUXILIARY_RUN = (
    r"(?:(?:will|would|could|can|may|might|should|must|is|was|are|were|be|been|being"
    r"|has|have|had|expected|likely|set|due|to|now|only|still|already|probably|also"
    r"|eventually|ultimately)\s+)*"
)
#: A noun of what lasts, then what joins it to a length of time after it as the subject of a
#: verb of lasting: "the evacuation took about 9 hours", "the review of the accounts is
#: expected to last eight months", "the evacuation was completed in nearly four hours".
_LASTING_PREPOSITIONS = r"(?:of|into|on|at|in|by|for)"
_LASTING_BEFORE = re.compile(
    r"(?P<noun>\b[a-z][a-z-]*)"
    # "of the Orrin Star on the night of March 4": up to three phrases of a preposition,
    # each of words that are none, so that where one ends is never in doubt (sre would try
    # every split of "in in in …" between them)
    rf"(?:\s+{_LASTING_PREPOSITIONS}\b(?:\s+(?!{_LASTING_PREPOSITIONS}\b)[\w'’-]+){{1,4}}){{0,3}}"
    # ", done in rain and high seas,": an aside
    r"(?:,[^,.;:]{1,60},)?"
    rf"\s+{_AUXILIARY_RUN}"
    r"(?:takes?|took|taken|taking|lasts?|lasted|lasting|completed\s+in|finished\s+in)"
    r"(?:\s+(?:only|just|for))?\s+$"
)


def _lasting_after(
    words: Words, span: Span, sentence: Span, grammar: _Grammar
) -> tuple[int, int, int, str, bool] | None:
    """The phrase of a length of time at ``span`` and a noun of ``[lasting]`` right after it
    or after "of", perhaps with words that say what it is between ("the 16-month
    redevelopment", "seven months of difficult talks"), as where the phrase starts, where the
    noun ends, where the phrase ends, the noun's kind, and whether the length is of all of
    the kind (after "of")."""
    after = _word_after(words, span, _LASTING_LINKS)
    if after is None:
        return None
    index, whole = after
    for first in range(index, min(index + _PRICED_QUALIFIERS + 1, len(words))):
        if words.starts[first] >= sentence.end or words.lower[first] in grammar.opening:
            return None  # "eight years of a 16-year sentence": a part of one
        found = grammar.lasting.match(words, first)
        if found is not None:
            last, kind = found
            if _attributive(words.text, words.ends[last], grammar):
                return None  # "a two-year contract extension"
            return span.start, words.ends[last], words.ends[last], kind, whole
        if not _qualifier(words, first, grammar):
            return None
    return None


def _qualified_start(words: Words, first: int, sentence: Span, grammar: _Grammar) -> int:
    """The index of the word that starts the phrase of the noun at word ``first`` in
    ``sentence``: back over the words right before it that say which one of its kind it is
    ("relief funds", "public inquiry"), up to :data:`_PRICED_QUALIFIERS` of them, and not
    over a word that opens a phrase ("the")."""
    start = first
    while (
        start > 0
        and first - start < _PRICED_QUALIFIERS
        and words.starts[start - 1] >= sentence.start
        and words.joined(start - 1, start)
        and words.lower[start - 1] not in grammar.opening
        and _qualifier(words, start - 1, grammar)
    ):
        start -= 1
    return start


def _lasting_before(
    words: Words, span: Span, sentence: Span, grammar: _Grammar
) -> tuple[int, int, int, str, bool] | None:
    """The phrase of a noun of ``[lasting]`` that a verb of lasting joins to the length of
    time at ``span`` after it (:data:`_LASTING_BEFORE`), opened by an article, a
    possessive or the sentence: as where the phrase starts, where the noun ends, where the
    phrase ends (the length's end), the noun's kind, and ``False`` (as :func:`_lasting_after`
    tells whether the length is of all of the kind)."""
    link = _LASTING_BEFORE.search(words.text, max(sentence.start, span.start - 120), span.start)
    if link is None:
        return None
    last = words.at(link.start("noun"))
    for first in range(last, max(last - 3, -1), -1):
        found = grammar.lasting.match(words, first)
        if found is None or found[0] != last:
            continue
        start = _qualified_start(words, first, sentence, grammar)
        if start > 0 and _PLURAL_POSSESSIVE.fullmatch(
            words.text, words.starts[start - 1], words.starts[start]
        ):
            # "The bus drivers' strike lasted": whose strike it is, no name that owns it
            start = _qualified_start(words, start - 1, sentence, grammar)
        if not _opens_phrase(words, start, sentence, grammar):
            return None  # "he spent years on trial for two months": whose, not said
        return words.starts[start], words.ends[last], span.end, found[1], False
    return None


#: A noun in the plural possessive, in lowercase, and the space after it: "drivers' ".
_PLURAL_POSSESSIVE = re.compile(r"[a-z]+s['’]\s+")
#: How many words back from "for" and a sum the verb that pays it may be ("sold winger
#: Ada Lane to Orvo City for £4 million").
_SALE_REACH = 10
#: How many words a thing a sum is paid for may have ("water testing and new boilers").
_THING_WORDS = 6
#: How many words of ``between`` may stand between a clause's verb and "for".
_PAID_BETWEEN = 4


#: How many auxiliaries may stand between a count's noun and the verb of its happening
#: ("have been", "are expected to be").
_HAPPENING_AUXILIARIES = 4
#: The words after which a participle with no auxiliary before it is a reduced relative's
#: ("the 1,420 appointments cancelled on Monday"), not a verb with an object of its own
#: ("300 soldiers arrested 20 protesters").
_AFTER_PARTICIPLE = frozenset(
    {
        "on", "in", "at", "by", "since", "last", "this", "over", "during", "after", "before",
        "from", "across", "overnight", "yesterday", "today", "earlier", "because", "as", "when",
        "while", "until", "and", "so", "far",
    }
)  # fmt: skip
#: The words before a count that make it the object of a preposition, not a verb's subject.
_PREPOSITIONS = frozenset(
    {"in", "from", "of", "at", "across", "to", "for", "with", "by", "among", "on", "than"}
)
#: The words that may stand between a happening's verb and the count of what it was done to
#: ("recalled all 14 batches", "cancelled another 300 flights").
_BEFORE_COUNT = frozenset(
    {"the", "its", "their", "his", "her", "our", "all", "another", "some", "a", "an", "further"}
)


def _happening_after(words: Words, end: int, sentence: Span, grammar: _Grammar) -> str | None:
    """The happening of ``[happenings]`` whose verb follows a count whose phrase ends at
    ``end``, perhaps after auxiliaries, with the count as its subject: one its counted do
    ("2,340 nurses walked out"), or, in the passive, one done to them ("1,240 appointments
    were cancelled", "the 1,420 appointments cancelled on Monday")."""
    last = words.at(end - 1)
    index = _past_of_phrase(words, last + 1, sentence, grammar)
    between: list[str] = []
    while (
        index < len(words)
        and len(between) < _HAPPENING_AUXILIARIES
        and words.lower[index] in grammar.verb_auxiliaries
    ):
        between.append(words.lower[index])
        index += 1
    if index >= len(words) or words.starts[index] >= sentence.end:
        return None
    found = grammar.happenings.match(words, index)
    if found is None or not words.joined(last, found[0]):
        return None
    verb_end, (happening, undergone) = found
    if not undergone:
        return happening
    form = words.lower[index]
    if form.endswith(("ing", "s")):
        return None  # "were cancelling", "recalls": not a passive participle
    if any(word in grammar.be_forms for word in between):
        return happening  # "were cancelled"
    if between:
        return None  # "300 airlines have cancelled flights": they did it
    following = verb_end + 1
    if following < len(words) and words.starts[following] < sentence.end:
        joined = words.joined(verb_end, following)
        if joined and words.lower[following] not in _AFTER_PARTICIPLE:
            return None  # "300 soldiers arrested 20 protesters"
    return happening


def _past_of_phrase(words: Words, index: int, sentence: Span, grammar: _Grammar) -> int:
    """The index after a phrase of "of" and a few words at ``index`` that says what a count
    is of ("14 batches of butter were recalled", "300 members of the union walked out"), when
    an auxiliary or the verb of a happening follows it; ``index`` otherwise."""
    if index >= len(words) or words.lower[index] != "of":
        return index
    for following in range(index + 2, min(len(words), index + 2 + _OF_WORDS)):
        if words.starts[following] >= sentence.end or not words.joined(following - 1, following):
            return index
        if (
            words.lower[following] in grammar.verb_auxiliaries
            or grammar.happenings.match(words, following) is not None
        ):
            return following
    return index


#: How many words may follow "of" in what a count is of, before the verb of its happening.
_OF_WORDS = 4


def _happening_before(words: Words, span: Span, sentence: Span, grammar: _Grammar) -> str | None:
    """The happening of ``[happenings]`` done to the count at ``span``, whose verb comes
    right before it, perhaps with a determiner between ("recalled 14 batches", "cancelled
    another 300 flights")."""
    first = words.at(span.start)
    index = first - 1
    while (
        index >= 0
        and first - index <= 2
        and words.starts[index] >= sentence.start
        and words.lower[index] in _BEFORE_COUNT
    ):
        index -= 1
    for start in range(index, max(index - 3, -1), -1):
        if words.starts[start] < sentence.start:
            return None
        found = grammar.happenings.match(words, start)
        if found is None or found[0] != index:
            continue
        happening, undergone = found[1]
        if not undergone or not words.joined(start, first):
            return None
        if start > 0 and words.lower[start - 1] in _BEFORE_COUNT:
            return None  # "a recall 300 …": a noun of another phrase
        return happening
    return None


def _paid_for(
    words: Words,
    span: Span,
    sentence: Span,
    grammar: _Grammar,
    names: tuple[_LoneNames, _NamedBodies],
) -> Subject | None:
    """What the sum of money at ``span`` in ``sentence`` pays for, by a verb of ``[paid_for]``
    in ``units.toml``, and who pays or is paid: the verb's object before "for" (or a phrase
    of ``for`` there: "for a fee of") and the sum ("Acme sold Kelder Ltd to Orvo for $5
    million"), or the thing after the sum and "for", with the verb before the sum ("Acme
    paid $5 million for Kelder Ltd") or in a clause after it ("the $3 million the club
    received for winger Ada Lane"). The key is who, the verb's kind and the thing ("Acme
    sale: Kelder"). A sum a verb of ``purchase`` pays right before it to do what words of
    ``[paid_to]`` after it say is a thing of ``[priced]``, keyed as its noun would be ("Acme
    agreed to pay $4 billion to settle claims": ``Acme settlement``; :func:`_paid_to`).
    ``None`` where there is no such verb, no thing that is one known thing
    (:func:`_bought_thing`), or no name that pays."""
    first = words.at(span.start)
    if words.before(span.start, sentence.start) == "for":
        found = _sold_for(words, first - 1, sentence, grammar, names)
    elif (opener := _for_phrase(words, span.start, sentence, grammar)) is not None:
        found = _sold_for(words, opener, sentence, grammar, names)
    else:
        found = _spent_for(words, span, sentence, grammar, names)
    if found is None:
        return None
    owner, what = found
    text = words.text[span.start : span.end]
    return Subject(key=f"{owner} {what}", text=text, owner=owner)


def _for_phrase(words: Words, start: int, sentence: Span, grammar: _Grammar) -> int | None:
    """The index of the first word ("for") of a phrase of ``for`` in ``[paid_for]`` that
    ends right before a sum starting at ``start``, with blanks only between, inside
    ``sentence``: "for a fee of £15 million"."""
    last = _word_right_before(words, start)
    found = None if last is None else grammar.paid_for_phrases.ending_at(words, last)
    if found is None:
        return None
    return found[0] if words.starts[found[0]] >= sentence.start else None


def _word_right_before(words: Words, at: int) -> int | None:
    """The index of the word that ends before ``at`` with blanks only between, if any."""
    last = words.at(at) - 1
    return last if last >= 0 and words.text[words.ends[last] : at].isspace() else None


def _sold_for(
    words: Words,
    at: int,
    sentence: Span,
    grammar: _Grammar,
    names: tuple[_LoneNames, _NamedBodies],
) -> tuple[str, str] | None:
    """Who pays, and the verb's kind and the thing, for a sum after "for" at word ``at``
    whose verb has the thing as its object before it, perhaps with the other party after
    "to" or "from": "Acme sold Kelder Ltd to Orvo for" (``Acme``, ``sale: Kelder``)."""
    for verb in range(at - 1, max(at - _SALE_REACH, -1), -1):
        if words.starts[verb] < sentence.start:
            return None
        found = grammar.paid_for.match(words, verb)
        if found is None:
            continue
        last, kind = found
        if not words.joined(verb, at) or _passive(words, verb, sentence, grammar):
            return None  # "…, Acme sold it for", "Kelder was sold for": the thing is elsewhere
        party = (i for i in range(last + 1, at) if words.lower[i] in _PARTIES)
        thing = _bought_thing(words, last + 1, next(party, at), grammar, names[0])
        if thing is None:
            return None
        owner = _payer(words, words.starts[last + 1], sentence, grammar, names)
        return None if owner is None else (owner, f"{kind}: {thing}")
    return None


#: The words that open the other party of a sale after its thing: "sold Kelder to Orvo".
_PARTIES = frozenset({"to", "from"})


def _passive(words: Words, verb: int, sentence: Span, grammar: _Grammar) -> bool:
    """Whether the verb at word ``verb`` is a passive's ("was sold"): its object is before."""
    return (
        verb > 0
        and words.starts[verb - 1] >= sentence.start
        and words.lower[verb - 1] in grammar.be_forms
    )


#: The kinds of ``[paid_for]`` of who is paid and who pays.
_SOLD, _BOUGHT = "sale", "purchase"


def _spent_for(
    words: Words,
    span: Span,
    sentence: Span,
    grammar: _Grammar,
    names: tuple[_LoneNames, _NamedBodies],
) -> tuple[str, str] | None:
    """Who pays, and the verb's kind and the thing after "for", for the sum at ``span``
    whose verb is right before it ("Acme paid $5 million for", "The trust then set aside
    $260,000 for") or in a clause right after it, with the payer as its subject ("the $3
    million the club received last week for"); or who pays and what words of ``[paid_to]``
    make the sum, paid by a verb of ``purchase`` right before it ("Acme will pay $5 million
    to settle": ``Acme``, ``settlement``)."""
    verb = _verb_before(words, span.start, sentence, grammar)
    if verb is not None:
        (kind, start), at = verb, words.at(span.end)
        if not _blank(words, span.end, at):
            return None
        if _passive(words, start, sentence, grammar):
            if kind != _BOUGHT:
                return None
            kind = _SOLD  # "Acme was paid $5 million for": Acme is paid, as it is for a sale
        owner = _payer(words, span.start, sentence, grammar, names)
        paid_to = _paid_to(words, at, sentence, grammar) if kind == _BOUGHT else None
        if paid_to is not None:
            return None if owner is None else (owner, paid_to)
    else:
        clause = _paying_clause(words, span.end, sentence, grammar, names)
        if clause is None:
            return None
        owner, kind, at = clause
    if owner is None or at >= len(words) or words.lower[at] != "for":
        return None
    end = at + 1
    while (
        end < len(words)
        and end - at <= _THING_WORDS
        and words.starts[end] < sentence.end
        and words.joined(end - 1, end)
        and (words.lower[end] not in grammar.function_words or words.lower[end] == "and")
    ):
        end += 1
    if end - at > _THING_WORDS or words.lower[end - 1] == "and":
        return None
    thing = _bought_thing(words, at + 1, end, grammar, names[0])
    return None if thing is None else (owner, f"{kind}: {thing}")


#: How many words of its clause after the words of ``[paid_to]`` may come before a word of
#: what the thing ends ("to settle a long-running bond fraud probe").
_PAID_TO_REACH = 6


def _paid_to(words: Words, at: int, sentence: Span, grammar: _Grammar) -> str | None:
    """What a sum paid by a verb of ``purchase`` is, by words of ``[paid_to]`` in
    ``units.toml`` at word ``at`` right after it, as a noun of ``[priced]`` would say, with
    the party named after "with" as after the noun: "to settle claims over its bonds"
    (``settlement``), "to settle with Kelder Bank" (``settlement with Kelder Bank``).
    ``None`` where no such words follow, where no word of what the thing ends comes among
    the next few of its clause ("to settle its debts"), or where "with" there names no party
    ("to settle with its creditors"): which of its payer's things it is, not known."""
    found = grammar.paid_to.match(words, at) if at < len(words) else None
    if found is None:
        return None
    last, kind = found
    ends, ended = grammar.paid_to_ends[kind], False
    for index in range(last + 1, min(last + 1 + _PAID_TO_REACH, len(words))):
        if words.starts[index] >= sentence.end or not words.joined(index - 1, index):
            break
        if words.lower[index] == "with":
            party = _PARTY_AFTER.match(words.text, words.ends[index - 1], sentence.end)
            if party is None or not (ended or index == last + 1):
                return None  # "to settle its debts with Kelder Bank": not a settlement
            return f"{kind} with {_party(party)}"
        ended = ended or words.lower[index] in ends
    return kind if ended else None


def _blank(words: Words, end: int, index: int) -> bool:
    """Whether only blanks stand between ``end`` and word ``index``."""
    return index < len(words) and words.text[end : words.starts[index]].isspace()


def _verb_before(
    words: Words, at: int, sentence: Span, grammar: _Grammar
) -> tuple[str, int] | None:
    """The kind of the verb of ``[paid_for]`` that ends right before ``at`` (where the sum
    starts), with blanks only between ("paid", "set aside"), and the index of its first
    word."""
    last = _word_right_before(words, at)
    if last is None:
        return None
    for start in range(last, max(last - 2, -1), -1):
        if words.starts[start] < sentence.start:
            return None
        found = grammar.paid_for.match(words, start)
        if found is not None and found[0] == last and words.joined(start, last):
            return found[1], start
    return None


def _paying_clause(
    words: Words,
    end: int,
    sentence: Span,
    grammar: _Grammar,
    names: tuple[_LoneNames, _NamedBodies],
) -> tuple[str | None, str, int] | None:
    """The clause right after a sum ending at ``end`` whose subject pays or is paid it: its
    subject's key (a name, or "the" and a noun of ``[bodies]`` for the one body of it named
    before), the verb's kind, and the index of the word after the verb and any words of
    ``between``: "the $3 million Acme received last week for" (``Acme``, ``sale``)."""
    index = words.at(end)
    if not _blank(words, end, index):
        return None
    if words.lower[index] in ("that", "which"):
        index += 1
    if index + 1 >= len(words) or words.starts[index] >= sentence.end:
        return None
    owner: str | None
    body = grammar.definite_body.match(words.text, words.starts[index], sentence.end)
    if body is not None:
        owner = names[1].before(body.group("body").lower(), body.start())
        index = words.at(body.end())
    else:
        last = index
        while last < len(words) and words.written[last][:1].isupper():
            last += 1
        name = words.written[index:last]
        if not name or not names[0].may_name(name, grammar.function_words):
            return None
        owner, index = _owner_key(name, grammar), last
    if index < len(words) and words.lower[index] in ("has", "have", "had"):
        index += 1
    found = grammar.paid_for.match(words, index) if index < len(words) else None
    if found is None:
        return None
    index, kind = found[0] + 1, found[1]
    skipped = 0
    while (
        index < len(words)
        and skipped < _PAID_BETWEEN
        and (words.lower[index] in grammar.paid_between or words.lower[index] in grammar.calendar)
    ):
        index, skipped = index + 1, skipped + 1
    return owner, kind, index


def _payer(
    words: Words,
    phrase: int,
    sentence: Span,
    grammar: _Grammar,
    names: tuple[_LoneNames, _NamedBodies],
) -> str | None:
    """The key of the name that pays or is paid by the verb of ``[paid_for]`` before
    ``phrase``: the name or body that opens the sentence ("The trust then set aside"), else
    the nearest name before the verb ("officials said Acme paid")."""
    return _opening_owner(
        words.text, phrase, sentence, grammar, names, grammar.paying
    ) or _name_spending(words, phrase, sentence, grammar, names[0], grammar.paying)


def _bought_thing(
    words: Words, first: int, end: int, grammar: _Grammar, lone_names: _LoneNames
) -> str | None:
    """The thing words ``first`` to ``end`` name as one known thing, keyed: a name at their
    end, after words that say what it is ("winger Ada Lane": ``Ada Lane``), or two or
    more lowercase words after "the" or a possessive, if any ("the extrusion division":
    ``extrusion division``). ``None`` for what may be any of many: one lowercase word ("the
    rights"), a thing "a", "that" or a number opens ("that work", "three candy businesses"),
    or a time ("the full year")."""
    if end - first < 1 or end - first > _THING_WORDS:
        return None
    start = end
    while start > first and words.written[start - 1][:1].isupper():
        start -= 1
    lowered = words.written[first:start]
    if lowered and lowered[0].lower() in grammar.definite:
        lowered = lowered[1:]
    if any(word in grammar.time_nouns for word in words.lower[first:end]):
        return None
    if not all(
        word == "and"
        or (
            word.replace("-", "").isalpha()
            and word.islower()
            and word not in grammar.function_words
            and word not in grammar.number_words
        )
        for word in lowered
    ):
        return None
    if start < end:
        name = words.written[start:end]
        if not lone_names.may_name(name, grammar.function_words):
            return None
        return _owner_key(name, grammar)
    content = [word for word in lowered if word != "and"]
    return " ".join(lowered) if len(content) >= 2 else None


#: How many words may stand between a verb of ``[estimated_at]`` and the noun phrase of what
#: it puts at a sum ("put the scheme's total cost at").
_ESTIMATED_REACH = 4


def _estimated(words: Words, index: int, sentence: Span, grammar: _Grammar) -> bool:
    """Whether the noun phrase that word ``index`` starts follows a verb of
    ``[estimated_at]`` ("put", "estimated") with no more than an article and a possessive
    between: "put the scheme's total cost at €472 million"."""
    floor = max(index - _ESTIMATED_REACH, 0)
    for before in range(index - 1, floor - 1, -1):
        if words.starts[before] < sentence.start:
            return False
        word = words.lower[before]
        if word in grammar.estimated_at:
            return True
        if not (word in grammar.opening or word in POSSESSIVE_ENDINGS or word.isalpha()):
            return False
    return False


#: A verb, and the phrase of the thing it puts at the sum of money after "at": "valuing
#: the firm at", "valued Tessaro at".
_VALUED_THING = re.compile(
    r"\b(?P<verb>[a-z]+)\s+(?P<thing>(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[\w'’.-]+)\s+at\s+$"
)


def _valued_thing(text: str, span: Span, sentence: Span, grammar: _Grammar) -> Subject | None:
    """The value of the thing a verb of ``value`` in ``[estimated_at]`` puts at the sum at
    ``span``, when no noun of ``[priced]`` names it: a name's ("valued Tessaro at $2
    billion": ``Tessaro value``), or "the" one its story tells of, by the noun that ends its
    phrase ("a deal valuing the Kesland company at $4.7 billion": ``the company value``).
    ``None`` when there is no such verb, or any of its kind may be meant ("a company")."""
    found = _VALUED_THING.search(text, max(sentence.start, span.start - 80), span.start)
    if found is None or found.group("verb") not in grammar.valuing:
        return None
    named = found.group("thing").split()
    phrase = text[found.start("thing") : span.end]
    if named[0] == "the":
        head = named[-1]
        if len(named) < 2 or not head.isalpha() or not head.islower():
            return None
        return Subject(key=f"the {head} value", text=phrase, owner=None)
    if not all(word[:1].isupper() for word in named):
        return None
    owner = _owner_key(named, grammar)
    return Subject(key=f"{owner} value", text=phrase, owner=owner)


#: "The" thing in the possessive right before a count: "the joint system's".
_THE_POSSESSOR = re.compile(r"\b[Tt]he\s+(?:[a-z-]+\s+)??(?P<head>[a-z]+)['’]s\s+$")
#: "Of" and "the" thing in the possessive inside a count's phrase: "of the bridge's".
_OF_THE_POSSESSOR = re.compile(r"\s+of\s+the\s+(?:[a-z-]+\s+)??(?P<head>[a-z]+)['’]s\s")
#: A count joined to its noun by a hyphen ("seven-carriage", "40-bed").
_HYPHENED = re.compile(r"\w-[a-z]+\Z")


def joined_count(words: str) -> bool:
    """Whether an amount's ``words`` join its count to its noun by a hyphen ("seven-carriage",
    "40-bed"): a count that describes the head noun after it."""
    return _HYPHENED.search(words) is not None


#: "the" right before a count.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: The noun after a count joined to its noun, perhaps after a word joined by a hyphen:
#: "(the seven-carriage) train", "(the 40-bed) high-dependency unit".
_HEAD_AFTER = re.compile(r"\s+(?:[a-z-]+\s+)??(?P<head>[a-z]+)\b(?!['’-])")
#: The word after a head noun, and what follows it: the end of the phrase, or a word.
_COMPOUND_HEAD = re.compile(r"\s+(?P<head>[a-z]+)(?=\s*(?:[,.;:)]|$)|\s+(?P<next>[a-z]+)\b)")
#: Words that may follow a noun phrase though names may hold them ("Bank of America"), so
#: that they are no function words: "(the 40-bed isolation unit) of the hospital".
_PHRASE_AFTER = frozenset({"of", "for", "the", "a", "an"})


def _joined_head(text: str, end: int, stop: int, lexicon: Lexicon) -> re.Match[str] | None:
    """The head noun of the phrase a count joined to its noun opens at ``end``: the word
    after it ("the seven-carriage train left"), or the one after that when the two end the
    phrase as a compound noun ("the 40-bed isolation unit at Lindmoor General": "unit"); not a
    word that reads as a verb ("the 300-seat theatre opened at"), or as a plural."""
    found = _HEAD_AFTER.match(text, end, stop)
    if found is None:
        return None
    after = _COMPOUND_HEAD.match(text, found.end(), stop)
    if after is None:
        return found
    grammar = _grammar(lexicon)
    head, following = after.group("head"), after.group("next")
    if (
        head in grammar.function_words
        or plural_noun(head)
        or head.endswith(("ed", "ing", "ly"))
        or head in past_forms(lexicon)
        or (
            following is not None
            and following not in grammar.function_words
            and following not in _PHRASE_AFTER
        )
    ):
        return found
    return after


#: "The" thing, then auxiliaries and a verb, right before an amount: a verb of costing
#: before a sum ("the refit is expected to cost", "the relocation will cost"), or of
#: possession before a count ("the merger would eliminate", "the joint system will
#: operate"), also in a clause of its own after the thing ("the bridge, which normally
#: carries").
_THING_VERB = (
    r"\s+(?:[a-z-]+\s+)??(?P<head>[a-z]+)(?:\s*,\s+(?:which|that)\s+(?:[a-z]+ly\s+)?"
    rf"|\s+){_AUXILIARY_RUN}(?P<verb>[a-z]+)\s+$"
)
_THE_THING_VERB = re.compile(rf"\b[Tt]he{_THING_VERB}")
#: The same after a name in the possessive, whose thing it is: "Lindmoor General's isolation
#: unit, which has".
_NAMED_THING_VERB = re.compile(rf"\b[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){{0,3}}['’]s{_THING_VERB}")


#: "To" and a verb after a sum a thing costs, perhaps past a rate: "(costs $900,000) a
#: year to run".
_COST_PURPOSE = re.compile(
    r"(?:\s+(?:a|an|per|each|every)\s+[a-z]+|\s+[a-z]+ly)?\s+to\s+(?P<verb>[a-z]+)\b"
)


def _costing_thing(text: str, span: Span, sentence: Span, grammar: _Grammar) -> Subject | None:
    """ "The cost" of "the" one thing its story tells of, when a verb of ``costing`` in
    ``[estimated_at]`` of ``units.toml`` says it costs the sum at ``span``: "the refit is
    expected to cost roughly $290 million" is the cost "put the total cost of the refit at"
    gives, and "the depot costs $900,000 a year to run" the running cost (``purposes``
    there). ``None`` with no such verb, or a thing in the plural, which may be any number of
    its kind ("the tickets cost $40")."""
    found = _THE_THING_VERB.search(text, max(sentence.start, span.start - 60), span.start)
    if found is None or found.group("verb") not in grammar.costing:
        return None
    if plural_noun(found.group("head")):
        return None
    purpose = _COST_PURPOSE.match(text, span.end, sentence.end)
    which = None if purpose is None else grammar.cost_purposes.get(purpose.group("verb"))
    key = "the cost" if which is None else f"the {which} cost"
    return Subject(key=key, text=text[found.start() : span.end], owner=None)


def _purpose_word(word: str, grammar: _Grammar) -> bool:
    """Whether ``word``, after an opener of ``[priced_purpose]``, may say what a thing of money
    is for: not a function word, a number or a verb's past ("for now", "for two", "to cover
    it")."""
    return (
        word not in grammar.function_words
        and word not in grammar.number_words
        and not word.endswith("ed")
    )


def _which(qualifiers: Sequence[str], grammar: _Grammar) -> list[str]:
    """The words of ``qualifiers`` that say which one of its kind a sum of money is of, not
    those of ``whole`` in ``[estimated_at]`` nor of ``[rate_adjectives]``: "the total cost" is
    "the cost", and "the annual cost" the cost per year."""
    return [word for word in qualifiers if word not in grammar.whole]


#: A perfect right before a verb (perhaps with an adverb between): "has carried", "have
#: now carried".
_PERFECT = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+ly\s+|now\s+|so\s+far\s+)?$", re.I)
#: "since" later in a clause: what was carried since a time is a running total.
_SINCE = re.compile(r"[^.;:]*?\bsince\b", re.I)


#: How far before a count the phrase of a population may start, in characters.
_POPULATION_REACH = 120


@attrs.frozen
class Populations:
    """``[populations]`` of ``subjects.toml``, read: the phrases of a place's population,
    compiled, the kinds it counts, and how its count is read (see
    :meth:`Subjects.population`)."""

    before: re.Pattern[str]  # ends right before the count, after the place (group ``name``)
    the_place: re.Pattern[str]  # the same after "the" and a noun of a place: "The town, home to"
    after_of: re.Pattern[str]  # names the place after "of": "The population of Lowick is"
    kinds: frozenset[str]  # the kinds of [counted] a population may count
    kind: str  # the kind a population is counted in: its first
    key: str  # a place's population is keyed by it ("Lowick: population"): the first noun
    hedge: Hedge  # how a population given with no hedge is read
    last_words: frozenset[str]  # the words a phrase of a population may end in ("of", "to")


@functools.cache
def populations(lexicon: Lexicon) -> Populations:
    nouns = list(lexicon.words("subjects", "populations", "nouns")) or ["population"]
    kinds = list(lexicon.words("subjects", "populations", "kinds")) or ["person"]
    names = _names(lexicon.words("speakers", "organizations", "joiners"), ())
    population = words_pattern(nouns)
    place_nouns = words_pattern(lexicon.words("subjects", "scenes", "nouns"))
    home_phrases = lexicon.words("subjects", "populations", "home")
    home = words_pattern(home_phrases)
    stands = r"(?:\s+(?:is|was|stands\s+at|stood\s+at))"
    of_place = rf"(?:{place_nouns})\s+(?:of|with\s+an?\s+{population}\s+of)"
    return Populations(
        before=re.compile(
            rf"(?<![\w’'-])(?P<name>{names})(?:['’]s)?,?\s+(?:(?:which|that)\s+)?"
            rf"(?:(?:is|was|has|had|with)\s+)?"
            rf"(?:an?\s+(?:[a-z-]+\s+){{0,2}}?{of_place}"
            rf"|(?:an?\s+)?{population}(?:\s+of|{stands}|:)?|{home})\s+\Z"
        ),
        after_of=re.compile(
            rf"(?<![\w’'-])[Tt]he\s+{population}\s+of\s+(?P<name>{names}){stands}\s+\Z"
        ),
        the_place=re.compile(
            rf"(?<![\w’'-])[Tt]he\s+(?:[a-z-]+\s+)?(?:{place_nouns})(?:['’]s)?,?\s+"
            rf"(?:(?:which|that)\s+)?(?:(?:is|was|has|had|with)\s+)?"
            rf"(?:(?:an?\s+)?{population}(?:\s+of|{stands}|:)?|{home})\s+\Z"
        ),
        kinds=frozenset(kinds),
        kind=kinds[0],
        key=nouns[0].lower(),
        hedge=_population_hedge(lexicon),
        last_words=frozenset(
            phrase.split()[-1].lower()
            for phrase in [*nouns, *home_phrases, "of", "is", "was", "at", "stood at"]
        ),
    )


def _population_hedge(lexicon: Lexicon) -> Hedge:
    """``hedge`` of ``[populations]``: a hedge of hedges.toml, "exact" if not given."""
    value = lexicon.table("subjects").get("populations", {}).get("hedge", "exact")
    try:
        return Hedge(value)
    except ValueError:
        names = ", ".join(hedge.value for hedge in Hedge)
        raise lexicon.error(
            ("subjects", "populations", "hedge"), f"must be one of {names}"
        ) from None


@functools.cache
def _aboard_patterns(
    lexicon: Lexicon,
) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], Mapping[str, str]]:
    """From ``[aboard]`` and ``[vehicles]`` of ``subjects.toml``: the words after a count
    that say it is aboard (up to four words on, perhaps with the vehicle after them: group
    ``vehicle``), the verbs right before it, a vehicle's noun (group ``vehicle``), and each
    noun's kind."""
    kinds = {
        " ".join(noun.lower().split()): kind
        for kind in lexicon.table("subjects").get("vehicles", {})
        for noun in lexicon.words("subjects", "vehicles", kind)
    }
    vehicle = rf"(?P<vehicle>{words_pattern(kinds)})"
    aboard = words_pattern(lexicon.words("subjects", "aboard", "words"))
    verbs = words_pattern(lexicon.words("subjects", "aboard", "verbs"))
    return (
        re.compile(
            rf"(?:\s+[\w'’-]+){{0,4}}?\s+{aboard}\b"
            rf"(?:\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){{0,2}}?{vehicle}\b)?",
            re.IGNORECASE,
        ),
        re.compile(rf"\b{verbs}\s+$", re.IGNORECASE),
        re.compile(rf"\b{vehicle}\b", re.IGNORECASE),
        kinds,
    )


def _the_priced(words: Words, start: int, end: int, what: str, sentence: Span) -> Subject | None:
    """The subject of a sum of money whose phrase, from offset ``start`` to ``end``, no name
    owns: "the" one of kind ``what`` its story tells of, when "the" opens the phrase ("the
    $345 million deal") or a noun in the possessive after "the" does ("put the scheme's
    total cost at"); ``None`` when any of its kind may be meant ("a $5 million grant")."""
    index = words.at(start)
    opener = index - 1
    if (
        opener >= 2
        and words.lower[opener] in POSSESSIVE_ENDINGS
        and words.written[opener - 1].islower()
    ):
        opener -= 2  # "the project's": the project the story tells of
    if opener < 0 or words.starts[opener] < sentence.start or words.lower[opener] != "the":
        return None
    return Subject(key=f"the {what}", text=words.text[words.starts[opener] : end], owner=None)


def _named_again(
    words: Words, start: int, end: int, what: str, grammar: _Grammar
) -> Subject | None:
    """The subject of a sum of money whose phrase, from offset ``start`` to ``end``, no name
    owns and "a" opens, when the text names one of its kind with "the" elsewhere: "A reward
    of 40,000 zennits was put up on Friday", in a story that goes on to tell of "the reward", is
    "the" reward of that story. ``None`` when it names none so (any of its kind)."""
    first = words.at(start)
    if first < 1 or words.lower[first - 1] not in ("a", "an"):
        return None
    if not _the_kind_elsewhere(words, first - 1, words.at(max(start, end - 1)), what, grammar):
        return None
    return Subject(key=f"the {what}", text=words.text[start:end], owner=None)


def _the_kind_elsewhere(words: Words, first: int, last: int, what: str, grammar: _Grammar) -> bool:
    """Whether the text names a thing of the kind of ``what`` (its last word) with "the"
    (and up to two words before its noun) outside words ``first`` to ``last``."""
    kind = what.split()[-1]
    lower = words.lower
    for index, word in enumerate(lower):
        if word != "the" or first <= index <= last:
            continue
        for noun in range(index + 1, min(index + 4, len(lower))):
            found = grammar.priced.match(words, noun)
            if found is not None and found[1] == kind:
                return True
    return False


#: How many words may stand between a verb of ``[priced_verbs]`` and its sum: its object
#: ("fine Hallerby Chemicals 2.4 million crowns").
_PRICED_VERB_REACH = 6


def _priced_by_verb(words: Words, span: Span, sentence: Span, grammar: _Grammar) -> Subject | None:
    """The subject of the sum of money at ``span`` that a verb of ``[priced_verbs]`` in
    ``units.toml`` before it makes a thing of, its object perhaps between ("would fine
    Hallerby Chemicals 2.4 million crowns", "was fined $5,000"): "the" one of its kind its
    story tells of, when the text names one with "the" elsewhere ("The fine comes on top of …").
    ``None`` when no such verb stands there, or the text names none so."""
    first = words.at(span.start)
    for verb in range(first - 1, max(first - 1 - _PRICED_VERB_REACH, -1), -1):
        if words.starts[verb] < sentence.start:
            return None
        found = grammar.priced_verbs.match(words, verb)
        if found is None:
            continue
        kind = found[1]
        if (
            not words.joined(verb, first - 1)
            or words.text[words.ends[first - 1] : span.start].strip()
        ):
            return None  # a verb of another clause
        if grammar.priced.match(words, verb) is not None and (
            verb < 1 or words.lower[verb - 1] not in grammar.verb_auxiliaries
        ):
            return None  # "fines of nearly $400,000": the noun, where no "would" opens it
        if not _the_kind_elsewhere(words, verb, words.at(span.end - 1), kind, grammar):
            return None
        return Subject(key=f"the {kind}", text=words.text[span.start : span.end], owner=None)
    return None


def _the_one_so_named(
    words: Words, start: int, end: int, what: str, grammar: _Grammar, *, dated: bool
) -> Subject | None:
    """The subject of a sum of money whose phrase, from offset ``start`` to ``end``, no name
    owns and "a" opens, when words before its noun say which one of its kind it is and the
    text names no other of them so: "backed a $9.2 million relief package" brings
    "the" relief package into its story, which other stories of it go on to call so. So
    does a sum that a verb of ``spending`` or ``[paid_for]`` has, joined to its noun by "in",
    in a sentence that names its day (``dated``): "set aside $60 million in flood relief funding
    on Thursday" (with no day, "has released $38 million in relief funds" may be a total so
    far). ``None`` for a phrase with no such words ("a $5 million grant", any grant), and for
    one of two phrases alike ("a $2 million relief grant … a $3 million relief grant")."""
    if " " not in what or " with " in what:
        return None
    first = words.at(start)
    lower = words.lower
    if first < 1:
        return None
    opener = lower[first - 1]
    # The word before the words of what it is of: "in" of "$60 million in flood relief funding".
    link = lower[words.at(end - 1) - len(what.split())]
    had = opener in grammar.spending or opener in grammar.paying
    if opener not in ("a", "an") and not (dated and had and link == "in"):
        return None
    *qualifiers, kind = what.split()
    alike = 0
    for index, word in enumerate(lower):
        if word == "in":
            reach = index + 2  # "$60 million in flood relief funding"
        elif word in ("a", "an"):
            reach = index + 1 + _SUM_WORDS + _PRICED_QUALIFIERS
        else:
            continue
        for at in range(index + 1, min(reach, len(lower) - len(qualifiers))):
            if lower[at : at + len(qualifiers)] != qualifiers:
                continue
            found = grammar.priced.match(words, at + len(qualifiers))
            if found is not None and found[1] == kind:
                alike += 1
                break
    return None if alike > 1 else Subject(key=f"the {what}", text=words.text[start:end])


def _opens_phrase(words: Words, index: int, sentence: Span, grammar: _Grammar) -> bool:
    """Whether word ``index`` opens a noun phrase: it opens ``sentence``, or follows a word of
    ``opening`` ("a budget deficit") or a possessive ("Acme's annual budget")."""
    if index == 0 or words.starts[index] <= sentence.start:
        return True
    before = words.lower[index - 1]
    return before in grammar.opening or before in POSSESSIVE_ENDINGS


def _after_spending(words: Words, index: int, grammar: _Grammar) -> bool:
    """Whether word ``index`` follows a verb of ``spending`` ("reported sales"), not a word
    in -ing that may be an adjective ("operating profit")."""
    before = words.lower[index - 1] if index else ""
    return before in grammar.spending and not before.endswith("ing")


def _qualifier(words: Words, index: int, grammar: _Grammar) -> bool:
    """Whether word ``index`` may say which one of its kind a thing is: a word in lowercase
    letters and hyphens, not a function word or a verb ("emergency", "year-end"; not "the",
    "its", "pledged")."""
    word = words.written[index]
    return (
        word.replace("-", "").isalpha()
        and word.islower()
        and not word.endswith("ed")
        and word not in grammar.function_words
        and word not in grammar.number_words
        and word not in grammar.spending
    )


def _possessor(text: str, start: int, floor: int, grammar: _Grammar) -> re.Match[str] | None:
    """The capitalized name in the possessive that ends right before ``start``, after
    ``floor``: "Norvik's" of "Norvik's roughly 1,200 workers"."""
    possessor = _POSSESSOR.search(text, max(floor, start - 60), start)
    if possessor is None or possessor.group(1).split()[0].lower() in grammar.inside:
        return None
    return possessor


def _definite_possessor(
    text: str, start: int, floor: int, grammar: _Grammar, bodies: _NamedBodies
) -> tuple[str, int] | None:
    """The key of the body that "the" and a noun of ``[bodies]`` in the possessive, ending
    right before ``start`` after ``floor``, stand for ("the district's $377 million budget":
    the one district the text named before), and where that phrase starts; ``None`` when
    there is no such phrase, or the text named no such body or two."""
    found = grammar.definite_possessor.search(text, max(floor, start - 40), start)
    if found is None:
        return None
    key = bodies.before(found.group("body").lower(), found.start())
    return None if key is None else (key, found.start())


#: How many words back from a thing's phrase the name that has it may end ("… said Acme
#: agreed to pay $5 million").
_SPENDER_REACH = 8


def _name_spending(
    words: Words,
    start: int,
    sentence: Span,
    grammar: _Grammar,
    lone_names: _LoneNames,
    owning: frozenset[str],
) -> str | None:
    """The key of a name inside ``sentence`` that has the thing whose phrase starts at
    ``start`` by one of ``owning`` (verbs of ``possession`` or ``spending``) right after it:
    "officials said Acme agreed to pay $5 million in fines", "In March, Acme paid $5 million"
    (``Acme``)."""
    phrase = words.at(start)
    for last in range(phrase - 1, max(phrase - _SPENDER_REACH, -1), -1):
        if words.starts[last] < sentence.start:
            return None
        if not words.written[last][:1].isupper() or words.lower[last] in grammar.calendar:
            continue  # "the firm said Tuesday that it had losses of": no name
        first = last
        while (
            first > 0 and words.written[first - 1][:1].isupper() and words.joined(first - 1, last)
        ):
            first -= 1
        if words.starts[first] < sentence.start:
            return None
        between = words.text[words.ends[last] : start]
        if (
            between.startswith(",")
            and first > 0
            and words.text[words.ends[first - 1] : words.starts[first]].strip() == ","
        ):
            between = between[1:]  # a name set off: "Vessa's governor, Daniel Pashley, paid"
        if not _owns(between, grammar, owning):
            return None  # the nearest name has it not: no name before it does
        name = words.written[first : last + 1]
        if not lone_names.may_name(name, grammar.function_words):
            return None
        return _owner_key(name, grammar)
    return None


def _owner_after(
    text: str,
    start: int,
    end: int,
    sentences: tuple[Span, ...],
    grammar: _Grammar,
    lone_names: _LoneNames,
) -> str | None:
    """The key of the name that has the thing whose phrase is from ``start`` to ``end`` in a
    clause right after it, by a verb of ``possession`` or ``spending``: "the $57 million in
    relief funding Gov. Mira Castell released" (``Mira Castell``), or "he" or "she" for the
    person named before the phrase (:func:`_titled_person_before`). ``sentences`` are the
    phrase's sentence and the one before it in its paragraph."""
    clause = grammar.owner_after.match(text, end, sentences[0].end)
    if clause is None or clause.group("verb") not in grammar.spending:
        return None
    if clause.group("person") is not None:
        return _titled_person_before(text, start, sentences, grammar, lone_names)
    words = clause.group("name").split()
    if not lone_names.may_name(words, grammar.function_words):
        return None
    return _owner_key(words, grammar)


def _titled_person_before(
    text: str, start: int, sentences: tuple[Span, ...], grammar: _Grammar, lone_names: _LoneNames
) -> str | None:
    """The key of the person "he" or "she" stands for in a clause after the phrase at
    ``start``: the nearest name before the phrase in ``sentences`` (its own and the one
    before), when a title before it says it is a person's ("Members pressed Health Minister
    Teodor Valchek on the fund he announced": ``Teodor Valchek``; "Governor Daniel Pashley
    visited Linbury. He said payments from the fund he announced …"). ``None`` when the
    nearest name has no title, as a body's has not: whom the pronoun stands for, the text
    does not say. A word alone ("He" opening a sentence, a place: "visited Linbury") is
    passed over."""
    for sentence in sentences:
        names = list(grammar.name.finditer(text, sentence.start, min(start, sentence.end)))
        for name in reversed(names):
            words = name.group().split()
            if len(words) < 2:
                continue
            untitled = _untitled(words, grammar)
            if len(untitled) == len(words) or not lone_names.may_name(
                untitled, grammar.function_words
            ):
                return None
            return _owner_key(words, grammar)
    return None


def _phrase_start(
    text: str, head: int, floor: int, grammar: _Grammar, numbers: re.Pattern[str]
) -> int:
    """Where the phrase of the head at ``head`` starts: back over numbers, hedges and the
    words that fit inside a phrase ("Some 400 troops", "about 2,000 of its soldiers")."""
    start = head
    while start > floor and text[start - 1].isspace():  # a word of its own before
        window = max(floor, start - 40)
        before = text[window:start].rstrip()
        at = before.rfind(" ") + 1
        word_start: int | None = at
        if before[at:].isalpha():
            # Most words are letters only: the word _LAST_WORD finds, with no digit. Such a
            # word ends a number only if it is a word numbers end with ("a" is not one: a third
            # of the numbers looked for would be before "a", and none is found).
            lower = before[at:].lower()
            ends = grammar.number_ends
            numeric = lower in (
                grammar.number_words if ends is None or not lower.isascii() else ends
            )
        else:
            word = _LAST_WORD.search(before, at)
            lower = word.group().lower() if word is not None else ""
            word_start = word.start() if word is not None else None
            # Only a digit or a number word can end a number: look for one only then.
            numeric = _DIGIT.search(lower) is not None or lower.rpartition("-")[2] in (
                grammar.number_words
            )
        if numeric and lower.endswith(_STRONG):
            before = before[: -len(_STRONG)]  # "Kesh's 2,600-strong contingent": a count
        number = grammar.number_at_end.search(before) if numeric else None
        if number is not None and number.group():
            start = window + number.start()
        elif word_start is not None and (
            lower in grammar.inside
            # A hedge belongs to the phrase only before its number ("under 300", not "under
            # his").
            or (lower in grammar.hedges and start < head and numbers.match(text, start))
        ):
            start = window + word_start
        else:
            break
    return start


_LAST_WORD = re.compile(r"[\w’'$€£%-]+$")
#: What follows the number of a body's members: "a 2,500-strong contingent".
_STRONG = "-strong"
_ONLY_WORDS = re.compile(r"[\s\w’'-]*")
#: The change a measure went through, before "to" and the level it reached: " 0.3%" and " by
#: 0.2 percentage points" of "rose 0.3% to 4.1%", "fell by 0.2 percentage points to 5.1%".
_CHANGE_BEFORE_TO = re.compile(
    r"\s+(?:by\s+)?\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points?\b)(?=\s+to\s)"
)
_QUALIFIER_WORD = re.compile(r"[\w’'-]+")
#: The words that open the phrase of the occasion a measure is taken at, after its noun
#: ("Turnout in Sunday's local election was 62%"), and how many words it may have.
_SCOPE_OPENERS = frozenset({"in", "at", "for", "during"})
_SCOPE_WORDS = 6


def _gives_level(between: str, grammar: _Grammar) -> bool:
    """Whether the words ``between`` a measure's noun and a percentage say that the
    percentage is its level: one of ``levels``, after auxiliaries and adverbs ("has risen
    to", "also stood at"; "was" is a level itself), or a comma and "at" ("Turnout, at 71 per
    cent"), past the change it went through ("rose 0.3% to")."""
    if "to" in between:
        between = _CHANGE_BEFORE_TO.sub("", between)
    words = _QUALIFIER_WORD.findall(between.lower())
    while len(words) > 1 and (words[0] in grammar.auxiliary or words[0] in grammar.adverbs):
        words.pop(0)
    return bool(_ONLY_WORDS.fullmatch(between.removeprefix(","))) and (
        " ".join(words) in grammar.levels
    )


def _gives_level_after_scope(between: str, grammar: _Grammar) -> bool:
    """:func:`_gives_level` of the words after a phrase of the occasion the measure is taken
    at, of words in lowercase, numbers, days and months, so naming no place: "Turnout in
    Sunday's local election was 62%", "in the 2031 election" (not "Turnout in Kesh was 62%")."""
    words = list(_QUALIFIER_WORD.finditer(between))
    if not words or words[0].group() not in _SCOPE_OPENERS:
        return False
    for word in words[1 : _SCOPE_WORDS + 1]:
        told = word.group().removesuffix("'s").removesuffix("’s")
        if not (told.islower() or told.isdigit() or told.lower() in grammar.calendar):
            return False
        if _gives_level(between[word.end() :], grammar):
            return True
    return False


#: The last punctuation mark (a character of no word) in the text searched.
_LAST_MARK = re.compile(r"[^\s\w’'-](?=[\s\w’'-]*\Z)")
_OF_AFTER = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")
#: Capitalized words, a name of up to three, that end before a word in lowercase that goes
#: on no name ("Explorer of the Seas") or a mark.
_NAME_AFTER = re.compile(
    r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})(?=\s+(?!(?:of|and|de|for)\b)[a-z]|[^\w\s]|$)"
)
_IN_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?")


def _name_after(text: str, at: int, grammar: _Grammar) -> re.Match[str] | None:
    """The name of :data:`_NAME_AFTER` at ``at``, unless its first word is a function word
    capitalized ("The")."""
    found = _NAME_AFTER.match(text, at)
    if found is None or found.group(1).split()[0].lower() in grammar.function_words:
        return None
    return found


#: What stands between things in the plural and the place they are in: "schools in Penwick",
#: "shops across Averly".
_IN_PLACE = re.compile(r"\s+(?:in|across|throughout)\s+")
#: What may stand between a count of a kind a body employs and its employer's name.
_OF_AT_AFTER = re.compile(r"\s+(?:of|from|at)\s+(?:the\s+)?")
#: A word in lowercase after a name.
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)")
_POSSESSOR = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})['’]s\s+$")


def _a_site(text: str, name: re.Match[str], grammar: _Grammar) -> bool:
    """Whether the ``name`` after "at" is a site's ([sites] of subjects.toml): one of
    ``before_names`` opens it ("Camp Kesby") or a noun of ``[things]`` follows it ("the Belsk
    mine")."""
    if name.group(1).split()[0] in grammar.site_names:
        return True
    following = _NEXT_WORD.match(text, name.end(1))
    return following is not None and following.group(1) in grammar.things


def _same_kind(noun: _Head | None, head: _Head) -> bool:
    """Whether a noun names what ``head`` names: a counted kind, or an institution."""
    return noun is not None and (
        (noun.kind is not None and noun.kind == head.kind)
        or (noun.institution is not None and noun.institution == head.institution)
    )


def _qualifiers(
    text: str,
    floor: int,
    head: int,
    grammar: _Grammar,
    numbers: re.Pattern[str],
    previous_start: int,
) -> tuple[list[str], int]:
    """The lowercase words right before a head noun that say what kind it is ("five new
    deaths", "114 active cases"; not the part of a toll, "the injured people"), back to the
    number, determiner or hedge that opens the phrase, and where the first of them starts;
    none when no such word opens the phrase ("police arrested protesters").

    ``previous_start`` is where the word before the head starts (found back to ``floor`` or
    80 characters before the head)."""
    window = max(floor, head - 80)
    previous = text[previous_start:head].strip()
    lower = previous.lower()
    if (
        lower in grammar.opening
        or lower in grammar.hedges
        or _DIGIT.search(previous)
        or _is_number(previous, grammar, numbers)
    ):
        return [], head  # "five people", "the troops", "2,000 soldiers": nothing says what kind
    if (
        previous[:1].isalpha()
        and (not previous.islower() or lower in grammar.function_words)
        and lower not in grammar.quantity
        and _QUALIFIER_WORD.fullmatch(previous)
    ):
        # Two heads in three: the word before is a name or a function word ("US troops",
        # "ex-Muslim women", "for people"), which the loop below, reading back from it, would
        # refuse first (or a number in it would); no need to look further back.
        return [], head
    before = text[window:head]
    # Punctuation opens the phrase: only the words after the last mark can say what kind.
    mark = _LAST_MARK.search(before)
    words_from = 0 if mark is None else mark.end()
    tokens = list(_QUALIFIER_WORD.finditer(before, words_from))
    # A number opens it too ("two dozen", not "dozen") when it ends among those words. Most
    # phrases have no number there, and a test for one costs a tenth of looking for numbers.
    counted = (
        _last_number(before, grammar) if _may_end_number(before[words_from:], grammar) else None
    )
    if counted is not None and counted.end() >= words_from:
        if not before[counted.end() : counted.end() + 1].isspace():
            return [], head  # "20-year-old": the number is part of a word
        tokens = [found for found in tokens if found.start() >= counted.end()]
    kept: list[str] = []
    starts: list[int] = []
    for found in reversed(tokens):
        word = found.group()
        lower = word.lower()
        if (
            lower in grammar.opening
            or lower in grammar.hedges
            or _is_number(word, grammar, numbers)
        ):
            break
        if lower in grammar.quantity:
            continue  # "five other people": how many, not what kind
        if lower in grammar.toll_words:
            continue  # "25 wounded people": which part of them, not what kind
        if not word[:1].isalpha():
            break  # punctuation opens the phrase
        if (
            kept
            and lower in grammar.titles
            and (kept[0].endswith("ed") or kept[0] in grammar.reporting)
        ):
            # "the mayor ordered residents", "the sheriff told residents": after a role, the
            # word in -ed or of speech is its verb, not a kind of resident
            del kept[0], starts[0]
            break
        if not word.islower() or lower in grammar.function_words or len(kept) == 2:
            return [], head
        if plural_noun(lower):
            return [], head  # "seven motorcyclists dead": a plural noun, not a qualifier
        kept.insert(0, lower)
        starts.insert(0, window + found.start())
    return kept, starts[0] if starts else head


def _only_countries(words: Sequence[str], grammar: _Grammar) -> bool:
    """Whether capitalized words are all country names or adjectives ("United States")."""
    index = 0
    while index < len(words):
        for end in range(len(words), index, -1):
            if " ".join(words[index:end]) in grammar.countries:
                index = end
                break
        else:
            return False
    return True


_ASCII_CAPITAL = re.compile("[A-Z]")
_CAPITALIZED_RUN = re.compile(r"(?:\b[A-Z][\w’'-]*\s+)+$")


def _after_spaces(text: str, at: int, stop: int) -> int:
    """Where the first character at or after ``at`` (before ``stop``) that is no space is."""
    return at + len(text[at:stop]) - len(text[at:stop].lstrip())


def _word_start(text: str, end: int, floor: int) -> int:
    """Where the word (the run of characters with no space or line break) that ends at
    ``end`` starts."""
    space = max(text.rfind(" ", floor, end), text.rfind("\n", floor, end))
    return max(floor, space + 1)


def _capitalized_before(
    text: str,
    head: int,
    floor: int,
    grammar: _Grammar,
    numbers: re.Pattern[str],
    previous_start: int,
) -> list[str]:
    """The capitalized words right before ``head``, without a determiner, a number or a hedge
    (or any word that fits inside a phrase) capitalized only because it starts the sentence.

    ``previous_start`` is where the word before the head starts (found back to ``floor`` or
    80 characters before the head)."""
    # Read back 60 characters at most, where a word found further back is cut.
    before = text[max(previous_start, floor, head - 60) : head]
    if before.islower() or _ASCII_CAPITAL.search(before) is None:
        # No capital in the word before (islower, a quick test, says so of most words): no
        # need to look further.
        return []
    match = _CAPITALIZED_RUN.search(text, max(floor, head - 60), head)
    if match is None:
        return []
    words = match.group().split()
    first = words[0].lower() if words else ""
    if match.start() <= floor and (
        first in grammar.inside or first in grammar.hedges or first in grammar.function_words
    ):
        words = words[1:]  # "The", "About", "No" ("No Valdorian troops"): no word of a name
    while words and (_is_number(words[0], grammar, numbers) or words[0].lower() in grammar.blurs):
        words = words[1:]  # "Twenty-four people", "Dozens dead": a number, not a name
    return words


def _clause_owner(
    text: str,
    raws: Sequence[_Raw],
    index: int,
    phrase: int,
    sentence: Span,
    grammar: _Grammar,
    head: _Head,
    names: tuple[_LoneNames, _NamedBodies],
) -> tuple[str | None, str | None]:
    """The owner, as (body, country), that has the thing in the same clause or sends, cuts or
    adds to it: "the US still has 2,000 troops", "Germany said it would send 5,000 troops"; or
    a name that opens the sentence and does so ("Acme Corp. will cut 1,200 jobs", "Acme, which
    employs 1,200 people"), or "the" and a noun of a body the text named before ("The union,
    which represents roughly 1,900 teachers"). The phrase of the thing (``raws[index]``) starts
    at ``phrase``."""
    actor: _Raw | None = None  # an institution that acts for the country ("the US Navy has")
    for back in range(index - 1, -1, -1):
        previous = raws[back]
        if previous.start < sentence.start:
            break
        if previous.kind not in ("country", "organization"):
            head_before = grammar.heads.get(" ".join(previous.text.lower().split()))
            if head_before is not None and head_before.institution is not None:
                actor = previous
            continue
        name = _IN_A_NAME.search(text, max(sentence.start, previous.start - 30), previous.start)
        if name is not None and name.group(1).lower() not in grammar.heads:
            break  # "Bank of America", not "Government of Canada": a body's name
        if actor is not None and not _inside_gap(text[previous.end : actor.start], grammar):
            actor = None  # not the country's institution: "the US and its navy"
        between = text[actor.end if actor else previous.end : phrase]
        if not _owns(between, grammar, grammar.possession):
            return None, None
        if previous.kind == "country":
            return None, grammar.countries[" ".join(previous.text.split())]
        return grammar.organizations[" ".join(previous.text.split())]
    owner = _opening_owner(text, phrase, sentence, grammar, names, grammar.possession)
    if head.institution is not None and (owner is None or " " in owner):
        # A country's armed forces or police are not a company's or a person's ("Acme Corp
        # has 300 police officers"); a name of one word that has them, which no lexicon
        # knows, is a country of its own ("Vestmark has about 1,420 troops").
        return None, None
    return owner, None


def _opening_owner(
    text: str,
    phrase: int,
    sentence: Span,
    grammar: _Grammar,
    names: tuple[_LoneNames, _NamedBodies],
    owning: frozenset[str],
) -> str | None:
    """The key of the name that opens ``sentence`` and has, by one of ``owning``, the thing
    whose phrase starts at ``phrase`` ("Acme Corp. will cut 1,200 jobs", "Acme, which employs
    1,200 people"), or of the body "the" and a noun of ``[bodies]`` stand for there ("The
    union, which represents roughly 1,900 teachers")."""
    opening = grammar.owner_opening.match(text, sentence.start, phrase)
    if opening is None or not _owns(text[opening.end() : phrase], grammar, owning):
        return None
    lone_names, bodies = names
    if opening.group("body") is not None:
        return bodies.before(opening.group("body"), opening.start())
    words = opening.group("name").split()
    if not lone_names.may_name(words, grammar.function_words):
        return None  # "I have 30 officers", "Rebels hold 40 hostages"
    return _owner_key(words, grammar)


#: The possessives by which a body that reports tells of its own: "Acme said its profit".
_REPORTER_OWN = frozenset({"its", "their"})
#: How many words a report of what a body has may take before "its": "said on Tuesday that
#: its".
_REPORT_REACH = 6


#: How many words after an owner its verb of owning may be: "has been ordered to pay".
_OWNING_REACH = 5


def _owns(between: str, grammar: _Grammar, owning: frozenset[str]) -> bool:
    """Whether the words between an owner and the phrase of a thing say the owner has it, sends,
    cuts or adds to it: one of ``owning`` (of ``possession``, or of ``spending`` for money)
    among the first five, after any report of what the owner said it does ("said on Monday
    it would") and past any weekday ("on Monday announced"), with the phrase after it ("still
    has about 300", "will lay off 800", "had a strong economy"; not "has room for seven",
    "has already killed"); or a report of its own thing ("said on Tuesday that its")."""
    relative = _RELATIVE.match(between)
    words = between[relative.end() if relative else 0 :].lower().split()
    if words and words[0] in grammar.reporting:
        if (
            words[-1] in _REPORTER_OWN
            and len(words) <= _REPORT_REACH
            and all(
                word in grammar.function_words or word in grammar.weekdays for word in words[1:-1]
            )
        ):
            return True  # "Acme said on Tuesday that its net profit": the reporter's own
        pronoun = next((i for i, word in enumerate(words[:6]) if word in ("it", "they")), None)
        if pronoun is not None:
            words = words[pronoun + 1 :]
    # A weekday, and the "on" before it, are a time, not words of the clause: "Acme on Monday
    # announced $5 million", "Acme agreed on Monday to buy Kelder for $2 billion".
    kept: list[str] = []
    for word in words:
        if word not in grammar.weekdays:
            kept.append(word)
        elif kept and kept[-1] == "on":
            kept.pop()
    words = kept
    verbs = [
        i
        for i, (word, after) in enumerate(
            zip(words[:_OWNING_REACH], [*words[1 : _OWNING_REACH + 1], ""], strict=False)
        )
        if word in owning and not _auxiliary(word, after)
    ]
    if not verbs:
        return False
    # Before the verb, auxiliaries and adverbs ("will", "plans to", "currently"), not a noun
    # that is the verb's own subject ("the US private sector adds 179,000 jobs").
    if not all(
        word in grammar.function_words
        or word in grammar.auxiliary
        or word in owning
        or word.endswith("ly")
        for word in words[: verbs[-1]]
    ):
        return False
    rest = words[verbs[-1] + 1 :]
    if rest and rest[0] in grammar.particles:
        rest = rest[1:]  # "lay off", "bring home"
    # Between the verb and the phrase, words of the phrase ("a strong economy"), but no other
    # clause's: no preposition ("room for seven people", "offices in 30 countries"), adverb,
    # participle or verb of speech ("has already killed", "has said the new members").
    return all(
        word in grammar.inside
        or not (
            word in grammar.function_words
            or word in grammar.places
            or word in grammar.prepositions
            or word in grammar.reporting
            or word.endswith("ed")
        )
        for word in rest
    )


#: A place's name: capitalized words.
_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*"
#: The places joined by "and" or "or" after a place: "Chile and Peru", "Texas, Ohio and Iowa"
#: (a name before "and" after a comma, and the last), each a name within its line and its
#: sentence ("U.S.", not "Iowa. The").
_LISTED_WORD = r"[A-Z][\w'’-]*(?:\.[A-Z][\w'’-]*)*"
_LISTED_NAME = rf"{_LISTED_WORD}(?:[ \t]+{_LISTED_WORD})*\.?"
_PLACES_JOINED = re.compile(
    rf"(?:,\s+(?P<other>{_LISTED_NAME}))?,?\s+(?:and|or)\s+(?:in\s+)?(?:the\s+)?"
    rf"(?P<last>{_LISTED_NAME})"
)
#: A name in the possessive ("Russia's"): an owner after "and", not a place joined.
_POSSESSIVE_END = re.compile(r"['’]s?\Z")
#: A name joined to the place after it by "and" or "or", with a comma or none, each perhaps
#: followed by its country ("Averly, Valdoria, and Kesh").
_JOINED_BEFORE = re.compile(rf"{_PLACE_NAME},?\s+(?:and|or)\s+(?:in\s+)?(?:{_PLACE_NAME},\s+)?\Z")
_JOINED_WORD = re.compile(r"\s(?:and|or|&)\s")
#: A name after "the" and before a lowercase noun that a place follows names the noun's
#: owner, not where it is: "the Norvik Foods plant in Belsk" (not "the Tallis Valley rose").
_THE_AROUND = re.compile(r"\b[Tt]he\s+")
_NOUN_AFTER = re.compile(r"\s+[a-z]{3,}\s+(?:in|near|at|outside)\s+")

#: A capitalized word and "of" or "for" right before a country's name: the name is a body's.
_IN_A_NAME = re.compile(r"\b([A-Z][\w.-]*)\s+(?:of|for)\s+$")


def _body_name(words: Sequence[str], grammar: _Grammar) -> str:
    """The name of a body as an owner, without a possessive ("Tessaro's" → "Tessaro") and
    the words that end a company's name ("Acme Corp." → "Acme"), unless nothing else is
    left."""
    kept = list(words)
    if kept:
        kept[-1] = _POSSESSIVE_END.sub("", kept[-1]) or kept[-1]
    while len(kept) > 1 and kept[-1].lower().rstrip(",") in grammar.name_suffixes:
        kept.pop()
    return " ".join(kept)


#: The fewest letters of a country's name that an adjective of it is read back to.
_COUNTRY_LETTERS = 4


def _named_country(body: str, lone_names: _LoneNames, grammar: _Grammar) -> str:
    """The country of no lexicon a one-word adjective ``body`` is of, when the text writes
    the name it is made from (``demonym_endings``: "Vestmarki" of "Vestmark", "Ardenian" of
    "Ardenia"), so that "Vestmarki troops" are the troops "Vestmark has"; else ``body``."""
    if " " in body:
        return body
    for ending in grammar.demonym_endings:
        name = body.removesuffix(ending)
        if name != body and len(name) >= _COUNTRY_LETTERS and lone_names.writes(name):
            return name
    return body


def _owner_key(words: list[str], grammar: _Grammar) -> str:
    """The key of a name as an owner: its words without the titles before it, a possessive
    or a company's ending ("Prime Minister Elena Zelden's" → "Elena Zelden")."""
    return _body_name(_untitled(words, grammar), grammar)


#: A name of capitalized words that ends in the word before the NUL that opens the string
#: searched ("Ford\0On Friday Henry Ford said"): the word is matched by a backreference, as a
#: pattern made for each word would cost a compilation per name of an archive.
_LONGER_NAME = re.compile(
    r"\A([^\x00]+)\x00.*?(\b[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)*[ \t]+\1\b)", re.DOTALL
)


def _longer_name(text: str, word: str, end: int) -> str | None:
    """The first name of capitalized words on one line that ends in ``word`` before ``end``
    ("Henry Ford" for "Ford"), if any. Only the lines where the word is are searched: the
    pattern starts with a word boundary, so a search of all the text before ``end`` tries it
    at every character."""
    if "\x00" in word:
        return None
    at = text.find(word, 0, end)
    while at >= 0:
        line_end = text.find("\n", at, end)
        if line_end < 0:
            line_end = end
        line = text[text.rfind("\n", 0, at) + 1 : line_end]
        found = None if "\x00" in line else _LONGER_NAME.match(f"{word}\x00{line}")
        if found is not None:
            return found.group(2)
        at = text.find(word, line_end, end)
    return None


def _untitled(words: list[str], grammar: _Grammar) -> list[str]:
    """A name's words without the titles before it ("Coach Lars Stenby" → "Lars Stenby",
    "Prime Minister Elena Zelden" → "Elena Zelden"); a title stands before a name of two words
    or more, so "General Motors" and "Court of Appeal" keep theirs."""
    while (
        len(words) > 2 and words[0].lower().rstrip(".") in grammar.titles and words[1][:1].isupper()
    ):
        words = words[1:]
    return words


def _auxiliary(word: str, after: str) -> bool:
    """Whether "has", "have" or "had" helps the verb after it ("has confirmed", "had been")."""
    return word in {"has", "have", "had"} and (after == "been" or after.endswith(("ed", "en")))


def _pronoun_owner(
    text: str,
    raws: Sequence[_Raw],
    index: int,
    grammar: _Grammar,
    earlier: Sequence[SubjectMention],
    sentence: Span,
) -> tuple[str | None, str | None]:
    """The owner "its", "their" or "our" points back to, as (body, country): the last country or
    body that acts, not one that is only a place; or the owner of the last owned subject, unless
    a name of no table stands between in the pronoun's sentence that is not that owner's
    ("No Tarrow Party candidates were elected, and the party lost all 5 of its seats")."""
    for previous in reversed(raws[:index]):
        if previous.kind == "country" and not _place(text, previous, grammar):
            return None, grammar.countries[" ".join(previous.text.split())]
        if previous.kind == "organization":
            return grammar.organizations[" ".join(previous.text.split())]
    owned = next(((m.owner, m.span.end) for m in reversed(earlier) if m.owner), None)
    if owned is None:
        return None, None
    owner, end = owned
    # Past the sentence's first word, which any sentence capitalizes.
    first = _WORD_AFTER_START.match(text, sentence.start)
    start = max(end, first.end() if first is not None else sentence.start)
    if any(
        word not in owner.split()
        for word in _CAPITALIZED_WORD.findall(text, start, raws[index].start)
    ):
        return None, None
    return None, owner
