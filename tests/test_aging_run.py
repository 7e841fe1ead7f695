"""Notebook 03 as one run: validated parameters, the save policy of notebook 02, decisions in mzlib."""

import re

import numpy as np
import pandas as pd
import pytest

from mzlib.core import paths
from mzlib.core.errors import InputError
from mzlib.demography import aging, parameters as P, run

REGIONS = pd.DataFrame({"region_en": ["China", "Hubei", "Xian"], "region_zh": ["全国", "湖北", "某某县"]})


def _notebook():
    from pathlib import Path
    return (Path(__file__).resolve().parents[1] / "notebooks" / "03-aging-pressure.py").read_text(encoding="utf-8")


def test_the_notebooks_parameters_cell_holds_the_defaults():
    cell = _notebook().split('# %% tags=["parameters"]\n', 1)[1].split("# %%", 1)[0]
    values = {}
    exec(cell, {}, values)
    assert values == P.DEFAULTS


@pytest.mark.parametrize("params, message", [
    ({"LAST_YEAR": 2029}, r"LAST_YEAR 2029 is not a year\. give an int from 2030"),
    ({"LAST_YEAR": True}, "LAST_YEAR True is not a year"),
    ({"MORTALITY": "nbs"}, r"MORTALITY 'nbs' is not a mortality rule\. choose from e0, wpp"),
    ({"SHOW_YEARS": (2025, 2060)}, r"SHOW_YEARS .* is not a list of years\. give ints from 2021 to 2050"),
    ({"PYRAMID_YEARS": ()}, "PYRAMID_YEARS"),
    ({"REGION": "Atlantis"}, r"REGION 'Atlantis' is not a projected region\. use one of: China \(全国\), Hubei"),
    ({"REGIONS": ("China",)}, r"unknown parameter\(s\) \['REGIONS'\]"),
])
def test_bad_parameters_get_one_line_naming_the_allowed_values(params, message):
    with pytest.raises(InputError, match=message) as caught:
        P.validate(params, REGIONS)
    assert "\n" not in str(caught.value) and str(caught.value).startswith("notebooks/03-aging-pressure.py")


def test_a_region_by_any_of_its_names():
    assert P.validate({"REGION": "湖北省"}, REGIONS)["REGION"] == "Hubei"
    assert P.validate({"REGION": "某某县"}, REGIONS)["REGION"] == "Xian"
    assert P.validate({"REGION": "hubei"}, REGIONS)["REGION"] == "Hubei"
    assert P.validate({}, REGIONS)["REGION"] is None


def test_only_a_run_with_default_parameters_saves(tmp_path):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    tables = {"aging": pd.DataFrame({"a": [1]})}
    chart = plt.figure()
    for changed in ({"REGION": "Hubei"}, {"LAST_YEAR": 2060}, {"MORTALITY": "wpp"}, {"SHOW_YEARS": [2030]}):
        written, message = P.save_outputs(tables, {**P.DEFAULTS, **changed}, {"x.png": chart}, tmp_path, tmp_path)
        assert written == [] and message.startswith("not saved") and list(changed)[0] in message
        assert not list(tmp_path.iterdir())
    written, message = P.save_outputs(tables, dict(P.DEFAULTS, SHOW_YEARS=list(P.DEFAULTS["SHOW_YEARS"])),
                                      {"x.png": chart}, tmp_path, tmp_path)
    assert message == "saved 2 files" and (tmp_path / "aging.csv").exists() and (tmp_path / "x.png").exists()
    plt.close(chart)


@pytest.fixture(scope="module")
def results():
    """The run on a small corpus: one county that prints its census groups, one that does not."""
    refs = run.load_references()
    documents = pd.DataFrame({"file": ["a.txt", "b.txt"], "region_en": ["Xian", "Yuan"],
                              "region_zh": ["某某县", "某某市"], "admin_level": ["county", "prefecture"],
                              "province_en": ["Hubei", "Hubei"]})
    rows = []
    for k, (indicator, value) in enumerate([("pop_count_0_14", 90000), ("pop_count_15_59", 360000),
                                            ("pop_count_60plus", 90000), ("pop_count_65plus", 60000),
                                            ("pop_share_0_14", 16.67), ("pop_share_15_59", 66.67),
                                            ("pop_share_60plus", 16.67), ("pop_share_65plus", 11.11)]):
        rows.append({"doc": "a.txt", "figure_id": f"a-{k}", "region_en": "Xian", "region_zh": "某某县",
                     "indicator_id": indicator, "value_std": value, "kind": "actual", "year": 2020,
                     "base_year": np.nan, "subregion_zh": ""})
    figures = pd.DataFrame(rows)
    checks = pd.DataFrame(columns=["check_id", "severity", "message", "figure_ids", "result"])
    params = P.validate({"LAST_YEAR": 2035}, run.projected_regions(refs, documents, figures))
    return run.project_aging(figures, checks, documents, refs, params), params


