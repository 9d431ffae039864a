"""Every sentence opening a catalogue file can end with, by a stable code: the English the command line prints;
the window says the same from its table of the same codes (``ui/catalog_sentences.py``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import Sentence as _Sentence

if TYPE_CHECKING:
    from collections.abc import Mapping

SENTENCES: Mapping[str, str] = {
    "no-catalogue-file": "No catalogue file at {path}",
    "catalogue-closed": "The catalogue {path} was closed",
    "odd-catalogue": "{path} is not a readable TVET Desktop catalogue ({names}: not as TVET Desktop builds them)",
    "unreadable-catalogue": "{path} is not a readable TVET Desktop catalogue ({problem})",
    "catalogue-format": "{path} has catalogue format {format}; this app reads {reads}",
}


class Sentence(_Sentence):
    sentences = SENTENCES
