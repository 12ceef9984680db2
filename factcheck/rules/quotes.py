"""FC4xx: quotes and attribution."""

from __future__ import annotations

import difflib
import functools
import itertools
import re
import sys
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence

from rapidfuzz import fuzz

from factcheck._lexicon import Lexicon
from factcheck._model import Claim, QuoteClaim, SpeakerKind
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import same_speaker, sorted_neighbours, speaker_group

__all__ = ["Misattribution", "QuoteDrift", "quote_words"]

#: Quotes shorter than this are too short to tell drift from a different sentence.
MIN_WORDS = 5
#: Quotes shorter than this may well be said by two people ("It was a tough game"): the
#: same words from two speakers are a misattribution only from this length on.
MISATTRIBUTION_MIN_WORDS = 7
#: How alike two wordings must be (0–100, rapidfuzz ratio of the normalized words).
DRIFT_SIMILARITY = 80.0
#: The fewest words of a quote that may differ from its other wording in three runs.
LONG_QUOTE = 12

_WORD = re.compile(r"[\w]+(?:['’][\w]+)*")


def quote_words(quote: str) -> list[str]:
    """The words of a quote, lowercased, with curly apostrophes made straight."""
    return list(_wording(quote)[0])


@functools.lru_cache(maxsize=1 << 16)
def _wording(quote: str) -> tuple[tuple[str, ...], str]:
    """The words of a quote (:func:`quote_words`) and the words joined by spaces: a quote is
    compared with many others, and read once. The words are interned: the quotes of an
    archive share most of theirs, and each kept its own copies (1.8 KB a quote)."""
    words = tuple(sys.intern(word.replace("’", "'")) for word in _WORD.findall(quote.lower()))
    return words, " ".join(words)


@functools.lru_cache(maxsize=1 << 16)
def _spelt(quote: str, lexicon: Lexicon) -> tuple[tuple[str, ...], str]:
    """The words of a quote as :func:`_wording` gives them, each spelt as ``[spelling]`` of
    ``text.toml`` reads it: "organise the neighbourhood" as "organize the neighborhood". A
    word stays one word, so the words stand where the quote's own do."""
    words, joined = _wording(quote)
    respell = _respelling(lexicon)
    if respell is None:
        return words, joined
    respelt = respell(joined)
    if respelt == joined:
        return words, joined  # most quotes: one copy of their words for both readings
    return tuple(map(sys.intern, respelt.split(" "))) if respelt else (), respelt


#: How many letters of a word come before a part spelt two ways ("neighb-our-hood"): "four"
#: and "hour" keep their "our".
_STEM = 3


@functools.cache
def _respelling(lexicon: Lexicon) -> Callable[[str], str] | None:
    """What spells words joined by spaces as ``[spelling]`` of ``text.toml`` reads them
    (``None`` when it lists nothing)."""
    table = lexicon.table("text").get("spelling", {})
    read_as: dict[str, str] = {}
    patterns: list[str] = []
    for key in ("parts", "words"):
        pairs = table.get(key, [])
        valid = isinstance(pairs, list) and all(
            isinstance(pair, list)
            and len(pair) == 2
            and all(isinstance(w, str) and w and " " not in w for w in pair)
            for pair in pairs
        )
        if not valid:
            raise lexicon.error(("text", "spelling", key), "each entry is [spelling, other]")
        others = {other.lower(): spelling.lower() for spelling, other in pairs}
        read_as.update(others)
        if others:
            alternation = "|".join(sorted(map(re.escape, others), key=len, reverse=True))
            patterns.append(
                rf"(?<=[^\W\d_]{{{_STEM}}})(?:{alternation})"
                if key == "parts"
                else rf"(?<!\S)(?:{alternation})(?!\S)"
            )
    if not patterns:
        return None
    pattern = re.compile("|".join(patterns))
    return functools.partial(pattern.sub, lambda match: read_as[match.group()])


def _contains(longer: Sequence[str], shorter: Sequence[str]) -> bool:
    return _find(longer, shorter, 0) >= 0


def _find(longer: Sequence[str], shorter: Sequence[str], start: int) -> int:
    """Where ``shorter`` first runs in ``longer`` from ``start`` on; -1 if nowhere."""
    width = len(shorter)
    for index in range(start, len(longer) - width + 1):
        if longer[index : index + width] == shorter:
            return index
    return -1


#: A mark of words left out of a quote: "…", "...", ". . .".
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")


@functools.lru_cache(maxsize=1 << 12)
def _pieces(quote: str) -> tuple[tuple[str, ...], ...]:
    """The runs of words of a quote between the marks of words left out."""
    runs = (_wording(piece)[0] for piece in _ELLIPSIS.split(quote))
    return tuple(run for run in runs if run)


