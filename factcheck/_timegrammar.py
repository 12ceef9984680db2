"""The vocabulary of time expressions: the ``time`` tables of a lexicon, and the tokenizer.

:func:`time_grammar` compiles, once per lexicon, what the time finder needs to read text: a
trigger pattern for the words only time expressions use, patterns that extend a trigger to the
run of time vocabulary around it, and a tokenizer that turns such a run into :class:`Token`\\ s.
Each token carries a one-character code (:data:`CODES`) that the rules of ``_timerules`` match.

The patterns run on the lower-cased text (same offsets as the original); the tokenizer looks at
the original only to check capitals.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, NamedTuple

import attrs

from factcheck._hedges import Tolerance, tolerances
from factcheck._lexicon import Lexicon
from factcheck._model import Hedge
from factcheck._numbers import NumberGrammar, number_grammar
from factcheck._timecalendar import Kind, Offset, Season, parse_offset
from factcheck._words import function_words, inverted_verbs

__all__ = [
    "CODES",
    "DayPart",
    "DayWord",
    "Holiday",
    "PeriodPart",
    "TimeGrammar",
    "Token",
    "Vague",
    "time_grammar",
]

#: Token codes by the name the rules use for them. A name with several characters matches any.
CODES = {
    "month": "M",
    "weekday": "W",
    "weekdays": "w",
    "unit": "U2",
    "units": "u",
    "focus": "f",
    "daypart": "P",
    "dayparts": "8",
    "dayword": "T",
    "season": "S",
    "holiday": "H",
    "setword": "Q",
    "vague": "V",
    "year": "Y",
    "day": "D",
    "number": "NDY",
    "count": "NDYa",
    "blur": "b",
    "ordinal": "O2",
    "dayord": "DO",
    "iso": "I",
    "clock": "C",
    "ampm": "A",
    "zone": "Z",
    "decade": "J",
    "qcode": "K",
    "last": "L",
    "next": "X",
    "this": "R",
    "that": "F",
    "latest": "3",
    "year_ago": "x",
    "ago": "G",
    "earlier": "e",
    "later": "l",
    "before": "B",
    "after": "q",
    "every": "k",
    "times": "j",
    "fiscal": "c",
    "more": "m",
    "ending": "v",
    "within": "i",
    "since": "s",
    "until": "z",
    "prep": "p",
    "range": "r",
    "between": "4",
    "part": "E",
    "partnoun": "d",
    "old": "g",
    "the": "t",
    "a": "a",
    "of": "o",
    "and": "n",
    "comma": ",",
    "poss": "$",
    "hedge": "h",
    "posthedge": "y",
    "other": "?",
}

#: Roles of [words] in the time table, and their codes.
_ROLE_CODES = {
    "last": "L",
    "next": "X",
    "this": "R",
    "that": "F",
    "latest": "3",
    "year_ago": "x",
    "ago": "G",
    "earlier": "e",
    "later": "l",
    "before": "B",
    "after": "q",
    "every": "k",
    "times": "j",
    "fiscal": "c",
    "whole": "c",
    "more": "m",
    "ending": "v",
    "within": "i",
    "since": "s",
    "until": "z",
    "prepositions": "p",
    "range": "r",
    "between": "4",
    "old": "g",
}

#: The decade index of the 1900s: a decade named without its century ("the '90s", "the
#: nineties") is one of the twentieth century's.
_TWENTIETH_CENTURY_DECADES = 190

#: English structure words the rules need, with their codes.
_STRUCTURE = {"the": "t", "a": "a", "an": "a", "another": "a", "of": "o", "and": "n", "'s": "$"}

#: Common words of vague phrases that would start too many fruitless looks on their own (the
#: phrases have other words that start one: "very soon", "as soon as possible").
_TOO_COMMON = frozenset(("as", "very", "right", "just", "to", "these", "most", "one", "is"))


_UNIT_KINDS = {
    "day": Kind.DAY,
    "weekend": Kind.WEEKEND,
    "week": Kind.WEEK,
    "month": Kind.MONTH,
    "quarter": Kind.QUARTER,
    "half": Kind.HALF,
    "year": Kind.YEAR,
    "decade": Kind.DECADE,
    "century": Kind.CENTURY,
    "hour": Kind.HOUR,
    "minute": Kind.MINUTE,
}


class Token(NamedTuple):
    """A word or symbol of a time expression: its code, offsets, lower-cased text and value."""

    code: str
    start: int
    end: int
    text: str
    value: Any


@attrs.frozen(kw_only=True, cache_hash=True)
class DayPart:
    """A part of the day ("morning"): its TimeML code and hours, or a clock time ("noon")."""

    timex: str | None = None
    start_hour: float = 0.0
    end_hour: float = 24.0
    clock: tuple[int, int] | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class DayWord:
    """A deictic day ("yesterday"): days from the reference day, and a part of that day."""

    offset: int
    part: DayPart | None = None


@attrs.frozen(kw_only=True, cache_hash=True)
class PeriodPart:
    """A word for part of a period ("early", "the end of"): TimeML mod and fractions covered."""

    mod: str
    start: float
    end: float
    noun: bool = False


@attrs.frozen(kw_only=True, cache_hash=True)
class Vague:
    """A vague time word's TimeML annotation (if any) and its window around the reference."""

    timex: str | None
    type: str
    start: Offset | None
    end: Offset | None
    #: Whether, right next to a verb in the past, it tells a time of the story ("was soon
    #: released", "soon became"), not one from the reference.
    story: bool = False


