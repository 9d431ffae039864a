"""Every sentence a catalogue update, import, share or document download can end with, by a stable code.

A :class:`Sentence` is the English the command line prints (a ``str``), and it also carries its code and its
values: the window says the same in its language from its own table of the same codes
(``ui/sync_sentences.py``), with dates and sizes written the way its language writes them. A sentence about
where a catalogue came from is written whole for each kind of source ("The catalogue on this USB stick …"),
never glued from a phrase. A test checks that the window has every code here, with the same placeholders.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import Bytes as Bytes
from ..errors import Date as Date
from ..errors import Sentence as _Sentence
from ..errors import Size as Size

if TYPE_CHECKING:
    from collections.abc import Mapping

# kind: (the catalogue ..., installed from ...)
SOURCE_WORDS = {
    "usb": ("the catalogue on this USB stick", "from this USB stick"),
    "folder": ("the catalogue in this folder", "from this folder"),
    "file": ("the catalogue in this file", "from this file"),
    "room": ("the catalogue from this computer in the room", "from this computer in the room"),
    "server": ("the catalogue from the server", "from the server"),
}
HAND_CARRIED = ("usb", "folder", "file", "room")


def _each(template: str, kinds: tuple[str, ...] = tuple(SOURCE_WORDS)) -> dict[str, str]:
    """``template`` for each kind of source: {Subject} starts a sentence, {catalogue} goes inside one."""
    said = {}
    for kind in kinds:
        catalogue = SOURCE_WORDS[kind][0]
        said[kind] = template.replace("{Subject}", catalogue[0].upper() + catalogue[1:]).replace(
            "{catalogue}", catalogue)
    return said


_NOTHING = "Nothing was installed."
SENTENCES: Mapping[str, str | Mapping[str, str]] = {
    # -- what an offered catalogue is checked for (checks.py) --------------------------------------
    "channel": _each("{Subject} is for the {channel!r} channel; this app follows {followed!r}. " + _NOTHING),
    "older": _each("{Subject} is v{offered}, older than v{floor} which this app already has. " + _NOTHING,
                   HAND_CARRIED),
    "replayed": "The catalogue from the server is v{offered}, older than v{floor} which this app has already "
                "installed: refusing to go back (an old or replayed update). " + _NOTHING,
    "expired": "The catalogue from the server was published on {published} and its update period ended on "
               "{expires} (this computer's clock says {today}), so it was not installed: a server must offer a "
               "current catalogue, and an old one may mean newer ones are being held back. A newer catalogue may "
               "also come on a USB stick or from a computer in the room. If this computer's clock is wrong, set it "
               "right and try again.",
    "needs-newer-app": _each("{Subject} is v{offered}, which needs TVET Desktop {needed} or newer (this is "
                             "{running}). Please update the app first."),
    "newer-format": _each("{Subject} is v{offered} in catalogue format {format}; this app reads format {reads}. "
                          "Please update the app first."),
    "older-format": _each("{Subject} is v{offered}, made for older apps (catalogue format {format}; this app reads "
                          "{reads}). The publisher needs to publish it again with a current version of TVET "
                          "Desktop. " + _NOTHING),
    "expiry-notice": "This catalogue was published on {published}; its update period ended on {expires}. It is "
                     "newer than yours, so it was installed.",
    "not-a-database": "The downloaded catalogue is not a valid database ({problem}); nothing was installed",
    "integrity": "The downloaded catalogue failed SQLite's integrity check ({problem}); nothing was installed",
    "not-as-manifest": "The downloaded catalogue does not match its manifest ({problem}); nothing was installed",
    "odd-schema": "The downloaded catalogue is not built the way this app builds catalogues ({names} differ); "
                  "nothing was installed",
    "search-index": "The downloaded catalogue's search index is damaged ({problem}); nothing was installed",
    # -- an update's own steps (client.py) ---------------------------------------------------------
    "up-to-date": "Catalogue v{version} is up to date.",
    "same-as": _each("You already have catalogue v{version}, the same as {catalogue}.", HAND_CARRIED),
    "same-as-expired": _each("You already have catalogue v{version}, the same as {catalogue}. Its update period "
                             "ended on {expires}, so a newer one may exist: ask for it, or update from the server.",
                             HAND_CARRIED),
    "tampered": "{name} does not match the signed manifest (damaged or tampered); it was deleted and nothing was "
                "installed",
    "disk-full": "The disk is full; the update stopped. What was downloaded is kept for the next try once space is "
                 "freed.",
    "no-space": "Not enough free disk space for this update: it needs {needed}, only {free} are free in {folder}. "
                "Nothing was changed.",
    "cancelled": "Update cancelled; what was downloaded is kept and the next update resumes from there.",
    "update-running": "Another catalogue update is running; wait for it to finish.",
    "nothing-to-roll-back": "The bundled catalogue is in use and no other version is installed.",
    "pointer-rebuilt": "the record of the catalogue in use was damaged and has been rebuilt from the installed "
                       "versions",
    "version-damaged": "catalogue v{version} is damaged or missing",
    # -- files (files.py, delta.py) ----------------------------------------------------------------
    "not-plain-file": "{path} is not a plain file; nothing was read from it",
    "too-large": "{path} is larger than {cap} bytes; refusing to read it",
    "ends-early": "{name} ends early; nothing was installed",
    "unpacks-larger": "{name} unpacks to more data than its manifest says; nothing was installed",
    "not-compressed": "{name} is not a valid compressed file ({problem}); nothing was installed",
    "not-as-signed": "{name} does not match the signed manifest (damaged or tampered); nothing was installed",
    "delta-malformed": "The catalogue delta is malformed ({problem}); nothing was installed",
    "delta-no-version": "The catalogue delta does not say which version it builds; nothing was installed",
    "delta-bad-item": "The catalogue delta holds a bad item ({problem}); nothing was installed",
    # -- the manifest and its signature (manifest.py, keys.py) -------------------------------------
    "bad-time": "The manifest's {field} {text!r} is not a time like 2026-11-29T08:00:00Z",
    "manifest-web-page": "The server answered with a web page, not a catalogue manifest. If this network shows a "
                         "sign-in page, open a web browser and sign in first.",
    "manifest-not-json": "The manifest is not valid JSON",
    "manifest-format": "The manifest is not a {format} manifest (a newer app may be needed)",
    "manifest-malformed": "The manifest is incomplete or malformed ({problem})",
    "delta-without-base": "The manifest lists a delta without the version it applies to",
    "unsafe-name": "The manifest names an unsafe file {name!r}; nothing was downloaded",
    "signature-malformed": "The manifest's signature file is malformed; nothing was installed",
    "no-trusted-key": "No publisher key is trusted yet: add one with `tvet-desktop trust KEY.pub`.",
    "signature-mismatch": "The manifest's signature by key {key} does not match its contents: it was changed after "
                          "signing. " + _NOTHING,
    "untrusted-signer": "The manifest is signed by {keys}, which this app does not trust. " + _NOTHING,
    "unsigned": "The manifest is signed by no key, which this app does not trust. " + _NOTHING,
    "key-exists": "{path} already exists; move it away first (a lost signing key cannot be recovered)",
    "not-signing-key": "{path} is not a TVET Desktop signing key (the private tvet-signing.key from "
                       "`tvet-desktop keygen`)",
    "not-ed25519-signing-key": "{path} is not an Ed25519 signing key",
    "private-key-given": "{path} is a private signing key: keep it secret. Trust the matching .pub file instead.",
    "not-public-key": "{path} is not a public key: give the .pub file the catalogue publisher sent you",
    "not-ed25519-public-key": "{path} is not an Ed25519 public key",
    "key-not-yours": "no key {keyid!r} was added by you (keys shipped with the app cannot be removed)",
    # -- folders, bundles and servers (transport.py, sneakernet.py, sources.py) ---------------------
    "folder-not-export": "{path} is missing: this folder is not a TVET Desktop catalogue export",
    "missing-from-export": "{path} is missing from this catalogue export",
    "far-larger": "{path} is far larger than its manifest says; refusing to copy it",
    "changed-while-copying": "{path} changed while it was being copied",
    "bundle-lacks": "{bundle} holds no {name}: it is not a TVET Desktop catalogue bundle",
    "bundle-member-too-large": "{name} in {bundle} is larger than {cap} bytes; refusing to read it",
    "bundle-member-far-larger": "{name} in {bundle} is far larger than its manifest says; refusing to copy it",
    "bundle-damaged": "{bundle} is damaged or not a plain catalogue bundle ({problem}); copy it again from the "
                      "original",
    "not-export": "{path} is neither a catalogue export folder nor a catalogue bundle (.zip) file",
    "export-bundled": "The catalogue in use is the one bundled with the app, which every copy already has; there "
                      "is nothing newer to export.",
    "not-http": "{address} is not an http:// or https:// address",
    "size-mismatch": "{address} does not match the signed manifest: the server has {announced} bytes, the manifest "
                     "says {length} (tampered, or a publish is still in progress)",
    "not-found": "{address} was not found on the server (404)",
    "refused": "The server refused {address} ({status} {reason})",
    "file-web-page": "The server answered with a web page instead of a catalogue file. If this network shows a "
                     "sign-in page, open a web browser and sign in first.",
    "redirect": "The server sent this app on to {target}, another address than the one you gave ({host}); the app "
                "only follows http:// or https:// links on {host}. If the catalogue has moved, update from its new "
                "address. " + _NOTHING,
    "download-failed": "Could not fetch {address}: {reason}, after {count} tries.",
    "download-failed-kept": "Could not fetch {address}: {reason}, after {count} tries. {kept} bytes are kept and "
                            "the next update resumes from there.",
    "retrying": "{Reason}; trying again in {seconds} s ({attempt} of {attempts})",
    "not-an-address": "{text!r} is not a computer's address (like 192.168.1.20 or 192.168.1.20:8765)",
    "room-not-http": "{text!r} is not a computer's address (like 192.168.1.20 or 192.168.1.20:8765); a computer in "
                     "the room shares over plain http://",
    "no-such-computer": "No computer called {host!r} was found on this network; give the address `tvet-desktop "
                        "share` printed (like 192.168.1.20)",
    "not-in-room": "{host} is not on this room's network, so it cannot be a computer in the room. For a server on "
                   "the internet use `tvet-desktop sync --server`.",
    # -- why a download failed (a clause: "Could not fetch …: {reason}") --------------------------------
    "no-answer": "nothing answers at that address",
    "no-such-server": "the server name could not be found (are you online?)",
    "not-https": "the server there does not speak https (is the address http://?)",
    "certificate": "the server's security certificate could not be verified",
    "timeout": "the server did not answer in time",
    "server-answered": "the server answered {status}",
    "connection-failed": "the connection failed ({problem})",
    "wrong-part": "the server sent a different part of the file than asked for",
    "closed-early": "the connection closed after {have} of {length} bytes",
    "stalled": "the link stalled ({rate} bytes/s)",
    "nothing-useful": "{reason}; nothing useful arrived for {seconds} s",
    # -- sharing with the room (room_share.py) -----------------------------------------------------
    "not-local": "{addresses} is not an address on a local network: sharing is for the computers in this room "
                 "only. Choose one of this computer's addresses.",
    "no-address": "No address is not an address on a local network: sharing is for the computers in this room "
                  "only. Choose one of this computer's addresses.",
    "port-busy": "Could not share on port {port}: {problem}. Another program may be using it; choose another port.",
    # -- a publication's documents (offline.py, attachment_service.py) ------------------------------
    "document-no-space": "Not enough free disk space to keep {name!r} offline: it needs {needed} (with room to "
                         "spare), only {free} are free in {folder}. Nothing was changed.",
    "documents-no-space": "Not enough free disk space to keep these {count} documents offline: they need {needed} "
                          "(with room to spare), only {free} are free in {folder}. Nothing was downloaded.",
    "document-tampered": "it does not match the signed catalogue (damaged or tampered); it was deleted and not kept",
    "document-disk-full": "The disk is full; the download stopped. What was downloaded is kept and the next try "
                          "resumes from there once space is freed.",
    "document-not-in-source": _each("it is not in {catalogue}"),
    "documents-running": "Another download of documents is running; wait for it to finish.",
    "no-item": "No item {item!r} in the catalogue in use",
    "no-items": "No item {item!r} in the catalogue in use (nor {count} more)",
    "no-server-known": "No update server is known yet: give its address with --server (or --from-room for a "
                       "computer in this room, --from for a USB stick)",
    # -- publishing (publish.py; the command line only) --------------------------------------------
    "publish-running": "Another publish into {repo} is running; wait for it to finish.",
    "version-not-above": "Version {version} is not above v{newest}, the newest in {repo}; clients would refuse it",
    "attachment-not-found": "Item {item!r}: the file of attachment {filename!r} is neither in the source folder nor "
                            "in {folder}; give its 'path' in the source",
    "attachment-changed": "Item {item!r}: {path} changed while it was being published; publish again",
    "not-a-snapshot": "{path} is not a catalogue snapshot; remove it from {repo}",
    "published-damaged": "{path} is damaged ({problem}); remove it from the repository and publish again",
}


class Sentence(_Sentence):
    """The English of ``SENTENCES[code]`` filled in with ``values`` (dates and sizes said in English); a sentence
    about a source has a ``source`` value."""

    sentences = SENTENCES

    @classmethod
    def fill(cls, template: str, values: Mapping[str, object]) -> str:
        if "{Reason}" in template:  # a clause that starts the sentence
            reason = str(values["reason"])
            template = template.replace("{Reason}", reason[:1].upper() + reason[1:])
        return super().fill(template, values)

    @staticmethod
    def english(value: object) -> object:
        if isinstance(value, Date):
            from ..catalog.render import friendly_date

            return friendly_date(value)
        if isinstance(value, Size):
            from .progress import size_text

            return size_text(value)
        return value
