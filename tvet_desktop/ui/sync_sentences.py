"""What the update service says (sync/sentences.py), in the window's language: one whole sentence per code,
and per kind of source where the sentence names it (``ui/sentences.say`` fills them in).

A code missing here keeps its English, so nothing is ever blank; tests/ui/test_sync_sentences.py checks that
none is missing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

if TYPE_CHECKING:
    from .sentences import Table


class SyncSentences(QObject):
    """The window's table of the update service's sentences (a QObject for ``self.tr``: plurals need it)."""

    def table(self, count: int = 0) -> Table:
        """Every code's sentence; ``count`` chooses the plural form of the sentences that have one."""
        return {**self._checks(), **self._steps(), **self._files(), **self._manifest(), **self._places(count),
                **self._reasons(), **self._sharing(), **self._documents(count), **self._publishing()}

    def _checks(self) -> Table:
        return {
            "channel": {
                "usb": self.tr("The catalogue on this USB stick is for the “{channel}” channel; this app follows "
                               "“{followed}”. Nothing was installed."),
                "folder": self.tr("The catalogue in this folder is for the “{channel}” channel; this app follows "
                                  "“{followed}”. Nothing was installed."),
                "file": self.tr("The catalogue in this file is for the “{channel}” channel; this app follows "
                                "“{followed}”. Nothing was installed."),
                "room": self.tr("The catalogue from this computer in the room is for the “{channel}” channel; this "
                                "app follows “{followed}”. Nothing was installed."),
                "server": self.tr("The catalogue from the server is for the “{channel}” channel; this app follows "
                                  "“{followed}”. Nothing was installed."),
            },
            "older": {
                "usb": self.tr("The catalogue on this USB stick is v{offered}, older than v{floor} which this app "
                               "already has. Nothing was installed."),
                "folder": self.tr("The catalogue in this folder is v{offered}, older than v{floor} which this app "
                                  "already has. Nothing was installed."),
                "file": self.tr("The catalogue in this file is v{offered}, older than v{floor} which this app "
                                "already has. Nothing was installed."),
                "room": self.tr("The catalogue from this computer in the room is v{offered}, older than v{floor} "
                                "which this app already has. Nothing was installed."),
            },
            "replayed": self.tr("The catalogue from the server is v{offered}, older than v{floor} which this app has "
                                "already installed: refusing to go back (an old or replayed update). Nothing was "
                                "installed."),
            "expired": self.tr("The catalogue from the server was published on {published} and its update period "
                               "ended on {expires} (this computer's clock says {today}), so it was not installed: a "
                               "server must offer a current catalogue, and an old one may mean newer ones are being "
                               "held back. A newer catalogue may also come on a USB stick or from a computer in the "
                               "room. If this computer's clock is wrong, set it right and try again."),
            "needs-newer-app": {
                "usb": self.tr("The catalogue on this USB stick is v{offered}, which needs TVET Desktop {needed} or "
                               "newer (this is {running}). Please update the app first."),
                "folder": self.tr("The catalogue in this folder is v{offered}, which needs TVET Desktop {needed} or "
                                  "newer (this is {running}). Please update the app first."),
                "file": self.tr("The catalogue in this file is v{offered}, which needs TVET Desktop {needed} or "
                                "newer (this is {running}). Please update the app first."),
                "room": self.tr("The catalogue from this computer in the room is v{offered}, which needs TVET "
                                "Desktop {needed} or newer (this is {running}). Please update the app first."),
                "server": self.tr("The catalogue from the server is v{offered}, which needs TVET Desktop {needed} or "
                                  "newer (this is {running}). Please update the app first."),
            },
            "newer-format": {
                "usb": self.tr("The catalogue on this USB stick is v{offered} in catalogue format {format}; this "
                               "app reads format {reads}. Please update the app first."),
                "folder": self.tr("The catalogue in this folder is v{offered} in catalogue format {format}; this "
                                  "app reads format {reads}. Please update the app first."),
                "file": self.tr("The catalogue in this file is v{offered} in catalogue format {format}; this app "
                                "reads format {reads}. Please update the app first."),
                "room": self.tr("The catalogue from this computer in the room is v{offered} in catalogue format "
                                "{format}; this app reads format {reads}. Please update the app first."),
                "server": self.tr("The catalogue from the server is v{offered} in catalogue format {format}; this "
                                  "app reads format {reads}. Please update the app first."),
            },
            "older-format": {
                "usb": self.tr("The catalogue on this USB stick is v{offered}, made for older apps (catalogue "
                               "format {format}; this app reads {reads}). The publisher needs to publish it again "
                               "with a current version of TVET Desktop. Nothing was installed."),
                "folder": self.tr("The catalogue in this folder is v{offered}, made for older apps (catalogue "
                                  "format {format}; this app reads {reads}). The publisher needs to publish it "
                                  "again with a current version of TVET Desktop. Nothing was installed."),
                "file": self.tr("The catalogue in this file is v{offered}, made for older apps (catalogue format "
                                "{format}; this app reads {reads}). The publisher needs to publish it again with a "
                                "current version of TVET Desktop. Nothing was installed."),
                "room": self.tr("The catalogue from this computer in the room is v{offered}, made for older apps "
                                "(catalogue format {format}; this app reads {reads}). The publisher needs to publish "
                                "it again with a current version of TVET Desktop. Nothing was installed."),
                "server": self.tr("The catalogue from the server is v{offered}, made for older apps (catalogue "
                                  "format {format}; this app reads {reads}). The publisher needs to publish it "
                                  "again with a current version of TVET Desktop. Nothing was installed."),
            },
            "expiry-notice": self.tr("This catalogue was published on {published}; its update period ended on "
                                     "{expires}. It is newer than yours, so it was installed."),
            "not-a-database": self.tr("The downloaded catalogue is not a valid database ({problem}); nothing was "
                                      "installed."),
            "integrity": self.tr("The downloaded catalogue failed SQLite's integrity check ({problem}); nothing was "
                                 "installed."),
            "not-as-manifest": self.tr("The downloaded catalogue does not match its manifest ({problem}); nothing "
                                       "was installed."),
            "odd-schema": self.tr("The downloaded catalogue is not built the way this app builds catalogues ({names} "
                                  "differ); nothing was installed."),
            "search-index": self.tr("The downloaded catalogue's search index is damaged ({problem}); nothing was "
                                    "installed."),
        }

    def _steps(self) -> Table:
        return {
            "up-to-date": self.tr("Catalogue v{version} is up to date."),
            "same-as": {
                "usb": self.tr("You already have catalogue v{version}, the same as the catalogue on this USB "
                               "stick."),
                "folder": self.tr("You already have catalogue v{version}, the same as the catalogue in this "
                                  "folder."),
                "file": self.tr("You already have catalogue v{version}, the same as the catalogue in this file."),
                "room": self.tr("You already have catalogue v{version}, the same as the catalogue from this "
                                "computer in the room."),
            },
            "same-as-expired": {
                "usb": self.tr("You already have catalogue v{version}, the same as the catalogue on this USB "
                               "stick. Its update period ended on {expires}, so a newer one may exist: ask for it, "
                               "or update from the server."),
                "folder": self.tr("You already have catalogue v{version}, the same as the catalogue in this folder. "
                                  "Its update period ended on {expires}, so a newer one may exist: ask for it, or "
                                  "update from the server."),
                "file": self.tr("You already have catalogue v{version}, the same as the catalogue in this file. Its "
                                "update period ended on {expires}, so a newer one may exist: ask for it, or update "
                                "from the server."),
                "room": self.tr("You already have catalogue v{version}, the same as the catalogue from this "
                                "computer in the room. Its update period ended on {expires}, so a newer one may "
                                "exist: ask for it, or update from the server."),
            },
            "tampered": self.tr("{name} does not match the signed manifest (damaged or tampered); it was deleted and "
                                "nothing was installed."),
            "disk-full": self.tr("The disk is full; the update stopped. What was downloaded is kept for the next try "
                                 "once space is freed."),
            "no-space": self.tr("Not enough free disk space for this update: it needs {needed}, only {free} are "
                                "free in {folder}. Nothing was changed."),
            "cancelled": self.tr("Update cancelled; what was downloaded is kept and the next update resumes from "
                                 "there."),
            "update-running": self.tr("Another catalogue update is running; wait for it to finish."),
            "nothing-to-roll-back": self.tr("The bundled catalogue is in use and no other version is installed."),
            "pointer-rebuilt": self.tr("the record of the catalogue in use was damaged and has been rebuilt from the "
                                       "installed versions"),
            "version-damaged": self.tr("catalogue v{version} is damaged or missing"),
        }

    def _files(self) -> Table:
        return {
            "not-plain-file": self.tr("{path} is not a plain file; nothing was read from it."),
            "too-large": self.tr("{path} is larger than {cap}; refusing to read it."),
            "ends-early": self.tr("{name} ends early; nothing was installed."),
            "unpacks-larger": self.tr("{name} unpacks to more data than its manifest says; nothing was installed."),
            "not-compressed": self.tr("{name} is not a valid compressed file ({problem}); nothing was installed."),
            "not-as-signed": self.tr("{name} does not match the signed manifest (damaged or tampered); nothing was "
                                     "installed."),
            "delta-malformed": self.tr("The catalogue delta is malformed ({problem}); nothing was installed."),
            "delta-no-version": self.tr("The catalogue delta does not say which version it builds; nothing was "
                                        "installed."),
            "delta-bad-item": self.tr("The catalogue delta holds a bad item ({problem}); nothing was installed."),
        }

    def _manifest(self) -> Table:
        return {
            "bad-time": self.tr("The manifest's {field} “{text}” is not a time like 2026-11-29T08:00:00Z."),
            "manifest-web-page": self.tr("The server answered with a web page, not a catalogue manifest. If this "
                                         "network shows a sign-in page, open a web browser and sign in first."),
            "manifest-not-json": self.tr("The manifest is not valid JSON."),
            "manifest-format": self.tr("The manifest is not a {format} manifest (a newer app may be needed)."),
            "manifest-malformed": self.tr("The manifest is incomplete or malformed ({problem})."),
            "delta-without-base": self.tr("The manifest lists a delta without the version it applies to."),
            "unsafe-name": self.tr("The manifest names an unsafe file “{name}”; nothing was downloaded."),
            "signature-malformed": self.tr("The manifest's signature file is malformed; nothing was installed."),
            "no-trusted-key": self.tr("No publisher key is trusted yet: press Add key… in File → Update the "
                                      "catalogue… and choose the .pub file your catalogue publisher gave you."),
            "signature-mismatch": self.tr("The manifest's signature by key {key} does not match its contents: it "
                                          "was changed after signing. Nothing was installed."),
            "untrusted-signer": self.tr("The manifest is signed by {keys}, which this app does not trust. Nothing "
                                        "was installed."),
            "unsigned": self.tr("The manifest is signed by no key, so this app does not trust it. Nothing was "
                                "installed."),
            "key-exists": self.tr("{path} already exists; move it away first (a lost signing key cannot be "
                                  "recovered)."),
            "not-signing-key": self.tr("{path} is not a TVET Desktop signing key."),
            "not-ed25519-signing-key": self.tr("{path} is not an Ed25519 signing key."),
            "private-key-given": self.tr("{path} is a private signing key: keep it secret. Trust the matching .pub "
                                         "file instead."),
            "not-public-key": self.tr("{path} is not a public key: choose the .pub file the catalogue publisher "
                                      "sent you."),
            "not-ed25519-public-key": self.tr("{path} is not an Ed25519 public key."),
            "key-not-yours": self.tr("Key {keyid} was not added by you (keys shipped with the app cannot be "
                                     "removed)."),
        }

    def _places(self, count: int) -> Table:
        return {
            "folder-not-export": self.tr("{path} is missing: this folder is not a TVET Desktop catalogue export."),
            "missing-from-export": self.tr("{path} is missing from this catalogue export."),
            "far-larger": self.tr("{path} is far larger than its manifest says; refusing to copy it."),
            "changed-while-copying": self.tr("{path} changed while it was being copied."),
            "bundle-lacks": self.tr("{bundle} holds no {name}: it is not a TVET Desktop catalogue bundle."),
            "bundle-member-too-large": self.tr("{name} in {bundle} is larger than {cap}; refusing to read it."),
            "bundle-member-far-larger": self.tr("{name} in {bundle} is far larger than its manifest says; refusing "
                                                "to copy it."),
            "bundle-damaged": self.tr("{bundle} is damaged or not a plain catalogue bundle ({problem}); copy it "
                                      "again from the original."),
            "not-export": self.tr("{path} is neither a catalogue export folder nor a catalogue bundle (.zip) file."),
            "export-bundled": self.tr("The catalogue in use is the one bundled with the app, which every copy "
                                      "already has; there is nothing newer to export."),
            "not-http": self.tr("{address} is not an http:// or https:// address."),
            "size-mismatch": self.tr("{address} does not match the signed manifest: the server has {announced}, the "
                                     "manifest says {length} (tampered, or a publish is still in progress)."),
            "not-found": self.tr("{address} was not found on the server (404)."),
            "refused": self.tr("The server refused {address} ({status} {reason})."),
            "file-web-page": self.tr("The server answered with a web page instead of a catalogue file. If this "
                                     "network shows a sign-in page, open a web browser and sign in first."),
            "redirect": self.tr("The server sent this app on to {target}, another address than the one you gave "
                                "({host}); the app only follows http:// or https:// links on {host}. If the "
                                "catalogue has moved, update from its new address. Nothing was installed."),
            "download-failed": self.tr("Could not fetch {address}: {reason}, after %Ln tries.", "", count),
            "download-failed-kept": self.tr("Could not fetch {address}: {reason}, after %Ln tries. {kept} are kept "
                                            "and the next update resumes from there.", "", count),
            "retrying": self.tr("Trying again in {seconds} s ({attempt} of {attempts}): {reason}."),
            "not-an-address": self.tr("“{text}” is not a computer's address (like 192.168.1.20 or "
                                      "192.168.1.20:8765)."),
            "room-not-http": self.tr("“{text}” is not a computer's address (like 192.168.1.20 or "
                                     "192.168.1.20:8765); a computer in the room shares over plain http://."),
            "no-such-computer": self.tr("No computer called “{host}” was found on this network; give the address "
                                        "that Share with this room shows on that computer (like 192.168.1.20)."),
            "not-in-room": self.tr("{host} is not on this room's network, so it cannot be a computer in the room. "
                                   "For a server on the internet, untick “A computer in this room”."),
        }

    def _reasons(self) -> Table:
        return {
            "no-answer": self.tr("nothing answers at that address"),
            "no-such-server": self.tr("the server name could not be found (are you online?)"),
            "not-https": self.tr("the server there does not speak https (is the address http://?)"),
            "certificate": self.tr("the server's security certificate could not be verified"),
            "timeout": self.tr("the server did not answer in time"),
            "server-answered": self.tr("the server answered {status}"),
            "connection-failed": self.tr("the connection failed ({problem})"),
            "wrong-part": self.tr("the server sent a different part of the file than asked for"),
            "closed-early": self.tr("the connection closed after {have} of {length}"),
            "stalled": self.tr("the link stalled ({rate} bytes/s)"),
            "nothing-useful": self.tr("{reason}; nothing useful arrived for {seconds} s"),
        }

    def _sharing(self) -> Table:
        return {
            "not-local": self.tr("{addresses} is not an address on a local network: sharing is for the computers "
                                 "in this room only. Choose one of this computer's addresses."),
            "no-address": self.tr("No address is chosen: sharing is for the computers in this room only. Choose one "
                                  "of this computer's addresses."),
            "port-busy": self.tr("Could not share on port {port}: {problem}. Another program may be using it; "
                                 "choose another port."),
        }

    def _documents(self, count: int) -> Table:
        return {
            "document-no-space": self.tr("Not enough free disk space to keep “{name}” offline: it needs {needed} "
                                         "(with room to spare), only {free} are free in {folder}. Nothing was "
                                         "changed."),
            "documents-no-space": self.tr("Not enough free disk space to keep these %Ln documents offline: they need "
                                          "{needed} (with room to spare), only {free} are free in {folder}. Nothing "
                                          "was downloaded.", "", count),
            "document-tampered": self.tr("it does not match the signed catalogue (damaged or tampered); it was "
                                         "deleted and not kept"),
            "document-disk-full": self.tr("The disk is full; the download stopped. What was downloaded is kept and "
                                          "the next try resumes from there once space is freed."),
            "document-not-in-source": {
                "usb": self.tr("it is not in the catalogue on this USB stick"),
                "folder": self.tr("it is not in the catalogue in this folder"),
                "file": self.tr("it is not in the catalogue in this file"),
                "room": self.tr("it is not in the catalogue from this computer in the room"),
                "server": self.tr("it is not in the catalogue from the server"),
            },
            "documents-running": self.tr("Another download of documents is running; wait for it to finish."),
            "no-item": self.tr("No item “{item}” in the catalogue in use."),
            "no-items": self.tr("No item “{item}” in the catalogue in use (nor %Ln more).", "", count),
            "no-server-known": self.tr("No update server is known yet: enter its address in File → Update the "
                                       "catalogue…, or import the catalogue from a USB stick."),
        }

    def _publishing(self) -> Table:  # the command line's work; here so that nothing is ever left in English
        return {
            "publish-running": self.tr("Another publish into {repo} is running; wait for it to finish."),
            "version-not-above": self.tr("Version {version} is not above v{newest}, the newest in {repo}; clients "
                                         "would refuse it."),
            "attachment-not-found": self.tr("Item “{item}”: the file of attachment “{filename}” is neither in the "
                                            "source folder nor in {folder}."),
            "attachment-changed": self.tr("Item “{item}”: {path} changed while it was being published; publish "
                                          "again."),
            "not-a-snapshot": self.tr("{path} is not a catalogue snapshot; remove it from {repo}."),
            "published-damaged": self.tr("{path} is damaged ({problem}); remove it from the repository and publish "
                                         "again."),
        }
