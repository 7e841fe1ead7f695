"""Extraction throughput, end to end: ``python -m mzlib extract`` on a corpus of many files.

Prints figures; it is a benchmark, not a test. Usage::

    .venv/bin/python benchmarks/extract.py [--mb 25]

The corpus is written to ``benchmarks/_corpus/`` (ignored by git): the seeds and the test documents
of ``tests/documents/``, each repeated to about 250 kB, until the corpus reaches the target size. The
command runs as a user runs it, start-up, reading and CSV writing included, once on one core
(``--jobs 1``) and once on every core, at a quarter, half and the full corpus, so that the growth of
the cost with the corpus size shows. MB are megabytes of UTF-8 text; "per core" divides the
all-core throughput by the number of cores.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "_corpus"


def build(target_mb, file_kb=250):
    """Write the corpus; return its files."""
    sources = sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "documents").glob("*/*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    CORPUS.mkdir(exist_ok=True)
    for old in CORPUS.glob("*.txt"):
        old.unlink()
    files, total, i = [], 0, 0
    while total < target_mb * 1e6:
        text = texts[i % len(texts)]
        copies = max(1, int(file_kb * 1e3 / len(text.encode("utf-8"))))
        path = CORPUS / f"doc{i:04d}.txt"
        path.write_text("\n".join([text] * copies), encoding="utf-8")
        files.append(path)
        total += path.stat().st_size
        i += 1
    return files


def run(files, jobs):
    """Wall seconds of one command-line run over ``files``."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "mzlib", "extract", *map(str, files), "-o", f"{tmp}/out.csv",
                               "--jobs", str(jobs)], cwd=ROOT, stderr=subprocess.DEVNULL)
        if done.returncode not in (0, 1):  # 1: some table rows were not parsed, the output is written
            raise SystemExit(f"extract failed with status {done.returncode}")
        return time.perf_counter() - start


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=25)
    args = parser.parse_args()
    files = build(args.mb)
    cores = os.cpu_count() or 1
    print(f"corpus: {len(files)} files, {sum(f.stat().st_size for f in files) / 1e6:.1f} MB; {cores} cores")
    print(f"{'MB':>6} {'1 core s':>9} {'1 core MB/s':>12} {'all cores s':>12} {'all MB/s':>9} {'per core':>9}")
    for share in (0.25, 0.5, 1.0):
        part = files[: max(1, round(len(files) * share))]
        mb = sum(f.stat().st_size for f in part) / 1e6
        one, every = run(part, 1), run(part, cores)
        print(f"{mb:6.1f} {one:9.1f} {mb / one:12.2f} {every:12.1f} {mb / every:9.2f} {mb / every / cores:9.2f}")


if __name__ == "__main__":
    main()