_WEEKDAY_CODES = {"MO": 1, "TU": 2, "WE": 3, "TH": 4, "FR": 5, "SA": 6, "SU": 7}
_HOLIDAY = re.compile(
    r"(?P<month>\d\d)-(?:(?P<day>\d\d)|(?P<weekday>MO|TU|WE|TH|FR|SA|SU)-(?P<nth>[1-5]|L)"
    r"(?P<shift>[+-]\d+)?)|easter(?P<easter_shift>[+-]\d+)?"
)


@attrs.frozen(kw_only=True, cache_hash=True)
class Holiday:
    """A holiday's date rule (see the ``holidays`` table of ``time.toml``)."""

    rule: str

    def date_in(self, year: int) -> dt.date | None:
        """The holiday's date in ``year``, or ``None`` if the rule gives none."""
        match = _HOLIDAY.fullmatch(self.rule)
        if match is None:
            return None
        if match.group("month") is None:
            return _easter(year) + dt.timedelta(days=int(match.group("easter_shift") or 0))
        month = int(match.group("month"))
        if match.group("day"):
            return dt.date(year, month, int(match.group("day")))
        weekday = _WEEKDAY_CODES[match.group("weekday")]
        first = dt.date(year, month, 1)
        day = first + dt.timedelta(days=(weekday - first.isoweekday()) % 7)
        if match.group("nth") == "L":
            while (day + dt.timedelta(days=7)).month == month:
                day += dt.timedelta(days=7)
        else:
            day += dt.timedelta(days=7 * (int(match.group("nth")) - 1))
        return day + dt.timedelta(days=int(match.group("shift") or 0))


def _easter(year: int) -> dt.date:
    # The anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _trie_pattern(words: Iterable[str]) -> str:
    """A compact alternation of ``words`` (longest match first), a space matching any blanks.

    Alternations of hundreds of words cost a regular expression engine a test per word at every
    position; as a trie they cost a test per character.
    """
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [
            (r"\s+" if char == " " else re.escape(char)) + emit(child)
            for char, child in sorted(node.items())
            if char
        ]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(trie)


def _list(lexicon: Lexicon, keys: tuple[str, ...], value: object) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise lexicon.error(("time", *keys), f"must be a list of words, got {value!r}")
    return [" ".join(item.lower().split()) for item in value]


def _table(lexicon: Lexicon, name: str) -> Mapping[str, Any]:
    table = lexicon.table("time").get(name, {})
    if not isinstance(table, Mapping):
        raise lexicon.error(("time", name), "must be a table")
    return table


def _offset(lexicon: Lexicon, keys: tuple[str, ...], value: object) -> Offset | None:
    if value is None:
        return None
    offset = parse_offset(value) if isinstance(value, str) else None
    if offset is None:
        raise lexicon.error(("time", *keys), f"must be an ISO 8601 duration, got {value!r}")
    return offset


def _numbered(lexicon: Lexicon, name: str, top: int) -> dict[int, Any]:
    numbered: dict[int, Any] = {}
    for key, value in _table(lexicon, name).items():
        if not key.isdigit() or not 1 <= int(key) <= top:
            raise lexicon.error(("time", name, key), f"must be a number from 1 to {top}")
        numbered[int(key)] = value
    return numbered


def _hours(lexicon: Lexicon, keys: tuple[str, ...], entry: Mapping[str, Any]) -> DayPart:
    if "clock" in entry:
        clock = re.fullmatch(r"(\d{1,2}):(\d\d)", str(entry["clock"]))
        if clock is None or int(clock.group(1)) > 24 or int(clock.group(2)) > 59:
            raise lexicon.error(("time", *keys, "clock"), "must be a time such as '12:00'")
        return DayPart(clock=(int(clock.group(1)), int(clock.group(2))))
    hours = entry.get("hours")
    if (
        not isinstance(hours, list)
        or len(hours) != 2
        or not all(isinstance(h, int | float) and not isinstance(h, bool) for h in hours)
        or not 0 <= hours[0] < hours[1] <= 48
    ):
        raise lexicon.error(
            ("time", *keys, "hours"), "must be [from, to] with 0 <= from < to <= 48"
        )
    timex = entry.get("timex")
    return DayPart(timex=str(timex), start_hour=float(hours[0]), end_hour=float(hours[1]))


