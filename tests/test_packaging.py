"""The wheel holds every package of the app, and the version is written once."""

from __future__ import annotations

import tomllib

from tvet_desktop import __version__

from .conftest import REPO


def test_every_package_goes_into_the_wheel() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(project["tool"]["setuptools"]["packages"])
    found = {".".join(init.parent.relative_to(REPO).parts) for init in (REPO / "tvet_desktop").rglob("__init__.py")}
    assert found - listed == set(), "add these packages to [tool.setuptools] packages in pyproject.toml"
    # Mapped from folders at the top of the repository: the snapshot's (bundled_db/) and the user guide's (docs/);
    # and the translations' folder, data only (listed, setuptools installs its files without a warning per file).
    assert listed - found == {"tvet_desktop.bundled_db", "tvet_desktop.docs", "tvet_desktop.ui.translations"}


def test_the_version_is_written_once() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "tvet_desktop.__version__"}
    assert __version__.count(".") == 2
