"""Fetching repository files over HTTP(S) or from a folder (a USB stick): capped, resumable, patient.

Downloads never read more bytes than the manifest announced (an endless response just stops), write
every chunk to a ``.part`` file as it arrives (so an interruption costs at most the chunk in flight),
and resume with ``Range`` guarded by ``If-Range``: a server that ignores the range or whose file
changed sends the whole file again, which then replaces the partial one.
"""

from __future__ import annotations

import email.utils
import errno
import json
import os
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from http.client import HTTPException, HTTPMessage, HTTPResponse
from pathlib import Path
from typing import IO, TYPE_CHECKING, Protocol, TypeVar

from .errors import Cancelled, DownloadError, MissingFile, SyncError
from .files import open_regular, read_capped
from .sentences import Bytes, Sentence
from .sources import SERVER, Source, local_source

if TYPE_CHECKING:
    from pathlib import Path

Progress = Callable[[int, int], None]  # bytes present so far, bytes expected
RETRY_STATUS = {408, 425, 429, 500, 502, 503, 504}
T = TypeVar("T")
LOCAL_ERRORS = {errno.ENOSPC, errno.EROFS, errno.EACCES, errno.EDQUOT, errno.EPERM}


def cancellable_sleep(seconds: float, cancelled: Callable[[], bool]) -> None:
    """Wait between attempts, but stop at once when the user cancels."""
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        if cancelled():
            raise Cancelled()
        time.sleep(min(0.2, left))


@dataclass
class NetworkPolicy:
    """How patient a download is. Tests shrink the waits; the app uses the defaults."""

    timeout: float = 20.0  # seconds to connect, and for each read
    retries: int = 6
    backoff: float = 2.0  # first wait between attempts, doubled each time
    max_wait: float = 60.0  # longest wait, also for a server's Retry-After
    min_rate: float = 256.0  # bytes/s; slower than this over a whole window counts as a stalled link
    window: float = 30.0
    patience: float = 90.0  # seconds of retrying without a window's worth of bytes before giving up
    chunk: int = 64 << 10
    wait: Callable[[float, Callable[[], bool]], None] = cancellable_sleep  # between attempts
    report: Callable[[str], None] = lambda message: None  # "…; trying again in 4 s (2 of 7)"
    clock: Callable[[], float] = time.monotonic
    user_agent: str = field(default="TVET-Desktop")


class Repository(Protocol):
    """Where update files come from; ``exact_bytes`` is False when files may be recompressed (exports)."""

    exact_bytes: bool
    source: Source

    def describe(self) -> str: ...

    def read_small(self, name: str, cap: int, cancelled: Callable[[], bool] = ...) -> bytes: ...

    def download(self, name: str, dest: Path, length: int, progress: Progress,
                 cancelled: Callable[[], bool]) -> int: ...


class _Retry(Exception):
    def __init__(self, reason: Sentence, wait: float | None = None) -> None:
        super().__init__(reason)
        self.reason, self.wait = reason, wait


def _stored_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


class FolderRepository:
    """A repository folder, e.g. copied onto a USB stick, or an unpacked export."""

    exact_bytes = False

    def __init__(self, folder: Path, chunk: int = 1 << 20) -> None:
        self.folder, self.chunk = folder, chunk
        self.source = local_source(folder)

    def describe(self) -> str:
        return str(self.folder)

    def read_small(self, name: str, cap: int, cancelled: Callable[[], bool] = lambda: False) -> bytes:
        path = self.folder / name
        try:
            return read_capped(path, cap)
        except FileNotFoundError:
            raise MissingFile("folder-not-export", path=path) from None

    def download(self, name: str, dest: Path, length: int, progress: Progress,
                 cancelled: Callable[[], bool]) -> int:
        """Copy the whole file (an export may be compressed anew, so its length can differ a little)."""
        path = self.folder / name
        try:
            source = open_regular(path)
        except FileNotFoundError:
            raise MissingFile("missing-from-export", path=path) from None
        with source:
            size = os.fstat(source.fileno()).st_size
            if size > local_cap(length):
                raise SyncError("far-larger", path=path)
            return copy_local(source, dest, size, str(path), progress, cancelled, self.chunk)


def copy_local(source: IO[bytes], dest: Path, size: int, label: str, progress: Progress,
               cancelled: Callable[[], bool], chunk: int = 1 << 20) -> int:
    """Copy ``size`` bytes of a local file (a folder's, a bundle member's) to ``dest``, always from the start:
    copying is fast, and a partial file from another stick is not to be trusted."""
    have = 0
    with open(dest, "wb") as out:
        while have < size:
            if cancelled():
                raise Cancelled()
            block = source.read(min(chunk, size - have))
            if not block:
                raise SyncError("changed-while-copying", path=label)
            out.write(block)
            have += len(block)
            progress(have, size)
    return have


def local_cap(length: int) -> int:
    """The most a recompressed local file may weigh against the length the manifest gives."""
    return 2 * length + (1 << 20)


