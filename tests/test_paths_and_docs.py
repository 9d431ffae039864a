"""User data location, and a README that documents every command it offers."""

from __future__ import annotations

import argparse
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.cli.main import build_parser
from tvet_desktop.paths import bundled_snapshot, data_dir

from .conftest import REPO

if TYPE_CHECKING:
    from pathlib import Path


def test_data_dir_override(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TVET_DESKTOP_DATA_DIR", str(tmp_path / "mine"))
    assert data_dir() == tmp_path / "mine"


def test_data_dir_default_is_per_user(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TVET_DESKTOP_DATA_DIR")
    assert "tvet-desktop" in str(data_dir()) and not str(data_dir()).startswith(str(REPO))


def test_bundled_snapshot_comes_from_the_package() -> None:
    assert bundled_snapshot().name == "catalog.sqlite" and bundled_snapshot().is_file()


def test_readme_documents_every_command_and_the_two_setup_commands() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    for command in subparsers.choices:  # type: ignore[union-attr]
        assert f"tvet-desktop {command}" in readme, command
    assert "make run" in readme and "make test" in readme and "--screenshot" in readme
    assert (REPO / ".ci" / "run").read_text().strip().endswith("make test")


Parsers = Iterator[tuple[str, argparse.ArgumentParser]]


def _parsers(parser: argparse.ArgumentParser, path: str = "tvet-desktop") -> Parsers:
    yield path, parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from _parsers(sub, f"{path} {name}")


def test_every_command_and_option_has_help_text() -> None:
    missing = []
    for path, parser in _parsers(build_parser()):
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                helped = {choice.dest for choice in action._choices_actions if choice.help}
                missing += [f"{path} {name}" for name in action.choices if name not in helped]
            elif not action.help and action.dest != "help":
                missing.append(f"{path} {'/'.join(action.option_strings) or action.dest}")
    assert missing == []


def test_the_readmes_python_example_runs(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    example = readme.split("```python\n", 1)[1].split("```", 1)[0]
    monkeypatch.chdir(REPO)
    exec(compile(example, "README.md", "exec"), {})
    printed = capsys.readouterr().out.splitlines()
    assert len(printed) == 5 and all(line.split()[-1].replace(".", "").isdigit() for line in printed)


def test_make_benchmark_keeps_the_sections_written_by_hand(tmp_path: Path) -> None:
    """docs/benchmarks.md: `make benchmark` regenerates what is above the marker and keeps what follows it."""
    from benchmarks.run import HAND_WRITTEN, _written_by_hand

    docs = REPO / "docs" / "benchmarks.md"
    assert docs.read_text(encoding="utf-8").count(HAND_WRITTEN) == 1
    report = tmp_path / "benchmarks.md"
    assert _written_by_hand(report) == ""  # a first report
    report.write_text(f"# Benchmarks\n\nold figures\n\n{HAND_WRITTEN}\n\n## Measured by hand\n\nkept\n",
                      encoding="utf-8")
    assert _written_by_hand(report) == f"\n\n{HAND_WRITTEN}\n\n## Measured by hand\n\nkept\n"


@pytest.mark.parametrize("code", ["fr", "es", "ar"])
def test_each_translated_user_guide_keeps_in_step_with_the_english_one(code: str) -> None:
    """The same sections at the same levels, and the same commands and shortcuts written in code: a section
    added to docs/user-guide.md without its translations fails here (docs/translations.md says how to add them)."""
    def shape(path: Path) -> tuple[list[str], list[str]]:
        text = path.read_text(encoding="utf-8")
        return ([line.split(" ", 1)[0] for line in text.splitlines() if line.startswith("#")],
                sorted(re.findall(r"`[^`]+`", text)))

    assert shape(REPO / "docs" / f"user-guide.{code}.md") == shape(REPO / "docs" / "user-guide.md")
