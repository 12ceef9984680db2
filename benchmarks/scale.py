"""Scale: a synthetic archive of 10k and 100k claims, many of them on one subject.

    python benchmarks/scale.py [--sizes 10000 100000] [--seed 1]

Writes stories of four sentences each (a count of troops, a stance on leaving or staying with
a time, a quote, a statement date), most about one country's forces, eight a day (a larger
archive covers more days, as a newsroom's does), with a few stories that depart from what the
rest say. Each size is
checked in a fresh process; prints the claims, the findings, CPU seconds and peak memory
(resident set size) for each size, and the ratio of the largest to the smallest.

Target: growth about linear, a time ratio of at most 12 for 10× the claims.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Sequence

import factcheck

SAMPLE = 50  # stories read to learn how many claims a story gives
STORIES_PER_DAY = 8  # an archive ten times larger covers ten times the days
COUNTRIES = ("US", "British", "French", "German", "Turkish", "Italian", "Dutch", "Polish")
PLACES = ("Syria", "Iraq", "Mali", "Niger", "Estonia", "Latvia", "Kosovo", "Jordan")
SPEAKERS = (
    "Ana Lima", "Tomas Berg", "Mara Holt", "Ivo Kranjc", "Lena Ruud", "Omar Haddad",
    "Petra Novak", "Jonas Vik", "Sara Mendes", "Karl Osei",
)  # fmt: skip
HEDGES = ("about", "roughly", "some", "around")
WORDS = (
    "talks", "went", "well", "we", "expect", "progress", "on", "the", "border", "plan", "soon",
    "our", "partners", "agree", "that", "security", "comes", "first", "and", "training",
    "continues", "every", "week", "with", "local", "forces", "in", "good", "spirit",
)  # fmt: skip
STAYING = ("for now", "for the time being", "until next year")
LEAVING = ("within 60 to 100 days", "by the end of the year", "in the coming weeks")


def _published(number: int, start: dt.date) -> dt.date:
    return start + dt.timedelta(days=number // STORIES_PER_DAY)


def _statement(number: int, start: dt.date, *, day_before: bool = False) -> str:
    """Story ``number``'s statement: its speaker, the day said, and a project of its own."""
    speaker = SPEAKERS[number * 7 % len(SPEAKERS)]
    said = _published(number, start) - dt.timedelta(days=1 if day_before else 0)
    return f"{speaker} said {said:%A} that the review of project {_name(number)} was done."


def _name(number: int) -> str:
    """A made-up word of its own for each number ("bake", "bakebi"...)."""
    syllables = [f"{consonant}{vowel}" for consonant in "bdgklmnprstvz" for vowel in "aeiou"]
    word = ""
    while True:
        number, syllable = divmod(number, len(syllables))
        word += syllables[syllable]
        if not number:
            return word.capitalize()


def story(rng: random.Random, number: int, start: dt.date) -> factcheck.Document:
    """One synthetic story. Most are about US forces; one in fifty gives a count three times
    the others', one in ten says the forces will leave where the rest say they will stay, and
    one in a hundred dates the statement of the story before it a day earlier."""
    country = "US" if rng.random() < 0.6 else rng.choice(COUNTRIES)
    place = rng.choice(PLACES)
    figure = 2000 + 50 * rng.randrange(-1, 2)
    if rng.random() < 0.02:
        figure *= 3
    stance, times = ("will remain in", STAYING) if rng.random() < 0.9 else ("will leave", LEAVING)
    speaker, other = rng.sample(SPEAKERS, 2)
    quote = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(6, 14)))
    restated = number > 0 and rng.random() < 0.01
    statement = (
        _statement(number - 1, start, day_before=True) if restated else _statement(number, start)
    )
    text = (
        f"{rng.choice(HEDGES).capitalize()} {figure:,} {country} troops are stationed in "
        f"{place}, {speaker} said.\n\n"
        f"{country} troops {stance} {place} {rng.choice(times)}.\n\n"
        f"“{quote.capitalize()},” {other} said.\n\n"
        f"{statement}\n"
    )
    return factcheck.Document(
        text=text, id=f"story-{number:06d}", published=_published(number, start)
    )


def archive(claims: int, seed: int) -> list[factcheck.Document]:
    """Stories enough for about ``claims`` claims (as many per story as a sample gives)."""
    start = dt.date(2030, 1, 1)
    sampler = random.Random(seed)
    sample = [story(sampler, number, start) for number in range(SAMPLE)]
    per_story = sum(len(factcheck.extract(document)) for document in sample) / SAMPLE
    rng = random.Random(seed)
    return [story(rng, number, start) for number in range(round(claims / per_story))]


def measure(claims: int, seed: int) -> dict[str, object]:
    """Check an archive of about ``claims`` claims; the figures of the run."""
    documents = archive(claims, seed)
    started = time.process_time()
    report = factcheck.check(documents)
    seconds = time.process_time() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "documents": len(documents),
        "claims": len(report.claims),
        "findings": len(report.findings),
        "by_rule": dict(sorted(Counter(f.rule for f in report.findings).items())),
        "seconds": seconds,
        "peak_mb": peak_kb / 1024,
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # run one size, print JSON
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(measure(args.one, args.seed)))
        return 0
    results = []
    for size in sorted(args.sizes):
        command = [sys.executable, __file__, "--one", str(size), "--seed", str(args.seed)]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(output)
        results.append(result)
        print(
            f"{result['claims']:>8,} claims in {result['documents']:,} stories: "
            f"{result['findings']:,} findings, {result['seconds']:.1f} s CPU, "
            f"peak {result['peak_mb']:.0f} MB"
        )
        print(f"{'':>10}findings by rule: {result['by_rule']}")
    if len(results) > 1:
        small, large = results[0], results[-1]
        growth = large["claims"] / small["claims"]
        print(
            f"{growth:.1f}× the claims: time ×{large['seconds'] / small['seconds']:.2f}, "
            f"findings ×{large['findings'] / max(small['findings'], 1):.2f}, "
            f"peak memory ×{large['peak_mb'] / small['peak_mb']:.2f} (target: time ratio ≤ 12)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