def test_every_province_and_the_county_with_data_are_projected_and_the_other_says_what_it_needs(results):
    out, _ = results
    projected = set(out["outputs"]["aging_projection"]["region_en"])
    assert len(projected) == 33 and {"China", "Hubei", "Xian"} <= projected
    coverage = out["coverage"].set_index("region_en")
    assert coverage.at["Xian", "projected"] and not coverage.at["Yuan", "projected"]
    assert "0-14, 15-59, 60+ and 65+" in coverage.at["Yuan", "data_needed"]
    assert out["shown"] == ["China", "Hubei", "Xian"]


def test_rounding_stage_and_mortality_variant_are_decided_in_the_run(results):
    out, _ = results
    saved = out["outputs"]["aging_projection"]
    assert (saved["share_65plus"] == saved["share_65plus"].round(4)).all()
    assert (saved["population"] == saved["population"].round(0)).all()
    assert list(saved["stage"]) == list(aging.aging_stage(saved["share_65plus"], run.load_references()["thresholds"]))
    assert "mortality_wpp" in set(saved["scenario"])
    band = out["band"].set_index(["region_en", "year", "measure"])
    central = out["projection"].query("scenario == 'central'").set_index(["region_en", "year"])
    variant = out["projection"].query("scenario == 'mortality_wpp'").set_index(["region_en", "year"])
    assert (band["lower"] <= band["central"] + 1e-12).all() and (band["central"] <= band["upper"] + 1e-12).all()
    # WPP's own level counts fewer deaths than the official life expectancy allows: more 80+ by 2035
    assert variant.at[("China", 2035), "pop_80plus"] != pytest.approx(central.at[("China", 2035), "pop_80plus"],
                                                                      rel=1e-3)


def test_the_reading_is_generated_from_the_results(results):
    out, params = results
    text = run.reading(out, params)
    mae = out["errors"].query("origin == 2010 and method == 'cohort' and measure == 'share_65plus'")["mae"].iloc[0]
    assert f"65+ {mae:.2f} pp" in text
    assert "Yuan" in text and "Backtest from the 2020 census" in text


def test_no_region_of_the_corpus_is_named_in_notebook_03_or_the_demography_code():
    from pathlib import Path
    root = Path(__file__).resolve().parents[1]
    manifest = pd.read_csv(root / "data" / "raw" / "MANIFEST.csv", dtype=str, keep_default_na=False)
    regions = manifest[manifest["admin_level"] != "nation"]  # the country frames every model: it may be named
    names = {n for col in ("region_en", "region_zh") for n in regions[col] if n} | {n for n in manifest["file"] if n}
    for path in [root / "notebooks" / "03-aging-pressure.py", *sorted((root / "mzlib" / "demography").glob("*.py"))]:
        text = path.read_text(encoding="utf-8")
        found = [n for n in names if re.search(rf"(?<![A-Za-z]){re.escape(n)}(?![A-Za-z])", text)]
        assert not found, f"{path.name} names {found}"


def test_papermill_run_for_one_province_shows_it_and_writes_nothing(tmp_path, monkeypatch):
    import hashlib
    import shutil

    import jupytext
    import papermill

    processed = tmp_path / "data" / "processed"
    shutil.copytree(paths.PROCESSED_DATA_DIR, processed)
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in processed.iterdir()}
    notebook = tmp_path / "in.ipynb"
    source = jupytext.read(paths.NOTEBOOKS_DIR / "03-aging-pressure.py")
    source.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    jupytext.write(source, notebook)
    monkeypatch.setenv("MZPLAN_OUTPUT_ROOT", str(tmp_path))
    out = papermill.execute_notebook(str(notebook), str(tmp_path / "out.ipynb"), parameters={"REGION": "湖北省"},
                                     kernel_name="python3", cwd=str(paths.NOTEBOOKS_DIR), progress_bar=False,
                                     log_output=False)
    text = "\n".join("".join(o.get("text", "")) for c in out.cells for o in c.get("outputs", []))
    assert "showing Hubei" in text and "not saved: parameters differ from the defaults (REGION)" in text
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in processed.iterdir()}
    assert after == before and not (tmp_path / "reports").exists()
