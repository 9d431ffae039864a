"""The signed manifest: which catalogue version a repository offers and the exact files that make it.

Modelled on The Update Framework's targets metadata: every file is named with its length and SHA-256,
the whole manifest carries an expiry date, and a detached signature covers the manifest's exact bytes
(``manifest.json.sig``), so no canonical-JSON rules are needed to check it.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from .errors import SyncError

FORMAT = "tvet-desktop-manifest/1"
MANIFEST = "manifest.json"
SIGNATURE = "manifest.json.sig"
MAX_MANIFEST_BYTES = 1 << 20
MAX_SIGNATURE_BYTES = 64 << 10
DEFAULT_CHANNEL = "stable"
# Plain names only: no folders, no "..", no leading dot, nothing a file system treats specially.
SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")


@dataclass(frozen=True)
class FileEntry:
    name: str
    length: int  # bytes as stored in the repository (compressed)
    sha256: str
    uncompressed_length: int
    uncompressed_sha256: str
    from_version: int | None = None  # deltas only: the version this delta applies to,
    from_content_hash: str | None = None  # and that version's content, so a client never fetches a useless delta


@dataclass(frozen=True)
class Manifest:
    channel: str
    catalogue_version: int
    created: str
    expires: str
    min_app_version: str
    schema_version: int
    item_count: int
    content_hash: str
    snapshot: FileEntry
    deltas: tuple[FileEntry, ...] = ()
    format: str = FORMAT

    def to_bytes(self) -> bytes:
        data = asdict(self)
        data["snapshot"] = _entry_json(self.snapshot)
        data["deltas"] = [_entry_json(d) for d in self.deltas]
        return (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode()

    def delta_from(self, version: int, content_hash: str) -> FileEntry | None:
        return next((d for d in self.deltas if (d.from_version, d.from_content_hash) == (version, content_hash)), None)

    def files(self) -> list[FileEntry]:
        return [self.snapshot, *self.deltas]


def _entry_json(entry: FileEntry) -> dict[str, Any]:
    return {key: value for key, value in asdict(entry).items() if value is not None}


def parse_time(text: str, field: str) -> datetime:
    try:
        moment = datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except (TypeError, ValueError):
        raise SyncError("bad-time", field=field, text=text) from None
    return moment.replace(tzinfo=UTC)


def format_time(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_manifest(data: bytes) -> Manifest:
    """Read manifest bytes (already signature-checked); every field is type-checked, names are plain."""
    if data.lstrip()[:1] == b"<":
        raise SyncError("manifest-web-page")
    try:
        raw = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise SyncError("manifest-not-json") from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise SyncError("manifest-format", format=FORMAT)
    try:
        manifest = Manifest(
            channel=_typed(raw, "channel", str), catalogue_version=_typed(raw, "catalogue_version", int),
            created=_typed(raw, "created", str), expires=_typed(raw, "expires", str),
            min_app_version=_typed(raw, "min_app_version", str), schema_version=_typed(raw, "schema_version", int),
            item_count=_typed(raw, "item_count", int), content_hash=_typed(raw, "content_hash", str),
            snapshot=_entry(_typed(raw, "snapshot", dict)),
            deltas=tuple(_entry(d) for d in _typed(raw, "deltas", list)),
        )
    except (KeyError, TypeError) as error:
        raise SyncError("manifest-malformed", problem=str(error)) from None
    parse_time(manifest.created, "creation time")
    parse_time(manifest.expires, "expiry time")
    if any(d.from_version is None for d in manifest.deltas):
        raise SyncError("delta-without-base")
    return manifest


def _typed(raw: dict[str, Any], key: str, kind: type) -> Any:
    value = raw[key]
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise TypeError(f"{key!r} must be {kind.__name__}")
    if isinstance(value, int) and value < 0:
        raise TypeError(f"{key!r} must not be negative")
    return value


def _entry(raw: Any) -> FileEntry:
    if not isinstance(raw, dict):
        raise TypeError("a file entry must be an object")
    name = _typed(raw, "name", str)
    if not SAFE_NAME.fullmatch(name) or ".." in name:
        raise SyncError("unsafe-name", name=name)
    for key in ("sha256", "uncompressed_sha256"):
        if not re.fullmatch(r"[0-9a-f]{64}", _typed(raw, key, str)):
            raise TypeError(f"{key!r} must be 64 lower-case hex digits")
    return FileEntry(name=name, length=_typed(raw, "length", int), sha256=raw["sha256"],
                     uncompressed_length=_typed(raw, "uncompressed_length", int),
                     uncompressed_sha256=raw["uncompressed_sha256"],
                     from_version=_typed(raw, "from_version", int) if "from_version" in raw else None,
                     from_content_hash=_typed(raw, "from_content_hash", str) if "from_content_hash" in raw else None)


def parse_signatures(data: bytes) -> list[dict[str, str]]:
    try:
        raw = json.loads(data.decode("utf-8"))
        signatures = raw["signatures"]
        if not isinstance(signatures, list) or not all(isinstance(s, dict) for s in signatures):
            raise TypeError
    except (UnicodeDecodeError, ValueError, KeyError, TypeError):
        raise SyncError("signature-malformed") from None
    return [{k: str(v) for k, v in s.items()} for s in signatures]


def signature_bytes(signatures: list[dict[str, str]]) -> bytes:
    return (json.dumps({"signatures": signatures}, indent=1, sort_keys=True) + "\n").encode()


def version_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", text)[:3])
