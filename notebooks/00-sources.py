# %% [markdown]
# # Sources: the document set
#
# Which documents this repository reads, and proof that they are the files the manifest describes.
# The manifest `data/raw/MANIFEST.csv` is the one registry of documents: every later notebook looks
# regions, document types and dates up there (`mzlib.sources.manifest.document`), never in file names.
#
# - **Inputs:** `data/raw/MANIFEST.csv` and the raw documents in `data/raw/` (text, web pages, PDF
#   or Word; the text of the last three is derived into `data/interim/`).
# - **Outputs:** `data/processed/documents.csv` (characters, tables and text boxes per document).
# - **Shows:** the document set table: region (Chinese and English), administrative level, document
#   type, issue date, length in characters and bytes, and the number of tables `mzlib.extract.tables` finds.

# %% tags=["parameters"]
SAVE_OUTPUTS = True

# %%
import platform

import numpy as np
import pandas as pd

import mzlib
from mzlib.sources import manifest
from mzlib.extract.documents import document_table
from mzlib.core.outputs import write_processed
from mzlib.report import session

session.short_errors()

# %% [markdown]
# ## Load
#
# Validate the manifest against its schema, then check that the raw directory holds exactly the
# listed files, byte for byte (sha256). Either step stops the notebook with a one-line error.

# %%
documents = manifest.load_manifest()
manifest.verify_checksums(documents)

# %% [markdown]
# ## Process
#
# One row per document. `characters` counts characters of decoded (or derived) text, `bytes` the file size on
# disk (UTF-8 Chinese takes three bytes a character); `tables` counts the tables
# `mzlib.extract.tables.find_tables` finds in the text; `text_boxes` counts the 专栏 boxes, which use the
# same `|` layout but hold prose.

# %%
document_set = document_table(documents)
document_set

# %% [markdown]
# ## Save
#
# Only the measured columns are saved; everything else stays in the manifest.

# %%
if SAVE_OUTPUTS:
    write_processed(document_set[["file", "characters", "tables", "text_boxes"]], "documents")

# %% tags=["nbval-ignore-output"]
print(f"python {platform.python_version()}, pandas {pd.__version__}, numpy {np.__version__}, mzlib {mzlib.__version__}")
