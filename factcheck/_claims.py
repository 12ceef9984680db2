"""Claims: the mentions of a document put together into typed, anchored claims.

Every amount with a unit or a counted noun, every event, every quote of four words or more and
every dated statement becomes a claim, with its subject, its speaker (``None``: the article's
own voice), its sentence and its time window.

A claim's reference instant is the date of the statement it is part of when the text gives one
("Berg said Wednesday that…"), else the publication date; time expressions inside the
statement are read against it. An event's window is the time expression of its clause
("will leave within 60 to 100 days"), else what its tense implies: a future from the reference
on, a past up to it, a present around it (the window of "now").
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from factcheck._amounts import (
    AmountMention,
    find_amounts,
    hedge_words,
    hedged_amount,
)
from factcheck._collector import collector_paused
from factcheck._dates import parse_date
from factcheck._events import (
    OBJECT_ASIDE,
    TOPIC_JOINER,
    EventMention,
    acts_on_any,
    auxiliary_class_words,
    event_nouns,
    event_topics,
    find_events,
    finite_words,
    first_words,
    gives_status,
    is_incident,
    is_relation,
    mood,
    object_nouns,
    particles,
    past_forms,
    throughout_end,
)
from factcheck._hedges import clause_hedges
from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import (
    Amount,
    AmountClaim,
    Claim,
    Document,
    EventClaim,
    Hedge,
    Modality,
    Polarity,
    QuoteClaim,
    Span,
    SpeakerKind,
    StatementDateClaim,
    Subject,
    TallyClaim,
    Tense,
    TimeWindow,
    WeekdayClaim,
    trusted,
    trusted_builder,
    trusted_span,
)
from factcheck._numbers import words_pattern
from factcheck._quotes import find_quotes
from factcheck._segment import Segments, segment
from factcheck._speakers import Attribution, Voices, attribute, attribution_words, is_person_name
from factcheck._story import story_names
from factcheck._subjects import (
    SubjectMention,
    Subjects,
    aboard_count,
    aside_end,
    counted_at,
    dated_things,
    definite_openers,
    ends_a_length,
    find_subjects,
    happening_count,
    is_measure,
    is_size,
    is_thing,
    joined_count,
    lasting_kinds,
    phrase_ends,
    phrase_openers,
    populations,
    subject_words,
    thing_key,
    told_in_relative,
    topic_after,
    which_one_words,
)
from factcheck._tallies import TallyMention, find_tallies, tells_of_the_thing_voted_on
from factcheck._timecalendar import add_offset, lexicon_offset
from factcheck._timegrammar import CODES, time_grammar
from factcheck._times import TimeMention, find_times, parse_time, times_in_sentences
from factcheck._units import counted_unit, quantity_in, registry, unlisted_kind
from factcheck._words import (
    OPENERS,
    POSSESSIVE_ENDINGS,
    Phrases,
    Words,
    follows_comma,
    function_words,
    starts_sentence,
)
from factcheck.errors import InvalidArgument

__all__ = ["Extraction", "extract", "growing_parts", "read"]

#: Quotes shorter than this many words are fragments ("committed", "get out"), not statements.
MIN_QUOTE_WORDS = 4
#: How far from an amount the words that say which part of its subject it counts may stand.
PART_AFTER, PART_BEFORE = 8, 3

#: What may stand between a verb and its object: what may open a sentence's words
#: (:data:`OPENERS`: "won “the vote”", "approved [the] plan") and line breaks, not the dashes
#: and bracket that set off an aside, nor a comma or a full stop.
_OBJECT_OPENING_MARKS = OPENERS.translate(str.maketrans("", "", "(—–-")) + "\n"

_FRAME_WORD = re.compile(r"\w+|#")
#: "of" and what a count is a part of: "the" ones, a pronoun's, or a name's own ("three of
#: Kesh's workers"); not a kind a name modifies ("dozens of British soldiers").
_PARTITIVE = re.compile(
    r"\bof\s+((?i:the|these|those|its|their|our|his|her|them|whom|which)\b"
    r"|(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:['’]s\b|s['’])))"
)
#: The words after "of" of a count that "all" makes the whole of them: "all 3,200 of its
#: residents", "all 3,200 of Kelmar's residents" (a name's; not "all three of these states",
#: some named before).
_WHOLE_OF = frozenset({"the", "its", "their", "our", "his", "her"})
#: What follows a sum of money that is not the noun of what it is of: "$38 million in relief
#: funds", "$5 million of aid".
_SUM_OF = re.compile(r"\s+(?:in|of|for|on|to)\b")
#: What stands between a sum's noun and a time that its phrase gives it: "a $3 million loss in
#: the third quarter", "a $2 million profit last year".
_NOUN_TIME = re.compile(r"[ \t]+((?:in|for|during|over)[ \t]+)?")
#: What stands between a number with no noun of its own and the count it is a part of:
#: "1,850 of Tarvel Axle's 9,400 jobs", "12 of the 40 passengers", "six of the depot's 20
#: posts".
_OF_THE_WHOLE = re.compile(
    r"\s+of\s+(?:(?:the|its|their|his|her|our)(?:\s+[a-z][\w-]*['’]s?)?"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}['’]s?)\s+"
)
#: "All" right before a count: "all 4,200 of its residents" are its residents.
_ALL_BEFORE = re.compile(r"\b[Aa]ll\s+\Z")
_ANOTHER_CLAUSE = re.compile(
    r"[,;:.!?]|\b(?:since|after|before|because|while|when|whereas|although|though|if|unless"
    r"|until|once|as|that|which|who|whom|whose|where)\b"
    r"|(?<!\bin)(?<!\bof)(?<!\bat)(?<!\bon)(?<!\bfrom)(?<!\bto)(?<!\bby)(?<!\bfor)\s[A-Z]"
)
#: How many words may follow an "and" that joins nouns before a time ("walkers and cyclists
#: in January"): the noun, a word before it, and a preposition.
_NOUNS_JOINED = 3
#: The words that open a clause of their own, as a pattern's alternatives.
_CLAUSE_WORDS = (
    "while|whereas|but|and|or|because|although|though|after|before|since|as|once|so|which|who"
)
#: What ends a clause: punctuation, and the words that open another. A comma, colon or
#: dash between digits is part of a number ("1,200-tonne"), a clock time ("6:30") or a range
#: ("60–100 days").
_CLAUSE_BREAK = rf"[;()—]|(?<!\d)[,:–]|[,:–](?!\d)|\b(?:{_CLAUSE_WORDS})\b"
#: The words of :data:`_CLAUSE_WORDS`.
_CLAUSE_OPENERS = frozenset(_CLAUSE_WORDS.split("|"))
#: The last word that opens a clause of its own before an amount: what comes before it is
#: not what the amount's clause is about ("imprisoned in 2018 when he was 18").
_LAST_SUBORDINATE = re.compile(
    r"(?s:.*)\b(?:when|whereas|although|though|if|unless|until|once|that|which|who|whom|whose"
    r"|where|because|since|after|before|while)\b",
    re.IGNORECASE,
)
#: The part of a person an age counts: "Ada Lane, 67," is 67 years of Ada Lane's life.
AGE = "age"
#: The part of a length of time of a happening ("the 16-month redevelopment"): its length,
#: compared by FC104.
LENGTH = "length"
#: The dimensionality of a length of time.
_TIME = {"[time]": 1}
#: The dimensionality of an area.
_AREA = {"[length]": 2}
#: The dimensions of what a substance is measured in: "9,000 litres of diesel fuel", "250 kg
#: of heroin".
_SUBSTANCE = ({"[length]": 3}, {"[mass]": 1})
#: "of", perhaps "the" or "its", and up to three words: the substance a measure is of.
_OF_SUBSTANCE = re.compile(
    r"\s+of\s+(?:(?:the|its|their)\s+)?(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
#: Before an age after a name: "Ada Lane, 67", "Ada Lane, aged 67".
_AGE_AFTER_NAME = re.compile(r",\s*(?:aged\s+)?$")
#: After such an age: the end of the aside ("Ada Lane, 67, died") or of the sentence.
_AGE_ENDS = re.compile(r"(?:[,;]|\.?\s*$)")
#: Before "67-year-old" in an aside after a name: "Ada Lane, a 67-year-old teacher".
_AGED_ASIDE = re.compile(r",\s+an?\s+$")
#: After the years of an age as a modifier: "67-year-old Ada Lane".
_YEARS_OLD = re.compile(r"-old\s+")
#: What joins two amounts of one object: "9 hospitals and 30 clinics", "70 homes, 40 schools".
_JOINED = re.compile(r"\s*(?:,\s*(?:(and|or)\s+)?|(and|or)\s+)")
#: A clause that opens with a participle after a comma: ", killing 12", ", leaving six dead".
_PARTICIPLE_CLAUSE = re.compile(r",\s*[a-z]+ing\b")
#: A participle after a word that puts its event before or after another's: "died after
#: contracting the virus", "served one term before losing", "since returning home".
_TIMED_PARTICIPLE = re.compile(r"\b(after|before|since|upon)\s+(?P<verb>[a-z]+ing)\b", re.I)
#: A participle joined by "and" or "or" to one that opens a participle's clause after a comma:
#: ", observing the rescue and visiting".
_JOINED_PARTICIPLE = re.compile(r",\s*[a-z]+ing\b[^,;:.!?]*\s(?:and|or)\s+[a-z]+ing\b")
#: Between a time and the incident it tells the time of: "the February strike", "Sunday's
#: deadly quake"; and between the incident and its time: "the blast on Monday".
_TIME_BEFORE_INCIDENT = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+)?")
_TIME_AFTER_INCIDENT = re.compile(r"\s+(?:(?:on|in)\s+)?")
_THE_COUNTRY = re.compile(r"\b(?:in|inside) the country\b|\bthere\b")
#: "they" or "it" and up to two words, then the verb phrase: its subject.
_PRONOUN = re.compile(r"\b(they|it)(?:['’](?:re|s|ll|d))?\s+(?:[\w'’]+\s+){0,2}$", re.IGNORECASE)
#: Words inside a relative clause set off by commas, up to the end of the text searched.
_IN_RELATIVE = re.compile(r",\s+(?:who|which|whose|where)\b[^,]*$")
#: A name set off by commas right before a verb phrase, after the phrase it names, which ends
#: in a lowercase word: "Kelder's chief executive, Ana Lima, will" ("the mayor of Kesh, Averly,
#: ended" names a place twice).
_NAME_ASIDE = re.compile(
    r"(?<![\w'’-])[a-z][\w'’-]*,\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}),\s+$"
)
#: What may stand before a time expression that opens a sentence: a quote mark, and a
#: preposition ("On Monday the council approved"), or nothing ("Last week Orrin Freight").
_FRONTING = re.compile(r"[\"“‘']?(?:[A-Z][a-z]{1,6}\s+)?")
#: The comma or spaces after a time expression that opens a sentence, before the subject.
_AFTER_FRONTED = re.compile(r",?\s+(?=[\"“‘']?(?:[A-Z]|the\s))")
#: A relative clause's "who" right before a verb phrase, after the comma that ends its name.
_RELATIVE = re.compile(r",\s+who\s+(?:[\w'’]+\s+)?$")
#: A relative clause in which a speaker tells what the phrase before its comma does, up to
#: the verb phrase: "The review, which the minister said on Tuesday would begin", "the
#: workers, who officials said had left".
_RELATIVE_TOLD = re.compile(r",\s+(?:which|who|that)\s+([^,;:()\"“”]{3,120})\Z")
#: "and" between a phrase (and the words of an "of" after it) and a verb phrase: two verb
#: phrases of one subject ("laid off 300 workers and shut its plant", "recalled 14 batches of
#: blue cheese and shut its plant").
_AND = re.compile(r"(?:\s+of(?:\s+[\w'’-]+){1,4}?)?\s+and\s+")
#: "to" before a verb phrase, or opening it: an infinitive ("for our workers to come home").
_INFINITIVE_AHEAD = re.compile(r"\bto\s")
#: "and" alone between two verb phrases, up to the second ("opens on Thursday and closes").
_AND_BEFORE = re.compile(r"\s+and\s+\Z")
#: The last word before a phrase, and the word before it: a verb that acts on the phrase, or
#: one and its particle ("laid off").
_WORDS_BEFORE = re.compile(r"(?:(?P<verb>[\w'’-]+)\s+)?(?P<last>[\w'’-]+)\s+$")
#: "he" or "she" right before a verb phrase, and the gender each tells.
_PERSONAL = re.compile(r"\b(he|she)(?:['’](?:s|ll|d))?\s+(?:[\w'’]+\s+)?$", re.IGNORECASE)
_GENDERS = {"he": "male", "she": "female"}


#: The last clause break of a text: the greedy start makes the engine try the breaks from the
#: end backwards and stop at the last, instead of finding every break of the sentence. Breaks
#: never overlap, so it is the last that ``_CLAUSE_BREAK``'s ``finditer`` finds.
_LAST_CLAUSE_BREAK = re.compile(rf"(?s:.*)(?:{_CLAUSE_BREAK})")
_SPACES = re.compile(r"\s+")
#: A word in lower case.
_WORD = re.compile(r"[a-z]+")
#: The last ", and" before a clause, with only commas (of asides: "Mayor Ilse Dunmore, 54,")
#: and no word that opens a clause of its own between: it joins the clause to the one before.
_JOINED_CLAUSE = re.compile(
    rf"(?s:.*)(,\s+and\s+)(?:(?!\b(?:{_CLAUSE_WORDS}|that|when)\b)[^;:()—–])*\Z"
)
#: How far from a time "shortly after" it reaches at least: "shortly after 6:15 p.m." is by
#: 7:15 p.m., though 6:15 p.m. lasts a minute.
NEAR_REACH = dt.timedelta(hours=1)


@functools.cache
def _clause_end_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    """What ends a clause looking ahead: a :data:`_CLAUSE_BREAK`, or a "that" right before
    a finite verb, which opens a relative clause whose time is its own ("approved the plan
    that will take effect next year", "closed the plant that opened in 1998"). A "that"
    before a subject ("said that the troops would leave") opens the clause its verb is in.
    Looking back, a relative clause goes on in the clause it is part of: "In 2019 he survived
    an attack that left six soldiers dead" counts the soldiers in 2019."""
    verbs = "|".join(sorted(map(re.escape, finite_words(lexicon)), key=len, reverse=True))
    return re.compile(rf"{_CLAUSE_BREAK}|\bthat(?=\s+(?:{verbs}|[a-z]{{3,}}ed)\b)")


@functools.cache
def _time_prepositions(lexicon: Lexicon) -> frozenset[str]:
    """The prepositions that open a time expression ("in January"), from ``[words]`` of
    time.toml."""
    return frozenset(word.lower() for word in lexicon.words("time", "words", "prepositions"))


@functools.cache
def _parts(lexicon: Lexicon, table_name: str = "parts") -> Phrases[str]:
    """The words of a table of ``units.toml`` keyed by parts (``parts``, ``part_nouns``),
    each naming its part."""
    known = lexicon.table("units").get("parts", {})
    phrases: dict[str, str] = {}
    for part in lexicon.table("units").get(table_name, {}):
        words = lexicon.words("units", table_name, part)
        if part not in known:
            raise lexicon.error(("units", table_name, part), f"{part!r} is not a part of [parts]")
        phrases.update((word, part) for word in words)
    return Phrases(phrases)


def growing_parts(lexicon: Lexicon) -> frozenset[str]:
    """The parts whose counts only grow as news comes in (the dead, the injured), from
    ``[growing_parts]`` of ``units.toml``."""
    return _listed_parts(lexicon, "growing_parts")


@functools.cache
def _allowed_words(lexicon: Lexicon) -> tuple[re.Pattern[str], frozenset[str]]:
    """The words of ``[allowed_time]`` in ``units.toml``: a pattern of its verbs right before
    a length of time, perhaps with "only" or "just" between ("has 30 working days", "were
    given only 48 hours"), and its verbs of what remains of a time ("to go")."""
    table = ("units", "allowed_time")
    verbs = words_pattern(lexicon.words(*table, "verbs"))
    return (
        re.compile(rf"\b(?P<verb>{verbs})\s+(?:(?:only|just)\s+)?\Z", re.IGNORECASE),
        frozenset(lexicon.words(*table, "remaining")),
    )


@functools.cache
def _incident_areas(lexicon: Lexicon) -> frozenset[str]:
    """The parts whose areas with no noun of their own are what an incident did, from
    ``[incident_areas]`` of ``units.toml`` ("the fire has burned about 6,400 hectares")."""
    return _listed_parts(lexicon, "incident_areas")


def unfalling_parts(lexicon: Lexicon) -> frozenset[str]:
    """The parts whose counts of one event never fall (the dead), from ``[unfalling_parts]`` of
    ``units.toml``."""
    return _listed_parts(lexicon, "unfalling_parts")


@functools.cache
def _listed_parts(lexicon: Lexicon, table_name: str) -> frozenset[str]:
    """The parts of ``[parts]`` that ``table_name`` of ``units.toml`` lists."""
    parts = lexicon.words("units", table_name, "parts")
    known = lexicon.table("units").get("parts", {})
    unknown = sorted(set(parts) - set(known))
    if unknown:
        raise lexicon.error(
            ("units", table_name, "parts"), f"{unknown[0]!r} is not a part of [parts]"
        )
    return frozenset(parts)


@attrs.frozen(kw_only=True)
class _Tolls:
    """``[tolls]`` of ``units.toml``: the kind that counts a toll's people, the kinds counted
    as such, and the parts that make a count a toll."""

    kind: str
    kinds: frozenset[str]
    parts: frozenset[str]
    acting: frozenset[str]  # the parts whose words before a number act on it ("killed 12")

    def counted(self, amount: Amount) -> Amount:
        """``amount`` as a count of people: its figures, in the toll's kind."""
        return _counted_as(amount, self.kind)


def _counted_as(amount: Amount, kind: str) -> Amount:
    """``amount``, a number with no noun of its own, as a count of ``kind``: its figures in
    that kind's unit."""
    unit = counted_unit(kind)
    low, high = amount.stated
    return attrs.evolve(
        amount,
        low=quantity_in(amount.low.magnitude, unit),
        high=quantity_in(amount.high.magnitude, unit),
        stated=(quantity_in(low.magnitude, unit), quantity_in(high.magnitude, unit)),
    )


def _whole(amount: Amount) -> bool:
    """Whether ``amount`` states whole numbers, as a count of people does (not "a magnitude 6.3
    earthquake", "18.9 deaths per 100,000")."""
    return all(float(value.magnitude).is_integer() for value in amount.stated)


@functools.cache
def _tolls(lexicon: Lexicon) -> _Tolls:
    table = lexicon.table("units").get("tolls", {})
    kind = table.get("kind", "")
    if not isinstance(kind, str) or kind not in lexicon.table("units").get("counted", {}):
        raise lexicon.error(("units", "tolls", "kind"), f"{kind!r} is not a kind of [counted]")
    parts = _listed_parts(lexicon, "tolls")
    acting = frozenset(lexicon.words("units", "tolls", "acting"))
    if not acting <= parts:
        stray = sorted(acting - parts)[0]
        raise lexicon.error(("units", "tolls", "acting"), f"{stray!r} is not a part of parts")
    return _Tolls(
        kind=kind,
        kinds=frozenset(lexicon.words("units", "tolls", "kinds")),
        parts=parts,
        acting=acting,
    )


@functools.cache
def _hedges(lexicon: Lexicon) -> Phrases[bool]:
    """The hedges of amounts, as phrases: their words say how sure an amount is, not what
    part of its subject it counts ("more than 2,000", not "2,000 more")."""
    return Phrases(dict.fromkeys(hedge_words(lexicon), True))


@functools.cache
def _clause_hedges(lexicon: Lexicon) -> Phrases[Hedge]:
    """The words that hedge an amount from before it in its clause ("estimated to have
    lost 525,000 jobs"), as phrases."""
    return Phrases(clause_hedges(lexicon))


@functools.cache
def _deadlines(lexicon: Lexicon) -> tuple[Phrases[bool], int]:
    """The words of ``[deadlines]`` in ``time.toml`` ("by", "no later than"), after which a
    date is a deadline, as phrases; and how many words the longest has."""
    words = lexicon.words("time", "deadlines", "words")
    return Phrases(dict.fromkeys(words, True)), max((len(w.split()) for w in words), default=0)


#: The codes of the time grammar's words that qualify a time and name none ("early", "late",
#: "shortly", "about"): no noun that a name before them modifies.
_TIME_QUALIFIERS = frozenset({CODES["part"], CODES["vague"], CODES["hedge"]})


@functools.cache
def _around_words(lexicon: Lexicon) -> tuple[dict[str, bool], frozenset[str]]:
    """The words of ``[around]`` in ``time.toml``: each word that puts an event after a time
    (``True``) or before it (``False``), and the words that bring the event near it."""
    sides = dict.fromkeys(lexicon.words("time", "around", "before"), False)
    sides.update(dict.fromkeys(lexicon.words("time", "around", "after"), True))
    return sides, frozenset(lexicon.words("time", "around", "near"))


def _recent_past(reference: dt.datetime | None, lexicon: Lexicon) -> TimeWindow | None:
    """The time before ``reference`` that a state held since what the story tells of spans
    (``within`` of ``[throughout]`` in ``events.toml``); ``None`` with no reference, or one
    too near the calendar's start."""
    if reference is None:
        return None
    recent = lexicon_offset(lexicon, ("events", "throughout", "within"), "P1M")
    try:
        return TimeWindow(earliest=add_offset(reference, -recent), latest=reference)
    except (OverflowError, ValueError):
        return None


@functools.cache
def _denials(lexicon: Lexicon) -> frozenset[str]:
    """The speech verbs of ``denial`` in ``speakers.toml``, lowercase."""
    return frozenset(word.lower() for word in lexicon.words("speakers", "verbs", "denial"))


@functools.cache
def _denied_subject(lexicon: Lexicon) -> re.Pattern[str]:
    """What ends a text right before a subject that denies its event: one of
    ``[denied_subjects]`` in ``events.toml`` ("No troops will remain")."""
    words = sorted(lexicon.words("events", "denied_subjects", "words"), key=len, reverse=True)
    phrases = "|".join(r"\s+".join(map(re.escape, word.split())) for word in words)
    return re.compile(rf"\b(?:{phrases})\s+\Z", re.IGNORECASE)


@functools.cache
def _after_event(lexicon: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A phrase that tells a clause comes after a happening named by a noun of an event class
    (``[after_event]`` and the ``nouns`` of ``events.toml``): "after the withdrawal", "once
    the pullout", "following Norvik's planned drawdown". Up to three words of the noun's
    phrase come between, none a function word other than one that opens a phrase ("after
    talks on the withdrawal" tells of talks). And the word that opens such a phrase, alone:
    where none stands, no such phrase does."""
    openers = rf"\b{words_pattern(lexicon.words('events', 'after_event', 'words'))}\s+"
    nouns = words_pattern(event_nouns(lexicon))
    barred = words_pattern(function_words(lexicon) - phrase_openers(lexicon))
    return (
        re.compile(
            rf"{openers}(?:(?!{barred}\b)[\w'’.-]+\s+){{0,3}}?(?P<noun>{nouns})\b",
            re.IGNORECASE,
        ),
        re.compile(openers, re.IGNORECASE),
    )


@functools.cache
def _speech(lexicon: Lexicon) -> frozenset[str]:
    """The speech verbs of ``speech`` in ``speakers.toml``, lowercase."""
    return frozenset(word.lower() for word in lexicon.words("speakers", "verbs", "speech"))


@functools.cache
def _complement_openers(lexicon: Lexicon) -> frozenset[str]:
    """The prepositions of ``[complements]`` in subjects.toml, whose object is no subject of
    the verb after it."""
    return frozenset(lexicon.words("subjects", "complements", "prepositions"))


def _finite(word: str, lexicon: Lexicon) -> bool:
    """Whether ``word`` may be a finite verb: a word of :func:`finite_words` ("will", "took",
    "opened"), or a lowercase past form in "-ed"."""
    return word.lower() in finite_words(lexicon) or (
        word.isalpha() and word.islower() and word.endswith("ed")
    )


@functools.lru_cache(maxsize=256)
def _now(reference: dt.datetime | None, lexicon: Lexicon) -> TimeWindow | None:
    """The window of "now" at ``reference``: the same for every text published that day."""
    return parse_time("now", reference=reference, lexicon=lexicon).window


@attrs.frozen(kw_only=True, eq=False)
class Extraction:
    """Everything read from one document: its segments, mentions, voices and claims."""

    document: Document
    segments: Segments
    times: tuple[TimeMention, ...]
    amounts: tuple[AmountMention, ...]
    tallies: tuple[TallyMention, ...]
    events: tuple[EventMention, ...]
    subjects: Subjects
    voices: Voices
    claims: tuple[Claim, ...]


def extract(
    document: Document | str,
    *,
    published: dt.datetime | dt.date | str | None = None,
    lexicon: Lexicon | None = None,
) -> list[Claim]:
    """The claims of ``document`` (a :class:`~factcheck.Document`, or text), in text order.

    ``published`` sets the publication date of a text given as a string; a document carries
    its own.
    """
    return list(read(document, published=published, lexicon=lexicon).claims)


def read(
    document: Document | str,
    *,
    published: dt.datetime | dt.date | str | None = None,
    lexicon: Lexicon | None = None,
) -> Extraction:
    """Everything factcheck reads from ``document``: mentions, speakers and claims."""
    if isinstance(document, str):
        try:
            date = None if published is None else parse_date(published)
        except ValueError:
            raise InvalidArgument(f"published: {published!r} is not a date") from None
        document = Document(text=document, id="text", published=date)
    elif not isinstance(document, Document):
        raise InvalidArgument(f"extract() takes a Document or a str, not {type(document).__name__}")
    elif published is not None:
        raise InvalidArgument("published is set on the Document itself")
    lexicon = lexicon or default_lexicon()
    # Reading makes many objects and next to no cycles: the cyclic collector's passes over
    # them (and over the lexicons and the finders' caches) freed nothing, and took 0.20 s of
    # a 2.9 s first reading of 294 articles (0.12 s when it runs only between documents).
    with collector_paused():
        return _read(document, lexicon)


def _read(document: Document, lexicon: Lexicon) -> Extraction:
    text = document.text
    segments = segment(text, lexicon=lexicon)
    # The words that attribution, events and subjects look up among the text's, found in one
    # pass for the three: a pass for each cost 65 ms in all over 600 articles, this one 52.
    segments.words.among(attribution_words(lexicon), first_words(lexicon), subject_words(lexicon))
    tallies = find_tallies(text, segments, lexicon=lexicon)
    amounts = _not_tallies(find_amounts(text, lexicon=lexicon), tallies)
    times = _not_counts(
        times_in_sentences(text, document.published, lexicon, segments.sentences), amounts
    )
    quotes = find_quotes(text, segments, lexicon=lexicon)
    voices = attribute(text, segments, quotes, times=[t.span for t in times], lexicon=lexicon)
    # Time words only: the verb of "until Iran exits", an end told by an event, is an event.
    named = [t.span for t in times if t.timex is not None]
    events = tuple(find_events(text, segments, times=named, lexicon=lexicon))
    subjects = find_subjects(text, segments, lexicon=lexicon)
    builder = _Builder(
        document=document,
        segments=segments,
        times=times,
        voices=voices,
        subjects=subjects,
        lexicon=lexicon,
        amounts=amounts,
    )
    claims: list[Claim] = []
    claims.extend(builder.statement_dates())
    claims.extend(builder.weekdays())
    amount_claims = [c for c in (builder.amount(a) for a in amounts) if c is not None]
    told = [(event.verb.start, builder.event(event)) for event in events]
    event_claims = [claim for _, claim in told if claim is not None]
    claims.extend(_lengths_of_events(amount_claims, event_claims, text, lexicon))
    claims.extend(event_claims)
    by_verb = {start: claim for start, claim in told if claim is not None}
    claims.extend(builder.tally(tally, by_verb) for tally in tallies)
    claims.extend(builder.quotes())
    claims.sort(key=lambda claim: (claim.span.start, claim.span.end, type(claim).__name__))
    return Extraction(
        document=document,
        segments=segments,
        times=times,
        amounts=amounts,
        tallies=tuple(tallies),
        events=events,
        subjects=subjects,
        voices=voices,
        claims=tuple(claims),
    )


#: A noun in the possessive right before a count ("the train's eight carriages").
_POSSESSED = re.compile(r"[a-z]['’]s\s+\Z")


def _had(mention: AmountMention, subject: Subject | None, text: str) -> bool:
    """Whether the count at ``mention`` is what "the" one thing of its story has, told in
    its phrase ("the train's eight carriages", "the seven-carriage train"): a standing fact
    of the thing, not of the time its clause tells ("… came off the track just before 6
    p.m."), which holds when its story was written."""
    if subject is None or subject.owner is not None or not subject.key.startswith("the "):
        return False
    start = mention.span.start
    return bool(joined_count(mention.text) or _POSSESSED.search(text, max(0, start - 40), start))


def _sized(mention: AmountMention, subject: Subject | None) -> bool:
    """Whether a sum of money is told inside the phrase of what it is of, before its noun
    ("the €8 million emergency fund", "a $5 million fine"): the thing's size, a standing fact
    of it, not of the time its clause tells ("the 3 million zennit fund she set up on May 2
    would pay out by the end of June")."""
    rest = _after_sum(mention, subject)
    return rest is not None and rest[:1] in (" ", "-") and _SUM_OF.match(rest) is None


def _after_sum(mention: AmountMention, subject: Subject | None) -> str | None:
    """The words of the phrase of ``subject`` after the sum at ``mention`` ("emergency fund"
    of "the €8 million emergency fund"); ``None`` when the phrase does not hold the sum."""
    if subject is None:
        return None
    at = subject.text.find(mention.text)
    return None if at < 0 else subject.text[at + len(mention.text) :]


def _counted_by_join(mention: AmountMention, lexicon: Lexicon) -> Subject | None:
    """What a count joined to its counted noun by a hyphen counts, which no phrase of its own
    names ("the seven-carriage train": carriages); ``None`` for any other amount (a measure:
    "the 6-foot wall")."""
    unit = mention.amount.unit
    if unit not in lexicon.table("units").get("counted", {}) or not joined_count(mention.text):
        return None
    return Subject(key=unit, text=mention.text, owner=None)


def _counted_unlisted(mention: AmountMention) -> Subject | None:
    """What a count of a noun no table lists counts ("35 bodies", "80 flights a day": ``body``,
    ``flight``), with no owner yet; ``None`` for any other amount."""
    kind = unlisted_kind(mention.amount.unit)
    if kind is None or mention.noun is None:
        return None
    return Subject(key=kind.split(" / ")[0], text=mention.noun, owner=None)


#: The words that open the phrase of "the" one thing of a story, which no one owns.
_THE_OR_THIS = frozenset({"the", "this", "that", "these", "those"})
#: What tells whose a thing is after its phrase: "an amendment by Tessa Orvo".
_BY_AUTHOR = re.compile(r"[ \t]+(?:by|from)[ \t]+")
#: "by", perhaps with "a" or "an", right before a tally's words: "backed the closure by a 7-4
#: vote", "passed the bill by 58 votes to 41".
_BY_A = re.compile(r"\bby\s+(?:an?\s+)?\Z", re.IGNORECASE)
#: "The" and the words of a thing, with "was" or "has been" if any, opening a clause right
#: before the verb of a tally: "The emergency bill passed 59-40", "the motion was carried 5-4"
#: (group ``thing``).
_THING_VOTED_ON = re.compile(
    r"[\"“‘']?[Tt]he\s+(?P<thing>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}?)"
    r"\s+(?:(?:was|were|is|has\s+been|had\s+been)\s+)?\Z"
)
#: A capitalized word: a name, or a day or month.
_CAPITALIZED = re.compile(r"\b[A-Z][\w'’-]*")
#: What a vote was on, after its tally: a few words of its clause, "to", a verb, and the
#: words of its object ("voted 4-1 on Tuesday to close the harbour road").
_VOTED_FOR = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+to\s+[a-z]+\s+(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})"
)
#: "to", a verb and the words of its object, right after a length of time someone has to do
#: it ("30 working days to answer the regulator").
_TO_DO = re.compile(
    r"\s+to\s+(?P<verb>[a-z]+)\b(?:\s+(?P<object>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}))?"
)
#: What comes between an event's words and a length of time it lasts: a few words of its
#: clause, then "for" ("will be closed to traffic for 16 months").
_FOR_LENGTH = re.compile(r"(?:\s+[\w'’-]+){0,4}\s+for\s+$")
#: Right before a length of time an event lasts.
_FOR = re.compile(r"\bfor\s+$")
#: What opens the status a declaration gives the thing it acts on: right after the thing
#: ("declared the drought a disaster"), or later in the clause after "to be" or "as" ("the
#: drought of the last two summers … to be a disaster").
_STATUS_OPENING = re.compile(r"(?:\s+(?:to\s+be|as))?(?=\s+an?\s)", re.IGNORECASE)
_STATUS_LATER = re.compile(r"\b(?:to\s+be|as)(?=\s+an?\s)", re.IGNORECASE)
#: The articles that open a status: a state one is declared to be is any such state.
_STATUS_ARTICLES = frozenset({"a", "an"})


def _lengths_of_events(
    amounts: list[AmountClaim], events: list[EventClaim], text: str, lexicon: Lexicon
) -> list[AmountClaim]:
    """``amounts``, with each length of time of no subject that "for" puts after an event of
    a class whose first noun names a happening of ``[lasting]`` made the length of that
    happening of the event's subject, when the subject has an owner: "Kesh Road will be
    closed for 16 months" is the length of the Kesh Road closure, as "the 16-month
    closure of Kesh Road" is."""
    kinds = _event_lengths(lexicon)
    by_sentence: dict[Span, list[EventClaim]] = {}
    for event in events:
        if event.event in kinds and event.subject is not None and event.subject.owner:
            by_sentence.setdefault(event.sentence, []).append(event)
    if not by_sentence:
        return amounts
    lengths = []
    for claim in amounts:
        told = by_sentence.get(claim.sentence)
        start = claim.span.start
        if (
            told
            and claim.subject is None
            and claim.amount.low.dimensionality == _TIME
            and _FOR.search(text, max(0, start - 8), start)
        ):
            lasting = next(
                (
                    event
                    for event in reversed(told)
                    if event.span.start < start
                    and (
                        start < event.span.end or _FOR_LENGTH.fullmatch(text, event.span.end, start)
                    )
                ),
                None,
            )
            if lasting is not None and lasting.subject is not None:
                subject = Subject(
                    key=f"{lasting.subject.key} {kinds[lasting.event]}",
                    text=lasting.text,
                    owner=lasting.subject.owner,
                )
                claim = attrs.evolve(claim, subject=subject, part=LENGTH)
        lengths.append(claim)
    return lengths


@functools.cache
def _event_lengths(lexicon: Lexicon) -> dict[str, str]:
    """The event classes whose first noun names a happening of ``[lasting]`` in
    ``units.toml``, each with that happening's kind (``close``: ``closure``)."""
    kinds = lasting_kinds(lexicon)
    lengths = {}
    for name in lexicon.table("events").get("classes", {}):
        nouns = lexicon.words("events", "classes", name, "nouns")
        if nouns and nouns[0].lower() in kinds:
            lengths[name] = kinds[nouns[0].lower()]
    return lengths


def _opposite(polarity: Polarity) -> Polarity:
    """The other polarity: what a denial of a claim asserts."""
    return Polarity.NEGATIVE if polarity is Polarity.POSITIVE else Polarity.POSITIVE


def _not_tallies(
    amounts: Iterable[AmountMention], tallies: Sequence[TallyMention]
) -> tuple[AmountMention, ...]:
    """``amounts`` but for the figures of ``tallies``: "5-2" of "voted 5-2" is no range, and
    "58 votes" of "by 58 votes to 41" no count of its own."""
    if not tallies:
        return tuple(amounts)
    return tuple(
        amount
        for amount in amounts
        if not any(
            tally.span.start < amount.span.end and amount.span.start < tally.span.end
            for tally in tallies
        )
    )


def _not_counts(
    times: Iterable[TimeMention], amounts: Sequence[AmountMention]
) -> tuple[TimeMention, ...]:
    """``times`` but for a bare number that the amount finder read as a count or measure
    ("1200 troops", "the 2240 attendees", "$1999"): the number is a year only where nothing
    makes it an amount (the amount finder weighs "in 2014 troops left" and "the 2020 US
    election" as years)."""
    starts = [mention.span.start for mention in amounts]  # in order, and not overlapping

    def counted(time: TimeMention) -> bool:
        index = bisect.bisect_right(starts, time.span.start) - 1
        if index < 0 or time.span.end > amounts[index].span.end:
            return False
        return amounts[index].amount.unit != "dimensionless"

    return tuple(time for time in times if not (time.text.isdigit() and counted(time)))


def _dates_a_statement(time: TimeMention, published: dt.datetime | None) -> bool:
    """Whether ``time`` may be when something was said: not a length or a repetition, not
    the future, and not after the day of ``published`` (the reference its window was read
    from)."""
    timex, window = time.timex, time.window
    if window is None:
        return False
    if timex is not None and (timex.type not in ("DATE", "TIME") or timex.value == "FUTURE_REF"):
        return False
    earliest = window.earliest
    if isinstance(earliest, dt.timedelta):
        return earliest < _DAY
    if earliest is None or published is None:
        return True
    return earliest < dt.datetime.combine(published.date(), dt.time()) + _DAY


_DAY = dt.timedelta(days=1)

#: The moods of an amount's clause that may tell of what is: none, and a condition ("if 500
#: troops are sent", "would have cost"). Every other mood looks ahead.
_NOW_OR_THEN = frozenset({None, "conditional"})


@attrs.frozen
class _Runs:
    """Spans taken together, as runs of text that do not overlap, in order."""

    starts: list[int]
    ends: list[int]

    @classmethod
    def of(cls, spans: Iterable[Span]) -> _Runs:
        runs: list[list[int]] = []
        for span in sorted(spans, key=lambda span: span.start):
            if runs and span.start <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], span.end)
            else:
                runs.append([span.start, span.end])
        return cls([start for start, _ in runs], [end for _, end in runs])

    def hold(self, span: Span) -> bool:
        """Whether ``span`` lies in the runs: if not, none of the spans holds it."""
        index = bisect.bisect_right(self.starts, span.start) - 1
        return index >= 0 and span.end <= self.ends[index]


