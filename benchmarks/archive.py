"""Archive: factcheck on real articles at archive scale, against quantulum3 and dateparser.

    python benchmarks/archive.py [--sizes 1000 10000 100000] [--workers 2] [--dir DIR]
        [--warm 10000] [--sample-mb 2] [--compare-mb 0.1] [--verify-dask] [--profile]

The Wikinews corpus (``--news``: ``../shared/bench/news/wikinews`` by default, or the folder
that holds it) is copied to size.
Copy ``c`` of an article is dated ``c`` × 29 days after it (a ``date:`` line heads each file),
the years in its text move as far (and a day of the week before a date becomes the one the
moved date falls on, so that a copy's calendar stays right), its other whole numbers of 10 or
more (not days of a month) grow by ``c`` mod 9, and the surnames of the people it quotes take
a suffix of the copy's own:
copies differ in dates, numbers and speakers, so that no cache (factcheck's or its finders')
takes one for another. An archive of ``N`` articles is the first ``N`` files, in a folder of
its own (hard links into one set of files, written once to ``--dir``, default a temporary
folder, and kept there with ``--keep``).

Prints, in CPU seconds where the figure allows (the machine is shared; wall times are noisy):

- a gauge of the machine's speed at the start, after each whole check and at the end: the CPU
  time of the same work over a few articles (words split with a pattern of the gauge's own,
  counted and sorted: no code of factcheck's, so that it does not change with it), by which
  runs of different hours, and of different versions, compare;
- extraction (text to claims) in MB/s on one core, over ``--sample-mb`` of the copies read
  one after another as a worker reads them; and
  over their first ``--compare-mb``, the MB/s of ``quantulum3.parser.parse`` and of
  ``dateparser.search.search_dates`` article by article, with factcheck's ratio to each.
  Install those two in the benchmark's environment only, never as factcheck's dependencies::

      pip install quantulum3 dateparser

  Without them the script says so and measures the rest;
- for each size, a whole ``factcheck check FOLDER --format json --workers N`` in a fresh
  process (its cache empty, so it is filled): wall time, CPU time of the process and its
  workers, peak resident memory of the process and of its largest worker, and findings; and
  the time ratio of the largest size to the one ten times smaller;
- the re-check of the ``--warm`` archive (0: none) after one file changed, with the cache
  warm and the disk synced, three times (a different change each time): wall and CPU time,
  and the median wall time; then where the time of a re-check goes, stage by stage
  (``--profile`` adds the comparison's costliest functions);
- with ``--verify-dask``, whether ``factcheck.distributed.check`` on a local cluster of
  ``--workers`` processes gives the command's JSON report for the ``--warm`` archive.

Targets (issue 6): extraction >= 2 MB/s on one core and >= 10x the faster of quantulum3 and
dateparser; 100k articles checked in under 5 minutes with peak memory under 2 GB on a
2-core machine, and a 10k -> 100k time ratio <= 12; the warm re-check of 10k after one change
under 2 s; Dask's report identical to one process's.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import datetime as dt
import gc
import importlib
import io
import json
import os
import pstats
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from amounts_speed import DEFAULT_NEWS, news_folder

import factcheck

#: Days between one copy of an article and the next.
SHIFT_DAYS = 29
#: What the written archive is made by; an archive of another recipe is written again.
RECIPE = "archive-2"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec"
)
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+$")
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTHS})\b")
_NUMBER = re.compile(r"(?<![\d.,:])(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d,]*[.:]\d|,\d)")
_YEAR = re.compile(r"(?:19|20)\d\d")
_SYLLABLES = [c + v for c in "bdgklmnprstvz" for v in "aeiou"]
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A month's number by the first three letters of its name.
_MONTH_NUMBERS = {
    name: number
    for number, name in enumerate(
        ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"), 1
    )
}
#: A day of the week before a month, a day and maybe a year ("Friday, January 4, 2019").
_WEEKDAY_DATE = re.compile(
    rf"\b(?P<weekday>{'|'.join(_WEEKDAYS)}),?\s+(?P<month>{_MONTHS})\.?\s+(?P<day>\d{{1,2}})\b"
    r"(?:,\s+(?P<year>(?:19|20)\d\d)\b)?"
)


# --- The archive --------------------------------------------------------------------------


def _articles(folder: Path) -> list[tuple[str, dt.date, str]]:
    """The corpus's articles: file name, publication date (from the manifest) and text."""
    with open(folder / "MANIFEST.tsv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    return [
        (row["file"], dt.date.fromisoformat(row["date"]), (folder / row["file"]).read_text("utf-8"))
        for row in rows
    ]