@attrs.frozen(kw_only=True, eq=False)
class TimeGrammar:
    """The compiled vocabulary of time expressions of one lexicon.

    ``vocabulary`` maps each word or phrase to its code and value. The patterns expect the
    lower-cased text.
    """

    numbers: NumberGrammar
    tolerances: Mapping[Hedge, Tolerance]
    vocabulary: Mapping[str, tuple[str, Any]]
    capitalized: frozenset[str]
    #: Months that are also people's names, and what tells the name (see ``time.toml``):
    #: the lexicon's function words and the speech verbs that follow a name.
    personal_months: frozenset[str]
    function_words: frozenset[str]
    name_verbs: frozenset[str]
    vague: Mapping[str, Vague]
    period_parts: Mapping[str, PeriodPart]
    bare_plural: tuple[float, float]
    #: How far, in lengths of its period, the window of "N units ago" reaches past that period.
    ago_spread: float
    numeric_date_order: str
    trigger: re.Pattern[str]
    digit_trigger: re.Pattern[str]
    #: A looser ``trigger`` and ``digit_trigger`` in one pattern that the engine can scan for
    #: quickly (see :meth:`next_trigger`).
    trigger_scan: re.Pattern[str]
    #: The first characters of triggers that start with a character outside words ("'til").
    odd_starts: frozenset[str]
    #: The first characters of triggers, but digits: those of trigger words, "q" ("q3"), and
    #: the apostrophe ("'90s").
    trigger_starts: frozenset[str]
    run_forward: re.Pattern[str]
    run_backward: re.Pattern[str]
    tokenizer: re.Pattern[str]
    #: ``tokenizer`` without ``re.IGNORECASE``, for text all in ASCII: the same matches there
    #: (the text is lower-cased, and the pattern has no capitals), a third faster.
    ascii_tokenizer: re.Pattern[str]
    tense: re.Pattern[str]
    #: A count and a plural noun it counts, ending where the pattern is told to end ("four new
    #: flights ", "hundreds of interviews ").
    count_before: re.Pattern[str]
    #: The code and value of each token other than a word seen (see :meth:`_value_of`).
    values: dict[tuple[str, str], tuple[str, Any]] = attrs.field(factory=dict)

    def tense_cues(self, lowered: str, start: int, end: int) -> Iterator[re.Match[str]]:
        """The words of ``lowered[start:end]`` that show a tense, each a match of ``tense``
        whose group names it. Past forms after "be" or "have" are participles, "-ed" words
        after an article adjectives ("the planned trip", "a still undecided day"), and a verb
        after "to" an infinitive ("to meet demand"), which has no tense: all are left out."""
        for cue in self.tense.finditer(lowered, start, end):
            at = cue.start()
            group = cue.lastgroup
            if lowered.endswith(_INFINITIVE, max(0, at - 4), at):
                continue
            if group in _PAST_CUES and self.after_auxiliary(lowered, at):
                continue
            if group == "past_ed" and _ADJECTIVE_PLACE.search(lowered, max(0, at - 24), at):
                continue
            yield cue

    def tenses_shown(self, lowered: str, start: int, end: int) -> frozenset[str]:
        """The tenses the words of ``lowered[start:end]`` show (:meth:`tense_cues`): "past"
        for any past form, else the group's name; an infinitive shows none."""
        groups = {cue.lastgroup or "" for cue in self.tense_cues(lowered, start, end)}
        return frozenset("past" if group in _PAST_CUES else group for group in groups) - {
            "infinitive"
        }

    @staticmethod
    def after_auxiliary(lowered: str, at: int) -> bool:
        """Whether a form of "be" or "have" ends right before ``at``: a past form there is a
        participle ("is expected", "has paid"), which shows no tense of its own; so is one
        after a verb of staying, an adjective there ("will stay closed")."""
        return lowered.endswith(_AUXILIARIES, max(0, at - _AUXILIARY_REACH), at)

    def next_trigger(self, lowered: str, start: int = 0) -> re.Match[str] | None:
        """The first match of ``trigger`` or ``digit_trigger`` in ``lowered`` at or after
        ``start``; of ``digit_trigger`` when both start at one place.

        A search for ``trigger`` itself tries every position of the text, as it starts with a
        word boundary. ``trigger_scan`` starts with one character outside a-z instead, which
        lets the engine skip from one such character to the next, in one pass for both kinds:
        there it matches wherever ``digit_trigger`` does (from that character), and wherever
        ``trigger`` may (after that character); ``trigger`` then decides.
        """
        digit, word = self.digit_trigger.match, self.trigger.match
        # The reader asks from the end of a run, nearly always a blank or a stop: there, no
        # trigger starts, which one look at the character says without two matches.
        head = lowered[start : start + 1]
        if head in self.trigger_starts or head.isdecimal():
            found = digit(lowered, start) or word(lowered, start)
            if found is not None:
                return found
        search, odd = self.trigger_scan.search, self.odd_starts
        position = start
        while (candidate := search(lowered, position)) is not None:
            at = candidate.start()
            if candidate.start("digits") >= 0:
                return digit(lowered, at)
            # A trigger that starts outside a word ("'til") starts with the character found.
            if odd and lowered[at] in odd:
                found = word(lowered, at)
                if found is not None:
                    return found
            found = word(lowered, at + 1)
            if found is not None:
                return found
            position = at + 1
        return None

    def tokens(self, text: str, lowered: str, start: int, end: int) -> list[Token]:
        """The tokens of ``text[start:end]`` (``lowered`` is ``text.lower()``)."""
        tokens: list[Token] = []
        match = (self.ascii_tokenizer if lowered.isascii() else self.tokenizer).match
        vocabulary, capitalized = self.vocabulary, self.capitalized
        hyphens = False
        position = start
        while position < end:
            found = match(lowered, position, end)
            if found is None:  # only blanks are left
                break
            kind = found.lastgroup or "other"  # every branch is a group
            if kind == "word":  # most tokens: read here, without the calls of _token
                word_start, position = found.span(kind)
                word = found.group(kind)
                if not word.isalpha():  # a phrase, whose blanks are made one space
                    word = " ".join(word.split())
                code, value = vocabulary.get(word, _UNKNOWN)
                # A name in lower case ("march"), or the verb "last", is no time word.
                if (word in capitalized and not text[word_start].isupper()) or (
                    code == "L" and self._verb_last(lowered, word_start, position)
                ):
                    code, value = _UNKNOWN
                tokens.append(_new_token(Token, (code, word_start, position, word, value)))
                continue
            token_start, token_end = found.span(kind)
            word = found.group(kind)
            code, value = self._value_of(kind, word)
            token = _new_token(Token, (code, token_start, token_end, word, value))
            article = _ARTICLE.match(word) if kind == "number" else None
            if article and (
                token.code == "?" or token.text[article.end() :] in self.numbers.ordinals
            ):
                # "a five year low", "a third-quarter loss": the article is not part of the
                # number when the number means nothing with it, or is an ordinal.
                size = len(article.group().rstrip())
                tokens.append(Token("a", token.start, token.start + size, "a", None))
                position = token.start + article.end()
                continue
            unit = _TRAILING_WORD.search(token.text) if kind == "number" else None
            if (
                unit is not None
                and unit.start() > 0
                and self.vocabulary.get(unit.group(), ("",))[0] == "u"
                and not _PART_OF.match(lowered, found.end())
            ):
                # "the past two quarters", "two quarters of 1990": a count and a unit, not the
                # fraction 2/4 (which "two quarters of the vote" is).
                shorter = match(lowered, position, token.start + unit.start())
                if shorter is not None:
                    kind, found = shorter.lastgroup or "other", shorter
                    token = self._token(text, kind, *found.span(kind), found.group(kind))
            position = found.end()
            hyphens = hyphens or token.code == "-"
            tokens.append(token)
        return _merge_hyphens(tokens) if hyphens else tokens

    def look_back(self, lowered: str, start: int) -> int:
        """How many characters before a run starting at ``start`` its tokens depend on: one
        (the tokenizer's), or the reach of :meth:`_verb_last` before a word of the role
        "last"."""
        word = _NEXT_WORD.match(lowered, start - 1) if start else None
        if word is not None and self.vocabulary.get(word.group(1), _UNKNOWN)[0] == "L":
            return _VERB_REACH
        return 1

    def _verb_last(self, lowered: str, start: int, end: int) -> bool:
        """Whether the word of the role "last" at ``lowered[start:end]`` is the verb "last": after
        "to" or a modal, and before no word of the calendar ("is set to last 45 days", "will
        last until March"; not "compared to last year", "to last Tuesday's vote")."""
        if not lowered.endswith(_BEFORE_VERB, max(0, start - _VERB_REACH), start):
            return False
        following = _NEXT_WORD.match(lowered, end)
        if following is None:
            return True
        return self.vocabulary.get(following.group(1), _UNKNOWN)[0] not in _CALENDAR_CODES

    def _value_of(self, kind: str, word: str) -> tuple[str, Any]:
        """The code and value of a token of ``kind`` other than a word (numbers, dates, clock
        times: they depend on the token's text alone), remembered: texts repeat them ("2019",
        "10 a.m.")."""
        known = self.values.get((kind, word))
        if known is None:
            if len(self.values) >= _VALUES_KEPT:
                self.values.clear()
            token = self._token("", kind, 0, len(word), word)
            known = self.values[(kind, word)] = (token.code, token.value)
        return known

    def _token(self, text: str, kind: str, start: int, end: int, word: str) -> Token:
        if kind == "word":
            word = " ".join(word.split())
            code, value = self.vocabulary.get(word, ("?", None))
            if word in self.capitalized and not text[start].isupper():
                code, value = "?", None
            return Token(code, start, end, word, value)
        if kind == "number":
            return self._number(start, end, word)
        if kind == "ordinal":
            return Token("O", start, end, word, int(word[:-2]))
        if kind == "clock":
            hour, minute = re.split("[:.]", word)[:2]  # "4:12", "4.12am"
            return Token("C", start, end, word, (int(hour), int(minute)))
        if kind == "ampm":
            return Token("A", start, end, word, word.startswith("p"))
        if kind == "iso":
            return self._iso(start, end, word)
        if kind == "mixed":
            whole, fraction = word.split()
            numerator, denominator = fraction.split("/")
            return Token("N", start, end, word, int(whole) + int(numerator) / int(denominator))
        if kind == "numeric":
            return self._numeric_date(start, end, word)
        if kind == "decade":
            digits = word.strip("'’s")
            decade = int(digits) // 10
            if len(digits) != 4:
                decade += _TWENTIETH_CENTURY_DECADES
            return Token("J", start, end, word, decade)
        if kind == "qcode":
            return Token("K", start, end, word, int(word.strip("q")))
        if kind == "hyphen":
            return Token("-", start, end, word, None)
        if kind == "comma":
            return Token(",", start, end, word, None)
        return Token("?", start, end, word, None)

    def _number(self, start: int, end: int, word: str) -> Token:
        if word in self.vocabulary:  # a number word that is also a unit: "half"
            code, unit = self.vocabulary[word]
            return Token(code, start, end, word, unit)
        value = self.numbers.value(word)
        if value is None:
            year = self._spelled_year(word)
            if year is not None:
                return Token("Y", start, end, word, year)
            return Token("?", start, end, word, None)
        if word.isdigit():
            if len(word) == 4 and 1000 <= value <= 2999:
                return Token("Y", start, end, word, int(value))
            if len(word) <= 2 and 1 <= value <= 31:
                return Token("D", start, end, word, int(value))
        return Token("N", start, end, word, value)

    def _spelled_year(self, word: str) -> int | None:
        """The year of "nineteen ninety-six" (hundreds, then the rest), or ``None``."""
        words = word.replace("-", " ").split()
        for cut in range(1, len(words)):
            hundreds = self.numbers.value(" ".join(words[:cut]))
            rest = self.numbers.value(" ".join(words[cut:]))
            if (
                hundreds is not None
                and rest is not None
                and 10 <= hundreds <= 20
                and 10 <= rest <= 99
                and hundreds == int(hundreds)
                and rest == int(rest)
            ):
                return int(hundreds * 100 + rest)
        return None

    def _iso(self, start: int, end: int, word: str) -> Token:
        try:
            value: dt.datetime | dt.date = (
                dt.datetime.fromisoformat(word.upper())
                if "t" in word
                else dt.date.fromisoformat(word)
            )
        except ValueError:
            return Token("?", start, end, word, None)
        return Token("I", start, end, word, value)

    def _numeric_date(self, start: int, end: int, word: str) -> Token:
        parts = [int(part) for part in re.split(r"[/.]", word)]
        if len(str(parts[0])) == 4 or word.index("/") == 4:
            year, month, day = parts
        elif self.numeric_date_order == "DMY":
            day, month, year = parts
        else:
            month, day, year = parts
        if year < 100:
            year += 1900 if year >= 50 else 2000
        try:
            return Token("I", start, end, word, dt.date(year, month, day))
        except ValueError:
            return Token("?", start, end, word, None)