class HttpRepository:
    exact_bytes = True

    def __init__(self, base_url: str, policy: NetworkPolicy | None = None, source: Source = SERVER) -> None:
        try:
            parts = urllib.parse.urlsplit(base_url)
            parts.port  # noqa: B018  (raises for a port that is not a number from 0 to 65535)
        except ValueError:
            parts = None
        if parts is None or parts.scheme not in ("http", "https") or not parts.hostname:
            raise SyncError("not-http", address=repr(base_url))
        base_url = base_url.removesuffix("manifest.json")  # a pasted address of the manifest itself
        self.base_url = base_url if base_url.endswith("/") else base_url + "/"
        self.policy = policy or NetworkPolicy()
        self.source = source
        self._opener = urllib.request.build_opener(_SameHostRedirects(parts.hostname))

    def describe(self) -> str:
        return self.base_url

    def url(self, name: str) -> str:
        return urllib.parse.urljoin(self.base_url, urllib.parse.quote(name))

    # -- small files ------------------------------------------------------------------------------
    def read_small(self, name: str, cap: int, cancelled: Callable[[], bool] = lambda: False) -> bytes:
        return self._with_retries(lambda: self._read_small_once(name, cap, cancelled), name, lambda: 0, cancelled)

    def _read_small_once(self, name: str, cap: int, cancelled: Callable[[], bool]) -> bytes:
        data = bytearray()
        watchdog = _Watchdog(self.policy)
        with self._open(name, {}) as response:
            while block := self._next_block(response, cap + 1 - len(data), cancelled, watchdog):
                data += block
                if len(data) > cap:
                    raise SyncError("too-large", path=self.url(name), cap=Bytes(cap))
        return bytes(data)

    # -- large files ------------------------------------------------------------------------------
    def download(self, name: str, dest: Path, length: int, progress: Progress,
                 cancelled: Callable[[], bool]) -> int:
        fetched = [0]
        self._with_retries(lambda: self._download_once(name, dest, length, progress, cancelled, fetched), name,
                           lambda: _stored_size(dest), cancelled)
        return fetched[0]

    def _download_once(self, name: str, dest: Path, length: int, progress: Progress,
                       cancelled: Callable[[], bool], fetched: list[int]) -> None:
        validator_file = dest.with_name(dest.name + ".json")
        have = _stored_size(dest)
        if have >= length:
            if have == length:
                return
            have = 0
        headers = {}
        validator = _read_validator(validator_file)
        if have and validator:
            headers = {"Range": f"bytes={have}-", "If-Range": validator}
        with self._open(name, headers) as response:
            announced = _announced_size(response)
            if announced is not None and announced != length:
                raise SyncError("size-mismatch", address=self.url(name), announced=Bytes(announced),
                                length=Bytes(length))
            if response.status == 206:
                if _range_start(response) != have:  # not the range asked for: start again without one
                    dest.unlink(missing_ok=True)
                    validator_file.unlink(missing_ok=True)
                    raise _Retry(Sentence("wrong-part"))
                mode = "ab"
            else:  # whole file: the server ignored Range, or the file changed since the partial download
                have, mode = 0, "wb"
                _write_validator(validator_file, response)
            with open(dest, mode) as out:
                watchdog = _Watchdog(self.policy)
                while have < length:
                    block = self._next_block(response, length - have, cancelled, watchdog)  # never past the length
                    if not block:
                        raise _Retry(Sentence("closed-early", have=Bytes(have), length=Bytes(length)))
                    out.write(block)
                    out.flush()  # in the OS before it counts: a killed process keeps it
                    have += len(block)
                    fetched[0] += len(block)
                    progress(have, length)

    def _next_block(self, response: HTTPResponse, most: int, cancelled: Callable[[], bool],
                    watchdog: _Watchdog) -> bytes:
        """Whatever has arrived (at most ``most`` bytes); empty at the end of the response."""
        if cancelled():
            raise Cancelled()
        block = response.read1(min(self.policy.chunk, most))
        watchdog.received(len(block))
        return block

    # -- shared -----------------------------------------------------------------------------------
    def _open(self, name: str, headers: dict[str, str]) -> HTTPResponse:
        request = urllib.request.Request(self.url(name), headers={"User-Agent": self.policy.user_agent, **headers})
        try:
            response: HTTPResponse = self._opener.open(request, timeout=self.policy.timeout)
        except urllib.error.HTTPError as error:
            error.close()
            if error.code in RETRY_STATUS:
                raise _Retry(Sentence("server-answered", status=error.code),
                             _retry_after(error.headers.get("Retry-After"))) from None
            if error.code == 404:
                raise MissingFile("not-found", address=self.url(name)) from None
            raise SyncError("refused", address=self.url(name), status=error.code, reason=error.reason) from None
        except (urllib.error.URLError, OSError, HTTPException) as error:
            raise _Retry(_network_reason(error)) from None
        if "text/html" in response.headers.get("Content-Type", "") and not name.endswith(".json"):
            response.close()
            raise SyncError("file-web-page")
        return response

    def _with_retries(self, attempt: Callable[[], T], name: str, kept: Callable[[], int],
                      cancelled: Callable[[], bool]) -> T:
        policy = self.policy
        progress_at, had = policy.clock(), kept()
        for number in range(policy.retries + 1):
            try:
                return attempt()
            except _Retry as problem:
                reason, wait = problem.reason, problem.wait
            except (OSError, HTTPException) as error:
                if isinstance(error, OSError) and error.errno in LOCAL_ERRORS:
                    raise  # our own disk, not the network: retrying will not help
                reason, wait = _network_reason(error), None
            if number == policy.retries or (number >= 1 and _no_server(reason)):
                break  # a wrong address does not start answering: say so after one more try, not minutes
            pause = min(policy.max_wait, wait if wait is not None else policy.backoff * 2**number)
            now = policy.clock()
            if kept() - had >= policy.min_rate * policy.window:  # this try got somewhere: patience starts again
                progress_at, had = now, kept()
            if now + pause - progress_at > policy.patience:
                reason = Sentence("nothing-useful", reason=reason, seconds=f"{now - progress_at:.0f}")
                break  # a hostile or broken server may not hold an update (or the window's Cancel) for minutes
            policy.report(Sentence("retrying", reason=reason, seconds=f"{pause:.0f}", attempt=number + 2,
                                   attempts=policy.retries + 1))
            policy.wait(pause, cancelled)
        kept_bytes = kept()
        said = {"address": self.url(name), "reason": reason, "count": number + 1}
        raise DownloadError("download-failed-kept", **said, kept=Bytes(kept_bytes)) if kept_bytes else \
            DownloadError("download-failed", **said)


