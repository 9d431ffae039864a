"""``tvet-desktop keygen|publish|trust|sync|rollback|import|export-snapshot|share``: catalogue updates."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import UserError
from ..paths import bundled_snapshot
from ..sync.service import UpdateService
from ..text import counted
from .common import LiveProgress, add_json_flag

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..sync.transport import Progress


def add_commands(sub: Any) -> None:
    keygen = sub.add_parser("keygen", help="publisher: create a signing key pair in DIR")
    keygen.add_argument("dir", type=Path, help="the folder for tvet-signing.key and tvet-signing.pub")
    keygen.set_defaults(handler=_keygen)

    publish = sub.add_parser("publish", help="publisher: add a signed catalogue version to a repository folder")
    publish.add_argument("source", type=Path, help="catalogue source: a .jsonl file or a folder of them")
    publish.add_argument("repo_dir", type=Path, help="the repository folder (plain static files)")
    publish.add_argument("--key", type=Path, required=True, help="the private signing key (tvet-signing.key)")
    publish.add_argument("--version", dest="catalogue_version", type=int, help="catalogue version (default: next)")
    publish.add_argument("--channel", default="stable", help="the channel clients follow (default: stable)")
    publish.add_argument("--expires-days", type=int, default=90, help="days until clients refuse this manifest")
    publish.add_argument("--min-app-version", help="oldest app that may install it (default: this app's version)")
    publish.set_defaults(handler=_publish)

    trust = sub.add_parser("trust", help="trust a publisher's public key (or --list, --remove KEYID)")
    trust.add_argument("pubkey_file", type=Path, nargs="?", help="the publisher's .pub file")
    trust.add_argument("--list", action="store_true", help="show the trusted keys")
    trust.add_argument("--remove", metavar="KEYID", help="stop trusting a key you added")
    add_json_flag(trust)
    trust.set_defaults(handler=_trust)

    sync = sub.add_parser("sync", help="update the catalogue from a server, or from a computer in this room")
    where = sync.add_mutually_exclusive_group()
    where.add_argument("--server", help="update server address, e.g. https://example.org/tvet/ (remembered)")
    where.add_argument("--from-room", metavar="ADDRESS",
                       help="a computer in this room running `tvet-desktop share`, e.g. 192.168.1.20:8765")
    sync.add_argument("--check", action="store_true", help="only say whether an update is available")
    add_json_flag(sync)
    sync.set_defaults(handler=_sync)

    rollback = sub.add_parser("rollback", help="go back to the previously installed catalogue")
    add_json_flag(rollback)
    rollback.set_defaults(handler=_rollback)

    importer = sub.add_parser("import", help="install a catalogue from an export folder or bundle file (USB stick)")
    importer.add_argument("path", type=Path, help="the export folder or bundle file (e.g. on a USB stick)")
    add_json_flag(importer)
    importer.set_defaults(handler=_import)

    export = sub.add_parser("export-snapshot", help="write the active catalogue for a colleague (folder or .zip)")
    export.add_argument("path", type=Path, help="a new folder, or a file ending in .zip")
    export.set_defaults(handler=_export)

    share = sub.add_parser("share", help="serve the active catalogue to other laptops on the local network")
    share.add_argument("--port", type=_port, default=8765, help="the port to listen on (default: 8765)")
    share.add_argument("--host", default="0.0.0.0", help="address to listen on (default: every interface)")
    share.add_argument("--minutes", type=_minutes, default=60, help="stop by itself after this long (default 60)")
    share.set_defaults(handler=_share)


def _port(text: str) -> int:
    if not text.isdigit() or int(text) > 65535:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number (0 to 65535)")
    return int(text)


def _minutes(text: str) -> int:
    if not text.isdigit() or not 1 <= int(text) <= 7 * 24 * 60:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes from 1 to 10080 (a week)")
    return int(text)


def _keygen(args: argparse.Namespace) -> int:
    from ..sync.keys import generate_keys, load_public_key

    private, public = generate_keys(args.dir)
    print(f"Private key: {private}  (keep it secret and backed up; never put it in a repository)")
    print(f"Public key:  {public}  (key id {load_public_key(public).keyid}; give it to the app's users)")
    return 0


def _publish(args: argparse.Namespace) -> int:
    from ..sync.publish import publish
    from .common import warn_unknown_fields

    if args.expires_days < 1:
        raise UserError("--expires-days must be at least 1")
    warn_unknown_fields(args.source)
    manifest = publish(args.source, args.repo_dir, args.key, bundled_snapshot(), version=args.catalogue_version,
                       channel=args.channel, expiry_days=args.expires_days, min_app_version=args.min_app_version)
    print(f"Published catalogue v{manifest.catalogue_version} ({manifest.item_count} items) to {args.repo_dir}:")
    for entry in manifest.files():
        base = f" (from v{entry.from_version})" if entry.from_version is not None else " (full)"
        print(f"  {entry.name}{base}: {entry.length:,} bytes")
    print(f"Expires {manifest.expires[:10]}.")
    return 0


def _trust(args: argparse.Namespace) -> int:

    service = UpdateService.for_this_user()
    if args.remove:
        service.distrust_key(args.remove)
        print(f"Key {args.remove} is no longer trusted.")
    elif args.pubkey_file:
        key = service.trust_key(args.pubkey_file)
        print(f"Trusted key {key.keyid} from {args.pubkey_file}.")
    elif not args.list:
        raise UserError("give a public key file to trust, or --list, or --remove KEYID")
    keys = service.trusted_keys()
    if args.json:
        print(json.dumps([{"keyid": k.keyid, "origin": k.origin} for k in keys], indent=2))
    elif args.list:
        for key in keys:
            print(f"{key.keyid}  {key.origin}")
        if not keys:
            print("No publisher keys are trusted yet.")
    return 0


def _sync(args: argparse.Namespace) -> int:

    service = UpdateService.for_this_user()
    room = args.from_room is not None
    server = args.from_room if room else args.server or service.server
    if not server:
        raise UserError("no update server is set: pass --server URL once (it is remembered)")
    if args.check:
        manifest = service.check(server, room)
        active = service.active()
        newer = manifest.catalogue_version > active.version
        result = {"installed_version": active.version, "available_version": manifest.catalogue_version,
                  "update_available": newer, "published": manifest.created}
        print(json.dumps(result, indent=2) if args.json else
              (f"Catalogue v{manifest.catalogue_version} is available (you have v{active.version}; published "
               f"{manifest.created[:10]})." if newer else f"Catalogue v{active.version} is up to date."))
        return 0
    return _report(lambda progress, stage: service.sync(server, progress, stage=stage, room=room), args.json)


def _import(args: argparse.Namespace) -> int:
    from ..sync.attachment_service import AttachmentService

    service = UpdateService.for_this_user()
    code = _report(lambda progress, stage: service.import_from(args.path, progress, stage=stage), args.json)
    report = AttachmentService(service).import_documents(args.path, lambda done, total: None)
    if report is not None:  # (on stderr with --json, whose stdout is the update's JSON)
        print(f"Documents: {len(report.fetched)} copied, {report.already} already here, {report.missing} not in "
              "this export.", file=sys.stderr if args.json else sys.stdout)
        for skipped in report.refused:
            print(f"tvet-desktop: {skipped.name!r} was not kept: {skipped.reason}.", file=sys.stderr)
    return 1 if report is not None and report.refused else code


def _report(run: Callable[[Progress, Callable[[str], None]], Any], as_json: bool) -> int:
    """Run an update with a live progress line on a terminal, then print what it did."""
    progress = LiveProgress(as_json)
    result = run(progress, lambda name: progress.say(f"{name}…", 60))
    if as_json:
        print(json.dumps(result.to_json(), indent=2))
    else:
        print(result.message)
        if result.notice:
            print(result.notice)
        if result.installed:
            online = result.origin.startswith(("http://", "https://"))
            how = ("download", "transferred") if online else ("copy", "copied")
            print(f"  {result.method} {how[0]}: {result.fetched:,} bytes {how[1]} (was v{result.previous_version})")
    return 0


def _rollback(args: argparse.Namespace) -> int:
    active = UpdateService.for_this_user().store.rollback()
    if args.json:
        print(json.dumps({"version": active.version, "origin": active.origin}, indent=2))
    else:
        print(f"Now using catalogue v{active.version} ({active.origin}).")
    return 0


def _export(args: argparse.Namespace) -> int:
    from ..sync.attachments import AttachmentStore
    from ..sync.sneakernet import export_active

    service = UpdateService.for_this_user()
    manifest = export_active(service.store, args.path, AttachmentStore(service.user_data))
    print(f"Exported catalogue v{manifest.catalogue_version} (published {manifest.created[:10]}) to {args.path}; "
          f"import it on another computer with `tvet-desktop import {args.path}`.")
    return 0


def _share(args: argparse.Namespace) -> int:
    import tempfile
    import time

    from ..sync.attachments import AttachmentStore
    from ..sync.serve import Terminated, make_server, share_urls, stopped_by_sigterm
    from ..sync.sneakernet import export_active

    service = UpdateService.for_this_user()
    try:
        with stopped_by_sigterm(), tempfile.TemporaryDirectory(prefix="tvet-share-") as folder:
            manifest = export_active(service.store, Path(folder), AttachmentStore(service.user_data), link=True)
            server = make_server(Path(folder), args.host, args.port)
            print(f"Sharing catalogue v{manifest.catalogue_version} (published {manifest.created[:10]}). On the "
                  "other laptops in this room run:")
            for address in share_urls(args.host, server.server_address[1]):
                print(f"  tvet-desktop sync --from-room {address}")
            until = time.strftime("%H:%M", time.localtime(time.time() + args.minutes * 60))
            print("(Each of them trusts this catalogue's publisher once first: tvet-desktop trust PUBLISHER.pub.)")
            print(f"Stops by itself at {until} (in {counted(args.minutes, 'minute', 'minutes')}); press Ctrl+C to "
                  "stop sooner.", flush=True)
            server.serve_for(args.minutes * 60)
    except Terminated:
        print("Stopped sharing.")
        return 0
    print(f"Stopped sharing after {counted(args.minutes, 'minute', 'minutes')}.")
    return 0
