"""Tallies: the split of a vote or the score of a game ("voted 5-2", "the 4-3 vote", "a 2-1
win", "passed by 58 votes to 41").

Two numbers joined by a dash or "to" are a tally only where the words around them make them one
(``[tallies]`` of ``numbers.toml``): a verb before them ("voted 5-2", "beat Norvik 3-1"), or a
noun after them ("the 4-3 vote"). Elsewhere "5-2" is a range, a date or a label, and the amount
finder reads it as such. A word of unanimity next to such a verb or before such a noun ("voted
unanimously", "a unanimous vote") is a tally with no figures.
"""

from __future__ import annotations

import functools
import re

import attrs

from factcheck._events import verb_forms
from factcheck._lexicon import Lexicon, default_lexicon
from factcheck._model import Span, trusted_span
from factcheck._numbers import number_grammar, words_pattern
from factcheck._segment import Segments
from factcheck._timegrammar import time_grammar
from factcheck._words import function_words

__all__ = ["TallyMention", "find_tallies", "tells_of_the_thing_voted_on"]


@attrs.frozen(kw_only=True)
class TallyMention:
    """A tally as written: ``span`` holds its figures ("5-2", "58 votes to 41"), ``cue`` the
    verb or noun that makes them a tally ("voted", "vote")."""

    span: Span
    figures: tuple[int, ...]  # none for a vote told as unanimous alone
    cue: Span
    unanimous: bool = False

    @property
    def phrase(self) -> Span:
        """The cue and the figures, in text order: "voted 5-2", "4-3 vote"."""
        return trusted_span(min(self.span.start, self.cue.start), max(self.span.end, self.cue.end))


#: A digit that may end the first figure of a tally: a dash, "to", "votes", "in favour" or
#: "for" after it. Written to start with one set of characters, so that the engine skips to
#: the next digit.
_JOINED = re.compile(
    r"[0-9](?:[-–—]|[ \t](?:[ \t]*[-–—]|to |votes?\b|in[ \t]+favou?r|for ))", re.IGNORECASE
)
#: What a figure is written with.
_FIGURE = frozenset("0123456789,")
#: Two whole numbers joined by a dash or "to", standing alone, each of up to three digits or
#: written with thousands separators (a ballot's "3,412 to 588"): not the end of a longer
#: number ("2019-20"), a decimal, a time ("5:30-6"), a share ("5-10%") or a run of three
#: ("5-3-1").
_PAIR = re.compile(
    r"(?<![\w.,/:$£€-])(\d{1,3}(?:,\d{3})*)(?:[ \t]*[-–—][ \t]*|[ \t]+to[ \t]+)"
    r"(\d{1,3}(?:,\d{3})*)"
    r"(?![\w%/:]|[.,]\d|[ \t]*[-–—][ \t]*\d)"
)
#: The word a tally with figures in words is looked for around ("seven votes to four", "nine
#: votes in favour and three against"), and how far a figure may stand from it.
#: (In lowercase text, with no word boundary before it: a pattern that starts with a literal
#: is found fast; the caller checks the boundary.)
_VOTE_WORD = re.compile(r"votes?\b")
_WORDED_REACH = 20
#: A figure of a tally of votes in digits: "58", "3,412".
_DIGIT_FIGURE = r"\d{1,3}(?:,\d{3})?"


def _votes_source(figure: str) -> str:
    """The pattern of "58 votes to 41" or "31 votes in favour and 20 against", each figure
    written as ``figure`` matches."""
    return (
        rf"(?<![\w.,])(?P<first>{figure})[ \t]+"
        r"(?:(?P<votes>votes?)[ \t]+to|(?:votes?[ \t]+)?(?P<favour>in[ \t]+favou?r|for),?"
        rf"(?:[ \t]+(?:and|to|with))?)[ \t]+(?P<second>{figure})"
        r"(?(favour)(?:[ \t]+votes?)?[ \t]+against\b|(?!\w|[.,]\d))"
    )


#: "58 votes to 41", "31 votes in favour and 20 against": a tally wherever it stands.
_VOTES = re.compile(_votes_source(_DIGIT_FIGURE), re.IGNORECASE)


@functools.cache
def _worded_votes(lexicon: Lexicon) -> re.Pattern[str]:
    """:data:`_VOTES` with figures in words as well as digits ("by seven votes to four", "by
    twenty-one votes to 12"), the cardinals of numbers.toml."""
    cardinals = words_pattern(number_grammar(lexicon).cardinals)
    figure = rf"(?:{_DIGIT_FIGURE}|{cardinals}(?:-{cardinals})?\b)"
    return re.compile(_votes_source(figure), re.IGNORECASE)