#: Makes a token without the keyword handling of ``Token.__new__``.
_new_token = tuple.__new__
#: How many token values :meth:`TimeGrammar._value_of` keeps before it starts again.
_VALUES_KEPT = 65536
_UNKNOWN = ("?", None)
_ARTICLE = re.compile(r"an?\s+")
#: "of" and what a fraction is of ("two quarters of the vote"), unless it is a year.
_PART_OF = re.compile(r"\s*of\b(?!\s+(?:fiscal\s+)?\d)")
_TRAILING_WORD = re.compile(r"[a-z]+$")


def _merge_hyphens(tokens: list[Token]) -> list[Token]:
    """Drop hyphens inside compounds ("mid-February", "five-year"); a hyphen between two
    numbers is a range ("60-100 days")."""
    merged: list[Token] = []
    for index, token in enumerate(tokens):
        if token.code != "-":
            merged.append(token)
            continue
        before = tokens[index - 1] if index else None
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        if (
            before is not None
            and after is not None
            and before.code in "NDY"
            and after.code in "NDYa"
        ):
            merged.append(token._replace(code="r"))
    return merged


def _read_vague(lexicon: Lexicon) -> dict[str, Vague]:
    vague: dict[str, Vague] = {}
    for phrase, entry in _table(lexicon, "vague").items():
        keys = ("vague", phrase)
        if not isinstance(entry, Mapping):
            raise lexicon.error(("time", *keys), "must be a table with timex, from and to")
        unknown = set(entry) - {"timex", "type", "from", "to", "story"}
        if unknown:
            raise lexicon.error(("time", *keys), f"unknown keys {sorted(unknown)}")
        kind = entry.get("type", "DATE")
        if kind not in ("DATE", "TIME", "DURATION", "SET"):
            raise lexicon.error(("time", *keys, "type"), f"must be a TimeML type, got {kind!r}")
        start = _offset(lexicon, (*keys, "from"), entry.get("from"))
        end = _offset(lexicon, (*keys, "to"), entry.get("to"))
        timex = entry.get("timex")
        story = entry.get("story", False)
        if not isinstance(story, bool):
            raise lexicon.error(("time", *keys, "story"), f"must be true or false, got {story!r}")
        vague[" ".join(phrase.lower().split())] = Vague(
            timex=None if timex is None else str(timex),
            type=kind,
            start=start,
            end=end,
            story=story,
        )
    return vague


