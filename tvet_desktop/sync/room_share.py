"""Share the active catalogue with the room from the window: servers on the addresses the user chose (only
local-network ones), in this process, counting the computers that fetched the update.

``tvet-desktop share`` serves the same files the same way (:mod:`.serve`); this keeps them being served
while the window runs, and can be stopped at any time.
"""

from __future__ import annotations

import ipaddress
import shutil
import tempfile
import threading
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from .attachments import AttachmentStore
from .errors import SyncError
from .serve import RepositoryHandler, RepositoryServer
from .sneakernet import export_active

if TYPE_CHECKING:
    from .manifest import Manifest
    from .store import CatalogueStore

DEFAULT_PORT = 8765
# Private (RFC 1918, RFC 4193), link-local and loopback: what a colleague in the room reaches, never the
# internet. (ipaddress's is_private also counts documentation ranges and 0.0.0.0, "every interface".)
LOCAL_NETWORKS = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "169.254.0.0/16", "127.0.0.0/8",
    "fc00::/7", "fe80::/10", "::1/128"))


def is_local_network(address: str) -> bool:
    """True for an address of a computer on the local network (or this one)."""
    try:
        ip = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return False
    return any(ip in network for network in LOCAL_NETWORKS if network.version == ip.version)


class RoomHandler(RepositoryHandler):
    """Serves only computers on the local network, and notes which ones received a whole catalogue file."""

    def __init__(self, *args: object, folder: Path, fetched: set[str], lock: threading.Lock) -> None:
        self.fetched, self.lock = fetched, lock
        super().__init__(*args, folder=folder)

    def _serve(self, body: bool) -> None:
        if not is_local_network(str(self.client_address[0])):
            self.send_error(403, "Only computers on the local network may fetch this catalogue")
            return
        super()._serve(body)

    def send_bytes(self, path: Path, start: int, stop: int) -> None:
        super().send_bytes(path, start, stop)
        if stop == path.stat().st_size and not path.name.startswith("manifest"):  # the last byte of a catalogue
            with self.lock:
                self.fetched.add(str(self.client_address[0]))


class RoomShare:
    """Serving until :meth:`stop`; every address must be one of this computer's on a local network."""

    def __init__(self, store: CatalogueStore, addresses: list[str], port: int = DEFAULT_PORT) -> None:
        foreign = [address for address in addresses if not is_local_network(address)]
        if foreign or not addresses:
            raise SyncError("not-local", addresses=", ".join(foreign)) if foreign else SyncError("no-address")
        self._folder = Path(tempfile.mkdtemp(prefix="tvet-share-"))
        self._fetched: set[str] = set()
        self._lock = threading.Lock()
        self.servers: list[RepositoryServer] = []
        try:
            self.manifest: Manifest = export_active(store, self._folder, AttachmentStore(store.folder.parent),
                                                    link=True)
            handler = partial(RoomHandler, folder=self._folder, fetched=self._fetched, lock=self._lock)
            for address in addresses:
                self.servers.append(RepositoryServer((address, port), handler))  # type: ignore[arg-type]
                port = self.servers[0].server_address[1]  # one port for every address (port 0: a free one)
        except OSError as error:
            self._close()
            raise SyncError("port-busy", port=port, problem=error.strerror or str(error)) from error
        except BaseException:
            self._close()
            raise
        for server in self.servers:
            threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.5}, daemon=True).start()

    @property
    def addresses(self) -> list[str]:
        """What the other computers type in "A computer in this room": ADDRESS:PORT."""
        found = [(str(server.server_address[0]), int(server.server_address[1])) for server in self.servers]
        return [f"[{host}]:{port}" if ":" in host else f"{host}:{port}" for host, port in found]

    @property
    def fetched(self) -> int:
        """How many computers have received the whole catalogue so far."""
        with self._lock:
            return len(self._fetched)

    def stop(self) -> None:
        for server in self.servers:
            server.shutdown()  # waits for its serve_forever to end
        self._close()

    def _close(self) -> None:
        for server in self.servers:
            server.server_close()
        self.servers = []
        shutil.rmtree(self._folder, ignore_errors=True)
