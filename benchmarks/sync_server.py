"""A loopback HTTP server for the sync benchmark: the app's own Range-capable handler, counting every byte it
hands to its sockets per file (and the status lines and headers), and able to cut a download after N bytes,
either closing the connection cleanly (FIN) or resetting it (RST, unread data is lost)."""

from __future__ import annotations

import socket
import struct
import threading
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from http.server import ThreadingHTTPServer
from typing import TYPE_CHECKING

from tvet_desktop.sync.serve import BLOCK, RepositoryHandler

if TYPE_CHECKING:
    from collections.abc import Iterator
    from pathlib import Path


@dataclass
class Traffic:
    """What the server sent since the last ``clear()``, and the cuts it still has to make."""

    served: Counter[str] = field(default_factory=Counter)  # body bytes per file name
    header_bytes: int = 0  # status lines and headers of every response
    requests: list[tuple[str, str]] = field(default_factory=list)  # (file name, Range header)
    cuts: list[int] = field(default_factory=list)  # per response of ``cut_name``: stop after N body bytes
    cut_name: str = ""
    reset: bool = False  # cut with a TCP reset instead of a clean close

    def clear(self) -> None:
        self.served.clear()
        self.header_bytes = 0
        self.requests.clear()

    def body_bytes(self) -> int:
        return sum(self.served.values())


class CountingHandler(RepositoryHandler):
    def __init__(self, *args: object, folder: Path, traffic: Traffic, **kwargs: object) -> None:
        self.traffic = traffic
        super().__init__(*args, folder=folder, **kwargs)

    def _serve(self, body: bool) -> None:
        self.traffic.requests.append((self.path.lstrip("/"), self.headers.get("Range", "")))
        super()._serve(body)

    def flush_headers(self) -> None:
        self.traffic.header_bytes += sum(len(part) for part in getattr(self, "_headers_buffer", []))
        super().flush_headers()

    def send_bytes(self, path: Path, start: int, stop: int) -> None:
        """Like the app's handler, but every byte the socket accepted is counted, and a cut may end it early."""
        traffic = self.traffic
        limit = traffic.cuts.pop(0) if path.name == traffic.cut_name and traffic.cuts else None
        end = stop if limit is None else min(stop, start + limit)
        with open(path, "rb") as handle:
            handle.seek(start)
            while start < end:
                view = memoryview(handle.read(min(BLOCK, end - start)))
                while view:
                    try:
                        sent = self.connection.send(view)
                    except OSError:
                        return  # the client went away
                    traffic.served[path.name] += sent
                    start += sent
                    view = view[sent:]
        if limit is not None and end < stop:
            self._cut()

    def _cut(self) -> None:
        self.close_connection = True
        if self.traffic.reset:  # linger 0: close() sends RST at once, dropping whatever the client has not read
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a reset connection is what the benchmark asked for


@contextmanager
def serving(folder: Path) -> Iterator[tuple[str, Traffic]]:
    """Serve ``folder`` on 127.0.0.1 (a free port) while the block runs; yields the base URL and its traffic."""
    traffic = Traffic()
    server = _Server(("127.0.0.1", 0), partial(CountingHandler, folder=folder, traffic=traffic))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/", traffic
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
