"""Every test an update must pass before it may be installed: the manifest's policy, then the file itself."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import __version__
from ..catalog.records import SNAPSHOT_FORMAT
from .errors import SyncError
from .keys import PublicKey, TrustStore
from .manifest import Manifest, format_time, parse_manifest, parse_signatures, parse_time, version_tuple
from .sentences import Date, Sentence

if TYPE_CHECKING:
    from datetime import datetime
    from pathlib import Path

    from .keys import PublicKey, TrustStore
    from .sources import Source


@dataclass(frozen=True)
class Installed:
    """What the client has now, against which an offered manifest is judged."""

    version: int
    highest_seen: int
    channel: str


def check_manifest(data: bytes, signature: bytes, trust: TrustStore, installed: Installed, now: datetime,
                   source: Source) -> tuple[Manifest, PublicKey]:
    """The manifest, once its signature, channel, version, expiry and app compatibility pass.

    An expired manifest passes only when ``source`` was carried by hand (docs/sync.md); the caller then
    says so (:func:`expiry_notice`)."""
    if data.lstrip()[:1] == b"<":
        parse_manifest(data)  # says "a web page, not a manifest" (a captive portal) before blaming the signature
    key = trust.verify(data, parse_signatures(signature))
    manifest = parse_manifest(data)
    offered, kind = manifest.catalogue_version, source.kind
    if manifest.channel != installed.channel:
        raise SyncError("channel", source=kind, channel=manifest.channel, followed=installed.channel)
    floor = max(installed.version, installed.highest_seen)
    if manifest.catalogue_version < floor:
        raise SyncError("older", source=kind, offered=offered, floor=floor) if source.hand_carried else \
            SyncError("replayed", offered=offered, floor=floor)
    if expired(manifest, now) and not source.hand_carried:
        raise SyncError("expired", published=Date(manifest.created), expires=Date(manifest.expires),
                        today=Date(format_time(now)))
    if version_tuple(manifest.min_app_version) > version_tuple(__version__):
        raise SyncError("needs-newer-app", source=kind, offered=offered, needed=manifest.min_app_version,
                        running=__version__)
    if manifest.schema_version != SNAPSHOT_FORMAT:
        raise SyncError("newer-format" if manifest.schema_version > SNAPSHOT_FORMAT else "older-format", source=kind,
                        offered=offered, format=manifest.schema_version, reads=SNAPSHOT_FORMAT)
    return manifest, key


def expired(manifest: Manifest, now: datetime) -> bool:
    return parse_time(manifest.expires, "expiry time") <= now


def expiry_notice(manifest: Manifest) -> Sentence:
    """What a trainer is told when a catalogue carried by hand is installed after its update period."""
    return Sentence("expiry-notice", published=Date(manifest.created), expires=Date(manifest.expires))


def validate_snapshot(path: Path, manifest: Manifest, reference: Path) -> None:
    """Open the staged file read-only and check it through: SQLite integrity, schema (against ``reference``,
    the app's bundled catalogue of the same format), format, version, content, FTS."""
    try:
        conn = _read_only(path)
        try:
            _check_database(conn, manifest, reference)
        finally:
            conn.close()
        _check_fts(path)
    except sqlite3.DatabaseError as error:
        raise SyncError("not-a-database", problem=str(error)) from None


def _read_only(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    conn.execute("PRAGMA trusted_schema = OFF")  # a hostile view or trigger may not call functions with effects
    return conn


def _check_database(conn: sqlite3.Connection, manifest: Manifest, reference: Path) -> None:
    problems = [row[0] for row in conn.execute("PRAGMA integrity_check(5)")]
    if problems != ["ok"]:
        raise SyncError("integrity", problem="; ".join(problems))
    _check_schema(conn, reference)  # before any query: a hostile view named like a table could run for ever
    meta = dict(conn.execute("SELECT key, value FROM snapshot").fetchall())
    expected = {"format_version": str(SNAPSHOT_FORMAT), "catalogue_version": str(manifest.catalogue_version),
                "content_hash": manifest.content_hash, "item_count": str(manifest.item_count)}
    wrong = [key for key, value in expected.items() if meta.get(key) != value]
    (count,) = conn.execute("SELECT count(*) FROM items").fetchone()
    if wrong or count != manifest.item_count:
        raise SyncError("not-as-manifest", problem=", ".join(wrong) or "item count")


def _check_schema(conn: sqlite3.Connection, reference: Path) -> None:
    """Every table, index, view, trigger and search index must be the ones the app's own builder makes: a
    signed file with a plain table for the search index, or an extra trigger or view, is refused."""
    known = _read_only(reference)
    try:
        expected = schema(known)
    finally:
        known.close()
    found = schema(conn)
    odd = sorted(name for name in expected.keys() | found.keys() if expected.get(name) != found.get(name))
    if odd:
        raise SyncError("odd-schema", names=", ".join(odd))


def schema(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    """Each schema object's kind and what defines it: the SQL of what runs code (views, triggers, virtual
    tables), the column names of a table (their SQL's spelling depends on the builder's library version)."""
    found = {}
    for kind, name, sql in conn.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master").fetchall():
        if kind == "table" and not sql.upper().startswith("CREATE VIRTUAL"):
            sql = ",".join(row[0] for row in conn.execute("SELECT name FROM pragma_table_info(?)", (name,)))
        elif kind == "index":
            sql = ""  # an index holds no code, and a missing one only makes searches slower
        found[name] = (kind, sql)
    return found


def _check_fts(path: Path) -> None:
    """FTS5's own integrity check, inside a transaction that is rolled back: the staged file is not changed."""
    conn = sqlite3.connect(path)
    try:
        conn.isolation_level = None
        conn.execute("PRAGMA trusted_schema = OFF")
        conn.execute("BEGIN")
        conn.execute("INSERT INTO items_fts(items_fts, rank) VALUES ('integrity-check', 1)")
        conn.execute("ROLLBACK")
    except sqlite3.DatabaseError as error:
        raise SyncError("search-index", problem=str(error)) from None
    finally:
        conn.close()
