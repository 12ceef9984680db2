"""Score factcheck's time-expression finder on TempEval-3 gold data (TimeML TIMEX3).

Each ``*.docs.jsonl`` file of the data folder holds documents (``doc``, ``dct``, ``text``); the
matching ``*.timex.jsonl`` holds their gold time expressions (``doc``, ``start``, ``end``,
``type``, ``value``). The finder runs on each text with the document creation time as its
reference, and is scored per file and overall:

- span precision, recall and F1, relaxed (a found and a gold expression overlap) and strict
  (same start and end);
- value F1 the TempEval-3 way: a found expression counts when it overlaps a gold one whose type
  and value are equal to its own, and a gold expression counts when such a found one overlaps
  it.

Expressions TimeML gives no value to (factcheck's "until <clause>", whose timex is ``None``)
are not scored. ISO week numbers are compared without regard to zero padding ("2000-W7" is
"2000-W07"), as the gold data writes both.

Usage: ``python benchmarks/tempeval.py [--data FOLDER] [--predictions FILE]``; the data folder
defaults to ``../shared/bench/tempeval3`` beside the repository.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from factcheck._times import find_times

REPOSITORY = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPOSITORY.parent / "shared" / "bench" / "tempeval3"

Expression = tuple[int, int, str, str]  # start, end, type, value


def _canonical(value: str) -> str:
    return re.sub(r"-W(\d)(?!\d)", r"-W0\1", value)


def _read_jsonl(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


class Score:
    """Counts for one file or for all: found, gold, and the matches of each kind."""

    def __init__(self) -> None:
        self.found = 0
        self.gold = 0
        self.relaxed_found = 0
        self.relaxed_gold = 0
        self.strict = 0
        self.value_found = 0
        self.value_gold = 0

    def add(self, found: Sequence[Expression], gold: Sequence[Expression]) -> None:
        """Count one document's found and gold expressions."""
        self.found += len(found)
        self.gold += len(gold)

        def overlaps(a: Expression, b: Expression) -> bool:
            return a[0] < b[1] and b[0] < a[1]

        def same_value(a: Expression, b: Expression) -> bool:
            return a[2] == b[2] and _canonical(a[3]) == _canonical(b[3])

        self.relaxed_found += sum(any(overlaps(f, g) for g in gold) for f in found)
        self.relaxed_gold += sum(any(overlaps(f, g) for f in found) for g in gold)
        self.strict += len({f[:2] for f in found} & {g[:2] for g in gold})
        self.value_found += sum(
            any(overlaps(f, g) and same_value(f, g) for g in gold) for f in found
        )
        self.value_gold += sum(
            any(overlaps(f, g) and same_value(f, g) for f in found) for g in gold
        )

    def merge(self, other: Score) -> None:
        """Add another score's counts to this one."""
        for name, count in vars(other).items():
            setattr(self, name, getattr(self, name) + count)

    def figures(self) -> dict[str, float]:
        """Precision, recall and F1 of each kind."""

        def prf(correct_found: int, correct_gold: int) -> tuple[float, float, float]:
            precision = correct_found / self.found if self.found else 0.0
            recall = correct_gold / self.gold if self.gold else 0.0
            f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
            return precision, recall, f1

        relaxed = prf(self.relaxed_found, self.relaxed_gold)
        strict = prf(self.strict, self.strict)
        value = prf(self.value_found, self.value_gold)
        return {
            "relaxed_p": relaxed[0],
            "relaxed_r": relaxed[1],
            "relaxed_f1": relaxed[2],
            "strict_p": strict[0],
            "strict_r": strict[1],
            "strict_f1": strict[2],
            "value_p": value[0],
            "value_r": value[1],
            "value_f1": value[2],
        }


def score_file(docs_path: Path, predictions: TextIO | None) -> tuple[Score, int, float]:
    """The score of one ``*.docs.jsonl`` file, its size in characters, and the seconds taken."""
    gold: dict[str, list[Expression]] = defaultdict(list)
    gold_path = docs_path.with_name(docs_path.name.replace(".docs.", ".timex."))
    for record in _read_jsonl(gold_path):
        gold[record["doc"]].append(
            (record["start"], record["end"], record["type"], record["value"])
        )
    score = Score()
    characters = 0
    seconds = 0.0
    for document in _read_jsonl(docs_path):
        text = document["text"]
        reference = dt.datetime.fromisoformat(document["dct"])
        began = time.perf_counter()
        mentions = find_times(text, reference=reference)
        seconds += time.perf_counter() - began
        characters += len(text)
        found = [
            (m.span.start, m.span.end, m.timex.type, m.timex.value)
            for m in mentions
            if m.timex is not None
        ]
        score.add(found, gold[document["doc"]])
        if predictions is not None:
            for mention in mentions:
                if mention.timex is None:
                    continue
                record = {
                    "doc": document["doc"],
                    "start": mention.span.start,
                    "end": mention.span.end,
                    "text": mention.text,
                    "type": mention.timex.type,
                    "value": mention.timex.value,
                }
                predictions.write(json.dumps(record) + "\n")
    return score, characters, seconds


def _line(name: str, score: Score) -> str:
    figures = score.figures()
    return (
        f"{name:<24} {score.gold:>5} {score.found:>5}  "
        f"{figures['relaxed_p']:.3f} {figures['relaxed_r']:.3f} {figures['relaxed_f1']:.3f}  "
        f"{figures['strict_p']:.3f} {figures['strict_r']:.3f} {figures['strict_f1']:.3f}  "
        f"{figures['value_p']:.3f} {figures['value_r']:.3f} {figures['value_f1']:.3f}"
    )


def main(argv: Iterable[str] | None = None) -> int:
    """Score every file of the data folder and print the table; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TempEval-3 folder")
    parser.add_argument("--predictions", type=Path, help="write found expressions here (JSONL)")
    arguments = parser.parse_args(None if argv is None else list(argv))
    data: Path = arguments.data
    if not data.is_absolute() and not data.exists():
        data = REPOSITORY / data
    files = sorted(data.glob("*.docs.jsonl"))
    if not files:
        print(f"no *.docs.jsonl files in {data}", file=sys.stderr)
        return 2
    predictions = (
        arguments.predictions.open("w", encoding="utf-8") if arguments.predictions else None
    )
    header = (
        f"{'file':<24} {'gold':>5} {'found':>5}  "
        "relaxed P/R/F1      strict P/R/F1       value P/R/F1"
    )
    print(header)
    # Compile the grammar and load the unit registry before timing anything.
    find_times("within 60 days of Friday", reference=dt.datetime(2000, 1, 1))
    total = Score()
    characters = 0
    seconds = 0.0
    try:
        for path in files:
            score, size, taken = score_file(path, predictions)
            print(_line(path.name.removesuffix(".docs.jsonl"), score))
            total.merge(score)
            characters += size
            seconds += taken
    finally:
        if predictions is not None:
            predictions.close()
    print(_line("overall", total))
    rate = characters / 1e6 / seconds if seconds else 0.0
    print(f"\n{characters / 1e6:.2f} MB of text in {seconds:.2f} s ({rate:.2f} MB/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