def _elides(quote: str, words: Sequence[str]) -> bool:
    """Whether ``quote`` leaves words out of a quote of ``words`` ("We will rebuild every
    school … before the winter"): its runs between the marks are found there, in order."""
    if not _ELLIPSIS.search(quote):
        return False
    at = 0
    for run in _pieces(quote):
        found = _find(words, run, at)
        if found < 0:
            return False
        at = found + len(run)
    return True


@register
class QuoteDrift(Rule):
    """One speaker quoted with nearly the same words, but not the same.

    Two quotes of the same speaker agree in most of their words and differ in a few runs of
    them (two, three in a quote of a dozen words or more): one of them misquotes. A quote
    that is part of the other (a partial quote), or that leaves words of it out with an
    ellipsis ("We will rebuild … before the winter"), is not drift; nor is one that spells a
    word as another house style does ("organise", "organize"; the pairs are ``[spelling]``
    in ``text.toml``). Words are said once, so a later story does not supersede an earlier
    one's quote, however far apart they were written.

    **Conflict**::

        a.md: “We are bringing our crews home as we move to the next stage,” Ana Lima said.
        b.md: “We are bringing our crews home as we move to the next phase,” Ana Lima said.

    **No conflict**::

        a.md: “We are bringing our crews home as we move to the next stage,” Ana Lima said.
        b.md: Ana Lima said: “We are bringing our crews home.”
    """

    code = "FC401"
    name = "quote-drift"
    summary = "One speaker quoted with nearly the same words, but not the same."
    claim_type = QuoteClaim
    supersedes = False

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, QuoteClaim) or len(_wording(claim.quote)[0]) < MIN_WORDS:
            return None
        return speaker_group(claim.speaker)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, QuoteClaim) and isinstance(b, QuoteClaim)):
            return None
        if a.speaker is None or b.speaker is None:
            return None
        if not same_speaker(a.speaker, b.speaker):
            return None
        # Words spelt as a house style may respell them ("organise", "organize") are the same.
        words_a, joined_a = _spelt(a.quote, context.lexicon)
        words_b, joined_b = _spelt(b.quote, context.lexicon)
        # Most pairs of one speaker's quotes are two quotes: the similarity, worked out in
        # C, turns them down before the word-by-word searches.
        if words_a == words_b or fuzz.ratio(joined_a, joined_b) < DRIFT_SIMILARITY:
            return None
        if _contains(words_a, words_b) or _contains(words_b, words_a):
            return None
        if _elides(a.quote, _wording(b.quote)[0]) or _elides(b.quote, _wording(a.quote)[0]):
            return None  # one leaves words of the other out, and says so
        changes = _changes(words_a, words_b)
        if not changes or len(changes) > _most_changes(len(words_a), len(words_b)):
            return None
        differences = "; ".join(
            f"'{old}' vs '{new}'" for old, new in _shown(changes, a.quote, b.quote)
        )
        return f"{a.speaker.name} is quoted in two wordings: {differences}"

    def pairs(self, claims: Sequence[Claim], context: Context) -> Iterable[tuple[Claim, Claim]]:
        """A prolific speaker's quotes: each against its neighbours in word order."""
        quotes = [claim for claim in claims if isinstance(claim, QuoteClaim)]
        lexicon = context.lexicon
        return sorted_neighbours(quotes, [_spelt(claim.quote, lexicon)[0] for claim in quotes])


