# %% [markdown]
# # Clean figures: every reported number, traceable to its sentence
#
# The five documents report their indicators in three table layouts and in prose. This notebook
# turns them into one tidy table of figures, each with its source file, character span and verbatim
# quote, maps every figure to the bilingual indicator registry, and checks the sources against
# themselves: growth rates against their endpoints, shares against counts, ratios against their parts,
# dates, magnitudes and the documents' own claims. It flags; it never corrects a figure in place.
#
# - **Inputs:** `data/raw/*.txt` with `data/raw/MANIFEST.csv`; `data/reference/indicators.csv`,
#   `units.csv`, `census_rounds.csv`.
# - **Outputs:** `data/processed/figures.csv` (+ `.parquet`), `data/processed/table_rows.csv`,
#   `data/processed/checks.csv`; `reports/figures/extraction-map.png`.
# - **Shows:** coverage by document and family (Tables 1-2), the anomalies the checks found
#   (Table 3), unmapped figures (Table 4), and a map of what was extracted from where (Figure 1).
#
# Every number comes from `mzlib` (`extract`, `checks`); to audit a row, open the file named in `doc`
# and read characters `char_start:char_end`: they are the `quote`.

# %% tags=["parameters"]
SHOW_SEVERITIES = ("error", "warning")
SAVE_FIGURE = True

# %%
import platform

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import mzlib
from mzlib.quality import checks
from mzlib.extract import figures as extract
from mzlib.sources import manifest
from mzlib.core import paths
from mzlib.report import links, plotting
from mzlib.core.outputs import write_processed
from mzlib.core.textio import read_text

plotting.setup()
pd.set_option("display.max_colwidth", 120)

# %% [markdown]
# ## Load
#
# The manifest is validated and every raw file is checked against its sha256 before anything is read.

# %%
documents = manifest.load_manifest()
manifest.verify_checksums(documents)
files = [paths.RAW_DATA_DIR / f for f in documents["file"]]
texts = {f.name: read_text(f)[0] for f in files}
documents = documents.assign(characters=documents["file"].map(lambda f: len(texts[f])))

# %% [markdown]
# ## Process
#
# Extraction runs table parsing first (three layouts; text boxes are recognised and left to prose),
# then the prose families. `validate` checks the schema and, for every row, that
# `text[char_start:char_end] == quote` and `text[value_start:value_end] == value`.

# %%
figures, table_rows = extract.extract_corpus(files, documents)
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
extract.coverage(figures, table_rows, documents)

# %% [markdown]
# **Table 2. Figures by family and region.**

# %%
extract.by_family(figures)

# %% [markdown]
# **Table 3. What the sources get wrong.** Failed checks (errors, then warnings), with the arithmetic.
# Where a correction is obvious it stands beside the original, never in its place. The full table,
# with the checks that passed, is `data/processed/checks.csv`.

# %%
failed = anomalies[(anomalies["result"] == "fail") & anomalies["severity"].isin(SHOW_SEVERITIES)]
links.evidence_table(failed[["severity", "region_en", "check", "message", "arithmetic", "corrected_value",
                             "figure_ids"]], name="table-3")

# %% [markdown]
# Notes the checks derived without judging (values implied by a printed growth claim):

# %%
links.evidence_table(anomalies.loc[anomalies["result"] == "note", ["region_en", "message", "figure_ids"]],
                     name="notes")

# %% [markdown]
# **Table 4. Unmapped figures** (no registry entry; add an alias to `data/reference/indicators.csv`
# to map one).

# %%
figures.loc[figures["indicator_id"] == "unmapped", ["figure_id", "indicator_zh", "value", "unit", "quote"]]

# %% [markdown]
# **Figure 1. What was extracted from where.** One dot per figure along each document; ticks mark
# figures read from tables.

# %%
fig = plotting.extraction_map(figures, documents)
if SAVE_FIGURE:
    fig.savefig(paths.FIGURES_DIR / "extraction-map.png", metadata={"Software": None})
plt.show()

# %% [markdown]
# A sample of the figures table: the Lincang minimum-living standards, monthly amounts annualised.

# %%
figures.loc[figures["indicator_id"].str.startswith("dibao_") & (figures["region_en"] == "Lincang"),
            ["figure_id", "indicator_id", "year", "year_basis", "kind", "value", "unit", "period",
             "value_std", "unit_std", "conversion"]]

# %% [markdown]
# ## Save

# %%
write_processed(figures, "figures", parquet=True)
write_processed(table_rows, "table_rows")
write_processed(anomalies, "checks")
print(f"saved {len(figures)} figures, {len(table_rows)} table rows and {len(anomalies)} checks to data/processed/")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
