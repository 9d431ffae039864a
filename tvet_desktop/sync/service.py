"""One object for everything the window and the command line ask of catalogue updates."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .client import Stage, SyncResult, Updater
from .keys import PublicKey, TrustStore
from .sneakernet import open_export
from .store import ActiveCatalogue, CatalogueStore
from .transport import HttpRepository, Progress


class UpdateService:
    def __init__(self, user_data: Path, bundled: Path) -> None:
        self.store = CatalogueStore(user_data, bundled)
        self.trust = TrustStore(user_data)

    def active(self) -> ActiveCatalogue:
        return self.store.active()

    @property
    def server(self) -> str | None:
        return self.store.state().server

    @property
    def available(self) -> int | None:
        """A newer version the last check found and that is not installed yet."""
        offered = self.store.state().available
        return offered if offered is not None and offered > self.active().version else None

    def trusted_keys(self) -> list[PublicKey]:
        return self.trust.keys()

    def sync(self, server: str, progress: Progress, cancelled: Callable[[], bool] = lambda: False,
             stage: Stage = lambda name: None) -> SyncResult:
        repo = HttpRepository(server)  # checks the address before anything is remembered
        self.store.save_state(replace(self.store.state(), server=repo.base_url))
        return Updater(self.store, self.trust).update(repo, progress, cancelled, stage)

    def import_from(self, path: Path, progress: Progress, cancelled: Callable[[], bool] = lambda: False,
                    stage: Stage = lambda name: None) -> SyncResult:
        return Updater(self.store, self.trust).update(open_export(path), progress, cancelled, stage)