def _opens_name(words: Words, index: int, sentence: Span) -> bool:
    """Whether a capitalized word inside its sentence opens a run of capitalized words, which
    names a place or a body ("in New Hampshire", "at Fresh Start Trust") rather than telling
    a part. At a sentence's start the capital tells nothing: "More Kesh troops arrived"."""
    written = words.written
    return (
        written[index][:1].isupper()
        and index + 1 < len(words)
        and written[index + 1][:1].isupper()
        and words.joined(index, index + 1)
        and bool(words.text[sentence.start : words.starts[index]].strip(OPENERS))
    )


@attrs.define
class _Builder:
    document: Document
    segments: Segments
    times: Sequence[TimeMention]
    voices: Voices
    subjects: Subjects
    lexicon: Lexicon
    _anchored: dict[int, tuple[dt.datetime | None, tuple[TimeMention, ...]]] = attrs.Factory(dict)
    amounts: Sequence[AmountMention] = ()
    _statement_times: frozenset[int] | None = None
    _frames: dict[Span, tuple[str, list[int]]] = attrs.Factory(dict)
    _windows: dict[tuple[int, dt.datetime | None], TimeWindow] = attrs.Factory(dict)
    _sentences: dict[int, Span] = attrs.Factory(dict)
    _clause_ends: dict[tuple[int, int], int] = attrs.Factory(dict)
    #: Worked out on first use, once per text: where the time expressions start, the spans
    #: of the amounts of each sentence (by its start), the subject phrases by where their
    #: head ends, and the attributions by the sentence their cue is in.
    _time_starts: list[int] | None = None
    _mention_starts: list[int] | None = None
    _statements: _Runs | None = None
    _sentence_amounts: dict[int, list[Span]] | None = None
    _amount_starts: list[int] | None = None  # where each of ``amounts`` starts
    _heads: dict[int, list[SubjectMention]] | None = None
    _cues: dict[int, list[Attribution]] | None = None
    #: The things of ``[things]`` the events so far are about, whose owner the text names,
    #: by the noun that keys them: "Halvard Motors: plant" under "plant" (see _known_thing).
    _things: dict[str, dict[str, Subject]] = attrs.Factory(dict)
    #: The subjects of the event claims so far and where their phrases are, by where the
    #: claim's phrase ends: a verb phrase joined by "and" right after one is its subject's.
    _joined_events: dict[int, tuple[Subject, Span]] = attrs.Factory(dict)
    #: The names the text is most about (:func:`story_names`), worked out on first use: only
    #: a happening with no owner needs them.
    _story_names: tuple[str, ...] | None = None

    def _story(self) -> tuple[str, ...]:
        if self._story_names is None:
            self._story_names = story_names(
                self.document.text, self.lexicon, title=self.document.title
            )
        return self._story_names

    # Where and when.

    def sentence(self, span: Span) -> Span:
        return self._sentence_at(span.start)

    def _sentence_at(self, offset: int) -> Span:
        # Each claim asks for the sentence of its start several times.
        sentence = self._sentences.get(offset)
        if sentence is None:
            if not self.segments.sentences:
                sentence = Span(start=0, end=len(self.document.text))
            else:
                sentence = self.segments.sentences[self.segments.sentence_at(offset)]
            self._sentences[offset] = sentence
        return sentence

    def statement_time(self, attribution: Attribution) -> TimeMention | None:
        """The time expression in an attribution's cue ("said Wednesday"), if any: a date or
        a time that is not after the publication ("the IMF predicts within five years" and
        "in the future, police said" tell when something will be, not when it was said)."""
        cue, times, published = attribution.cue, self.times, self.document.published
        text = self.document.text
        # The times are in text order: those that start in the cue follow one another.
        index = bisect.bisect_left(self.time_starts(), cue.start)
        while index < len(times) and times[index].span.start <= cue.end:
            time = times[index]
            if (
                time.span.end <= cue.end
                and _dates_a_statement(time, published)
                # "Inka Marandt, who visited the hospital on Monday, said": the visit's time
                and not _IN_RELATIVE.search(text, cue.start, time.span.start)
            ):
                return time
            index += 1
        return None

    def _spoken_time(self, verb: Span) -> TimeMention | None:
        """The time of a statement whose verb of speech is the event's ``verb``: "Kranjc
        conceded on Sunday night and said …" dates the concession, which a clause's time
        leaves to its statement."""
        said = verb.slice(self.document.text).lower()
        for attribution in self.voices.by_sentence.get(self.segments.sentence_at(verb.start), ()):
            cue = attribution.cue
            if attribution.verb == said and cue.start <= verb.start and verb.end <= cue.end:
                return self.statement_time(attribution)
        return None

    def mention_starts(self) -> list[int]:
        """Where the subject phrases start, in text order."""
        if self._mention_starts is None:
            self._mention_starts = [m.span.start for m in self.subjects.mentions]
        return self._mention_starts

    def _time_over(self, span: Span) -> TimeMention | None:
        """The time expression that overlaps ``span``, a length of time too."""
        # Time expressions do not overlap one another, so the last that starts before the end
        # of ``span`` is the one that ends last.
        index = bisect.bisect_left(self.time_starts(), span.end) - 1
        if index < 0 or span.start >= self.times[index].span.end:
            return None
        return self.times[index]

    def _time_at(self, span: Span) -> TimeMention | None:
        """The time expression that overlaps ``span``, other than a length of time alone
        ("30 minutes", "a maximum of 50 hours"; not "within 60 to 100 days")."""
        time = self._time_over(span)
        return time if time is None or time.window is not None or time.duration is None else None

    def time_starts(self) -> list[int]:
        """Where the time expressions start, in text order."""
        if self._time_starts is None:
            self._time_starts = [t.span.start for t in self.times]
        return self._time_starts

    def anchoring(
        self, span: Span
    ) -> tuple[Attribution | None, dt.datetime | None, Sequence[TimeMention]]:
        """The attribution a span is in, its reference instant, and the time expressions read
        against that instant."""
        attribution = self.voices.attribution_at(span) if self._in_statement(span) else None
        if attribution is None:
            return None, self.document.published, self.times
        key = id(attribution)
        if key not in self._anchored:
            self._anchored[key] = self._anchor(attribution)
        reference, times = self._anchored[key]
        return attribution, reference, times

    def _in_statement(self, span: Span) -> bool:
        """Whether ``span`` lies in the words of the attributions taken together: when it does
        not, no attribution holds it, and there is no need to look for the one that does."""
        if self._statements is None:
            self._statements = _Runs.of(a.span for a in self.voices.attributions)
        return self._statements.hold(span)

    def _anchor(
        self, attribution: Attribution
    ) -> tuple[dt.datetime | None, tuple[TimeMention, ...]]:
        stated = self.statement_time(attribution)
        window = stated.window if stated is not None else None
        if window is None or not isinstance(window.earliest, dt.datetime):
            return self.document.published, tuple(self.times)
        reference = window.earliest
        if reference == self.document.published:
            return reference, tuple(self.times)
        # Read the statement's own time expressions against the statement's date.
        span = attribution.span
        local = find_times(
            self.document.text[span.start : span.end], reference=reference, lexicon=self.lexicon
        )
        shifted = {(t.span.start + span.start, t.span.end + span.start): t for t in local}
        times = tuple(
            attrs.evolve(shifted[(t.span.start, t.span.end)], span=t.span)
            if (t.span.start, t.span.end) in shifted
            else t
            for t in self.times
        )
        return reference, times

    def _governing_verbs_time(self, mention: EventMention, time: TimeMention) -> bool:
        """Whether ``time`` stands between an infinitive's "to" and the verb that governs it,
        and makes of it a plan, a wish or a possibility ("agreed on Monday to close the
        plant", "voted on Thursday evening to shut the pool"): it dates that verb. An order
        is not so ("were ordered on Monday to leave" tells they left then)."""
        if mention.modality is Modality.ASSERTED or time.span.end > mention.span.start:
            return False
        text = self.document.text
        between = text[time.span.end : mention.span.start]
        return not between.strip() and text.startswith("to ", mention.span.start)

    def clause_time(
        self, start: int, end: int, times: Sequence[TimeMention], sentence: Span
    ) -> TimeMention | None:
        """The time expression of the clause around ``[start, end)`` in ``sentence`` (the one
        ``start`` is in): after it up to the next clause break, else before it back to the
        previous one; never a statement's own time. Its window is the clause's: after the
        time's start for "after 6 p.m." (:meth:`_clause_window`).

        ``times`` are the text's time expressions as :meth:`anchoring` gives them: read against
        one reference or another, they stand where ``self.times`` do."""
        after_end = self._clause_end(end, sentence)
        starts = self.time_starts()
        last = bisect.bisect_left(starts, after_end)
        if last == bisect.bisect_left(starts, sentence.start):
            return None  # no time expression in the sentence up to the clause's end
        clause_start = self._clause_start(start, sentence)
        if clause_start > sentence.start and _PARTICIPLE_CLAUSE.match(
            self.document.text, clause_start - 1, max(start, end)
        ):
            # ", killing at least 120 people": a participle's clause tells more of the clause
            # before it, and happens when that does ("struck on Tuesday, killing…"), the
            # participle itself too.
            clause_start = self._clause_start(clause_start - 1, sentence)
        first = bisect.bisect_left(starts, clause_start)
        statements = self.statement_times()
        said = self._said_from(start, end)
        # Time expressions are in text order and do not overlap: the first after the phrase
        # starts nearest to it, and the last before it ends nearest.
        before = dated = None
        for time in times[first:last]:
            if time.window is None:
                continue
            if time.span.start < said:
                # "A report released on Monday by the ministry said 40 nurses walked out":
                # Monday is the report's, not the walkout's.
                continue
            if time.span.start in statements and (
                time.span.start < end
                or follows_comma(self.document.text, sentence.start, start) is None
            ):
                # A statement's own time, unless a participle set off before the statement
                # tells it: "At the first meeting, held on Wednesday, May 4, she promised".
                continue
            outside = end <= time.span.start or time.span.end <= start
            if outside and self._dates_a_thing(time):
                # "approved the 2032 budget on Tuesday": the event's time is the other
                dated = dated or time
            elif end <= time.span.start:
                return self._clause_window(time)
            elif time.span.end <= start:
                before = time
        if before is None and first > 0:
            fronted = times[first - 1]
            if (
                fronted.window is not None
                and fronted.span.start >= max(sentence.start, said)
                and fronted.span.start not in statements
                and (
                    self._set_off(fronted.span, clause_start, sentence)
                    or self._fronts_joined(fronted.span, clause_start, after_end, sentence)
                )
            ):
                return self._clause_window(fronted)
        return self._clause_window(before if before is not None else dated)

    def _noun_time(
        self, mention: AmountMention, subject: Subject | None, times: Sequence[TimeMention]
    ) -> TimeMention | None:
        """The time of a sum told inside its noun's phrase that the phrase itself gives, right
        after the noun ("a $3 million loss in the third quarter", "a $2 million profit last
        year"); ``None`` otherwise: the sum is the thing's size, and the clause's time is not
        its own ("the 3 million zennit fund she set up on May 2")."""
        text = self.document.text
        rest = _after_sum(mention, subject)
        if rest is None or not text.startswith(rest, mention.span.end):
            return None
        gap = _NOUN_TIME.match(text, mention.span.end + len(rest))
        if gap is None:
            return None
        # The time expression starts after the preposition, or at it ("over the past year").
        starts = self.time_starts()
        at = bisect.bisect_left(starts, gap.start(1))
        if at == len(starts) or starts[at] not in (gap.start(1), gap.end()):
            return None
        return times[at] if times[at].window is not None else None

    def _said_from(self, start: int, end: int) -> int:
        """Where the words start that a speaker said and that hold ``[start, end)``: a time
        expression before them tells of the saying or the source ("a report released on
        Monday said"), not of what was said. 0 when no attribution holds them."""
        span = trusted_span(start, max(start, end))
        if not self._in_statement(span):
            return 0
        attribution = self.voices.attribution_at(span)
        return attribution.span.start if attribution is not None else 0

    def _fronts_joined(
        self, time: Span, clause_start: int, clause_end: int, sentence: Span
    ) -> bool:
        """Whether the time expression at ``time``, set off before the clause that ", and"
        joins the clause ending at ``clause_end`` (at ``clause_start`` after an aside) to,
        tells the time of both, as they both tell the past ("By Friday night, the river was
        over its banks, and the mayor told all 2,000 residents to leave"; not "…, and
        officials now say")."""
        text = self.document.text
        joined = _JOINED_CLAUSE.match(text, sentence.start, clause_start)
        if joined is None:
            return False
        first = self._clause_start(joined.start(1), sentence)
        if not self._set_off(time, first, sentence):
            return False
        return self._tells_past(first, joined.start(1)) and self._tells_past(
            joined.end(1), clause_end
        )

    def _once_then(self, subject: Subject | None, joined: Span, sentence: Span) -> bool:
        """Whether a count is of one happening its story tells of, in a clause that tells the
        past: those aboard "the" vehicle on its trip, or those "the" happening of a kind was
        done by or done to ("recalled 14 batches", and in the present perfect, "has
        recalled 14 batches": a happening before the story). Other counts told as past at no
        time of their own ("the company had 500 employees") may be of any time before the
        story, and stay with its present."""
        if subject is None:
            return False
        happening = happening_count(subject, self.lexicon)
        if not (happening or aboard_count(subject)):
            return False
        start = self._clause_start(joined.start, sentence)
        # The verb of a happening its count did or underwent may follow the count: "1,870
        # nurses walked out", "40 tonnes of oil have spilled".
        end = self._clause_end(joined.end, sentence) if happening else joined.end
        return self._tells_past(start, end, perfect=happening)

    def _tells_past(self, start: int, end: int, *, perfect: bool = False) -> bool:
        """Whether the words of ``[start, end)`` tell the past: those that show a tense show
        the past only (:meth:`TimeGrammar.tenses_shown`), and one does, or an irregular past
        form of an event verb does ("withdrew"); with ``perfect``, where none shows a tense,
        an auxiliary of the perfect does too ("has recalled")."""
        lowered = self.document.text[start:end].lower()
        shown = time_grammar(self.lexicon).tenses_shown(lowered, 0, len(lowered))
        if shown:
            return shown == {"past"}
        words = _WORD.findall(lowered)
        if perfect and not auxiliary_class_words(self.lexicon, "perfect").isdisjoint(words):
            return True
        return not past_forms(self.lexicon).isdisjoint(words)

    def _dates_a_thing(self, time: TimeMention) -> bool:
        """Whether a time written in figures stands between a phrase's opener or an owner's
        possessive and its noun ("the 2032 budget", "its 2030 target", "the city's 2032
        budget"), or after "for" right after a noun of :func:`dated_things` ("approved a budget
        for 2032 on Tuesday"): it dates the thing, not the event."""
        span = time.span
        text, words = self.document.text, self.segments.words
        before = words.at(span.start) - 1
        if not text[span.end - 1 : span.end].isdigit() or before < 0:
            return False
        if not text[words.ends[before] : span.start].isspace():
            return False
        if words.lower[before] == "for":
            return (
                before > 0
                and words.lower[before - 1] in dated_things(self.lexicon)
                and text[words.ends[before - 1] : words.starts[before]].isspace()
            )
        owned = words.lower[before] in POSSESSIVE_ENDINGS and before > 0
        if owned and words.starts[before] != words.ends[before - 1]:
            return False  # a quotation mark's "s", not an owner's
        opens = owned or words.lower[before] in phrase_openers(self.lexicon)
        return opens and self._modifies(span)

    def _set_off(self, time: Span, clause_start: int, sentence: Span) -> bool:
        """Whether the time expression at ``time`` is set off by commas right before the clause
        that starts at ``clause_start``, as an adverbial of that clause: it opens the sentence
        or follows a break, after a preposition if any, and a comma alone comes between it and
        the clause ("In 2019, Canada had 500 troops", "Canada, in 2019, had 500 troops")."""
        text, words = self.document.text, self.segments.words
        if text[time.end : clause_start].strip() != ",":
            return False
        opens = time.start  # where the time's phrase opens: at its preposition, if any
        before = words.at(time.start) - 1
        if (
            before >= 0
            and words.starts[before] >= sentence.start
            and words.lower[before] in function_words(self.lexicon)
        ):
            opens = words.starts[before]
            if (
                before >= 1
                and words.starts[before - 1] >= sentence.start
                and words.lower[before - 1] in _around_words(self.lexicon)[1]
            ):
                opens = words.starts[before - 1]  # "Shortly after midnight, …"
        if opens == sentence.start or starts_sentence(text, opens):
            return True
        return text[sentence.start : opens].rstrip().endswith((",", ";", "—", "–", "("))

    def _clause_start(self, offset: int, sentence: Span) -> int:
        """Where the clause that goes on at ``offset`` starts: after the last clause break in
        its sentence before it, else with the sentence. The comma that closes a date with a
        comma in it breaks no clause: "struck on Thursday, Feb. 12, with 250 people aboard"."""
        text = self.document.text
        found = _LAST_CLAUSE_BREAK.match(text, sentence.start, offset)
        while found is not None:
            closed = self._date_closed_at(found.end() - 1)
            if closed is None:
                return found.end()
            found = _LAST_CLAUSE_BREAK.match(text, sentence.start, closed.span.start)
        return sentence.start

    def _date_closed_at(self, comma: int) -> TimeMention | None:
        """The time expression with a comma in it that ends right before the comma at offset
        ``comma`` ("Thursday, Feb. 12,"), if any."""
        text = self.document.text
        if text[comma : comma + 1] != ",":
            return None
        index = bisect.bisect_right(self.time_starts(), comma) - 1
        if index < 0:
            return None
        time = self.times[index]
        closes = time.span.end == comma and "," in text[time.span.start : time.span.end]
        return time if closes else None

    def _clause_end(self, offset: int, sentence: Span) -> int:
        """Where the clause that goes on at ``offset`` ends: at the next clause break in its
        sentence, else with the sentence."""
        # An amount's time and place, an event's time and place: each looks for the same end.
        key = (offset, sentence.end)
        if key not in self._clause_ends:
            pattern, text = _clause_end_pattern(self.lexicon), self.document.text
            found = pattern.search(text, offset, sentence.end)
            # "fell that fall", "has stayed shut since May", "gave way after 6 p.m.": a word
            # that opens a time expression, or that puts the clause's event around one, opens
            # no clause
            while (
                found is not None
                and found.group()[0].isalpha()
                and (self._opens_time(found) or self._joins_nouns(found, sentence.end))
            ):
                found = pattern.search(text, found.end(), sentence.end)
            self._clause_ends[key] = found.start() if found is not None else sentence.end
        return self._clause_ends[key]

    def _joins_nouns(self, found: re.Match[str], end: int) -> bool:
        """Whether "and" or "or" at ``found`` joins nouns, or "as" names a role, right before
        a time expression that starts before ``end`` and that a preposition of ``[words]`` in
        time.toml opens ("reopened to runners and riders in January", "was sworn in as mayor
        on Monday"): one or two lowercase words and the preposition come between, none a
        finite verb nor ending in "-ed" or "-ing" ("closed and reopened in May" joins two
        clauses, and "as prices slumped in May" opens one)."""
        if found.group().lower() not in ("and", "or", "as"):
            return False
        starts = self.time_starts()
        index = bisect.bisect_left(starts, found.end())
        if index == len(starts) or starts[index] >= end:
            return False
        words = self.segments.words
        between = words.between(found.end(), starts[index])
        if not 2 <= len(between) <= _NOUNS_JOINED:
            return False
        *nouns, preposition = between
        finite = finite_words(self.lexicon)
        return words.lower[preposition] in _time_prepositions(self.lexicon) and all(
            words.written[at].isalpha()
            and words.written[at].islower()
            and words.lower[at] not in finite
            and not words.lower[at].endswith(("ed", "ing"))
            for at in nouns
        )

    def _opens_time(self, found: re.Match[str]) -> bool:
        """Whether a time expression starts where ``found`` does, or right after it when it
        is a word of ``[around]`` ("after 6 p.m.")."""
        starts = self.time_starts()
        start = found.start()
        if found.group().lower() in _around_words(self.lexicon)[0]:
            after = _SPACES.match(self.document.text, found.end())
            start = after.end() if after is not None else start
        index = bisect.bisect_left(starts, start)
        return index < len(starts) and starts[index] == start

    def _clause_window(self, time: TimeMention | None) -> TimeMention | None:
        """``time`` as the time of the clause it is in: "after 6 p.m." places the clause's
        event at 6 p.m. or later, "before noon" at noon or earlier, and "shortly after 6 p.m."
        within as long again as 6 p.m. lasts, or :data:`NEAR_REACH` if longer (``[around]``
        in ``time.toml``); ``None`` when that leaves no bound."""
        if time is None or time.window is None or time.duration is not None:
            return time
        sides, near = _around_words(self.lexicon)
        words = self.segments.words
        first = words.at(time.span.start)
        if first < 1 or not words.joined(first - 1, first):
            return time
        after = sides.get(words.lower[first - 1])
        if after is None:
            return time
        earliest, latest = time.window.earliest, time.window.latest
        window = None
        if (
            first >= 2
            and words.lower[first - 2] in near
            and words.joined(first - 2, first - 1)
            and isinstance(earliest, dt.datetime)
            and isinstance(latest, dt.datetime)
        ):
            reach = max(latest - earliest, NEAR_REACH)
            with contextlib.suppress(OverflowError):  # at the calendar's end: open on that side
                window = (
                    TimeWindow(earliest=earliest, latest=latest + reach)
                    if after
                    else TimeWindow(earliest=earliest - reach, latest=latest)
                )
        if window is None:
            bound = earliest if after else latest
            if bound is None:
                return None
            window = TimeWindow(earliest=bound) if after else TimeWindow(latest=bound)
        return attrs.evolve(time, window=window)

    def statement_times(self) -> frozenset[int]:
        """Where the time expressions that date a statement ("said Wednesday") start."""
        if self._statement_times is None:
            cues = sorted((a.cue for a in self.voices.attributions), key=lambda c: c.start)
            starts = [cue.start for cue in cues]
            inside = set()
            text = self.document.text
            for time in self.times:
                index = bisect.bisect_right(starts, time.span.start) - 1
                if (
                    index >= 0
                    and time.span.end <= max(c.end for c in cues[max(0, index - 3) : index + 1])
                    # "Marandt, who visited the hospital on Monday, said": the visit's time
                    and not _IN_RELATIVE.search(text, cues[index].start, time.span.start)
                ):
                    inside.add(time.span.start)
            self._statement_times = frozenset(inside)
        return self._statement_times

    def tense_window(self, tense: Tense, reference: dt.datetime | None) -> TimeWindow:
        """The window a tense implies around the reference instant."""
        # By the member's id: an Enum member hashes in Python code, a third of this lookup.
        key = (id(tense), reference)
        window = self._windows.get(key)
        if window is None:
            window = self._windows[key] = self._tense_window(tense, reference)
        return window

    def _tense_window(self, tense: Tense, reference: dt.datetime | None) -> TimeWindow:
        origin: dt.datetime | dt.timedelta = reference if reference is not None else dt.timedelta(0)
        if tense is Tense.FUTURE:
            return TimeWindow(earliest=origin)
        if tense is Tense.PAST:
            return TimeWindow(latest=origin)
        return _now(reference, self.lexicon) or TimeWindow(earliest=origin)

    # Claims.

    def statement_dates(self) -> list[StatementDateClaim]:
        claims: list[StatementDateClaim] = []
        seen: set[tuple[int, int]] = set()
        for attribution in self.voices.attributions:
            stated = self.statement_time(attribution)
            cue = attribution.cue
            if stated is None or (cue.start, cue.end) in seen:
                continue
            seen.add((cue.start, cue.end))
            claims.append(
                trusted(
                    StatementDateClaim,
                    {
                        "document": self.document.id,
                        "span": cue,
                        "text": cue.slice(self.document.text),
                        "sentence": self.sentence(cue),
                        "speaker": attribution.speaker,
                        "reference": self.document.published,
                        "window": stated.window,
                        "statement": attribution.span.slice(self.document.text).strip(),
                    },
                )
            )
        return claims

    def weekdays(self) -> list[WeekdayClaim]:
        """A claim for each day named by its date and its day of the week ("Friday, December
        13"), read against the time of the statement it is in."""
        claims: list[WeekdayClaim] = []
        for found in self.times:
            if found.weekday is None:
                continue
            attribution, reference, times = self.anchoring(found.span)
            mention = next((t for t in times if t.span == found.span), found)
            window = mention.window
            if (
                mention.weekday is None
                or window is None
                or not isinstance(window.earliest, dt.datetime)
            ):
                continue  # no date: the text gives no year, and no date to read one from
            claims.append(
                trusted(
                    WeekdayClaim,
                    {
                        "document": self.document.id,
                        "span": mention.span,
                        "text": mention.text,
                        "sentence": self.sentence(mention.span),
                        "speaker": attribution.speaker if attribution is not None else None,
                        "reference": reference,
                        "window": window,
                        "date": window.earliest.date(),
                        "weekday": mention.weekday,
                    },
                )
            )
        return claims

    def amount(self, mention: AmountMention) -> AmountClaim | None:
        """An amount claim: of a counted noun, a unit, money, a share, or a bare number, whose
        frame then says what it counts."""
        in_time = self._time_at(mention.span) is not None
        if in_time and mention.amount.low.dimensionality == _TIME:
            # "within 60 to 100 days", "five years ago": time, claimed by events ("30
            # minutes", a length of time alone, is an amount)
            return None
        over = self._time_over(mention.span)
        if (
            over is not None
            and over.timex is not None
            and mention.amount.unit == "dimensionless"
            and over.span.start <= mention.span.start
            and mention.span.end <= over.span.end
        ):
            # "for at least two more weeks", "at 2100 GMT": the number of a time TimeML
            # values; not one of "until further notice after engineers saw damage to seven
            # of its cables", which runs to a happening
            return None
        if self._counts_speaker(mention):
            return None  # "two officials said": who spoke, not what they said
        aged = self._age(mention)
        if aged is not None:
            return aged
        if mention.amount.unit == "year" and _YEARS_OLD.match(self.document.text, mention.span.end):
            return None  # "A 92-year-old man died": an age of no one named, and no length
        population = self._population(mention)
        subject = population or self._amount_subject(mention)
        if subject is None and mention.amount.low.dimensionality == _TIME:
            subject = self._allowed_time(mention)
        attribution, reference, times = self.anchoring(mention.span)
        # Every part of an amount claim is read in the amount's sentence.
        span, sentence = mention.span, self._sentence_at(mention.span.start)
        # Amounts joined by "and" share their clause: "will operate 9 hospitals and 30
        # clinics", "killed three soldiers and two civilians on Monday".
        joined = self._coordinated(span, sentence)
        bare = mention.amount.unit == "dimensionless"
        whole = self._partitive_whole(mention) if bare else None
        if whole is not None:
            # "cancelled 300 of its 1,200 appointments on Monday": the clause goes on past
            # the whole the number is a part of.
            joined = trusted_span(joined.start, max(joined.end, whole.span.end))
        money = _money(mention.amount)
        if _had(mention, subject, self.document.text):
            window = None
        elif money and _sized(mention, subject):
            window = self._noun_time(mention, subject, times)
        else:
            window = self.clause_time(joined.start, joined.end, times, sentence)
        lasts = subject is not None and mention.amount.low.dimensionality == _TIME
        # A length of what lasts is its length, whatever the words near it count; a sum of
        # money counts no people ("a €12 million fund to help evacuated families").
        part = LENGTH if lasts else None if money else self.part(span, sentence, bare=bare)
        amount = self._clause_hedged(mention.amount, span, sentence)
        if whole is not None and part is None:
            # "Six of the depot's 20 posts will be cut": the words after the whole are the
            # part's; "grounded 11 of its 34 aircraft": those of "the" grounding.
            part = self.part(trusted_span(span.start, whole.span.end), sentence, bare=bare)
            happened = None if part is not None else self._part_happened(mention, whole, sentence)
            subject = subject or happened
            whole = whole if part is not None or happened is not None else None
        if population is not None:
            # "a town of 12,000" and "home to about 12,400 residents": how many people live
            # there, an estimate
            reading = populations(self.lexicon)
            amount, part = _counted_as(amount, reading.kind), None
            if amount.hedge is Hedge.EXACT:
                amount = hedged_amount(*amount.stated, hedge=reading.hedge, lexicon=self.lexicon)
        told, told_text = span, mention.text  # the claim's words
        if whole is not None:
            # "will cut 1,850 of Tarvel Axle's 9,400 jobs": 1,850 of Tarvel Axle's jobs, cut
            amount = _counted_as(amount, whole.amount.unit)
            subject = subject or self._amount_subject(whole)
            told = trusted_span(span.start, whole.span.end)
            told_text = " ".join(told.slice(self.document.text).split())
        if (
            subject is None
            and part in _incident_areas(self.lexicon)
            and amount.low.dimensionality == _AREA
        ):
            # "The Flint Ridge Fire has burned about 5,200 hectares": the area it burned, a toll of
            # its own (below).
            subject = Subject(key=f"{part} area", text=mention.text, owner=None)
        toll = _tolls(self.lexicon)
        if (
            part in toll.parts
            and _whole(amount)
            and (
                (subject is None and bare and self._counts_victims(span, sentence))
                or (subject is not None and subject.owner is None and subject.key in toll.kinds)
            )
        ):
            # "12 dead", "12 deaths" and "the death toll rose to 12": 12 people.
            amount = toll.counted(amount)
            text = subject.text if subject is not None else mention.text
            subject = Subject(key=toll.kind, text=text, owner=None)
        place = None
        if subject is not None and part in growing_parts(self.lexicon):
            subject, place, incident = self._toll(subject, span, sentence, attribution)
            if window is None and incident is not None:
                window = self._incident_time(incident, times)
        looks_ahead = mood(
            self.document.text,
            self.segments,
            joined.start,
            joined.end,
            lexicon=self.lexicon,
            sentence=sentence,
            reported=attribution is not None and _past_verb(attribution.verb, self.lexicon),
        )
        if lasts and ends_a_length(
            self.segments.words, self.segments.words.at(span.start) - 1, self.lexicon
        ):
            looks_ahead = None  # "will end a 12-day closure": its length as of that end
        if window is not None:
            held = window.window
        elif looks_ahead is None and self._once_then(subject, joined, sentence):
            # "The ferry, which had 240 people on board when it hit the rocks": those
            # aboard the story's trip, told as past, were aboard before the story; "has
            # recalled 14 batches", those of a recall before it.
            held = self.tense_window(Tense.PAST, reference)
        else:
            # With no time phrase, what will be ("will cut 3,000 jobs") holds from now on.
            tense = Tense.PRESENT if looks_ahead in _NOW_OR_THEN else Tense.FUTURE
            held = self.tense_window(tense, reference)
        claim: AmountClaim = _BUILD_AMOUNT_CLAIM(
            self.document.id,
            told,
            told_text,
            sentence,
            subject,
            attribution.speaker if attribution is not None else None,
            reference,
            held,
            amount,
            place or self._place(span, sentence),
            self.frame(span, sentence, attribution),
            part,
            looks_ahead,
            " ".join(window.text.split()) if window is not None else None,
            # A toll is of its incident and the place it struck, wherever it was counted.
            self._site(span, sentence, subject) if place is None else None,
        )
        return claim

    def _starts_of_amounts(self) -> list[int]:
        """Where each of ``amounts`` starts, in their order (the text's)."""
        if self._amount_starts is None:
            self._amount_starts = [found.span.start for found in self.amounts]
        return self._amount_starts

    def _part_happened(
        self, mention: AmountMention, whole: AmountMention, sentence: Span
    ) -> Subject | None:
        """Of a number that is a part of the count ``whole``, those "the" happening of its
        story was done to ("grounded 11 of its 34 aircraft": the grounding's aircraft), when
        the whole's subject has no owner; ``None`` when no verb of ``[happenings]`` in
        subjects.toml has the part."""
        counted = self._amount_subject(whole)
        if counted is None or counted.owner is not None or counted.key.startswith("the "):
            return None
        found = self.subjects.happened(mention.span, sentence, counted)
        return None if found is None else attrs.evolve(found, story=self._story())

    def _is_partitive_whole(self, span: Span) -> bool:
        """Whether the amount at ``span`` is the count that the number before it is a part
        of (see :meth:`_partitive_whole`): "the 40 passengers" of "12 of the 40 passengers"."""
        before = bisect.bisect_left(self._starts_of_amounts(), span.start) - 1
        return before >= 0 and bool(
            _OF_THE_WHOLE.fullmatch(self.document.text, self.amounts[before].span.end, span.start)
        )

    def _partitive_whole(self, mention: AmountMention) -> AmountMention | None:
        """The count that a number with no noun of its own is a part of, right after it and
        "of" and "the" or a possessive, when that count is of a kind of ``[counted]`` and not
        below the number: "1,850 of Tarvel Axle's 9,400 jobs", "12 of the 40 passengers".
        """
        after = bisect.bisect_right(self._starts_of_amounts(), mention.span.start)
        if after == len(self.amounts):
            return None
        whole = self.amounts[after]
        if (
            not _OF_THE_WHOLE.fullmatch(self.document.text, mention.span.end, whole.span.start)
            or whole.amount.unit not in self.lexicon.table("units").get("counted", {})
            or whole.amount.low.magnitude < mention.amount.high.magnitude
        ):
            return None
        return whole

    def _age(self, mention: AmountMention) -> AmountClaim | None:
        """The age of a person named by at least two words that ``mention`` gives, as a claim
        of years of the name's key, part :data:`AGE`: a whole number in an aside right after
        the name ("Ada Lane, 67, died", "Ada Lane, aged 67"), or "-year-old" years before the
        name or in an aside after it ("67-year-old Ada Lane", "Ada Lane, a 67-year-old
        teacher"). ``None`` for any other amount, and for a name of one word the text gives no
        longer name for ("Kesh, 12,"), or a time ("March 3, 12")."""
        amount = mention.amount
        figure = amount.stated[0].magnitude
        if (
            amount.hedge is not Hedge.EXACT
            or not 0 < figure < 120
            or figure != int(figure)
            # Last, and only of two quantities: one stated twice (as the finder states a single
            # value) is equal to itself, and pint compares slowly.
            or (amount.stated[0] is not amount.stated[1] and amount.stated[0] != amount.stated[1])
        ):
            return None
        text, span = self.document.text, mention.span
        sentence = self._sentence_at(span.start)
        name = None
        if amount.unit == "dimensionless":
            before = _AGE_AFTER_NAME.search(text, max(sentence.start, span.start - 8), span.start)
            if before is not None and _AGE_ENDS.match(text, span.end, sentence.end):
                name = self.subjects.name_before(before.start(), sentence.start)
        elif amount.unit == "year" and (old := _YEARS_OLD.match(text, span.end)) is not None:
            aside = _AGED_ASIDE.search(text, max(sentence.start, span.start - 6), span.start)
            if aside is not None:
                name = self.subjects.name_before(aside.start(), sentence.start)
            else:
                name = self.subjects.name_at(old.end(), sentence.end)
            span = trusted_span(span.start, span.end + len("-old"))  # "67-year-old"
        if (
            name is None
            or " " not in name.subject.key
            or not is_person_name(name.subject.key, self.lexicon)
            or self._time_at(name.span) is not None
        ):
            return None
        attribution, reference, _ = self.anchoring(span)
        years = quantity_in(int(figure), registry().year)
        claim: AmountClaim = _BUILD_AMOUNT_CLAIM(
            self.document.id,
            span,
            span.slice(text),
            sentence,
            name.subject,
            attribution.speaker if attribution is not None else None,
            reference,
            self.tense_window(Tense.PRESENT, reference),
            Amount(low=years, high=years),
            None,
            None,
            AGE,
            None,
            None,
            None,
        )
        return claim

    def _coordinated(self, span: Span, sentence: Span) -> Span:
        """The amounts of ``sentence`` joined to the one at ``span`` by "and" or "or", with the
        commas of a list before them, from the first to the last: one object of one verb ("70
        homes, 40 schools and 12 hospitals"), which share the verb's time and mood. ``span``
        when none is joined to it: "three were killed and 14 injured" joins clauses, and a
        noun the amount finder does not know ("40 barns and 12 bridges") stands between."""
        text, amounts = self.document.text, self._amounts_in(sentence)
        # joins[i]: how the amount i is joined to the next ("" when it is not).
        joins = [
            (found.group(1) or found.group(2) or ",") if found is not None else ""
            for found in (
                _JOINED.fullmatch(text, before.end, after.start)
                for before, after in itertools.pairwise(amounts)
            )
        ]
        first = last = amounts.index(span)
        while first > 0 and joins[first - 1]:
            first -= 1
        while last < len(joins) and joins[last]:
            last += 1
        # Commas alone join a list only when "and" or "or" ends it: "attendance was about 64%,
        # some 10% higher than in May" is one figure, and a comparison.
        if first == last or all(join == "," for join in joins[first:last]):
            return span
        return Span(start=amounts[first].start, end=amounts[last].end)

    def _toll(
        self, subject: Subject, span: Span, sentence: Span, attribution: Attribution | None
    ) -> tuple[Subject, str | None, Span | None]:
        """A count of the dead or injured at ``span``, as the toll of the incident its
        sentence names (``[incidents]`` of ``subjects.toml``) in the place named nearest to
        it, that place, and where the sentence names the incident: "At least 12 people died
        when the storm hit Averly" counts the people of the "Averly storm"; with no place, of
        the incident by its name ("Hurricane Ida killed 12 people"). A count with an owner is
        of the incident too: "An explosion killed five U.S. soldiers in Averly" counts the
        "Averly bombing US armed forces", not all the American soldiers killed that day.
        ``subject`` and no place when the sentence names no incident, or neither a place nor
        a name: whose toll it is, the text does not say there. A count in places joined by
        "and" is their sum, and no earlier incident's toll ("The storm hit Averly. It killed
        12 people in Averly and Kesh")."""
        skip = self._time_spans(sentence)
        dated = bool(skip)  # a time of its own: no incident told elsewhere is the count's
        if attribution is not None:
            skip.append(attribution.cue)
        found: tuple[str, str | None, Span | None] | None
        found = self.subjects.incident_at(span, sentence, skip)
        if found is None and self.subjects.scenes_joined(span, sentence, skip):
            return subject, None, None
        if found is None and not dated:
            found = self._incident_told_before(sentence)
        if found is None:
            story = self.subjects.story_incident()
            found = None if story is None else (story, None, None)
        if found is None and not dated:
            found = self._lead_incident(sentence)
        if found is None:
            return subject, None, None
        owner, place, incident = found
        toll = Subject(key=f"{owner} {subject.key}", text=subject.text, owner=owner)
        return toll, place, incident

    def _sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence`` in its paragraph, if any."""
        index = self.segments.sentence_at(sentence.start)
        if index == 0:
            return None
        before = self.segments.sentences[index - 1]
        if self.segments.paragraph_at(before.start) != self.segments.paragraph_at(sentence.start):
            return None
        return before

    def _incident_told_before(self, sentence: Span) -> tuple[str, str | None, Span] | None:
        """The one incident the sentence before ``sentence`` tells of, in its paragraph
        (:meth:`Subjects.incident_told`): whose toll a count is in a sentence that names none
        ("The storm hit Averly on Monday. At least 12 people died.")."""
        before = self._sentence_before(sentence)
        return (
            None
            if before is None
            else self.subjects.incident_told(before, self._time_spans(before))
        )

    def _lead_incident(self, sentence: Span) -> tuple[str, str | None, Span] | None:
        """The first incident the text's first paragraph tells of
        (:meth:`Subjects.incident_told`), when every incident the text tells of is of one kind
        (:meth:`Subjects.only_incident`): what a story of one incident is about, whose toll a
        count is in a later ``sentence`` that names no incident and no time ("A quake struck
        Averly on Monday. … Twelve people have died."). Not when the sentence before it in
        its paragraph tells a time of its own: in "The same plane was damaged in Kesh in May
        2019. One passenger was injured", the count is of then."""
        if not self.subjects.only_incident():  # read once for the text: the cheaper test first
            return None
        before = self._sentence_before(sentence)
        if before is not None and self._time_spans(before):
            return None
        paragraph = self.segments.paragraph_at(self.segments.sentences[0].start)
        for lead in self.segments.sentences:  # "KESH —", a dateline, may stand first
            if self.segments.paragraph_at(lead.start) != paragraph:
                return None
            found = self.subjects.incident_told(lead, self._time_spans(lead))
            if found is not None:
                return found
        return None

    def _incident_time(self, incident: Span, times: Sequence[TimeMention]) -> TimeMention | None:
        """The time expression written against the words of an incident at ``incident``, which
        tells when it happened: "the February strike", "Sunday's quake", "the blast on
        Monday". ``times`` stand where ``self.times`` do (:meth:`clause_time`)."""
        text, starts = self.document.text, self.time_starts()
        before = bisect.bisect_left(starts, incident.start) - 1
        if before >= 0 and _TIME_BEFORE_INCIDENT.fullmatch(
            text, times[before].span.end, incident.start
        ):
            time: TimeMention | None = times[before]
        else:
            after = bisect.bisect_left(starts, incident.end)
            time = times[after] if after < len(times) else None
            if time is not None and not _TIME_AFTER_INCIDENT.fullmatch(
                text, incident.end, time.span.start
            ):
                time = None
        return time if time is not None and time.window is not None else None

    def _time_spans(self, sentence: Span) -> list[Span]:
        """The spans of the time expressions in ``sentence``, in order."""
        starts = self.time_starts()
        inside = self.times[
            bisect.bisect_left(starts, sentence.start) : bisect.bisect_left(starts, sentence.end)
        ]
        return [time.span for time in inside]

    def _clause_hedged(self, amount: Amount, span: Span, sentence: Span) -> Amount:
        """``amount``, at ``span`` in ``sentence``, hedged by a word before it in its clause
        when it has no hedge of its own ("is estimated to have lost 525,000 jobs")."""
        if amount.hedge is not Hedge.EXACT:
            return amount
        phrases = _clause_hedges(self.lexicon)
        before = self._clause_before(phrases, span, sentence)
        for _, _, hedge in phrases.find(self.segments.words, before):
            low, high = amount.stated
            return hedged_amount(low, high, hedge=hedge, lexicon=self.lexicon)
        return amount

    def _clause_before(self, phrases: Phrases[Any], span: Span, sentence: Span) -> range:
        """The indexes of the words of the clause of ``span`` that come before it; none when
        no word of ``sentence`` before it starts one of ``phrases`` (most sentences: no clause
        to look for then)."""
        words = self.segments.words
        first = bisect.bisect_left(words.starts, sentence.start)
        stop = bisect.bisect_left(words.starts, span.start)
        if phrases.firsts.isdisjoint(words.lower[first:stop]):
            return range(0)
        clause_start = self._clause_start(span.start, sentence)
        return range(bisect.bisect_left(words.starts, clause_start), stop)

    def _counts_speaker(self, mention: AmountMention) -> bool:
        """Whether an amount counts who spoke ("one US official said", "says one expert"):
        it is in an attribution's cue, and the speaker's name is the amount with its noun
        ("one US official") or starts with it and goes on ("one" of "one expert")."""
        if self._cues is None:
            self._cues = {}
            for attribution in self.voices.attributions:
                sentence = self.segments.sentence_at(attribution.cue.start)
                self._cues.setdefault(sentence, []).append(attribution)
        span, text = mention.span, mention.text.lower()
        for attribution in self._cues.get(self.segments.sentence_at(span.start), ()):
            name = attribution.speaker.name.lower()
            if (
                attribution.cue.start <= span.start
                and span.end <= attribution.cue.end
                and (name.startswith(f"{text} ") or (name == text and " " in name))
            ):
                return True
        return False

    def part(self, span: Span, sentence: Span, *, bare: bool = False) -> str | None:
        """The part of its subject the amount at ``span`` in ``sentence`` counts: what its
        clause names with a noun of ``part_nouns`` of ``units.toml`` when it is the first
        figure after that noun, and ``bare`` (a number with no noun of its own: "the death
        toll from the floods rose to 14") or right after "to", "at" or "of" ("the death toll
        rising to 22 people, with 25 others injured" counts the dead; "infections among the
        nation's 5.5 million people" are none of them); else from the ``parts`` table: a word
        in the amount ("3,000 more troops"), else up to eight words after it in its clause
        ("four soldiers were killed"; not past a semicolon), else up to three before
        ("killed four soldiers"); a word of another amount is that amount's ("9 hospitals and
        more than 30 clinics"), as is the verb right before it ("plans to eliminate about
        1,400 posts")."""
        if bare or self.segments.words.before(span.start) in _PART_LINKS:
            named = self._part_named_before(span, sentence)
            if named is not None:
                return named
        return self._part_near(span, sentence, bare=bare)

    def _part_named_before(self, span: Span, sentence: Span) -> str | None:
        """The part a noun of ``part_nouns`` names before the amount at ``span`` in its
        clause, when no other figure stands between (see :meth:`part`)."""
        words, parts = self.segments.words, _parts(self.lexicon, "part_nouns")
        before = self._clause_before(parts, span, sentence)
        if not before:
            return None
        # Not before a clause of its own that comes between ("when he was 18").
        opener = _LAST_SUBORDINATE.match(self.document.text, words.starts[before.start], span.start)
        if opener is not None:
            before = range(bisect.bisect_left(words.starts, opener.end()), before.stop)
        for _, last, part in parts.find(words, before):
            # The figure is the first after the noun: "raised the toll to six after the 5.0
            # quake" gives the toll as six, not as 5.0.
            end = words.ends[last]
            if not any(end <= other.start < span.start for other in self._amounts_in(sentence)):
                return part
        return None

    def _part_near(self, span: Span, sentence: Span, *, bare: bool) -> str | None:
        """The part a word in or near the amount at ``span`` names (see :meth:`part`). A word
        of a part of ``[other_parts]`` in units.toml right after a number with no noun of its
        own, and before no noun, stands for others, as "others" does: "14 more were injured"
        counts the injured ("one more theory" adds one)."""
        words, parts = self.segments.words, _parts(self.lexicon)
        # The words that start in the amount, and those around it in its sentence (the
        # indexes Words.between gives, without making ranges of them first).
        starts, text = words.starts, self.document.text
        first, stop = bisect.bisect_left(starts, span.start), bisect.bisect_left(starts, span.end)
        # Not across a semicolon: "the camp held 400 soldiers; 12 huts were damaged".
        opened = text.rfind(";", sentence.start, span.start) + 1 or sentence.start
        closed = text.find(";", span.end, sentence.end)
        lowest = max(first - PART_BEFORE, bisect.bisect_left(starts, opened))
        highest = min(
            stop + PART_AFTER, bisect.bisect_left(starts, sentence.end if closed < 0 else closed)
        )
        # Most amounts have no part word near them: look for one only if a word may start one.
        if parts.firsts.isdisjoint(words.lower[min(first, lowest) : max(stop, highest)]):
            return None
        # "More than 2,000 troops" is a hedge, not an addition as "3,000 more troops" is.
        hedged = {
            index
            for start, last, _ in _hedges(self.lexicon).find(words, range(first, stop))
            for index in range(start, last + 1)
        }
        # A word of another amount is that amount's: "9 hospitals and more than 30 clinics"
        # adds no hospitals, and "twelve of the 40 dead" kills none of the twelve.
        others = {
            index
            for other in self._amounts_in(sentence)
            if other != span
            for index in words.between(other.start, other.end)
        }
        inside = [
            index for index in range(first, stop) if index not in hedged and index not in others
        ]
        # So is the verb right before another ("valuing it at $3.9 billion, plans to
        # eliminate about 1,400 posts" cuts posts, not billions), but not across a
        # comma ("four were killed, three injured").
        # The words after the whole of a part are the part's: in "Twelve of the 40 passengers
        # were injured", the 40 were not.
        after = [
            index
            for index in range(stop, highest if not self._is_partitive_whole(span) else stop)
            if index not in others
            and not (index + 1 in others and text[words.ends[index] : starts[index + 1]].isspace())
        ]
        before = [index for index in range(first - 1, lowest - 1, -1) if index not in others]
        if stop < len(words) and _finite(words.written[stop], self.lexicon):
            # A count with a verb of its own opens its clause: "have died and 23 people are in
            # hospital" tells no part of the 23 by the words before "and" (or "but", "while" …).
            joined = next(
                (at for at, index in enumerate(before) if words.lower[index] in _CLAUSE_OPENERS),
                None,
            )
            before = before if joined is None else before[:joined]
        # The verb right before the amount first: "killed three people and injured three
        # others" counts the dead, "arrested 12 people who were hurt" the detained (not
        # across a comma: "Three killed, three others injured").
        adjacent = before[:1] if before[:1] == [first - 1] else []
        if adjacent and not self.document.text[words.ends[first - 1] : span.start].isspace():
            adjacent = []
        for_others = _listed_parts(self.lexicon, "other_parts") if bare else frozenset()
        for index in (*inside, *adjacent, *after, *before):
            # Before the amount, the words read back from it: the phrase that ends at a word
            # ("seriously injured three people"), else the one it starts.
            found = (index < first and parts.ending_at(words, index)) or parts.match(words, index)
            if found is not None and not (
                (index == stop and found[1] in for_others and self._ends_phrase(index + 1))
                or _opens_name(words, index, sentence)
            ):
                return found[1]
        return None

    def _counts_victims(self, span: Span, sentence: Span) -> bool:
        """Whether the number with no noun of its own at ``span`` counts the people its part
        befell (``[tolls]`` of ``units.toml``): a word of ``[parts]`` right before it ("killed
        12"), right after it, past auxiliaries and adverbs only ("12 were confirmed dead"), or
        a noun of ``[part_nouns]`` before it in its clause ("the death toll rose to 12"); not
        an age ("died aged 78", "Gutierrez, 79, died"); nor one a noun outside the lexicon
        follows, which is what it counts ("killed about 2,800 fish")."""
        words, parts, toll = self.segments.words, _parts(self.lexicon), _tolls(self.lexicon)
        first = words.at(span.start)
        stop = bisect.bisect_left(words.starts, span.end)
        if self._counts_a_noun(stop) and parts.match(words, stop) is None:
            return False
        if first > 0 and words.joined(first - 1, first):
            for start in range(max(0, first - 3), first):
                found = parts.match(words, start)
                if found is not None and found[0] == first - 1 and found[1] in toll.acting:
                    return True  # "killed 12" (not "missing two players")
        index = stop
        while index < len(words) and words.starts[index] < sentence.end:
            if not words.joined(index - 1, index):
                break
            found = parts.match(words, index)
            if found is not None:
                return self._ends_phrase(found[0] + 1)  # not "the two missing pieces"
            if words.lower[index] not in _TOLL_LINKS:
                break
            index += 1
        return self._part_named_before(span, sentence) is not None

    def _counts_a_noun(self, index: int) -> bool:
        """Whether the word at ``index``, right after a number, is a noun the number counts
        ("killed about 2,800 fish"): a lowercase word joined to it that is no function word,
        no adverb, no time ("killed 12 overnight") and none of a toll's ("12 were", "12
        more")."""
        words = self.segments.words
        if self._ends_phrase(index) or not words.written[index].isalpha():
            return False
        lower = words.lower[index]
        return (
            words.written[index].islower()
            and lower not in _TOLL_LINKS
            and lower not in _NOT_COUNTED
            and not lower.endswith("ly")
            and self._time_at(Span(start=words.starts[index], end=words.ends[index])) is None
        )

    def _ends_phrase(self, index: int) -> bool:
        """Whether the word at ``index`` comes after a noun phrase's last word: a function
        word ("14 more were injured", "two more with minor injuries"), a mark, or none."""
        words = self.segments.words
        if index >= len(words) or not words.joined(index - 1, index):
            return True  # "twenty more, including…"
        return words.lower[index] in function_words(self.lexicon)

    def frame(self, span: Span, sentence: Span, attribution: Attribution | None) -> str:
        """The words of the sentence of the amount at ``span``, every amount masked ("#"),
        and which of them this one is: the same frame is the same slot of the same wording.
        Of a sentence that tells who said it, the words said, after the speaker's key: "Floods
        have killed 31 people, the agency said on Monday" and "…14 people, the agency said on
        Wednesday" are one wording, updated; what two people predict is not."""
        words_of, speaker = sentence, ""
        if (
            attribution is not None
            and sentence.start <= attribution.span.start
            and attribution.span.end <= sentence.end
        ):
            words_of, speaker = attribution.span, attribution.speaker.key
        if words_of not in self._frames:
            inside = [
                amount
                for amount in self._amounts_in(sentence)
                if words_of.start <= amount.start and amount.end <= words_of.end
            ]
            pieces: list[str] = []
            cursor = words_of.start
            for amount in inside:
                pieces.append(self.document.text[cursor : amount.start])
                pieces.append(" # ")
                cursor = amount.end
            pieces.append(self.document.text[cursor : words_of.end])
            words = " ".join(_FRAME_WORD.findall(f"{speaker} {''.join(pieces)}".lower()))
            self._frames[words_of] = (words, [a.start for a in inside])
        words, starts = self._frames[words_of]
        return f"{words} @{starts.index(span.start) if span.start in starts else 0}"

    def _amounts_in(self, sentence: Span) -> list[Span]:
        """The spans of the amounts that start in ``sentence``, in the order of ``amounts``."""
        if self._sentence_amounts is None:
            self._sentence_amounts = {}
            for amount in self.amounts:
                start = amount.span.start
                bounds = self._sentence_at(start)
                if bounds.start <= start < bounds.end:
                    self._sentence_amounts.setdefault(bounds.start, []).append(amount.span)
        return self._sentence_amounts.get(sentence.start, [])

    def _place(self, span: Span, sentence: Span) -> str | None:
        """Where an amount is counted: a country named as a place in its clause, else one that
        counts it ("Mali has confirmed four cases"); when the clause says "there", the place
        named last before it in its paragraph, and else when it says "there" or "the
        country", the text's main place."""
        text = self.document.text
        end = self._clause_end(span.end, sentence)
        place = self.subjects.place_after(span.end, end) or self.subjects.counting_place(
            span.start, sentence
        )
        clause = text[span.end : end]
        # The substrings first: most clauses have neither.
        if place is None and ("the country" in clause or "there" in clause):
            said = _THE_COUNTRY.search(clause)
            if said is not None and said.group() == "there":
                paragraph = self.segments.paragraphs[self.segments.paragraph_at(span.start)]
                place = self.subjects.place_before(span.start, paragraph.start)
            if said is not None and place is None:
                place = self.subjects.main_place()
        return place

    def _site(self, span: Span, sentence: Span, subject: Subject | None) -> str | None:
        """The site a count of ``subject`` is made at, narrower than the whole its subject
        names (:func:`counted_at`): 300 of a firm's workers at one of its mines are not all
        its workers."""
        if subject is None:
            return None
        end = self._clause_end(span.end, sentence)
        return counted_at(self.document.text, sentence, span, end, self.lexicon)

    def _on_a_day(self, sentence: Span) -> bool:
        """Whether a time expression of ``sentence`` names one day ("on Thursday", "March
        9"), as the day of what it tells."""
        starts = self.time_starts()
        first, last = (
            bisect.bisect_left(starts, sentence.start),
            bisect.bisect_left(starts, sentence.end),
        )
        return any(
            time.window is not None
            and isinstance(time.window.earliest, dt.datetime)
            and isinstance(time.window.latest, dt.datetime)
            and time.window.latest - time.window.earliest <= _DAY
            for time in self.times[first:last]
        )

    def _amount_subject(self, mention: AmountMention) -> Subject | None:
        partitive = _PARTITIVE.search(mention.text) if "of" in mention.text.lower() else None
        if partitive is not None and not (
            (partitive.group("name") is not None or partitive.group(1).lower() in _WHOLE_OF)
            and _ALL_BEFORE.search(
                self.document.text, max(0, mention.span.start - 8), mention.span.start
            )
        ):
            # "one of the children" counts a part of them, not them ("all 5,100 of its
            # residents" counts them all)
            return None
        if _money(mention.amount) or _money_per_time(mention.amount):
            # "a $430 million deal": what a sum is of, a noun that is not its unit
            sentence = self._sentence_at(mention.span.start)
            found = self.subjects.priced(mention.span, sentence, dated=self._on_a_day(sentence))
        elif mention.amount.low.dimensionality == _TIME:
            # "the 16-month redevelopment": what lasts, a noun that is not its unit
            found = self.subjects.lasting(mention.span, self._sentence_at(mention.span.start))
        else:
            counted = (
                self._counted(mention)
                or _counted_by_join(mention, self.lexicon)
                or _counted_unlisted(mention)
            )
            if counted is None:
                return self._substance_happened(mention)
            if counted.owner is not None:
                return counted
            # "a ferry carrying 236 people": those aboard the story's ferry; "the merger would
            # eliminate 640 jobs": the merger's
            sentence = self._sentence_at(mention.span.start)
            found = (
                self.subjects.aboard(mention.span, sentence, counted)
                or self.subjects.of_the_one(mention.span, sentence, counted)
                or self.subjects.happened(mention.span, sentence, counted)
            )
            if found is None:
                return counted
        if found is None or found.owner is not None:
            return found
        return attrs.evolve(found, story=self._story())  # "the deal" its story tells of

    def _population(self, mention: AmountMention) -> Subject | None:
        """The population of a place that ``mention`` gives, a whole number of people or a
        number alone (:meth:`Subjects.population`), if it is one."""
        unit = mention.amount.unit
        if not _whole(mention.amount) or (
            unit != "dimensionless" and unit not in populations(self.lexicon).kinds
        ):
            return None  # most amounts: what they count is read once, by _amount_subject
        if unit == "dimensionless":
            counted = None
        else:
            counted = self._counted(mention)
            if counted is None:
                return None
        sentence = self._sentence_at(mention.span.start)
        return self.subjects.population(mention.span, sentence, counted)

    def _substance_happened(self, mention: AmountMention) -> Subject | None:
        """A measure of a substance that a happening of ``[happenings]`` in subjects.toml
        befell, in the one its story tells of: "About 9,000 litres of diesel fuel leaked" is
        of ``the leak: fuel``, keyed by the last noun of the substance's words before the
        verb. ``None`` for a measure of no volume or mass, of no substance, or that no such
        verb has ("the tank holds 9,000 litres of diesel fuel")."""
        if mention.amount.low.dimensionality not in _SUBSTANCE:
            return None
        sentence = self._sentence_at(mention.span.start)
        of = _OF_SUBSTANCE.match(self.document.text, mention.span.end, sentence.end)
        if of is None:
            return None
        text = self.document.text
        # The substance's words end before a word that ends a noun phrase ("were", "have").
        ends: list[int] = []
        for word in re.finditer(r"\S+", of.group("words")):
            if word.group().lower() in phrase_ends(self.lexicon):
                break
            ends.append(word.end())
        start = of.start("words")
        measured = trusted_span(mention.span.start, start)  # "9,000 litres of "
        # The longest run of words that a happening's verb follows: "diesel fuel" of "diesel
        # fuel leaked into".
        for end in reversed(ends):
            words = text[start : start + end]
            substance = Subject(key=words.split()[-1].lower(), text=words, owner=None)
            found = self.subjects.happened(measured, sentence, substance)
            if found is not None:
                told = text[mention.span.start : start + end]
                return attrs.evolve(found, text=told, story=self._story())
        return None

    def _counted(self, mention: AmountMention) -> Subject | None:
        """What an amount that is neither money nor time counts: the subject phrase its
        noun ends, or the one around it, or the measure a percentage is the level of."""
        if self._heads is None:
            self._heads = {}
            for found in self.subjects.mentions:
                self._heads.setdefault(found.head.end, []).append(found)
        for found in self._heads.get(mention.span.end, ()):
            # The counted noun ends the amount ("2,000 US troops"); a name inside it elsewhere
            # belongs to its unit ("one million US dollars"), not to what is counted.
            if mention.span.start <= found.head.start and not _names_the_unit(mention, found):
                return found.subject
        covering = self.subjects.covering(mention.span)
        if covering is not None and not _names_the_unit(mention, covering):
            return covering.subject
        if mention.amount.unit == "percent":
            # "Portuguese inflation rose to 4.1%": the level of a measure of a country; "won
            # with 52% of the vote": a candidate's share of it.
            sentence = self._sentence_at(mention.span.start)
            level = self.subjects.level_of(mention.span, sentence)
            if level is not None and level.owner is None:
                return attrs.evolve(level, story=self._story())  # "the turnout" of its story
            return level or self.subjects.vote_share(mention.span, sentence)
        return None

    def event(self, mention: EventMention) -> EventClaim | None:
        if is_incident(mention.event, lexicon=self.lexicon):
            # "The quake struck at 4:12 a.m.": an incident, or no such event ("prices hit").
            subject, subject_span = self._incident(mention)
            if subject is None:
                return None
            acted_on = None
        else:
            subject, subject_span, acted_on = self._event_subject(mention)
            if subject is None and mention.theme == "subject":
                # "The vote opens on Friday and closes on Tuesday": the first verb's subject
                subject, subject_span = self._joined_events.get(
                    self._joined_at(mention.span.start), (None, None)
                )
            if not self._acts_on_its_objects(mention, subject, acted_on):
                return None  # "Kesh was released", "delivered 500 doses": no publication
            if subject is not None:
                self._remember_thing(subject)
        object_ = None if acted_on is None else acted_on[0]
        attribution, reference, times = self.anchoring(mention.verb)
        window = self.clause_time(
            mention.span.start, mention.span.end, times, self._sentence_at(mention.span.start)
        ) or self._spoken_time(mention.verb)
        if window is not None and self._governing_verbs_time(mention, window):
            window = None  # "agreed on Monday to close the plant": Monday is the agreement's
        polarity, tense, modality = mention.polarity, mention.tense, mention.modality
        if tense is Tense.PRESENT and self._participle_of_past(mention.verb):
            tense = Tense.PAST  # "The plant reopened on Monday, ending a two-week strike"
        if (
            window is not None
            and self._dates_a_thing(window)
            and not _in_tense(window.window, tense, reference)
        ):
            window = None  # "approved the 2032 budget", said in 2031: the budget's year
        stated = window.window if window is not None else None
        if window is not None and stated is not None and self._is_deadline(window):
            # "will leave by March": at any time from the reference to the end of March;
            # "had left by March": at any time before its end.
            stated = self._before_deadline(stated, mention.tense, reference)
        # "has stayed shut since the storm": at every moment of the story's recent past;
        # "has not visited the depot since the flood": at no moment of it
        held_since = mention.always and mention.polarity is Polarity.POSITIVE
        denied_since = None if stated is not None else self._denied_since(mention, acted_on)
        if stated is None and (held_since or denied_since is not None):
            stated = _recent_past(reference, self.lexicon)
        held = self._held_until(mention, window, reference)
        if held is not None:
            # "will not leave until next year": will leave, from next year on.
            stated, polarity, modality = held, Polarity.POSITIVE, Modality.ASSERTED
        # The claim reads as its clause: the subject, the verb phrase and the time phrase.
        start, end = mention.span.start, mention.span.end
        if subject_span is not None and subject_span.end <= start:
            start = subject_span.start
            denied = _denied_subject(self.lexicon).search(
                self.document.text, max(0, start - 20), start
            )
            first = self.segments.words.lower[self.segments.words.at(start)]
            # "No troops will remain" says none will; "No they cannot go back" answers.
            if denied is not None and first not in function_words(self.lexicon):
                polarity, start = _opposite(polarity), denied.start()
        if subject_span is not None and subject_span.start >= mention.verb.end:
            end = max(end, subject_span.end)
        if acted_on is not None and mention.theme == "object":
            end = max(end, acted_on[1])  # "approved the 2032 budget": the thing is the subject's
        if window is not None and window.span.start >= end:
            end = window.span.end
        elif window is None and (held_since or denied_since is not None):
            # "has stayed shut since the storm": the words that say since when
            since = denied_since or throughout_end(self.document.text, end, lexicon=self.lexicon)
            clause_end = self._clause_end(since, self._sentence_at(end))
            end = since + len(self.document.text[since:clause_end].rstrip(" \t\n.!?"))
        # Keep a quotation mark that the time phrase leaves open ("return home “very soon”").
        clause = self.document.text[start:end]
        if clause.count("“") > clause.count("”") and self.document.text[end : end + 1] == "”":
            end += 1
        span = trusted_span(start, end)  # the phrase's own bounds, or a subject's before
        if (
            mention.backshifted
            and attribution is not None
            and _past_verb(attribution.verb, self.lexicon)
        ):
            # "Berg said the workers would return": a "will" reported in the past.
            modality = Modality.ASSERTED
        if (
            attribution is not None
            and attribution.cue.end <= attribution.span.start
            and attribution.verb.lower() in _denials(self.lexicon)
        ):
            # "The ministry denied that the troops would leave": it says they will not ("The
            # troops are not leaving, the ministry denied" says so in its own words).
            polarity = _opposite(polarity)
        text = " ".join(span.slice(self.document.text).split())
        # The claim's own anchoring, as its subject may stand outside the verb's statement;
        # but no statement holds the claim when none holds its verb, and the verb's holds it
        # when its speaker tells of the subject ("The plant, which the company said would
        # close").
        if attribution is None:
            claim_attribution, claim_reference = None, reference
        elif span.start <= attribution.cue.start and told_in_relative(
            self.document.text[attribution.cue.start : mention.span.start], self.lexicon
        ):
            claim_attribution, claim_reference = attribution, reference
        else:
            claim_attribution, claim_reference = self.anchoring(span)[:2]
        claim: EventClaim = _BUILD_EVENT_CLAIM(
            self.document.id,
            span,
            text,
            self.sentence(span),
            subject,
            claim_attribution.speaker if claim_attribution is not None else None,
            claim_reference,
            stated if stated is not None else self.tense_window(tense, reference),
            mention.event,
            polarity,
            tense,
            modality,
            window is not None or mention.always or denied_since is not None,
            self._event_place(mention, subject_span),
            object_,
            " ".join(window.text.split()) if window is not None else None,
            self._follows(mention.span, self._sentence_at(mention.span.start)),
        )
        if subject is not None and subject_span is not None:
            self._joined_events[span.end] = (subject, subject_span)
        return claim

    def _denied_since(self, mention: EventMention, acted_on: tuple[str, int] | None) -> int | None:
        """Where the word of ``[throughout]`` in events.toml ends ("since") that follows a
        negated perfect and what it acts on, when no time of the text follows it: "has not
        visited the depot since the flood", "had not been paid since the strike began". Such
        a negation holds at every moment from the happening its story tells of to the
        story's day, as "has stayed shut since the storm" does. ``None`` for any other event
        ("has not visited the ward", "did not leave since it was raining")."""
        if (
            mention.polarity is not Polarity.NEGATIVE
            or mention.tense is not Tense.PAST
            or mention.always
        ):
            return None
        text = self.document.text
        auxiliaries = _WORD.findall(text[mention.span.start : mention.verb.start].lower())
        if auxiliary_class_words(self.lexicon, "perfect").isdisjoint(auxiliaries):
            return None
        end = mention.span.end if acted_on is None else max(mention.span.end, acted_on[1])
        since = throughout_end(text, end, lexicon=self.lexicon)
        return since if since > end else None

    def _joined_at(self, start: int) -> int:
        """Where the verb phrase before "and" ends, when "and" alone comes right before the
        verb phrase at ``start`` ("opens on Thursday and closes"); -1 when it does not."""
        found = _AND_BEFORE.search(self.document.text, max(0, start - 8), start)
        return found.start() if found is not None else -1

    def _voted_by(
        self, phrase: Span, sentence: Span, events: Mapping[int, EventClaim]
    ) -> int | None:
        """Where the verb starts of the event whose clause a tally told "by a 6-5 vote" or "by
        58 votes to 41" ends: the last one whose verb starts before it in its sentence
        ("approved the closure by a 6-5 vote"); ``None`` for a tally told otherwise."""
        if not _BY_A.search(self.document.text, sentence.start, phrase.start):
            return None
        starts = [at for at in events if sentence.start <= at < phrase.start]
        return max(starts) if starts else None

    def tally(self, mention: TallyMention, events: Mapping[int, EventClaim]) -> TallyClaim:
        """A tally claim. Its subject is who cast or played it: the doer before its words, or
        whose its noun is ("The board voted 5-2", "the board's 4-3 vote"), or the body "the
        board" stands for (:meth:`_definite_body`). What it was on is the object of the event
        its verb tells of, among ``events`` by where their verbs start ("passed the bill 52 to
        48": bill), or of the event "to" tells of after it ("voted 5-0 to close the harbour
        road")."""
        sentence = self._sentence_at(mention.span.start)
        phrase = mention.phrase
        # Whose it is, read before its words, or before the possessive ending of its owner
        searched, words = phrase.start, self.segments.words
        if words.before(searched, sentence.start) in POSSESSIVE_ENDINGS:
            searched = words.starts[words.at(searched) - 1]  # "The board's 4-3 vote"
        subject, subject_span = self._actor(searched, mention.cue, sentence)
        if subject is None:
            subject, subject_span = self._definite_body(searched, sentence)
        voted = self._voted_by(phrase, sentence, events) if subject is None else None
        if voted is not None:
            # "The council backed the closure by a 7-4 vote": who backed it cast it.
            index = words.at(voted)
            verb = trusted_span(words.starts[index], words.ends[index])
            subject, subject_span = self._actor(voted, verb, sentence)
            if subject is None:
                subject, subject_span = self._definite_body(voted, sentence)
        attribution, reference, times = self.anchoring(phrase)
        window = self.clause_time(phrase.start, phrase.end, times, sentence)
        told = events.get(mention.cue.start if voted is None else voted)
        object_ = told.object if told is not None else None
        if subject is None and voted is None and object_ is None:
            # "The emergency bill passed 59-40": no one named cast it; the vote on the bill
            found = self._voted_on(mention.cue.start, phrase.end, sentence)
            if found is not None:
                subject, subject_span, object_ = found
        if object_ is None:
            object_ = self._voted_for(phrase.end, sentence)
        # The claim reads from its subject, when that stands before it: "The board voted 5-2"
        start = phrase.start
        if subject_span is not None and subject_span.end <= start:
            start = subject_span.start
        span = trusted_span(start, phrase.end)
        return TallyClaim(
            document=self.document.id,
            span=span,
            text=" ".join(span.slice(self.document.text).split()),
            sentence=sentence,
            subject=subject,
            speaker=attribution.speaker if attribution is not None else None,
            reference=reference,
            window=(
                window.window
                if window is not None and window.window is not None
                else self.tense_window(Tense.PAST, reference)
            ),
            figures=mention.figures,
            unanimous=mention.unanimous,
            object=object_,
            time_phrase=" ".join(window.text.split()) if window is not None else None,
        )

    def _voted_on(self, verb: int, end: int, sentence: Span) -> tuple[Subject, Span, str] | None:
        """The thing a tally's verb at ``verb`` (one of ``carried`` of ``[tallies]``) tells was
        voted on as its subject, when no one who voted is named: "The emergency bill passed
        59-40", "The motion was carried 5-4". The vote is "the" vote on it that its story
        tells of (keyed by its last noun: "the bill vote"), where its phrase is, and its nouns
        as the tally's object ("emergency bill");
        ``None`` when no such phrase opens the verb's clause, or when a name follows the tally
        (which ends at ``end``) in its clause, which may be who cast it ("passed 59-40 in the
        Senate": not "the" vote on the bill of a story that tells of two chambers' votes)."""
        words = self.segments.words
        if not tells_of_the_thing_voted_on(words.written[words.at(verb)], self.lexicon):
            return None
        clause = self._clause_start(verb, sentence)
        found = _THING_VOTED_ON.match(self.document.text, clause, verb)
        if found is None:
            return None
        after = self.document.text[end : self._clause_end(end, sentence)]
        vocabulary = time_grammar(self.lexicon).vocabulary
        if any(name.group().lower() not in vocabulary for name in _CAPITALIZED.finditer(after)):
            return None
        nouns = self._object_nouns(found.group("thing"))
        if not nouns or nouns != " ".join(found.group("thing").split()):
            return None  # "The day after the vote it passed", "The first of them"
        head = nouns.split()[-1]
        text = " ".join(found.group().split())
        subject = Subject(key=f"the {head} vote", text=text, owner=None, story=self._story())
        return subject, trusted_span(found.start(), found.end("thing")), nouns

    def _voted_for(self, end: int, sentence: Span) -> str | None:
        """What a vote whose tally ends at ``end`` was on, told by "to", its verb and its
        object after it ("voted 4-1 on Tuesday to close the harbour road": harbour road),
        lowercased, without the word that opens its phrase, to the last noun before a word
        that ends a noun phrase; ``None`` when no such phrase follows."""
        found = _VOTED_FOR.match(self.document.text, end, sentence.end)
        if found is None:
            return None
        return self._object_nouns(found.group("object")) or None

    def _object_nouns(self, words: str) -> str:
        """The nouns of a verb's object whose words start ``words``, lowercased, without the
        word that opens its phrase, to the last before a word that ends a noun phrase: "the
        harbour road on Tuesday" gives "harbour road"; "" when none."""
        lowered = words.lower().split()
        if lowered and lowered[0] in phrase_openers(self.lexicon):
            lowered = lowered[1:]  # "the", "its"
        nouns: list[str] = []
        ends = phrase_ends(self.lexicon)
        for word in lowered:
            if word in ends or word in particles(self.lexicon):
                break  # "to send the bill back to committee": bill
            nouns.append(word)
        return " ".join(nouns)

    def _allowed_time(self, mention: AmountMention) -> Subject | None:
        """The time someone has to do a thing that the length of time at ``mention`` is, told
        by a verb of ``[allowed_time]`` in ``units.toml`` right before it and "to" and a verb
        right after it ("Kelder Mining has 30 working days to answer the regulator"): keyed
        by that verb and its object's nouns ("time to answer regulator"), owned by
        the name that has the time, or of "the" body that has it, as the story tells of it
        ("the authority"). ``None`` for another length, or one whose clause names neither."""
        text, span = self.document.text, mention.span
        sentence = self._sentence_at(span.start)
        verbs, remaining = _allowed_words(self.lexicon)
        granted = verbs.search(text, max(sentence.start, span.start - 40), span.start)
        to_do = _TO_DO.match(text, span.end, sentence.end) if granted is not None else None
        if granted is None or to_do is None:
            return None
        if to_do.group("verb").lower() in remaining:
            return None  # "has ten days to go": what is left of a time
        nouns = self._object_nouns(to_do.group("object") or "")
        kind = " ".join(("time to", to_do.group("verb").lower(), nouns)).strip()
        verb = trusted_span(granted.start("verb"), granted.end("verb"))
        actor, _ = self._actor(granted.start(), verb, sentence)
        if actor is None:
            actor, _ = self._definite_body(granted.start(), sentence)
        if actor is None:
            return None
        told = trusted_span(span.start, to_do.end()).slice(text)
        if actor.owner is not None:
            return Subject(key=f"{actor.owner} {kind}", text=told, owner=actor.owner)
        if not actor.key.startswith("the "):
            return None  # "residents were given 48 hours to leave": which residents, not said
        return Subject(key=f"{actor.key}: {kind}", text=told, owner=None, story=self._story())

    def _acts_on_its_objects(
        self, mention: EventMention, subject: Subject | None, acted_on: tuple[str, int] | None
    ) -> bool:
        """Whether an event of a class that may act on its ``objects`` only (events.toml)
        acts on one of them: the last noun of its object ("published her final report"), or
        of its subject when it has none ("the report was released")."""
        nouns = object_nouns(mention.event, lexicon=self.lexicon)
        if nouns is None:
            return True
        thing = acted_on[0] if acted_on is not None else subject.key if subject else ""
        # Not its topic's: "the council: hearing on contamination" is a hearing.
        words = thing.lower().partition(f" {TOPIC_JOINER} ")[0].split()
        return bool(words) and words[-1] in nouns

    def _follows(self, phrase: Span, sentence: Span) -> str | None:
        """The event class of a happening that the clause of the verb phrase ``phrase`` is
        told as coming after (:func:`_after_event`): at the clause's end ("will remain in
        Averly after the withdrawal", "…, once the pullout is complete") or fronted, set off
        by a comma ("After the withdrawal, 40 engineers will stay"). ``None`` if neither."""
        text, (pattern, opener) = self.document.text, _after_event(self.lexicon)
        nouns = event_nouns(self.lexicon)
        clause_end = self._clause_end(phrase.end, sentence)
        found = pattern.search(text, phrase.end, sentence.end)
        if found is not None and (
            found.start() <= clause_end or not text[clause_end : found.start()].strip(" ,")
        ):
            return nouns[found.group("noun").lower()]
        # Fronted, the phrase opens the sentence, after any quotation marks: most sentences
        # open with no word that can open it, and need no clause start worked out.
        opens = sentence.end - len(text[sentence.start : sentence.end].lstrip(" \"“‘'"))
        if opener.match(text, opens, sentence.end) is None:
            return None
        clause_start = self._clause_start(phrase.start, sentence)
        found = pattern.match(text, opens, clause_start)
        if found is None:
            return None
        # Set off by the comma that opens the clause, with no break before it ("After the
        # closure, which …, the staff will remain" is not).
        if text[clause_start - 1] != "," or self._clause_end(found.end(), sentence) != (
            clause_start - 1
        ):
            return None
        return nouns[found.group("noun").lower()]

    def _held_until(
        self, mention: EventMention, time: TimeMention | None, reference: dt.datetime | None
    ) -> TimeWindow | None:
        """When an event is held off until a time ("will not leave until next year", "did
        not leave until March"), the window it happens in: from the start of that time on (up
        to the reference, in the past tense). ``None`` when it is held off until something
        else happens ("until Iran exits"), or not at all."""
        held = mention.held_until
        # The time runs to the time meant from the word that holds the event off ("until next
        # year": its point is next year).
        if held is None or time is None or not time.span.start < held <= time.span.end:
            return None
        start = None if time.point is None else time.point.earliest
        if not isinstance(start, dt.datetime):
            return None
        if mention.tense is not Tense.PAST:
            return TimeWindow(earliest=start)
        # "did not leave until March": in March, or after it but before the reference; an
        # "until" that the time reader took after the reference is read no further.
        if reference is None or reference <= start:
            return None
        return TimeWindow(earliest=start, latest=reference)

    def _is_deadline(self, time: TimeMention) -> bool:
        """Whether a deadline word comes right before ``time`` ("by March"), which names a
        point in time, not a length ("delayed by two weeks")."""
        if time.duration is not None:
            return False
        phrases, longest = _deadlines(self.lexicon)
        words = self.segments.words
        first = words.at(time.span.start)  # the time's first word
        for index in range(max(0, first - longest), first):
            found = phrases.match(words, index)
            if found is not None and found[0] == first - 1 and words.joined(first - 1, first):
                return True
        return False

    def _before_deadline(
        self, deadline: TimeWindow, tense: Tense, reference: dt.datetime | None
    ) -> TimeWindow:
        """The window of an event due by ``deadline``: from the reference (from any time, in
        the past tense) to the deadline's end; the deadline itself when it has no end, or
        ends before the reference."""
        latest = deadline.latest
        if latest is None:
            return deadline
        if tense is Tense.PAST:
            return TimeWindow(latest=latest)
        # Offsets from an unknown reference when there is none (a date given in full stays
        # a date: it cannot be set against an offset).
        origin = reference if reference is not None else dt.timedelta(0)
        if type(origin) is not type(latest) or not origin < latest:  # type: ignore[operator]
            return deadline
        return TimeWindow(earliest=origin, latest=latest)

    def _event_place(self, mention: EventMention, subject_span: Span | None) -> str | None:
        """Where an event happens: a place named after its verb in its clause ("remain in
        Mali"), between its subject and verb ("troops in Mali will remain") but not in an
        aside about the subject ("Lena Ostrova, a senator from Ohio, won": where she is from),
        a name right after the verb ("leave Mali"), or a place of no lexicon after its verb
        ("declared a curfew in Averly")."""
        sentence = self.sentence(mention.verb)
        place = self._place(mention.verb, sentence)
        if place is None and subject_span is not None and subject_span.end <= mention.verb.start:
            between = aside_end(self.document.text, subject_span.end, mention.verb.start)
            place = self.subjects.place_after(between, mention.verb.start)
        if place is None:
            text = self.document.text
            mentions = self.subjects.mentions
            index = bisect.bisect_left(self.mention_starts(), mention.verb.end)
            found = mentions[index] if index < len(mentions) else None
            if (
                found is not None
                and text[mention.verb.end : found.span.start].isspace()
                and found.subject.key == found.subject.owner
            ):
                place = found.subject.key
        if place is None:
            end = self._clause_end(mention.verb.end, sentence)
            clause = trusted_span(sentence.start, end)
            place = self.subjects.scene_after(mention.verb.end, clause, self._time_spans(clause))
        return place

    def _event_object(
        self, mention: EventMention, openers: frozenset[str], *, named: bool = True
    ) -> tuple[str, int] | None:
        """The phrase right after an event's verb phrase, when one of ``openers`` opens it or
        it is a name (if ``named``): its words, lowercase and without the opener, up to a word
        that ends a phrase, a mark or a time, ending in the last that is no number ("won the
        mayoral election in Tarnow" → "mayoral election", "rejected the 2032 budget on
        Tuesday" → "2032 budget", "beat Kesh Athletic comfortably" → "kesh athletic"), and
        where it ends."""
        words = self.segments.words
        end = self.sentence(mention.span).end
        aside = OBJECT_ASIDE.match(self.document.text, mention.span.end, end)
        # "approved, by 40 votes to 12, an amendment": the phrase after the aside
        after = aside.end() if aside is not None else mention.span.end
        index = words.at(after)
        if index >= len(words) or words.starts[index] >= end:
            return None
        if self.document.text[after : words.starts[index]].strip(_OBJECT_OPENING_MARKS):
            return None  # "will close, a spokeswoman said": the clause ends at its verb
        named = named and words.written[index][:1].isupper()
        if named:
            index -= 1  # the name's first word is a word of the phrase
        elif words.lower[index] not in openers:
            return None
        stops = phrase_ends(self.lexicon)
        which_one = which_one_words(self.lexicon)
        objects = object_nouns(mention.event, lexicon=self.lexicon) or frozenset()
        phrase: list[int] = []
        for at in range(index + 1, len(words)):
            word = words.lower[at]
            if is_size(word) and at + 1 < len(words) and words.lower[at + 1].isalpha():
                # "its 1,200-tonne plant": a size says how big a thing is, not which one
                while phrase and words.lower[phrase[-1]].isdigit():
                    phrase.pop()
                continue
            if not phrase and word in which_one:
                phrase.append(at)  # "held its first public hearing", though "first" ends most
                continue
            if word in ("and", "or") and phrase:
                # "its axle and driveshaft plant": one thing, of the words that end it
                thing = self._joined_thing(at, end, stops)
                phrase.extend(thing)
                if thing:
                    break
            if word in POSSESSIVE_ENDINGS and phrase and words.starts[at] == words.ends[at - 1]:
                continue  # "the district's budget": the owner's word, then the thing's
            if words.starts[at] >= end or word in stops or not word[:1].isalnum():
                break
            gap = self.document.text[words.ends[at - 1] : words.starts[at]] if phrase else ""
            if "," in gap and not (
                gap == "," and word[:1].isdigit() and words.lower[at - 1].isdigit()
            ):
                break  # "endorsed his former rival, Joe Biden": the rival, and his name
            if (
                phrase
                and word.endswith(("ing", "ly"))
                and word not in objects
                and not self._before_its_noun(at, end, stops)
            ):
                break  # "won the caucuses securing…", "ended the search early"
            if named and not words.written[at][:1].isupper():
                break  # "beat Kesh Athletic comfortably"
            time = self._time_at(trusted_span(words.starts[at], words.ends[at]))
            if time is not None and not self._dates_a_thing(time):
                break  # "won the election Sunday" (not "the 2032 budget")
            phrase.append(at)
        while phrase and words.lower[phrase[-1]][:1].isdigit():
            phrase.pop()  # "the final 2-1"
        if not phrase:
            return None
        return " ".join(words.lower[at] for at in phrase), words.ends[phrase[-1]]

    def _before_its_noun(self, at: int, end: int, stops: frozenset[str]) -> bool:
        """Whether word ``at``, in -ing or -ly, qualifies a noun in lowercase right after it,
        before ``end``: "processing" of "the processing plant", "lending" of "its lending
        division" (not "securing" of "won the caucuses securing the nomination"). A word in
        -ly does so only before a thing of ``[things]``: "assembly" of "its Dallow assembly
        plant" (not "largely" of "hold its convention largely online")."""
        words = self.segments.words
        after = at + 1
        if after >= len(words) or words.starts[after] >= end:
            return False
        word = words.written[after]
        if not (
            self.document.text[words.ends[at] : words.starts[after]] == " "
            and word.isalpha()
            and word.islower()
            and word not in stops
            and word not in function_words(self.lexicon)
        ):
            return False
        return words.lower[at].endswith("ing") or is_thing(word, self.lexicon)

    def _authored_object(self, mention: EventMention) -> tuple[str, int] | None:
        """A thing named as any, but whose, by "by" or "from" and a name right after its
        phrase, is told ("rejected an amendment by Tessa Orvo"): that name's, as "Tessa
        Orvo's amendment" is ("tessa orvo amendment"), and where the name ends."""
        openers = phrase_openers(self.lexicon) - definite_openers(self.lexicon)
        found = self._event_object(mention, openers, named=False)
        if found is None:
            return None
        phrase, end = found
        by = _BY_AUTHOR.match(self.document.text, end)
        if by is None:
            return None
        name = self.subjects.name_at(by.end(), self.sentence(mention.span).end)
        if name is None or name.span.start != by.end():
            return None
        return f"{name.subject.key.lower()} {phrase}", name.span.end

    def _joined_thing(self, conjunction: int, end: int, stops: frozenset[str]) -> list[int]:
        """The conjunction at word ``conjunction`` and the words after it (up to a word that
        ends a phrase, a mark or ``end``) when they name a thing of the lexicon, so that the
        words before it qualify that thing ("its sales and engineering office") rather than
        name another ("its plant and 300 jobs"); else none."""
        words = self.segments.words
        after: list[int] = []
        for at in range(conjunction + 1, min(conjunction + 5, len(words))):
            word = words.lower[at]
            if words.starts[at] >= end or word in stops or not word[:1].isalpha():
                break
            after.append(at)
        nouns = " ".join(words.lower[at] for at in after)
        return [conjunction, *after] if after and is_thing(nouns, self.lexicon) else []

    def _event_subject(
        self, mention: EventMention
    ) -> tuple[Subject | None, Span | None, tuple[str, int] | None]:
        """What an event is about, where the text names it (``None`` for a pronoun), and the
        object its subject does it to, if any, with where that ends."""
        sentence = self.sentence(mention.verb)
        if mention.theme == "subject":
            if acts_on_any(mention.event, lexicon=self.lexicon):
                return None, None, None  # "declared that …", "declared tomorrow a day of …"
            subject, span = self._actor(mention.span.start, mention.verb, sentence)
            if subject is None:
                subject, span = self._known_thing(mention, sentence)
            if subject is None:
                # "The regulator's first hearing will be held on …"
                subject, span = self._body_thing(sentence, mention.span.start)
            if subject is None:
                subject, span = self._definite_body(mention.span.start, sentence)
            return subject, span, self._event_object(mention, phrase_openers(self.lexicon))
        found = self._theme(mention, sentence)
        if found is not None:
            return found.subject, found.span, None
        if mention.verb.end != mention.span.end:
            # The object between the verb and its particle, the words that end the phrase
            # ("back home"): a name ("will keep the Dallow plant open"), or none the lexicon
            # knows ("pull the plug out").
            words, verb_particles = self.segments.words, particles(self.lexicon)
            particle = words.at(mention.span.end) - 1
            while words.lower[particle - 1] in verb_particles:
                particle -= 1
            name = self._name_after(mention.verb.end, words.starts[particle])
            return (name.subject, name.span, None) if name is not None else (None, None, None)
        # "will vote on the budget": the vote the verb names is what its doer holds
        name = None if mention.noun else self._name_after(mention.span.end, sentence.end)
        relation = is_relation(mention.event, lexicon=self.lexicon)
        if name is not None and not relation:
            return name.subject, name.span, None  # "will close Caddow Primary School"
        # What the doer acts on, when the lexicon does not know it: a name, for a relation
        # ("Warren endorsed Joe Biden", as another may reject him), or a thing named with a
        # definite article or a possessive ("The Supreme Court rejected the appeal", "Acme
        # will close its plant"). It is the doer's own, keyed by both.
        if name is not None:
            thing: tuple[str, int] | None = (name.subject.key.lower(), name.span.end)
            own = name.subject.key
        else:
            # "declared a state of emergency": a relation to any thing opens with any article
            any_thing = acts_on_any(mention.event, lexicon=self.lexicon)
            openers = phrase_openers if any_thing else definite_openers
            if mention.noun is not None:
                # "will vote on the budget": a vote singled out by its topic, as "will hold
                # its vote on the budget" tells of; with none, no happening the class holds
                topic = self._topic_of(mention, mention.span.end, sentence)
                thing = None if topic is None else (mention.noun, mention.span.end)
            else:
                thing = self._event_object(mention, openers(self.lexicon), named=False)
                if thing is None and not any_thing:
                    thing = self._authored_object(mention)
                if thing is None:
                    # "scheduled a public hearing on the flooding": any one, with its topic
                    thing, topic = self._told_with_topic(mention, sentence)
                else:
                    topic = self._topic_of(mention, thing[1], sentence)
            own = thing_key(thing[0], self.lexicon) if thing is not None else ""
            if topic is not None:
                own = f"{own} {TOPIC_JOINER} {topic[0]}"
            elif thing is not None and gives_status(mention.event, lexicon=self.lexicon):
                # "declared the drought a disaster" and "… a national emergency": two
                # declarations of one drought
                status = self._status(thing[1], sentence)
                own = own if status is None else f"{own} as {status}"
            measure = None if thing is None or topic else self._the_measure(mention, own, thing[1])
            if measure is not None:
                # "Police lifted the curfew": the curfew of the story, whoever lifts it
                text = measure.slice(self.document.text)
                return Subject(key=f"the {own}", text=text, story=self._story()), measure, thing
        actor, span = (
            self._actor(mention.span.start, mention.verb, sentence)
            if thing is not None
            else (None, None)
        )
        if actor is None and thing is not None:
            actor, span = self._definite_body(mention.span.start, sentence)
        if actor is None or thing is None:
            return None, None, thing
        owned = Subject(
            key=f"{actor.key}: {own}",
            text=f"{actor.text}: {own}",
            owner=actor.owner,
            story=actor.story,
        )
        return owned, span, thing

    def _the_measure(self, mention: EventMention, key: str, end: int) -> Span | None:
        """Where the phrase of what an event acts on, keyed ``key`` and ending at ``end``, is,
        when it is a measure of ``[measures]`` that "the" or a demonstrative opens right after
        the verb phrase ("lifted the overnight curfew"); ``None`` for any other, for one a
        possessive opens ("lifted its ban": the doer's own), and for what a relation acts on
        ("the firm published the notice": its own)."""
        words = self.segments.words
        at = words.at(mention.span.end)
        if (
            words.lower[at] not in _THE_OR_THIS
            or not is_measure(key, self.lexicon)
            or is_relation(mention.event, lexicon=self.lexicon)  # "published the notice"
        ):
            return None
        return trusted_span(words.starts[at], end)

    def _status(self, end: int, sentence: Span) -> str | None:
        """The status the clause gives the thing whose phrase ends at ``end``: the last noun
        after "a" or "an" right there ("declared the drought a disaster"), or after "to be"
        or "as" later in the clause ("the drought of the last two summers … to be a
        disaster")."""
        text, clause_end = self.document.text, self._clause_end(end, sentence)
        opening = _STATUS_OPENING.match(text, end, clause_end) or _STATUS_LATER.search(
            text, end, clause_end
        )
        if opening is None:
            return None
        found = topic_after(text, opening.end(), clause_end, _STATUS_ARTICLES, self.lexicon)
        return None if found is None else found[0]

    def _topic_of(self, mention: EventMention, end: int, sentence: Span) -> tuple[str, int] | None:
        """The topic that what an event acts on, ending at ``end``, is told with ("its
        hearing into the collapse": ``topics`` of its class in events.toml), if any."""
        openers = event_topics(mention.event, lexicon=self.lexicon)
        if not openers:
            return None
        topic = topic_after(self.document.text, end, sentence.end, openers, self.lexicon)
        if topic is not None and self._time_at(trusted_span(topic[1] - len(topic[0]), topic[1])):
            return None  # "will vote over the summer": when, not what about
        return topic

    def _told_with_topic(
        self, mention: EventMention, sentence: Span
    ) -> tuple[tuple[str, int] | None, tuple[str, int] | None]:
        """What an event of a class with ``topics`` acts on when any article opens it and a
        topic follows it ("scheduled a public hearing on the flooding"), and the topic:
        one happening of many, singled out by what it is about. Neither when no topic does."""
        if not event_topics(mention.event, lexicon=self.lexicon):
            return None, None
        thing = self._event_object(mention, phrase_openers(self.lexicon), named=False)
        topic = None if thing is None else self._topic_of(mention, thing[1], sentence)
        return (thing, topic) if topic is not None else (None, None)

    def _remember_thing(self, subject: Subject) -> None:
        """Keep an event's subject for :meth:`_known_thing` when it is a thing of the lexicon
        that a named owner has ("Halvard Motors: plant")."""
        owner, _, noun = subject.key.rpartition(": ")
        if owner and subject.owner is not None and is_thing(noun, self.lexicon):
            self._things.setdefault(noun, {})[subject.key] = subject

    def _known_thing(
        self, mention: EventMention, sentence: Span
    ) -> tuple[Subject | None, Span | None]:
        """The thing "the plant" or "the factory" stands for as the subject of an event: the
        one thing with that noun the story's events told of before, by its owner ("Halvard
        Motors will close its plant in Lowick. … The factory will shut in June."). When
        they told of two or more ("its plant and the rival's plant"), which one is meant is
        not known. When they told of none, the one name the story gave that noun
        (:meth:`Subjects.things_named_before`); when it gave none either, nor told of one
        someone owns or of several, "the" one its story tells of ("The bridge collapsed on
        Friday"), one with that of another document that tells the story."""
        at = mention.span.start
        found = self.subjects.definite_thing(self._after_fronted_time(sentence, at), at)
        if found is None:
            return None, None
        noun, span, maker = found
        text = span.slice(self.document.text)
        if maker is not None:
            # "The new stadium that Kesby United are building": Kesby United's, as it is told
            return Subject(key=f"{maker}: {noun}", text=text, owner=maker), span
        known = self._things.get(noun, {})
        if not known:
            # "Kesland Park, a municipal sports ground, … The ground will close": the one
            # name the story gave that noun, though no event told of it
            names = self.subjects.things_named_before(noun, span.start)
            # "its plant" or "their plants" before: "the plant" may be any; "the children's
            # ward" of a story of "general wards" is the one its words single out
            singled = len(text.split()) > 2
            if len(names) > 1 or (
                not names and not singled and self.subjects.other_thing_before(noun, span.start)
            ):
                return None, None  # two grounds named, or "its plant" and "their plants"
            if not names:
                return Subject(key=f"the {noun}", text=text, story=self._story()), span
            (name,) = names
            return Subject(key=f"{name}: {noun}", text=text, owner=name), span
        if len(known) != 1:
            return None, None
        (subject,) = known.values()
        return attrs.evolve(subject, text=text), span

    def _body_thing(self, sentence: Span, verb: int) -> tuple[Subject | None, Span | None]:
        """What "the" body owns in the possessive, as the subject of the verb phrase at
        ``verb`` (:meth:`Subjects.body_thing`), and where. Of a body the text does not name,
        it is what "the" body of its story owns, one with that of another document that tells
        the story."""
        found = self.subjects.body_thing(sentence, verb)
        if found is None:
            return None, None
        if found.subject.owner is None:
            return attrs.evolve(found.subject, story=self._story()), found.span
        return found.subject, found.span

    def _definite_body(self, start: int, sentence: Span) -> tuple[Subject | None, Span | None]:
        """The body "the union" or "the company" stands for as the doer of an event whose
        verb phrase starts at ``start``: the one body of that kind the story named before
        (:meth:`Subjects.definite_body`); when it named none, "the" one its story tells of
        ("The board voted 5-2" in a story that never names its board), one with that of
        another document that tells the story."""
        sentence = self._after_fronted_time(sentence, start)  # "On Monday the board voted"
        body = self.subjects.definite_body(sentence, start)
        if body is not None:
            return body.subject, body.span
        unnamed = self.subjects.unnamed_body(sentence, start)
        if unnamed is None:
            return None, None
        noun, span = unnamed
        text = span.slice(self.document.text)
        return Subject(key=f"the {noun}", text=text, story=self._story()), span

    def _incident(self, mention: EventMention) -> tuple[Subject | None, Span | None]:
        """The incident an event of an incident class tells of, named right before its verb,
        keyed as its toll is: by the place its sentence names, or else the place an earlier
        sentence gave an incident of its kind ("A powerful earthquake struck northern
        Valdoria …" before "The quake hit at 4:12 a.m."). ``None`` when no incident is named
        there."""
        sentence = self.sentence(mention.verb)
        found = self.subjects.incident_before(
            mention.span.start, sentence, self._time_spans(sentence)
        )
        if found is None:
            return None, None
        key, owner, span = found
        if owner is None:
            owner = self.subjects.scene_before(key, sentence.start)
            key = key if owner is None else f"{owner} {key}"
        text = span.slice(self.document.text)
        return Subject(key=key, text=text, owner=owner), span

    def _theme(self, mention: EventMention, sentence: Span) -> SubjectMention | None:
        """The subject of the lexicon an event is done to, right after its verb
        ("withdrawing US troops", "bring our troops back home")."""
        text = self.document.text
        mentions = self.subjects.mentions
        index = bisect.bisect_left(self.mention_starts(), mention.verb.end)
        for found in mentions[index:]:
            if found.span.start > mention.verb.end + 40 or found.span.start >= sentence.end:
                break
            gap = text[mention.verb.end : found.span.start].strip()
            if (
                gap in ("", "the", "its", "their", "our", "all")
                or found.span.end <= mention.span.end
            ) and not self._modifies(found.span):
                return found
        return None

    def _name_after(self, end: int, limit: int) -> SubjectMention | None:
        """The name of no lexicon right after an event's verb phrase, which ends at ``end``,
        and before ``limit`` ("will close Caddow Primary School"): not a time ("Wednesday") or
        a name that modifies a noun after it."""
        text, words = self.document.text, self.segments.words
        after = words.at(end)
        if after >= len(words) or not text[end : words.starts[after]].isspace():
            return None
        name = self.subjects.name_at(words.starts[after], limit)
        if name is None or self._time_at(name.span) is not None or self._modifies(name.span):
            return None  # "was evacuated Wednesday", "withdrew Democratic candidates"
        return name

    def _set_off_by_participle(
        self, start: int, verb: Span, sentence: Span
    ) -> tuple[Subject | None, Span | None]:
        """The subject of the phrase that opens ``sentence`` and ends at the comma before a
        verb phrase at ``start`` whose verb is a past participle with no auxiliary ("The
        regulator's first hearing, set for April 29, will …"), and where the phrase is: what
        the participle tells was done to it. Neither when the verb may be no participle, or
        no such phrase ends there, or a comma before it may open an aside that this one
        closes ("Ana Lima, a senator, won")."""
        if not _past_verb(verb.slice(self.document.text), self.lexicon):
            return None, None
        text = self.document.text
        comma = text.rindex(",", sentence.start, start)
        if text.find(",", sentence.start, comma) >= 0:
            return None, None  # "Ana Lima, a senator from Kesh, suspended her campaign"
        found = self.subjects.opening_name(sentence, comma)
        if found is not None:
            return (found.subject, found.span) if found.span.end == comma else (None, None)
        subject, span = self._body_thing(sentence, comma)
        return (subject, span) if span is not None and span.end == comma else (None, None)

    def _participle_of_past(self, verb: Span) -> bool:
        """Whether ``verb`` is a present participle with no auxiliary right after a comma
        (or joined by "and" to one that is: ", observing the rescue and visiting the wounded"),
        whose clause tells more of the words before it back to the comma before (or the
        sentence's start), and those words tell the past: the participle's event happened when
        theirs did ("Ana Lima joined the race in 2029, winning the seat"; not "The rules let
        ships fly the flag, visiting ports freely"). A participle after
        "after", "before", "since" or "upon" is read by :meth:`_timed_participle_of_past`."""
        text = self.document.text
        sentence = self._sentence_at(verb.start)
        timed = _TIMED_PARTICIPLE.search(text, max(sentence.start, verb.start - 8), verb.end)
        if timed is not None and timed.start("verb") == verb.start:
            return self._timed_participle_of_past(timed, sentence)
        comma = text.rfind(",", sentence.start, verb.start)
        if comma < 0 or not (
            _PARTICIPLE_CLAUSE.fullmatch(text, comma, verb.end)
            or _JOINED_PARTICIPLE.fullmatch(text, comma, verb.end)
        ):
            return False
        return self._past_before_comma(comma, sentence)

    def _past_before_comma(self, comma: int, sentence: Span) -> bool:
        """Whether the words before the comma at ``comma``, back to the comma before it or
        the start of ``sentence``, tell the past (:meth:`_tells_past`)."""
        start = self.document.text.rfind(",", sentence.start, comma) + 1
        return self._tells_past(max(sentence.start, start), comma)

    def _timed_participle_of_past(self, timed: re.Match[str], sentence: Span) -> bool:
        """Whether the participle of ``timed`` (after "after", "before", "since" or "upon")
        tells of the past: after "since", always ("has been active since returning home");
        else when the words before it back to a comma tell the past ("served one term before
        losing reelection"), or, right after a comma, the words before that comma ("went quiet
        for weeks, before resuming"), or, when it opens the sentence ("After winning the
        vote, Ana Lima thanked her staff"), the clause after the comma that ends its phrase."""
        if timed.group(1).lower() == "since":
            return True
        text = self.document.text
        comma = text.rfind(",", sentence.start, timed.start())
        start = max(sentence.start, comma + 1)
        if text[start : timed.start()].strip(OPENERS):
            return self._tells_past(start, timed.start())
        if comma >= sentence.start:
            # "paused for a week, before resuming": the words before the comma
            return self._past_before_comma(comma, sentence)
        after = text.find(",", timed.end(), sentence.end)
        return after >= 0 and self._tells_past(after + 1, self._clause_end(after + 1, sentence))

    def _doer_before_participle(
        self, start: int, verb: Span, sentence: Span
    ) -> tuple[Subject | None, Span | None]:
        """The doer of a present participle with no auxiliary, at ``start`` after the one
        comma of its sentence before it, that tells more of what the clause before did: that
        clause's subject ("The city council met on Friday, backing the closure by
        a 7-4 vote"; "The plant reopened on Monday, ending a two-week strike"). The
        clause's verb is its first finite word that is no verb of speech, and its subject
        opens the sentence. Neither when the verb may be no participle or no such clause
        comes before it."""
        text = self.document.text
        comma = follows_comma(text, sentence.start, start)
        if comma is None or not _PARTICIPLE_CLAUSE.fullmatch(text, comma, verb.end):
            return None, None
        if text.find(",", sentence.start, comma) >= 0:
            return None, None  # "The plan, costing $5 million, …": an aside of a noun
        words, speech = self.segments.words, _speech(self.lexicon)
        for index in words.between(sentence.start, comma):
            if words.lower[index] in speech or not _finite(words.written[index], self.lexicon):
                continue
            main = trusted_span(words.starts[index], words.ends[index])
            subject, span = self._actor(main.start, main, sentence)
            if subject is None:
                subject, span = self._definite_body(main.start, sentence)
            if span is None or text[sentence.start : span.start].strip(OPENERS):
                # "Most members felt the board did better, agreeing …": the one who agrees
                # may be the subject of a verb no lexicon knows, which opens the sentence.
                return None, None
            return subject, span
        return None, None

    def _relative_told(self, before: str) -> re.Match[str] | None:
        """The relative clause that ends ``before`` (a sentence's text up to a verb phrase)
        when a speaker tells in it what the phrase before its comma does ("Inka Marandt, who
        officials said on Tuesday had left": :func:`told_in_relative`)."""
        told = _RELATIVE_TOLD.search(before, _last_runs(before, 16))
        if told is None or not told_in_relative(told.group(1), self.lexicon):
            return None
        return told

    def _actor(self, start: int, verb: Span, sentence: Span) -> tuple[Subject | None, Span | None]:
        """Who or what does an event, whose verb phrase starts at ``start`` and whose verb is
        ``verb``: the phrase or pronoun right before the verb phrase."""
        text = self.document.text
        before = text[sentence.start : start]
        relative = _RELATIVE.search(before, _last_runs(before, 3)) or self._relative_told(before)
        if relative is not None:
            # "Inka Marandt, the health minister, who toured the hospital", "the troops, who
            # left": the name or phrase before.
            comma = sentence.start + relative.start()
            found = self.subjects.name_before(comma, sentence.start)
            phrase = next(self.subjects.before(comma + 1), None)
            if found is None and phrase is not None and phrase.span.end == comma:
                found = phrase
            return (found.subject, found.span) if found is not None else (None, None)
        if verb.start == start and before.rstrip().endswith(","):
            # "The regulator's first hearing, set for April 29, will …": a participle set off
            # right after a phrase tells what was done to it.
            subject, span = self._set_off_by_participle(start, verb, sentence)
            if subject is None:
                subject, span = self._doer_before_participle(start, verb, sentence)
            if subject is not None:
                return subject, span
        aside = _NAME_ASIDE.search(before, _last_runs(before, 6))
        if aside is not None:
            # "Kelder's chief executive, Ana Lima, will step down": the name set off is who.
            at = sentence.start + aside.start(1)
            found = self.subjects.name_at(at, sentence.start + aside.end(1))
            if found is not None and found.span.end == sentence.start + aside.end(1):
                return found.subject, found.span
        pronoun = _PRONOUN.search(before, _last_runs(before, 3))
        nearest = next(self.subjects.before(start), None)
        if nearest is not None and nearest.span.start >= sentence.start:
            gap = text[nearest.span.end : start]
            after_pronoun = (
                pronoun is not None and sentence.start + pronoun.start() >= nearest.span.end
            )
            # A comma, a subordinating word or a capitalized word not after a preposition
            # starts another clause or names another subject ("…election, Zelden lost",
            # "troops since the war have left"); "troops in Mali will" does not.
            # A verb of speech between them opens what the speaker said ("Officials said the
            # schools would reopen"): its subject is not the speaker.
            named = _ANOTHER_CLAUSE.search(gap) or not _speech(self.lexicon).isdisjoint(
                gap.lower().split()
            )
            if (
                len(gap.split()) <= 6
                and not named
                and not after_pronoun
                and not self._complement(nearest.span, start, sentence)
            ):
                if _AND.fullmatch(gap):
                    acting = self._verb_acting_on(nearest.span.start, sentence)
                    if acting is not None:
                        # "Norvik Mining laid off 300 workers and shut its plant": the workers
                        # are what the first verb acts on, and the second verb is the first's
                        # subject's.
                        return self._actor(acting.start, acting, sentence)
                return nearest.subject, nearest.span
        # A name that opens the sentence ("Elena Zelden will not run"), with no other subject
        # after it; after the time that opens it, if any ("On Tuesday Tomas Berg stepped down").
        name = self.subjects.opening_name(self._after_fronted_time(sentence, start), start)
        if (
            name is not None
            and (
                nearest is None
                or nearest.span.end <= name.span.start
                # "The plant at Carrow Bay, which employs 610 people, will close": only a place
                # or an aside stands between the name and its verb (see opening_name)
                or name.span.end <= nearest.span.start
                # "People of Averly were told to go": the noun is the name's phrase's
                or name.span.start <= nearest.span.start <= nearest.span.end <= name.span.end
            )
            and self._time_at(name.span) is None
        ):
            return name.subject, name.span
        if pronoun is not None:
            at = sentence.start + pronoun.start()
            resolved = self.subjects.resolve(pronoun.group(1), at)
            if resolved is not None:
                return resolved.subject, trusted_span(at, at + len(pronoun.group(1)))
            if pronoun.group(1).lower() == "it":
                body, span = self._speaker_as_subject(verb, at, "it")
                if body is not None:
                    return body, span
        personal = _PERSONAL.search(before, _last_runs(before, 3))
        if personal is not None:
            at = sentence.start + personal.start()
            return self._speaker_as_subject(verb, at, personal.group(1).lower())
        return None, None

    def _after_fronted_time(self, sentence: Span, verb: int) -> Span:
        """``sentence`` from after the time expression that opens it, with or without a
        preposition and a comma ("On Monday the council approved", "Last week Orrin Freight
        closed"), up to the verb phrase at ``verb``; ``sentence`` when no time opens it."""
        starts = self.time_starts()
        at = bisect.bisect_left(starts, sentence.start)
        if at == len(starts) or starts[at] >= verb:
            return sentence
        time = self.times[at].span
        text = self.document.text
        if _FRONTING.fullmatch(text, sentence.start, time.start) is None:
            return sentence
        after = _AFTER_FRONTED.match(text, time.end, verb)
        return sentence if after is None else trusted_span(after.end(), sentence.end)

    def _complement(self, phrase: Span, start: int, sentence: Span) -> bool:
        """Whether ``phrase`` is the object of a preposition of ``[complements]`` ("an
        inquest into the deaths"), so no subject of the verb phrase at ``start``, unless that
        is an infinitive ("called on the firm to halt the work")."""
        before = self.document.text[sentence.start : phrase.start].rsplit(maxsplit=1)
        if not before or before[-1].lower() not in _complement_openers(self.lexicon):
            return False
        return _INFINITIVE_AHEAD.search(self.document.text, phrase.end, start + 3) is None

    def _verb_acting_on(self, start: int, sentence: Span) -> Span | None:
        """The verb right before the phrase at ``start`` that acts on it ("laid off 300
        workers", "evacuated 300 residents", "has 300 workers", "reported 40 cases"): a form
        of an auxiliary or of an event verb, an irregular past form, a past form in "-ed", or
        a particle after one of them; ``None`` when there is none. (Its caller asks only when
        "and" and another verb phrase follow the phrase: after a verb of speech, then, the
        phrase is no clause of its own either.)"""
        before = self.document.text[sentence.start : start]
        found = _WORDS_BEFORE.search(before, _last_runs(before, 2))
        if found is None:
            return None
        verb, last = found.group("verb", "last")
        if verb is not None and last.lower() in particles(self.lexicon):
            at = found.start("verb")
        else:
            verb, at = last, found.start("last")
        if not _finite(verb, self.lexicon):
            return None
        return trusted_span(sentence.start + at, sentence.start + at + len(verb))

    def _speaker_as_subject(
        self, verb: Span, at: int, pronoun: str
    ) -> tuple[Subject | None, Span | None]:
        """The speaker that "he", "she" or "it" at ``at`` stands for when it opens what the
        speaker said ("Orrin Venhaal said he would stand down", "Halvard Motors said it would
        close its plant"): a person named by the text whose gender, where the text tells it,
        agrees, keyed by the name as a name that opens a sentence is; or, for "it", a body
        named by the text, keyed as its name is where it opens a sentence ("Halvard Motors
        will close its plant"), or the one body of its kind the text named before that "the"
        and its noun stand for ("The company said it would…": :meth:`Subjects.definite_body`),
        not one known only by what it is."""
        text = self.document.text
        attribution = self.voices.attribution_at(verb)
        if (
            attribution is None
            or at < attribution.span.start
            or text[attribution.span.start : at].strip(OPENERS) != ""
        ):
            return None, None
        speaker = attribution.speaker
        span = trusted_span(at, at + len(pronoun))
        if pronoun == "it":
            if speaker.kind is not SpeakerKind.ORGANIZATION:
                return None, None
            cue = attribution.cue
            named = text.find(speaker.name, cue.start, cue.end)
            body = self.subjects.name_at(named, cue.end) if named >= 0 else None
            said = text.find(attribution.verb, cue.start, cue.end) if attribution.verb else -1
            if body is None and said >= 0:
                # "The company said it would": the one company the text named before
                body = self.subjects.definite_body(self.sentence(cue), said)
            return (body.subject, span) if body is not None else (None, None)
        # The gender the text tells of the speaker (Voices.genders: "He said he would stay",
        # "announced in his speech that he would"); "Andy Martin said she would run" is about
        # someone else.
        told = self.voices.genders.get(speaker.key)
        if speaker.kind is not SpeakerKind.PERSON or speaker.role_only or told != _GENDERS[pronoun]:
            return None, None
        return Subject(key=speaker.name, text=span.slice(text), owner=speaker.name), span

    def _modifies(self, span: Span) -> bool:
        """Whether the name at ``span`` modifies a noun after it ("end US presidential
        campaigns"): then the object is that noun's phrase, not the name."""
        words = self.segments.words
        after = words.at(span.end)
        if after >= len(words) or not words.text[span.end : words.starts[after]].isspace():
            return False
        word = words.written[after]
        sides, near = _around_words(self.lexicon)
        read = time_grammar(self.lexicon).vocabulary.get(word)
        return (
            word.islower()
            and word not in function_words(self.lexicon)
            and word not in particles(self.lexicon)
            # "burst through the Dallow levee just after midnight", "early on Friday",
            # "shortly after": words that bring a time near or qualify it
            and word not in near
            and word not in sides
            and (read is None or read[0] not in _TIME_QUALIFIERS)
            # "will shut the Lowick works early next year": a time is no noun
            and self._time_at(trusted_span(words.starts[after], words.ends[after])) is None
        )

    def quotes(self) -> list[QuoteClaim]:
        claims: list[QuoteClaim] = []
        text = self.document.text
        for quote in self.voices.quotes:
            words = quote.content.slice(text).strip()
            # Counting up to the least is enough: a quote can be a whole speech.
            if len(words.split(maxsplit=MIN_QUOTE_WORDS - 1)) < MIN_QUOTE_WORDS:
                continue
            attribution = self.voices.quote_attribution(quote)
            claims.append(
                trusted(
                    QuoteClaim,
                    {
                        "document": self.document.id,
                        "span": quote.content,
                        "text": words,
                        "sentence": self.sentence(quote.content),
                        "speaker": attribution.speaker if attribution is not None else None,
                        "reference": self.anchoring(quote.content)[1],
                        "quote": words,
                    },
                )
            )
        return claims


#: The words after which a figure with a noun of its own is what a noun of ``part_nouns``
#: before it counts: "the death toll rose to 22 people", "a toll of 22 people".
_PART_LINKS = frozenset({"to", "at", "of"})
#: Words after a number that are no noun it counts: "killed 12 more", "killed 12 overnight".
_NOT_COUNTED = frozenset(
    {"more", "others", "other", "overnight", "again", "apiece", "altogether", "outright"}
)
#: Words that may stand between a toll's number and the word of its part: "12 were confirmed
#: dead", "nine have since died".
_TOLL_LINKS = frozenset(
    {
        "were",
        "was",
        "are",
        "is",
        "have",
        "has",
        "had",
        "been",
        "being",
        "be",
        "confirmed",
        "reported",
        "reportedly",
        "also",
        "since",
        "later",
        "now",
        "all",
        "believed",
        "feared",
        "presumed",
        "known",
    }
)

#: ``AmountClaim(...)`` and ``EventClaim(...)`` from their fields in order (document, span,
#: text, sentence, subject, speaker, reference, window, then those of the class), made as
#: :func:`~factcheck._model.trusted` makes them: a claim per amount and per event, without a
#: dict of its fields to build and walk. A test pins the order of the fields.
_BUILD_AMOUNT_CLAIM = trusted_builder(AmountClaim)
_BUILD_EVENT_CLAIM = trusted_builder(EventClaim)


def _last_runs(text: str, count: int) -> int:
    """Where the last ``count`` runs of non-space characters of ``text`` begin (0 if there are
    no more): a pattern anchored at the end that spans at most that many runs need not be
    tried before."""
    pieces = text.rsplit(None, count)
    if len(pieces) <= count:
        return 0
    return text.index(pieces[1], len(pieces[0]))


def _money(amount: Amount) -> bool:
    """Whether an amount is a sum of money: in a currency of units.toml, or in one its text
    shows to be a currency (see ``[told_currencies]``)."""
    dimensions = amount.low.dimensionality
    return len(dimensions) == 1 and next(iter(dimensions)).startswith("[currency_")


def _money_per_time(amount: Amount) -> bool:
    """Whether an amount is a sum of money per a time ("$5 billion a year")."""
    dimensions = amount.low.dimensionality
    return dimensions.get("[time]") == -1 and any(
        name.startswith("[currency_") for name in dimensions
    )


def _names_the_unit(mention: AmountMention, found: SubjectMention) -> bool:
    """Whether the head noun of a subject phrase is a word of an amount's unit of another
    kind, and so nothing the amount counts: the "points" of "0.3 percentage points" or "25
    basis points" (counted points are a score's)."""
    kind, unit = found.kind, mention.amount.unit
    return (
        kind is not None
        and unit != "dimensionless"
        # A count of the kind, or a rate of it ("400 workers a day"), measures the kind.
        and f"[{kind}]" not in mention.amount.low.dimensionality
        and mention.span.start <= found.head.start
        and found.head.end <= mention.span.end
    )


def _in_tense(window: TimeWindow | None, tense: Tense, reference: dt.datetime | None) -> bool:
    """Whether an event in ``tense``, told at ``reference``, may happen in ``window``: not
    in the past wholly after the reference, nor in the future wholly before it."""
    if window is None or reference is None:
        return True
    if tense is Tense.PAST:
        return not (isinstance(window.earliest, dt.datetime) and window.earliest > reference)
    if tense is Tense.FUTURE:
        return not (isinstance(window.latest, dt.datetime) and window.latest < reference)
    return True


def _past_verb(verb: str, lexicon: Lexicon) -> bool:
    """Whether a verb is a past form or a past participle ("said", "told", "held"). After a
    speech verb in the past, "would" is a "will"."""
    lower = verb.lower()
    return lower.endswith("ed") or lower in past_forms(lexicon)
