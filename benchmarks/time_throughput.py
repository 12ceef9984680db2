"""How fast the time-expression finder reads news, and text built to make it slow.

``news_corpus()`` repeats the Wikinews articles of ``../shared/bench/news/wikinews`` (each with
its publication date from ``MANIFEST.tsv`` as the reference) to the size asked;
``adversarial_text()`` is one megabyte of long digit runs, "to to to ...", a word without
spaces, nested brackets and 10,000 month names in a row. ``throughput()`` measures either in
megabytes per second of processor time (the best of a few passes, so that other work on the
machine counts less).

Usage: ``python benchmarks/time_throughput.py`` prints both rates and their ratio.
"""

from __future__ import annotations

import csv
import datetime as dt
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from factcheck._times import find_times

REPOSITORY = Path(__file__).resolve().parent.parent
NEWS = REPOSITORY.parent / "shared" / "bench" / "news" / "wikinews"

Text = tuple[str, dt.datetime | None]


def news_corpus(megabytes: float = 10.0, folder: Path = NEWS) -> list[Text]:
    """The news articles of ``folder`` with their publication dates, repeated to ``megabytes``."""
    dates: dict[str, dt.datetime] = {}
    with (folder / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            dates[row["file"]] = dt.datetime.fromisoformat(row["date"])
    articles = [
        (path.read_text(encoding="utf-8"), dates.get(path.name))
        for path in sorted(folder.glob("*.txt"))
    ]
    size = sum(len(text) for text, _ in articles)
    copies = max(1, round(megabytes * 1e6 / size + 0.5))
    return articles * copies


def adversarial_text(size: int = 1_000_000, seed: int = 2019) -> str:
    """Text that would make a backtracking or quadratic finder slow, ``size`` characters.

    The month names are in an order drawn from ``seed``.
    """
    fifth = size // 5
    digits = " ".join("31415926535897932384" * 50 for _ in range(fifth // 1001))
    months = "January February March April May June July August September October November December"
    # In random order, so that no two runs of month names are alike (alike ones are read once).
    shuffled = random.Random(seed)
    month_list = [shuffled.choice(months.split()) for _ in range(10_000)]
    parts = [
        digits,
        "to " * (fifth // 3),
        "abcdefghijklmnopqrstuvwxyz" * (fifth // 26),
        "(" * (fifth // 2) + ")" * (fifth // 2),
        " ".join(month_list),
    ]
    text = " ".join(parts)
    return (text + " to" * (size // 3))[:size]


def throughput(texts: Sequence[Text], passes: int = 3) -> float:
    """Megabytes of ``texts`` read per second of processor time, the best of ``passes``."""
    size = sum(len(text) for text, _ in texts)
    find_times("warm-up: 17 years ago on Friday, within 60 days", reference=dt.datetime(2019, 1, 1))
    best = float("inf")
    for _ in range(passes):
        began = time.process_time()
        for text, reference in texts:
            find_times(text, reference=reference)
        best = min(best, time.process_time() - began)
    return size / 1e6 / best


def main() -> int:
    """Print the news and adversarial rates and their ratio.

    Each adversarial text is read once, and the best of three is kept: the finder keeps what
    it read of runs of time words it has seen, and a second pass over the same text would
    measure that memory, not the finder.
    """
    news = throughput(news_corpus())
    adversarial = max(
        throughput([(adversarial_text(seed=seed), dt.datetime(2019, 1, 1))], passes=1)
        for seed in range(3)
    )
    print(f"news:        {news:6.2f} MB/s")
    print(f"adversarial: {adversarial:6.2f} MB/s  (news is {news / adversarial:.2f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
