"""How well factcheck finds quantities in MeasEval (SemEval-2021 Task 8) paragraphs.

Gold quantities are the annotations of type "Quantity". A found amount matches a gold quantity
when their spans overlap; matching is one to one, largest overlap first. For matched pairs whose
gold quantity names a unit pint can read, the script checks that the found amount has that unit's
dimension. Gold units are written as in the papers ("m s−1", "cm3"), so before pint reads them the
script rewrites that notation into pint's ("m*s**-1", "cm**3"); it also reports the figure with
pint reading the gold units as written.

    python benchmarks/measeval.py [--data DIR] [--splits train trial] [--errors N]

``--data`` defaults to ``../shared/bench/measeval`` next to the repository.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from factcheck._amounts import AmountMention, find_amounts
from factcheck._units import registry

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "measeval"


def _load(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _pint_notation(unit: str) -> str:
    """A unit as papers write it ("m s−1", "cm3", "μg") in pint's notation ("m*s**-1")."""
    unit = unit.replace("\u2212", "-").replace("μ", "µ").strip()
    unit = re.sub(
        r"(?<=[A-Za-zµΩÅ°])\s*(-?\s?\d+)", lambda m: "**" + m.group(1).replace(" ", ""), unit
    )
    return re.sub(r"\s+", "*", unit)


def _dimension(unit: str, *, rewrite: bool) -> Any:
    try:
        return registry().parse_units(_pint_notation(unit) if rewrite else unit).dimensionality
    except Exception:  # pint raises many kinds of error on text it cannot read
        return None


def _match(
    gold: Sequence[dict[str, Any]], found: Sequence[AmountMention]
) -> list[tuple[dict[str, Any], AmountMention]]:
    """One-to-one pairs of overlapping spans, largest overlap first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, f in enumerate(found):
            overlap = min(g["end"], f.span.end) - max(g["start"], f.span.start)
            if overlap > 0:
                candidates.append((overlap, i, j))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_gold: set[int] = set()
    used_found: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
            pairs.append((gold[i], found[j]))
    return pairs


class Score:
    """Counts for one split: spans found, matched, and unit dimensions that agree."""

    def __init__(self) -> None:
        self.gold = self.found = self.matched = 0
        self.units = {True: collections.Counter[str](), False: collections.Counter[str]()}
        self.missed: list[str] = []
        self.spurious: list[str] = []
        self.wrong_unit: list[str] = []

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.found += other.found
        self.matched += other.matched
        for rewrite in (True, False):
            self.units[rewrite].update(other.units[rewrite])

    def line(self, name: str) -> str:
        precision = self.matched / self.found if self.found else 0.0
        recall = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        parts = [
            f"{name:8} spans: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} "
            f"(gold {self.gold}, found {self.found}, matched {self.matched})"
        ]
        for rewrite, label in ((True, "units"), (False, "units as written")):
            counts = self.units[rewrite]
            readable = counts["agree"] + counts["disagree"]
            share = counts["agree"] / readable if readable else 0.0
            parts.append(
                f"{'':8} {label}: {share:.3f} agree ({counts['agree']} of {readable} matched "
                f"with a unit pint reads; {counts['skipped']} skipped as unreadable)"
            )
        return "\n".join(parts)


def score_split(docs: Iterable[dict[str, Any]], annotations: Iterable[dict[str, Any]]) -> Score:
    """Score factcheck on one split's documents against its gold quantities."""
    gold_by_doc = collections.defaultdict(list)
    for annotation in annotations:
        if annotation["annotType"] == "Quantity":
            gold_by_doc[annotation["doc"]].append(annotation)
    score = Score()
    for doc in docs:
        text = doc["text"]
        gold = gold_by_doc.get(doc["doc"], [])
        found = find_amounts(text)
        pairs = _match(gold, found)
        score.gold += len(gold)
        score.found += len(found)
        score.matched += len(pairs)
        matched_gold = {id(g) for g, _ in pairs}
        matched_found = {id(f) for _, f in pairs}
        score.missed += [
            _context(text, g["start"], g["end"]) for g in gold if id(g) not in matched_gold
        ]
        score.spurious += [
            _context(text, f.span.start, f.span.end) for f in found if id(f) not in matched_found
        ]
        for g, f in pairs:
            unit = g.get("other", {}).get("unit")
            if unit is None:
                continue
            for rewrite in (True, False):
                dimension = _dimension(unit, rewrite=rewrite)
                if dimension is None:
                    score.units[rewrite]["skipped"] += 1
                elif dimension == f.amount.low.dimensionality:
                    score.units[rewrite]["agree"] += 1
                else:
                    score.units[rewrite]["disagree"] += 1
                    if rewrite:
                        score.wrong_unit.append(
                            f"{_context(text, g['start'], g['end'])}  gold {unit!r} found "
                            f"{f.text!r} as {f.amount.unit!r}"
                        )
    return score


def _context(text: str, start: int, end: int) -> str:
    before = text[max(0, start - 30) : start].replace("\n", " ")
    after = text[end : end + 20].replace("\n", " ")
    return f"…{before}[[{text[start:end]}]]{after}…"


def main(argv: Sequence[str] | None = None) -> int:
    """Print span precision, recall and F1 and unit agreement per split and overall."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the MeasEval folder")
    parser.add_argument("--splits", nargs="+", default=["train", "trial"])
    parser.add_argument("--errors", type=int, default=0, help="show this many errors of each kind")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no MeasEval data at {args.data}", file=sys.stderr)
        return 2
    overall = Score()
    for split in args.splits:
        docs = _load(args.data / f"{split}.docs.jsonl")
        annotations = _load(args.data / f"{split}.annotations.jsonl")
        score = score_split(docs, annotations)
        overall.add(score)
        print(score.line(split))
        for label, errors in (
            ("missed", score.missed),
            ("spurious", score.spurious),
            ("wrong unit", score.wrong_unit),
        ):
            for error in errors[: args.errors]:
                print(f"  {label}: {error}")
    print(overall.line("overall"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
