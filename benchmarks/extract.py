"""Extraction throughput, end to end: ``python -m mzlib extract`` on a corpus of distinct documents.

Prints figures; it is a benchmark, not a test. Usage::

    .venv/bin/python benchmarks/extract.py [--mb 20] [--seed 17] [--file-kb KB]

The corpus is written to ``benchmarks/_corpus/`` (ignored by git): the development documents
(``data/raw/``) and the test documents (``tests/documents/*/``), copied again and again until the
corpus reaches the target size (by default each file the target size over the number of source documents, so
that every source is in the corpus; ``--file-kb 0``: one copy a file, so that the cost per file shows), each copy
with its digits varied by a seeded random generator, so that every copy is a distinct document of the genre and no
cache of an earlier one helps.
What keeps a document readable is kept: years (``19xx``/``20xx``), so that dates still parse, and
integers of one or two digits (months, days, row numbers, 序号); every other digit is drawn anew
(a leading digit never becomes 0).

The command runs as a user runs it, start-up, reading and CSV writing included, once on one
process (``--jobs 1``) and once on every core; the two outputs must be identical. MB are megabytes
of UTF-8 text; "speed-up" is the one-process time over the all-core time; "CPU s" is the CPU time
of the command and its workers (what other programs on the machine change least). Each setting
runs ``--repeat`` times and the fastest run is printed, as other programs may share the cores. The last line is the
time to import the command line (``import mzlib.extract.cli``), the start-up cost of every run.
The runs cache bytecode as an installed environment does (in ``_corpus/_pycache``), even where
``PYTHONDONTWRITEBYTECODE`` is set, after one warm-up run on the first file. ``--profile`` runs
one process under cProfile instead and prints each stage's share and the costliest functions;
``--stages`` times each stage by the wall clock (cProfile inflates the many small calls of some stages
more than others, so the shares it prints are not the shares of a plain run).

``--scaling`` looks for work that grows faster than the text: for each document it times, in one
process, a file of about 25 kB of its copies and one of four times as many, and prints the
documents whose time per MB grows most (a ratio of 1 is linear, 4 quadratic) and the slowest per
MB. A row of stacked cells that ran over a whole table once made one document 20 times slower than
the rest; this is how it was found.
"""

import argparse
import csv
import filecmp
import os
import random
import resource
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
CORPUS = HERE / "_corpus"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_YEAR = re.compile(r"(?:19|20)\d\d")


def sources():
    """The documents the corpus is made of."""
    return sorted((ROOT / "data" / "raw").glob("*.txt")) + sorted((ROOT / "tests" / "documents").glob("*/*.txt"))


def vary(text, rng):
    """``text`` with the digits of its numbers drawn anew, years and short integers kept."""
    def draw(m):
        number = m.group()
        if _YEAR.fullmatch(number) or (number.isdigit() and len(number) <= 2):
            return number
        digits = [rng.choice("123456789") if i == 0 and ch != "0" else rng.choice("0123456789") if ch.isdigit()
                  else ch for i, ch in enumerate(number)]
        return "".join(digits)
    return _NUMBER.sub(draw, text)


def build(target_mb, seed, file_kb):
    """Write the corpus; return its files."""
    texts = [p.read_text(encoding="utf-8") for p in sources()]
    if file_kb is None:  # every source document in the corpus, each file as large as the target allows
        file_kb = target_mb * 1e3 / len(texts)
    rng = random.Random(seed)
    CORPUS.mkdir(exist_ok=True)
    for old in CORPUS.glob("*.txt"):
        old.unlink()
    files, total, i = [], 0, 0
    while total < target_mb * 1e6:
        path = CORPUS / f"doc{i:04d}.txt"
        text = texts[i % len(texts)]
        copies = max(1, int(file_kb * 1e3 / len(text.encode("utf-8"))))
        path.write_text("\n".join(vary(text, rng) for _ in range(copies)), encoding="utf-8")
        files.append(path)
        total += path.stat().st_size
        i += 1
    return files


