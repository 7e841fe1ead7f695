"""The first readings of the holdout sets, pooled: recall, year share and kind share by counts, then and now.

Prints figures; it is a benchmark, not a test. Usage::

    .venv/bin/python benchmarks/first_readings.py                  # every set tests/documents/real*/
    .venv/bin/python benchmarks/first_readings.py real58 real59    # some sets
    .venv/bin/python benchmarks/first_readings.py --last 10        # pool the 10 latest sets apart
    .venv/bin/python benchmarks/first_readings.py --code real4=ba75774   # a set measured with other code

Each holdout set was annotated by hand before the extractor ran on it; its first measurement, before any
rule was changed for it, is the honest measure of how the extractor reads documents it was not tuned to.
The commit messages give shares only, so the first readings cannot be pooled from the log. This script
measures them again, each with the code of its time and the annotation of its time, in a temporary
detached worktree under ``/tmp`` (moved from commit to commit, removed at the end), by that commit's own
``benchmarks/measure_real.py`` (its ``measure`` function imported; before the script existed, the same
steps):

- at annotation: the code of the commit that first added the set's ``expected_figures.csv``
  (``git log --diff-filter=A``), before any fix for it;
- at measurement: the code of the first-measurement commit (the oldest after the annotation whose subject
  names the set and its "first measurement"), on the annotation as committed. Sets annotated while
  others were measured met code newer than their annotation commit; where ``mzlib/`` is the same, the
  reading at annotation is used again. ``--code SET=COMMIT`` measures a set with other code (a README may
  name it: real4's first measurement ran on a fix of a crash on one of its texts);
- now: today's checkout, its code and its annotation (later annotation fixes are in the READMEs).

One line a set: the two commits, and at each reading the expected figures, recall (found / expected),
year share (year right / figures found with an expected year) and kind share (kind right / expected).
``today's scorer`` is the reading at measurement scored by today's ``mzlib.extract.evaluate`` (it changed
once, a902f65: a number inside words no longer matches), printed where it differs. The pooled lines add
the sets' counts (not their shares), for every set and for the latest ``--last`` sets (by the date of the
annotation commit). A set whose reading at measurement cannot run is named and left out of the pools.
Nothing is written into the repository but the temporary worktree's record in ``.git``, pruned at the end.
"""

import argparse
import os
import pickle
import re
import shutil
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.dont_write_bytecode = True  # nothing written into the repository, not even a bytecode cache

from mzlib.extract import evaluate  # noqa: E402

COUNTS = ["expected", "found", "with_year", "year_right", "kind_right"]

# run in a checkout of some commit (cwd and PYTHONPATH that checkout): measure one set with that commit's
# measure_real.measure, keep the arguments of evaluate.match (the extracted figures, the annotation, the texts)
RUNNER = textwrap.dedent('''
    import importlib.util, pickle, sys
    from pathlib import Path
    root, folder, out = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    sys.path.insert(0, str(root))
    script = root / "benchmarks" / "measure_real.py"
    if script.exists():
        spec = importlib.util.spec_from_file_location("measure_real_at_commit", script)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        measure, ev, how = mod.measure, mod.evaluate, "measure_real.py"
    else:  # before measure_real.py: its measure(), step by step
        import pandas as pd
        from mzlib.extract import evaluate as ev
        from mzlib.extract.figures import Document, extract_document
        how = "measure_real.py's steps"

        def measure(folder):
            expected = ev.load_expected(folder / "expected_figures.csv")
            texts, figures = {}, []
            for name in sorted(expected["doc"].unique()):
                doc = Document.from_path(folder / name)
                texts[name] = doc.text
                figures.append(extract_document(doc).figures)
            matched = ev.match(pd.concat(figures, ignore_index=True), expected, texts)
            return matched, ev.summary(matched)
    seen = {}
    match = ev.match

    def spy(figures, expected, texts):
        seen.update(figures=figures, expected=expected, texts=texts)
        return match(figures, expected, texts)
    ev.match = spy
    matched, summary = measure(folder)
    row = summary[summary["doc"] == "all"].iloc[0]
    counts = {k: int(row[k]) for k in ["expected", "found", "with_year", "year_right", "kind_right"]}
    with open(out, "wb") as f:
        pickle.dump({"counts": counts, "how": how, **seen}, f)
''')


