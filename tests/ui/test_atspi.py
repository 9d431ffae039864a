"""Through the real Linux accessibility bus: the window runs under Xvfb in its own D-Bus session with Qt's
AT-SPI bridge on, and tools/atspi_probe.py (Debian's python3-pyatspi) reads it as Orca would. Skipped, with
the reason, where those system parts are missing (packaging/system-deps.sh test installs them)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ..conftest import REPO

SYSTEM_PYTHON = "/usr/bin/python3"  # Debian's pyatspi is for it, not for the venv
BUS_LAUNCHER = "/usr/libexec/at-spi-bus-launcher"


def missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run", "Xvfb"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian: dbus, xvfb)"
    if not Path(BUS_LAUNCHER).exists():
        return "the AT-SPI bus is not installed (Debian: at-spi2-core)"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False)
    if probe.returncode:
        return "pyatspi is not installed for the system's Python (Debian: python3-pyatspi)"
    return None


def test_the_accessibility_bus_names_every_control(tmp_path: Path) -> None:
    reason = missing()
    if reason:
        pytest.skip(reason)
    env = {**os.environ, "TVET_DESKTOP_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "xcb",
           "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "PYTHONPATH": str(REPO)}
    env.pop("DISPLAY", None)
    script = (f"{sys.executable} -m tvet_desktop >{tmp_path / 'app.log'} 2>&1 & app=$!; "
              f"{SYSTEM_PYTHON} {REPO / 'tools' / 'atspi_probe.py'}; status=$?; kill $app; exit $status")
    done = subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1366x768x24",
                           "sh", "-c", script], capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    controls = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"{len(controls)} focusable objects on the bus, "
          f"{sum(1 for c in controls if c['role'] not in ('table cell', 'list item'))} of them controls")
    assert [c for c in controls if not c["name"].strip()] == []
    named = {c["name"]: c for c in controls}
    assert {"Search", "Browse by facet", "Results", "Your library", "Reading pane", "Note editor", "Bookmark",
            "Add to reading list", "Quote selection", "Clear filters"} <= set(named)
    assert all(named[name]["description"] for name in ("Search", "Results", "Browse by facet", "Note editor"))
    # Qt names a combo box by its value on Linux; the screen reader says the label it is labelled by first.
    (sort,) = [c for c in controls if c["role"] == "combo box"]
    assert sort["labelled_by"] == ["Sort by:"]