#: What no tally crosses on its way back to its verb.
_BREAK = re.compile(r"[.;:!?\"“”()\[\],]")


@attrs.frozen(kw_only=True, eq=False)
class _Cues:
    verbs: frozenset[str]  # every form, lowercase
    of_the_thing: frozenset[str]  # every form of `carried`: the thing voted on is their subject
    nouns: frozenset[str]
    not_after: frozenset[str]  # of the lexicon, and the months: "September 25-27" is no tally
    adverbs: frozenset[str]
    unanimous: tuple[str, ...]  # as written, capitalized and in capitals
    reach: int
    function_words: frozenset[str]


def tells_of_the_thing_voted_on(verb: str, lexicon: Lexicon) -> bool:
    """Whether ``verb``, a tally's verb as written, may have the thing voted on as its subject
    (``carried`` of ``[tallies]``): "The bill passed 59-40", "The motion carried 5-4"; not
    "The team won 3-1"."""
    return verb.lower() in _cues(lexicon).of_the_thing


@functools.cache
def _cues(lexicon: Lexicon) -> _Cues:
    reach = lexicon.table("numbers").get("tallies", {}).get("reach", 0)
    if not isinstance(reach, int) or isinstance(reach, bool) or reach < 0:
        raise lexicon.error(("numbers", "tallies", "reach"), "must be a whole number, 0 or more")

    def forms(key: str) -> frozenset[str]:
        """Every form of the verbs of ``key`` of ``[tallies]``."""
        return frozenset(
            form
            for base in lexicon.words("numbers", "tallies", key)
            for form in verb_forms(base, lexicon)
        )

    return _Cues(
        verbs=forms("verbs"),
        of_the_thing=forms("carried"),
        nouns=frozenset(word.lower() for word in lexicon.words("numbers", "tallies", "nouns")),
        not_after=frozenset(
            word.lower() for word in lexicon.words("numbers", "tallies", "not_after")
        )
        | {word for word, (code, _) in time_grammar(lexicon).vocabulary.items() if code == "M"},
        adverbs=frozenset(word.lower() for word in lexicon.words("numbers", "tallies", "adverbs")),
        unanimous=tuple(
            form
            for phrase in lexicon.words("numbers", "tallies", "unanimous")
            for form in {phrase.lower(), phrase.capitalize(), phrase.upper()}
        ),
        reach=reach,
        function_words=function_words(lexicon),
    )


def find_tallies(
    text: str, segments: Segments, *, lexicon: Lexicon | None = None
) -> list[TallyMention]:
    """The tallies of ``text``, in text order."""
    lexicon = lexicon or default_lexicon()
    cues = _cues(lexicon)
    tallies: list[TallyMention] = []
    end = 0
    # One pass for the digit that may end a tally's first figure; the whole tally is read
    # from the start of that figure only there.
    for joined in _JOINED.finditer(text):
        start = joined.start()
        while start > end and text[start - 1] in _FIGURE:
            start -= 1
        if start < end:
            continue  # within the tally before
        tally = _votes(text, start) or _pair(text, start, segments, cues)
        if tally is not None:
            tallies.append(tally)
            end = tally.span.end
    worded = _worded_votes(lexicon)
    for vote in _VOTE_WORD.finditer(text.lower()):
        # Figures in words ("by seven votes to four"), around each "votes": those in digits
        # alone were read above.
        if vote.start() and text[vote.start() - 1].isalnum():
            continue  # "devotes"
        found = worded.search(
            text, max(0, vote.start() - _WORDED_REACH), vote.end() + 2 * _WORDED_REACH
        )
        if found is None or not found.start() <= vote.start() < found.end():
            continue
        if found.group("first")[0].isdigit() and found.group("second")[0].isdigit():
            continue
        figures = tuple(_figure(found.group(name), lexicon) for name in ("first", "second"))
        if None in figures or any(
            t.span.start < found.end() and found.start() < t.span.end for t in tallies
        ):
            continue
        tallies.append(_voted(found, tuple(int(f) for f in figures if f is not None)))
    counted = {segments.sentence_at(tally.span.start) for tally in tallies}
    for span in _phrases(text, cues.unanimous):
        # "voted 5-0 unanimously": one tally, the one with figures
        if segments.sentence_at(span.start) not in counted:
            cue = _unanimous_cue(span, segments, cues)
            if cue is not None:
                tallies.append(TallyMention(span=span, figures=(), cue=cue, unanimous=True))
    return sorted(tallies, key=lambda tally: tally.span.start)


def _votes(text: str, start: int) -> TallyMention | None:
    """The tally "58 votes to 41" or "31 votes in favour and 20 against" at ``start``."""
    found = _VOTES.match(text, start)
    if found is None:
        return None
    return _voted(found, (_whole(found.group("first")), _whole(found.group("second"))))


