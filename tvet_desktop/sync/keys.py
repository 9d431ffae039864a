"""Ed25519 signing keys (the ``cryptography`` library does the maths) and the set of trusted public keys.

A key's id is the first 16 hex digits of the SHA-256 of its raw public bytes; manifests name the key
that signed them by this id. Keys the app ships live in ``tvet_desktop/trusted_keys``; keys a user adds
with ``tvet-desktop trust`` live in the user data folder and can be removed again.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from ..text import QT_TRANSLATE_NOOP
from .errors import NoTrustedKey, SyncError, UntrustedError
from .files import read_capped

PRIVATE_KEY_FILE = "tvet-signing.key"
PUBLIC_KEY_FILE = "tvet-signing.pub"
TRUSTED_DIR = "trusted_keys"
MAX_KEY_BYTES = 64 << 10  # a PEM key is a few hundred bytes; /dev/zero given by mistake is not read for ever

ADDED_BY_YOU = QT_TRANSLATE_NOOP("sync", "added by you")  # a key's origin; the window translates it


@dataclass(frozen=True)
class PublicKey:
    key: Ed25519PublicKey
    raw: bytes
    origin: str  # "shipped with the app" or the file it was added from

    @property
    def keyid(self) -> str:
        return key_id(self.raw)

    def verifies(self, signature: bytes, message: bytes) -> bool:
        try:
            self.key.verify(signature, message)
        except InvalidSignature:
            return False
        return True


def key_id(raw_public: bytes) -> str:
    return hashlib.sha256(raw_public).hexdigest()[:16]


def generate_keys(folder: Path) -> tuple[Path, Path]:
    """Write a new key pair into ``folder``; never overwrites an existing key."""
    folder.mkdir(parents=True, exist_ok=True)
    private_path, public_path = folder / PRIVATE_KEY_FILE, folder / PUBLIC_KEY_FILE
    for path in (private_path, public_path):
        if path.exists():
            raise SyncError("key-exists", path=path)
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    descriptor = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)  # readable by its owner only
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(pem)
    public_path.write_bytes(public_pem(private.public_key()))
    return private_path, public_path


def public_pem(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)


def load_private_key(path: Path) -> Ed25519PrivateKey:
    try:
        key = serialization.load_pem_private_key(read_capped(path, MAX_KEY_BYTES), password=None)
    except (ValueError, TypeError):
        raise SyncError("not-signing-key", path=path) from None
    if not isinstance(key, Ed25519PrivateKey):
        raise SyncError("not-ed25519-signing-key", path=path)
    return key


def load_public_key(path: Path, origin: str | None = None) -> PublicKey:
    data = read_capped(path, MAX_KEY_BYTES)
    if b"PRIVATE KEY" in data:
        raise SyncError("private-key-given", path=path)
    try:
        key = serialization.load_pem_public_key(data)
    except (ValueError, TypeError, UnicodeDecodeError):
        raise SyncError("not-public-key", path=path) from None
    if not isinstance(key, Ed25519PublicKey):
        raise SyncError("not-ed25519-public-key", path=path)
    raw = key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return PublicKey(key, raw, origin or str(path))


def sign(private: Ed25519PrivateKey, message: bytes) -> dict[str, str]:
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return {"keyid": key_id(raw), "sig": base64.b64encode(private.sign(message)).decode()}


class TrustStore:
    """The public keys whose signatures this app accepts."""

    def __init__(self, user_data: Path) -> None:
        self.folder = user_data / TRUSTED_DIR

    def keys(self) -> list[PublicKey]:
        shipped = resources.files("tvet_desktop.trusted_keys")
        found = [load_public_key(Path(str(entry)), QT_TRANSLATE_NOOP("sync", "shipped with the app"))
                 for entry in sorted(shipped.iterdir(), key=lambda e: e.name) if entry.name.endswith(".pub")]
        if self.folder.is_dir():
            found += [load_public_key(path, ADDED_BY_YOU) for path in sorted(self.folder.glob("*.pub"))]
        return found

    def add(self, public_file: Path) -> PublicKey:
        key = load_public_key(public_file)
        self.folder.mkdir(parents=True, exist_ok=True)
        staging = self.folder / f".{key.keyid}.pub.new"
        staging.write_bytes(public_pem(key.key))
        os.replace(staging, self.folder / f"{key.keyid}.pub")
        return key

    def remove(self, keyid: str) -> None:
        path = self.folder / f"{keyid}.pub"
        if not re.fullmatch(r"[0-9a-f]{16}", keyid) or not path.is_file():
            raise SyncError("key-not-yours", keyid=keyid)
        path.unlink()

    def verify(self, message: bytes, signatures: list[dict[str, str]]) -> PublicKey:
        """The trusted key that signed ``message``; raises when none did."""
        trusted = {key.keyid: key for key in self.keys()}
        if not trusted:
            raise NoTrustedKey("no-trusted-key")
        named = [s.get("keyid", "?") for s in signatures]
        failed = None  # a trusted key whose signature does not match: reported only if no other one does
        for entry in signatures:
            key = trusted.get(entry.get("keyid", ""))
            if key is None:
                continue
            try:
                signature = base64.b64decode(entry.get("sig", ""), validate=True)
            except ValueError:
                signature = b""
            if key.verifies(signature, message):
                return key
            failed = failed or key
        if failed is not None:
            raise UntrustedError("signature-mismatch", key=failed.keyid)
        raise UntrustedError("untrusted-signer", keys=", ".join(named)) if named else UntrustedError("unsigned")
