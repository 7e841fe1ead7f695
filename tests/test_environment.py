"""environment.yml, the lock and pyproject.toml describe the same installation, and extras stay lean."""

import importlib.util
import re
import tomllib

import pytest
import yaml

from mzlib.core import paths

PYPROJECT = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE = PYPROJECT["project"]["name"]
EXTRAS = PYPROJECT["project"]["optional-dependencies"]
EDITABLE = re.compile(r"^-e\s+(?P<path>[^\[\s]+)\[(?P<extras>[^\]]*)\]$")
SELF_REFERENCE = re.compile(rf"^{re.escape(PACKAGE)}\[(?P<extras>[^\]]*)\]", re.IGNORECASE)


def _names(extras):
    return {name.strip() for name in extras.split(",") if name.strip()}


def requirement_name(requirement):
    """Distribution name of a PEP 508 requirement string, normalised (PEP 503)."""
    name = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)", requirement).group(1)
    return re.sub(r"[-_.]+", "-", name).lower()


def resolved(extra):
    """Every requirement name an extra pulls in, following self-references like mzlib[report]."""
    names = set()
    for requirement in EXTRAS[extra]:
        nested = SELF_REFERENCE.match(requirement)
        if nested:
            for inner in _names(nested["extras"]):
                names |= resolved(inner)
        else:
            names.add(requirement_name(requirement))
    return names


def user_extras():
    """Extras no other extra includes: the ones people install (internal ones are building blocks)."""
    included = set()
    for requirements in EXTRAS.values():
        for requirement in requirements:
            nested = SELF_REFERENCE.match(requirement)
            if nested:
                included |= _names(nested["extras"])
    return set(EXTRAS) - included


_SPEC = importlib.util.spec_from_file_location("conda_env", paths.PROJ_ROOT / "requirements" / "conda_env.py")
conda_env = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(conda_env)
CONDA_NAMES = conda_env.CONDA_NAMES
# The lock files and the extras each installs (make venv: test; make report: site; make lab: all).
LOCKS = {"test.txt": {"test"}, "site.txt": {"test", "site"}, "all.txt": set(EXTRAS)}
ENVIRONMENT_FILES = {"test": "environment.yml", "notebooks": "environment-lab.yml"}


def load_environment(extra):
    return yaml.safe_load((paths.PROJ_ROOT / ENVIRONMENT_FILES[extra]).read_text(encoding="utf-8"))


def requirement_spec(requirement):
    """``(name, version constraint)`` of a PEP 508 requirement, e.g. ``("pandas", ">=2.2")``."""
    match = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?\s*(.*)$", requirement)
    return requirement_name(match[1]), match[2].replace(" ", "")


def resolved_specs(extra):
    """Every (name, constraint) an extra pulls in, following self-references like mzlib[report]."""
    specs = set()
    for requirement in EXTRAS[extra]:
        nested = SELF_REFERENCE.match(requirement)
        if nested:
            for inner in _names(nested["extras"]):
                specs |= resolved_specs(inner)
        else:
            specs.add(requirement_spec(requirement))
    return specs


def expected_conda(extra):
    """The conda-forge packages an environment for ``extra`` must list: runtime plus the extra."""
    specs = {requirement_spec(r) for r in PYPROJECT["project"]["dependencies"]} | resolved_specs(extra)
    return {CONDA_NAMES.get(name, name) for name, _ in specs}


def conda_pins(environment):
    """``{name: version}`` of an environment's conda list (python and pip aside)."""
    items = [item.replace(" ", "") for item in environment["dependencies"] if isinstance(item, str)]
    return dict(item.split("==", 1) if "==" in item else (item, None) for item in items
                if requirement_name(item) not in ("python", "pip"))


def lock(name):
    return conda_env.locked(paths.PROJ_ROOT / "requirements" / name)


def pip_section(environment):
    sections = [item["pip"] for item in environment["dependencies"] if isinstance(item, dict) and "pip" in item]
    assert len(sections) == 1, "an environment file needs exactly one pip: section"
    return sections[0]


@pytest.mark.parametrize("extra", sorted(ENVIRONMENT_FILES))
def test_environment_uses_conda_forge_and_python_311(extra):
    environment = load_environment(extra)
    assert environment["channels"] == ["conda-forge"]
    conda = [item for item in environment["dependencies"] if isinstance(item, str)]
    assert "pip" in conda
    pythons = [item for item in conda if requirement_name(item) == "python"]
    assert pythons == ["python=3.11"]
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"


@pytest.mark.parametrize("extra", sorted(ENVIRONMENT_FILES))
def test_environment_lists_every_package_by_its_conda_forge_name(extra):
    listed = set(conda_pins(load_environment(extra)))
    expected = expected_conda(extra)
    assert listed - expected == set(), f"{ENVIRONMENT_FILES[extra]} lists packages pyproject.toml does not"
    assert expected - listed == set(), f"{ENVIRONMENT_FILES[extra]} misses packages of pyproject.toml"