def _env():
    """The environment of the runs: bytecode cached (in a folder of the corpus), as in an installed
    environment, even where ``PYTHONDONTWRITEBYTECODE`` is set."""
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(CORPUS / "_pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _cpu():
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def run(files, jobs, out):
    """Wall seconds, CPU seconds and figures of one command-line run over ``files``, written to ``out``."""
    start, cpu = time.perf_counter(), _cpu()
    done = subprocess.run([sys.executable, "-m", "mzlib", "extract", *map(str, files), "-o", str(out),
                           "--jobs", str(jobs)], cwd=ROOT, stderr=subprocess.DEVNULL, env=_env())
    seconds, cpu = time.perf_counter() - start, _cpu() - cpu
    if done.returncode != 0:
        raise SystemExit(f"extract failed with status {done.returncode}")
    with open(out, encoding="utf-8", newline="") as rows:
        figures = sum(1 for _ in csv.reader(rows)) - 1
    return seconds, cpu, figures


def import_seconds(repeat=5):
    """Best wall time of a fresh interpreter importing the command line, less a bare interpreter."""
    def best(code):
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, env=_env())
            times.append(time.perf_counter() - start)
        return min(times)
    return best("import mzlib.extract.cli") - best("pass")


# The stages of one document's extraction: a label, the module its function is called from, and the function
# (Class.method), in the order they run. --stages wraps the function where it is called; --profile finds it by
# its code (where it is defined).
STAGES = [("reading, describing", "mzlib.extract.figures", "Document.from_path"),
          ("  of which describe", "mzlib.sources.describe", "read"),
          ("tables: finding", "mzlib.extract.figures", "find_tables"),
          ("tables: figures", "mzlib.extract.figures", "table_figures"),
          ("numbers (quantities)", "mzlib.extract.figures", "mentions"),
          ("prose: set-up", "mzlib.extract.figures", "_Prose.__init__"),
          ("prose: figures", "mzlib.extract.figures", "_Prose.rows"),
          ("families", "mzlib.extract.figures", "_Prose.family_overrides"),
          ("derived", "mzlib.extract.figures", "derived_figures"),
          ("numbers in no figure", "mzlib.extract.figures", "_numbers"),
          ("CSV text", "mzlib.extract.cli", "_csv")]


def _stage(module, name):
    """The object that holds a stage's function, the function's name there, and the function."""
    import importlib

    owner, _, attr = name.rpartition(".")
    holder = importlib.import_module(module)
    holder = getattr(holder, owner) if owner else holder
    return holder, attr, getattr(holder, attr)


def profile(files):
    """Where one process spends its time: each stage's share, then the costliest functions."""
    import cProfile
    import io
    import pstats

    from mzlib.extract import cli

    cli.extract_command(files[:1], os.devnull, stderr=io.StringIO(), jobs=1)  # loads tables and patterns
    profiler = cProfile.Profile()
    profiler.runcall(cli.extract_command, files, os.devnull, stderr=io.StringIO(), jobs=1)
    stats = pstats.Stats(profiler)
    total = stats.total_tt
    print(f"profile of one process (cProfile, {total:.1f} s): stage, seconds, share")
    for label, module, name in STAGES:
        function = _stage(module, name)[2]
        code = getattr(function, "__func__", function).__code__  # a class method's own function
        found = stats.stats.get((code.co_filename, code.co_firstlineno, code.co_name))
        seconds = found[3] if found else 0.0
        print(f"  {label:<24} {seconds:7.2f} {seconds / total:6.1%}")
    stats.sort_stats("tottime").print_stats(20)


def stages(files):
    """Wall seconds of each stage of one process, the stage's functions wrapped by a timer (no profiler)."""
    import io

    from mzlib.extract import cli

    spent = {}

    def timed(label, holder, attr, inner):
        def wrapper(*args, **kwargs):
            start = time.perf_counter()
            try:
                return inner(*args, **kwargs)
            finally:
                spent[label] = spent.get(label, 0.0) + time.perf_counter() - start
        setattr(holder, attr, wrapper)

    for label, module, name in STAGES:
        timed(label, *_stage(module, name))
    cli.extract_command(files[:1], os.devnull, stderr=io.StringIO(), jobs=1)  # loads tables and patterns
    spent.clear()
    start = time.perf_counter()
    cli.extract_command(files, os.devnull, stderr=io.StringIO(), jobs=1)
    total = time.perf_counter() - start
    mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"one process, wall clock: {total:.2f} s, {mb / total:.2f} MB/s; stage, seconds, share")
    for label, _, _ in STAGES:
        print(f"  {label:<24} {spent.get(label, 0.0):7.2f} {spent.get(label, 0.0) / total:6.1%}")


