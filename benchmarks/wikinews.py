"""Precision on real news: every finding factcheck reports inside single Wikinews articles.

    python benchmarks/wikinews.py [--news DIR] [--together] [--list]

One outlet rarely contradicts itself inside one article, so each finding in an article checked
alone is worth reading, and most would be false alarms. Each article is loaded with its
publication date from ``MANIFEST.tsv`` and checked on its own with every rule. Prints how many
articles and claims were read, the findings per rule, and findings per 20 articles (target:
at most 1 false alarm per 20 articles; every finding is read by hand and judged in
``benchmarks/wikinews_findings.md``).

``--together`` also checks the whole archive as one set, where stories of different days meet
(findings there may be real: later news supersedes earlier). ``--list`` prints each finding
with both sentences, for judging. ``--news`` defaults to ``../shared/bench/news/wikinews``.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

import factcheck

DEFAULT_NEWS = (
    Path(__file__).resolve().parent.parent.parent / "shared" / "bench" / "news" / "wikinews"
)


def articles(folder: Path) -> list[factcheck.Document]:
    """The folder's articles, each with its publication date from ``MANIFEST.tsv``."""
    dates: dict[str, str] = {}
    with (folder / "MANIFEST.tsv").open(encoding="utf-8", newline="") as manifest:
        for row in csv.DictReader(manifest, delimiter="\t"):
            dates[row["file"]] = row["date"]
    return [
        factcheck.load(path, published=dates.get(path.name) or None)
        for path in sorted(folder.glob("*.txt"))
    ]


def _sentence(document: factcheck.Document, claim: factcheck.Claim) -> str:
    return " ".join(claim.sentence.slice(document.text).split())


def content_findings(report: factcheck.Report) -> list[factcheck.Finding]:
    """The findings of ``report``, but for input problems (FC9xx)."""
    return [finding for finding in report.findings if not finding.rule.startswith("FC9")]


def show(findings: Iterable[factcheck.Finding], documents: Sequence[factcheck.Document]) -> None:
    """Print each finding with the sentences of its claims."""
    by_id = {document.id: document for document in documents}
    for finding in findings:
        print(f"{finding.rule} {finding.kind.value}: {finding.message}")
        for claim in finding.claims:
            document = by_id[claim.document]
            print(f"    {Path(claim.document).name}: {_sentence(document, claim)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="folder of .txt files")
    parser.add_argument("--together", action="store_true", help="also check all as one set")
    parser.add_argument("--list", action="store_true", help="print each finding")
    args = parser.parse_args(argv)
    if not (args.news / "MANIFEST.tsv").is_file():
        print(f"no news corpus at {args.news}", file=sys.stderr)
        return 2
    documents = articles(args.news)
    claims: Counter[str] = Counter()
    rules: Counter[str] = Counter()
    alone: list[factcheck.Finding] = []
    for document in documents:
        report = factcheck.check([document])
        claims.update(type(claim).__name__ for claim in report.claims)
        found = content_findings(report)
        rules.update(f.rule for f in found)
        alone.extend(found)
    count = len(documents)
    print(f"articles: {count}, claims: {sum(claims.values())} ({dict(sorted(claims.items()))})")
    print(f"each article alone: {len(alone)} findings {dict(sorted(rules.items()))}")
    print(f"findings per 20 articles: {20 * len(alone) / count:.2f} (target: false alarms ≤ 1)")
    if args.list:
        show(alone, documents)
    if args.together:
        report = factcheck.check(documents)
        together = content_findings(report)
        counts = Counter(f.rule for f in together)
        print(f"whole archive at once: {len(together)} findings {dict(sorted(counts.items()))}")
        if args.list:
            show(together, documents)
    return 0


if __name__ == "__main__":
    sys.exit(main())
