"""FC4xx: quotes and attribution."""

from __future__ import annotations

import difflib
import functools
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Sequence

from rapidfuzz import fuzz

from factcheck._model import Claim, QuoteClaim, SpeakerKind
from factcheck.rules._base import Context, Rule, register
from factcheck.rules._relations import same_speaker, sorted_neighbours

__all__ = ["Misattribution", "QuoteDrift", "quote_words"]

#: Quotes shorter than this are too short to tell drift from a different sentence.
MIN_WORDS = 5
#: How alike two wordings must be (0–100, rapidfuzz ratio of the normalized words).
DRIFT_SIMILARITY = 80.0

_WORD = re.compile(r"[\w]+(?:['’][\w]+)*")


def quote_words(quote: str) -> list[str]:
    """The words of a quote, lowercased, with curly apostrophes made straight."""
    return list(_wording(quote)[0])


@functools.lru_cache(maxsize=1 << 16)
def _wording(quote: str) -> tuple[tuple[str, ...], str]:
    """The words of a quote (:func:`quote_words`) and the words joined by spaces: a quote is
    compared with many others, and read once."""
    words = tuple(word.replace("’", "'") for word in _WORD.findall(quote.lower()))
    return words, " ".join(words)


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


def _speaker_key(claim: QuoteClaim) -> str | None:
    speaker = claim.speaker
    if speaker is None or speaker.kind is SpeakerKind.UNNAMED:
        return None
    # Group by surname so that "sanders" meets "sarah sanders"; same_speaker decides.
    return speaker.key.split()[-1] if speaker.kind is SpeakerKind.PERSON else speaker.key


@register
class QuoteDrift(Rule):
    """One speaker quoted with nearly the same words, but not the same.

    Two quotes of the same speaker agree in most of their words and differ in a few: one of
    them misquotes. A quote that is part of the other (a partial quote), or that leaves words of
    it out with an ellipsis ("We will rebuild … before the winter"), is not drift.

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

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, QuoteClaim) or len(_wording(claim.quote)[0]) < MIN_WORDS:
            return None
        return _speaker_key(claim)

    def conflict(self, a: Claim, b: Claim, context: Context) -> str | None:
        if not (isinstance(a, QuoteClaim) and isinstance(b, QuoteClaim)):
            return None
        if a.speaker is None or b.speaker is None:
            return None
        if not same_speaker(a.speaker, b.speaker):
            return None
        (words_a, joined_a), (words_b, joined_b) = _wording(a.quote), _wording(b.quote)
        if words_a == words_b or _contains(words_a, words_b) or _contains(words_b, words_a):
            return None
        if _elides(a.quote, words_b) or _elides(b.quote, words_a):
            return None  # one leaves words of the other out, and says so
        if fuzz.ratio(joined_a, joined_b) < DRIFT_SIMILARITY:
            return None
        changes = _changes(words_a, words_b)
        if not changes or len(changes) > max(2, len(words_a) // 8):
            return None
        differences = "; ".join(f"'{old}' vs '{new}'" for old, new in changes)
        return f"{a.speaker.name} is quoted in two wordings: {differences}"

    def pairs(self, claims: Sequence[Claim], context: Context) -> Iterable[tuple[Claim, Claim]]:
        """A prolific speaker's quotes: each against its neighbours in word order."""
        quotes = [claim for claim in claims if isinstance(claim, QuoteClaim)]
        return sorted_neighbours(quotes, [_wording(claim.quote)[0] for claim in quotes])


def _changes(a: Sequence[str], b: Sequence[str]) -> list[tuple[str, str]]:
    """The runs of words that differ between two wordings, side by side."""
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return [
        (" ".join(a[i1:i2]) or "—", " ".join(b[j1:j2]) or "—")
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
        if tag != "equal"
    ]


@register
class Misattribution(Rule):
    """The same words attributed to different named people.

    Two quotes with the same words (ignoring case and punctuation) have speakers who are
    named, different people. Organizations and unnamed sources are left alone: a spokesperson
    speaks for their organization.

    **Conflict**::

        a.md: “The pier will close in May,” Ana Lima said.
        b.md: “The pier will close in May,” Tomas Berg said.

    **No conflict**::

        a.md: “The pier will close in May,” Ana Lima said.
        b.md: “The pier will close in May,” Ms Lima told reporters.
    """

    code = "FC402"
    name = "misattribution"
    summary = "The same words attributed to different named people."
    claim_type = QuoteClaim

    def group(self, claim: Claim, context: Context) -> Hashable | None:
        if not isinstance(claim, QuoteClaim) or claim.speaker is None:
            return None
        if claim.speaker.kind is not SpeakerKind.PERSON or claim.speaker.role_only:
            return None
        words, joined = _wording(claim.quote)
        return joined if len(words) >= MIN_WORDS else None

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
