"""The menu entry, AppStream data and MIME type pass the freedesktop tools' checks, agree with each other and
with the app, and a catalogue bundle is recognised as ours by the real shared-mime-info database."""

from __future__ import annotations

import shutil
import struct
import subprocess
import zipfile
from configparser import ConfigParser
from importlib.metadata import entry_points
from pathlib import Path

import pytest

from tvet_desktop.paths import ICON_SIZES, icon_files
from tvet_desktop.ui.icon import DESKTOP_FILE

from ..conftest import REPO
from .conftest import signed_bundle

LINUX = REPO / "packaging" / "linux"
DESKTOP = LINUX / f"{DESKTOP_FILE}.desktop"
METAINFO = LINUX / f"{DESKTOP_FILE}.metainfo.xml"
MIME = LINUX / f"{DESKTOP_FILE}.mime.xml"
BUNDLE_TYPE = "application/x-tvet-catalogue+zip"


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (packaging/system-deps.sh test installs it)")
    return found


def entry() -> dict[str, str]:
    parser = ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def test_the_desktop_file_validates() -> None:
    done = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_the_appstream_metainfo_validates() -> None:
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_files_agree_with_each_other_and_the_app() -> None:
    fields = entry()
    assert fields["Exec"] == "tvet-desktop %f"  # %f: a file to open, see cli.main (FILE.zip)
    assert "tvet-desktop" in entry_points(group="console_scripts").names
    assert fields["Icon"] == DESKTOP_FILE
    assert fields["MimeType"] == f"{BUNDLE_TYPE};"
    metainfo = METAINFO.read_text(encoding="utf-8")
    assert f"<id>{DESKTOP_FILE}</id>" in metainfo and f"<mediatype>{BUNDLE_TYPE}</mediatype>" in metainfo
    assert f'<mime-type type="{BUNDLE_TYPE}">' in MIME.read_text(encoding="utf-8")


def test_every_icon_size_is_there_at_its_size() -> None:
    for size, path in zip(ICON_SIZES, icon_files(), strict=True):
        width, height = struct.unpack(">II", path.read_bytes()[16:24])  # the PNG header's IHDR chunk
        assert (width, height) == (size, size), path.name


def test_a_catalogue_bundle_is_recognised_by_its_name_or_its_content(tmp_path: Path) -> None:
    update = tool("update-mime-database")
    gio = tool("gio")
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, share / "mime" / "packages")
    subprocess.run([update, str(share / "mime")], check=True, capture_output=True)
    _, bundle = signed_bundle(tmp_path / "work")
    unnamed = shutil.copy(bundle, tmp_path / "catalogue-from-a-colleague")
    plain = shutil.copy(bundle, tmp_path / "catalogue.zip")
    other = tmp_path / "photos.tvet.zip"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("photo.jpg", b"not a catalogue")

    def kind(path: Path) -> str:
        done = subprocess.run([gio, "info", "-a", "standard::content-type", str(path)], capture_output=True,
                              text=True, check=True, env={"XDG_DATA_HOME": str(share), "XDG_DATA_DIRS": "/usr/share"})
        return done.stdout.rsplit(":", 1)[1].strip()

    assert kind(bundle) == BUNDLE_TYPE  # exported as catalogue.tvet.zip
    assert kind(Path(unnamed)) == BUNDLE_TYPE
    assert kind(Path(plain)) == "application/zip"  # the name decides first; File → Update still imports it
    assert kind(other) == BUNDLE_TYPE  # by name: opening it then says it is not a catalogue bundle
