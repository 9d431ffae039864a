"""The window's language: which one (``--lang``, else the one chosen in View → Language, else the system's),
and the translators that make Qt and the app speak it.

The sources are ``translations/tvet_desktop_<code>.ts`` (``make translations`` refreshes them from the code
with pyside6-lupdate, then compiles them); the window loads compiled ``.qm`` files. A ``.qm`` built beside
its ``.ts`` (``make qm``, the frozen build) is used when it is up to date; otherwise (a checkout, an install
from source) the ``.ts`` is compiled once with PySide6's own lrelease into the data folder's cache, so a
translation can never be older than its source. Qt's own ``qtbase_<code>.qm`` (shipped with PySide6)
translates the standard buttons and dialogs. Arabic lays the whole window out right to left.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from .qt_values import LEFT_TO_RIGHT, RIGHT_TO_LEFT

# Each language by its own name (a menu of languages is read by someone who may not read the current one).
LANGUAGES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
WRITTEN_RIGHT_TO_LEFT = {"ar"}
TRANSLATIONS = Path(__file__).parent / "translations"
_installed: list[QTranslator] = []  # QCoreApplication does not own its translators: kept alive here
_spoken: list[str] = []  # the language installed (for what Qt's translators do not carry: the user guide)


def system_language() -> str:
    """The first of the system's preferred languages that the app speaks, else English."""
    for name in (*QLocale.system().uiLanguages(), QLocale.system().name()):
        code = name.replace("-", "_").split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def chosen_language(option: str | None, saved: str) -> str:
    """``--lang`` wins, then the choice saved in the settings ("" follows the system)."""
    for code in (option, saved):
        if code in LANGUAGES:
            return str(code)
    return system_language()


def spoken() -> str:
    """The language the application speaks (the last one installed; English before any)."""
    return _spoken[-1] if _spoken else "en"


def install(code: str, cache: Path) -> None:
    """Make the application speak ``code``: Qt's translations, the app's, numbers and dates, direction."""
    _spoken[:] = [code]
    app = QCoreApplication.instance()
    assert app is not None
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    # The system's own conventions when it speaks the same language (fr_CA, es_MX, ar_MA with its Latin
    # digits), else the language's usual ones (QLocale("ar") is Egypt's: Arabic-Indic digits).
    system = QLocale.system()
    locale = system if system.language() == QLocale(code).language() else QLocale(code)
    QLocale.setDefault(locale)
    qt_own, qt_folder = QTranslator(app), QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if code != "en" and qt_own.load(locale, "qtbase", "_", qt_folder):
        _installed.append(qt_own)
    compiled = compiled_translation(code, cache)  # English too: its plural forms ("1 item", "2 items")
    ours = QTranslator(app)
    if compiled is not None and ours.load(str(compiled)):
        _installed.append(ours)
    for translator in _installed:
        app.installTranslator(translator)
    if isinstance(app, QGuiApplication):  # Arabic: the whole window mirrored (a property: see qt_values.py)
        app.setProperty("layoutDirection", RIGHT_TO_LEFT if code in WRITTEN_RIGHT_TO_LEFT else LEFT_TO_RIGHT)


def compiled_translation(code: str, cache: Path) -> Path | None:
    """The ``.qm`` for ``code``: the one built beside the source when it is newer, else one compiled into
    ``cache`` (named by the source's hash, so an edited source is compiled again); None when there is none."""
    source = TRANSLATIONS / f"tvet_desktop_{code}.ts"
    built = source.with_suffix(".qm")
    if built.exists() and (not source.exists() or built.stat().st_mtime >= source.stat().st_mtime):
        return built
    if not source.exists():
        return None
    import hashlib  # only a checkout or a source install gets here (see the module's docstring)
    import subprocess

    digest = hashlib.sha256(source.read_bytes()).hexdigest()[:16]
    target = cache / f"tvet_desktop_{code}-{digest}.qm"
    if target.exists():
        return target
    lrelease = lrelease_program()
    if lrelease is None:
        return None
    cache.mkdir(parents=True, exist_ok=True)
    partial = target.with_suffix(".part")
    result = subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(partial)], capture_output=True,
                            check=False, timeout=60)
    if result.returncode != 0 or not partial.exists():
        from ..logs import logger

        logger(__name__).warning("could not compile %s: %s", source, result.stderr.decode(errors="replace"))
        return None
    partial.replace(target)  # whole or not at all: another window may be reading the folder
    return target


def lrelease_program() -> Path | None:
    """PySide6's own lrelease (shipped inside the package), else one on the PATH."""
    import shutil

    import PySide6

    beside = Path(PySide6.__file__).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
    if beside.exists():
        return beside
    found = shutil.which("lrelease") or shutil.which("pyside6-lrelease")
    return Path(found) if found else None
