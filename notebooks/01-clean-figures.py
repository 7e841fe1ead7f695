# %% [markdown]
# # Clean figures: every reported number, traceable to its sentence
#
# The documents print their figures in prose and in tables of many layouts. This notebook turns
# every number printed with a unit into one tidy table of figures, each with its source file,
# character span and verbatim quote, its date, its kind and, where the registry knows its subject,
# its bilingual indicator; it sets aside, each with a reason, the numbers that are not figures
# (dates, numbering, document numbers, age bounds ...), lists those with a unit that no figure
# took, and checks the sources against themselves: growth rates against their endpoints, shares
# against counts, ratios against their parts, dates, magnitudes and the documents' own claims. It
# flags; it never corrects a figure in place.
#
# - **Inputs:** the raw documents in `data/raw/` (text, web pages, PDF or Word; the text of the
#   last three is derived into `data/interim/`) with `data/raw/MANIFEST.csv`;
#   `data/reference/indicators.csv`, `units.csv`, `census_rounds.csv`; the checks' thresholds and
#   relations `check_params.csv`, `check_relations.csv`.
# - **Outputs:** `data/processed/figures.csv` (+ `.parquet`), `data/processed/table_rows.csv`,
#   `data/processed/uncaptured.csv`, `data/processed/excluded.csv`, `data/processed/checks.csv`;
#   `reports/figures/extraction-map.png`.
# - **Shows:** coverage by document and by region and family (Tables 1-2), what was not taken
#   (Tables 3-4), the anomalies the checks found (Table 5), unmapped figures with suggested indicators
#   (Table 6), a map of what was extracted from where (Figure 1), and the money standards of one
#   region (`REGION`: any region of the manifest, by its English or Chinese name).
#
# Every number comes from `mzlib` (`extract`, `checks`); to audit a row, open the file named in
# `text_file` (the raw text itself, or the text derived from a web page, PDF or Word file named in
# `doc`) and read characters `char_start:char_end`: they are the `quote`.

# %% tags=["parameters"]
SHOW_SEVERITIES = ("error", "warning")
REGION = None  # the region whose money standards are shown; None: the first of the manifest that prints any
SAVE_FIGURE = True

# %%
import platform

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import mzlib
from mzlib.quality import checks
from mzlib.extract import figures as extract
from mzlib.extract import summary
from mzlib.sources import manifest
from mzlib.sources.regions import resolve_region
from mzlib.core import paths
from mzlib.report import links, plotting, session
from mzlib.core.outputs import write_processed
from mzlib.sources.convert import document_text

plotting.setup()
session.short_errors()
pd.set_option("display.max_colwidth", 120)

# %% [markdown]
# ## Load
#
# The manifest is validated and every raw file is checked against its sha256 before anything is read.
# Web pages, PDF and Word files are converted to text, written to `data/interim/` (the same bytes on
# every run); plain text is read as it is.

# %%
documents = manifest.load_manifest()
manifest.verify_checksums(documents)
region = resolve_region(REGION, documents, source="notebooks/01-clean-figures.py (parameters cell)")
files = [paths.RAW_DATA_DIR / f for f in documents["file"]]
texts = {f.name: document_text(f).text for f in files}
documents = documents.assign(characters=documents["file"].map(lambda f: len(texts[f])))

# %% [markdown]
# ## Process
#
# Extraction finds every number first and sets aside, with a reason code, those that are not
# figures (dates, numbering, document numbers, age bounds ...); tables in any layout are read
# row by row; every other number with a unit is described by its sentence (subject, kind, date)
# and mapped to the registry; the living-standard and census families refine what they know; and
# the baselines a printed change implies are derived. `validate` checks the schema and, for every
# row, that `text[char_start:char_end] == quote` and `text[value_start:value_end] == value_text`.

