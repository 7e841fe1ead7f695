"""Extraction throughput: MB/s on a corpus made by repeating the documents to at least 50 MB.

Prints figures; it is a benchmark, not a test. Usage::

    .venv/bin/python benchmarks/extract.py [--mb 50]

The corpus is built in memory: each synthetic document is one raw document repeated until it is
about 1 MB (long documents, so per-document overhead does not dominate), and documents are added
until the corpus reaches the target size. Throughput is measured on one core (single process), at
a quarter, half and the full size, to show that time grows linearly with the corpus.
"""

import argparse
import time

import pandas as pd

from mzlib.core import paths
from mzlib.extract.figures import Document, extract_document
from mzlib.sources.convert import document_text


def corpus(target_mb, doc_mb=1.0):
    """Synthetic documents (name, text) totalling at least ``target_mb`` MB of UTF-8."""
    manifest = pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False)
    texts = [document_text(paths.RAW_DATA_DIR / f).text for f in manifest["file"]]
    docs, total, i = [], 0, 0
    while total < target_mb * 1e6:
        text = texts[i % len(texts)]
        copies = max(1, int(doc_mb * 1e6 / len(text.encode("utf-8"))))
        big = "\n".join([text] * copies)
        docs.append((f"doc{i:04d}.txt", big))
        total += len(big.encode("utf-8"))
        i += 1
    return docs, total / 1e6


def run(docs):
    """CPU seconds, wall seconds and figure count for extracting ``docs`` in this process.

    CPU time (``time.process_time``) is the one-core figure: it does not count time the process
    waited for a core another program was using.
    """
    cpu, wall, n = time.process_time(), time.perf_counter(), 0
    for name, text in docs:
        figures, _ = extract_document(Document(name, text, reference_year=2023, period_start=2021,
                                               period_end=2025))
        n += len(figures)
    return time.process_time() - cpu, time.perf_counter() - wall, n


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--mb", type=float, default=50)
    args = parser.parse_args()
    manifest = pd.read_csv(paths.MANIFEST, dtype=str, keep_default_na=False)
    print("CPU time per original document (best of 3):")
    for file in manifest["file"]:
        doc = Document.from_path(paths.RAW_DATA_DIR / file, manifest)
        best = min(run([(doc.name, doc.text)])[0] for _ in range(3)) or 1e-9
        size = len(doc.text.encode("utf-8")) / 1e6
        print(f"  {file:45s} {size * 1000:7.1f} kB  {best * 1000:7.1f} ms  {size / best:6.2f} MB/s")
    docs, total = corpus(args.mb)
    print(f"corpus: {len(docs)} documents, {total:.1f} MB")
    for share in (0.25, 0.5, 1.0):
        part = docs[: max(1, round(len(docs) * share))]
        mb = sum(len(t.encode("utf-8")) for _, t in part) / 1e6
        seconds, wall, n = run(part)
        print(f"  {mb:6.1f} MB  {seconds:7.2f} s CPU ({wall:6.2f} s wall)  {mb / seconds:6.2f} MB/s  "
              f"{n} figures  {seconds / mb:.3f} CPU s per MB")


if __name__ == "__main__":
    main()
