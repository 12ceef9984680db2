"""Attribution: how often factcheck names the right speaker and the right subject of a claim.

    python benchmarks/attribution.py [--labels FILE] [--bench DIR] [-v] [--show]

Reads the hand labels of ``attribution_labels.toml`` (sentences of Wikinews articles and of
EQUATE NewsNLI premises, with the speaker of each statement and the subject key of each amount
and event), extracts the claims of each labelled text (the whole article, so that pronouns and
roles can resolve; the premise alone for EQUATE) and compares every claim that starts in a
labelled sentence with its label.

- **Speaker precision**: claims whose speaker key is the label's, of all claims in labelled
  sentences. The article's own voice is an answer like any other ("article" against a speaker
  is wrong, and so is a speaker against "article"). **Speaker coverage**: claims given a
  speaker, of those whose label names one.
- **Subject precision**: amount and event claims whose subject key is the label's, of those
  that carry a subject key. A claim with no subject key is factcheck declining to say and does
  not count against precision; **subject coverage** is claims with a key, of those whose label
  names a subject (not "none"). A key on a claim labelled "none" is wrong.

A claim is matched with the subject label whose ``at`` words overlap its span most (events: of
its event class); amount and event claims that match no label are counted as unlabelled and
listed with ``-v``, as are the misses. Keys are compared lowercased, without accents, periods
and surrounding space. Targets: both precisions ≥ 0.90. ``--bench`` defaults to
``../shared/bench`` next to the repository. The labels point at their sentences by offsets;
``--show`` prints each labelled sentence, read from the data, instead of scoring.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

import factcheck
from factcheck._claims import read

DEFAULT_BENCH = Path(__file__).resolve().parent.parent.parent / "shared" / "bench"
DEFAULT_LABELS = Path(__file__).resolve().parent / "attribution_labels.toml"
ARTICLE = "article"
NONE = "none"


def normalized(key: str) -> str:
    """A key as compared: lowercased, without accents, periods and extra space."""
    letters = unicodedata.normalize("NFKD", key.replace("’", "'"))
    plain = "".join(c for c in letters if not unicodedata.combining(c)).lower().replace(".", "")
    return " ".join(re.sub(r"[^\w\s'-]", " ", plain).split())


class Labelled(NamedTuple):
    """A labelled sentence found in its document: where it is, and its labels."""

    label: Mapping[str, Any]
    start: int
    end: int


class Outcome(NamedTuple):
    """One claim of a labelled sentence, what factcheck says and what the label says."""

    where: str
    claim: str
    kind: str  # speaker or subject
    got: str
    gold: str | None  # None: no label matches the claim


def documents(
    labels: Sequence[Mapping[str, Any]], bench: Path
) -> Iterator[tuple[factcheck.Document, list[Labelled]]]:
    """Each labelled document (a Wikinews article, an EQUATE premise) with its sentences."""
    by_document: dict[str, list[Mapping[str, Any]]] = defaultdict(list)
    for label in labels:
        key = label["source"] if "offset" in label else f"{label['source']}#{label['id']}"
        by_document[key].append(label)
    premises: dict[str, str] = {}
    dates: dict[str, str] = {}
    for key, group in by_document.items():
        path = bench / group[0]["source"]
        if "offset" in group[0]:
            dates = dates or _dates(path.parent / "MANIFEST.tsv")
            text = path.read_text(encoding="utf-8")
            document = factcheck.Document(text=text, id=path.name, published=dates.get(path.name))
        else:
            premises = premises or _premises(path)
            text = premises[group[0]["id"]]
            document = factcheck.Document(text=text, id=group[0]["id"])
        found = []
        for label in group:
            start, end = label.get("offset", 0), label["end"]
            if _digest(text[start:end]) != label["sha256"]:
                raise ValueError(f"{key}: the labelled sentence is not at {start}-{end}")
            found.append(Labelled(label=label, start=start, end=end))
        yield document, found


def _digest(sentence: str) -> str:
    """The start of a sentence's SHA-256, by which a label checks that its text has not moved."""
    return hashlib.sha256(sentence.encode("utf-8")).hexdigest()[:16]


def _dates(manifest: Path) -> dict[str, str]:
    """The publication date of each Wikinews article, from the corpus's manifest."""
    with manifest.open(encoding="utf-8") as rows:
        return {row["file"]: row["date"] for row in csv.DictReader(rows, delimiter="\t")}


def _premises(path: Path) -> dict[str, str]:
    """The premise of each EQUATE pair, by id."""
    with path.open(encoding="utf-8") as lines:
        rows = [json.loads(line) for line in lines]
    return {row["id"]: row["premise"] for row in rows}


def _span_of(text: str, words: str, start: int) -> tuple[int, int]:
    at = text.index(words, start)
    return at, at + len(words)


