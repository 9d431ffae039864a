"""Every test an update must pass before it may be installed: the manifest's policy, then the file itself."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import __version__
from ..catalog.records import SNAPSHOT_FORMAT
from .errors import SyncError
from .manifest import Manifest, parse_manifest, parse_signatures, parse_time, version_tuple

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from .keys import PublicKey, TrustStore


@dataclass(frozen=True)
class Installed:
    """What the client has now, against which an offered manifest is judged."""

    version: int
    highest_seen: int
    channel: str


def check_manifest(data: bytes, signature: bytes, trust: TrustStore, installed: Installed,
                   now: datetime) -> tuple[Manifest, PublicKey]:
    """The manifest, once its signature, channel, version, expiry and app compatibility pass."""
    if data.lstrip()[:1] == b"<":
        parse_manifest(data)  # says "a web page, not a manifest" (a captive portal) before blaming the signature
    key = trust.verify(data, parse_signatures(signature))
    manifest = parse_manifest(data)
    if manifest.channel != installed.channel:
        raise SyncError(f"This server offers the {manifest.channel!r} channel; this app follows "
                        f"{installed.channel!r}. Nothing was installed.")
    floor = max(installed.version, installed.highest_seen)
    if manifest.catalogue_version < floor:
        raise SyncError(f"The server offers catalogue v{manifest.catalogue_version}, older than v{floor} which this "
                        "app has already seen: refusing to go back (an old or replayed update). Nothing was installed.")
    if parse_time(manifest.expires, "expiry time") <= now:
        raise SyncError(f"The server's manifest expired on {manifest.expires[:10]}: the publisher has not renewed it, "
                        "or the server is serving stale files. Nothing was installed.")
    if version_tuple(manifest.min_app_version) > version_tuple(__version__):
        raise SyncError(f"Catalogue v{manifest.catalogue_version} needs TVET Desktop {manifest.min_app_version} or "
                        f"newer (this is {__version__}). Please update the app first.")
    if manifest.schema_version > SNAPSHOT_FORMAT:
        raise SyncError(f"Catalogue v{manifest.catalogue_version} uses catalogue format {manifest.schema_version}; "
                        f"this app reads format {SNAPSHOT_FORMAT}. Please update the app first.")
    if manifest.schema_version < SNAPSHOT_FORMAT:
        raise SyncError(f"Catalogue v{manifest.catalogue_version} was made for older apps (catalogue format "
                        f"{manifest.schema_version}; this app reads {SNAPSHOT_FORMAT}). The publisher needs to publish "
                        "it again with a current version of TVET Desktop. Nothing was installed.")
    return manifest, key


def validate_snapshot(path: Path, manifest: Manifest) -> None:
    """Open the staged file read-only and check it through: SQLite integrity, format, version, content, FTS."""
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            _check_database(conn, manifest)
        finally:
            conn.close()
        _check_fts(path)
    except sqlite3.DatabaseError as error:
        raise SyncError(f"The downloaded catalogue is not a valid database ({error}); nothing was installed") from None


def _check_database(conn: sqlite3.Connection, manifest: Manifest) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise SyncError("The downloaded catalogue failed SQLite's integrity check "
                        f"({'; '.join(problems)}); nothing was installed")
    meta = dict(conn.execute("SELECT key, value FROM snapshot").fetchall())
    expected = {"format_version": str(SNAPSHOT_FORMAT), "catalogue_version": str(manifest.catalogue_version),
                "content_hash": manifest.content_hash, "item_count": str(manifest.item_count)}
    wrong = [key for key, value in expected.items() if meta.get(key) != value]
    (count,) = conn.execute("SELECT count(*) FROM items").fetchone()
    if wrong or count != manifest.item_count:
        raise SyncError(f"The downloaded catalogue does not match its manifest ({', '.join(wrong) or 'item count'}); "
                        "nothing was installed")


def _check_fts(path: Path) -> None:
    """FTS5's own integrity check, inside a transaction that is rolled back: the staged file is not changed."""
    conn = sqlite3.connect(path)
    try:
        conn.isolation_level = None
        conn.execute("BEGIN")
        conn.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as error:
        raise SyncError(f"The downloaded catalogue's search index is damaged ({error}); nothing was installed") \
            from None
    finally:
        conn.close()
