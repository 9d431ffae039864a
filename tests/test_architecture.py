"""The layers themselves (Qt only in ui/, updates apart from the user's notes, no cycles) are import-linter's
contracts in pyproject.toml, checked by `make lint`. What it cannot see is checked here."""

from __future__ import annotations

from .conftest import REPO


def test_widgets_run_no_sql() -> None:
    for path in (REPO / "tvet_desktop" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "sqlite3" not in text and ".execute(" not in text, path


def test_the_import_contracts_cover_every_package() -> None:
    """A new package must find its place in the layers, or the contracts say nothing about it."""
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]
    layers = next(c for c in config["contracts"] if c["id"] == "layers")["layers"]
    placed = {name.strip() for layer in layers for name in layer.split("|")}
    packages = {f"tvet_desktop.{path.parent.name}" for path in (REPO / "tvet_desktop").glob("*/__init__.py")}
    modules = {f"tvet_desktop.{path.stem}" for path in (REPO / "tvet_desktop").glob("*.py")}
    data_only = {f"tvet_desktop.{path.parent.name}" for path in (REPO / "tvet_desktop").glob("*/__init__.py")
                 if not any(p.name != "__init__.py" for p in path.parent.glob("*.py"))}  # icons, keys
    unplaced = (packages | modules) - placed - data_only - {"tvet_desktop.__init__", "tvet_desktop.__main__"}
    assert unplaced == set()
