"""The Python versions the generated package supports, and where this machine has each: the test matrix
(noxfile.py), the release checks (tooling/release/distributions.py) and the package's classifiers (a test compares
them) read them from here."""

import glob
import os
import shutil

VERSIONS = ["3.10", "3.11", "3.12", "3.13"]


def interpreter(version: str) -> str:
    """A pyenv build of `version` when present, else `pythonX.Y` on PATH, else the bare version (which
    nox and uv then look up themselves, and skip or fail on)."""
    root = os.environ.get("PYENV_ROOT", os.path.expanduser("~/.pyenv"))
    found = sorted(glob.glob(f"{root}/versions/{version}.*/bin/python{version}"))
    return found[-1] if found else shutil.which(f"python{version}") or version