def _surnames(articles: Sequence[tuple[str, dt.date, str]]) -> re.Pattern[str]:
    """A pattern of the surnames of the people the articles quote or report, as read."""
    names: set[str] = set()
    for _, date, text in articles:
        for claim in factcheck.extract(text, published=date):
            speaker = claim.speaker
            if speaker is None or speaker.kind is not factcheck.SpeakerKind.PERSON:
                continue
            words = speaker.name.split()
            if len(words) >= 2 and words[-1].isalpha() and words[-1][:1].isupper():
                names.add(words[-1])
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, names), key=len)[::-1]) + r")\b")


def _suffix(copy: int) -> str:
    """A made-up ending of the copy's own ("ba", "be", ... "babe", ...)."""
    word = ""
    while True:
        copy, syllable = divmod(copy, len(_SYLLABLES))
        word += _SYLLABLES[syllable]
        if not copy:
            return word


def vary(text: str, copy: int, surnames: re.Pattern[str]) -> str:
    """Copy ``copy`` of an article's text (copy 0 is the text itself)."""
    years = round(copy * SHIFT_DAYS / 365.25)

    def number(match: re.Match[str]) -> str:
        written = match.group()
        if _YEAR.fullmatch(written):
            return str(int(written) + years)
        value = int(written.replace(",", ""))
        before = match.string[max(0, match.start() - 12) : match.start()]
        after = match.string[match.end() : match.end() + 16]
        if value < 10 or _MONTH_BEFORE.search(before) or _MONTH_AFTER.match(after):
            return written
        value += copy % 9
        return f"{value:,}" if "," in written else str(value)

    text = _NUMBER.sub(number, text)
    if copy:
        ending = _suffix(copy)
        text = surnames.sub(lambda match: match.group() + ending, text)
    return text


def coherent_weekdays(text: str, published: dt.date) -> str:
    """``text`` with each day of the week before a date made the one that date falls on: its
    year as written, else the one nearest ``published``. Moving a copy's years leaves its
    weekdays as they were, and a copy calling its dates by the wrong days is no archive a desk
    keeps (FC202 reported each: 4,875 findings in 10k copies)."""

    def fix(match: re.Match[str]) -> str:
        month = _MONTH_NUMBERS[match["month"][:3]]
        day = int(match["day"])
        years = [int(match["year"])] if match["year"] else [published.year + k for k in (-1, 0, 1)]
        dates = []
        for year in years:
            try:
                dates.append(dt.date(year, month, day))
            except ValueError:
                continue
        if not dates:
            return match.group()
        date = min(dates, key=lambda found: abs(found - published))
        return _WEEKDAYS[date.weekday()] + match.group()[len(match["weekday"]) :]

    return _WEEKDAY_DATE.sub(fix, text)


def copies(
    articles: Sequence[tuple[str, dt.date, str]], count: int, surnames: re.Pattern[str]
) -> list[tuple[str, dt.date, str]]:
    """The first ``count`` articles of the archive: name, date and text (without date line)."""
    made = []
    for number in range(count):
        copy, index = divmod(number, len(articles))
        name, date, text = articles[index]
        shifted = date + dt.timedelta(days=copy * SHIFT_DAYS)
        varied = vary(text, copy, surnames)
        if copy:
            varied = coherent_weekdays(varied, shifted)
        made.append((f"{copy:03d}-{name}", shifted, varied))
    return made


