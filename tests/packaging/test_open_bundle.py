"""A double-click on a catalogue bundle runs ``tvet-desktop FILE.zip``: the window opens and installs it
in the update dialog. The real window in a subprocess, with a real signed bundle."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..ui.test_single_instance import running_window
from .conftest import signed_bundle, tvet_desktop, with_data_dir

if TYPE_CHECKING:
    from pathlib import Path

# The real entry point with the given arguments; the update dialog reports what it did, then the window
# closes (after 30 s in any case, so a failure cannot hang the test).
WINDOW = """
import sys
from PySide6.QtCore import QTimer
from tvet_desktop import launch
from tvet_desktop.ui import main_window

open_dialog = main_window.MainWindow.open_sync_dialog
def open_and_report(window):
    dialog = open_dialog(window)
    def report():
        if not dialog.running:
            print("dialog says:", dialog.stage_label.text(), flush=True)
            window.close()
    dialog.installed.connect(lambda active: print(f"installed v{active.version}", flush=True))
    timer = QTimer(window)
    timer.timeout.connect(report)
    timer.start(200)
    return dialog
main_window.MainWindow.open_sync_dialog = open_and_report
original_show = main_window.MainWindow.show
def show(window):
    original_show(window)
    QTimer.singleShot(30_000, window.close)
main_window.MainWindow.show = show
sys.exit(launch.main(sys.argv[1:]))
"""


def test_opening_a_bundle_installs_it_in_the_window(tmp_path: Path) -> None:
    key, bundle = signed_bundle(tmp_path / "work")
    env = with_data_dir(tmp_path / "trainer")
    tvet_desktop(env, "trust", str(key))
    shown = tvet_desktop(env, str(bundle), code=WINDOW).stdout
    assert "installed v2" in shown and "dialog says:" in shown
    assert json.loads(tvet_desktop(env, "info", "--json").stdout)["version"] == 2


def test_a_bundle_from_an_unknown_publisher_is_explained_in_the_dialog(tmp_path: Path) -> None:
    _, bundle = signed_bundle(tmp_path / "work")
    env = with_data_dir(tmp_path / "trainer")
    shown = tvet_desktop(env, str(bundle), code=WINDOW).stdout
    assert "installed" not in shown
    said = shown.split("dialog says:", 1)[1].strip()
    assert "trust" in said.lower() or "key" in said.lower(), said
    assert json.loads(tvet_desktop(env, "info", "--json").stdout)["version"] == 1


def test_a_zip_argument_with_a_command_is_still_that_command(tmp_path: Path) -> None:
    done = tvet_desktop(with_data_dir(tmp_path / "trainer"), "import", str(tmp_path / "missing.zip"), expect=1)
    assert done.stderr.startswith("tvet-desktop: ") and len(done.stderr.splitlines()) == 1


# A second launch with a bundle while a window is open; the message box it shows (as plain text: the file's
# name is anybody's) prints its text instead.
SECOND_LAUNCH = """
import sys
from tvet_desktop import launch
from tvet_desktop.ui import plain

plain.inform = lambda parent, title, text: print(f"{title}: {text}", flush=True)
sys.exit(launch.main(sys.argv[1:]))
"""


def test_a_bundle_opened_while_a_window_is_open_says_where_to_import_it(tmp_path: Path) -> None:
    bundle = tmp_path / "catalogue.tvet.zip"
    bundle.write_bytes(b"PK\x05\x06" + bytes(18))  # an empty ZIP: never read in this case
    data = tmp_path / "trainer"
    with running_window(data):
        shown = tvet_desktop(with_data_dir(data), str(bundle), code=SECOND_LAUNCH).stdout
    assert shown == (f"Import a catalogue: TVET Desktop is already open. To install the catalogue in {bundle}, "
                     "choose File → Update the catalogue… → Import bundle… in its window.\n")
