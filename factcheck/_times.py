"""Time expressions in text: where they are, what TimeML calls them, and when they say.

:func:`find_times` reads every time expression of a text ("Dec. 19, 2018", "said Wednesday",
"within 60 to 100 days", "for now", "until Iran exits") and anchors it to a reference instant
(the publication date). :func:`parse_time` reads a text that is one time expression.

How it reads: a scan for the words only time expressions use (month and weekday names, units
of time, vague words like "soon", years, clock times) finds where to look; each such word is
extended to the run of time vocabulary around it; the run is split into tokens, and the rules of
``_timerules`` read the tokens. Every step is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import math
import re
from collections import deque
from collections.abc import Iterator, Sequence
from typing import Any

import attrs

from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Duration, Hedge, Span, Tense, TimeWindow, Timex, trusted_span
from factcheck._segment import headline, sentence_bounds
from factcheck._timecalendar import Kind, Period
from factcheck._timegrammar import TimeGrammar, Token, time_grammar
from factcheck._timereadings import (
    PINT_UNITS,
    DurationReading,
    Focus,
    PointReading,
    Reading,
    Recurring,
    Resolved,
    SinceReading,
    UntilReading,
    VagueReading,
    resolve,
    with_tense,
)
from factcheck._timerules import LOWER_CASE_CODES, Found, lowered, read_run
from factcheck._words import OPENERS, starts_sentence
from factcheck.errors import InvalidArgument, NormalizationError

__all__ = ["TimeMention", "find_times", "parse_time"]


@attrs.frozen(kw_only=True)
class TimeMention:
    """A time expression found in a text.

    ``timex`` is its TimeML annotation (``None`` only for what TimeML cannot value, such as
    "until Iran exits"). ``window`` says when it places things: an instant range, or offsets
    from an unknown reference; ``duration`` says how long, for durations ("17 years", and
    "within 60 to 100 days", which has a window too). ``point`` is the window of the time that
    a span runs to or from ("until March", "since 2014": March, 2014), when it is known.
    ``weekday`` is the day of the week (1 for Monday to 7 for Sunday) the text gives a day it
    names by its date ("Friday, December 13"), whether or not the date falls on it; ``window``
    is then that date.
    """

    span: Span
    text: str
    timex: Timex | None
    window: TimeWindow | None
    duration: Duration | None
    point: TimeWindow | None = None
    weekday: int | None = None

    def __attrs_post_init__(self) -> None:
        # One check of every field: the finder makes thousands of these a second.
        if not (
            isinstance(self.span, Span)
            and isinstance(self.text, str)
            and (self.timex is None or isinstance(self.timex, Timex))
            and (self.window is None or isinstance(self.window, TimeWindow))
            and (self.duration is None or isinstance(self.duration, Duration))
            and (self.point is None or isinstance(self.point, TimeWindow))
            and (self.weekday is None or (type(self.weekday) is int and 1 <= self.weekday <= 7))
        ):
            raise InvalidArgument(f"TimeMention: a field has the wrong type: {self!r}")


#: Each slot of a mention, set without its check (see _mention).
_SET_SLOTS = tuple(
    TimeMention.__dict__[name].__set__
    for name in ("span", "text", "timex", "window", "duration", "point", "weekday")
)


def _mention(
    start: int,
    end: int,
    text: str,
    timex: Timex | None,
    window: TimeWindow | None,
    duration: Duration | None,
    point: TimeWindow | None,
    weekday: int | None,
) -> TimeMention:
    """``TimeMention`` of ``[start, end)``, made without its check: the reader's fields have
    the right types by construction, and it makes thousands of mentions."""
    mention: TimeMention = object.__new__(TimeMention)
    set_span, set_text, set_timex, set_window, set_duration, set_point, set_weekday = _SET_SLOTS
    set_span(mention, trusted_span(start, end))
    set_text(mention, text)
    set_timex(mention, timex)
    set_window(mention, window)
    set_duration(mention, duration)
    set_point(mention, point)
    set_weekday(mention, weekday)
    return mention


#: How far around an expression to look for the verbs that give its sentence a tense.
_TENSE_REACH = 120
#: Longer than any word that shows a tense ("are scheduled to").
_LONGEST_CUE = 40
#: The kinds of words of ``time.toml``'s ``tense`` that show the past.
_PAST_GROUPS = frozenset({"past", "past_ed", "perfect", "held"})
#: The tense groups that place the end of an "until" in the past: the past perfect ("had not
#: called him a suspect until Thursday"), and a state that held ("stayed in place until
#: Sunday").
_ENDED_GROUPS = frozenset({"perfect", "held"})
#: How many words ("Early in") may come before a time that opens its sentence.
_FRONTED_WORDS = 2
#: "after" right after a span and the clause it counts from, with no end of a sentence
#: before the weekday that dates that clause ("a week after the blaze started Friday").
_AFTER_GAP = re.compile(r"\s+after\s[^.!?;]{0,100}\Z")
#: "after" or "before" right after a word such as "shortly": the word tells how near the time
#: or the happening that follows ("shortly after 6 p.m."), and is no time of its own.
_NEAR_WHAT_FOLLOWS = re.compile(r"\s+(?:after|before)\b", re.IGNORECASE)
#: A hyphened link to a word after a time word, which, when it is that word again, makes a
#: compound of comparison ("quarter-to-quarter", "year-over-year", "month-on-month"): no time.
_LINKED_TO = re.compile(r"-(?:to|over|on|by|for|after)-([a-z]+)")
#: What stands between a verb of speech and the time it dates ("said on Monday").
_SAID_AT = re.compile(r"\s+(?:on\s+)?")
#: Punctuation that ends a clause within a sentence.
_CLAUSE_BREAK = re.compile(r"(?<!\d)[,:]|[,:](?!\d)|;|--|\s[-–—_]\s|\s(?:and|but)\s")
#: Characters that close a clause: after them, an "until" clause has ended.
_CLAUSE_END = re.compile(r"[.;:!?\n,()\"“”]|--|\s-\s")
_NEXT_CHARACTER = re.compile(r"\s*(\S)")
#: Longest "until" clause read as the unstated end of a window.
_CLAUSE_REACH = 100
#: Codes that make a run a calendar phrase however it is capitalized ("Fiscal Year 2020",
#: "Third Quarter").
_CALENDAR_CODES = frozenset("YODIKc")
#: What, after a month, makes it the first word of a name ("the March for Life", "the March
#: of Dimes"); after a set word, a name it qualifies ("the Communist Party daily Granma").
_MONTH_NAMED = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?[A-Z]")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_ARTICLE_BEFORE = re.compile(r"\b(?:an?|the)\s+$")
#: A word before a month that is also a name (without an abbreviation's period: "Mrs. May"),
#: how far back it is looked for, and the word right after the month.
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_NAME_REACH = 40
_WORD_AFTER = re.compile(r"[ \t]+([^\W\d_][\w'’]*)")
_ARTICLES_AFTER = frozenset({"the", "a", "an"})
#: Runs that may be rates of a count before them ("four flights a week"), and how far back
#: the count is looked for.
_ARTICLES = ("a ", "an ")
_COUNT_REACH = 80
#: A headline's words (four letters and more) are nearly all capitalized.
_HEADLINE_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
_HEADLINE_SHARE = 0.75
_HEADLINE_WORDS = 20


def _check(text: object, reference: object, lexicon: object) -> None:
    if not isinstance(text, str):
        raise InvalidArgument(f"text must be a str, got {type(text).__name__}")
    if reference is not None:
        if not isinstance(reference, dt.datetime):
            raise InvalidArgument(f"reference must be a datetime or None, got {reference!r}")
        if reference.tzinfo is not None:
            raise InvalidArgument("reference must be a naive datetime (local wall-clock time)")
    if lexicon is not None and not isinstance(lexicon, Lexicon):
        raise InvalidArgument(f"lexicon must be a Lexicon or None, got {lexicon!r}")


def find_times(
    text: str, *, reference: dt.datetime | None = None, lexicon: Lexicon | None = None
) -> list[TimeMention]:
    """Every time expression in ``text``, sorted by position and not overlapping.

    ``reference`` is the instant relative expressions count from (the publication date, a
    naive datetime); without it they get relative windows and TimeML values with ``X`` where
    the reference would be needed. ``lexicon`` defaults to the shipped tables. Raises
    :class:`~factcheck.errors.InvalidArgument` for a ``text`` that is not a ``str`` or an
    aware ``reference``; never raises for any text.
    """
    _check(text, reference, lexicon)
    return times_in_sentences(text, reference, lexicon or default_lexicon(), None)


def times_in_sentences(
    text: str,
    reference: dt.datetime | None,
    lexicon: Lexicon,
    sentences: Sequence[Span] | None,
) -> list[TimeMention]:
    """:func:`find_times`, for a caller that has checked its arguments and may have found the
    ``sentences`` of ``text`` already (a bare weekday or month takes the tense of its
    sentence; without them, they are found when first needed)."""
    bounds = None
    if sentences is not None:
        bounds = ([span.start for span in sentences], [span.end for span in sentences])
    return _Reader(text, time_grammar(lexicon), reference, lexicon, bounds).mentions()


def parse_time(
    text: str, *, reference: dt.datetime | None = None, lexicon: Lexicon | None = None
) -> TimeMention:
    """The one time expression that is all of ``text`` (give or take blanks and punctuation).

    Raises :class:`~factcheck.errors.NormalizationError` if ``text`` is not one time
    expression, and :class:`~factcheck.errors.InvalidArgument` as :func:`find_times` does.
    """
    mentions = find_times(text, reference=reference, lexicon=lexicon)
    if not mentions:
        raise NormalizationError(text, "no time expression found")
    if len(mentions) > 1:
        raise NormalizationError(text, "more than one time expression")
    mention = mentions[0]
    rest = text[: mention.span.start] + " " + text[mention.span.end :]
    if any(char.isalnum() for char in rest):
        raise NormalizationError(text, f"only {mention.text!r} is a time expression")
    return mention


class _Reader:
    """Reads one text: finds the runs of time words and turns them into mentions."""

    def __init__(
        self,
        text: str,
        grammar: TimeGrammar,
        reference: dt.datetime | None,
        lexicon: Lexicon,
        sentences: tuple[list[int], list[int]] | None,
    ) -> None:
        self.text = text
        self.lexicon = lexicon
        # Where the sentences start and end: found on first use when not given.
        self.sentences = sentences
        self.lowered = lowered(text, shared=True)
        self.grammar = grammar
        self.reference = reference
        self.focus = Focus()  # what the text was last talking about
        # The tense of the run being read, once asked for (an index of _TOLD).
        self.run_tense = _UNKNOWN
        self.cues: tuple[int, int, deque[tuple[int, int, str]]] = (0, 0, deque())  # see _cues
        self.found: list[TimeMention] = []

    def mentions(self) -> list[TimeMention]:
        grammar, lowered, text = self.grammar, self.lowered, self.text
        backwards = lowered[::-1]
        size = len(lowered)
        backward, forward = grammar.run_backward.match, grammar.run_forward.match
        next_trigger = grammar.next_trigger
        found = self.found
        done = position = 0
        # Each search for the next trigger starts where the last run ended, so the words
        # inside a run cost nothing however many of them are triggers.
        while (trigger := next_trigger(lowered, position)) is not None:
            at, position = trigger.span()
            group = trigger.lastgroup
            if group == "skip" or (group == "capital" and text[at].islower()):
                continue  # a run of digits, or "it may rain"
            left = backward(backwards, size - at, size - done)
            start = at - (left.end() - left.start()) if left else at
            right = forward(lowered, position)
            done = right.end() if right else position
            self._read_run(start, done)
            if found and found[-1].span.end > done:
                done = found[-1].span.end
            position = done
        return found

    def _read_run(self, start: int, end: int) -> None:
        context = max(0, start - self.grammar.look_back(self.lowered, start))
        after = _NEXT_CHARACTER.match(self.lowered, end)
        clause_ends = after is None or not after.group(1).isalnum()
        lowered = self.lowered
        counted = False
        if lowered.startswith(_ARTICLES, start):
            # Only a plural noun ("flights") can end what a rate counts: look for the count
            # only then.
            noun_end = start
            while noun_end > 0 and lowered[noun_end - 1].isspace():
                noun_end -= 1
            counted = lowered[noun_end - 1 : noun_end] == "s" and bool(
                self.grammar.count_before.search(lowered, max(0, start - _COUNT_REACH), start)
            )
        run = read_run(
            self.grammar, self.text[context:end], start - context, clause_ends, counted=counted
        )
        self.run_tense = _UNKNOWN
        tokens = run.tokens
        if not run.until:
            self._add(tokens, run.found, context)
            return
        position = 0
        for item in run.found:
            self._until_clauses(tokens, position, item.first, context, tokens[item.first].start)
            self._add(tokens, (item,), context)
            position = item.last
        self._until_clauses(tokens, position, len(tokens), context, None)

    def _add(self, tokens: Sequence[Token], items: Sequence[Found], offset: int) -> None:
        """Add the mentions of ``items``, read in ``tokens`` at ``offset`` in the text."""
        mentions, text, reference = self.found, self.text, self.reference
        last_end = mentions[-1].span.end if mentions else 0
        for found in items:
            start = tokens[found.first].start + offset
            if start < last_end:
                continue
            end = tokens[found.last - 1].end + offset
            if found.may_name and self._is_name(tokens[found.first : found.last], offset):
                continue
            if self._compared_across(start, end):
                continue
            reading = found.reading
            if (
                isinstance(reading, VagueReading)
                and reading.vague.story
                and (_NEAR_WHAT_FOLLOWS.match(text, end) or self._next_to_past_verb(start, end))
            ):
                continue  # "he was soon released", "shortly after 6 p.m.": no time of its own
            told = 0
            if found.needs_tense:
                # The words of a run share their sentence's verb: find its tense once per run.
                if self.run_tense == _UNKNOWN:
                    self.run_tense = _TOLD.index(self._tense(start, end))
                told = self.run_tense
            meaning = _meaning(
                found.reading,
                found.needs_tense,
                told,
                self.focus if found.uses_focus else None,
                self._counted_from(reading, told, start),
            )
            if meaning is None:
                continue
            timex, window, duration, period = meaning
            if period is not None and found.moves_focus and period is not self.focus.last:
                self.focus = _moved(self.focus, period, reference)
            elif isinstance(reading, DurationReading):
                spanned = self.focus.spanned(reading)
                if spanned is not self.focus:
                    self.focus = _canonical(spanned)
            last_end = end
            point = (
                TimeWindow(earliest=period.start, latest=period.end)
                if period is not None and isinstance(reading, SinceReading | UntilReading)
                else None
            )
            weekday = _dated_weekday(tokens[found.first : found.last], reading, period)
            mentions.append(
                _mention(start, end, text[start:end], timex, window, duration, point, weekday)
            )

    def _compared_across(self, start: int, end: int) -> bool:
        """Whether the time words at ``[start, end)`` open a compound that compares periods
        of their kind ("the quarter-to-quarter comparison", "a year-over-year gain")."""
        linked = _LINKED_TO.match(self.lowered, end)
        if linked is None:
            return False
        word = linked.group(1)
        return self.lowered.endswith(word, start, end) and (
            end - len(word) == start or not self.lowered[end - len(word) - 1].isalpha()
        )

    def _counted_from(self, reading: Reading, told: int, start: int) -> dt.datetime | None:
        """The instant a weekday at ``start`` told in the past is counted back from: the
        reference, or as long before it as a span that "after" joins to the weekday's clause
        ("more than a week after the blaze started Friday": the Friday a week before)."""
        reference, found = self.reference, self.found
        span = found[-1].duration if found else None
        if (
            reference is None
            or span is None
            or _TOLD[told][0] is not Tense.PAST
            or not isinstance(reading, PointReading)
            or not isinstance(reading.anchor, Recurring)
            or reading.anchor.pattern.weekday is None
        ):
            return reference
        if not _AFTER_GAP.match(self.text, found[-1].span.end, start):
            return reference
        try:
            days = span.stated[0].to("day").magnitude
            return reference - dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return reference

    def _next_to_past_verb(self, start: int, end: int) -> bool:
        """Whether a verb in the past stands right before or right after ``[start, end)``
        ("was soon released", "soon became")."""
        lowered, grammar = self.lowered, self.grammar
        low, high = max(0, start - _LONGEST_CUE), min(len(lowered), end + _LONGEST_CUE)
        for cue in grammar.tense_cues(lowered, low, high):
            if cue.end() <= start and not lowered[cue.end() : start].strip():
                return cue.lastgroup in _PAST_GROUPS  # the verb right before decides
            if end <= cue.start() and not lowered[end : cue.start()].strip():
                # A past form after "be" or "have" and the word is a participle: "will be
                # immediately brought home" is to come.
                return cue.lastgroup in _PAST_GROUPS and not grammar.after_auxiliary(lowered, start)
        return False

    def _is_name(self, tokens: Sequence[Token], offset: int) -> bool:
        """Whether ``tokens`` (at ``offset`` in the text) are words of a name or a title, not a
        time: a unit, part of the day, day word or set word capitalized inside a sentence, a set
        word before a name ("the daily Granma"), or a month before "for" or "of" and a name
        ("the March for Life"); unless the line is a headline, where words are capitalized."""
        text = self.text
        named = False
        for token in tokens:
            code, start, end = token.code, token.start + offset, token.end + offset
            if code in _CALENDAR_CODES:
                return False
            if code in LOWER_CASE_CODES:
                # A word in capitals is shouted ("TODAY"), unless short enough to be an
                # acronym ("the HR diagram").
                word = text[start:end]
                capitalized = word[0].isupper() and (len(word) <= 3 or not word.isupper())
                named = named or (capitalized and not starts_sentence(self.text, start))
                if (
                    code == "Q"
                    and _NAME_AFTER.match(text, end)
                    and not _ARTICLE_BEFORE.search(self.lowered, max(0, start - 5), start)
                ):
                    following = self.lowered[end : end + 40].split(maxsplit=1)[0].strip(",.;:")
                    named = named or following not in self.grammar.vocabulary
            elif code == "M" and token is tokens[-1]:
                named = named or _MONTH_NAMED.match(text, end) is not None
                if not named and len(tokens) == 1 and token.text in self.grammar.personal_months:
                    return self._is_person(start, end)
        return named and not self._in_headline(tokens[0].start + offset)

    def _is_person(self, start: int, end: int) -> bool:
        """Whether a month alone at ``[start, end)`` that is also a person's name is the name
        ("Theresa May", "said May", "May said", "April Ryan") or a word of wishes ("May he
        rest in peace"), not the month ("in May", "May saw record rain")."""
        grammar, text = self.grammar, self.text
        # The word before, found from its end (a search for a pattern that ends at ``start``
        # would try every position before it: a page of "March March" read twice as slowly).
        head = text[max(0, start - _NAME_REACH) : start]
        spaced = head.rstrip(" \t")
        words = spaced.rsplit(None, 1) if len(spaced) < len(head) else []
        before = _WORD.fullmatch(words[-1].removesuffix(".").lstrip(OPENERS)) if words else None
        opens = starts_sentence(text, start)
        if before is not None:
            word = before.group()
            lower = word.lower()
            if opens:
                # Of the sentence before, only a time word tells: a month was just told of
                # ("It opened in April. June was quieter"; not "He will be missed by all. May he…").
                if lower in grammar.vocabulary:
                    return False
            elif lower in grammar.name_verbs:
                return True
            elif lower in grammar.function_words or lower in grammar.vocabulary:
                return False  # "in May", "last May"
            elif word[0].isupper():
                return True
        after = _WORD_AFTER.match(text, end)
        if after is None:
            return False
        word = after.group(1)
        lower = word.lower()
        if lower in grammar.name_verbs:
            return True
        if lower in grammar.function_words or lower in _ARTICLES_AFTER:
            return opens
        return word[0].isupper() and lower not in grammar.vocabulary

    def _in_headline(self, position: int) -> bool:
        """Whether ``position`` is in a short line whose words are nearly all capitalized."""
        text = self.text
        line_start = text.rfind("\n", 0, position) + 1
        line_end = text.find("\n", position)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        words: list[str] = _HEADLINE_WORD.findall(line)
        if not words or len(line.split()) > _HEADLINE_WORDS:
            return False
        capitals = sum(word[0].isupper() for word in words)
        return capitals >= _HEADLINE_SHARE * len(words)

    def _until_clauses(
        self, tokens: Sequence[Token], first: int, last: int, offset: int, limit: int | None
    ) -> None:
        """Mentions for "until" followed by a clause, not a time ("until Iran exits"), among
        ``tokens[first:last]`` (at ``offset`` in the text); the clause ends before the token
        at ``limit``, when given."""
        for index in range(first, last):
            token = tokens[index]
            start = token.start + offset
            if token.code != "z" or (self.found and start < self.found[-1].span.end):
                continue
            end = self._clause_end(token.end + offset)
            if end is not None and limit is not None:
                end = min(end, self._trimmed(limit + offset))
            if end is None or not self.text[token.end + offset : end].strip():
                continue
            reading = UntilReading(point=None, past=self._tense(start, end)[0] is Tense.PAST)
            span = Span(start=start, end=end)
            resolved = resolve(reading, self.reference, self.focus)
            self.found.append(
                TimeMention(
                    span=span,
                    text=self.text[start:end],
                    timex=None,
                    window=resolved.window,
                    duration=None,
                )
            )

    def _clause_end(self, start: int) -> int | None:
        """Where the clause that starts at ``start`` ends, before the next time expression."""
        limit = min(len(self.text), start + _CLAUSE_REACH)
        stop = _CLAUSE_END.search(self.lowered, start, limit)
        end = stop.start() if stop else limit
        following = self.grammar.trigger.search(self.lowered, start, end)
        if following is not None:
            end = following.start()
        end = self._trimmed(end)
        words = self.text[start:end].split()
        if not words or (stop is None and limit < len(self.text)):
            return None
        return end

    def _trimmed(self, end: int) -> int:
        """``end`` moved back over blanks."""
        text = self.text
        while end > 0 and text[end - 1].isspace():
            end -= 1
        return end

    def _tense(self, start: int, end: int) -> tuple[Tense | None, bool]:
        """The tense of the sentence around ``[start, end)``, and whether it is the past perfect
        ("had"): that of the nearest word that shows one, before it or after it in its clause."""
        lowered = self.lowered
        if self.sentences is None:
            self.sentences = sentence_bounds(self.text, lexicon=self.lexicon)
        starts, ends = self.sentences
        # The sentence the run starts in, and the one it ends in (the same, nearly always).
        first = max(bisect.bisect_right(starts, start) - 1, 0)
        last = max(bisect.bisect_right(starts, max(start, end - 1)) - 1, 0)
        low = max(0, start - _TENSE_REACH, starts[first] if starts else 0)
        high = min(len(lowered), end + _TENSE_REACH, ends[last] if ends else len(lowered))
        before: tuple[Tense | None, bool] = (None, False)
        distance = 0
        reported = False  # whether a past verb came before
        said_at = False  # whether the verb before is one of speech the run dates
        for cue_start, cue_end, group in self._cues(low, high):
            if group == "infinitive":
                if cue_start >= end or before[0] not in (Tense.PAST, None):
                    continue
                if not self._verb_after(cue_end):
                    continue
                if before[0] is Tense.PAST:
                    # "agreed to buy the line in February": what was agreed, for a time gone
                    # by or to come, as after "planned to".
                    before, distance = (Tense.PRESENT, False), max(0, start - cue_end)
                elif starts and headline(self.text, starts[first], ends[first]):
                    # "Irish troops to leave Lebanon in October": a headline's "to" tells
                    # what will be.
                    before, distance = (Tense.FUTURE, False), max(0, start - cue_end)
                continue
            if group == "present" and not reported:
                # "must be home by the end of December": a modal of the present looks ahead,
                # unless a past verb reports it ("ruled that he must leave by Friday").
                told = (Tense.FUTURE, False)
            elif (group == "planned" and cue_start < end) or group == "present":
                told = (Tense.PRESENT, False)  # "planned to leave on Thursday": this week's
            else:
                told = (Tense.FUTURE if group == "future" else Tense.PAST, group in _ENDED_GROUPS)
                reported = reported or told[0] is Tense.PAST
            if cue_start < end:  # before or inside the run ("as soon as Tuesday")
                before, distance = told, max(0, start - cue_end)
                said_at = (
                    told[0] is Tense.PAST
                    and lowered[cue_start:cue_end] in self.grammar.name_verbs
                    and _SAID_AT.fullmatch(lowered, cue_end, start) is not None
                )
            elif said_at:
                # "which Ana Lima said on Monday would …": the day she said it
                return before
            elif before[0] is None:
                # A time that opens its sentence takes the tense of the clause after it ("In
                # January, the board named…"); one within a clause does not take that of the
                # next ("…to admit them in early March, an official said").
                fronted = len(lowered[low:start].split()) <= _FRONTED_WORDS
                if fronted or _CLAUSE_BREAK.search(lowered, end, cue_start) is None:
                    return told
                break
            else:  # the nearer of the two, unless a clause ends first (", he said")
                nearer = cue_start - end < distance
                clause = _CLAUSE_BREAK.search(lowered, end, cue_start)
                return told if nearer and clause is None else before
        return before

    def _verb_after(self, position: int) -> bool:
        """Whether the word after ``position`` (that of a "to") may be a verb: not a function
        word, an article, a name or a plural noun ("to the court", "to Paris", "to reporters")."""
        match = _WORD_AFTER.match(self.text, position)
        if match is None or match.group(1)[0].isupper():
            return False
        word = match.group(1).lower()
        if word in self.grammar.function_words or word in _ARTICLES_AFTER:
            return False
        return not word.endswith("s") or word.endswith(("ss", "us"))

    def _cues(self, low: int, high: int) -> Iterator[tuple[int, int, str]]:
        """The words that show a tense (start, end and kind) that start in ``[low, high)``,
        in order.

        Runs close together look at much the same text: what was found for the last one is
        kept, and only text not yet searched is searched, as far as the caller reads.
        """
        kept_low, searched, cues = self.cues
        if not kept_low <= low <= searched:
            searched, cues = low, deque()
        while cues and cues[0][0] < low:
            cues.popleft()
        self.cues = (low, searched, cues)
        for cue in cues:
            if cue[0] >= high:
                return
            yield cue
        # From the end of the last word found, so that none is found twice; and a little
        # past ``high``, so that none is cut (a word cut at the limit is left out).
        position = max(searched, cues[-1][1] if cues else 0)
        size = len(self.lowered)
        limit = min(size, high + _LONGEST_CUE)
        for match in self.grammar.tense_cues(self.lowered, position, limit):
            at = match.start()
            if at >= high:
                break
            group = str(match.lastgroup)
            if (group in ("past_ed", "present") and self.text[at].isupper()) or (
                match.end() == limit < size
            ):
                continue  # "United", "May": names, not verbs; or a word cut at the limit
            cue = (at, match.end(), group)
            cues.append(cue)
            self.cues = (low, cue[1], cues)
            yield cue
        self.cues = (low, max(high, searched), cues)


_NO_FOCUS = Focus()

#: The tenses :meth:`_Reader._tense` tells, by index (the first when none is known).
_TOLD: tuple[tuple[Tense | None, bool], ...] = (
    (None, False),
    (Tense.PAST, False),
    (Tense.PAST, True),
    (Tense.PRESENT, False),
    (Tense.FUTURE, False),
)
_UNKNOWN = -1

#: What a found reading means: its TimeML annotation, window, duration, and named period.
_Meaning = tuple[Timex | None, TimeWindow | None, Duration | None, Period | None]


def _dated_weekday(tokens: Sequence[Token], reading: Reading, period: Period | None) -> int | None:
    """The day of the week ``tokens`` give a day they name by its month and date ("Friday,
    December 13", "Friday 13 December"), or ``None``: a day named by its weekday alone falls
    on it whatever it is, and a range ("Friday, Dec. 12-14") gives the weekday of its first
    day only."""
    if (
        not isinstance(reading, PointReading)
        or reading.through
        or period is None
        or period.kind is not Kind.DAY
    ):
        return None
    weekdays = [token.value for token in tokens if token.code == "W"]
    if len(weekdays) != 1 or not any(token.code == "M" for token in tokens):
        return None
    weekday: int = weekdays[0]
    return weekday


@functools.lru_cache(maxsize=16384)
def _meaning(
    reading: Reading,
    needs_tense: bool,
    told: int,
    focus: Focus | None,
    reference: dt.datetime | None,
) -> _Meaning | None:
    """What ``reading`` means, read with the tense ``_TOLD[told]`` if it ``needs_tense``, the
    text's ``focus`` (``None`` when it uses none) and ``reference``; ``None`` if it means no
    time.

    Remembered: texts name the same times again and again. Readings are interned
    (``read_run``), so the same reading comes back from different runs ("on Friday", "Friday
    night") and is looked up by identity.
    """
    if needs_tense:
        tense, perfect = _TOLD[told]
        reading = with_tense(reading, tense, perfect=perfect)
    try:
        resolved = _resolved(reading, reference, focus or _NO_FOCUS)
        duration = _duration(reading) if isinstance(reading, DurationReading) else None
    except (ValueError, OverflowError):  # a date outside the years 1 to 9999
        return None
    if resolved.timex is None and resolved.window is None:
        return None
    return (resolved.timex, resolved.window, duration, resolved.period)


@functools.lru_cache(maxsize=4096)
def _moved(focus: Focus, period: Period, reference: dt.datetime | None) -> Focus:
    """:meth:`Focus.moved_to`, remembered; a text that moves between the same periods again
    and again comes back to the same focus objects, which compare by identity first."""
    return _canonical(focus.moved_to(period, reference))


@functools.lru_cache(maxsize=4096)
def _canonical(focus: Focus) -> Focus:
    """The first focus seen that equals ``focus``."""
    return focus


@functools.lru_cache(maxsize=4096)
def _resolved(reading: Reading, reference: dt.datetime | None, focus: Focus) -> Resolved:
    """:func:`resolve`, remembered: a text names the same times again and again."""
    return resolve(reading, reference, focus)


@functools.lru_cache(maxsize=1024)
def _duration(reading: DurationReading) -> Duration:
    from factcheck._amounts import unchecked_amount
    from factcheck._units import quantity_in, unit

    name, per_unit = PINT_UNITS[reading.unit]
    of = unit(name)
    stated = reading.stated or (reading.low, reading.high)
    low = reading.low * per_unit
    high = reading.high * per_unit if math.isfinite(reading.high) else math.inf
    fields: dict[str, Any] = {
        "low": quantity_in(low, of),
        "high": quantity_in(high, of),
        "hedge": reading.hedge if reading.stated is not None else Hedge.VAGUE,
        "stated": (quantity_in(stated[0] * per_unit, of), quantity_in(stated[1] * per_unit, of)),
        "low_open": reading.low_open,
        "high_open": reading.high_open,
    }
    if high < low or (high == low and (reading.low_open or reading.high_open)):
        return Duration(**fields)  # not an interval: its checks raise
    # Else valid by construction (quantities of time in one unit): the checks, which convert
    # units, cost more than the rest of the duration.
    return unchecked_amount(Duration, fields)  # type: ignore[return-value]