def _gold_speaker(labelled: Labelled, offset: int) -> str:
    """The labelled voice at ``offset``: the smallest part that holds it, else the sentence's."""
    holding: list[tuple[int, str]] = []
    for part in labelled.label.get("parts", []):
        if part["offset"] <= offset < part["end"]:
            holding.append((part["end"] - part["offset"], str(part["speaker"])))
    return min(holding)[1] if holding else str(labelled.label["speaker"])


def _gold_subject(text: str, labelled: Labelled, claim: factcheck.Claim) -> str | None:
    """The subject label that matches an amount or event claim, if any."""
    event = getattr(claim, "event", None)
    best: tuple[int, str] | None = None
    for subject in labelled.label.get("subjects", []):
        if subject.get("event") != event:
            continue
        start, end = _span_of(text, subject["at"], labelled.start)
        overlap = min(end, claim.span.end) - max(start, claim.span.start)
        if overlap > 0 and (best is None or overlap > best[0]):
            best = (overlap, subject["subject"])
    return None if best is None else best[1]


def outcomes(document: factcheck.Document, sentences: Sequence[Labelled]) -> Iterator[Outcome]:
    """What factcheck says about each claim of the labelled sentences, against the labels."""
    text = document.text
    claims = read(document).claims
    for labelled in sentences:
        where = f"{document.id}@{labelled.start}"
        for claim in claims:
            if not labelled.start <= claim.span.start < labelled.end:
                continue
            shown = f"{type(claim).__name__} {claim.text[:60]!r}"
            speaker = claim.speaker.key if claim.speaker is not None else ARTICLE
            gold = _gold_speaker(labelled, claim.span.start)
            yield Outcome(where, shown, "speaker", speaker, gold)
            if isinstance(claim, factcheck.AmountClaim | factcheck.EventClaim):
                subject = claim.subject.key if claim.subject is not None else NONE
                yield Outcome(
                    where, shown, "subject", subject, _gold_subject(text, labelled, claim)
                )


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.3f} ({part}/{whole})" if whole else "n/a (0/0)"


def report(results: Sequence[Outcome], *, verbose: bool) -> None:
    """Print the precision and coverage of speakers and subjects, and the misses."""
    speakers = [r for r in results if r.kind == "speaker"]
    right = [r for r in speakers if normalized(r.got) == normalized(r.gold or "")]
    attributed = [r for r in speakers if r.gold != ARTICLE]
    print(f"claims in labelled sentences: {len(speakers)}")
    print(f"speaker precision: {_ratio(len(right), len(speakers))}")
    print(f"speaker coverage: {_ratio(sum(r.got != ARTICLE for r in attributed), len(attributed))}")
    subjects = [r for r in results if r.kind == "subject"]
    labelled = [r for r in subjects if r.gold is not None]
    keyed = [r for r in labelled if r.got != NONE]
    correct = [r for r in keyed if normalized(r.got) == normalized(r.gold or "")]
    named = [r for r in labelled if r.gold != NONE]
    print(f"amount and event claims: {len(subjects)}, labelled {len(labelled)}")
    print(f"subject precision: {_ratio(len(correct), len(keyed))}")
    print(f"subject coverage: {_ratio(sum(r.got != NONE for r in named), len(named))}")
    if not verbose:
        return
    print("\nmisses:")
    for r in results:
        if r.gold is None or (r.kind == "subject" and r.got == NONE):
            continue
        if normalized(r.got) != normalized(r.gold):
            print(f"  {r.kind:7} {r.where}: {r.claim}: got {r.got!r}, label {r.gold!r}")
    print("\nsubjects declined:")
    for r in labelled:
        if r.got == NONE and r.gold != NONE:
            print(f"  {r.where}: {r.claim}: label {r.gold!r}")
    print("\nunlabelled amounts and events:")
    for r in subjects:
        if r.gold is None:
            print(f"  {r.where}: {r.claim}: got {r.got!r}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", type=Path, default=DEFAULT_LABELS, help="labels (TOML)")
    parser.add_argument("--bench", type=Path, default=DEFAULT_BENCH, help="shared bench folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="list the misses")
    parser.add_argument("--show", action="store_true", help="print the labelled sentences")
    args = parser.parse_args(argv)
    if not args.bench.is_dir():
        print(f"no benchmark data at {args.bench}", file=sys.stderr)
        return 2
    with args.labels.open("rb") as file:
        labels = tomllib.load(file)["sentence"]
    print(f"labelled sentences: {len(labels)}")
    if args.show:
        for document, sentences in documents(labels, args.bench):
            for labelled in sentences:
                sentence = document.text[labelled.start : labelled.end]
                print(f"{document.id}@{labelled.start}: {sentence}")
        return 0
    results = [
        outcome
        for document, sentences in documents(labels, args.bench)
        for outcome in outcomes(document, sentences)
    ]
    report(results, verbose=args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
