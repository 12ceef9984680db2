"""Events: verbs of a class in the event lexicon, and how the text asserts them.

Each event mention has a class ("withdraw"), a polarity ("will not leave" is negative), a tense
and a modality read from the words before the verb: "will"/"going to" (future), "would" (a
conditional, or a future reported in the past: ``backshifted``), "could"/"may" or a thought
told of ("the myth that it is open": possible), "plans to" (planned), "want to"/"desire for"
(desired), "has started" (under way), and "not … until" or a clause of condition or of a time
to come ("if they leave", "once the government is open"): conditional. ``theme`` says where
the thing the event happens to is: the subject ("the troops will leave") or, for a transitive
use, the object ("withdrawing US troops").
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence

import attrs

from factcheck._amounts import hedge_words
from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Modality, Polarity, Span, Tense, trusted_builder, trusted_span
from factcheck._numbers import count_words, words_pattern
from factcheck._segment import Segments, headline
from factcheck._words import WORD, Phrases, s_form

__all__ = [
    "OBJECT_ASIDE",
    "TOPIC_JOINER",
    "EventMention",
    "acts_on_any",
    "auxiliary_words",
    "event_nouns",
    "event_topics",
    "find_events",
    "first_words",
    "happening_topics",
    "is_incident",
    "is_recurring",
    "is_relation",
    "is_state",
    "mood",
    "object_nouns",
    "opposites",
    "particles",
    "past_forms",
    "settles_once",
    "singled_out",
    "stance_class",
    "throughout_end",
]


@attrs.frozen(kw_only=True)
class EventMention:
    """A verb of an event class, with its auxiliaries and what they say."""

    span: Span  # the verb phrase, auxiliaries included ("will be leaving")
    verb: Span  # the verb itself, with its particle ("pull out")
    event: str
    polarity: Polarity
    tense: Tense
    modality: Modality
    theme: str  # "subject" or "object"
    backshifted: bool = False  # "would": a "will" that reported speech may have shifted
    #: Where the word ends that holds off an asserted event ("will not leave until …"): its
    #: modality is CONDITIONAL, unless a time follows that word (see factcheck._claims).
    held_until: int | None = None
    #: Whether it holds at every moment of its time, not at some untold one: a negation of
    #: the past at every moment before the story ("was never evacuated": ``never`` of
    #: ``[auxiliaries]``; "was not" is at some moment), or a state that has held since what the
    #: story tells of ("has stayed shut since the storm": ``[throughout]``).
    always: bool = False
    #: The happening a verb names and holds, told with its topic ("vote" of "will vote on
    #: the budget": ``own_nouns`` of its class in events.toml); ``None`` for other verbs.
    noun: str | None = None


@attrs.frozen(kw_only=True, eq=False)
class _Verb:
    event: str
    transitive: bool
    particle: str | None  # "out" of "pull out", written after the verb
    after: frozenset[str]  # one of these must follow (empty: anything may)
    not_after: frozenset[str]  # none of these may follow
    own_not_after: frozenset[str]  # those of them that are for this verb alone ("pass by")
    not_endings: tuple[str, ...]  # nor words with these endings (the "-ed" of ``not_after``)
    not_before: frozenset[str]  # none of these may come right before ("caught fire")
    intransitive: bool  # with an object it is another verb ("contract measles")
    needs_object: bool  # with none, and not a participle, it is a noun ("a boat fire")
    not_passive: bool  # its passive is another verb ("was left stranded")
    noun: str | None = None  # the happening it names and holds ("vote" of "vote on")


@attrs.frozen(kw_only=True, eq=False)
class _Grammar:
    form_names: Phrases[str]  # a verb form (particle included) → the form, lowercased
    forms: Mapping[str, _Verb]  # a verb form (lowercase, particle included) → its verb
    split: Mapping[str, list[tuple[tuple[str, ...], _Verb]]]  # "bring" → [(("home",), verb), …]
    split_firsts: Mapping[str, frozenset[str]]  # "bring" → {"home", "back", …}
    phrase_openers: frozenset[str]  # subjects.toml's `opening` ("the", "an", "its")
    aux_words: frozenset[str]
    opposites: Mapping[str, frozenset[str]]
    #: A class with opposites → the class its family is told against (:func:`stance_class`).
    stances: Mapping[str, str]
    auxiliaries: Mapping[str, tuple[str, ...]]
    #: Verb forms that a "to" after them makes a future auxiliary ("is set to open").
    future_to: frozenset[str]
    #: Words of ``desired`` that are verbs of wish too, and nouns where they stand as a
    #: subject does ("demand": "Demand fell"; "demanded the crews leave" asks).
    desire_nouns: frozenset[str]
    past_forms: frozenset[str]
    particles: frozenset[str]
    #: A class → its forms that tell a state holds on ("remains open"), as one pattern.
    holding: Mapping[str, re.Pattern[str]]
    #: The words of ``[throughout]`` right after a verb's phrase ("since", "throughout").
    throughout: re.Pattern[str]
    states: frozenset[str]  # classes that are states holding over a time ("remain")
    recurring: frozenset[str]  # classes that happen again and again to one subject ("rise")
    relations: frozenset[str]  # classes that relate a doer to what it acts on ("approve")
    incidents: frozenset[str]  # classes of an incident happening ("the quake struck")
    indefinite: frozenset[str]  # relations to a thing named as any ("declared a state of …")
    status: frozenset[str]  # relations that give what they act on a status ("… a disaster")
    once: frozenset[str]  # relations that settle what they act on once ("approve")
    objects: Mapping[str, frozenset[str]]  # a class → the only nouns it may act on ("report")
    #: A recurring class → the words that single out one happening of it ("first hearing").
    singled_by: Mapping[str, frozenset[str]]
    #: A class → the words that open the topic of what it acts on ("a hearing into …").
    topics: Mapping[str, frozenset[str]]
    #: Where a verb form may start: a first word that is a form by itself, or the first two
    #: words of a longer form. Most words that start a longer form ("is" of "is over") are
    #: not followed by its second word, and need not be looked up at all.
    single_firsts: frozenset[str]
    first_pairs: frozenset[tuple[str, str]]
    first_words: frozenset[str]  # the first words of forms and of split verbs
    #: The auxiliaries of each name, and "until" after a negation.
    classes: Mapping[str, _Auxiliaries]
    any_mood: _Auxiliaries  # the auxiliaries of every mood: most verbs have none
    #: Auxiliaries as written when they are names inside a sentence ("May", the month).
    auxiliary_names: frozenset[str]
    until: str
    #: Words that open a clause the text does not assert: a condition or a question ("if",
    #: "whether"); and one whose verb in the present tense is a time yet to come ("when the
    #: government is open").
    condition_openers: frozenset[str]
    time_openers: frozenset[str]
    #: Words that open a condition after a verb's phrase ("will withdraw if the talks
    #: succeed"), unless one of ``concessive`` comes right before them ("even if"), or one
    #: of ``questions``, after which they ask ("declined to say if").
    conditions_after: frozenset[str]
    concessive: frozenset[str]
    questions: frozenset[str]
    #: Nouns, and verbs of hoping and fearing, whose "that" clause the text tells of without
    #: asserting it ("the myth that", "fears that").
    entertained: frozenset[str]
    #: A hedge of hedges.toml and the space after it: "about " of "left about 60,000 homeless".
    hedge: re.Pattern[str]
    #: What comes before a participle that describes a noun (``[participles]``): an opener
    #: ("with", "there"), and the first words of a count ("two", "no", "only").
    participle_openers: frozenset[str]
    count_firsts: frozenset[str]
    #: After such a participle, a verb of its noun (``finite``: "were moved") before a break.
    participle_finite: frozenset[str]
    participle_breaks: frozenset[str]


@attrs.frozen(eq=False)
class _Auxiliaries:
    """The phrases of one class of auxiliaries, looked for among words joined by spaces."""

    #: One search instead of a substring test per phrase (``None``: there are no phrases).
    pattern: re.Pattern[str] | None
    #: The words the phrases start with: a phrase of plain words is there only if its first
    #: word is (``None``: some phrase is not plain words, and the pattern must tell).
    firsts: frozenset[str] | None

    @classmethod
    def of(cls, phrases: Iterable[str]) -> _Auxiliaries:
        lowered = [phrase.lower() for phrase in phrases]
        plain = all(phrase and phrase == " ".join(phrase.split()) for phrase in lowered)
        return cls(
            pattern=re.compile("|".join(map(_auxiliary_pattern, lowered))) if lowered else None,
            firsts=frozenset(phrase.split()[0] for phrase in lowered) if plain else None,
        )

    def among(self, words: Sequence[str]) -> bool:
        """Whether one of the phrases is among ``words`` (lowercase)."""
        if self.pattern is None or (self.firsts is not None and self.firsts.isdisjoint(words)):
            return False
        return self.pattern.search(f" {' '.join(words)} ") is not None


def _auxiliary_pattern(phrase: str) -> str:
    """The pattern of an auxiliary phrase among words joined by spaces. A phrase that ends in
    "to" looks ahead only before a verb: "to" before a determiner is a preposition ("going
    to the border", "due to the strike")."""
    pattern = re.escape(f" {phrase} ")
    if phrase.split()[-1:] == ["to"]:
        pattern += rf"(?!(?:{'|'.join(sorted(_DETERMINERS))}) )"
    return pattern


def inflections(base: str, irregular: Mapping[str, Sequence[str]]) -> set[str]:
    """The forms of an English verb: "leave" gives leave, leaves, leaving, left (and leaved)."""
    forms = {base, *irregular.get(base, ())}
    forms.add(f"{base}es" if base.endswith("o") else s_form(base))  # "goes", "reaches"
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        forms.add(f"{base[:-1]}ied")
    stem = base[:-1] if base.endswith("e") and not base.endswith(("ee", "ye", "oe")) else base
    forms.update({f"{stem}ing", f"{stem}ed" if not base.endswith("e") else f"{base}d"})
    if base.endswith("y") and base[-2:-1] in "aeiou":
        forms.add(f"{base}ed")
    # One-syllable verbs that end consonant-vowel-consonant double it ("stop", "stopped"); a
    # doubled form that is not English matches nothing, so both are kept.
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", base):
        forms.update({f"{base}{base[-1]}ing", f"{base}{base[-1]}ed"})
    return forms


def verb_forms(verb: str, lexicon: Lexicon) -> set[str]:
    """The forms of a verb given by its base, lowercased, with its particles after it ("walk
    out": "walked out", "walking out"): :func:`inflections` with the irregular forms of
    ``events.toml``."""
    head, *particles = verb.lower().split()
    irregular = {head: lexicon.words("events", "irregular", head)}
    return {" ".join([form, *particles]) for form in inflections(head, irregular)}


def _own_nouns(
    lexicon: Lexicon,
    keys: tuple[str, ...],
    spec: Mapping[str, object],
    objects: frozenset[str] | None,
) -> dict[str, str]:
    """The ``own_nouns`` of an event class (``spec``): each verb that names a happening the
    class holds, with the happening's noun, one of the class's ``objects`` ("vote": "vote")."""
    table = spec.get("own_nouns", {})
    if not isinstance(table, Mapping):
        raise lexicon.error((*keys, "own_nouns"), "must be a table of verbs and their nouns")
    found = {}
    for verb, noun in table.items():
        if not isinstance(noun, str) or len(verb.split()) != 1:
            raise lexicon.error((*keys, "own_nouns", verb), "must be one verb and its noun")
        if objects is not None and noun.lower() not in objects:
            raise lexicon.error((*keys, "own_nouns", verb), f"{noun!r} is none of its objects")
        found[verb.lower()] = noun.lower()
    return found


@functools.cache
def _grammar(lexicon: Lexicon) -> _Grammar:
    table = lexicon.table("events")
    irregular = {
        base: lexicon.words("events", "irregular", base)
        for base, forms in table.get("irregular", {}).items()
    }
    present = {
        base: lexicon.words("events", "present", base)
        for base, forms in table.get("present", {}).items()
    }
    past = {form for forms_ in irregular.values() for form in forms_}
    irregular = {
        base: [*irregular.get(base, []), *present.get(base, [])] for base in {*irregular, *present}
    }
    forms: dict[str, _Verb] = {}
    opposites: dict[str, frozenset[str]] = {}
    flagged: dict[str, set[str]] = {
        "state": set(),
        "recurring": set(),
        "relation": set(),
        "incident": set(),
        "indefinite": set(),
        "status": set(),
        "once": set(),
    }
    # "#" in `not_after` stands for a number: digits, or a number word ("five", "dozens"; not
    # "a few", which would take "left a note").
    numbers = count_words(lexicon)
    holding: dict[str, re.Pattern[str]] = {}
    objects: dict[str, frozenset[str]] = {}
    singled_by: dict[str, frozenset[str]] = {}
    topics: dict[str, frozenset[str]] = {}
    for name, spec in table.get("classes", {}).items():
        keys = ("events", "classes", name)
        if not isinstance(spec, Mapping):
            raise lexicon.error(keys, "must be a table")
        if "objects" in spec:
            objects[name] = frozenset(word.lower() for word in lexicon.words(*keys, "objects"))
        if "singled_by" in spec:
            singled_by[name] = frozenset(w.lower() for w in lexicon.words(*keys, "singled_by"))
        if "topics" in spec:
            topics[name] = frozenset(word.lower() for word in lexicon.words(*keys, "topics"))
        opposites[name] = frozenset(lexicon.words(*keys, "opposite"))
        for flag, classes in flagged.items():
            value = spec.get(flag, False)
            if not isinstance(value, bool):
                raise lexicon.error((*keys, flag), "must be true or false")
            if value:
                classes.add(name)
        transitive = set(lexicon.words(*keys, "transitive"))
        after = frozenset(lexicon.words(*keys, "after"))
        not_after_rules = [rule.lower().split() for rule in lexicon.words(*keys, "not_after")]
        not_after = frozenset(rule[0] for rule in not_after_rules if len(rule) == 1)
        not_endings = tuple(rule[1:] for rule in not_after if rule.startswith("-"))
        not_before = frozenset(lexicon.words(*keys, "not_before"))
        intransitive = spec.get("intransitive", False)
        if not isinstance(intransitive, bool):
            raise lexicon.error((*keys, "intransitive"), "must be true or false")
        needs_object = spec.get("needs_object", False)
        if not isinstance(needs_object, bool):
            raise lexicon.error((*keys, "needs_object"), "must be true or false")
        not_passive = frozenset(lexicon.words(*keys, "not_passive"))
        holding_verbs = set(lexicon.words(*keys, "holding"))
        held: list[str] = []  # the forms of the holding verbs ("remains open")
        # the forms of the holding verbs that take their object before their particle ("keeps
        # the plant open")
        held_split: list[str] = []
        # "will remain chief executive", "stayed on as coach": each verb of `office_verbs`
        # before each of `offices`
        offices = lexicon.words(*keys, "offices")
        verbs = [
            *lexicon.words(*keys, "verbs"),
            *(
                f"{verb} {office}"
                for verb in lexicon.words(*keys, "office_verbs")
                for office in offices
            ),
        ]
        if not holding_verbs <= set(verbs):
            stray = sorted(holding_verbs - set(verbs))[0]
            raise lexicon.error((*keys, "holding"), f"{stray!r} is not a verb of the class")
        for phrase in verbs:
            head, *rest = phrase.lower().split()
            particle = " ".join(rest) or None
            # "pass by" is for "pass" alone ("passed by Bermuda" is no approval)
            own_not_after = frozenset(
                rule[1] for rule in not_after_rules if len(rule) == 2 and rule[0] == head
            )
            if "#" in own_not_after:
                own_not_after |= numbers
            verb = _Verb(
                event=name,
                transitive=phrase in transitive,
                particle=particle,
                after=after,
                not_after=not_after | own_not_after | (numbers if "#" in not_after else set()),
                own_not_after=own_not_after,
                not_endings=not_endings,
                not_before=not_before,
                intransitive=intransitive,
                needs_object=needs_object,
                not_passive=phrase in not_passive,
            )
            for form in inflections(head, irregular):
                written = f"{form} {particle}" if particle else form
                forms.setdefault(written, verb)
                if phrase in holding_verbs:
                    held.append(written)
                    if particle and verb.transitive:
                        held_split.append(
                            rf"{re.escape(form)}(?:\s+\S+){{1,4}}?\s+{words_pattern([particle])}"
                        )
        if held:
            holding[name] = re.compile(
                rf"\b(?:{'|'.join([words_pattern(held), *held_split])})\b", re.IGNORECASE
            )
        for head, noun in _own_nouns(lexicon, keys, spec, objects.get(name)).items():
            # "will vote on the budget": a verb of the happening it holds, before its topic
            verb = _Verb(
                event=name,
                transitive=False,
                particle=None,
                after=topics.get(name, frozenset()),
                not_after=frozenset(),
                own_not_after=frozenset(),
                not_endings=(),
                not_before=not_before,
                intransitive=False,
                needs_object=False,
                not_passive=True,  # "was voted into office": elected, no vote held
                noun=noun,
            )
            for form in inflections(head, irregular):
                forms.setdefault(form, verb)
    for name, others in opposites.items():
        for other in others:
            if other not in opposites:
                raise lexicon.error(("events", "classes", name, "opposite"), f"no class {other!r}")
    stances = _stance_classes(opposites, lexicon)
    auxiliaries = {
        name: tuple(lexicon.words("events", "auxiliaries", name))
        for name, words in table.get("auxiliaries", {}).items()
    }
    split: dict[str, list[tuple[tuple[str, ...], _Verb]]] = {}
    for written, verb in forms.items():
        if verb.particle and verb.transitive:
            split.setdefault(written.split()[0], []).append((tuple(verb.particle.split()), verb))

    def lowered(table: str, name: str) -> frozenset[str]:
        """The words of list ``name`` of ``[table]``, lowercased."""
        return frozenset(word.lower() for word in lexicon.words("events", table, name))

    openers = {name: lowered("clauses", name) for name in ("condition", "time", "condition_after")}
    for name, words in openers.items():
        if not words <= frozenset(OPENERS):
            unknown = sorted(words - frozenset(OPENERS))[0]
            raise lexicon.error(
                ("events", "clauses", name), f"{unknown!r} is not a word that opens a clause"
            )
    aux_words = frozenset(
        word.lower()
        for name in (
            "future",
            "conditional",
            "possible",
            "perfect",
            "past",
            "progressive",
            "negation",
            "inchoative",
        )
        for phrase in auxiliaries.get(name, ())
        for word in phrase.split()
    )
    # Split as Phrases splits them, so that the pairs are the words it compares.
    form_words = [WORD.findall(form.lower()) for form in forms]
    return _Grammar(
        form_names=Phrases({form: form for form in forms}),
        single_firsts=frozenset(words[0] for words in form_words if len(words) == 1),
        first_pairs=frozenset((words[0], words[1]) for words in form_words if len(words) > 1),
        first_words=frozenset(words[0] for words in form_words if words) | frozenset(split),
        classes={
            name: _Auxiliaries.of(auxiliaries.get(name, ()))
            for name in {
                *auxiliaries,
                *_MOODS,
                "negation",
                "inchoative",
                "perfect",
                "past",
                "counterfactual",
                "ordered",
                "never",
            }
        },
        any_mood=_Auxiliaries.of(phrase for mood in _MOODS for phrase in auxiliaries.get(mood, ())),
        until=rf"\s*(?:[\w'’]+\s+){{0,6}}(?:{'|'.join(auxiliaries.get('until', ('until',)))})\b",
        auxiliary_names=frozenset(lexicon.words("events", "auxiliary_names", "words")),
        condition_openers=openers["condition"],
        time_openers=openers["time"],
        conditions_after=openers["condition_after"],
        concessive=lowered("clauses", "concessive"),
        questions=lowered("clauses", "questions"),
        entertained=lowered("clauses", "entertained"),
        hedge=re.compile(
            r"\s*(?:{})\s+".format(
                "|".join(map(re.escape, sorted(hedge_words(lexicon), key=len, reverse=True)))
            ),
            re.IGNORECASE,
        ),
        split=split,
        split_firsts={
            word: frozenset(particle[0] for particle, _ in verbs if particle)
            for word, verbs in split.items()
        },
        phrase_openers=frozenset(lexicon.words("subjects", "grammar", "opening")),
        aux_words=aux_words,
        forms=forms,
        opposites=opposites,
        stances=stances,
        auxiliaries=auxiliaries,
        future_to=frozenset(
            words[-2]
            for words in map(str.split, auxiliaries.get("future", ()))
            if len(words) > 1 and words[-1] == "to"
        ),
        desire_nouns=frozenset(auxiliaries.get("desired", ())).intersection(
            auxiliaries.get("desire_verbs", ())
        ),
        past_forms=frozenset(past),
        states=frozenset(flagged["state"]),
        recurring=frozenset(flagged["recurring"]),
        relations=frozenset(flagged["relation"]),
        incidents=frozenset(flagged["incident"]),
        indefinite=frozenset(flagged["indefinite"]),
        status=frozenset(flagged["status"]),
        once=frozenset(flagged["once"]),
        objects=objects,
        singled_by=singled_by,
        topics=topics,
        particles=frozenset(
            word for verb in forms.values() if verb.particle for word in verb.particle.split()
        ),
        holding=holding,
        throughout=re.compile(
            rf"(?:\s+to\s+(?:the\s+)?[a-z]+)?"  # "closed to visitors since", "to the public"
            rf"\s+{words_pattern(lexicon.words('events', 'throughout', 'words'))}\b",
            re.IGNORECASE,
        ),
        participle_openers=lowered("participles", "openers"),
        count_firsts=numbers | lowered("participles", "counts"),
        participle_finite=lowered("participles", "finite"),
        participle_breaks=lowered("participles", "breaks"),
    )


def past_forms(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The irregular past forms the event lexicon knows ("left", "said")."""
    return _grammar(lexicon or default_lexicon()).past_forms


@functools.cache
def auxiliary_class_words(lexicon: Lexicon, name: str) -> frozenset[str]:
    """The words of the auxiliaries of class ``name`` of ``events.toml``, lowercased ("has",
    "have", "had" of ``perfect``)."""
    return frozenset(
        word.lower()
        for phrase in _grammar(lexicon).auxiliaries.get(name, ())
        for word in phrase.split()
    )


@functools.cache
def auxiliary_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word of the auxiliaries of ``events.toml``, lowercased ("will", "plans", "to")."""
    return frozenset(
        word.lower()
        for phrases in _grammar(lexicon).auxiliaries.values()
        for phrase in phrases
        for word in phrase.split()
    )


def first_words(lexicon: Lexicon) -> frozenset[str]:
    """The words :func:`find_events` looks up among a text's, lowercased: the first words
    of the verb forms and of the split verbs."""
    return _grammar(lexicon).first_words


@functools.cache
def finite_words(lexicon: Lexicon) -> frozenset[str]:
    """Words that start a finite verb phrase, lowercased: the words of the auxiliaries of
    tense, mood and aspect ("will", "would", "could", "has", "was", "not"), the irregular past
    forms ("took", "left") and the forms of the event verbs ("opened", "approved")."""
    grammar = _grammar(lexicon)
    verbs = (written for written in grammar.forms if written.isalpha())
    return frozenset((*grammar.aux_words, *grammar.past_forms, *verbs))


def particles(lexicon: Lexicon | None = None) -> frozenset[str]:
    """The particles of the event verbs ("out" of "pull out", "home" of "bring home")."""
    return _grammar(lexicon or default_lexicon()).particles


def is_state(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether an event class is a state that holds over a time ("remain"), not a happening."""
    return event in _grammar(lexicon or default_lexicon()).states


def holds_on(event: str, phrase: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether the verb of an event of class ``event`` in ``phrase`` tells that a state holds
    on ("will remain open", "stayed shut"; every verb of a state class), not that it changes
    ("will reopen", "closed"): the class's ``holding`` verbs."""
    grammar = _grammar(lexicon or default_lexicon())
    if event in grammar.states:
        return True
    pattern = grammar.holding.get(event)
    return pattern is not None and pattern.search(phrase) is not None


def is_recurring(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether an event class happens again and again to one subject ("sales rose in May and
    rose in June"), so that two times of it are two occasions."""
    return event in _grammar(lexicon or default_lexicon()).recurring


#: The word that joins a happening's noun and its topic in a key ("hearing on contamination").
TOPIC_JOINER = "on"


def singled_out(event: str, key: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether the subject ``key`` of a recurring class's event names one happening of it:
    by a word of the class's ``singled_by`` ("Tarnby Council: first hearing"), or by its
    topic (``topics``: "Tarnby Council: hearing on contamination"). It is held once."""
    grammar = _grammar(lexicon or default_lexicon())
    words = set(key.rpartition(": ")[2].lower().split())
    if event in grammar.topics and TOPIC_JOINER in words:
        return True
    return not grammar.singled_by.get(event, frozenset()).isdisjoint(words)


def event_topics(event: str, *, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The words that open the topic of what an event class acts on (its ``topics``)."""
    return _grammar(lexicon or default_lexicon()).topics.get(event, frozenset())


def happening_topics(noun: str, *, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The words that open the topic of a happening ``noun`` names ("hearing": "on",
    "into" …): the ``topics`` of the classes whose ``objects`` it is."""
    grammar = _grammar(lexicon or default_lexicon())
    objects = grammar.objects
    found = (words for event, words in grammar.topics.items() if noun in objects.get(event, ()))
    return frozenset().union(*found)


def settles_once(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether an event class settles what it acts on once ("approve", "reject" one
    amendment), so that opposite ones of one doer and one thing at untold past times clash."""
    return event in _grammar(lexicon or default_lexicon()).once


def is_incident(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether an event class is an incident happening ("the quake struck at 4:12 a.m."), whose
    subject is an incident of subjects.toml, and which happens in one place once a day."""
    return event in _grammar(lexicon or default_lexicon()).incidents


def acts_on_any(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether a relation class acts on a thing named as any ("declared a state of
    emergency"), not only on a known one ("approved the budget")."""
    return event in _grammar(lexicon or default_lexicon()).indefinite


def gives_status(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether a relation class gives what it acts on a status its clause names after it
    ("declared the drought a disaster": ``status`` in events.toml)."""
    return event in _grammar(lexicon or default_lexicon()).status


def object_nouns(event: str, *, lexicon: Lexicon | None = None) -> frozenset[str] | None:
    """The only nouns an event class may act on (its ``objects`` in ``events.toml``: a
    report, not a prisoner, is published), or ``None`` when it may act on any."""
    return _grammar(lexicon or default_lexicon()).objects.get(event)


def _stance_classes(opposites: Mapping[str, frozenset[str]], lexicon: Lexicon) -> dict[str, str]:
    """Each class with opposites → the class of its family (the classes opposites join) that
    is the opposite of every other: "remain" of "withdraw", "remain" and "lift"; of two classes
    that are each other's only opposites, the first in order. Raises
    :class:`~factcheck.errors.LexiconError` for a family with no such class, or with two others
    set against each other, whose stances could not be told apart."""
    joined: dict[str, set[str]] = {name: set(others) for name, others in opposites.items()}
    for name, others in opposites.items():
        for other in others:
            joined[other].add(name)
    stances: dict[str, str] = {}
    for name in sorted(joined):
        if name in stances or not joined[name]:
            continue
        family, todo = {name}, [name]
        while todo:
            for other in joined[todo.pop()] - family:
                family.add(other)
                todo.append(other)
        hubs = [
            hub for hub in sorted(family) if all(joined[other] == {hub} for other in family - {hub})
        ]
        if not hubs:
            keys = ("events", "classes", name, "opposite")
            raise lexicon.error(
                keys, "one class of opposites must be the only opposite of each other"
            )
        stances.update(dict.fromkeys(family, hubs[0]))
    return stances


def stance_class(event: str, *, lexicon: Lexicon | None = None) -> str | None:
    """The class that the stance of an event of class ``event`` is told by, whether it holds
    or not: the class of its family of opposites that is the opposite of every other ("remain"
    for "withdraw" and for "lift": lifting a ban and withdrawing troops each deny that
    something remains). ``None`` for a class with no opposites."""
    return _grammar(lexicon or default_lexicon()).stances.get(event)


def is_relation(event: str, *, lexicon: Lexicon | None = None) -> bool:
    """Whether an event class relates its doer to what it acts on ("approve", "hire"), so
    that one thing may be approved by one doer and rejected by another."""
    return event in _grammar(lexicon or default_lexicon()).relations


def opposites(event: str, *, lexicon: Lexicon | None = None) -> frozenset[str]:
    """The event classes that exclude ``event`` ("remain" for "withdraw")."""
    return _grammar(lexicon or default_lexicon()).opposites.get(event, frozenset())


@functools.cache
def event_nouns(lexicon: Lexicon) -> Mapping[str, str]:
    """The nouns that name a happening of an event class, lowercased, each with its class
    ("withdrawal" and "pullout": ``withdraw``; the ``nouns`` of ``events.toml``)."""
    nouns: dict[str, str] = {}
    for name in lexicon.table("events").get("classes", {}):
        keys = ("events", "classes", name, "nouns")
        for noun in lexicon.words(*keys):
            other = nouns.setdefault(noun.lower(), name)
            if other != name:
                raise lexicon.error(keys, f"{noun!r} is a noun of {other!r} too")
    return nouns


_WORD = re.compile(r"[\w'’]+|[^\w\s]")


#: The words that open a clause (and end the words that say how a verb in it is asserted).
OPENERS = (
    "until",
    "unless",
    "because",
    "while",
    "after",
    "before",
    "whenever",
    "when",
    "whether",
    "if",
    "once",
    "since",
    "although",
    "though",
    "and",
    "but",
    "or",
    "that",
    "which",
    "who",
)
_CLAUSE_BREAK = re.compile(
    rf"[.;:!?“”\"()—]|,\s|\b(?P<opener>{'|'.join(OPENERS)})\b",
    re.IGNORECASE,
)
#: What ends a clause's sentence, or the quotation it is in: a question mark, an
#: exclamation mark, a closing quotation mark, or a full stop before the next sentence (not
#: one of an abbreviation: "U.S. troops").
_SENTENCE_END = re.compile(r"[?!”\"]|\.(?=\s+[A-Z“\"‘]|\s*$)")
_PREPOSITIONS = frozenset(
    {
        "of",
        "by",
        "after",
        "before",
        "for",
        "about",
        "without",
        "from",
        "in",
        "on",
        "at",
        "with",
        "against",
        "despite",
        "than",
        "upon",
        "through",
        "into",
    }
)
_DETERMINERS = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "my",
        "your",
        "this",
        "that",
        "these",
        "those",
    }
)


#: The last clause break of a text: the greedy start makes the engine try the breaks from the
#: end backwards, and stop at the first (last) one, instead of scanning the whole text for them.
#: Breaks never overlap, so it ends where the last piece of ``_CLAUSE_BREAK.split`` begins.
_LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK.pattern})", re.IGNORECASE)
#: The same for lowercase ASCII text, where matching case as it is costs less than ignoring it.
_LAST_LOWER_CLAUSE_BREAK = re.compile(_LAST_CLAUSE_BREAK.pattern)
#: Prepositions that may stand between a verb and the time expression that dates it.
_TIME_PREPOSITIONS = frozenset({"in", "on", "at", "by", "during"})
_NEXT_WORD = re.compile(r"\s*([\w'’]+|[^\w\s])")
#: The words after a verb that may be its own whatever its ``not_after`` says: a doer or a
#: deadline ("by"), and what a closed thing is closed to ("closed to traffic").
_BY = re.compile(r"\s+(by|to)\b", re.IGNORECASE)


def _before(text: str, start: int, floor: int) -> tuple[list[str], str, int]:
    """The lowercase words of the clause before ``start``, nearest last (at most eight); the
    word that opens the clause (one of :data:`OPENERS`; empty when punctuation, the sentence
    or the window opens it); and where that word starts in ``text`` (-1 if none)."""
    begin = max(floor, start - 80)
    window = text[begin:start]
    if window.isascii():
        # Lowercased, ASCII text keeps its words and breaks: lowercase once, then match.
        window = window.lower()
        last = _LAST_LOWER_CLAUSE_BREAK.match(window)
        if last is None:
            return _WORD.findall(window)[-8:], "", -1
        words = _WORD.findall(window, last.end())[-8:]
    else:
        last = _LAST_CLAUSE_BREAK.match(window)
        if last is None:
            return [w.lower() for w in _WORD.findall(window)][-8:], "", -1
        words = [w.lower() for w in _WORD.findall(window[last.end() :])][-8:]
    opener = last["opener"]
    if opener is None:
        return words, "", -1
    return words, opener.lower(), begin + last.start("opener")


def _by_is_the_verbs(
    word: str, words: Sequence[str], participle: bool, verb: _Verb, grammar: _Grammar
) -> bool:
    """Whether a "by" or "to" (``word``) after a verb belongs to the verb, whatever its
    ``not_after`` says, from the ``words`` before the verb.

    "By" names its doer after a ``participle`` and a form of "be" ("the bill was passed by
    the Senate", "was quickly closed by Acme"), or a deadline after another auxiliary ("will
    close by the end of the year", "had closed by March"), unless "by" is the verb's own
    exception ("will pass by Bermuda"). "To" says what a thing is in a state towards after a
    participle and a form of "be" ("the road was closed to traffic"), and after a phrase that
    ends in one ("will remain closed to flights"). "Is close by", "passed by Bermuda", "close
    to 100", "started to leave" are other uses."""
    before = [word for word in words[-2:] if not word.endswith("ly")][-1:]  # "was quickly"
    if word == "to" and verb.particle is not None:
        last = verb.particle.rsplit(maxsplit=1)[-1]
        return last.endswith("ed") or last in grammar.past_forms
    if not before:
        return False
    if grammar.classes["progressive"].among(before):
        return participle
    return word == "by" and before[0] in grammar.aux_words and "by" not in verb.own_not_after


#: Words in "'s" that are a pronoun and "is" or "has", not a possessive: "it's closed".
_CONTRACTED = frozenset(
    f"{pronoun}{mark}s"
    for pronoun in ("he", "she", "it", "that", "there", "here", "who", "what", "where", "let")
    for mark in "'’"
)


#: The forms of "be" that make an order passive and past: "were ordered to leave", "had been
#: ordered to leave" (a "will be ordered" is the future's, read before).
_PASSIVE = frozenset({"was", "were", "been"})
#: The present forms of "be", after which a past participle tells of a state that holds now.
_PRESENT_BE = (["is"], ["are"], ["am"])


def _possessive(word: str) -> bool:
    """Whether ``word`` (lowercase) owns the word after it: "velmoria's", "the workers'"."""
    return word.endswith(("'s", "’s", "s'", "s’")) and word not in _CONTRACTED


def _fits(verb: _Verb, after: str, grammar: _Grammar) -> bool:
    """Whether the words after a verb allow its reading ("remain in", not "remain committed")."""
    following = _NEXT_WORD.match(after)
    word = following.group(1).lower() if following else "."
    if word in verb.not_after or word.endswith(verb.not_endings):
        return False
    if "#" in verb.not_after:
        hedge = grammar.hedge.match(after)
        number = _NEXT_WORD.match(after, hedge.end()) if hedge else following
        if number is not None and (
            number[1][:1].isdigit() or (hedge is not None and number[1].lower() in verb.not_after)
        ):
            return False  # "left 12 dead", "left about 60,000 homeless": no departure
    return not verb.after or word in verb.after


#: The modalities that commit the text to an event; a condition's clause takes them back.
_COMMITTED = frozenset({Modality.ASSERTED, Modality.PLANNED})

#: The auxiliaries that make a verb future, in the order they are tried: the first found
#: says its modality (and whether it may be a "will" that reported speech shifted).
_MOODS = {
    "desired": (Modality.DESIRED, False),
    "planned": (Modality.PLANNED, False),
    "targeted": (Modality.PLANNED, False),
    "conditional": (Modality.CONDITIONAL, True),
    "possible": (Modality.POSSIBLE, False),
    "future": (Modality.ASSERTED, False),
}


def _assertion(
    words: Sequence[str],
    head: str,
    opener: str,
    after: str,
    grammar: _Grammar,
    base_past: bool,
    timed: bool = False,
    holds: bool = False,
) -> tuple[Polarity, Tense, Modality, bool, int | None]:
    """The polarity, tense, modality and shift of a verb's clause from the ``words`` before
    it and the text ``after`` its phrase; and, for an asserted event held off ("will not
    leave until …"), where in ``after`` the word that holds it off ends. A time clause
    whose verb a time expression follows (``timed``) dates its event, which it takes as
    given: "jobs will go when the plant closes next year". A verb of a class with `holding`
    verbs (``holds``) after "is" or "are" tells the state its change left, which holds now:
    "the bridge is closed"."""
    aux, classes, last_two = grammar.auxiliaries, grammar.classes, words[-2:]
    negated = (
        classes["negation"].among(words)
        or classes["never"].among(words)
        or any(w.endswith(("n't", "n’t")) for w in words[-3:])
    )
    wished = words[-1:] == ["to"] and any(w in aux.get("desire_verbs", ()) for w in words[:-1])
    mood = "desired" if wished else _mood_of(_without_desire_nouns(words, grammar), grammar)
    if mood is not None:
        tense, (modality, backshifted) = Tense.FUTURE, _MOODS[mood]
        # "said the troops could have left": a conditional of the past, shifted from no "will".
        backshifted = backshifted and not classes["counterfactual"].among(words)
    elif classes["inchoative"].among(last_two) or (
        words[-1:] == ["being"] and words[-2:-1] not in (["was"], ["were"])
    ):
        # "has started withdrawing", "are being withdrawn": under way
        tense, modality, backshifted = Tense.PRESENT, Modality.ASSERTED, False
    elif (
        classes["perfect"].among(last_two)
        or classes["past"].among(words[-3:])  # "did not leave", "didn't immediately leave"
        # "The bridge is closed": the state a change of `holding` leaves holds now ("the
        # crews are withdrawn" tells the withdrawal is done).
        # "to be removed" is no more done than "to remove" is.
        or (
            base_past
            and words[-1:] != ["to"]
            and words[-2:] != ["to", "be"]
            and not (holds and words[-1:] in _PRESENT_BE)
        )
        or words[-1:] in (["was"], ["were"])
        or (classes["ordered"].among(last_two) and not _PASSIVE.isdisjoint(words[-5:-2]))
    ):
        tense, modality, backshifted = Tense.PAST, Modality.ASSERTED, False
    else:
        tense, modality, backshifted = Tense.PRESENT, Modality.ASSERTED, False
    # "will not remove its forces until X": held off until X happens.
    held = re.match(grammar.until, after, re.IGNORECASE) if negated else None
    # "if the troops leave", "once the government is open": a condition, not an assertion.
    # A time clause needs its own subject and verb: "after leaving", "before launch" and
    # "after the vote to leave" tell of what happened.
    finite = (
        bool(words)
        and words[-1] != "to"
        and not (head.endswith("ing") and not classes["progressive"].among(last_two))
    )
    # "until the curfew is lifted": a present passive tells of a time to come there too
    to_come = tense is Tense.PRESENT or (base_past and words[-1:] in _PRESENT_BE)
    conditioned = modality in _COMMITTED and (
        opener in grammar.condition_openers
        or (opener in grammar.time_openers and to_come and finite and not timed)
        or _condition_follows(after, _CLAUSE_BREAK.search(after), 0, grammar)
    )
    asserted = modality is Modality.ASSERTED and not conditioned
    held_until = held.end() if held is not None and asserted else None
    if held is not None or conditioned:
        modality, backshifted = Modality.CONDITIONAL, False
    polarity = Polarity.NEGATIVE if negated else Polarity.POSITIVE
    return polarity, tense, modality, backshifted, held_until


def _without_desire_nouns(words: Sequence[str], grammar: _Grammar) -> Sequence[str]:
    """``words`` before a verb without a verb of wish of ``desired`` that is a noun there:
    right before the verb, or opening its clause ("Demand fell in May", "oil demand rose",
    "Demand for steel fell"), where "demanded the plant be shut" asks."""
    nouns = grammar.desire_nouns
    if words[-1:] and words[-1] in nouns:
        words = words[:-1]
    if words[:1] and words[0] in nouns:
        words = words[1:]
    return words


def _asks(text: str, end: int, sentence_end: int) -> bool:
    """Whether the phrase that ends at ``end`` is in a question ("Will the troops leave?",
    "“Why would we leave?” she asked"): the first mark that ends its sentence or quotation
    after it is a question mark."""
    found = _SENTENCE_END.search(text, end, sentence_end)
    return found is not None and found.group() == "?"


def _condition_follows(text: str, found: re.Match[str] | None, end: int, grammar: _Grammar) -> bool:
    """Whether a condition opens the next clause after a phrase that ends at ``end``, with a
    comma or nothing between: "will withdraw from Estonia if the talks succeed", "500 troops
    will be sent, unless the talks succeed" (not "even if …", "declined to say if …", nor an
    "if" after another clause: "will withdraw, and the base will close if …"). ``found`` is
    the first clause break after the phrase (``_CLAUSE_BREAK``), if any."""
    if found is not None and found.group().startswith(","):
        following = _NEXT_WORD.match(text, found.end())
        return following is not None and following.group(1).lower() in grammar.conditions_after
    if found is None or found["opener"] is None:
        return False
    if found["opener"].lower() not in grammar.conditions_after:
        return False
    before = text[max(end, found.start() - 16) : found.start()].split()
    word = before[-1].lower() if before else ""
    return word not in grammar.concessive and word not in grammar.questions


#: How many words after a phrase may say how its clause is asserted: the auxiliaries of the
#: verb a count is the subject of follow it ("50,000 troops are expected to be sent").
MOOD_AFTER = 4


def mood(
    text: str,
    segments: Segments,
    start: int,
    end: int,
    *,
    lexicon: Lexicon | None = None,
    sentence: Span | None = None,
    reported: bool = False,
) -> str | None:
    """How the clause of a phrase that is no verb (an amount at ``[start, end)``) looks
    ahead: the first class of auxiliaries among the words of its clause before it, or among
    the :data:`MOOD_AFTER` words after it up to the clause's next break ("50,000 troops are
    expected to": ``"future"``; "plans to send": ``"planned"``; "the goal is to put":
    ``"targeted"``; "could cost": ``"possible"``); ``"conditional"`` in a clause of
    condition ("if 500 troops are sent").
    ``None`` when no word of the clause looks ahead: the phrase tells what is or was.
    ``sentence`` is the sentence ``start`` is in, when the caller has it. ``reported``: the
    clause is told by a speech verb in the past, where "would" is a "will" shifted back
    ("Berg said the plan would create 500 jobs": ``"future"``), as for events."""
    grammar = _grammar(lexicon or default_lexicon())
    if sentence is None:
        sentence = _sentence(text, segments, start)
    words, opener, _ = _before(text, start, sentence.start)
    if opener in grammar.condition_openers:
        return "conditional"
    classes = grammar.classes
    if classes["perfect"].among(words[-1:]):
        # "have" before a count is the verb, not the perfect's auxiliary: "could have 500
        # staff" is a possibility, as "could" alone says.
        words.pop()
    breaking = _CLAUSE_BREAK.search(text, end, sentence.end)
    if _condition_follows(text, breaking, end, grammar) or _asks(text, end, sentence.end):
        return "conditional"
    following = text[end : breaking.start() if breaking is not None else sentence.end]
    names = grammar.auxiliary_names
    after = _WORD.findall(following)[: MOOD_AFTER + 1]
    if len(after) > MOOD_AFTER and after[MOOD_AFTER].lower() not in _DETERMINERS:
        # The word after the last one read is kept only when it is a determiner: that is
        # what tells "300 flights were due to the storm" (a cause) from "were due to land".
        after.pop()
    # The phrase itself stands between the words before and after it, so that no auxiliary is
    # read across it ("voted 66 to 27 to legalize" has no "voted to").
    words.append("#")
    words.extend(word.lower() for word in after if word not in names)
    found = _mood_of(words, grammar)
    if found == "conditional" and reported and not classes["counterfactual"].among(words):
        return "future"
    return found


def _mood_of(words: Sequence[str], grammar: _Grammar) -> str | None:
    """The first class of auxiliaries (in the order of :data:`_MOODS`) among ``words``;
    ``None`` for most verbs, which have no modal or planning word at all."""
    if not grammar.any_mood.among(words):
        return None
    return next((name for name in _MOODS if grammar.classes[name].among(words)), None)


def find_events(
    text: str,
    segments: Segments,
    *,
    times: Sequence[Span] = (),
    lexicon: Lexicon | None = None,
) -> list[EventMention]:
    """The event mentions of ``text``, in order. ``times`` are the spans of the expressions
    in it that name a time (in order, not overlapping): a verb form inside one names no
    event ("that fall", "last fall"), and one right after a verb is not its object ("fell
    this week")."""
    grammar = _grammar(lexicon or default_lexicon())
    time_starts = [span.start for span in times]

    def in_time(offset: int) -> bool:
        index = bisect.bisect_right(time_starts, offset) - 1
        return index >= 0 and offset < times[index].end

    words = segments.words
    found: list[EventMention] = []
    # The words that may start a form or a split verb, found in one pass; a form is looked up
    # only where its first two words are (most "is" are not "is over").
    lower = words.lower
    [hits] = words.among(grammar.first_words)
    singles, pairs, final = grammar.single_firsts, grammar.first_pairs, len(lower) - 1
    starts = [
        i for i in hits if lower[i] in singles or (i < final and (lower[i], lower[i + 1]) in pairs)
    ]
    for first, last, written in grammar.form_names.find(words, starts):
        start, end = words.starts[first], words.ends[last]
        verb = grammar.forms[written]
        if (
            words.written[first][:1].isupper()
            and start
            and text[start - 2 : start].strip() not in ("", ".", "“")
            and text[start - 1] != '"'
        ):
            # "Remain", "Exit" inside a sentence, or after a quotation it ends ('…," Fire
            # Chief Hessel said'): a name. A straight quotation mark right before opens one.
            continue
        if times and in_time(start):
            continue  # "fall" of "that fall": a season
        if first == last < final and lower[first] in grammar.future_to and lower[last + 1] == "to":
            continue  # "is set to open", "is scheduled to begin": what will happen is the next verb
        # A time right after the phrase, or after a preposition ("closes in the autumn").
        after = (
            last + 2
            if last + 2 < len(lower) and lower[last + 1] in _TIME_PREPOSITIONS
            else last + 1
        )
        timed = bool(times) and after < len(words.starts) and in_time(words.starts[after])
        event = _event(
            text,
            segments,
            grammar,
            verb,
            written.split()[0],
            start,
            end,
            end,
            timed=timed,
            times=times,
        )
        if event is not None:
            found.append(event)
    split = list(_split_particles(text, segments, grammar, found, hits))
    if split:
        # "kept the doors open": the particle is no verb of its own
        particle_ends = {event.span.end for event in split}
        found = [event for event in found if event.verb.end not in particle_ends]
    found.extend(split)
    return sorted(found, key=lambda event: event.verb.start)


def _sentence(text: str, segments: Segments, offset: int) -> Span:
    if not segments.sentences:
        return Span(start=0, end=len(text))
    return segments.sentences[segments.sentence_at(offset)]


def _event(
    text: str,
    segments: Segments,
    grammar: _Grammar,
    verb: _Verb,
    head: str,
    start: int,
    verb_end: int,
    end: int,
    *,
    theme: str | None = None,
    timed: bool = False,
    times: Sequence[Span] = (),
) -> EventMention | None:
    """The event a verb at ``[start, verb_end)`` makes (its phrase ending at ``end``), or
    ``None`` when the words around it make it something else (a noun, "remain committed");
    ``timed`` when a time expression follows the phrase ("fell this week"). ``times`` are
    the spans of the text's time expressions, in order."""
    sentence = _sentence(text, segments, start)
    # The words after the verb first: they are cheaper to read than those before it.
    after = text[end : min(sentence.end, end + 80)]
    fits = theme is not None or _fits(verb, after, grammar)
    own = None if fits else _BY.match(after)
    if not fits and own is None:
        return None
    if verb.intransitive and not timed and _LOWERCASE_OBJECT.match(after):
        return None  # "contract measles", "drop the charges": another verb
    words, opener, opener_at = _before(text, start, sentence.start)
    if words[-1:] == ["to"]:
        # "voted 6-3 on Thursday evening to shut": the verb that governs "to" is "voted"
        governing = _adjuncts_start(text, start, sentence.start, times)
        if governing is not None:
            words = [*_before(text, governing, sentence.start)[0], "to"]
    base_past = head in grammar.past_forms or head.endswith("ed")
    if verb.needs_object and not base_past and not _acts_on(head, words, after, grammar):
        return None  # "dead in a boat fire", "Hotel fire kills five": a noun
    if verb.needs_object and base_past and not (_has_object(after) or _passive(words, grammar)):
        return None  # "police fired on the crowd": another verb
    if (
        verb.not_passive
        and base_past
        and (_passive(words, grammar) or _describes(words, after, grammar))
    ):
        # "was left stranded", "were left without power", "with two minutes left", "there are
        # no jobs left", "the soldiers left in Belsk were moved": no departure
        return None
    if own is not None and not _by_is_the_verbs(own[1].lower(), words, base_past, verb, grammar):
        return None  # "passed by Bermuda", "is close by", "close to 100"
    if words[-1:] and (
        words[-1] in _DETERMINERS
        or _possessive(words[-1])
        or _after_count(words)
        or (not base_past and not head.endswith("s") and _modified(words, grammar))
    ):
        # "its defeat", "a rapid end", "a further moderate decline", "a 2-0 win", "Velmoria's
        # left": a noun
        # ("the economy contracted" is not)
        return None
    previous = ""
    for word in reversed(words):
        if word[:1].isalnum():
            previous = word
            break
    if previous in _PREPOSITIONS and previous != "than":
        return None  # "after leaving", "in open seas": a gerund, an adjective or a noun
    if previous in verb.not_before:
        return None  # "caught fire"
    polarity, tense, modality, backshifted, held_until = _assertion(
        words, head, opener, after, grammar, base_past, timed, verb.event in grammar.holding
    )
    if (
        tense is Tense.PRESENT
        and modality is Modality.ASSERTED
        and words[-1:] == ["to"]
        and headline(text, sentence.start, sentence.end)
    ):
        # "Irish troops to leave Lebanon in October": a headline's "to" tells what will be.
        tense = Tense.FUTURE
    if modality in _COMMITTED and _asks(text, end, sentence.end):
        # A question asserts nothing: "Will the troops leave this year?"
        modality, backshifted, held_until = Modality.CONDITIONAL, False, None
    if verb.noun is not None:
        theme = "object"  # "will vote on the budget": the vote on it, which the doer holds
    elif theme is None:
        # A time right after the verb is no object: "the fire started Saturday afternoon".
        theme = "object" if verb.transitive and not timed and _has_object(after) else "subject"
    if (
        modality in _COMMITTED
        and opener == "that"
        and segments.words.before(opener_at, sentence.start) in grammar.entertained
        and _complete(words, verb, theme, grammar)
    ):
        # "the myth that Japan is not open": a thought the text tells of, not asserts.
        modality, backshifted, held_until = Modality.POSSIBLE, False, None
    mention: EventMention = _BUILD_EVENT(
        # In order by construction: the auxiliaries start at or before the verb, which ends
        # at or before its phrase.
        trusted_span(_aux_start(text, start, grammar), end),
        trusted_span(start, verb_end),
        verb.event,
        polarity,
        tense,
        modality,
        theme,
        backshifted,
        None if held_until is None else end + held_until,
        (
            polarity is Polarity.NEGATIVE
            and tense is Tense.PAST
            and grammar.classes["never"].among(words)
        )
        or (
            polarity is Polarity.POSITIVE
            and _held_throughout(text[start:end], after, verb, words, grammar)
        ),
        verb.noun,
    )
    return mention


#: What may end the words between a verb and the "to" it governs: a tally ("6-3"), an adverb
#: in -ly ("unanimously"), or a preposition that opens a time ("on" of "on Thursday evening").
_ADJUNCT_END = re.compile(
    rf"(?:\d+[-–]\d+|[A-Za-z]+ly|{'|'.join(sorted(_TIME_PREPOSITIONS))})\s*\Z", re.IGNORECASE
)
#: The "to" right before an infinitive's verb, and the spaces around it.
_TO_BEFORE = re.compile(r"\s+to\s+\Z", re.IGNORECASE)


def _adjuncts_start(text: str, verb: int, floor: int, times: Sequence[Span]) -> int | None:
    """Where the words end that govern the "to" before an infinitive at ``verb``, when a time
    (one of ``times``), a tally or an adverb stands between them and it ("voted 6-3 on
    Thursday evening to shut", "agreed unanimously to close"); ``None`` when none does."""
    to = _TO_BEFORE.search(text, max(floor, verb - 8), verb)
    if to is None:
        return None
    at = to.start()
    ends = {span.end: span.start for span in times if floor <= span.start and span.end <= at}
    moved = at
    for _ in range(4):  # "6-3 on Thursday evening", "unanimously on Monday"
        if moved in ends:
            moved = len(text[: ends[moved]].rstrip())
            continue
        adjunct = _ADJUNCT_END.search(text, max(floor, moved - 24), moved)
        if adjunct is None or (adjunct.start() > 0 and text[adjunct.start() - 1].isalnum()):
            break
        moved = len(text[: adjunct.start()].rstrip())
    return moved if moved < at else None


def throughout_end(text: str, end: int, *, lexicon: Lexicon | None = None) -> int:
    """Where the words of ``[throughout]`` right after ``end`` end ("since" of "has stayed
    shut since the storm"), or ``end`` when none follow."""
    found = _grammar(lexicon or default_lexicon()).throughout.match(text, end)
    return end if found is None else found.end()


def _held_throughout(
    phrase: str, after: str, verb: _Verb, words: Sequence[str], grammar: _Grammar
) -> bool:
    """Whether a state told as having held ("has stayed shut", "has been closed") is told to
    hold at every moment since what the story tells of: a word of ``[throughout]`` follows
    its phrase, or whom the state bars first ("has stayed shut to the public since")."""
    if not grammar.classes["perfect"].among(words[-2:]):
        return False
    holding = (
        verb.event in grammar.states
        or (
            verb.event in grammar.holding
            and (
                grammar.holding[verb.event].search(phrase) is not None
                # "has been closed": the state its change left, as "is closed" tells it now
                or (words[-1:] == ["been"] and not phrase.split()[0].lower().endswith("ing"))
            )
        )
    )
    return holding and grammar.throughout.match(after) is not None


#: ``EventMention(...)`` from its fields in order, slot by slot: two thirds of the cost of
#: attrs' ``__init__``, for a class with no validators to skip.
_BUILD_EVENT = trusted_builder(EventMention)


def _acts_on(head: str, words: Sequence[str], after: str, grammar: _Grammar) -> bool:
    """Whether a form of a verb that needs an object, not a participle, is the verb: an object
    follows, and a form of its own (not "fires", "firing") follows an auxiliary or a subject
    pronoun ("will fire 300 workers", "to fire him", "they fire"; not "Hotel fire kills five")."""
    if not _has_object(after):
        return False
    if head.endswith(("s", "ing")):
        return True  # "fires its chief", "is firing 300 workers"
    previous = words[-1] if words else ""
    # "no" is an auxiliary's word only in "no longer": "No fire extinguishers" is a noun.
    return (previous in grammar.aux_words and previous != "no") or previous in _SUBJECT_PRONOUNS


def _describes(words: Sequence[str], after: str, grammar: _Grammar) -> bool:
    """Whether a participle describes the noun before it, as the ``words`` before it and the
    text ``after`` it tell: a count after an opener (:func:`_describes_a_count`), or, with no
    object, a verb of that noun after it ("the soldiers left in Belsk were moved"), unless a
    pronoun or an auxiliary makes it its clause's verb ("who left", "had left by the time
    police were called")."""
    if _describes_a_count(words, grammar):
        return True
    return (
        bool(words)
        and words[-1] not in _CLAUSE_SUBJECTS
        and words[-1] not in grammar.aux_words
        and not _has_object(after)
        and _a_verb_follows(after, grammar)
    )


def _describes_a_count(words: Sequence[str], grammar: _Grammar) -> bool:
    """Whether a participle describes the noun of a count before it, as the words before it
    tell: the nearest opener of ``[participles]`` ("with", "there"), any auxiliaries ("there
    will be"), and one to four words that start with a number or another count's first word
    ("with two minutes left", "there are no jobs left"; not "there were reports the troops
    left")."""
    for at in range(len(words) - 1, -1, -1):
        if words[at] in grammar.participle_openers:
            rest = list(
                itertools.dropwhile(
                    lambda word: word in grammar.aux_words and word not in grammar.count_firsts,
                    words[at + 1 :],
                )
            )
            return 0 < len(rest) <= 4 and (rest[0][:1].isdigit() or rest[0] in grammar.count_firsts)
    return False


def _a_verb_follows(after: str, grammar: _Grammar) -> bool:
    """Whether a verb of the noun before a participle follows it in its clause (the text
    ``after`` it): a word of ``[participles]``'s ``finite`` before one of its ``breaks`` or a
    punctuation mark ("left in Belsk were moved"; not "left as the shelling was heavy"), and
    written in lowercase: "left on May 2" names a month."""
    for match in _WORD_OR_MARK.finditer(after):
        written = match.group()
        word = written.lower()
        if word in grammar.participle_finite and word == written:
            return True
        if not word[0].isalnum() or word in grammar.participle_breaks:
            return False
    return False


#: Words right before a verb that make it the verb of its clause: "the troops who left on
#: Monday were the last", "they left in May".
_CLAUSE_SUBJECTS = frozenset({"who", "that", "which", "i", "we", "you", "they", "he", "she", "it"})
#: A word, or a mark that ends a clause.
_WORD_OR_MARK = re.compile(r"[\w'’-]+|[,;:()\[\]—–\"“”]")


def _passive(words: Sequence[str], grammar: _Grammar) -> bool:
    """Whether a form of "be" (the ``progressive`` auxiliaries) among the two words before a
    participle makes it passive ("was fired", "had been fired", "was later fired"), so that
    it needs no object after it."""
    return grammar.classes["progressive"].among(words[-2:])


#: The pronouns after which a verb's own form is the verb ("they fire"; see _acts_on).
_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "they"})


def _modified(words: Sequence[str], grammar: _Grammar) -> bool:
    """Whether the words before a verb form that is neither past nor in -s are a determiner
    and one or two words that describe a noun: "a rapid end", "a further moderate decline",
    "a five-year contract", whose hyphen joins two words into one (not "the troops will
    leave": a plural or an auxiliary is a subject's or a verb's)."""
    if words[-2:-1] in (["-"], ["–"]):
        words = _hyphens_joined(words)
    for width in (1, 2):
        if len(words) > width and words[-width - 1] in _DETERMINERS:
            between = words[-width:]
            return all(
                _HYPHENATED.fullmatch(word) is not None
                and not word.endswith("s")
                and word not in grammar.aux_words
                for word in between
            )
    return False


#: A word of letters, or words of letters and digits joined by hyphens ("five-year").
_HYPHENATED = re.compile(r"[^\W\d_]+|\w+(?:[-–]\w+)+")


def _hyphens_joined(words: Sequence[str]) -> list[str]:
    """``words`` with each run of words joined by hyphens made one word: "five", "-", "year"
    is "five-year"."""
    joined: list[str] = []
    for word in words:
        if joined and (word in ("-", "–") or joined[-1].endswith(("-", "–"))):
            joined[-1] += word
        else:
            joined.append(word)
    return joined


def _after_count(words: Sequence[str]) -> bool:
    """Whether the words before a verb end in a score or a count that makes it a noun: "a
    2-0 win", "with 21 wins" (not "13 remain", "No. 8 defeated", whose number is the
    subject)."""
    if len(words) < 2 or not words[-1].isdigit():
        return False
    score = len(words) > 2 and words[-2] in ("-", "–") and words[-3].isdigit()
    return score or words[-2] in _DETERMINERS or words[-2] in _PREPOSITIONS


def _complete(words: Sequence[str], verb: _Verb, theme: str, grammar: _Grammar) -> bool:
    """Whether a clause after "that" is a whole one ("the notion that the troops left"), not
    a relative clause with its subject or object left out ("the notion that remains", "the
    notion that the founders rejected"): it has words before the verb, and a transitive verb
    has its object, unless a form of "be" makes it passive or an adjective ("is open")."""
    if not words:
        return False
    return not (verb.transitive and theme == "subject" and not _passive(words, grammar))


#: An aside set off by commas right after a verb, before what it acts on: ", by 40 votes
#: to 12, " of "approved, by 40 votes to 12, an amendment", ", after a long debate, ".
OBJECT_ASIDE = re.compile(r",[ \t]+[^,.;:!?\"“”()]{1,60}?,[ \t]+")
_OBJECT = re.compile(
    rf"(?:{OBJECT_ASIDE.pattern}|\s+)(?!to\b|in\b|on\b|at\b|from\b|with\b|by\b|for\b|into\b|out\b|that\b)(?:the|an?|its|their|our|his|her|my|your|all|some|any|both|several|many|it|them|him|us|me|you|people|[A-Z0-9][\w.’'-]*|[a-z]+s)\b"
)


#: An object a lowercase word begins: not a number or a name ("fell 5%", "rose Monday").
_LOWERCASE_OBJECT = re.compile(
    r"\s+(?:the|an?|its|their|our|his|her|my|your|some|any|it|them|him|us|me|you|[a-z]+s)\b"
)


def _has_object(after: str) -> bool:
    """Whether a noun phrase follows the verb (its object), not a preposition or clause."""
    return _OBJECT.match(after) is not None


def _aux_start(text: str, verb_start: int, grammar: _Grammar) -> int:
    """Where the auxiliaries before the verb start ("will be leaving" starts at "will")."""
    first = max(0, verb_start - 40)
    last = text[first:verb_start].rsplit(None, 1)[-1:]
    if last and last[0].isalpha() and last[0].lower() not in grammar.aux_words:
        # Most verbs follow a word of letters that is no auxiliary: the last word that
        # _WORD would find, with no list of them to make.
        return verb_start
    taken = 0
    for word in reversed(_WORD.findall(text, first, verb_start)):
        word = word.lower()
        if word not in grammar.aux_words and not word.endswith(("n't", "n’t")):
            break
        taken += 1
    if not taken:
        return verb_start  # most verbs: no match objects needed to say so
    return list(_WORD.finditer(text, first, verb_start))[-taken].start()


def _split_particles(
    text: str,
    segments: Segments,
    grammar: _Grammar,
    found: Sequence[EventMention],
    hits: Iterable[int],
) -> Iterable[EventMention]:
    """Transitive verbs with their object between verb and particle: "bring our troops back
    home", "pull the soldiers out". The object is the theme. ``hits`` holds (at least) the
    indexes of the words that start a split verb."""
    taken = {event.verb.start for event in found}
    words = segments.words
    split = grammar.split
    for index in [i for i in hits if words.lower[i] in split]:
        word = words.lower[index]
        if words.starts[index] in taken:
            continue
        if grammar.split_firsts[word].isdisjoint(words.lower[index + 2 : index + 6]):
            continue  # most "brought", "called": no particle of theirs in the next words
        sentence = _sentence(text, segments, words.starts[index])
        for particle, verb in grammar.split[word]:
            if words.lower[index + 1] in verb.not_after:
                continue  # "took office on Monday": no one taken on
            # The particle one to four words after the verb, in the same sentence.
            for at in range(index + 2, min(index + 6, len(words))):
                if words.starts[at] >= sentence.end:
                    break
                if tuple(words.lower[at : at + len(particle)]) == particle:
                    if words.lower[at - 1] in grammar.phrase_openers:
                        continue  # "kept an open mind": the particle is in a noun's phrase
                    end = words.ends[at + len(particle) - 1]
                    event = _event(
                        text,
                        segments,
                        grammar,
                        verb,
                        word,
                        words.starts[index],
                        words.ends[index],
                        end,
                        theme="object",
                    )
                    if event is not None:
                        yield event
                    break
            else:
                continue
            break