def write_archive(
    root: Path,
    articles: Sequence[tuple[str, dt.date, str]],
    surnames: re.Pattern[str],
    sizes: Sequence[int],
) -> dict[int, Path]:
    """A folder of the first N articles for each of ``sizes``, under ``root``."""
    if not sizes:
        return {}
    largest = max(sizes)
    every = root / "all"
    # The stamp names how many articles were written: a run of smaller sizes takes the first
    # of them (writing them again for it cost the next large run three minutes).
    written = [
        int(count)
        for stamp in every.glob(f".{RECIPE}-*")
        if (count := stamp.name.rpartition("-")[2]).isdigit()
    ]
    if max(written, default=0) < largest:
        shutil.rmtree(every, ignore_errors=True)
        every.mkdir(parents=True)
        started = time.perf_counter()
        for name, date, text in copies(articles, largest, surnames):
            (every / name).write_text(f"date: {date.isoformat()}\n{text}", encoding="utf-8")
        (every / f".{RECIPE}-{largest}").touch()
        print(f"wrote {largest:,} articles in {time.perf_counter() - started:.0f} s to {every}")
    names = sorted(p.name for p in every.iterdir() if not p.name.startswith("."))
    folders = {}
    for size in sizes:
        folder = root / f"n{size}"
        if not (folder / f".{RECIPE}").exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            for name in names[:size]:
                os.link(every / name, folder / name)
            # The configuration keeps the cache beside it, in the archive's folder.
            (folder / "factcheck.toml").write_text("", encoding="utf-8")
            (folder / f".{RECIPE}").touch()
        folders[size] = folder
    return folders


# --- Extraction speed ---------------------------------------------------------------------


def _cpu(work: Callable[[], object]) -> float:
    started = time.process_time()
    work()
    return time.process_time() - started


def _reading_time(documents: Sequence[factcheck.Document]) -> float:
    """The CPU seconds one core takes to read ``documents``, one after another as a worker
    of ``factcheck check`` reads its inputs: each extraction is dropped once read (a worker
    sends it on). Holding them all made the collector's passes walk every extraction before
    the one being read, which cost a fifth to a third of the time (0.85-1.18 MB/s kept
    against 1.36 dropped, 2 MB of Wikinews), and is no part of extracting."""
    from factcheck._claims import read

    def work() -> None:
        for document in documents:
            read(document)

    return _cpu(work)


def warm_up() -> None:
    """Read a short text, as a worker reads its first input, and move what that built (the
    lexicon's tables, the grammars, the unit registry) and the articles held out of the
    collector's way, as the worker then does (:mod:`factcheck._parallel`). The text has a
    range after "between", whose pattern is compiled when first needed: once in a worker's
    life, it is no part of the rate of reading (0.06 s, 3% of the time of a 2 MB sample)."""
    from factcheck._claims import read

    text = "Warm-up: between 2,000 and 2,500 troops will leave in May, Ana Lima said."
    read(factcheck.Document(text=text, id="w"))
    gc.freeze()


#: The articles the gauge works over, how many times over in a run, and how many runs (the
#: best counts).
GAUGE_ARTICLES, GAUGE_ROUNDS, GAUGE_RUNS = 120, 10, 3
#: The gauge's words: a pattern of its own, as factcheck's may change.
_GAUGE_WORD = re.compile(r"\w+(?:['’-]\w+)*")