@pytest.mark.parametrize("extra", sorted(ENVIRONMENT_FILES))
def test_pip_installs_only_this_package_with_its_extra(extra):
    section = pip_section(load_environment(extra))
    assert len(section) == 1, "pip installs only the local package; everything else comes from conda-forge"
    editable = EDITABLE.match(section[0])
    assert editable, f"{ENVIRONMENT_FILES[extra]}: expected '-e .[{extra}]', got {section[0]!r}"
    assert (paths.PROJ_ROOT / editable["path"]).resolve() == paths.PROJ_ROOT
    assert _names(editable["extras"]) == {extra}


def test_every_user_extra_has_an_environment_file():
    assert set(ENVIRONMENT_FILES) == user_extras()


def test_the_name_mapping_can_fail():
    assert "playwright-python" in expected_conda("test")
    assert not any(item.startswith("jupyterlab") for item in expected_conda("test"))


def test_user_extras_are_notebooks_and_test():
    assert user_extras() == {"notebooks", "test"}


@pytest.mark.parametrize("extra", ["report", "test"])
def test_jupyterlab_stays_out_of_headless_extras(extra):
    assert "jupyterlab" not in resolved(extra)


@pytest.mark.parametrize("extra", ["report", "test"])
def test_jupyter_server_stays_out_of_the_test_environment(extra):
    assert "jupyter-server-mathjax" not in resolved(extra)


def test_helpers_see_jupyterlab_in_notebooks_extra():
    assert "jupyterlab" in resolved("notebooks")
    assert "nbclient" in resolved("test")


@pytest.mark.parametrize("extra", sorted(ENVIRONMENT_FILES))
def test_environment_pins_the_versions_of_the_lock(extra):
    pins, locked = conda_pins(load_environment(extra)), lock("all.txt")
    for name, version in pins.items():
        assert version == locked[requirement_name(conda_env.PYPI_NAMES.get(name, name))], (
            f"{ENVIRONMENT_FILES[extra]}: {name}=={version}, the lock has another version: run make lock")


@pytest.mark.parametrize("name", sorted(LOCKS))
def test_the_lock_pins_every_dependency_pyproject_names(name):
    needed = {requirement_name(r) for r in PYPROJECT["project"]["dependencies"]}
    for extra in LOCKS[name]:
        needed |= resolved(extra)
    assert needed - set(lock(name)) == set(), f"requirements/{name} misses dependencies: run make lock"


@pytest.mark.parametrize("name", ["test.txt", "site.txt"])
def test_the_partial_locks_agree_with_the_whole(name):
    whole = lock("all.txt")
    assert {n: v for n, v in lock(name).items() if whole.get(n) != v} == {}


def test_the_test_lock_has_no_jupyterlab_and_pins_the_installer():
    pins = lock("test.txt")
    assert "jupyterlab" not in pins and "jupyter-server" not in pins
    assert "uv" in pins and "jupyterlab" in lock("all.txt")


def test_pinning_an_environment_file_uses_the_lock_and_names_what_is_missing():
    text = "dependencies:\n  - python=3.11\n  - pip\n  - pandas>=2.2\n  - playwright-python>=1.44\n"
    assert conda_env.pin(text, {"pandas": "9.9", "playwright": "1.5"}, "x.yml") == (
        "dependencies:\n  - python=3.11\n  - pip\n  - pandas==9.9\n  - playwright-python==1.5\n")
    with pytest.raises(SystemExit, match="x.yml: pandas is not in the lock"):
        conda_env.pin(text, {"playwright": "1.5"}, "x.yml")


def test_floats_that_differ_only_in_their_last_bits_are_written_as_the_same_bytes(tmp_path):
    """What one machine's numpy computes as 10106.469311791629 another computes as 10106.46931179163."""
    import pandas as pd

    from mzlib.core.outputs import SIGNIFICANT, write_processed

    written = []
    for value in (10106.469311791629, 10106.46931179163):
        frame = pd.DataFrame({"value": [value, 650.0, None], "share": pd.array([0.1 + 0.2, None, 1.0], "Float64"),
                              "year": [2020, 2021, 2025]})
        folder = tmp_path / str(value)
        csv = write_processed(frame, "t", parquet=True, directory=folder)
        written.append((csv.read_bytes(), (folder / "t.parquet").read_bytes()))
    assert written[0] == written[1]
    assert SIGNIFICANT == 12 and written[0][0] == b"value,share,year\n10106.4693118,0.3,2020\n650.0,,2021\n,1.0,2025\n"
    assert pd.read_parquet(folder / "t.parquet")["value"].iloc[0] == 10106.4693118
