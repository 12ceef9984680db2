"""Throughput: megabytes per second of finding amounts and time expressions, and of the whole
extraction (load → claims), on news text and on text written to make regexes slow.

    python benchmarks/throughput.py [--news DIR] [--size MB]

Prints, in CPU seconds (best of a few runs, so other processes on the machine do not count):

- amounts and time expressions found (with normalization) in the Wikinews corpus repeated to
  ``--size`` MB (default 10), and in 1 MB of adversarial text, with their ratio;
- the whole extraction (load → claims), article by article, over the corpus repeated to
  ``--size`` MB, in a fresh process each run (best of ``--runs``), so that each run starts with
  nothing cached: the first copy of the corpus is read with cold caches (as an archive of new
  articles is), the later copies with warm ones; both rates are printed too.

Targets: finding ≥ 2 MB/s on news and adversarial text no slower than 4× news; extraction
≥ 1 MB/s. ``--news`` defaults to ``../shared/bench/news/wikinews`` next to the repository;
the folder above it (``../shared/bench/news``) names the same corpus.
"""

from __future__ import annotations

import argparse
import concurrent.futures
import math
import multiprocessing
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from amounts_speed import (
    DEFAULT_NEWS,
    adversarial_text,
    megabytes_per_second,
    news_folder,
    news_text,
)

import factcheck
from factcheck._amounts import find_amounts
from factcheck._claims import read
from factcheck._times import find_times

#: Adversarial runs for the time finder as well: month names in a row, "to to to", digits.
TIME_PIECES = ("March March ", "to ", "1999 2000 ", "((((", "within within ", "Friday,")


def scan(text: str) -> None:
    """Find the amounts and the time expressions of ``text``, normalized."""
    find_amounts(text)
    find_times(text)


def time_adversarial(size_mb: float = 1.0) -> str:
    share = int(size_mb * 1e6) // len(TIME_PIECES)
    return "\n".join(piece * (share // len(piece)) for piece in TIME_PIECES)


def extraction_rate(folder: Path, size_mb: float) -> tuple[float, float, float, int, int]:
    """MB/s of loading and extracting the corpus's articles repeated to ``size_mb``, in this
    process, with nothing cached before: overall, for the first copy (cold caches) and for
    the later copies; and how many documents and claims."""
    scan("about 5 km on Friday")  # build the registry and compile the patterns once
    paths = sorted(folder.glob("*.txt"))
    total = sum(path.stat().st_size for path in paths)
    copies = max(1, -(-int(size_mb * 1e6) // total))
    seconds = []
    claims = 0
    for _ in range(copies):
        start = time.process_time()
        for path in paths:
            claims += len(read(factcheck.load(path, published="2020-01-01")).claims)
        seconds.append(time.process_time() - start)
    later = sum(seconds[1:]) or float("nan")
    return (
        copies * total / 1e6 / sum(seconds),
        total / 1e6 / seconds[0],
        (copies - 1) * total / 1e6 / later,
        copies * len(paths),
        claims,
    )


def fresh_extraction_rate(
    folder: Path, size_mb: float, runs: int
) -> tuple[float, float, float, int, int]:
    """:func:`extraction_rate` in a fresh process each run; the run with the best overall
    rate."""
    context = multiprocessing.get_context("spawn")
    results = []
    for _ in range(runs):
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
            results.append(pool.submit(extraction_rate, folder, size_mb).result())
    return max(results)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of .txt files")
    parser.add_argument("--size", type=float, default=10.0, help="megabytes of news text")
    parser.add_argument("--runs", type=int, default=3, help="fresh processes for extraction")
    args = parser.parse_args(argv)
    folder = news_folder(args.news)
    if folder is None:
        print(f"no news text (.txt files) in {args.news} or one folder in it", file=sys.stderr)
        return 2
    scan("about 5 km on Friday")  # build the registry and compile the patterns once
    news = megabytes_per_second(scan, news_text(args.size, folder=folder), runs=2)
    amounts_adversarial = megabytes_per_second(scan, adversarial_text(1.0), runs=2)
    times_adversarial = megabytes_per_second(scan, time_adversarial(1.0), runs=2)
    worst = min(amounts_adversarial, times_adversarial)
    print(f"finding amounts and times, news ({args.size:g} MB): {news:.2f} MB/s")
    print(f"finding, adversarial for amounts (1 MB): {amounts_adversarial:.2f} MB/s")
    print(f"finding, adversarial for times (1 MB): {times_adversarial:.2f} MB/s")
    print(f"slowest adversarial vs news: {news / worst:.2f}x slower")
    rate, cold, warm, documents, claims = fresh_extraction_rate(folder, args.size, args.runs)
    print(
        f"whole extraction (load → claims), {documents} articles ({args.size:g} MB): "
        f"{rate:.2f} MB/s, {claims} claims (best of {args.runs} fresh processes)"
    )
    later = "none (one copy)" if math.isnan(warm) else f"{warm:.2f} MB/s"
    print(f"  first copy, caches cold: {cold:.2f} MB/s; later copies, caches warm: {later}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
