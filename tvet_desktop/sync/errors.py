"""The errors a sync, import or publish can end with; every message says what happened and what is kept.

Each carries a :class:`.sentences.Sentence`: the command line prints its English, the window says it in its
language from the sentence's code and values (``ui/sync_sentences.py``, through ``ui/sentences.say``)."""

from __future__ import annotations

from ..errors import UserError
from .sentences import Sentence


class SyncError(UserError):
    """The update was refused or could not finish; the active catalogue and notes are untouched."""

    sentence: Sentence

    def __init__(self, code: str, /, **values: object) -> None:
        super().__init__(Sentence(code, **values))


class UntrustedError(SyncError):
    """The manifest's signature is missing, wrong, or made with a key this app does not trust."""


class NoTrustedKey(UntrustedError):
    """No publisher key is trusted at all: nothing can be installed until one is added."""


class DownloadError(SyncError):
    """The network failed us after every retry; what arrived is kept so the next sync resumes."""


class MissingFile(SyncError):
    """The repository does not hold a file its manifest names (e.g. an export without deltas)."""


class Cancelled(SyncError):
    def __init__(self) -> None:
        super().__init__("cancelled")
