"""Which story a text tells: the names it is most about, and whether two texts tell one story.

A happening a text names without an owner ("the evacuation took six hours", "the
investigation will take three months") is the one its story tells of, and another story's
"the evacuation" is another. Two texts tell one story when they keep naming the same names:
the people, places and bodies a report of one event returns to. The names are the
capitalized words a text gives (in its headline too, and in capitals, as a dateline writes
them) that are not words it also writes in lower case ("The" opening a sentence, "Council"
of "the council"), nor function words, titles, weekdays, months, holidays or the names of
countries of ``subjects.toml`` (two stories of one country are not one story): those it
gives most first, then those it gives once (a brief names each once). ``[story]`` in
``subjects.toml`` says how many names a story keeps and how many two stories must share.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence

from factcheck._lexicon import Lexicon
from factcheck._timegrammar import time_grammar
from factcheck._words import function_words, titles

__all__ = ["one_story", "story_names"]

#: A capitalized word ("Kesh", "O'Neill", "Kelder-Lane") or one in capitals ("NATO"). The
#: letter comes first and what stands before it is looked at after, the same as a leading
#: "\b": a pattern that opens with a set of letters lets the regex engine skip to the next
#: such letter, where one that opens with "\b" is tried at every character (twice as long).
_CAPITALIZED = re.compile(r"[A-Z](?<!\w[A-Z])[\w’'-]*")
#: A word in lower case.
_LOWER = re.compile(r"[a-z](?<!\w[a-z])[\w’'-]*")
#: The possessive or closing apostrophe of a name ("Lane's", "Lima’s", "Brooks'").
_POSSESSIVE = re.compile(r"(?:['’]s|['’])\Z")


def story_names(text: str, lexicon: Lexicon, title: str | None = None) -> tuple[str, ...]:
    """The names ``text`` (with its ``title``, when it has one) is most about, the most named
    first (ties: the first named first): at most ``[story].names`` of them. A short report
    names most people and places once ("Maren Oduya, the federation's general secretary"),
    and those it names once are what tells it from another report of its town; a brief may
    name each of its names once, and they are still what it is about. A headline names what
    its story is about ("Penhallow Bridge lanes to stay closed"), and a name in capitals is
    that name ("CARROWMERE —" of a dateline, where the text writes "Carrowmere" too)."""
    keep, _ = _settings(lexicon)
    told = text if title is None else f"{title}\n{text}"
    skipped = _not_names(lexicon) | set(_LOWER.findall(text))
    counts: Counter[str] = Counter()
    shouted: Counter[str] = Counter()
    for match in _CAPITALIZED.finditer(told):
        word = _POSSESSIVE.sub("", match.group())
        if len(word) > 1 and word.lower() not in skipped:
            if len(word) > 2 and word.isupper():
                shouted[word] += 1
            else:
                counts[word] += 1
    for word, count in shouted.items():
        name = word.capitalize()
        counts[name if name in counts else word] += count
    # Counter keeps first insertion order among equal counts.
    names = counts.most_common(keep)
    return tuple(word for word, _ in names)


def one_story(a: Sequence[str], b: Sequence[str], lexicon: Lexicon) -> bool:
    """Whether texts with the story names ``a`` and ``b`` (:func:`story_names`) tell one
    story: they share at least ``[story].shared`` names, and either half the names of the one
    with fewer, or the name each of them is most about ("Lowick" and "Lane" of two stories
    about Ada Lane and a Lowick fire; not "Kesland" and "Lima" of a Kesland flood and of a
    Kesland election that Ana Lima won, though the one is most about Kesland)."""
    _, least = _settings(lexicon)
    if not a or not b:
        return False
    shared = set(a) & set(b)
    if len(shared) < least:
        return False
    return 2 * len(shared) >= min(len(a), len(b)) or (a[0] in shared and b[0] in shared)


@functools.cache
def _settings(lexicon: Lexicon) -> tuple[int, int]:
    """How many names a story keeps and how many two stories share, from ``[story]``."""
    table = lexicon.table("subjects").get("story", {})
    found = []
    for field, default in (("names", 8), ("shared", 2)):
        value = table.get(field, default)
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise lexicon.error(("subjects", "story", field), "must be a whole number above 0")
        found.append(value)
    return found[0], found[1]


@functools.cache
def _not_names(lexicon: Lexicon) -> frozenset[str]:
    """The lowercased words that name no story: function words, titles, weekdays, months and
    holidays, and the words of countries' names and adjectives."""
    calendar = {
        word.rstrip(".")
        for word, (code, _) in time_grammar(lexicon).vocabulary.items()
        if code in ("W", "M", "H")
    }
    countries = {
        word.lower()
        for code in lexicon.table("subjects").get("countries", {})
        for field in ("names", "adjectives")
        for name in lexicon.words("subjects", "countries", code, field)
        for word in name.split()
    }
    return function_words(lexicon) | titles(lexicon) | calendar | countries
