"""Conversion speed: pages per second for a PDF of at least 100 pages, and the same document as
a web page and a Word file, and its tables as a workbook (a sheet a table).

Prints figures; it is a benchmark, not a test. The goal is a 100-page PDF in under 10 s on one
core. Usage::

    .venv/bin/python benchmarks/convert.py [--pages 100] [--repeat 3]

The document is the five seeds one after another, repeated until the PDF has ``--pages``
pages, written by the test fixture builder (``tests/docbuild.py``: reportlab, ruled tables
with merged cells, a running head and page numbers). Conversion runs in this one process
(PDFium and pdfplumber are single-threaded); the best of ``--repeat`` runs is reported.
"""

import argparse
import sys
import tempfile
import time
from pathlib import Path

from mzlib.core import paths
from mzlib.sources.convert import document_text

sys.path.insert(0, str(paths.PROJ_ROOT / "tests"))
import docbuild  # noqa: E402

SEEDS = sorted(paths.RAW_DATA_DIR.glob("*.txt"))


def build(folder, pages):
    """The seeds repeated until the PDF has ``pages`` pages; returns the four files and pages."""
    parts, count = [], 0
    while count < pages:
        parts += [part for seed in SEEDS for part in docbuild.blocks(seed.read_text(encoding="utf-8"))]
        pdf = docbuild.to_pdf(parts, folder / "bench.pdf")
        count = _pages(pdf)
    (folder / "bench.html").write_bytes(docbuild.to_html(parts))
    docbuild.to_docx(parts, folder / "bench.docx")
    docbuild.to_xlsx(parts, folder / "bench.xlsx")
    return [folder / "bench.pdf", folder / "bench.html", folder / "bench.docx", folder / "bench.xlsx"], count


def _pages(pdf):
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        return len(document)
    finally:
        document.close()


def best_time(path, text_dir, repeat):
    """Seconds of the fastest of ``repeat`` conversions, and the characters derived."""
    times, characters = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        characters = len(document_text(path, text_dir).text)
        times.append(time.perf_counter() - start)
    return min(times), characters


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files, pages = build(folder, args.pages)
        for path in files:
            seconds, characters = best_time(path, folder / "text", args.repeat)
            rate = f"{pages / seconds:6.1f} pages/s" if path.suffix == ".pdf" else " " * 14
            print(f"{path.suffix:6} {path.stat().st_size / 1e6:6.2f} MB {characters:9,d} characters "
                  f"{seconds:6.2f} s  {rate}  {characters / seconds / 1e3:8.0f} k characters/s"
                  + (f"  ({pages} pages; goal: {args.pages} pages in under 10 s)" if path.suffix == ".pdf" else ""))


if __name__ == "__main__":
    main()