def _read_parts(lexicon: Lexicon) -> dict[str, PeriodPart]:
    parts: dict[str, PeriodPart] = {}
    for word, entry in _table(lexicon, "period_parts").items():
        keys = ("time", "period_parts", word)
        fractions = entry.get("part") if isinstance(entry, Mapping) else None
        if (
            not isinstance(fractions, list)
            or len(fractions) != 2
            or not all(isinstance(f, int | float) and not isinstance(f, bool) for f in fractions)
            or not 0 <= fractions[0] < fractions[1] <= 1
        ):
            raise lexicon.error(keys, "must have part = [from, to] with 0 <= from < to <= 1")
        parts[word.lower()] = PeriodPart(
            mod=str(entry.get("mod", "")),
            start=float(fractions[0]),
            end=float(fractions[1]),
            noun=bool(entry.get("noun", False)),
        )
    return parts


def _read_seasons(lexicon: Lexicon) -> dict[str, Season]:
    seasons: dict[str, Season] = {}
    for word, entry in _table(lexicon, "seasons").items():
        months = entry.get("months") if isinstance(entry, Mapping) else None
        if (
            not isinstance(months, list)
            or len(months) != 2
            or not all(isinstance(m, int) and 1 <= m <= 12 for m in months)
            or "timex" not in entry
        ):
            raise lexicon.error(("time", "seasons", word), "must have timex and months = [a, b]")
        seasons[word.lower()] = Season(
            timex=str(entry["timex"]), first_month=months[0], last_month=months[1]
        )
    return seasons


def _read_units(lexicon: Lexicon) -> dict[str, tuple[str, tuple[str, bool]]]:
    words: dict[str, tuple[str, tuple[str, bool]]] = {}
    for unit, entry in _table(lexicon, "units").items():
        if unit not in (*_UNIT_KINDS, "second", "fortnight", "millennium"):
            raise lexicon.error(("time", "units", unit), "is not a unit factcheck knows")
        if not isinstance(entry, Mapping):
            raise lexicon.error(("time", "units", unit), "must have singular and plural lists")
        for number, code in (("singular", "U"), ("plural", "u")):
            for word in _list(lexicon, ("units", unit, number), entry.get(number, [])):
                words[word] = (code, (unit, number == "plural"))
    return words


