"""environment.yml and pyproject.toml describe the same installation, and extras stay lean."""

import re
import tomllib

import pytest
import yaml

from mzlib.core import paths

PYPROJECT = tomllib.loads((paths.PROJ_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
ENVIRONMENT = yaml.safe_load((paths.PROJ_ROOT / "environment.yml").read_text(encoding="utf-8"))
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


def pip_section():
    sections = [item["pip"] for item in ENVIRONMENT["dependencies"] if isinstance(item, dict) and "pip" in item]
    assert len(sections) == 1, "environment.yml needs exactly one pip: section"
    return sections[0]


def test_environment_uses_conda_forge_and_python_311():
    assert ENVIRONMENT["channels"] == ["conda-forge"]
    conda = [item for item in ENVIRONMENT["dependencies"] if isinstance(item, str)]
    assert "pip" in conda
    pythons = [item for item in conda if requirement_name(item) == "python"]
    assert pythons == ["python=3.11"]
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"


def test_environment_installs_this_package_with_the_user_extras():
    editable = [EDITABLE.match(item) for item in pip_section() if item.startswith("-e")]
    assert len(editable) == 1 and editable[0], "environment.yml must pip install -e .[extras] once"
    target = (paths.PROJ_ROOT / editable[0]["path"]).resolve()
    assert target == paths.PROJ_ROOT
    assert _names(editable[0]["extras"]) == user_extras()


def test_user_extras_are_notebooks_and_test():
    assert user_extras() == {"notebooks", "test"}


@pytest.mark.parametrize("extra", ["report", "test"])
def test_jupyterlab_stays_out_of_headless_extras(extra):
    assert "jupyterlab" not in resolved(extra)


def test_helpers_see_jupyterlab_in_notebooks_extra():
    assert "jupyterlab" in resolved("notebooks")
    assert "nbclient" in resolved("test")