class _SameHostRedirects(urllib.request.HTTPRedirectHandler):
    """Follows a redirect only to http(s) on the host the user gave: the signature protects what arrives, but
    which computers the app talks to is the user's choice, not the server's."""

    def __init__(self, host: str) -> None:
        self.host = host

    def redirect_request(self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
                         headers: HTTPMessage, newurl: str) -> urllib.request.Request | None:
        try:
            target = urllib.parse.urlsplit(newurl)
            allowed = target.scheme in ("http", "https") and target.hostname == self.host
        except ValueError:
            allowed = False
        if not allowed:
            fp.close()
            raise SyncError("redirect", target=newurl, host=self.host)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


class _Watchdog:
    """Gives up on a link that delivers less than ``min_rate`` bytes/s over a whole window."""

    def __init__(self, policy: NetworkPolicy) -> None:
        self.clock, self.window, self.min_rate = policy.clock, policy.window, policy.min_rate
        self.start, self.bytes = self.clock(), 0

    def received(self, size: int) -> None:
        self.bytes += size
        elapsed = self.clock() - self.start
        if elapsed >= self.window:
            if self.bytes / elapsed < self.min_rate:
                raise _Retry(Sentence("stalled", rate=f"{self.bytes / elapsed:.0f}"))
            self.start, self.bytes = self.clock(), 0


# Answers that another try will not change: a wrong address fails after one more try, not after minutes.
NO_SERVER = ("no-answer", "no-such-server", "not-https", "certificate")


def _no_server(reason: Sentence) -> bool:
    return reason.code in NO_SERVER


def _network_reason(error: BaseException) -> Sentence:
    if isinstance(error, urllib.error.URLError) and not isinstance(error, urllib.error.HTTPError):
        error = error.reason if isinstance(error.reason, BaseException) else error
    if isinstance(error, TimeoutError):
        return Sentence("timeout")
    if isinstance(error, ConnectionRefusedError):
        return Sentence("no-answer")
    if isinstance(error, socket.gaierror):
        return Sentence("no-such-server")
    if isinstance(error, ssl.SSLCertVerificationError):
        return Sentence("certificate")
    if isinstance(error, ssl.SSLError) and error.reason == "WRONG_VERSION_NUMBER":
        return Sentence("not-https")
    return Sentence("connection-failed", problem=str(error))


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    if value.strip().isdigit():
        return float(value)
    try:
        moment = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, moment.timestamp() - time.time())


def _announced_size(response: HTTPResponse) -> int | None:
    """The whole file's size as the server states it (Content-Range total, or Content-Length of a 200)."""
    if response.status == 206:
        total = response.headers.get("Content-Range", "").rpartition("/")[2]
        return int(total) if total.isdigit() else None
    size = response.headers.get("Content-Length", "")
    return int(size) if size.isdigit() else None


def _range_start(response: HTTPResponse) -> int | None:
    content_range = response.headers.get("Content-Range", "")
    unit, _, rest = content_range.partition(" ")
    start = rest.partition("-")[0]
    return int(start) if unit == "bytes" and start.isdigit() else None


def _read_validator(path: Path) -> str | None:
    try:
        value = json.loads(path.read_text()).get("validator")
    except (OSError, ValueError, AttributeError):
        return None
    return value if isinstance(value, str) else None


def _write_validator(path: Path, response: HTTPResponse) -> None:
    """Remember the strong ETag (or Last-Modified) so a resumed request is honoured only for the same file."""
    etag = response.headers.get("ETag")
    validator = etag if etag and not etag.startswith("W/") else response.headers.get("Last-Modified")
    staging = path.with_name(path.name + ".new")
    staging.write_text(json.dumps({"validator": validator}))
    os.replace(staging, path)
