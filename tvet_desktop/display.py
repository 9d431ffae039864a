"""Is there a screen to open a window on? Asked before Qt is, because Qt's answer on Linux is to abort
with "Reinstalling the application may fix this problem", which sends people the wrong way.

Only the cheap, sure cases are checked: the X server or Wayland compositor that the environment names must
accept a connection. Everything else (Windows, macOS, an explicit QT_QPA_PLATFORM) is left to Qt.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

X_SOCKETS = Path("/tmp/.X11-unix")
X_TCP_BASE = 6000
CONNECT_TIMEOUT = 1.0
COMMANDS_HINT = "the commands (such as tvet-desktop search or tvet-desktop info) need no display"


def missing_display() -> str | None:
    """One plain sentence when no display can be reached from here, else None."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return None
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform and not platform.startswith(("xcb", "wayland")):
        return None  # offscreen, vnc, eglfs …: the user chose; Qt says what it needs
    wayland, x_display = os.environ.get("WAYLAND_DISPLAY", ""), os.environ.get("DISPLAY", "")
    if wayland and _wayland_answers(wayland):
        return None
    if x_display:
        if _x_server_answers(x_display):
            return None
        return (f"TVET Desktop cannot open its window: no X server answers on display {x_display} (the DISPLAY "
                f"setting). Start the desktop session or correct DISPLAY; {COMMANDS_HINT}.")
    if wayland:
        return (f"TVET Desktop cannot open its window: the Wayland display {wayland} does not answer. Start the "
                f"desktop session; {COMMANDS_HINT}.")
    return f"TVET Desktop needs a graphical desktop to open its window, and none was found; {COMMANDS_HINT}."


def _wayland_answers(name: str) -> bool:
    path = Path(name) if name.startswith("/") else Path(os.environ.get("XDG_RUNTIME_DIR", "/nonexistent")) / name
    return _connects_unix(str(path))


def _x_server_answers(display: str) -> bool:
    host, _, rest = display.rpartition(":")
    number = rest.split(".", 1)[0]
    if not number.isdigit():
        return True  # a form we do not know: let Qt judge it
    if host in ("", "unix") or host.startswith("/"):
        socket_path = host if host.startswith("/") else str(X_SOCKETS / f"X{number}")
        # Linux X servers also listen on an abstract socket of the same name (no file needed).
        return _connects_unix(socket_path) or (sys.platform.startswith("linux") and _connects_unix("\0" + socket_path))
    return _connects_tcp(host, X_TCP_BASE + int(number))


def _connects_unix(address: str) -> bool:
    import socket  # only when a window is about to open on Linux: commands never pay for it

    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as probe:
            probe.settimeout(CONNECT_TIMEOUT)
            probe.connect(address)
    except OSError:
        return False
    return True


def _connects_tcp(host: str, port: int) -> bool:
    import socket

    try:
        with socket.create_connection((host, port), timeout=CONNECT_TIMEOUT):
            return True
    except OSError:
        return False
