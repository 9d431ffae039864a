"""The command line: JSON for scripts, plain text for people, exit codes 0 / 1 / 2."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.launch import main

if TYPE_CHECKING:
    import argparse
    from pathlib import Path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_json(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "welding", "--json")
    hits = json.loads(out)
    assert code == 0
    assert hits[0]["id"] == "welding-safety-guide"
    assert {"id", "kind", "title", "year", "country", "snippet", "score"} <= set(hits[0])


def test_search_filters_and_limit(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "skills", "--kind", "practice",
                       "--country", "Ghana", "--year-from", "2023", "--year-to", "2023", "--json")
    assert code == 0 and [h["id"] for h in json.loads(out)] == ["solar-installers-practice"]
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "", "--limit", "2", "--json")
    assert len(json.loads(out)) == 2


def test_search_text_and_suggestion(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    # A misspelt query that finds nothing shows the corrected results at once, and says so.
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "weldng")
    assert code == 0 and out.startswith("Showing results for welding — search instead for weldng\n")
    assert "Welding safety guide for trainers" in out
    # A query nothing can correct still says "No results." (and a suggestion when it has one).
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "zzzzzz")
    assert code == 0 and "No results." in out


def test_show(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "show", "welding-safety-guide", "--json")
    item = json.loads(out)
    assert code == 0 and item["authors"] == ["Amina Odhiambo"] and item["body"].startswith("## Protective")
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "show", "welding-safety-guide")
    assert "Welding safety guide for trainers" in out and "Source: https://example.org/welding" in out


def test_show_unknown_id_exits_1(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    code, out, err = run(capsys, "--catalog", str(snapshot_path), "show", "nope")
    assert (code, out) == (1, "") and err == "tvet-desktop: no item with id 'nope'\n"


def test_info_json_on_bundled_catalogue(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "info", "--json")
    info = json.loads(out)
    assert code == 0 and info["version"] >= 1 and info["item_count"] >= 130 and info["path"].endswith(".sqlite")


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    for args in (["search"], ["show"], ["nonsense"], ["search", "x", "--limit", "0"], ["search", "x", "--kind", "z"]):
        with pytest.raises(SystemExit) as raised:
            main(args)
        assert raised.value.code == 2


def test_broken_catalogue_exits_1(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    broken = tmp_path / "broken.sqlite"
    broken.write_text("garbage")
    code, _, err = run(capsys, "--catalog", str(broken), "info")
    assert code == 1 and err.startswith("tvet-desktop: ") and err.count("\n") == 1


def test_build_snapshot_reports_bad_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    source = tmp_path / "bad.jsonl"
    source.write_text('{"id": "ok", "kind": "event", "title": "Fine"}\n{"id": "x", "kind": "event"}\n')
    code, _, err = run(capsys, "build-snapshot", str(source), str(tmp_path / "out.sqlite"))
    assert code == 1 and f"{source}:2: 'title' must be a non-empty string" in err
    assert not (tmp_path / "out.sqlite").exists()


def test_build_snapshot_with_version(capsys: pytest.CaptureFixture[str], source_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "v7.sqlite"
    code, _, _ = run(capsys, "build-snapshot", str(source_dir), str(out), "--version", "7")
    assert code == 0
    code, text, _ = run(capsys, "--catalog", str(out), "info", "--json")
    assert json.loads(text)["version"] == 7


def test_installed_entry_point_runs() -> None:
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", "search", "digital", "--json", "--limit", "1"],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)) == 1


def test_no_arguments_open_the_window_with_the_options_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    """A launcher starts the app with no arguments, and no parser is built then; the window must still get
    exactly what the parser gives for options left out."""
    import tvet_desktop.ui.app

    received: list[dict[str, object]] = []

    def run_app(args: argparse.Namespace) -> int:
        received.append(vars(args))
        return 0

    monkeypatch.setattr(tvet_desktop.ui.app, "run_app", run_app)
    assert main([]) == 0
    assert main(["--dark"]) == 0
    assert received[0] == {**received[1], "dark": False}
    assert received[0]["size"] == (1280, 800) and received[0]["facet"] == []


def test_bad_screenshot_options_are_usage_errors() -> None:
    for args in (["--screenshot", "x.png", "--size", "abc"], ["--screenshot", "x.png", "--facet", "colour=red"]):
        with pytest.raises(SystemExit) as raised:
            main(args)
        assert raised.value.code == 2


def test_damaged_search_index_exits_1_with_one_line(capsys: pytest.CaptureFixture[str], snapshot_path: Path,
                                                    tmp_path: Path) -> None:
    import shutil
    import sqlite3

    damaged = tmp_path / "damaged.sqlite"
    shutil.copy(snapshot_path, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute("DROP TABLE items_fts")
    conn.commit()
    conn.close()
    code, _, err = run(capsys, "--catalog", str(damaged), "search", "welding")
    assert code == 1 and err.startswith("tvet-desktop: ") and err.count("\n") == 1


def test_filtered_json_scores_are_zero_not_negative(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    code, out, _ = run(capsys, "--catalog", str(snapshot_path), "search", "", "--kind", "publication", "--json")
    assert code == 0 and all(hit["score"] == 0.0 and str(hit["score"]) == "0.0" for hit in json.loads(out))


def test_broken_pipe_exits_quietly(snapshot_path: Path) -> None:
    reader = subprocess.Popen(["head", "-c", "10"], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL)
    done = subprocess.run([sys.executable, "-m", "tvet_desktop", "--catalog", str(snapshot_path), "search", "",
                           "--limit", "500"], stdout=reader.stdin, stderr=subprocess.PIPE, text=True, timeout=60,
                          check=False)
    assert reader.stdin is not None
    reader.stdin.close()
    reader.wait()
    assert "Traceback" not in done.stderr


def test_filters_ignore_case_and_accents_and_take_language_names(capsys: pytest.CaptureFixture[str],
                                                                  snapshot_path: Path) -> None:
    def ids(*args: str) -> list[str]:
        assert main(["--catalog", str(snapshot_path), "search", "", "--json", *args]) == 0
        return [hit["id"] for hit in json.loads(capsys.readouterr().out)]

    assert ids("--country", "germany") == ids("--country", "Germany") == ["digital-skills-teachers"]
    assert ids("--theme", "DIGITAL SKILLS") == ids("--theme", "digital skills")
    assert ids("--language", "German") == ids("--language", "de") == ["digital-skills-teachers"]
    assert ids("--region", "  africa ") == ids("--region", "Africa")


def test_a_filter_value_no_item_has_is_explained(capsys: pytest.CaptureFixture[str], snapshot_path: Path) -> None:
    assert main(["--catalog", str(snapshot_path), "search", "training", "--country", "Germny"]) == 0
    out, err = capsys.readouterr()
    assert out == "No results.\n"
    assert err.strip() == "No item has the country “Germny”. Did you mean “Germany”?"
    assert main(["--catalog", str(snapshot_path), "search", "training", "--country", "Atlantis", "--json"]) == 0
    out, err = capsys.readouterr()
    assert json.loads(out) == []  # the explanation never spoils the JSON
    assert "The catalogue has: Germany, Ghana, Kenya, Spain." in err


@pytest.mark.parametrize("args", [["--query", "welding"], ["--select", "greening-tvet"], ["--facet", "region=Africa"],
                                  ["search", "welding", "--year-from", "2022", "--year-to", "2010"]])
def test_options_that_would_do_nothing_are_usage_errors(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(args)
    assert raised.value.code == 2
    assert "only with --screenshot" in capsys.readouterr().err or args[0] == "search"
