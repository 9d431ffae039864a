"""Every sentence the documents, the notes and the catalogue can end with is said in the window's language: each
code a package raises has its English and the window's own sentence, with the same values; in French each is
French and whole; a code the window does not know keeps its English. (The update service's: test_sync_sentences.)"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING

import pytest

from tvet_desktop.catalog import sentences as catalog
from tvet_desktop.documents import sentences as documents
from tvet_desktop.documents.formats import SAID
from tvet_desktop.errors import Moment, Number, Sentence, Size
from tvet_desktop.library import sentences as library
from tvet_desktop.ui.sentences import say, table

from ..conftest import REPO

if TYPE_CHECKING:
    from types import ModuleType

PLACEHOLDER = re.compile(r"\{(\w+)(?:![rs])?(?::[^}]*)?\}")
PACKAGES = [documents, library, catalog]
SAYING = {"Sentence", "_refuse"}  # a sentence made, or an EPUB refused with one (its first argument: the code)


def codes_used_in(package: str) -> set[str]:
    found = set()
    for path in (REPO / "tvet_desktop" / package).glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) in SAYING:
                found.update([arg.value for arg in node.args
                               if isinstance(arg, ast.Constant) and isinstance(arg.value, str)][:1])
    return found


def names(template: str) -> set[str]:
    return set(PLACEHOLDER.findall(template)) - {"count"}  # a count is the plural's %Ln


def example(module: ModuleType, code: str) -> Sentence:
    counted = set(re.findall(r"\{(\w+):,\}", str(module.SENTENCES[code])))  # a number the English groups: 1,234
    values: dict[str, object] = {name: Number(1234) if name in counted else f"«{name}»"
                                 for name in names(module.SENTENCES[code])}
    return module.Sentence(code, count=Number(3), **values)  # type: ignore[no-any-return]


@pytest.mark.parametrize(("module", "package", "at_least"), [(documents, "documents", 35), (library, "library", 45),
                                                             (catalog, "catalog", 5)])
def test_every_code_a_package_raises_has_an_english_sentence(module: ModuleType, package: str,
                                                             at_least: int) -> None:
    used = codes_used_in(package) | (set(SAID.values()) | {"a-document"} if package == "documents" else set())
    assert len(used) >= at_least and used <= set(module.SENTENCES), sorted(used - set(module.SENTENCES))
    assert set(module.SENTENCES) <= used, sorted(set(module.SENTENCES) - used)  # and none is left over


@pytest.mark.parametrize("module", PACKAGES)
def test_the_window_has_every_code_with_the_same_values(qapp, module: ModuleType) -> None:  # type: ignore[no-untyped-def]
    window = table(example(module, next(iter(module.SENTENCES))))
    assert set(window) == set(module.SENTENCES)
    for code, english in module.SENTENCES.items():
        said = window[code]
        assert isinstance(said, str) and names(said) == names(english), (code, said)


@pytest.mark.usefixtures("french")
@pytest.mark.parametrize("module", PACKAGES)
def test_in_french_every_sentence_is_french_and_whole(module: ModuleType) -> None:
    for code, template in module.SENTENCES.items():
        english = example(module, code)
        said = say(english)
        assert said != str(english) and "{" not in said and "%L" not in said, (code, said)
        assert all(f"«{name}»" in said or "1\u202f234" in said for name in names(template)), (code, said)


@pytest.mark.usefixtures("french")
def test_sizes_counts_and_nested_phrases_are_said_the_french_way() -> None:
    too_large = documents.Sentence("too-large", name="scan.pdf", size=Size(3 * 1024**3), cap=Size(1024**3))
    assert str(too_large) == ("“scan.pdf” is 3.0 GB, larger than the 1.0 GB a document may be; split it or keep it "
                              "outside the app.")  # the command line's, unchanged
    assert say(too_large) == ("«\u00a0scan.pdf\u00a0» fait 3,0 Go, plus que les 1,0 Go permis pour un document\u00a0; "
                              "découpez-le ou gardez-le hors de l’application.")
    bomb = documents.Sentence("epub-too-many-files", name="book.epub", count=Number(12345))
    assert str(bomb) == "“book.epub” was not added: it holds 12,345 files, more than a book ever does."
    assert "il contient 12\u202f345 fichiers" in say(bomb)
    liar = documents.Sentence("not-what-it-says", name="a.pdf", claimed=documents.Sentence("a-pdf"),
                              found=documents.Sentence("a-zip-archive"))
    assert say(liar).startswith("«\u00a0a.pdf\u00a0» n’est pas un PDF, quoi qu’en dise son nom (il contient une "
                                "archive zip)")
    held = library.Sentence("backup-holding", when=Moment("2026-12-05T11:14:00.123456+00:00"),
                            notes=library.Counted(1234, "note", "notes"), bookmarks=library.Counted(1, "bookmark",
                                                                                                   "bookmarks"),
                            lists=library.Counted(2, "reading list", "reading lists"))
    assert str(held).endswith(", holding 1234 notes, 1 bookmark and 2 reading lists")  # the command line's
    assert re.fullmatch(r"du 05/12/2026 \d\d:14 \(notes\u00a0: 1\u202f234, favoris\u00a0: 1, listes de lecture"
                        r"\u00a0: 2\)", say(held)), say(held)
    saving = library.Sentence("not-saved-read-only", reason=library.Sentence("notes-disk-full"))
    assert str(saving) == "Not saved: the disk holding your notes is full. Your notes can still be read and exported."
    assert say(saving) == ("Non enregistré\u00a0: le disque qui contient vos notes est plein. Vos notes peuvent "
                           "toujours être lues et exportées.")


def test_a_code_the_window_does_not_know_keeps_its_english(qapp, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    said = catalog.Sentence("catalogue-closed", path="/tmp/catalogue.sqlite")
    monkeypatch.setattr(said, "code", "a-code-from-a-newer-core")
    assert say(said) == "The catalogue /tmp/catalogue.sqlite was closed"


@pytest.mark.usefixtures("french")
def test_a_text_shown_shortened_says_so_in_french() -> None:
    from tvet_desktop.catalog.render import MAX_RENDER_CHARS, markdown_to_html

    huge = "Soudure à l’arc. " * (MAX_RENDER_CHARS // 10)
    assert "Shortened: this text has" in markdown_to_html(huge)  # the English default (the command line's)
    said = markdown_to_html(huge, say=say)
    assert "Texte raccourci" in said and "Shortened" not in said