def _vocabulary(lexicon: Lexicon, numbers: NumberGrammar) -> dict[str, tuple[str, Any]]:
    """Every time word and phrase, with its code and value; later tables win over earlier."""
    words: dict[str, tuple[str, Any]] = {}
    for ordinal, value in numbers.ordinals.items():
        words[ordinal] = ("O", int(value))
    for word, entry in _read_units(lexicon).items():
        # "second" is a unit and an ordinal; the rules read it as either.
        words[word] = ("2", entry[1]) if word in words and entry[0] == "U" else entry
    for month, names in _numbered(lexicon, "months", 12).items():
        for word in _list(lexicon, ("months", str(month)), names):
            words[word] = ("M", month)
    for tens, names in _numbered(lexicon, "decades", 9).items():
        for word in _list(lexicon, ("decades", str(tens)), names):
            words[word] = ("J", _TWENTIETH_CENTURY_DECADES + tens)  # as "'90s" is read
    for weekday, entry in _numbered(lexicon, "weekdays", 7).items():
        if not isinstance(entry, Mapping):
            raise lexicon.error(("time", "weekdays", str(weekday)), "must have names and plural")
        names = _list(lexicon, ("weekdays", str(weekday), "names"), entry.get("names", []))
        for word in names:
            words[word] = ("W", weekday)
        for word in _list(lexicon, ("weekdays", str(weekday), "plural"), entry.get("plural", [])):
            words[word] = ("w", weekday)
    for word, entry in _table(lexicon, "parts_of_day").items():
        if not isinstance(entry, Mapping):
            raise lexicon.error(("time", "parts_of_day", word), "must be a table")
        hours = _hours(lexicon, ("parts_of_day", word), entry)
        words[" ".join(word.lower().split())] = ("P", hours)
        for plural in _list(lexicon, ("parts_of_day", word, "plural"), entry.get("plural", [])):
            words[plural] = ("8", hours)
    for word, entry in _table(lexicon, "days").items():
        offset = entry.get("offset") if isinstance(entry, Mapping) else None
        if not isinstance(offset, int) or isinstance(offset, bool):
            raise lexicon.error(("time", "days", word), "must have a whole number offset")
        part = entry.get("part")
        day_part = words.get(str(part).lower(), (None, None))[1] if part is not None else None
        if part is not None and not isinstance(day_part, DayPart):
            raise lexicon.error(("time", "days", word, "part"), f"unknown part of day {part!r}")
        words[word.lower()] = ("T", DayWord(offset=offset, part=day_part))
    for word, season in _read_seasons(lexicon).items():
        words[word] = ("S", season)
    for phrase, rule in _table(lexicon, "holidays").items():
        if not isinstance(rule, str) or _HOLIDAY.fullmatch(rule) is None:
            raise lexicon.error(("time", "holidays", phrase), f"is not a holiday rule: {rule!r}")
        words[" ".join(phrase.lower().split())] = ("H", Holiday(rule=rule))
    for word, value in _table(lexicon, "sets").items():
        words[word.lower()] = ("Q", str(value))
    for word in _list(
        lexicon, ("focus_nouns", "words"), _table(lexicon, "focus_nouns").get("words", [])
    ):
        words[word] = ("f", None)
    for word in _list(lexicon, ("zones", "words"), _table(lexicon, "zones").get("words", [])):
        words[word] = ("Z", None)
    for word, part in _read_parts(lexicon).items():
        words[word] = ("d" if part.noun else "E", part)
    for kind, hedge in lexicon.table("hedges").items():
        if isinstance(hedge, Mapping):
            for word in hedge.get("words", []):
                words[" ".join(str(word).lower().split())] = ("h", kind)
            for word in hedge.get("after", []):
                words[" ".join(str(word).lower().split())] = ("y", kind)
    for blur, blur_range in numbers.vague.items():
        words[blur] = ("b", blur_range)
    roles = _table(lexicon, "words")
    role_words = {
        word: (code, role)
        for role, code in _ROLE_CODES.items()
        for word in _list(lexicon, ("words", role), roles.get(role, []))
    }
    for phrase in _read_vague(lexicon):
        parts = phrase.split()
        # A phrase made only of words that build other expressions ("the past", "at present")
        # is left to the rules, or it would swallow "the past two months".
        known = {*words, *role_words, *_STRUCTURE}
        if len(parts) == 1 or not all(part in known for part in parts):
            words[phrase] = ("V", None)
    words.update(role_words)
    not_time = _table(lexicon, "not_time").get("phrases", [])
    for phrase in _list(lexicon, ("not_time", "phrases"), not_time):
        words[phrase] = ("?", None)
    for word, code in _STRUCTURE.items():
        words[word] = (code, None)
    return words


def _tense_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    table = _table(lexicon, "tense")
    groups = []
    for name in ("future", "planned", "present", "perfect", "held", "past"):
        phrases = _list(lexicon, ("tense", name), table.get(name, []))
        groups.append(f"(?P<{name}>{_trie_pattern(phrases) if phrases else '(?!)'})")
    # "to" before a verb; not after the words that make it a preposition ("according to").
    not_infinitive = _list(lexicon, ("tense", "not_infinitive"), table.get("not_infinitive", []))
    # The look-behinds follow "to", so that only a "to" pays for them.
    after_to = "".join(rf"(?<!\b{re.escape(word)} to)" for word in not_infinitive)
    groups.append(f"(?P<infinitive>to{after_to})")
    # Regular past forms end in -ed and need no listing; the words in -ed that are no past
    # form ("succeed", "hundred") are.
    not_past = _list(lexicon, ("tense", "not_past"), table.get("not_past", []))
    not_ed = rf"(?!(?:{_trie_pattern(not_past)})(?![\w']))" if not_past else ""
    # Phrases that start with a word of the lists and show no tense ("next to the embassy").
    not_cues = _list(lexicon, ("tense", "not_cues"), table.get("not_cues", []))
    not_cue = rf"(?!(?:{_trie_pattern(not_cues)})(?![\w']))" if not_cues else ""
    return re.compile(
        rf"(?<![\w']){not_cue}(?:{'|'.join(groups)}|(?P<past_ed>{not_ed}[a-z]{{2,}}ed))(?![\w'])"
    )


