"""The translations are whole: every string the code asks to translate is in the French, Spanish and Arabic
sources, translated (none unfinished or empty, every plural form), keeping its placeholders, markup and
shortcut key; English has its plural forms. Run `make translations` after adding a string (docs/translations.md)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tvet_desktop.ui.language import TRANSLATIONS

from ..conftest import REPO

LANGUAGES = {"fr": 2, "es": 2, "ar": 6}  # plural forms: French and Spanish two, Arabic six
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")
LINK = re.compile(r"<a href='[^']*'>")
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"  # beside the interpreter, as PySide6 installs it


def messages(language: str) -> list[ET.Element]:
    return list(ET.parse(TRANSLATIONS / f"tvet_desktop_{language}.ts").getroot().iter("message"))


def forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def problems(message: ET.Element, plural_forms: int) -> list[str]:
    source = message.findtext("source") or ""
    translation = message.find("translation")
    assert translation is not None
    said = forms(message)
    found = []
    if translation.get("type") in ("unfinished", "vanished", "obsolete"):
        found.append(f"marked {translation.get('type')}")
    if any(not text.strip() for text in said):
        found.append("empty")
    if message.get("numerus") == "yes" and len(said) != plural_forms:
        found.append(f"{len(said)} plural forms, not {plural_forms}")
    for text in said:
        if set(PLACEHOLDER.findall(text)) != set(PLACEHOLDER.findall(source)):
            found.append(f"placeholders {PLACEHOLDER.findall(text)} instead of {PLACEHOLDER.findall(source)}")
        if ("{{" in text) != ("{{" in source):  # "{{page}}" would show as "{page}" once filled in
            found.append("doubled braces")
        if sorted(LINK.findall(text)) != sorted(LINK.findall(source)):
            found.append("a link changed")
        if ("&" in source.replace("&nbsp;", "")) != ("&" in text.replace("&nbsp;", "")):
            found.append("the shortcut key (&) lost or added")
    return [f"{source!r}: {problem}" for problem in dict.fromkeys(found)]


@pytest.mark.parametrize("language", list(LANGUAGES))
def test_every_string_is_translated(language: str) -> None:
    found = [problem for message in messages(language) for problem in problems(message, LANGUAGES[language])]
    assert not found, f"{language}: " + "\n".join(found)
    assert len(messages(language)) > 300


SPAIN_ONLY = re.compile(r"\b(ordenador(es)?|fichero(s)?|coger|coja|móvil|pulse|pulsar|Intro|vale)\b", re.IGNORECASE)


def test_the_spanish_speaks_latin_america_s_words() -> None:
    """The Spanish is for trainers across Latin America (docs/translations.md): computadora, archivo, presione."""
    found = [text for message in messages("es") for text in forms(message) if SPAIN_ONLY.search(text)]
    assert not found, "\n".join(found)
    said = " ".join(text for message in messages("es") for text in forms(message))
    assert "esta computadora" in said and "ninguna computadora llamada" in said


def test_english_has_every_plural_form() -> None:
    plural = [message for message in messages("fr") if message.get("numerus") == "yes"]
    english = {message.findtext("source"): forms(message) for message in messages("en")}
    assert plural and {message.findtext("source") for message in plural} == set(english)
    for source, (one, other) in english.items():
        assert "(s)" not in one + other and {"%Ln"} <= {*re.findall(r"%Ln", one + other)}, source


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
def test_the_sources_hold_every_string_of_the_code(tmp_path: Path) -> None:
    """What `make translations` would collect now is already in the sources, translated: a new tr() string
    fails here until it is collected and translated."""
    for language in LANGUAGES:
        copy = tmp_path / f"tvet_desktop_{language}.ts"
        shutil.copy(TRANSLATIONS / copy.name, copy)
        subprocess.run([str(LUPDATE), "-extensions", "py", "-no-obsolete", "-locations", "none", "-silent",
                        str(REPO / "tvet_desktop"), "-ts", str(copy)], check=True, capture_output=True, timeout=120)
        collected = ET.parse(copy).getroot().iter("message")
        new = [message.findtext("source") for message in collected
               if message.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
        assert not new, f"{language}: not translated yet (run `make translations`, then translate): {new}"