def git(*args, cwd=ROOT):
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def holdout_sets(names):
    """(set, annotation commit, its date) of the holdout sets, oldest annotation first."""
    docs = ROOT / "tests" / "documents"
    if not names:
        names = [p.name for p in docs.iterdir() if re.fullmatch(r"real\d*", p.name)
                 and (p / "expected_figures.csv").exists()]
    sets = []
    for name in names:
        added = git("log", "--diff-filter=A", "--format=%H %ct", "--", f"tests/documents/{name}/expected_figures.csv")
        if not added:
            sys.exit(f"{name}: no commit adds tests/documents/{name}/expected_figures.csv")
        commit, when = added.splitlines()[-1].split()
        sets.append((name, commit, int(when)))
    return sorted(sets, key=lambda s: (s[2], s[0]))


def measured_at(name, annotated):
    """(first-measurement commit, the commit of the code it measured) of a set, or (None, None).

    The first-measurement commit is the oldest after the annotation whose subject names the set and its
    "first measurement"; its code is the code measured (its parent's where it changes ``mzlib/`` itself).
    """
    pattern = re.compile(rf"\b{name}(?![0-9])\b.*first measurement|first measurement.*\b{name}(?![0-9])\b", re.I)
    log = git("log", "--reverse", "--format=%H %s", f"{annotated}..HEAD")
    for line in log.splitlines():
        commit, subject = line.split(" ", 1)
        if pattern.search(subject):
            break
    else:
        return None, None
    if git("diff", "--stat", f"{commit}^", commit, "--", "mzlib"):
        return commit, git("rev-parse", f"{commit}^")
    return commit, commit


def run(runner, code, folder, out):
    """The runner's record of one set measured by the code at ``code``, or the reason it failed."""
    env = {**os.environ, "PYTHONPATH": str(code), "PYTHONDONTWRITEBYTECODE": "1"}
    proc = subprocess.run([sys.executable, str(runner), str(code), str(folder), str(out)], cwd=code, env=env,
                          capture_output=True, text=True)
    if proc.returncode:
        lines = proc.stderr.strip().splitlines()
        return None, lines[-1] if lines else f"exit {proc.returncode}"
    with open(out, "rb") as f:
        return pickle.load(f), None


def rescore(record):
    """The counts of a first reading's figures scored by today's evaluate, or None where it cannot score them."""
    try:
        summary = evaluate.summary(evaluate.match(record["figures"], record["expected"], record["texts"]))
    except Exception:  # an old figures table without a column today's scorer reads
        return None
    row = summary[summary["doc"] == "all"].iloc[0]
    return {k: int(row[k]) for k in COUNTS}


def shares(c):
    return (c["found"] / c["expected"] if c["expected"] else float("nan"),
            c["year_right"] / c["with_year"] if c["with_year"] else float("nan"),
            c["kind_right"] / c["expected"] if c["expected"] else float("nan"))


def fmt(c):
    r, y, k = shares(c)
    return f"{c['expected']:5d} {r:6.3f} {y:6.3f} {k:6.3f}"


