"""A second launch on the same data folder brings the first window forward instead of opening another."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tvet_desktop.ui.single_instance import LOCK_NAME

START_TIMEOUT_S = 60


COMMAND = [sys.executable, "-m", "tvet_desktop"]


def environment(data_dir: Path) -> dict[str, str]:
    return dict(os.environ, TVET_DESKTOP_DATA_DIR=str(data_dir), QT_QPA_PLATFORM="offscreen")


@contextmanager
def running_window(data_dir: Path) -> Iterator[subprocess.Popen[str]]:
    """The real app, started as a user starts it, once it holds the data folder."""
    first = subprocess.Popen(COMMAND, env=environment(data_dir), text=True, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    try:
        give_up = time.monotonic() + START_TIMEOUT_S
        # Watched without taking the lock (taking it, even briefly, could make the app think it is second):
        # the app creates the file and locks it in one step.
        while not (data_dir / LOCK_NAME).exists():
            assert first.poll() is None, first.communicate()[1]
            assert time.monotonic() < give_up, "the first window did not start"
            time.sleep(0.05)
        time.sleep(0.1)
        yield first
    finally:
        if first.poll() is None:
            first.kill()
        first.communicate()


def test_second_launch_hands_over_to_the_running_window(data_dir: Path) -> None:
    with running_window(data_dir) as first:
        second = subprocess.run(COMMAND, env=environment(data_dir), capture_output=True, text=True, timeout=60,
                                check=False)
        assert second.returncode == 0, second.stderr
        assert "already open; its window was brought to the front" in second.stderr
        assert first.poll() is None, "the first window must keep running"


def test_a_killed_window_does_not_block_the_next_start(data_dir: Path) -> None:
    with running_window(data_dir) as first:
        first.kill()  # SIGKILL: no clean-up of any kind
        first.wait(timeout=30)
    with running_window(data_dir) as again:  # the OS released the lock with the process
        assert again.poll() is None
