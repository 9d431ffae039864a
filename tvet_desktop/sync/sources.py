"""Where an update comes from, as a trainer would say it, and whether it was carried by hand.

The source decides two things: the words every message uses ("the catalogue on this USB stick", never
"the server" for a stick) and the expiry rule (docs/sync.md, "Catalogues carried by hand"). A stick, a
folder, a bundle file or a computer the user says is in the room are carried by hand; only the internet
server is held to the manifest's expiry date.
"""

from __future__ import annotations

import ipaddress
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import SyncError
from .sentences import SOURCE_WORDS as _WORDS

ROOM_PORT = 8765  # what `tvet-desktop share` listens on unless told otherwise


@dataclass(frozen=True)
class Source:
    kind: str  # "usb", "folder", "file", "room" or "server"

    @property
    def hand_carried(self) -> bool:
        """Carried by a person rather than fetched from the internet: not held to the manifest's expiry."""
        return self.kind != "server"

    @property
    def catalogue(self) -> str:
        """"the catalogue on this USB stick" (lower case: it goes inside sentences)."""
        return _WORDS[self.kind][0]

    @property
    def subject(self) -> str:
        """"The catalogue on this USB stick", to start a sentence."""
        return self.catalogue[0].upper() + self.catalogue[1:]

    @property
    def from_here(self) -> str:
        """"from this USB stick"."""
        return _WORDS[self.kind][1]


SERVER = Source("server")
ROOM = Source("room")


def local_source(path: Path, sysfs: Path = Path("/sys")) -> Source:
    """A folder or bundle file: on a USB stick when the device holding it is removable, else where it is."""
    if on_removable_drive(path, sysfs):
        return Source("usb")
    return Source("folder" if path.is_dir() else "file")


def on_removable_drive(path: Path, sysfs: Path = Path("/sys")) -> bool:
    """True when ``path`` lives on a USB stick or another removable drive (best effort: False when unsure)."""
    try:
        if sys.platform == "win32":
            import ctypes

            drive = os.path.splitdrive(os.path.abspath(path))[0] + "\\"
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive) == 2)  # DRIVE_REMOVABLE
        if sys.platform == "darwin":
            return os.path.abspath(path).startswith("/Volumes/")  # where macOS mounts every external drive
        device = os.stat(path).st_dev
        block = (sysfs / "dev" / "block" / f"{os.major(device)}:{os.minor(device)}").resolve()
    except OSError:
        return False
    if "/usb" in block.as_posix():  # a USB mass-storage device, whatever its removable flag says
        return True
    for folder in (block, block.parent):  # a partition's flag is on its disk
        try:
            if (folder / "removable").read_text().strip() == "1":
                return True
        except OSError:
            continue
    return False


def room_address(text: str) -> str:
    """The base URL of a computer in the room from what the user typed (``192.168.1.20``, ``host:8765`` or a
    URL); refused unless every address it names is on a local network (private, link-local or this computer).

    The user's word is what makes it "in the room"; the address check keeps that word from being stretched to
    a computer on the internet, where the freeze attack expiry guards against is the threat."""
    text = text.strip()
    url = text if "://" in text else f"http://{text}"
    from urllib.parse import urlsplit

    try:
        parts = urlsplit(url)
        host, port = parts.hostname, parts.port or ROOM_PORT
    except ValueError:
        raise SyncError("not-an-address", text=text) from None
    if parts.scheme != "http" or not host:
        raise SyncError("room-not-http", text=text)
    try:
        found = {str(info[4][0]) for info in socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)}
    except (OSError, UnicodeError):
        raise SyncError("no-such-computer", host=host) from None
    if not all(_local(address) for address in found):
        raise SyncError("not-in-room", host=host)
    netloc = f"[{host}]" if ":" in host else host
    return f"http://{netloc}:{port}{parts.path or '/'}"


def _local(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])  # an IPv6 zone ("fe80::1%eth0") is not part of it
    return ip.is_private or ip.is_link_local or ip.is_loopback
