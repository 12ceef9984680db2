"""EQUATE: how often factcheck flags a premise and its hypothesis, against the gold labels.

    python benchmarks/equate.py [--data DIR] [--subset NAME ...] [--misses FILE]

Each pair is two documents, the premise and the hypothesis, checked together with every rule;
a pair is *flagged* when the check reports any finding other than an input problem (FC9xx).
Prints, per subset, how many pairs are flagged, and where the labels include contradictions
the precision and recall of a flag against the label ``contradiction``, then the same for
StressTest and RedditNLI together.

Targets: NewsNLI and RTE-Quant (which contain no contradictions) ≤ 1% flagged; StressTest and
RedditNLI together precision ≥ 0.90 and recall ≥ 0.60. ``--data`` defaults to
``../shared/bench/equate`` next to the repository. ``--misses FILE`` writes the false alarms
and missed contradictions as JSON lines, for reading.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path

import factcheck

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "equate"
SUBSETS = ("NewsNLI", "RTE-Quant", "StressTest", "RedditNLI", "AWPNLI")
CONTRADICTORY = ("StressTest", "RedditNLI")


def flagged(premise: str, hypothesis: str) -> list[factcheck.Finding]:
    """The findings of checking a premise against its hypothesis, input problems aside."""
    documents = [
        factcheck.Document(text=premise, id="premise"),
        factcheck.Document(text=hypothesis, id="hypothesis"),
    ]
    report = factcheck.check(documents)
    return [f for f in report.findings if not f.rule.startswith("FC9")]


def _scores(rows: Sequence[tuple[bool, bool]]) -> tuple[float, float, int, int]:
    """Precision and recall of flags (first) against contradictions (second)."""
    true = sum(flag and gold for flag, gold in rows)
    flags = sum(flag for flag, _ in rows)
    golds = sum(gold for _, gold in rows)
    return (true / flags if flags else 0.0), (true / golds if golds else 0.0), flags, golds


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="folder of equate.jsonl")
    parser.add_argument("--subset", nargs="*", default=list(SUBSETS), help="subsets to run")
    parser.add_argument("--misses", type=Path, help="write false alarms and misses here")
    args = parser.parse_args(argv)
    path = args.data / "equate.jsonl"
    if not path.is_file():
        print(f"no EQUATE data at {path}", file=sys.stderr)
        return 2
    results: dict[str, list[tuple[bool, bool]]] = defaultdict(list)
    rules: dict[str, Counter[str]] = defaultdict(Counter)
    misses = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            pair = json.loads(line)
            if pair["subset"] not in args.subset:
                continue
            findings = flagged(pair["premise"], pair["hypothesis"])
            gold = pair["label"] == "contradiction"
            results[pair["subset"]].append((bool(findings), gold))
            rules[pair["subset"]].update(f.rule for f in findings)
            if bool(findings) != gold:
                misses.append(
                    {
                        "id": pair["id"],
                        "subset": pair["subset"],
                        "label": pair["label"],
                        "premise": pair["premise"],
                        "hypothesis": pair["hypothesis"],
                        "findings": [f.message for f in findings],
                    }
                )
    header = ("subset", "pairs", "flagged", "share", "contra", "precision", "recall")
    print("{:12} {:>6} {:>8} {:>7} {:>7} {:>9} {:>7}  rules".format(*header))
    for subset in args.subset:
        rows = results.get(subset, [])
        if not rows:
            continue
        precision, recall, flags, golds = _scores(rows)
        share = flags / len(rows)
        scored = f"{precision:9.3f} {recall:7.3f}" if golds else f"{'—':>9} {'—':>7}"
        used = ", ".join(f"{code} {n}" for code, n in sorted(rules[subset].items()))
        print(f"{subset:12} {len(rows):6d} {flags:8d} {share:7.1%} {golds:7d} {scored}  {used}")
    together = [row for subset in CONTRADICTORY for row in results.get(subset, [])]
    if together:
        precision, recall, flags, golds = _scores(together)
        name, share = "+".join(CONTRADICTORY), flags / len(together)
        print(
            f"{name:12} {len(together):6d} {flags:8d} {share:7.1%} {golds:7d} "
            f"{precision:9.3f} {recall:7.3f}"
        )
    if args.misses is not None:
        with args.misses.open("w", encoding="utf-8") as out:
            for miss in misses:
                out.write(json.dumps(miss, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
