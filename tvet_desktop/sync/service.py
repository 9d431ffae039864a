"""One object for everything the window and the command line ask of catalogue updates.

Only the light store is imported up front: the window builds this at start-up, and the network,
signature and snapshot-builder code is loaded when an update actually runs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from .store import BUNDLED_ORIGIN, ActiveCatalogue, CatalogueStore

if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path

    from .changes import Changes
    from .client import Stage, SyncResult, Updater
    from .holds import Hold
    from .keys import PublicKey
    from .manifest import Manifest
    from .transport import HttpRepository, Progress


class Version(NamedTuple):
    version: int
    origin: str
    role: str  # "in use", "previous" (where a rollback goes) or "bundled"


class UpdateService:
    def __init__(self, user_data: Path, bundled: Path) -> None:
        self.user_data = user_data
        self.store = CatalogueStore(user_data, bundled)

    @classmethod
    def for_this_user(cls) -> UpdateService:
        """The service over this user's data folder and the catalogue installed with the app."""
        from ..paths import bundled_snapshot, data_dir

        return cls(data_dir(), bundled_snapshot())

    def active(self) -> ActiveCatalogue:
        return self.store.active()

    def replacement(self, in_use: Path) -> ActiveCatalogue | None:
        """What to open instead of ``in_use`` once that file is gone (say its folder was deleted under the
        window): the catalogue the app would open now. None while ``in_use`` is still there."""
        if in_use.exists():
            return None
        active = self.active()
        return active if active.path != in_use else None

    def versions(self) -> list[Version]:
        """The catalogue versions on this computer: the one in use, the one before it, the bundled one."""
        current, previous = self.store.pointer()
        bundled = Version(self.store.bundled_version, BUNDLED_ORIGIN, "bundled")
        found = [Version(i.version, i.origin, role) for i, role in ((current, "in use"), (previous, "previous"))
                 if i is not None]
        if current is None:
            bundled = bundled._replace(role="in use")
        return [*found, bundled]

    def rollback(self) -> ActiveCatalogue:
        """Back to the version used before (the bundled one if there is none); again: undo."""
        return self.store.rollback()

    def changes(self, old: Path, new: Path) -> Changes:
        """What ``new`` adds, changes and removes against ``old`` (reads both files: run it off the GUI thread)."""
        from .changes import compare

        return compare(old, new)

    def hold(self, in_use: Path) -> Hold | None:
        """Keep updates from deleting the catalogue file ``in_use`` while this process reads it."""
        from .holds import hold

        return hold(self.store.folder, in_use)

    def release(self, held: Hold) -> None:
        """Let updates delete that file again, and delete it now if nothing uses it any more."""
        from .holds import release

        release(held)
        self.store.prune()

    @property
    def server(self) -> str | None:
        return self.store.state().server

    @property
    def available(self) -> int | None:
        """A newer version the last check found and that is not installed yet."""
        offered = self.store.state().available
        return offered if offered is not None and offered > self.active().version else None

    def trusted_keys(self) -> list[PublicKey]:
        from .keys import TrustStore

        return TrustStore(self.user_data).keys()

    def trust_key(self, public_file: Path) -> PublicKey:
        from .keys import TrustStore

        return TrustStore(self.user_data).add(public_file)

    def distrust_key(self, keyid: str) -> None:
        from .keys import TrustStore

        TrustStore(self.user_data).remove(keyid)

    def updater(self) -> Updater:
        from .client import Updater
        from .keys import TrustStore

        return Updater(self.store, TrustStore(self.user_data))

    def sync(self, server: str, progress: Progress, cancelled: Callable[[], bool] = lambda: False,
             stage: Stage = lambda name: None, room: bool = False) -> SyncResult:
        """Update from an internet server, or with ``room`` from a computer the user says is in the room (which
        runs `tvet-desktop share`): then the catalogue counts as carried by hand (docs/sync.md)."""
        updater, repo = self._from_server(server, stage, room)
        return updater.update(repo, progress, cancelled, stage)

    def check(self, server: str, room: bool = False) -> Manifest:
        """The newest version the server offers (verified); the status bar then says if it is newer."""
        updater, repo = self._from_server(server, lambda message: None, room)
        return updater.check(repo)[0]

    def _from_server(self, server: str, stage: Stage, room: bool) -> tuple[Updater, HttpRepository]:
        from .sources import ROOM, room_address
        from .transport import HttpRepository, NetworkPolicy

        updater = self.updater()
        if room:  # a computer in the room changes from one session to the next: its address is not remembered
            return updater, HttpRepository(room_address(server), NetworkPolicy(report=stage), ROOM)
        repo = HttpRepository(server, NetworkPolicy(report=stage))
        updater.server = repo.base_url  # remembered only once its manifest verifies: a typo is not kept
        return updater, repo

    def import_from(self, path: Path, progress: Progress, cancelled: Callable[[], bool] = lambda: False,
                    stage: Stage = lambda name: None) -> SyncResult:
        from .sneakernet import open_export

        return self.updater().update(open_export(path), progress, cancelled, stage)
