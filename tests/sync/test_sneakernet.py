"""Updates without a network: export the active catalogue, carry it on a USB stick, import it elsewhere."""

from __future__ import annotations

import json
import subprocess
import sys
import zipfile
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.sync.client import Updater
from tvet_desktop.sync.errors import SyncError
from tvet_desktop.sync.keys import TrustStore
from tvet_desktop.sync.sneakernet import export_active, open_export
from tvet_desktop.sync.store import CatalogueStore
from tvet_desktop.sync.transport import FolderRepository, HttpRepository

from .conftest import NEW_ITEM, NOW, Server

if TYPE_CHECKING:
    from pathlib import Path


def colleague(tmp_path: Path, bundled: Path, public_key: Path) -> Updater:
    """A second laptop: its own data folder, trusting the same publisher."""
    folder = tmp_path / "colleague"
    trust = TrustStore(folder)
    trust.add(public_key)
    return Updater(CatalogueStore(folder, bundled), trust, clock=lambda: NOW)


@pytest.mark.parametrize("target", ["stick/tvet-catalogue.zip", "stick/tvet-catalogue"])
def test_export_then_import_on_another_laptop(updater: Updater, http: HttpRepository, tmp_path: Path,
                                              bundled: Path, keys: tuple[Path, Path], target: str) -> None:
    updater.update(http, lambda d, t: None)
    exported = tmp_path / target
    assert export_active(updater.store, exported).expires == "2027-02-27T08:00:00Z"  # the signature's expiry
    other = colleague(tmp_path, bundled, keys[1])
    result = other.update(open_export(exported), lambda d, t: None)
    assert (result.installed, result.version, result.method) == (True, 2, "full")
    with Catalog(other.store.active().path) as catalog:
        assert catalog.get(str(NEW_ITEM["id"])) is not None
    assert other.store.active().origin == str(exported)


def test_the_publishers_repository_copied_to_a_stick_offers_its_delta(
        updater: Updater, server: Server) -> None:
    result = updater.update(FolderRepository(server.folder), lambda d, t: None)
    assert (result.installed, result.method) == (True, "delta")


def test_the_bundled_catalogue_is_not_exported(updater: Updater, tmp_path: Path) -> None:
    with pytest.raises(SyncError, match="bundled with the app"):
        export_active(updater.store, tmp_path / "x.zip")


@pytest.mark.usefixtures("untouched")
def test_a_bundle_with_hostile_member_names_is_refused(updater: Updater, http: HttpRepository,
                                                       tmp_path: Path) -> None:
    bundle = tmp_path / "evil.zip"
    with zipfile.ZipFile(bundle, "w") as archive:
        archive.writestr("../manifest.json", b"{}")
        archive.writestr("/etc/manifest.json.sig", b"{}")
    with pytest.raises(SyncError, match=r"holds no manifest\.json"):
        updater.update(open_export(bundle), lambda d, t: None)
    assert not (tmp_path.parent / "manifest.json").exists()


def test_a_tampered_export_is_refused(updater: Updater, http: HttpRepository, tmp_path: Path, bundled: Path,
                                      keys: tuple[Path, Path]) -> None:
    updater.update(http, lambda d, t: None)
    exported = tmp_path / "stick" / "folder"
    export_active(updater.store, exported)
    import lzma

    snapshot = next(exported.glob("catalog-v2*.xz"))
    data = bytearray(lzma.decompress(snapshot.read_bytes()))
    data[-5000] ^= 0x01
    snapshot.write_bytes(lzma.compress(bytes(data)))
    other = colleague(tmp_path, bundled, keys[1])
    with pytest.raises(SyncError, match="does not match the signed manifest"):
        other.update(open_export(exported), lambda d, t: None)
    assert other.store.active().bundled


def test_not_an_export(updater: Updater, tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(SyncError, match="neither a catalogue export folder nor a catalogue bundle"):
        open_export(tmp_path / "notes.txt")


def test_share_serves_the_active_catalogue_to_another_laptop(
        updater: Updater, http: HttpRepository, tmp_path: Path, bundled: Path, keys: tuple[Path, Path],
        data_dir: Path) -> None:
    updater.update(http, lambda d, t: None)
    code = ("import sys; from tvet_desktop.launch import main; "
            "sys.argv[0] = 'tvet-desktop'; sys.exit(main(['share', '--host', '127.0.0.1', '--port', '0']))")
    share = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        lines = [share.stdout.readline() for _ in range(2)]  # type: ignore[union-attr]
        assert lines[0].startswith("Sharing catalogue v2")
        url = lines[1].split("--from-room", 1)[1].strip()
        port = url.rsplit(":", 1)[1]
        other = colleague(tmp_path, bundled, keys[1])
        result = other.update(HttpRepository(f"http://127.0.0.1:{port}/"), lambda d, t: None)
        assert (result.installed, result.version) == (True, 2)
    finally:
        share.terminate()
        share.wait(10)
    assert json.loads((data_dir / "catalogues" / "active.json").read_text())["current"]["version"] == 2


def test_a_damaged_copy_does_not_block_a_good_one(updater: Updater, http: HttpRepository, tmp_path: Path,
                                                  bundled: Path, keys: tuple[Path, Path]) -> None:
    import shutil

    updater.update(http, lambda d, t: None)
    good = tmp_path / "good-stick"
    export_active(updater.store, good)
    bad = tmp_path / "bad-stick"
    shutil.copytree(good, bad)
    snapshot = next(bad.glob("catalog-v2*.xz"))
    data = bytearray(snapshot.read_bytes())
    data[len(data) // 2] ^= 0x10  # same size, one flipped bit
    snapshot.write_bytes(bytes(data))
    other = colleague(tmp_path, bundled, keys[1])
    with pytest.raises(SyncError, match=r"catalog-v2\.sqlite\.xz"):
        other.update(open_export(bad), lambda d, t: None)
    assert other.update(open_export(good), lambda d, t: None).installed


def test_a_damaged_bundle_gets_a_clear_message(updater: Updater, http: HttpRepository, tmp_path: Path,
                                               bundled: Path, keys: tuple[Path, Path]) -> None:
    updater.update(http, lambda d, t: None)
    bundle = tmp_path / "tvet.zip"
    export_active(updater.store, bundle)
    data = bytearray(bundle.read_bytes())
    data[len(data) // 2] ^= 0xFF  # inside the stored snapshot: the ZIP's CRC no longer matches
    bundle.write_bytes(bytes(data))
    other = colleague(tmp_path, bundled, keys[1])
    with pytest.raises(SyncError, match="damaged or not a plain catalogue bundle"):
        other.update(open_export(bundle), lambda d, t: None)
    assert other.store.active().bundled
