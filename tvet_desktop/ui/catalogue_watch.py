"""One owner of "the active catalogue" in a window: whatever changes the pointer to it (this window's
update, a command-line sync, import or rollback, another instance) reaches the window at once.

Qt's file system watcher reports the pointer's replacement (an atomic rename in ``catalogues/``) within
milliseconds (inotify on Linux; see docs/sync.md for the measurement), where a poll would have to wake the
process several times a second to meet "within a second". While the folder does not exist yet (only the
bundled catalogue so far) the data folder is watched for it to appear.

The window holds every version it has opened (``UpdateService.hold``) until it closes, so an update never
deletes a file it still reads; the version is deleted by a later prune.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal

if TYPE_CHECKING:
    from pathlib import Path

    from ..sync.holds import Hold
    from ..sync.service import UpdateService


class CatalogueWatch(QObject):
    changed = Signal(object)  # ActiveCatalogue: the catalogue to switch to

    def __init__(self, updates: UpdateService, in_use: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.updates = updates
        self.in_use = in_use
        self._holds: list[Hold] = []
        self.using(in_use)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self.look)
        self._watcher.fileChanged.connect(self.look)
        self._watch()

    def using(self, path: Path) -> None:
        """The window now reads ``path`` (it keeps reading the others it held until it closes)."""
        self.in_use = path
        held = self.updates.hold(path)
        if held is not None:
            self._holds.append(held)

    def look(self) -> None:
        """Compare the pointer with the catalogue in use; emit ``changed`` when they differ."""
        self._watch()
        active = self.updates.active()
        if active.path != self.in_use:
            self.changed.emit(active)

    def release(self) -> None:
        """The window closed its catalogues: updates may delete them (and one is pruned now if unused)."""
        holds, self._holds = self._holds, []
        for held in holds:
            self.updates.release(held)

    def _watch(self) -> None:
        folder = self.updates.store.folder
        pointer = folder / "active.json"
        wanted = [str(path) for path in (folder, pointer) if path.exists()] or [str(folder.parent)]
        watched = set(self._watcher.files()) | set(self._watcher.directories())
        if set(wanted) != watched:
            if watched:
                self._watcher.removePaths(list(watched))
            self._watcher.addPaths(wanted)
