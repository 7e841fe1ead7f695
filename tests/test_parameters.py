"""Notebook 02's parameters: validated with clear messages, regions by any name, and a run with other
parameters never writes the committed outputs."""

import pandas as pd
import pytest
from matplotlib.figure import Figure

from mzlib.targets import parameters as P
from mzlib.core import paths
from mzlib.core.errors import InputError
import seeds
from mzlib.sources.manifest import load_manifest
from mzlib.sources.registry import load_registry


@pytest.fixture(scope="module")
def refs():
    return seeds.loaded(), load_registry()


@pytest.mark.parametrize("name, region", [("Tai'an", "Tai'an"), ("Taian", "Tai'an"), ("taian", "Tai'an"),
                                          ("泰安市", "Tai'an"), ("泰安", "Tai'an"), ("文山市", "Wenshan"),
                                          ("yunnan", "Yunnan"), ("云南省", "Yunnan"), (None, None), ("", None)])
def test_regions_by_english_or_chinese_name(refs, name, region):
    assert P.validate({"REGION": name}, *refs)["REGION"] == region


@pytest.mark.parametrize("params, message", [
    ({"REGION": "Beijing"}, r"REGION 'Beijing' is not a region of the manifest\. use one of: Wenshan \(文山市\)"),
    ({"HORIZON": (2025, 2030)}, "HORIZON .* is not a year"),
    ({"HORIZON": "2025"}, "HORIZON '2025' is not a year"),
    ({"METHODS": ("linear", "spline")}, r"unknown methods \['spline'\]. choose from linear, cagr"),
    ({"ON_TRACK": 0.5, "ACCELERATION": 0.6}, "not ordered"),
    ({"BOUND_TOLERANCE": 0.0}, "outside"),
    ({"KEY_INDICATORS": ("no_such_indicator",)}, "not in the registry"),
    ({"USE_CORRECTIONS": "yes"}, "is not True or False"),
    ({"SAVE": True}, "unknown parameter"),
])
def test_bad_parameters_get_one_line_naming_the_allowed_values(refs, params, message):
    with pytest.raises(InputError, match=message) as error:
        P.validate(params, *refs)
    assert "\n" not in str(error.value) and str(error.value).startswith(P.SOURCE)


def test_a_single_method_or_indicator_may_be_a_string(refs):
    out = P.validate({"METHODS": "linear", "KEY_INDICATORS": "eco_burial_rate"}, *refs)
    assert out["METHODS"] == ("linear",) and out["KEY_INDICATORS"] == ("eco_burial_rate",)


def test_the_notebooks_parameters_cell_holds_the_defaults():
    source = (paths.NOTEBOOKS_DIR / "02-project-indicators.py").read_text(encoding="utf-8")
    cell = source.split('# %% tags=["parameters"]\n', 1)[1].split("# %%", 1)[0]
    values = {}
    exec(cell, {}, values)  # the cell holds constants only
    assert values == P.DEFAULTS


def test_only_a_run_with_default_parameters_saves(tmp_path):
    tables = {"assessment": pd.DataFrame({"region": ["A"], "status": ["achieved"]})}
    chart = Figure()
    for changed in ({"REGION": "Tai'an"}, {"HORIZON": 2030}, {"METHODS": ["linear"]}, {"USE_CORRECTIONS": False}):
        written, message = P.save_outputs(tables, {**P.DEFAULTS, **changed}, {"x.png": chart}, tmp_path,
                                          tmp_path / "figures")
        assert written == [] and message.startswith("not saved") and list(changed)[0] in message
        assert list(tmp_path.iterdir()) == []
    written, message = P.save_outputs(tables, dict(P.DEFAULTS, METHODS=list(P.DEFAULTS["METHODS"])),
                                      {"x.png": chart}, tmp_path, tmp_path / "figures")
    assert sorted(p.name for p in written) == ["assessment.csv", "x.png"] and message == "saved 2 files"


def test_shown_filters_rows_only_when_a_region_is_given():
    frame = pd.DataFrame({"region": ["A", "B"], "region_en": ["B", "A"]})
    assert P.shown(frame, None) is frame
    assert P.shown(frame, "A")["region"].tolist() == ["A"]
    assert P.shown(frame, "A", "region_en")["region"].tolist() == ["B"]


def test_papermill_run_for_one_region_shows_it_and_writes_nothing(tmp_path, monkeypatch):
    """Any region of the manifest (the last, by its Chinese name) is shown; nothing is written."""
    import hashlib
    import shutil

    import papermill

    region = load_manifest().iloc[-1]
    processed = tmp_path / "data" / "processed"
    shutil.copytree(paths.PROCESSED_DATA_DIR, processed)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in processed.iterdir()}
    monkeypatch.setenv("MZPLAN_OUTPUT_ROOT", str(tmp_path))
    out = papermill.execute_notebook(str(paths.NOTEBOOKS_DIR / "02-project-indicators.ipynb"),
                                     str(tmp_path / "out.ipynb"), parameters={"REGION": region["region_zh"]},
                                     kernel_name="python3", cwd=str(paths.NOTEBOOKS_DIR), progress_bar=False,
                                     log_output=False)
    text = "\n".join("".join(o.get("text", "")) for c in out.cells for o in c.get("outputs", []))
    assert f"showing {region['region_en']}" in text and "not saved: parameters differ from the defaults (REGION)" in text
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in processed.iterdir()}
    assert after == before and not (tmp_path / "reports").exists()
