"""Attachments published, kept offline and carried by hand, over a real HTTP server on 127.0.0.1 with real
PDFs: every file is checked against the SHA-256 the signed snapshot records before it counts."""

from __future__ import annotations

import hashlib
import zipfile
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog.snapshot import Catalog
from tvet_desktop.sync.attachment_service import AttachmentService
from tvet_desktop.sync.attachments import attachment_name
from tvet_desktop.sync.errors import DownloadError, SyncError
from tvet_desktop.sync.publish import publish
from tvet_desktop.sync.serve import serving
from tvet_desktop.sync.service import UpdateService
from tvet_desktop.sync.sneakernet import export_active
from tvet_desktop.sync.transport import HttpRepository

from ..conftest import write_source
from ..pdfs import write_pdf
from .conftest import NOW, Server, items_v2

if TYPE_CHECKING:
    from pathlib import Path

    from tvet_desktop.catalog.records import Attachment
    from tvet_desktop.sync.client import Updater
    from tvet_desktop.sync.transport import NetworkPolicy

    from ..disks import SmallDisk

PAGES = [f"Page {n}: every apprentice wears a welding mask and gloves in the workshop." for n in range(1, 41)]


def attached_source(folder: Path) -> Path:
    """Version 2 of the test catalogue, its first item with a 40-page PDF and a text handout."""
    write_pdf(folder / "pdf" / "welding-guide.pdf", PAGES)
    (folder / "handout.txt").write_text("Bring your own gloves.\n" * 2000, encoding="utf-8")
    items = items_v2()
    items[0] = dict(items[0], attachments=[
        {"path": "pdf/welding-guide.pdf", "media_type": "application/pdf", "title": "Welding safety guide (PDF)",
         "language": "en", "licence": "CC BY-SA 3.0 IGO"},
        {"path": "handout.txt", "media_type": "text/plain", "title": "Handout"}])
    return write_source(folder, items, 2)