#: Words in -s after a count that are no plural noun it counts ("3 is", "5 million was").
_NOT_COUNTED = r"(?:is|was|has|does|as|its|his|this|us|plus|less|thus)"

#: What comes before a past form that makes it a participle ("is expected", "has paid"), or
#: an adjective after a verb of staying ("will stay closed", "remains shut").
_AUXILIARIES = (
    " be ", " is ", " are ", " been ", " has ", " have ", " stay ", " stays ", " remain ",
    " remains ", " keep ", " keeps ",
)  # fmt: skip
_AUXILIARY_REACH = max(map(len, _AUXILIARIES))
_PAST_CUES = frozenset(("perfect", "held", "past", "past_ed"))
_INFINITIVE = " to "
#: The words after which "last" is a verb, when no word of the calendar follows it.
_BEFORE_VERB = tuple(
    f" {modal} "
    for modal in ("to", "will", "would", "could", "can", "may", "might", "should", "must")
)
_VERB_REACH = max(map(len, _BEFORE_VERB))
_NEXT_WORD = re.compile(r"\s+([a-z]+)")
#: The codes of words that "last" may be the adjective of: "last year", "last Tuesday",
#: "last night", "last summer".
_CALENDAR_CODES = frozenset(
    "".join(CODES[name] for name in ("month", "weekday", "unit", "daypart", "dayword", "season"))
)
#: Where a word in -ed is an adjective, not a past form: right after an article, or after an
#: article and an adverb ("the planned trip", "on a still undecided day", "a newly built
#: road").
_ADJECTIVE_PLACE = re.compile(r"(?<![\w'])(?:a|an|the)\s+(?:(?:still|yet|as yet|not|\w+ly)\s+)?\Z")


_DIGIT_TOKEN = r"'?\d[\d,.:/\-]*(?:st|nd|rd|th|s|'s)?|q[1-4]|[ap]\.?m\b\.?"
#: Read backwards, a number after a section sign is a section ("§ 1201"), no time's.
_DIGIT_TOKEN_REVERSED = r"(?:ts|dn|dr|ht|s|s')?\d[\d,.:/\-]*'?(?!\s*§)|[1-4]q|\.?m\.?[ap]\b"
_SEPARATORS = r"[\s,\-–—]*+"
#: How many words a run extends before and after the word that starts it: more than any
#: expression needs ("at least the past 18 months"; "Monday, Oct. 26, 1998, at 10 a.m. EST"),
#: and a bound on the work a page of time words ("January January ...") can make.
_RUN_BEFORE = 10
_RUN_AFTER = 20


def _trigger_words(vocabulary: Mapping[str, tuple[str, Any]], vague: Iterable[str]) -> set[str]:
    """The words that start a look for a time expression: every expression has one.

    A phrase ("for the time being", "Good Friday") needs one trigger; when none of its words
    is one already, its last word is.
    """
    triggers = {
        word
        for word, (code, _) in vocabulary.items()
        if code in "MWwU2ufP8TSHQVGxzJ" and " " not in word
    }
    phrases = [w for w, (code, _) in vocabulary.items() if code in "HVx" and " " in w]
    for phrase in [*phrases, *vague]:
        words = phrase.split()
        if not triggers.intersection(words):
            triggers.add(words[-1])
    return triggers - _TOO_COMMON