def total(rows, key):
    return {k: sum(row[key][k] for row in rows) for k in COUNTS}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sets", nargs="*", help="holdout sets under tests/documents/ (default: every real*)")
    parser.add_argument("--last", type=int, default=20, help="pool the latest N sets apart (default 20)")
    parser.add_argument("--code", action="append", default=[], metavar="SET=COMMIT",
                        help="measure SET at measurement with the code of COMMIT (a README names another)")
    args = parser.parse_args(argv)
    sets = holdout_sets(args.sets)
    overrides = dict(o.split("=", 1) for o in args.code)
    tmp = Path(tempfile.mkdtemp(prefix="first_readings_"))
    runner, tree, out, annotations = tmp / "runner.py", tmp / "tree", tmp / "record.pickle", tmp / "annotations"
    runner.write_text(RUNNER, encoding="utf-8")
    rows, notes = [], []
    print(f"{'set':8} {'annotated':9} {'measured':9} | {'at annotation':^25} | {'at measurement':^25} | {'now':^25}")
    print(f"{'':28} |" + f" {'n':>5} {'recall':>6} {'year':>6} {'kind':>6} |" * 3)
    try:
        git("worktree", "add", "--detach", "--quiet", str(tree), sets[0][1])
        for name, annotated, _ in sets:
            row = {"set": name}
            git("checkout", "--detach", "--quiet", annotated, cwd=tree)
            row["annotation"], error = run(runner, tree, tree / "tests" / "documents" / name, out)
            annotation_error = error
            _, code = measured_at(name, annotated)
            if name in overrides:
                code = git("rev-parse", overrides[name])
                notes.append(f"{name}: measured with the code of {code[:8]} (--code)")
            elif code is None:
                notes.append(f"{name}: no commit names its first measurement; its reading is at its annotation")
                code = annotated
            row["commits"] = (annotated[:8], code[:8] if code != annotated else "=")
            if code == annotated or not git("diff", "--stat", annotated, code, "--", "mzlib",
                                             "benchmarks/measure_real.py"):
                row["measurement"] = row["annotation"]
                if annotation_error:
                    notes.append(f"{name}: the code of its annotation {annotated[:8]} and of its first measurement"
                                 f" {code[:8]} cannot run: {annotation_error}")
            else:  # the main line's code then, on the set as annotated
                git("checkout", "--detach", "--quiet", code, cwd=tree)
                shutil.rmtree(annotations, ignore_errors=True)
                annotations.mkdir()
                archive = subprocess.run(["git", "archive", annotated, f"tests/documents/{name}"], cwd=ROOT,
                                         check=True, capture_output=True).stdout
                subprocess.run(["tar", "-x", "-C", str(annotations)], input=archive, check=True)
                row["measurement"], error = run(runner, tree, annotations / "tests" / "documents" / name, out)
                if annotation_error:
                    notes.append(f"{name}: the code of its annotation {annotated[:8]} cannot run: {annotation_error}")
                if error:
                    notes.append(f"{name}: the code of {code[:8]} (its measurement) cannot run: {error}")
            row["now"], error = run(runner, ROOT, ROOT / "tests" / "documents" / name, out)
            if error:
                notes.append(f"{name}: today's code cannot run: {error}")
            cells = [fmt(row[k]["counts"]) if row[k] else f"{'cannot run':>25}"
                     for k in ["annotation", "measurement", "now"]]
            line = f"{name:8} {row['commits'][0]:9} {row['commits'][1]:9} | " + " | ".join(cells)
            row["today"] = rescore(row["measurement"]) if row["measurement"] else None
            if row["measurement"] and row["today"] != row["measurement"]["counts"]:
                line += ("  (today's scorer cannot score it)" if row["today"] is None
                         else f"  (at measurement, today's scorer: {fmt(row['today'])})")
            for key in ["annotation", "measurement"]:
                if row[key]:
                    row[key + "_how"], row[key] = row[key]["how"], row[key]["counts"]
            if row["now"]:
                row["now"] = row["now"]["counts"]
            if row.get("annotation_how", "measure_real.py") != "measure_real.py":
                line += f"  [{row['annotation_how']}]"
            print(line, flush=True)
            rows.append(row)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, capture_output=True)
        subprocess.run(["git", "worktree", "prune"], cwd=ROOT, capture_output=True)
        shutil.rmtree(tmp, ignore_errors=True)
    print()
    kept = [r for r in rows if r["measurement"] and r["now"]]
    for title, group in [("every set", kept), (f"the latest {args.last} sets", kept[-args.last:])]:
        if not group:
            continue
        print(f"pooled, {title}: {len(group)} sets ({group[0]['set']} .. {group[-1]['set']})")
        both = [r for r in group if r["annotation"]]
        lines = [("at measurement", group, "measurement"),
                 ("at measurement, today's scorer", [r for r in group if r["today"]], "today"),
                 ("now", group, "now"),
                 (f"at annotation ({len(both)} sets)", both, "annotation"),
                 (f"at measurement ({len(both)} sets)", both, "measurement")]
        for label, members, key in lines:
            c = total(members, key)
            r, y, k = shares(c)
            print(f"  {label:32} expected {c['expected']:5d}, found {c['found']:5d} (recall {r:.3f}), "
                  f"year right {c['year_right']:5d} of {c['with_year']:5d} ({y:.3f}), "
                  f"kind right {c['kind_right']:5d} ({k:.3f})")
    if len(kept) < len(rows):
        print("left out of the pools: " + ", ".join(r["set"] for r in rows if r not in kept))
    if notes:
        print("\nnotes:")
        for note in notes:
            print(f"  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
