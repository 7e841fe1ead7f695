"""The report on a corpus of many documents: ``python -m mzlib.report`` on 50, 100 and 200 documents.

Prints figures; it is a benchmark, not a test. Usage::

    .venv/bin/python benchmarks/report.py [--sizes 50 100 200] [--keep DIR]

Each size runs in its own temporary copy of the repository (``tests/repository.py``), whose
``data/raw/`` holds that many documents of the genre instead of the seeds: the tests' copy of the
seeds and the test documents of ``tests/documents/``, taken in turn and varied, so that no two
are the same: the first round takes each text as it is, each later round shifts the last digit of
every number of two digits or more by one more (dates, years and ages are kept). A seed's
variants keep its manifest facts (notebook 03 still expects the seeds' regions; issue 16 item 3);
the test documents' variants are given one of 12 sample regions in rotation, in the provinces and
with the document types and periods of the seeds in rotation. The
report runs as ``make report`` runs it (every notebook, then the site), except that a notebook
that fails is reported and the next one runs. Printed per size: wall seconds, CPU seconds (this
process's children: the runner and its kernels), documents per second, the seconds of each step,
and the ratio of the largest size to the smallest. The goal of issue 16 is under 2 minutes for 200 documents on 2 cores.
"""

import argparse
import csv
import hashlib
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

import repository  # noqa: E402

DOCUMENTS = ROOT / "tests" / "documents"
SEED_MANIFEST = DOCUMENTS / "seeds" / "MANIFEST.csv"
# A number of two digits or more, not part of a date, a time, a range of years or an age: shifting its
# last digit keeps it a number of the same size and never makes a date impossible or a count zero.
NUMBER = re.compile(r"(?<![\d.\-—:/])[1-9]\d+(?![\d\-—:/]|\s*(?:年|月|日|号|时|岁|周岁))")
YEAR = re.compile(r"(19[5-9]\d|20\d\d)")
ROTATED = ("region_zh", "region_en", "admin_level", "parent_region_zh", "province_zh", "province_en", "doc_type",
           "issued", "issuer_zh", "period_start", "period_end", "reference_year")
REGIONS = 12
# What python -m mzlib.report does, step by step, going on past a notebook that fails: a failure
# is a finding to print beside the times, not a reason to time nothing.
DRIVER = """
import time
from mzlib.core import paths
from mzlib.report import runner
for source in runner.notebook_sources(paths.NOTEBOOKS_DIR):
    start = time.perf_counter()
    try:
        runner.run(source, paths.HTML_DIR)
        print(f"step {source.stem} {time.perf_counter() - start:.1f}")
    except runner.NotebookFailed as error:
        print(f"step {source.stem} {time.perf_counter() - start:.1f} FAILED {error}")
start = time.perf_counter()
runner.build_site(paths.HTML_DIR, paths.NOTEBOOKS_DIR, paths.PROCESSED_DATA_DIR)
print(f"step site {time.perf_counter() - start:.1f}")
"""


def sources():
    """The texts the corpus is made of: the seeds' copy, then the test documents, in a fixed order."""
    seeds = sorted((DOCUMENTS / "seeds").glob("*.txt"))
    return seeds + sorted(p for p in DOCUMENTS.glob("*/*.txt") if p not in seeds)


def vary(text, shift):
    """``text`` with the last digit of every :data:`NUMBER` that is not a year shifted by ``shift`` (mod 10)."""
    def change(match):
        digits = match[0]
        if YEAR.fullmatch(digits) or shift % 10 == 0:
            return digits
        return digits[:-1] + str((int(digits[-1]) + shift) % 10)
    return NUMBER.sub(change, text)


def build_corpus(root, size):
    """Replace the copy's documents with ``size`` varied documents and their manifest rows."""
    raw = Path(root) / "data" / "raw"
    with SEED_MANIFEST.open(encoding="utf-8", newline="") as handle:
        facts = list(csv.DictReader(handle))
    header = list(facts[0])
    for old in raw.iterdir():
        old.unlink()
    texts = sources()
    rows = []
    for number in range(size):
        source = texts[number % len(texts)]
        data = vary(source.read_text(encoding="utf-8"), number // len(texts)).encode("utf-8")
        name = f"bench-{number:03d}-{source.stem}.txt"
        (raw / name).write_bytes(data)
        row = dict.fromkeys(header, "")
        own = next((seed for seed in facts if seed["file"] == source.name), None)
        if own is None:
            own = dict(facts[number % len(facts)], region_zh=f"样本{number % REGIONS}市",
                       region_en=f"Sample {number % REGIONS}", admin_level="prefecture", parent_region_zh="")
        row.update({column: own[column] for column in ROTATED})
        row.update(file=name, key=f"bench-{number:03d}", sha256=hashlib.sha256(data).hexdigest(), bytes=len(data),
                   source_seed=source.name, notes=f"benchmark variant of {source.parent.name}/{source.name}")
        rows.append(row)
    with (raw / "MANIFEST.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, header, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return sum(int(r["bytes"]) for r in rows)


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def time_report(size, keep=None):
    """(wall seconds, CPU seconds, bytes, [step seconds]) of the report on ``size`` documents."""
    with tempfile.TemporaryDirectory(prefix=f"mzplan-report-{size}-") as scratch:
        root = repository.copy_repository(Path(keep or scratch) / f"corpus-{size}")
        total = build_corpus(root, size)
        cpu, wall = children_cpu(), time.perf_counter()
        output = repository.python(root, "-c", DRIVER)
        wall, cpu = time.perf_counter() - wall, children_cpu() - cpu
    return wall, cpu, total, [line[5:] for line in output.splitlines() if line.startswith("step ")]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 100, 200])
    parser.add_argument("--keep", help="build the copies under DIR and keep them (to look at the outputs)")
    args = parser.parse_args()
    print(f"{len(sources())} source texts, varied; python -m mzlib.report (every notebook, then the site)")
    results = {}
    for size in args.sizes:
        wall, cpu, total, notebooks = time_report(size, args.keep)
        results[size] = wall, cpu
        each = "; ".join(notebooks)
        print(f"{size:4d} documents ({total / 1e6:.1f} MB): {wall:6.1f} s wall, {cpu:6.1f} s CPU, "
              f"{size / wall:5.2f} documents/s; {each}", flush=True)
    small, large = min(results), max(results)
    if small != large:
        print(f"ratio {large}/{small} documents: {results[large][0] / results[small][0]:.2f} wall, "
              f"{results[large][1] / results[small][1]:.2f} CPU (linear: {large / small:.2f}); "
              f"goal: {large} documents under 120 s on 2 cores")


if __name__ == "__main__":
    main()
