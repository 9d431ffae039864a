"""File → Share with this room: serve the catalogue in use to the other computers of a training room, from
the window, on the local-network addresses the user ticks; shows the address to type, its QR code, and how
many computers have fetched the update. Sharing goes on when the dialog is closed, until Stop or quitting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..sync.room_share import DEFAULT_PORT, RoomShare, is_local_network
from ..text import escape_html
from . import local_format
from .qr_code import QrCode
from .worker import BackgroundWork, explain

if TYPE_CHECKING:
    from ..sync.service import UpdateService

COUNT_EVERY_MS = 1000


def local_network_addresses() -> list[str]:
    """This computer's addresses that the room can reach (IPv4 first), then the loopback one."""
    from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface

    found = [address for address in QNetworkInterface.allAddresses() if is_local_network(address.toString())]
    ipv4 = QAbstractSocket.NetworkLayerProtocol.IPv4Protocol
    found.sort(key=lambda address: (address.isLoopback(), address.protocol() != ipv4, address.toString()))
    return [address.toString() for address in found]


class ShareDialog(QDialog):
    def __init__(self, service: UpdateService, work: BackgroundWork, parent: QWidget | None = None,
                 addresses: list[str] | None = None) -> None:
        super().__init__(parent)
        self.service, self.work = service, work
        self.share: RoomShare | None = None
        self.setWindowTitle(self.tr("Share with this room"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("The other computers of this room can update their catalogue from this one, "
                               "without the internet. Tick the addresses to share on (this computer's, on the "
                               "local network only)."))
        intro.setWordWrap(True)
        self.choices: list[QCheckBox] = []
        for address in addresses if addresses is not None else local_network_addresses():
            box = QCheckBox(address if address not in ("127.0.0.1", "::1")
                            else self.tr("{address} (this computer only, to try it)").format(address=address))
            box.setProperty("address", address)
            box.setChecked(address not in ("127.0.0.1", "::1") and ":" not in address)
            self.choices.append(box)
        if not any(box.isChecked() for box in self.choices):  # no IPv4 network: the first IPv6 one of the site
            first = next((box for box in self.choices if str(box.property("address"))[:4] not in ("fe80", "::1")),
                         None)
            if first is not None:
                first.setChecked(True)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(self.tr("Port"))
        self.start_button = QPushButton(self.tr("&Start sharing"))
        self.start_button.clicked.connect(self.toggle)
        self.state = QLabel(self.tr("Not sharing."))
        self.state.setWordWrap(True)
        self.state.setTextFormat(Qt.TextFormat.PlainText)
        self.how = QLabel()
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.RichText)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how.setAccessibleName(self.tr("What to type on the other computers"))
        self.qr = QrCode()
        self.count = QLabel()
        self._counter = QTimer(self, interval=COUNT_EVERY_MS)
        self._counter.timeout.connect(self._show_count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        port_row = QHBoxLayout()
        port_row.addWidget(QLabel(self.tr("Port:")))
        port_row.addWidget(self.port)
        port_row.addStretch(1)
        port_row.addWidget(self.start_button)
        share_row = QHBoxLayout()
        share_row.addWidget(self.how, 1)
        share_row.addWidget(self.qr)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in self.choices:
            layout.addWidget(box)
        if not self.choices:
            layout.addWidget(QLabel(self.tr("This computer is on no local network: connect it to the room's "
                                            "Wi-Fi or cable first.")))
        layout.addLayout(port_row)
        layout.addWidget(self.state)
        layout.addLayout(share_row)
        layout.addWidget(self.count)
        layout.addStretch(1)
        layout.addWidget(buttons)

    @property
    def chosen(self) -> list[str]:
        return [str(box.property("address")) for box in self.choices if box.isChecked()]

    def toggle(self) -> None:
        if self.share is None:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        addresses, port, store = self.chosen, self.port.value(), self.service.store
        if not addresses:
            self.state.setText(self.tr("Tick at least one address to share on."))
            return
        self._busy(True)
        self.state.setText(self.tr("Preparing the catalogue…"))
        self.work.run(lambda: RoomShare(store, addresses, port), self._started, self._failed)

    def _started(self, share: RoomShare) -> None:
        self.share = share
        self._busy(False)
        self.start_button.setText(self.tr("S&top sharing"))
        self.state.setText(self.tr("Sharing catalogue v{version} (published {published}).").format(
            version=share.manifest.catalogue_version, published=local_format.date(share.manifest.created)))
        addresses = share.addresses
        bold = [f"<b style='font-size: large'>{escape_html(address)}</b>" for address in addresses]
        shown = bold[0] if len(bold) == 1 else self.tr("{addresses} or {last}").format(addresses=", ".join(bold[:-1]),
                                                                                      last=bold[-1])
        self.how.setText(self.tr("On each other computer: File → Update the catalogue…, tick “A computer in this "
                                 "room”, enter {address} and press Update.").format(address=shown))
        self.qr.set_text(f"http://{addresses[0]}/")
        self._show_count()
        self._counter.start()

    def _failed(self, error: Exception) -> None:
        self._busy(False)
        self.state.setText(explain(error)[0])

    def stop(self) -> None:
        """Stop serving; the files it served are removed."""
        share, self.share = self.share, None
        self._counter.stop()
        if share is not None:
            share.stop()  # at most half a second: each server looks for the stop twice a second
        self.start_button.setText(self.tr("&Start sharing"))
        self.state.setText(self.tr("Not sharing."))
        self.how.clear()
        self.qr.set_text("")

    def _busy(self, busy: bool) -> None:
        for widget in (self.start_button, self.port, *self.choices):
            widget.setEnabled(not busy)
        for widget in (self.port, *self.choices):
            widget.setEnabled(not busy and self.share is None)

    def _show_count(self) -> None:
        if self.share is not None:
            fetched = self.share.fetched
            count = local_format.number(fetched)
            self.count.setText(self.tr("Computers that have fetched the update so far: {count}").format(count=count)
                               if fetched else self.tr("No computer has fetched the update yet."))