@functools.cache
def time_grammar(lexicon: Lexicon) -> TimeGrammar:
    """The time grammar of ``lexicon``, compiled once per lexicon.

    Raises :class:`~factcheck.errors.LexiconError` naming the file and key of a bad table value.
    """
    numbers = number_grammar(lexicon)
    vocabulary = _vocabulary(lexicon, numbers)
    capitalization = _table(lexicon, "capitalization")
    capitalized = frozenset(
        _list(lexicon, ("capitalization", "capitalized"), capitalization.get("capitalized", []))
    )
    personal_months = frozenset(
        _list(lexicon, ("capitalization", "names"), capitalization.get("names", []))
    )
    durations = _table(lexicon, "durations")
    bare = durations.get("bare_plural", [2, 10])
    if (
        not isinstance(bare, list)
        or len(bare) != 2
        or not all(isinstance(b, int | float) and not isinstance(b, bool) for b in bare)
        or not 0 < bare[0] < bare[1]
    ):
        raise lexicon.error(
            ("time", "durations", "bare_plural"), "must be [low, high], 0 < low < high"
        )
    ago_spread = durations.get("ago_spread", 0.5)
    if not isinstance(ago_spread, int | float) or isinstance(ago_spread, bool) or ago_spread < 0:
        raise lexicon.error(("time", "durations", "ago_spread"), "must be a number of at least 0")
    order = _table(lexicon, "formats").get("numeric_date_order", "MDY")
    if order not in ("MDY", "DMY"):
        raise lexicon.error(("time", "formats", "numeric_date_order"), "must be 'MDY' or 'DMY'")

    words = _trie_pattern(vocabulary)
    number_words = [
        *numbers.cardinals,
        *numbers.groups,
        *numbers.ordinals,
        *numbers.fractions,
        *numbers.scales,
        *(part for blur in numbers.vague for part in blur.split()),
    ]
    phrase_words = (part for phrase in vocabulary for part in phrase.split())
    run_words = sorted({*vocabulary, *phrase_words, *number_words})
    run_token = rf"(?>{_DIGIT_TOKEN}|{_trie_pattern(run_words)}(?![a-z]))"
    reversed_words = sorted({word[::-1] for word in run_words})
    run_token_reversed = rf"(?>{_DIGIT_TOKEN_REVERSED}|{_trie_pattern(reversed_words)}(?![a-z]))"
    vague = _read_vague(lexicon)
    # Years in words ("nineteen ninety-six") start with the hundreds.
    hundreds = {word for word, value in numbers.cardinals.items() if 11 <= value <= 20}
    trigger_words = _trigger_words(vocabulary, vague) | hundreds
    # Words that need a capital are found apart, so the scan can check the capital cheaply.
    capital_words = _trie_pattern(sorted(trigger_words & capitalized))
    triggers = _trie_pattern(sorted(trigger_words - capitalized))
    trigger = rf"\b(?:{triggers}(?![a-z])|(?P<capital>{capital_words})(?![a-z])|q[1-4]\b)"
    # Years, decades and clock times start with a digit or an apostrophe. A run of five digits
    # or more is skipped whole (a "skip" match the reader ignores), so that a page of digits is
    # not tried digit by digit. A number after a section sign is a section ("§ 1201").
    digits = (
        r"(?:(?<=\d)(?P<skip>\d{4,})|(?<![\w,.$£€¥§][\d'])(?<!§\s\d)"
        r"(?:(?<=[12])\d{3}(?:'?s)?(?!\d|[,.]\d)"
        r"|(?<=\d)\d?(?::\d\d|\.\d\d\s?[ap]\.?m\b|\s?[ap]\.?m\b\.?)|(?<=')\d0s))"
    )
    digit_trigger = rf"[\d']{digits}"
    # Both kinds of trigger in one scan that starts with a set of characters, which lets the
    # engine skip to the next one (three times fewer positions than a word boundary): the set
    # is every character outside a-z, the first of a digit trigger and the one before a
    # trigger word (in one trie), and the engine tests it with a bitmap. A trigger word that
    # starts outside a word is looked for without that character, which the set then matches.
    odd_starts = frozenset(word[0] for word in trigger_words if not re.match(r"\w", word))
    scan_words = {
        word if re.match(r"\w", word) else word[1:]
        for word in [*trigger_words, "q1", "q2", "q3", "q4"]
    }
    trigger_scan = (
        rf"[^a-z](?:(?<=[\d'])(?P<digits>{digits})"
        rf"|(?:{_trie_pattern(sorted(scan_words))})(?![a-z]))"
    )
    apostrophe = "['’]"
    # The first six kinds start with a digit or an apostrophe: one test of the first character
    # spares most tokens, which are words, six tries.
    tokenizer = (
        r"\s*(?:(?=[\d'’])(?:"
        rf"(?P<iso>\d{{4}}-\d\d-\d\d(?:t\d\d:\d\d(?::\d\d)?)?)(?![\d\w])"
        r"|(?P<mixed>\d{1,3}\s+[1-9]/[1-9]\d?)(?![\d/])"
        rf"|(?P<numeric>\d{{1,4}}/\d{{1,2}}/\d{{2,4}})(?![\d/])"
        rf"|(?P<clock>\d{{1,2}}:\d\d(?::\d\d)?(?![\d:])|\d{{1,2}}\.\d\d(?=\s?[ap]\.?m\b))"
        rf"|(?P<decade>{apostrophe}?(?:1\d|20)?\d0{apostrophe}?s)(?![a-z])"
        rf"|(?P<ordinal>\d{{1,2}}(?:st|nd|rd|th))(?![a-z]))"
        rf"|(?P<qcode>q[1-4]|[1-4]q)(?![a-z0-9])"
        rf"|(?P<ampm>[ap]\.m\.|[ap]\.?m\b\.?)"
        rf"|(?P<word>{words})(?![a-z])"
        rf"|(?P<number>{numbers.number})"
        rf"|(?P<hyphen>[\-–—])"
        rf"|(?P<comma>,)"
        r"|(?P<other>[a-z]+|\S)"
        r")"
    )
    return TimeGrammar(
        numbers=numbers,
        tolerances=tolerances(lexicon),
        vocabulary=vocabulary,
        capitalized=capitalized,
        personal_months=personal_months,
        function_words=function_words(lexicon),
        name_verbs=inverted_verbs(lexicon),
        vague=vague,
        period_parts=_read_parts(lexicon),
        bare_plural=(float(bare[0]), float(bare[1])),
        ago_spread=float(ago_spread),
        numeric_date_order=order,
        trigger=re.compile(trigger),
        digit_trigger=re.compile(digit_trigger),
        trigger_scan=re.compile(trigger_scan),
        odd_starts=odd_starts,
        trigger_starts=frozenset({"q", "'", *(word[0] for word in trigger_words)}),
        run_forward=re.compile(rf"(?:{_SEPARATORS}{run_token}){{0,{_RUN_AFTER}}}+"),
        run_backward=re.compile(rf"(?:{_SEPARATORS}{run_token_reversed}){{0,{_RUN_BEFORE}}}+"),
        tokenizer=re.compile(tokenizer, re.IGNORECASE),
        ascii_tokenizer=re.compile(tokenizer),
        tense=_tense_pattern(lexicon),
        count_before=re.compile(
            rf"(?:{numbers.number}|{numbers.blur})(?:\s+of)?(?:\s+[a-z][\w'’-]*)?"
            rf"\s+(?!{_NOT_COUNTED}\s)[a-z][\w'’-]*s\s+$",
            re.IGNORECASE,
        ),
    )


def unit_kind(unit: str) -> Kind | None:
    """The calendar period a unit of the ``units`` table counts in, if it is one."""
    return _UNIT_KINDS.get(unit)
