"""Keeping many catalogue documents offline from the window: a reading list's ("Keep this list offline", from
the list's context menu in "Your library", the Lists menu or the line above its results) and the whole
catalogue's (File › Storage…). Both go through the window's one :class:`.offline_download.OfflineDownload`,
whose progress, time left and Cancel sit in the status bar.

The list's items and the files they carry are read on a worker (the notes store, the catalogue, the disk);
sizes and the free disk space are known before a byte is downloaded, and a download that cannot fit is
refused with the figures."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QMenu, QProgressBar, QPushButton, QSizePolicy, QWidget

from ..text import isolate
from . import local_format
from .elided_label import ElidedLabel
from .offline_download import OfflineDownload
from .plain import tooltip, warn
from .worker import explain

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QStatusBar

    from ..catalog.records import Attachment
    from ..catalog.snapshot import Catalog
    from ..library.search import Collection
    from ..library.store import NotesStore
    from ..sync.attachment_service import AttachmentService, OfflinePlan
    from ..sync.offline import FetchReport
    from .documents_box import DocumentsBox
    from .library_controller import LibraryController
    from .results_pane import ResultsPane
    from .worker import BackgroundWork


class Window(Protocol):
    """What these actions use of the main window."""

    @property
    def attachments(self) -> DocumentsBox | None: ...

    @property
    def notes(self) -> NotesStore: ...

    @property
    def catalog(self) -> Catalog: ...

    @property
    def work(self) -> BackgroundWork: ...

    @property
    def library(self) -> LibraryController: ...

    @property
    def results(self) -> ResultsPane: ...

    def window(self) -> QWidget: ...

    def statusBar(self) -> QStatusBar: ...


class Wanted(NamedTuple):
    attachments: list[Attachment]
    plan: OfflinePlan


def plan_for(service: AttachmentService, catalog: Catalog, item_ids: list[str] | None) -> Wanted:
    """The files of these items (None: of the whole catalogue) and what keeping them takes (a worker's job)."""
    wanted = service.wanted(catalog, None) if item_ids is None else service.wanted_among(catalog, item_ids)
    return Wanted(wanted, service.plan(wanted))


class OfflineStatus(QWidget):
    """In the status bar while documents download: what is being kept, how far, and Cancel."""

    def __init__(self, download: OfflineDownload, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.download = download
        self.what = ElidedLabel()  # the figures; what is being kept is said as the download starts, and in its tip
        self.what.setFixedWidth(self.fontMetrics().averageCharWidth() * 46)
        self.what.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # not squeezed under the bar
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setFixedWidth(self.fontMetrics().averageCharWidth() * 16)
        self.bar.setAccessibleName(self.tr("Downloading documents"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setToolTip(self.tr("Stop the download; what arrived is kept and the next try resumes"))
        self.cancel.clicked.connect(download.cancel)
        self.cancel.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.what, self.bar, self.cancel):
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)  # as wide as its parts
        self.title = ""  # what is being kept ("Keeping “Welding — week 3” offline"), in the figures' tooltip
        download.progress.connect(self._progress)
        download.running_changed.connect(self.setVisible)
        self.hide()

    def _progress(self, said: str, permille: int) -> None:
        self.bar.setValue(permille)
        self.what.setText(said)
        if self.title:
            self.what.setToolTip(tooltip(self.tr("{what}: {progress}").format(what=self.title, progress=said)))


class OfflineActions(QObject):
    """The window's "keep these offline" actions for a reading list and for the whole catalogue."""

    message = Signal(str)  # for the status bar: what a download did, or why it did not start
    changed = Signal()  # files were kept (an item's documents, the Storage dialog read again)

    def __init__(self, service: AttachmentService, notes: NotesStore, catalog: Callable[[], Catalog],
                 work: BackgroundWork, parent: QWidget) -> None:
        super().__init__(parent)
        self.service, self.notes, self.catalog, self.work, self.window = service, notes, catalog, work, parent
        self.download = OfflineDownload(service, work, self)
        self.status = OfflineStatus(self.download)
        self.download.finished.connect(self._finished)
        self.download.failed.connect(self._failed)

    # -- a reading list ------------------------------------------------------------------------
    def keep_list(self, collection: Collection) -> None:
        """Download the documents of every item of the reading list ``collection`` not yet on this computer."""
        list_id, name = collection.list_id, collection.name
        if collection.kind != "list" or not list_id:
            self.message.emit(self.tr("Choose a reading list in “Your library” first."))
            return
        if self.download.running:
            self.message.emit(self.tr("Documents are still downloading; try again once they are here."))
            return
        notes, service, catalog = self.notes, self.service, self.catalog()

        def job() -> Wanted:
            return plan_for(service, catalog, [entry.item_id for entry in notes.list_items(list_id)])

        self.work.run(job, lambda wanted: self._start(wanted, name), self._not_started)

    def _start(self, wanted: Wanted, name: str) -> None:
        plan, quoted = wanted.plan, isolate(name)
        if not plan.files:
            self.message.emit(self.tr("No item of “{name}” has documents to keep offline.").format(name=quoted))
        elif not plan.missing:
            self.message.emit(self.tr("Every document of “{name}” is already on this computer.").format(name=quoted))
        elif not plan.fits:
            warn(self.window, self.tr("Keep this list offline"), self.does_not_fit(plan))
        else:
            self.start(wanted, self.tr("Keeping “{name}” offline").format(name=quoted))

    def menu_entry(self) -> str:
        return self.tr("&Keep this list offline")

    def does_not_fit(self, plan: OfflinePlan) -> str:
        return self.tr("They do not fit on this disk: {needed} are still to download and only {free} are free (some "
                       "room must stay free). Free some space, or keep fewer documents offline.").format(
            needed=local_format.size(plan.needed_bytes), free=local_format.size(plan.free_bytes))

    def start(self, wanted: Wanted, title: str) -> bool:
        """Start downloading; ``title`` says what is being kept (in the status bar as it starts)."""
        self.status.title = title
        started = self.download.start(wanted.attachments)
        if started:
            self.message.emit(self.tr("{what}: %n document(s), {size}…", "", wanted.plan.missing).format(
                what=title, size=local_format.size(wanted.plan.needed_bytes)))
        return started

    def _not_started(self, error: Exception) -> None:
        self.message.emit(explain(error)[0])

    def _finished(self, report: FetchReport) -> None:
        self.message.emit(self.download.report_text(report))
        self.changed.emit()

    def _failed(self, message: str) -> None:
        self.message.emit(message)
        self.changed.emit()  # a cancelled download may still have kept some files

    # -- where it is offered -----------------------------------------------------------------------
    def offer_on(self, collections: QWidget, chosen: Callable[[QPoint], Collection | None]) -> None:
        """A context menu on the "Your library" list: a reading list's entry offers to keep it offline."""
        collections.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self._collections, self._chosen = collections, chosen
        collections.customContextMenuRequested.connect(self._show_menu)

    def context_menu(self, at: QPoint) -> QMenu | None:
        """The menu for the entry of "Your library" at ``at``; None where there is nothing to offer."""
        collection = self._chosen(at)
        if collection is None or collection.kind != "list":
            return None
        menu = QMenu(self._collections)
        menu.addAction(self.tr("Keep this list offline")).triggered.connect(lambda: self.keep_list(collection))
        return menu

    def _show_menu(self, at: QPoint) -> None:
        menu = self.context_menu(at)
        if menu is not None:
            menu.popup(self._collections.mapToGlobal(at))


def install(window: Window, lists_menu: QMenu) -> OfflineActions | None:
    """Offer these actions in ``window`` (none for a --catalog FILE, which keeps no documents): the Lists menu,
    the context menu of a reading list, the line above a list's results, and the status bar."""
    box = window.attachments
    if box is None:
        return None
    actions = OfflineActions(box.service, window.notes, lambda: window.catalog, window.work, window.window())
    library = window.library
    lists_menu.addAction(actions.menu_entry()).triggered.connect(lambda: actions.keep_list(library.collection))
    collections = library.collections

    def chosen(at: QPoint) -> Collection | None:
        entry = collections.itemAt(at)
        return entry.data(Qt.ItemDataRole.UserRole) if entry is not None else None

    actions.offer_on(collections, chosen)
    window.results.offers_offline = True
    window.results.keep_list_offline.connect(lambda: actions.keep_list(library.collection))
    window.statusBar().addPermanentWidget(actions.status)
    actions.message.connect(lambda said: window.statusBar().showMessage(said, 15_000))
    actions.changed.connect(box.refresh)
    return actions