# %%
figures, table_rows, numbers = extract.extract_corpus(files, documents)
extract.validate(figures, texts)
anomalies = checks.run_checks(figures, texts, documents)
print(f"{len(figures)} figures from {len(files)} documents; "
      f"{int((table_rows['status'] == 'parsed').sum())} table rows parsed, "
      f"{int((table_rows['status'] != 'parsed').sum())} unparsed; "
      f"{len(anomalies)} checks: " + ", ".join(f"{n} {k}" for k, n in anomalies["result"].value_counts().items()))

# %% [markdown]
# **Table 1. Coverage by document.** Figures found in tables and in prose, how many carry a number
# (the rest are printed as `-` or in words), indicator tables and their rows, and figures that no
# registry entry names.

# %%
links.evidence_table(summary.coverage(figures, table_rows, numbers, documents), name="table-1")

# %% [markdown]
# **Table 2. Figures by region and family.**

# %%
links.spaced_codes(summary.by_family(figures, documents))

# %% [markdown]
# **Table 3. Numbers that are not figures,** by document and the reason they were set aside (every
# one is in `data/processed/excluded.csv` with its span).

# %%
links.spaced_codes(summary.exclusions(numbers, documents))

# %% [markdown]
# **Table 4. Numbers with a unit that no figure took** (`data/processed/uncaptured.csv`): what a
# reader should look at when checking recall.

# %%
links.evidence_table(numbers.loc[numbers["status"] == "uncaptured", ["doc", "line", "text", "reason"]],
                     name="table-4")

# %% [markdown]
# **Table 5. What the sources get wrong.** Failed checks (errors, then warnings), with the arithmetic.
# Where one common misprint explains a failure, the message names it and the value it suggests stands
# beside the original, never in its place. The full table, with the checks that passed, is
# `data/processed/checks.csv`.

# %%
failed = anomalies[(anomalies["result"] == "fail") & anomalies["severity"].isin(SHOW_SEVERITIES)]
links.evidence_table(failed[["severity", "region_en", "check", "message", "arithmetic", "corrected_value",
                             "figure_ids"]], name="table-3")

# %% [markdown]
# Notes: what the checks derived or compared without judging (values implied by a printed growth
# claim, comparisons that can show only one direction, one indicator printed under two names):

# %%
links.evidence_table(anomalies.loc[anomalies["result"] == "note", ["region_en", "message", "figure_ids"]],
                     name="notes")

# %% [markdown]
# **Table 6. Unmapped figures with a suggested indicator** (a near miss in the registry; add the
# printed name as an alias to `data/reference/indicators.csv` to accept it). Every unmapped figure
# is kept in `figures.csv` with its printed subject.

# %%
links.evidence_table(figures.loc[(figures["indicator_id"] == "unmapped") & (figures["suggested_indicator"] != ""),
                                 ["figure_id", "indicator_zh", "suggested_indicator", "suggestion_score", "value",
                                  "unit"]], name="table-6")

# %% [markdown]
# **Figure 1. What was extracted from where.** One dot per figure along each document; ticks mark
# figures read from tables.

# %%
fig = plotting.extraction_map(figures, documents)
if SAVE_FIGURE:
    fig.savefig(paths.FIGURES_DIR / "extraction-map.png", metadata={"Software": None})
plt.show()

# %% [markdown]
# A sample of the figures table: the money standards one region prints (parameter `REGION`), as
# printed and per year (`value_std`; `conversion` says how a monthly amount was annualised).

# %%
region, sample = summary.standards(figures, documents, region)
print(f"{len(sample)} money standards printed for {region}")
links.evidence_table(sample, name="sample")

# %% [markdown]
# ## Save

# %%
write_processed(figures, "figures", parquet=True)
write_processed(table_rows, "table_rows")
write_processed(numbers[numbers["status"] == "uncaptured"].drop(columns="status"), "uncaptured")
write_processed(numbers[numbers["status"] == "excluded"].drop(columns="status"), "excluded")
write_processed(anomalies, "checks")
print(f"saved {len(figures)} figures, {len(table_rows)} table rows, {len(numbers)} numbers not taken "
      f"and {len(anomalies)} checks to data/processed/")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
