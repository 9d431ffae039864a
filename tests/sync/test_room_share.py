"""File → Share with this room: the window serves the active catalogue to the room on the addresses the user
ticks (local network only), and counts the computers that fetched it. A real server, a real second client."""

from __future__ import annotations

import socket
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.sync.errors import SyncError
from tvet_desktop.sync.room_share import RoomShare, is_local_network

if TYPE_CHECKING:
    from pathlib import Path

    from pytestqt.qtbot import QtBot

    from .conftest import Server


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_only_local_network_addresses_count_as_the_room() -> None:
    assert all(is_local_network(a) for a in ("192.168.1.20", "10.0.0.5", "172.16.3.1", "169.254.1.1", "127.0.0.1",
                                             "fe80::1%eth0", "fd00::2"))
    assert not any(is_local_network(a) for a in ("203.0.113.9", "8.8.8.8", "2001:db8::1", "0.0.0.0", "example"))


def test_a_share_refuses_an_internet_address_before_serving(tmp_path: Path, data_dir: Path, bundled: Path) -> None:
    from tvet_desktop.sync.store import CatalogueStore

    with pytest.raises(SyncError, match="not an address on a local network"):
        RoomShare(CatalogueStore(data_dir, bundled), ["0.0.0.0"])


def test_sharing_from_the_window_serves_the_room_and_counts_the_computers(
        qtbot: QtBot, tmp_path: Path, data_dir: Path, bundled: Path, keys: tuple[Path, Path], server: Server) -> None:
    """One window shares on the address the user ticked; a second computer (another data folder) updates
    from it as "a computer in this room"; the dialog counts it; Stop ends the share."""
    from tvet_desktop.sync.keys import TrustStore
    from tvet_desktop.sync.service import UpdateService
    from tvet_desktop.sync.transport import HttpRepository
    from tvet_desktop.ui.share_dialog import ShareDialog
    from tvet_desktop.ui.worker import BackgroundWork

    TrustStore(data_dir).add(keys[1])
    sharing = UpdateService(data_dir, bundled)
    sharing.updater().update(HttpRepository(server.url), lambda done, total: None)
    dialog = ShareDialog(sharing, BackgroundWork(), addresses=["127.0.0.1", "203.0.113.9"])
    qtbot.addWidget(dialog)
    assert [box.isChecked() for box in dialog.choices] == [False, True]
    dialog.start_button.click()
    qtbot.waitUntil(lambda: "not an address on a local network" in dialog.state.text(), timeout=5000)
    dialog.choices[0].setChecked(True)
    dialog.choices[1].setChecked(False)
    dialog.port.setValue(free_port())
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.share is not None, timeout=5000)
    assert dialog.share is not None
    address = dialog.share.addresses[0]
    assert address == f"127.0.0.1:{dialog.port.value()}" and address in dialog.how.text()
    assert dialog.qr.text == f"http://{address}/" and len(dialog.qr.matrix) >= 21
    assert dialog.count.text() == "No computer has fetched the update yet."
    TrustStore(tmp_path / "colleague").add(keys[1])
    colleague = UpdateService(tmp_path / "colleague", bundled)
    result = colleague.sync(address, lambda done, total: None, room=True)
    assert result.installed and result.version == 2
    qtbot.waitUntil(lambda: dialog.count.text() == "Computers that have fetched the update so far: 1", timeout=5000)
    dialog.start_button.click()  # stop
    assert dialog.state.text() == "Not sharing." and dialog.start_button.text() == "&Start sharing"
    with pytest.raises(SyncError, match="nothing answers at that address"):
        colleague.check(address, room=True)
