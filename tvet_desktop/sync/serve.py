"""A small static file server for a repository folder, with the Range and If-Range support resumable
downloads rely on. ``tvet-desktop share`` uses it to serve the active catalogue on the local network."""

from __future__ import annotations

import contextlib
import email.utils
import re
import socket
import threading
from functools import partial
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

from .manifest import SAFE_NAME

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path

BLOCK = 64 << 10
RANGE = re.compile(r"bytes=(\d+)-(\d*)")


class RepositoryHandler(BaseHTTPRequestHandler):
    """GET and HEAD for the plain files of one folder; no listings, nothing outside it."""

    server_version = "TVET-Desktop-share"
    block_size = BLOCK

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
        if not SAFE_NAME.fullmatch(name) or ".." in name or not path.is_file():
            self.send_error(404)
            return
        stat = path.stat()
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


def make_server(folder: Path, host: str = "127.0.0.1", port: int = 0,
                handler: type[RepositoryHandler] = RepositoryHandler) -> ThreadingHTTPServer:
    server = ThreadingHTTPServer((host, port), partial(handler, folder=folder))
    server.daemon_threads = True
    return server


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