def gauge(articles: Sequence[tuple[str, dt.date, str]]) -> float:
    """The CPU seconds one core takes for the same work at the start, after each check and at
    the end of a run, so that figures of runs on a shared machine, whose speed drifts by a
    quarter within an hour, can be set side by side: splitting the first
    :data:`GAUGE_ARTICLES` articles into words, lowercasing and counting them, and sorting
    the counts, :data:`GAUGE_ROUNDS` times (the best of :data:`GAUGE_RUNS`). The work is
    regular expressions and Python, as reading is, but no code of factcheck's: a gauge that
    read with factcheck would grow faster with it, and hide a faster version's gain when two
    versions' figures are divided by their gauges."""
    texts = [text for _, _, text in articles[:GAUGE_ARTICLES]]

    def work() -> None:
        for _ in range(GAUGE_ROUNDS):
            counts: dict[str, int] = {}
            for text in texts:
                for word in _GAUGE_WORD.findall(text):
                    lower = word.lower()
                    counts[lower] = counts.get(lower, 0) + 1
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))

    return min(_cpu(work) for _ in range(GAUGE_RUNS))


def extraction(
    articles: Sequence[tuple[str, dt.date, str]], sample_mb: float, compare_mb: float
) -> None:
    """Print the extraction speeds (see the module's documentation)."""

    def documents(megabytes: float) -> list[factcheck.Document]:
        chosen, size = [], 0
        for name, date, text in articles:
            if size >= megabytes * 1e6:
                break
            chosen.append(factcheck.loads(f"date: {date}\n{text}", id=name, format="text"))
            size += len(text.encode("utf-8"))
        return chosen

    def mb(docs: Sequence[factcheck.Document]) -> float:
        return sum(len(d.text.encode("utf-8")) for d in docs) / 1e6

    sample = documents(sample_mb)
    seconds = _reading_time(sample)
    print(
        f"extraction: {mb(sample) / seconds:.2f} MB/s on one core "
        f"({mb(sample):.2f} MB, {len(sample)} articles, {seconds:.1f} s CPU; target >= 2)"
    )
    if compare_mb <= 0:
        return
    small = documents(compare_mb)
    ours = mb(small) / _reading_time(small)
    print(f"  on the first {mb(small):.2f} MB ({len(small)} articles): factcheck {ours:.2f} MB/s")
    rates = []
    for label, module, call in (
        ("quantulum3.parser.parse", "quantulum3.parser", "parse"),
        ("dateparser.search.search_dates", "dateparser.search", "search_dates"),
    ):
        try:
            with warnings.catch_warnings():
                # quantulum3 warns that its optional classifier is not installed.
                warnings.simplefilter("ignore")
                function = getattr(importlib.import_module(module), call)
                function("About 2,000 troops left on Monday, January 4, 2019.")

                def run(f: Callable[[str], object] = function) -> None:
                    for document in small:
                        f(document.text)

                rate = mb(small) / _cpu(run)
        except ImportError:
            print(f"  {label}: not installed (pip install quantulum3 dateparser)")
            continue
        rates.append(rate)
        print(f"  {label}: {rate:.4f} MB/s; factcheck is {ours / rate:.0f}x as fast")
    if rates:
        print(f"  against the faster of them: {ours / max(rates):.0f}x (target >= 10x)")


# --- Whole checks -------------------------------------------------------------------------


def _own_peak_mb(own: resource.struct_rusage) -> float:
    """This process's peak resident memory in MB. On Linux ``ru_maxrss`` keeps, across the
    exec that started this process, the resident size of the process it was forked from (a
    benchmark holding a 100k-article archive in memory made a 10k check look 950 MB); the
    high-water mark in /proc counts this program's memory only."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return own.ru_maxrss / 1024


def _child_check(folder: Path, workers: int, output: Path) -> dict[str, Any]:
    """In a fresh process: ``factcheck check`` of ``folder``, with its resource use."""
    from factcheck._cli import main

    status = main(
        [
            "check",
            str(folder),
            "--format",
            "json",
            "--output",
            str(output),
            "--workers",
            str(workers),
        ]
    )
    own = resource.getrusage(resource.RUSAGE_SELF)
    workers_use = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "status": status,
        "cpu": own.ru_utime + own.ru_stime,
        "workers_cpu": workers_use.ru_utime + workers_use.ru_stime,
        "peak_mb": _own_peak_mb(own),
        "worker_peak_mb": workers_use.ru_maxrss / 1024,
    }


def _run_child(*arguments: str) -> tuple[dict[str, Any], float]:
    """Run this script with ``arguments`` in a fresh process; its JSON line and wall time."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, __file__, *arguments], check=True, capture_output=True, text=True
    )
    wall = time.perf_counter() - started
    return json.loads(result.stdout.strip().splitlines()[-1]), wall


