"""Pin the packages of environment.yml and environment-lab.yml at the versions of the lock.

Usage: ``python requirements/conda_env.py requirements/all.txt environment.yml environment-lab.yml``
(``make lock`` runs it). Each ``- name<spec>`` line of a file's conda list becomes
``- name==<locked version>``; comments, order and the pip section stay as written.
"""

import re
import sys
from pathlib import Path

# conda-forge names where they differ from PyPI's (tests/test_environment.py reads this too).
CONDA_NAMES = {"playwright": "playwright-python"}
PYPI_NAMES = {conda: pypi for pypi, conda in CONDA_NAMES.items()}
_ITEM = re.compile(r"^(?P<lead>\s+-\s+)(?P<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?P<spec>[<>=!~][^#\s]*)\s*$")


def normal(name):
    """A distribution name normalised as PEP 503 does."""
    return re.sub(r"[-_.]+", "-", name).lower()


def locked(lock):
    """``{name: version}`` of a lock file written by ``uv pip compile``."""
    pins = {}
    for line in Path(lock).read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;#]+)", line)
        if match:
            pins[normal(match[1])] = match[2]
    return pins


def pin(text, pins, where):
    """The environment file's text with every conda package (python and pip aside) pinned."""
    out = []
    for line in text.splitlines():
        match = _ITEM.match(line)
        if match and match["name"] != "python":
            name = normal(PYPI_NAMES.get(match["name"], match["name"]))
            if name not in pins:
                sys.exit(f"{where}: {match['name']} is not in the lock: add it to pyproject.toml, then make lock")
            line = f"{match['lead']}{match['name']}=={pins[name]}"
        out.append(line)
    return "\n".join(out) + "\n"


def main(lock, *files):
    pins = locked(lock)
    for name in files:
        path = Path(name)
        path.write_text(pin(path.read_text(encoding="utf-8"), pins, name), encoding="utf-8")


if __name__ == "__main__":
    main(*sys.argv[1:])
