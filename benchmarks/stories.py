"""Precision on stories told several times: the TBAQ news documents (TimeBank and AQUAINT)
checked together, each with its document creation time as its publication date.

    python benchmarks/stories.py [--data DIR] [--list]

AQUAINT holds a week of wire copy (AP, Xinhua, The New York Times) on a few stories told again
and again as news came in, such as the 1998 embassy bombings in Nairobi and Dar es Salaam:
tolls rise, figures are restated and sources disagree. TimeBank adds single stories of other
days. Each finding is worth reading, and most would be false alarms: updated tolls are no
conflict, nor are counts of different sets. Prints how many documents and claims were read and
the findings per rule; ``--list`` prints each finding with both sentences. ``--data`` defaults
to ``../shared/bench/tempeval3`` next to the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from wikinews import content_findings, show

import factcheck

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "tempeval3"


def documents(folder: Path) -> list[factcheck.Document]:
    """The documents of every ``*.docs.jsonl`` in ``folder``, dated by their creation time."""
    found = []
    for path in sorted(folder.glob("*.docs.jsonl")):
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                found.append(
                    factcheck.loads(row["text"], id=row["doc"], format="text", published=row["dct"])
                )
    return found


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="TempEval-3 folder")
    parser.add_argument("--list", action="store_true", help="print each finding")
    args = parser.parse_args(argv)
    read = documents(args.data)
    if not read:
        print(f"no *.docs.jsonl at {args.data}", file=sys.stderr)
        return 2
    report = factcheck.check(read)
    claims = Counter(type(claim).__name__ for claim in report.claims)
    findings = content_findings(report)
    rules = Counter(f.rule for f in findings)
    kinds = dict(sorted(claims.items()))
    print(f"documents: {len(read)}, claims: {sum(claims.values())} ({kinds})")
    print(f"checked together: {len(findings)} findings {dict(sorted(rules.items()))}")
    if args.list:
        show(findings, read)
    return 0


if __name__ == "__main__":
    sys.exit(main())