def whole_check(folder: Path, workers: int, report: Path) -> dict[str, Any]:
    """A cold check of ``folder`` in a fresh process, with its figures printed."""
    shutil.rmtree(folder / ".factcheck_cache", ignore_errors=True)
    figures, wall = _run_child("--child-check", str(folder), str(workers), str(report))
    findings = len(json.loads(report.read_text(encoding="utf-8"))["findings"])
    figures.update(wall=wall, findings=findings)
    size = sum(1 for p in folder.iterdir() if p.suffix == ".txt")
    print(
        f"{size:>7,} articles: {wall:7.1f} s wall, {figures['cpu']:7.1f} s CPU "
        f"+ {figures['workers_cpu']:7.1f} s in workers; peak {figures['peak_mb']:6.0f} MB "
        f"(largest worker {figures['worker_peak_mb']:4.0f} MB); {findings:,} findings; "
        f"exit {figures['status']}"
    )
    return figures


def _child_stages(folder: Path, profile: bool) -> dict[str, Any]:
    """In a fresh process: a re-check of ``folder`` from its cache, stage by stage, as the
    command runs it for the JSON report (outlines of the inputs, the claims of changed
    groups, and the findings of the groups the cache holds, left packed)."""
    from factcheck._cache import Cache, generation
    from factcheck._check import (
        Held,
        _condenser,
        _rules_digest,
        compare_gathered,
        conclude,
        enabled_rules,
        fact_sheet,
        gather,
    )
    from factcheck._collector import collector_paused
    from factcheck._config import Config
    from factcheck._parallel import extract_all
    from factcheck._report._json import report_sections
    from factcheck._report._jsontext import json_chunks

    stages: dict[str, float] = {}

    def timed(name: str, work: Callable[[], Any]) -> Any:
        started = time.process_time()
        value = work()
        stages[name] = time.process_time() - started
        return value

    config = timed("configuration", lambda: Config.discover(folder).with_cache_dir())
    files = timed("discovering files", lambda: config.files([folder]))
    lexicon = config.lexicon()
    folder_of_cache = config.cache_folder()
    assert folder_of_cache is not None
    rules = enabled_rules(config)
    outlines = _rules_digest(rules, {})
    assert outlines is not None, "factcheck's own rules have a digest"
    # As the command runs a check: with the cyclic collector paused to the written report.
    with collector_paused(), Cache(folder_of_cache, generation(lexicon)) as cache:
        held: Held = {}
        condense = _condenser(rules, lexicon, cache, outlines, held)
        outcomes = timed(
            "reading the cache",
            lambda: extract_all(
                files, config=config, cache=cache, outlines=outlines, condense=condense
            ),
        )
        facts = fact_sheet(config, lexicon)
        gathered = timed(
            "gathering", lambda: gather(outcomes, facts, config=config, lexicon=lexicon)
        )

        def comparing() -> Any:
            return compare_gathered(
                gathered, rules, config=config, cache=cache, held=held, packed=True
            )

        def rendering() -> int:
            """The JSON report as the command writes it (its length: it is not kept)."""
            return sum(map(len, json_chunks(report_sections(report))))

        comparison = timed("comparing (the engine)", comparing)
        report = timed(
            "concluding",
            lambda: conclude(
                gathered, comparison.entries, comparison.undated, config=config, baseline=None
            ),
        )
        timed("JSON report", rendering)
        top = ""
        if profile:  # once more, under the profiler (which slows it down)
            # The claims held for the first comparison went to it: this one reads them back.
            cache.flush()
            profiler = cProfile.Profile()
            profiler.runcall(comparing)
            buffer = io.StringIO()
            pstats.Stats(profiler, stream=buffer).sort_stats("tottime").print_stats(15)
            top = buffer.getvalue()
    return {"stages": stages, "claims": len(gathered.claims), "profile": top}


