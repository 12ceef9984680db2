"""How fast factcheck finds amounts: on news text, and on text written to make regexes slow.

    python benchmarks/amounts_speed.py [--news DIR] [--size MB]

Prints megabytes per second of CPU time (best of a few runs, so that other processes on the
machine do not count) for the amount finder on the Wikinews corpus repeated to ``--size`` MB,
on the corpus read once with nothing cached yet, and on 1 MB of adversarial text (long digit
runs, "to to to", no spaces, nested brackets, "a half a half"), with the ratio of the two.
``--news`` defaults to ``../shared/bench/news/wikinews`` next to the repository.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from factcheck._amounts import find_amounts

DEFAULT_NEWS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "news" / "wikinews"
)

#: Pieces of adversarial text, each repeated in one long run to fill an equal share: long
#: digit runs (bare, and with separators), "to to to", no spaces, nested brackets, and
#: "a half a half".
ADVERSARIAL_PIECES = ("1234567890", "1,000,", "to ", "nospaces", "((((", "))))", "a half ")

#: Text where nearly every word is an amount: the cost is per amount found, not backtracking.
DENSE_PIECE = "1 to 2 to "


def news_folder(path: Path) -> Path | None:
    """The folder of the news corpus's ``.txt`` files: ``path``, or the one folder inside it
    that holds them (``news/wikinews`` for ``news``); ``None`` when there is no such folder."""
    if not path.is_dir():
        return None
    if any(path.glob("*.txt")):
        return path
    inside = [sub for sub in sorted(path.iterdir()) if sub.is_dir() and any(sub.glob("*.txt"))]
    return inside[0] if len(inside) == 1 else None


def news_text(size_mb: float, *, folder: Path = DEFAULT_NEWS) -> str:
    """The news corpus, repeated until it is at least ``size_mb`` megabytes of UTF-8."""
    corpus = "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(folder.glob("*.txt")))
    if not corpus:
        raise FileNotFoundError(f"no news text in {folder}")
    copies = max(1, -(-int(size_mb * 1e6) // len(corpus.encode("utf-8"))))
    return "\n\n".join([corpus] * copies)


def adversarial_text(size_mb: float = 1.0) -> str:
    """``size_mb`` megabytes made of :data:`ADVERSARIAL_PIECES`, each in one long run."""
    share = int(size_mb * 1e6) // len(ADVERSARIAL_PIECES)
    return "\n".join(piece * (share // len(piece)) for piece in ADVERSARIAL_PIECES)


def megabytes_per_second(find: Callable[[str], object], text: str, *, runs: int = 3) -> float:
    """How many megabytes of ``text`` ``find`` reads per second of CPU time, best of ``runs``."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        find(text)
        best = min(best, time.process_time() - start)
    return len(text.encode("utf-8")) / 1e6 / max(best, 1e-9)


def main(argv: Sequence[str] | None = None) -> int:
    """Print the finder's speed on news and adversarial text."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of .txt files")
    parser.add_argument("--size", type=float, default=10.0, help="megabytes of news text")
    args = parser.parse_args(argv)
    if not args.news.is_dir():
        print(f"no news corpus at {args.news}", file=sys.stderr)
        return 2
    find_amounts("5 km")  # builds the unit registry and compiles the patterns
    once = news_text(0, folder=args.news)
    first = megabytes_per_second(find_amounts, once, runs=1)  # caches of amounts start empty
    news = megabytes_per_second(find_amounts, news_text(args.size, folder=args.news), runs=2)
    adversarial = megabytes_per_second(find_amounts, adversarial_text(1.0))
    dense_text = DENSE_PIECE * (100_000 // len(DENSE_PIECE))
    dense = megabytes_per_second(find_amounts, dense_text)
    found = len(find_amounts(dense_text))
    print(f"news, first read ({len(once.encode()) / 1e6:.2f} MB): {first:.2f} MB/s")
    print(f"news ({args.size:g} MB): {news:.2f} MB/s")
    print(f"adversarial (1 MB): {adversarial:.2f} MB/s ({news / adversarial:.2f}x slower)")
    per_amount = len(dense_text.encode()) / (dense * 1e6) / found * 1e6
    print(
        f"amount-dense ('{DENSE_PIECE.strip()}'): {dense:.2f} MB/s, {per_amount:.0f} µs per amount"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
