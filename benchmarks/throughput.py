"""Throughput: megabytes per second of finding amounts and time expressions, and of the whole
extraction (load → claims), on news text and on text written to make regexes slow.

    python benchmarks/throughput.py [--news DIR] [--size MB]

Prints, in CPU seconds (best of a few runs, so other processes on the machine do not count):

- amounts and time expressions found (with normalization) in the Wikinews corpus repeated to
  ``--size`` MB (default 10), and in 1 MB of adversarial text, with their ratio;
- the whole extraction, article by article, over the corpus repeated to ``--size`` MB.

Targets: finding ≥ 2 MB/s on news and adversarial text no slower than 4× news; extraction
≥ 1 MB/s. ``--news`` defaults to ``../shared/bench/news/wikinews`` next to the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from pathlib import Path

from amounts_speed import DEFAULT_NEWS, adversarial_text, megabytes_per_second, news_text

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


def extraction_rate(folder: Path, size_mb: float) -> tuple[float, int, int]:
    """MB/s of ``read`` over the corpus's articles repeated to ``size_mb``; and how many
    documents and claims."""
    articles = [path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt"))]
    total = sum(len(text.encode("utf-8")) for text in articles)
    copies = max(1, -(-int(size_mb * 1e6) // total))
    documents = [
        factcheck.Document(text=text, id=f"{copy}-{number}", published="2020-01-01")
        for copy in range(copies)
        for number, text in enumerate(articles)
    ]
    start = time.process_time()
    claims = sum(len(read(document).claims) for document in documents)
    seconds = time.process_time() - start
    return copies * total / 1e6 / seconds, len(documents), claims


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of .txt files")
    parser.add_argument("--size", type=float, default=10.0, help="megabytes of news text")
    args = parser.parse_args(argv)
    if not args.news.is_dir():
        print(f"no news corpus at {args.news}", file=sys.stderr)
        return 2
    scan("about 5 km on Friday")  # build the registry and compile the patterns once
    news = megabytes_per_second(scan, news_text(args.size, folder=args.news), runs=2)
    amounts_adversarial = megabytes_per_second(scan, adversarial_text(1.0), runs=2)
    times_adversarial = megabytes_per_second(scan, time_adversarial(1.0), runs=2)
    worst = min(amounts_adversarial, times_adversarial)
    print(f"finding amounts and times, news ({args.size:g} MB): {news:.2f} MB/s")
    print(f"finding, adversarial for amounts (1 MB): {amounts_adversarial:.2f} MB/s")
    print(f"finding, adversarial for times (1 MB): {times_adversarial:.2f} MB/s")
    print(f"slowest adversarial vs news: {news / worst:.2f}x slower")
    rate, documents, claims = extraction_rate(args.news, args.size)
    print(
        f"whole extraction, {documents} articles ({args.size:g} MB): {rate:.2f} MB/s, "
        f"{claims} claims"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