#: How many times the warm re-check runs, a different change each time.
WARM_RUNS = 3


def warm_recheck(folder: Path, workers: int, report: Path, profile: bool) -> None:
    """Change one file of ``folder`` (whose cache is warm) and check it again, a few times,
    each time to a text the cache has never held.

    The disk is synced first: a re-check in CI comes long after the last check's writes
    reached the disk, not while the machine is still writing the cache it just filled."""
    first = min(p for p in folder.iterdir() if p.suffix == ".txt")
    original = first.read_text(encoding="utf-8")
    changed = folder / ".changed"
    try:
        walls = []
        for run in range(WARM_RUNS):
            # A sentence no run wrote before (its mark is the time, spelt in letters, which
            # are no amount): a change the cache has seen would not be read again.
            mark = "".join(chr(ord("a") + int(digit)) for digit in str(time.time_ns()))
            changed.write_text(
                original + f"\nOfficials said {12 + run} more people were hurt ({mark}).\n",
                encoding="utf-8",
            )
            os.replace(changed, first)  # a file of its own: the other sizes keep the original
            os.sync()
            figures, wall = _run_child("--child-check", str(folder), str(workers), str(report))
            walls.append(wall)
            print(
                f"warm re-check of {folder.name[1:]} articles after one changed: {wall:.2f} s "
                f"wall, {figures['cpu']:.2f} s CPU (target < 2 s); exit {figures['status']}"
            )
        print(f"  median of {WARM_RUNS}: {sorted(walls)[len(walls) // 2]:.2f} s wall")
        stages, _ = _run_child("--child-stages", str(folder), "1" if profile else "0")
        print(
            f"  where a warm re-check's CPU time goes ({stages['claims']:,} claims read in full):"
        )
        for name, seconds in stages["stages"].items():
            print(f"    {name:<26} {seconds:7.2f} s")
        if stages["profile"]:
            print("  the comparison's costliest functions (cProfile, tottime):")
            print("\n".join("    " + line for line in stages["profile"].splitlines()[:40]))
    finally:
        first.unlink()
        os.link(folder.parent / "all" / first.name, first)