def scaling(seed, small_kb=25, factor=4, show=10):
    """Time per MB of each document at ``small_kb`` of copies and at ``factor`` times as many."""
    import io

    from mzlib.extract import cli

    rng = random.Random(seed)
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "copies.txt"
        for i, src in enumerate(sources()):
            text = src.read_text(encoding="utf-8")
            n = max(1, int(small_kb * 1e3 / len(text.encode("utf-8"))))
            rates = []
            for copies in (n, n * factor):
                path.write_text("\n".join(vary(text, rng) for _ in range(copies)), encoding="utf-8")
                if i == 0 and copies == n:  # loads tables and patterns
                    cli.extract_command([path], os.devnull, stderr=io.StringIO(), jobs=1)
                start = time.perf_counter()
                cli.extract_command([path], os.devnull, stderr=io.StringIO(), jobs=1)
                rates.append((time.perf_counter() - start) / (path.stat().st_size / 1e6))
            rows.append((rates[1] / rates[0], 1 / rates[1], src.relative_to(ROOT)))
    print(f"{len(rows)} documents, each at about {small_kb} kB of copies and {factor} times as many (one process)")
    print(f"growth of time per MB (1 = linear, {factor} = quadratic), the largest {show}:")
    for ratio, speed, name in sorted(rows, reverse=True)[:show]:
        print(f"  {ratio:5.2f}  {speed:5.2f} MB/s  {name}")
    print(f"the slowest per MB at {small_kb * factor:.0f} kB, {show}:")
    for ratio, speed, name in sorted(rows, key=lambda r: r[1])[:show]:
        print(f"  {speed:5.2f} MB/s  {ratio:5.2f}  {name}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=20)
    parser.add_argument("--seed", type=int, default=17)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each setting; the fastest is printed")
    parser.add_argument("--profile", action="store_true", help="profile one process instead of timing")
    parser.add_argument("--stages", action="store_true", help="time each stage of one process by the wall clock")
    parser.add_argument("--scaling", action="store_true", help="time per MB of each document at two sizes")
    parser.add_argument("--file-kb", type=float, default=None,
                        help="size of a file: copies of one document, each with its own digits (0: one copy; "
                             "default: the target size over the number of source documents, so that every one is in)")
    args = parser.parse_args()
    if args.scaling:
        return scaling(args.seed)
    files = build(args.mb, args.seed, args.file_kb)
    if args.profile:
        return profile(files)
    if args.stages:
        return stages(files)
    cores = os.cpu_count() or 1
    mb = sum(f.stat().st_size for f in files) / 1e6
    print(f"corpus: {len(files)} files of about {mb * 1e3 / len(files):.0f} kB, {mb:.1f} MB, of "
          f"{min(len(files), len(sources()))} of the {len(sources())} source documents, every copy of a document "
          f"with its own digits (seed {args.seed}); {cores} cores")
    print(f"{'processes':>9} {'seconds':>8} {'CPU s':>7} {'figures':>8} {'figures/s':>10} {'MB/s':>6} {'speed-up':>8}")
    with tempfile.TemporaryDirectory() as tmp:
        run(files[:1], 1, Path(tmp) / "warm.csv")  # writes the bytecode cache
        outs = {jobs: Path(tmp) / f"out{jobs}.csv" for jobs in (1, cores)}
        one = None
        for jobs, out in outs.items():
            seconds, cpu, figures = min(run(files, jobs, out) for _ in range(args.repeat))
            one = one or seconds
            print(f"{jobs:9d} {seconds:8.1f} {cpu:7.1f} {figures:8d} {figures / seconds:10.0f} {mb / seconds:6.2f} "
                  f"{one / seconds:7.2f}x")
        same = filecmp.cmp(outs[1], outs[cores], shallow=False)
        print(f"output of 1 and {cores} processes identical: {'yes' if same else 'NO'}")
    print(f"import mzlib.extract.cli: {import_seconds():.2f} s")
    if not same:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