@pytest.fixture
def repo(tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> Path:
    folder = tmp_path / "repo"
    publish(attached_source(tmp_path / "source-v2"), folder, keys[0], bundled, clock=lambda: NOW)
    return folder


@pytest.fixture
def service(data_dir: Path, bundled: Path, updater: Updater, http: HttpRepository) -> AttachmentService:
    """A client that installed v2 from the server and knows nothing of its attachments yet."""
    updater.update(http, lambda done, total: None)
    return AttachmentService(UpdateService(data_dir, bundled))


@pytest.fixture
def wanted(service: AttachmentService) -> list[Attachment]:
    with Catalog(service.updates.active().path) as catalog:
        return service.wanted(catalog, ["welding-safety-guide"])


def guide(wanted: list[Attachment]) -> Attachment:
    return next(a for a in wanted if a.media_type == "application/pdf")


def test_publish_puts_each_file_beside_the_snapshot_by_its_hash(repo: Path, tmp_path: Path) -> None:
    pdf = (tmp_path / "source-v2" / "pdf" / "welding-guide.pdf").read_bytes()
    stored = repo / attachment_name(hashlib.sha256(pdf).hexdigest())
    assert stored.read_bytes() == pdf
    files = list((repo / "files").iterdir())
    assert len(files) == 2 and all(hashlib.sha256(p.read_bytes()).hexdigest() == p.name for p in files)


def test_a_later_publish_without_the_file_keeps_it_while_an_offered_version_names_it(
        repo: Path, tmp_path: Path, keys: tuple[Path, Path], bundled: Path) -> None:
    publish(write_source(tmp_path / "source-v3", items_v2(), 3), repo, keys[0], bundled, clock=lambda: NOW)
    assert len(list((repo / "files").iterdir())) == 2  # v2 is still offered (deltas from it)


def test_keep_offline_downloads_and_verifies(service: AttachmentService, wanted: list[Attachment],
                                             http: HttpRepository, untouched: None) -> None:
    seen: list[tuple[int, int]] = []
    report = service.keep_offline(wanted, http, lambda done, total: seen.append((done, total)))
    assert len(report.fetched) == 2 and report.skipped == ()
    total = sum(a.size for a in wanted)
    assert seen[-1] == (total, total)
    path = service.file_of("welding-safety-guide", guide(wanted).sha256)
    assert path is not None and path.suffix == ".pdf"
    assert hashlib.sha256(path.read_bytes()).hexdigest() == guide(wanted).sha256
    again = service.keep_offline(wanted, http, lambda done, total: None)
    assert (again.fetched, again.already, again.transferred) == ((), 2, 0)


def test_a_tampered_file_on_the_server_is_refused_and_the_others_still_come(
        service: AttachmentService, wanted: list[Attachment], http: HttpRepository, server: Server) -> None:
    stored = server.folder / attachment_name(guide(wanted).sha256)
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0x20  # one letter of the text, same length
    stored.write_bytes(bytes(data))
    report = service.keep_offline(wanted, http, lambda done, total: None)
    assert [s.name for s in report.skipped] == ["Welding safety guide (PDF)"]
    assert "does not match the signed catalogue" in report.skipped[0].reason
    assert service.file_of("welding-safety-guide", guide(wanted).sha256) is None
    assert len(report.fetched) == 1  # the handout
    assert list(service.store.downloads.iterdir()) == []  # nothing half-kept either


def test_a_file_of_another_size_on_the_server_is_refused(service: AttachmentService, wanted: list[Attachment],
                                                         http: HttpRepository, server: Server) -> None:
    stored = server.folder / attachment_name(guide(wanted).sha256)
    stored.write_bytes(stored.read_bytes()[:-100])  # truncated on the server
    report = service.keep_offline(wanted, http, lambda done, total: None)
    assert "does not match the signed manifest" in report.skipped[0].reason
    assert service.file_of("welding-safety-guide", guide(wanted).sha256) is None


def test_a_file_missing_from_the_repository_is_named(service: AttachmentService, wanted: list[Attachment],
                                                     http: HttpRepository, server: Server) -> None:
    (server.folder / attachment_name(guide(wanted).sha256)).unlink()
    report = service.keep_offline(wanted, http, lambda done, total: None)
    assert report.skipped[0].name == "Welding safety guide (PDF)"
    assert report.skipped[0].reason == "it is not in the catalogue from the server"


def test_a_dropped_connection_resumes_where_it_stopped(service: AttachmentService, wanted: list[Attachment],
                                                       http: HttpRepository, server: Server) -> None:
    server.faults.cut_after = [5000]
    report = service.keep_offline([guide(wanted)], http, lambda done, total: None)
    assert len(report.fetched) == 1
    ranges = [r for path, r in server.requests if path.endswith(guide(wanted).sha256)]
    assert ranges == ["", "bytes=5000-"]  # the second request asked only for the rest
    assert report.transferred == guide(wanted).size


def test_a_truncated_download_resumes_after_a_restart(service: AttachmentService, wanted: list[Attachment],
                                                      server: Server, policy: NetworkPolicy) -> None:
    policy.retries = 0  # the link gives up at once: the run ends, the partial file stays
    server.faults.cut_after = [7000]
    with pytest.raises(DownloadError, match="7000 bytes are kept"):
        service.keep_offline([guide(wanted)], HttpRepository(server.url, policy), lambda done, total: None)
    assert service.store.part(guide(wanted).sha256).stat().st_size == 7000
    later = AttachmentService(service.updates)  # a new process, as after a restart
    report = later.keep_offline([guide(wanted)], HttpRepository(server.url, policy), lambda done, total: None)
    assert report.transferred == guide(wanted).size - 7000
    assert later.file_of("welding-safety-guide", guide(wanted).sha256) is not None


def test_cancel_keeps_the_partial_file(service: AttachmentService, wanted: list[Attachment],
                                       http: HttpRepository) -> None:
    seen: list[int] = []
    with pytest.raises(SyncError, match="cancelled"):
        service.keep_offline([guide(wanted)], http, lambda done, total: seen.append(done), lambda: bool(seen))
    assert service.file_of("welding-safety-guide", guide(wanted).sha256) is None
    assert service.store.part(guide(wanted).sha256).stat().st_size == seen[-1] > 0


def test_not_enough_space_is_said_before_anything_is_written(service: AttachmentService, wanted: list[Attachment],
                                                             http: HttpRepository) -> None:
    tight = AttachmentService(service.updates, free_space=lambda path: 1 << 20)
    with pytest.raises(SyncError, match=r"Not enough free disk space to keep 'Welding safety guide \(PDF\)' "
                                        r"offline: it needs 16\.\d MB .* only 1\.0 MB are free"):
        tight.keep_offline([guide(wanted)], http, lambda done, total: None)
    assert not service.store.part(guide(wanted).sha256).exists() or \
        service.store.part(guide(wanted).sha256).stat().st_size == 0


def test_a_disk_that_fills_up_mid_file_keeps_what_arrived(small_disk: SmallDisk, service: AttachmentService,
                                                          wanted: list[Attachment], http: HttpRepository,
                                                          tmp_path: Path) -> None:
    """A real 1 MiB tmpfs as the data folder, with the free-space check told there is room (as a disk another
    program fills meanwhile would): the write fails with ENOSPC, which is said in one sentence."""
    big = write_pdf(tmp_path / "big" / "pdf" / "welding-guide.pdf", PAGES * 90)
    assert big.stat().st_size > 1 << 20
    from tvet_desktop.catalog.records import Attachment as Record

    entry = Record("big.pdf", "application/pdf", hashlib.sha256(big.read_bytes()).hexdigest(), big.stat().st_size)
    with serving(big.parent.parent) as url:
        (big.parent.parent / "files").mkdir()
        big.rename(big.parent.parent / attachment_name(entry.sha256))
        on_disk = AttachmentService(UpdateService(small_disk.root, service.updates.store.bundled),
                                    free_space=lambda path: 1 << 40)
        with pytest.raises(SyncError, match=r"The disk is full; the download stopped\. What was downloaded is kept"):
            on_disk.keep_offline([entry], HttpRepository(url, http.policy), lambda done, total: None)
    assert on_disk.file_of("x", entry.sha256) is None
    assert on_disk.store.part(entry.sha256).stat().st_size > 0


def test_remove_deletes_only_the_files(service: AttachmentService, wanted: list[Attachment],
                                       http: HttpRepository, untouched: None) -> None:
    service.keep_offline(wanted, http, lambda done, total: None)
    removed, freed = service.remove([guide(wanted).sha256])
    assert (removed, freed) == (1, guide(wanted).size)
    assert service.file_of("welding-safety-guide", guide(wanted).sha256) is None
    with Catalog(service.updates.active().path) as catalog:
        storage = service.storage(catalog)
    assert [f.names for f in storage.files] == [("welding-safety-guide: Handout",)]


@pytest.mark.parametrize("bundle", [True, False])
def test_an_export_carries_the_kept_files_and_the_importer_verifies_them(
        service: AttachmentService, wanted: list[Attachment], http: HttpRepository, tmp_path: Path,
        bundled: Path, keys: tuple[Path, Path], bundle: bool) -> None:
    """The exporting laptop kept only the PDF: the export carries it, the other laptop takes it and is told
    the handout is not there."""
    service.keep_offline([guide(wanted)], http, lambda done, total: None)
    target = tmp_path / ("usb.zip" if bundle else "usb")
    export_active(service.updates.store, target, service.store)
    other = UpdateService(tmp_path / "other-laptop", bundled)
    other.trust_key(keys[1])
    other.import_from(target, lambda done, total: None)
    importer = AttachmentService(other)
    with Catalog(other.active().path) as catalog:
        report = importer.keep_offline(importer.wanted(catalog, None), importer.repository(export=target),
                                       lambda done, total: None)
    assert report.fetched == (guide(wanted).sha256,)
    assert [(s.name, s.reason) for s in report.skipped] == [
        ("Handout", f"it is not in the catalogue {'in this file' if bundle else 'in this folder'}")]


def test_a_tampered_file_in_an_export_is_refused(service: AttachmentService, wanted: list[Attachment],
                                                 http: HttpRepository, tmp_path: Path, bundled: Path) -> None:
    service.keep_offline(wanted, http, lambda done, total: None)
    export_active(service.updates.store, tmp_path / "usb", service.store)
    stored = tmp_path / "usb" / attachment_name(guide(wanted).sha256)
    stored.write_bytes(stored.read_bytes().replace(b"gloves", b"gl0ves"))
    importer = AttachmentService(UpdateService(tmp_path / "other-laptop", bundled))
    report = importer.keep_offline(wanted, importer.repository(export=tmp_path / "usb"), lambda done, total: None)
    assert "does not match the signed catalogue" in report.skipped[0].reason
    assert importer.file_of("x", guide(wanted).sha256) is None


def test_a_share_serves_the_kept_files(service: AttachmentService, wanted: list[Attachment],
                                       http: HttpRepository, tmp_path: Path, bundled: Path) -> None:
    service.keep_offline(wanted, http, lambda done, total: None)
    export_active(service.updates.store, tmp_path / "shared", service.store, link=True)
    with serving(tmp_path / "shared") as url:
        colleague = AttachmentService(UpdateService(tmp_path / "colleague", bundled))
        report = colleague.keep_offline(wanted, HttpRepository(url, http.policy), lambda done, total: None)
    assert len(report.fetched) == 2


def test_an_export_zip_names_files_by_hash(service: AttachmentService, wanted: list[Attachment],
                                           http: HttpRepository, tmp_path: Path) -> None:
    service.keep_offline(wanted, http, lambda done, total: None)
    export_active(service.updates.store, tmp_path / "usb.zip", service.store)
    names = zipfile.ZipFile(tmp_path / "usb.zip").namelist()
    assert attachment_name(guide(wanted).sha256) in names


def test_publish_refuses_a_document_it_has_no_file_for(tmp_path: Path, keys: tuple[Path, Path],
                                                       bundled: Path) -> None:
    """The measured form (what a delta carries) names a file by hash; the repository must already hold it."""
    items = items_v2()
    items[0] = dict(items[0], attachments=[{"filename": "lost.pdf", "media_type": "application/pdf",
                                            "sha256": "ab" * 32, "size": 1000}])
    before = tmp_path / "repo"
    with pytest.raises(SyncError, match=r"Item 'welding-safety-guide': the file of attachment 'lost\.pdf' is "
                                        r"neither in the source folder nor in .*files"):
        publish(write_source(tmp_path / "source", items, 2), before, keys[0], bundled, clock=lambda: NOW)
    assert not (before / "manifest.json").exists()  # nothing offered


def test_the_file_server_serves_files_by_hash_and_nothing_else_in_the_folder(tmp_path: Path) -> None:
    import urllib.error
    import urllib.request

    folder = tmp_path / "served"
    (folder / "files").mkdir(parents=True)
    (folder / "files" / ("ab" * 32)).write_bytes(b"a document")
    (folder / "files" / "notes.txt").write_bytes(b"private")
    with serving(folder) as url:
        with urllib.request.urlopen(url + attachment_name("ab" * 32)) as response:
            assert response.read() == b"a document"
        for name in ("files/notes.txt", "files/../files/" + "ab" * 32, "files/" + "AB" * 32):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(url + name)
            assert refused.value.code == 404
            refused.value.close()