def _child_dask(folder: Path, workers: int, output: Path) -> dict[str, Any]:
    """In a fresh process: ``factcheck.distributed.check`` of ``folder`` on a local cluster."""
    from dask.distributed import Client, LocalCluster

    import factcheck.distributed

    config = factcheck.Config.discover(folder)
    files = config.files([folder])
    cluster = LocalCluster(  # type: ignore[no-untyped-call]
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0"
    )
    with cluster, Client(cluster) as client:  # type: ignore[no-untyped-call]
        report = factcheck.distributed.check(files, config=config, scheduler=client)
    output.write_text(json.dumps(report.to_dict(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    return {"findings": len(report.findings)}


def verify_dask(folder: Path, workers: int, expected: Path, output: Path) -> None:
    """Whether Dask's JSON report of ``folder`` is the command's."""
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        print("dask: not installed (pip install 'factcheck[dask]')")
        return
    figures, wall = _run_child("--child-dask", str(folder), str(workers), str(output))
    same = output.read_bytes() == expected.read_bytes()
    print(
        f"dask, {workers} worker processes, {folder.name[1:]} articles: {wall:.0f} s wall, "
        f"{figures['findings']:,} findings; JSON report identical to the command's: {same}"
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark (or, with a hidden --child option, one measured part of it)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--news", type=Path, default=DEFAULT_NEWS, help="the corpus folder")
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 100_000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument(
        "--warm", type=int, default=10_000, help="archive to re-check warm (0: none)"
    )
    parser.add_argument("--sample-mb", type=float, default=2.0)
    parser.add_argument(
        "--compare-mb",
        type=float,
        default=0.1,
        help="text compared with quantulum3 and dateparser (0: none)",
    )
    parser.add_argument("--dir", type=Path, help="where to write the archive (default: temporary)")
    parser.add_argument("--keep", action="store_true", help="keep the archive written")
    parser.add_argument("--verify-dask", action="store_true")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--skip-extraction", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--child-check", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--child-stages", nargs=2, help=argparse.SUPPRESS)
    parser.add_argument("--child-dask", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child_check:
        from factcheck._cli import end_process

        folder, workers, output = args.child_check
        print(json.dumps(_child_check(Path(folder), int(workers), Path(output))))
        end_process(0)  # as the command ends, the time of which is measured
    if args.child_stages:
        print(json.dumps(_child_stages(Path(args.child_stages[0]), args.child_stages[1] == "1")))
        return 0
    if args.child_dask:
        folder, workers, output = args.child_dask
        print(json.dumps(_child_dask(Path(folder), int(workers), Path(output))))
        return 0
    news = news_folder(args.news)  # "news" or "news/wikinews"
    if news is None or not (news / "MANIFEST.tsv").is_file():
        print(f"no corpus (.txt files and MANIFEST.tsv) at {args.news}", file=sys.stderr)
        return 2
    from importlib.metadata import version

    print(
        f"factcheck {version('factcheck')} from {Path(factcheck.__file__).parent}; Python "
        f"{sys.version.split()[0]}; {os.cpu_count()} CPUs; load average "
        f"{', '.join(f'{load:.1f}' for load in os.getloadavg())}"
    )
    articles = _articles(news)
    warm_up()
    at_start = gauge(articles)
    print(f"gauge: its fixed work takes {at_start:.3f} s of CPU on one core")
    root = args.dir or Path(tempfile.mkdtemp(prefix="factcheck-archive-"))
    try:
        sizes = sorted({*args.sizes, args.warm} - {0})
        started = time.perf_counter()
        surnames = _surnames(articles)
        if not args.skip_extraction:
            sample = copies(articles, 10 * len(articles), surnames)
            extraction(sample, args.sample_mb, args.compare_mb)
        folders = write_archive(root, articles, surnames, sizes)
        reports = root / "reports"
        reports.mkdir(parents=True, exist_ok=True)  # --sizes alone writes no archive
        results = {}
        for size in sizes:
            results[size] = whole_check(folders[size], args.workers, reports / f"n{size}.json")
            # The machine's speed drifts within a run: what it was just after each check
            # tells whether a slow figure is the code's or the machine's.
            after = gauge(articles)
            print(f"  gauge after it: {after:.3f} s ({after / at_start:.2f} of the start)")
        for small, large in ((s, 10 * s) for s in sizes if 10 * s in results):
            ratio = (results[large]["cpu"] + results[large]["workers_cpu"]) / (
                results[small]["cpu"] + results[small]["workers_cpu"]
            )
            wall = results[large]["wall"] / results[small]["wall"]
            print(
                f"{small:,} -> {large:,} articles: CPU time x{ratio:.1f}, wall x{wall:.1f} "
                "(target <= 12)"
            )
        if args.warm:
            warm_recheck(folders[args.warm], args.workers, reports / "warm.json", args.profile)
        if args.verify_dask and args.warm:
            verify_dask(
                folders[args.warm],
                args.workers,
                reports / f"n{args.warm}.json",
                reports / "dask.json",
            )
        at_end = gauge(articles)
        print(
            f"gauge at the end: {at_end:.3f} s ({at_end / at_start:.2f} of the start; above 1, "
            "the machine slowed during the run)"
        )
        print(f"done in {time.perf_counter() - started:.0f} s")
    finally:
        if args.dir is None and not args.keep:
            shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
