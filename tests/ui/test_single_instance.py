"""A second launch on the same data folder brings the first window forward instead of opening another."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from typing import TYPE_CHECKING

from tvet_desktop.ui.single_instance import SingleInstance

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

START_TIMEOUT_S = 60


COMMAND = [sys.executable, "-m", "tvet_desktop"]


def environment(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")


def wait_until_listening(data_dir: Path, first: subprocess.Popen[str] | None = None) -> None:
    """Until the running window (``first``, when this test started it) answers on its local socket (which also
    brings it forward: harmless)."""
    from PySide6.QtNetwork import QLocalSocket

    key = SingleInstance(data_dir).key
    give_up = time.monotonic() + START_TIMEOUT_S
    while True:
        socket = QLocalSocket()
        socket.connectToServer(key)
        if socket.waitForConnected(100):
            socket.disconnectFromServer()
            return
        assert first is None or first.poll() is None, first and first.communicate()[1]
        assert time.monotonic() < give_up, "the first window never listened"
        time.sleep(0.05)


@contextmanager
def running_window(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """The real app, started as a user starts it, once it is up and answering."""
    first = subprocess.Popen(COMMAND, env=environment(data_dir), text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        wait_until_listening(data_dir, first)
        yield first
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()


def launch_again(data_dir: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(COMMAND, env=environment(data_dir), capture_output=True, text=True, timeout=60,
                          check=False)


def test_second_launch_hands_over_to_the_running_window(data_dir: Path) -> None:
    with running_window(data_dir) as first:
        second = launch_again(data_dir)
        assert second.returncode == 0, second.stderr
        assert "already open; its window was brought to the front" in second.stderr
        assert first.poll() is None, "the first window must keep running"


def test_a_killed_window_does_not_block_the_next_start(data_dir: Path) -> None:
    with running_window(data_dir) as first:
        first.kill()  # SIGKILL: no clean-up of any kind
        first.wait(timeout=30)
    with running_window(data_dir) as again:  # the OS released the lock with the process
        third = launch_again(data_dir)
        assert third.returncode == 0 and "brought to the front" in third.stderr, third.stderr
        assert again.poll() is None  # the relaunch really is the running window