def _most_changes(words_a: int, words_b: int) -> int:
    """How many runs of words two wordings of one quote may differ in and still be one
    quote told twice: two, three once both run to a dozen words ("We told the board about
    these cracks in May, and they chose to keep the line open" and "We warned the board
    about these cracks back in May, and they decided to keep the line open"), and one more
    for each six words past that."""
    shorter = min(words_a, words_b)
    return 2 if shorter < LONG_QUOTE else max(3, shorter // 6)


#: A run of words that differ between two wordings: where it starts and ends among the
#: words of the first, and among those of the second.
_Change = tuple[int, int, int, int]


@functools.lru_cache(maxsize=1 << 12)
def _changes(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[_Change, ...]:
    """The runs of words that differ between two wordings; not words one of them only has
    before or after all the other's (a partial quote: "This is the worst flooding in a
    generation" and "the worst flooding in a century" differ in "generation", not in "this
    is"). Kept for the last pairs of wordings: a much-quoted pair recurs in story after
    story (3,139 pairs in the 7,004 FC401 matched over 10k articles), and difflib's
    matching took most of FC401's time."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return tuple(
        (i1, i2, j1, j2)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
        and not (
            tag in ("insert", "delete") and ((i1, j1) == (0, 0) or (i2, j2) == (len(a), len(b)))
        )
    )


#: What joins two words of one number as a quote writes it: "3,000", "2.5", "10:30".
_NUMBER_JOINTS = frozenset(",.:")


@functools.lru_cache(maxsize=1 << 12)
def _joints(quote: str) -> tuple[str, ...]:
    """What comes between each word of a quote (:func:`_wording`) and the next, as shown: the
    mark between two runs of digits that make one number ("3,000"), else a space."""
    lowered = quote.lower()  # as _wording finds the words
    joints = []
    for first, second in itertools.pairwise(_WORD.finditer(lowered)):
        between = lowered[first.end() : second.start()]
        number = first.group().isdigit() and second.group().isdigit()
        joints.append(between if number and between in _NUMBER_JOINTS else " ")
    return tuple(joints)


def _shown(changes: Sequence[_Change], quote_a: str, quote_b: str) -> list[tuple[str, str]]:
    """The ``changes`` between two quotes, side by side, in the words the quotes spell (not
    as ``[spelling]`` respells them), each widened to the whole of a number it changes part
    of ("3,000" vs "3,500", not "000" vs "500"); changes that meet in one number are shown
    as one."""
    words = (_wording(quote_a)[0], _wording(quote_b)[0])
    joints = (_joints(quote_a), _joints(quote_b))

    def joined(side: int, at: int) -> bool:  # whether the words either side of ``at`` are one
        return 0 < at < len(words[side]) and joints[side][at - 1] != " "

    widened: list[list[int]] = []
    for i1, i2, j1, j2 in changes:
        # The words taken in on either side are words both quotes share.
        left = right = 0
        while i1 - left > 0 and j1 - left > 0 and (joined(0, i1 - left) or joined(1, j1 - left)):
            left += 1
        while (joined(0, i2 + right) or joined(1, j2 + right)) and (
            i2 + right < len(words[0]) and j2 + right < len(words[1])
        ):
            right += 1
        span = [i1 - left, i2 + right, j1 - left, j2 + right]
        if widened and (span[0] < widened[-1][1] or span[2] < widened[-1][3]):
            widened[-1][1] = max(widened[-1][1], span[1])
            widened[-1][3] = max(widened[-1][3], span[3])
        else:
            widened.append(span)

    def text(side: int, start: int, end: int) -> str:
        if start == end:
            return "—"
        shown = words[side][start]
        for at in range(start + 1, end):
            shown += joints[side][at - 1] + words[side][at]
        return shown

    return [(text(0, i1, i2), text(1, j1, j2)) for i1, i2, j1, j2 in widened]


@register
class Misattribution(Rule):
    """The same words attributed to different named people.

    Two quotes with the same words (ignoring case, punctuation and the spellings of
    ``[spelling]`` in ``text.toml``) have speakers who are named, different people.
    Organizations and unnamed sources are left alone: a spokesperson speaks for their
    organization. Quotes of fewer than seven words are left alone too: two people may well
    say "It was a tough game". As with drift, a later story does not supersede the earlier.

    **Conflict**::

        a.md: “The pier will close for repairs in May,” Ana Lima said.
        b.md: “The pier will close for repairs in May,” Tomas Berg said.

    **No conflict**::

        a.md: “The pier will close for repairs in May,” Ana Lima said.
        b.md: “The pier will close for repairs in May,” Ms Lima told reporters.
    """

    code = "FC402"
    name = "misattribution"
    summary = "The same words attributed to different named people."
    claim_type = QuoteClaim
    supersedes = False

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, QuoteClaim) or claim.speaker is None:
            return None
        if claim.speaker.kind is not SpeakerKind.PERSON or claim.speaker.role_only:
            return None
        words, joined = _spelt(claim.quote, context.lexicon)
        return joined if len(words) >= MISATTRIBUTION_MIN_WORDS else None

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, QuoteClaim) and isinstance(b, QuoteClaim)):
            return None
        if a.speaker is None or b.speaker is None:
            return None
        if same_speaker(a.speaker, b.speaker):
            return None
        return f"the same words are attributed to {a.speaker.name} and to {b.speaker.name}"

    def consensus(self, claims: Sequence[Claim], context: Context) -> Sequence[Claim]:
        """Much-repeated words: the quotes attributed to the speaker most of them name."""
        quotes = [c for c in claims if isinstance(c, QuoteClaim) and c.speaker is not None]
        counts = Counter(c.speaker.key for c in quotes if c.speaker is not None)
        if not counts:
            return ()
        speaker = max(sorted(counts), key=lambda key: counts[key])
        return [c for c in quotes if c.speaker is not None and c.speaker.key == speaker][:3]