def _voted(found: re.Match[str], figures: tuple[int, ...]) -> TallyMention:
    """The tally of votes ``found`` matched, with its ``figures``: its cue is "votes" or "in
    favour"."""
    word = "votes" if found.group("votes") else "favour"
    return TallyMention(
        span=trusted_span(found.start(), found.end()),
        figures=figures,
        cue=trusted_span(found.start(word), found.end(word)),
    )


def _pair(text: str, start: int, segments: Segments, cues: _Cues) -> TallyMention | None:
    """The tally "5-2" or "52 to 48" at ``start``, when a word near it makes it one."""
    found = _PAIR.match(text, start)
    if found is None:
        return None
    cue = _cue(found, segments, cues)
    if cue is None:
        return None
    return TallyMention(
        span=trusted_span(found.start(), found.end()),
        figures=(_whole(found.group(1)), _whole(found.group(2))),
        cue=cue,
    )


def _phrases(text: str, forms: tuple[str, ...]) -> list[Span]:
    """Where ``forms`` stand in ``text`` as words of their own, in text order. Rare words are
    found faster by ``str.find`` than by a pattern that ignores case."""
    found = []
    for form in forms:
        at = text.find(form)
        while at >= 0:
            end = at + len(form)
            if not (at and text[at - 1].isalnum()) and not text[end : end + 1].isalnum():
                found.append(trusted_span(at, end))
            at = text.find(form, end)
    return sorted(found)


def _unanimous_cue(span: Span, segments: Segments, cues: _Cues) -> Span | None:
    """The verb of a tally within two words of a word of unanimity ("voted unanimously",
    "unanimously approved"), or the noun of one right after it ("a unanimous vote")."""
    words = segments.words
    first, last = words.at(span.start), words.at(span.end - 1)
    sentence = segments.sentences[segments.sentence_at(span.start)]
    after = words.lower[last + 1] if last + 1 < len(words) else ""
    if after in cues.nouns or after in cues.verbs:
        index = last + 1
    else:
        near = [*range(max(first - 2, 0), first), *range(last + 1, min(last + 3, len(words)))]
        index = next((i for i in near if words.lower[i] in cues.verbs), -1)
    if index < 0 or not sentence.start <= words.starts[index] < sentence.end:
        return None
    if index < first:
        gap_start, gap_end = words.ends[index], words.starts[first]
    else:
        gap_start, gap_end = words.ends[last], words.starts[index]
    if _BREAK.search(words.text, gap_start, gap_end):
        return None  # "unanimous, the board voted"
    return trusted_span(words.starts[index], words.ends[index])


def _figure(figure: str, lexicon: Lexicon) -> float | None:
    """A figure of a tally in digits or in words ("seven", "twenty-one") as a number;
    ``None`` for one that is no whole number."""
    if figure[0].isdigit():
        return _whole(figure)
    value = number_grammar(lexicon).value(figure)
    return value if value is not None and value == int(value) else None


def _whole(figure: str) -> int:
    """A figure written with thousands separators ("1,200") as a number."""
    return int(figure.replace(",", ""))


def _cue(found: re.Match[str], segments: Segments, cues: _Cues) -> Span | None:
    """The noun after a pair of numbers, or the verb before it, that makes it a tally."""
    words, text = segments.words, segments.words.text
    after = words.at(found.end())
    for index in (after, after + 1):
        # "the 4-3 vote", "a 2-1 home win"
        if index >= len(words) or _BREAK.search(text, found.end(), words.starts[index]):
            break
        if words.lower[index] in cues.nouns:
            return trusted_span(words.starts[index], words.ends[index])
        if not words.written[index].islower():
            break
    if after < len(words) and not _BREAK.search(text, found.end(), words.starts[after]):
        word = words.written[after]
        if (
            word.islower()
            and word not in cues.function_words
            and word not in cues.adverbs  # "voted 6-3 late on Tuesday"
            and not word.endswith("ly")  # "won 2-1 narrowly", "voted 5-0 unanimously"
        ):
            return None  # "approved 3-5 new schools": a range of what it counts
    first = words.at(found.start())
    if first > 0 and words.lower[first - 1] in cues.not_after:
        return None  # "from 5 to 10"
    sentence = segments.sentences[segments.sentence_at(found.start())]
    for index in range(first - 1, max(first - 2 - cues.reach, -1), -1):
        if words.starts[index] < sentence.start or _BREAK.search(
            text, words.ends[index], found.start()
        ):
            return None
        if words.lower[index] in cues.verbs:
            return trusted_span(words.starts[index], words.ends[index])
    return None
