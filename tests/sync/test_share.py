"""``tvet-desktop share`` under abuse (issue 16, B12/R4-1/R4-2): it listens where the user says and prints
that, stays small with many idle or hostile connections, refuses absurd ranges, stops by itself, and cleans
up on SIGTERM. The real command runs as a subprocess; the server's bounds are tested on a real socket."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.sync.serve import RepositoryHandler, RepositoryServer, Terminated, make_server, stopped_by_sigterm

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

    from tvet_desktop.sync.client import Updater
    from tvet_desktop.sync.transport import HttpRepository

    from .conftest import Server

READY = "Stops by itself at"


class Share:
    def __init__(self, process: subprocess.Popen[str], lines: list[str]) -> None:
        self.process, self.lines = process, lines
        self.address = next(line.split("--from-room", 1)[1].strip() for line in lines if "--from-room" in line)
        self.port = int(self.address.rsplit(":", 1)[1])


@pytest.fixture
def temp_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "tmp"
    folder.mkdir()
    return folder


@pytest.fixture
def share(updater: Updater, http: HttpRepository, temp_folder: Path) -> Iterator[Share]:
    """The real command, on a laptop that synced v2, with its own temporary folder."""
    updater.update(http, lambda done, total: None)
    process = subprocess.Popen([sys.executable, "-m", "tvet_desktop", "share", "--host", "127.0.0.1", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "TMPDIR": str(temp_folder)})
    lines: list[str] = []
    while not lines or not lines[-1].startswith(READY):
        line = process.stdout.readline()  # type: ignore[union-attr]
        assert line, f"share ended early: {process.stderr.read()}"  # type: ignore[union-attr]
        lines.append(line.strip())
    yield Share(process, lines)
    if process.poll() is None:
        process.kill()
    process.wait(10)
    process.stdout.close()  # type: ignore[union-attr]
    process.stderr.close()  # type: ignore[union-attr]


def ask(port: int, request: bytes, host: str = "127.0.0.1") -> bytes:
    with socket.create_connection((host, port), timeout=10) as connection:
        connection.sendall(request)
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_share_listens_on_the_address_given_and_prints_that_one(share: Share) -> None:
    assert share.lines[0].startswith("Sharing catalogue v2 (published 2026-11-29)")
    assert [line for line in share.lines if "--from-room" in line] == \
        [f"tvet-desktop sync --from-room 127.0.0.1:{share.port}"]
    assert any("tvet-desktop trust" in line for line in share.lines)  # a new laptop refuses it otherwise
    assert share.lines[-1].startswith(READY) and "(in 60 minutes)" in share.lines[-1]
    with pytest.raises(ConnectionRefusedError):  # bound to 127.0.0.1 alone
        socket.create_connection(("127.0.0.2", share.port), timeout=5)
    assert ask(share.port, b"GET /manifest.json HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.0 200")


def test_sigterm_stops_share_and_removes_its_temporary_folder(share: Share, temp_folder: Path) -> None:
    assert [path.name[:11] for path in temp_folder.iterdir()] == ["tvet-share-"]
    share.process.send_signal(signal.SIGTERM)
    out, err = share.process.communicate(timeout=20)
    assert (share.process.returncode, out.strip(), err) == (0, "Stopped sharing.", "")
    assert list(temp_folder.iterdir()) == []


def test_an_absurd_range_is_refused_and_share_keeps_serving(share: Share) -> None:
    answer = ask(share.port, b"GET /manifest.json HTTP/1.0\r\nRange: bytes=" + b"9" * 5000 + b"-\r\n\r\n")
    assert answer.startswith(b"HTTP/1.0 416")
    assert ask(share.port, b"GET /manifest.json HTTP/1.0\r\nRange: bytes=0-0\r\n\r\n").startswith(b"HTTP/1.0 206")
    share.process.send_signal(signal.SIGTERM)
    _, err = share.process.communicate(timeout=20)
    assert "Traceback" not in err and err == ""


class StoppedWhileAccepting(RepositoryServer):
    """A real SIGTERM that arrives just as a connection is being accepted (where a full run once caught it)."""

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        os.kill(os.getpid(), signal.SIGTERM)
        super().process_request(request, client_address)


def test_a_stop_while_a_connection_is_accepted_ends_the_share(server: Server) -> None:
    import threading
    from functools import partial

    shared = StoppedWhileAccepting(("127.0.0.1", 0), partial(RepositoryHandler, folder=server.folder))
    port = shared.server_address[1]
    threading.Timer(0.2, lambda: socket.create_connection(("127.0.0.1", port), timeout=5).close()).start()
    with stopped_by_sigterm(), pytest.raises(Terminated):
        shared.serve_for(30)  # swallowed, the stop would leave it serving until then


class QuickToCloseHandler(RepositoryHandler):
    timeout = 2.0  # the real one waits IDLE_TIMEOUT seconds


@pytest.fixture
def small_server(server: Server) -> Iterator[int]:
    """A share server allowing 3 connections at once, closing idle ones after 2 s, serving for 60 s."""
    import threading

    shared = make_server(server.folder, handler=QuickToCloseHandler, max_connections=3)
    thread = threading.Thread(target=shared.serve_for, args=(60,))
    thread.start()
    yield shared.server_address[1]
    shared.shutdown()
    thread.join(10)


def test_connections_beyond_the_bound_are_told_to_come_back_and_idle_ones_are_closed(small_server: int) -> None:
    idle = [socket.create_connection(("127.0.0.1", small_server), timeout=10) for _ in range(3)]
    for connection in idle:
        connection.sendall(b"GET /manifest.json HTTP/1.0\r\n")  # and the headers never end
    try:
        assert ask(small_server, b"GET /manifest.json HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.0 503")
        for connection in idle:
            assert connection.recv(65536) == b""  # closed by the server once idle for its timeout
        assert ask(small_server, b"GET /manifest.json HTTP/1.0\r\n\r\n").startswith(b"HTTP/1.0 200")
    finally:
        for connection in idle:
            connection.close()


def test_share_stops_by_itself_after_the_time_chosen(server: Server) -> None:
    shared = make_server(server.folder)
    shared.serve_for(0.2)  # returns: the timer stopped it
    with pytest.raises(ConnectionRefusedError):
        socket.create_connection(("127.0.0.1", shared.server_address[1]), timeout=5)

