"""Every sentence the update service can end with is said in the window's language: each code the sync package
raises or says has the window's own sentence, for each kind of source it names, with the same values; a code
the window does not know keeps its English."""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.sync.sentences import HAND_CARRIED, SENTENCES, SOURCE_WORDS, Date, Sentence, Size
from tvet_desktop.ui.sentences import say
from tvet_desktop.ui.sync_sentences import SyncSentences

from ..conftest import REPO

if TYPE_CHECKING:
    from collections.abc import Iterator

PLACEHOLDER = re.compile(r"\{(\w+)(?:![rs])?\}")
RAISING = {"SyncError", "UntrustedError", "NoTrustedKey", "DownloadError", "MissingFile", "DiskFull", "Sentence",
           "exclusive_lock"}


def codes_in_the_sync_package() -> set[str]:
    """The first string given to every error, sentence or lock of sync/ (the lock's second: its busy sentence)."""
    found = set()
    for path in (REPO / "tvet_desktop" / "sync").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in RAISING:
                found.update([arg.value for arg in node.args
                               if isinstance(arg, ast.Constant) and isinstance(arg.value, str)][:1])
    return found


def names(template: str) -> set[str]:
    return {name.lower() for name in PLACEHOLDER.findall(template)} - {"count"}  # a count is the plural's %Ln


def cases() -> Iterator[tuple[str, str | None, str]]:
    """(code, kind of source or None, English template) for every sentence."""
    for code, template in SENTENCES.items():
        if isinstance(template, str):
            yield code, None, template
        else:
            yield from ((code, kind, text) for kind, text in template.items())


def sentence(code: str, kind: str | None, template: str) -> Sentence:
    values: dict[str, object] = {name: f"«{name}»" for name in names(template)}
    values.update(count=3, **({"source": kind} if kind else {}))
    return Sentence(code, **values)


def test_every_code_the_sync_package_raises_has_an_english_sentence() -> None:
    raised = codes_in_the_sync_package()
    assert len(raised) > 60 and raised <= set(SENTENCES), sorted(raised - set(SENTENCES))


def test_the_window_has_every_code_for_every_kind_of_source_with_the_same_values(qapp) -> None:  # type: ignore[no-untyped-def]
    window = SyncSentences().table()
    assert set(window) == set(SENTENCES)
    for code, kind, english in cases():
        said = window[code] if kind is None else window[code][kind]  # type: ignore[index]
        assert isinstance(said, str), (code, kind)
        assert names(said) == names(english), (code, kind, said)
    for code, template in SENTENCES.items():
        if not isinstance(template, str):  # a sentence about a source is written for each kind it is said of
            assert set(template) in (set(SOURCE_WORDS), set(HAND_CARRIED)), code


@pytest.mark.usefixtures("french")
def test_in_french_every_sentence_is_french_and_whole() -> None:
    for code, kind, template in cases():
        english = sentence(code, kind, template)
        said = say(english)
        assert said != str(english) and "{" not in said and "%L" not in said, (code, kind, said)
        assert all(f"«{name}»" in said for name in names(template)), (code, kind, said)


@pytest.mark.usefixtures("french")
def test_dates_and_sizes_are_written_the_french_way() -> None:
    notice = Sentence("expiry-notice", published=Date("2026-06-01T08:00:00Z"), expires=Date("2026-07-01T08:00:00Z"))
    assert str(notice) == ("This catalogue was published on 1 Jun 2026; its update period ended on 1 Jul 2026. It "
                           "is newer than yours, so it was installed.")  # the command line's, unchanged
    assert say(notice) == ("Ce catalogue a été publié le 1 juin 2026\u00a0; sa période de mise à jour a pris fin le "
                           "1 juil. 2026. Il est plus récent que le vôtre, il a donc été installé.")
    full = say(Sentence("no-space", needed=Size(3_200_000), free=Size(1_500_000), folder="/media/stick"))
    assert "il faut 3,1 Mo, seuls 1,4 Mo sont libres dans /media/stick" in full


def test_a_code_the_window_does_not_know_keeps_its_english(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    said = Sentence("up-to-date", version=3)
    monkeypatch.setattr(said, "code", "a-code-from-a-newer-core")
    assert say(said) == "Catalogue v3 is up to date."
    assert say("Any other text") == "Any other text"

