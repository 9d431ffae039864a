"""A small static file server for a repository folder, with the Range and If-Range support resumable
downloads rely on. ``tvet-desktop share`` uses it to serve the active catalogue on the local network.

It serves only the plain files of one folder (signed, public catalogue files), and it stays small under
abuse: a bounded number of connections at once (more are told to come back), idle connections closed,
absurd ranges refused, and it stops by itself after the time the user chose, or on SIGTERM.
"""

from __future__ import annotations

import contextlib
import email.utils
import re
import signal
import socket
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING

from .attachments import FILE_NAME
from .manifest import SAFE_NAME

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path
    from types import FrameType

BLOCK = 64 << 10
RANGE = re.compile(r"bytes=(\d{1,18})-(\d{0,18})")  # 18 digits: past any file, and far below int()'s limit
ABSURD_RANGE = re.compile(r".{200}|.*\d{19}", re.DOTALL)
MAX_CONNECTIONS = 32  # a room of laptops; each connection is one thread
IDLE_TIMEOUT = 10.0  # seconds a connection may send nothing (or receive nothing) before it is closed
EVERY_INTERFACE = ("0.0.0.0", "::", "")


class RepositoryHandler(BaseHTTPRequestHandler):
    """GET and HEAD for the plain files of one folder; no listings, nothing outside it."""

    server_version = "TVET-Desktop-share"
    block_size = BLOCK
    timeout = IDLE_TIMEOUT  # for every read and write on the connection (socketserver applies it)

    def __init__(self, *args: object, folder: Path, **kwargs: object) -> None:
        self.folder = folder
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]

    def do_HEAD(self) -> None:
        self._serve(body=False)

    def do_GET(self) -> None:
        self._serve(body=True)

    def log_message(self, format: str, *args: object) -> None:
        pass  # a training-centre share should not flood the terminal

    def _serve(self, body: bool) -> None:
        name = self.path.split("?", 1)[0].lstrip("/")
        path = self.folder / name
        plain = (SAFE_NAME.fullmatch(name) and ".." not in name) or FILE_NAME.fullmatch(name)  # files/<sha256>
        if not plain or not path.is_file():
            self.send_error(404)
            return
        stat = path.stat()
        if ABSURD_RANGE.match(self.headers.get("Range", "")):
            self.send_error(416, "Range Not Satisfiable")  # e.g. thousands of digits: no file is that large
            return
        etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'
        start, end = self._range(stat.st_size, etag, email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.send_response(206 if (start, end) != (0, stat.st_size - 1) else 200)
        if (start, end) != (0, stat.st_size - 1):
            self.send_header("Content-Range", f"bytes {start}-{end}/{stat.st_size}")
        content_type = "application/json" if name.endswith(".json") else "application/octet-stream"
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", email.utils.formatdate(stat.st_mtime, usegmt=True))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        if body:
            self.send_bytes(path, start, end + 1)

    def _range(self, size: int, etag: str, modified: str) -> tuple[int, int]:
        match = RANGE.fullmatch(self.headers.get("Range", "").strip())
        if_range = self.headers.get("If-Range")
        if match is None or (if_range is not None and if_range not in (etag, modified)):
            return 0, size - 1
        start = int(match.group(1))
        end = min(int(match.group(2)), size - 1) if match.group(2) else size - 1
        return (start, end) if start <= end else (0, size - 1)

    def send_bytes(self, path: Path, start: int, stop: int) -> None:
        """Send bytes [start, stop) of ``path``, a block at a time through :meth:`send_block`."""
        try:
            with open(path, "rb") as handle:
                handle.seek(start)
                while start < stop and (block := handle.read(min(self.block_size, stop - start))):
                    self.send_block(path, block)
                    start += len(block)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client went away; it will resume

    def send_block(self, path: Path, block: bytes) -> None:
        """One block of a file's body; tests and benchmarks override this to count, slow down or misbehave."""
        self.wfile.write(block)


class RepositoryServer(ThreadingHTTPServer):
    """One thread per connection, at most ``max_connections`` at once: a connection beyond that is answered
    503 with Retry-After at once and closed (a client retries), so a flood cannot grow the process."""

    daemon_threads = True
    block_on_close = False  # stopping does not wait for idle connections to time out
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], handler: partial[RepositoryHandler],
                 max_connections: int = MAX_CONNECTIONS) -> None:
        self.address_family = socket.AF_INET6 if ":" in address[0] else socket.AF_INET
        super().__init__(address, handler)
        self._slots = threading.BoundedSemaphore(max_connections)

    def process_request(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        if not self._slots.acquire(blocking=False):
            with contextlib.suppress(OSError):
                request.settimeout(1)
                request.sendall(b"HTTP/1.0 503 Service Unavailable\r\nRetry-After: 5\r\nContent-Length: 0\r\n\r\n")
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: socket.socket, client_address: object) -> None:  # type: ignore[override]
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def serve_for(self, seconds: float) -> None:
        """Serve until ``seconds`` have passed (or an exception, such as Ctrl+C or :class:`Terminated`, ends it)."""
        timer = threading.Timer(seconds, self.shutdown)
        timer.daemon = True
        timer.start()
        try:
            self.serve_forever(poll_interval=0.5)
        finally:
            timer.cancel()
            self.server_close()


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 0,
                handler: type[RepositoryHandler] = RepositoryHandler,
                max_connections: int = MAX_CONNECTIONS) -> RepositoryServer:
    return RepositoryServer((host, port), partial(handler, folder=folder), max_connections)


class Terminated(BaseException):
    """The process was asked to stop (SIGTERM). Not an Exception, like KeyboardInterrupt: socketserver reports
    and swallows an Exception raised while it accepts a connection, and the share would keep serving."""


@contextlib.contextmanager
def stopped_by_sigterm() -> Iterator[None]:
    """Within the block SIGTERM raises :class:`Terminated`, as Ctrl+C raises KeyboardInterrupt, so ``finally``
    clauses and temporary folders are cleaned up; a second SIGTERM meanwhile is ignored."""

    def stop(_signum: int, _frame: FrameType | None) -> None:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        raise Terminated

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def share_urls(host: str, port: int) -> list[str]:
    """The addresses colleagues should use: the one listened on, or this computer's on the local network."""
    hosts = local_addresses() if host in EVERY_INTERFACE else [host]
    return [f"{f'[{name}]' if ':' in name else name}:{port}" for name in hosts]


@contextlib.contextmanager
def serving(folder: Path, handler: type[RepositoryHandler] = RepositoryHandler) -> Iterator[str]:
    """Serve ``folder`` on 127.0.0.1 (a free port) in a thread while the block runs; yields the base URL."""
    server = make_server(folder, handler=handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def local_addresses() -> list[str]:
    """This computer's addresses on the local network, for the URL to give colleagues."""
    found = set()
    try:
        probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        probe.connect(("192.0.2.1", 9))  # no packet is sent: this only asks which interface would be used
        found.add(probe.getsockname()[0])
        probe.close()
    except OSError:
        pass
    found.discard("0.0.0.0")
    return sorted(found) or [socket.gethostname()]

