"""The self-test's window side (see :mod:`..self_test`): the reading pane paints an item off-screen, the
translations load, and Qt PDF paints a page.

``QT_CHECKS`` holds one check per kind of thing the window draws: an item's page, a PDF page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from ..self_test import PDF_WORDS, Check, Findings, SelfTestFailed, one_page_pdf
from .icon import app_icon
from .palette import apply_theme
from .reading_pane import ReadingPane

if TYPE_CHECKING:
    from PySide6.QtGui import QImage

SIZE = (640, 480)
MIN_INKED = 0.005  # a page with a title and text inks far more than this share of its pixels


def application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(["tvet-desktop", "-style", "Fusion"])
    apply_theme(app, "light")
    return app


def load_icon(found: Findings) -> None:
    application()
    if app_icon().pixmap(32, 32).isNull():
        raise SelfTestFailed("Qt cannot read the icon files (its PNG support is missing)")
    found.passed.append("window icon")


def paint_item(found: Findings) -> None:
    application()
    assert found.item is not None
    pane = ReadingPane()
    pane.resize(*SIZE)
    pane.show_item(found.item)
    image = pane.grab().toImage()
    pane.deleteLater()
    if inked_share(image) < MIN_INKED:
        raise SelfTestFailed(f"the page for {found.item.id!r} paints blank (are any fonts installed?)")
    found.passed.append("off-screen painting")


def inked_share(image: QImage) -> float:
    """The share of pixels that differ clearly from the background (the top-left corner's colour)."""
    scaled = image.scaled(SIZE[0] // 4, SIZE[1] // 4)  # a sample is enough, and quicker to walk
    background = scaled.pixelColor(0, 0).lightness()
    inked = sum(1 for y in range(scaled.height()) for x in range(scaled.width())
                if abs(scaled.pixelColor(x, y).lightness() - background) > 60)
    return inked / (scaled.width() * scaled.height())


def load_translations(found: Findings) -> None:
    """Each language's translation is there (compiled: the frozen app has no lrelease to compile one) and
    says the File menu in its own words, and Qt's own translation of the standard buttons loads too."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from .language import LANGUAGES, compiled_translation

    application()
    with tempfile.TemporaryDirectory() as cache:  # a copy from source compiles here, not in the user's data
        for code in LANGUAGES:
            compiled, ours, qt_own = compiled_translation(code, Path(cache)), QTranslator(), QTranslator()
            if compiled is None or not ours.load(str(compiled)):
                raise SelfTestFailed(f"the {LANGUAGES[code]} translation is missing (run `make qm`)")
            if code != "en" and ours.translate("MainWindow", "&File") in ("", "&File"):
                raise SelfTestFailed(f"the {LANGUAGES[code]} translation is empty")
            folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if code != "en" and not qt_own.load(QLocale(code), "qtbase", "_", folder):
                raise SelfTestFailed(f"Qt's own {LANGUAGES[code]} translation (qtbase_{code}.qm) is missing")
    found.passed.append("translations")


def paint_pdf_page(found: Findings) -> None:
    """Qt PDF, the reader's module (PySide6-Addons), loads and paints a page."""
    import tempfile
    from pathlib import Path

    from PySide6.QtCore import QSize, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPdf import QPdfDocument

    application()
    with tempfile.TemporaryDirectory(prefix="tvet-self-test-") as folder:
        path = Path(folder) / "self-test.pdf"
        path.write_bytes(one_page_pdf(PDF_WORDS))
        document = QPdfDocument()
        if document.load(str(path)) != QPdfDocument.Error.None_:
            raise SelfTestFailed(f"Qt PDF cannot open a one-page PDF ({document.error().name})")
        page = document.render(0, QSize(*SIZE))  # transparent where the page has no ink
        document.close()
    image = QImage(page.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, page)
    painter.end()
    if page.isNull() or inked_share(image) < MIN_INKED / 10:  # one line of text on the page
        raise SelfTestFailed("Qt PDF paints a page blank")
    found.passed.append("PDF pages")


QT_CHECKS: tuple[Check, ...] = (
    ("load the window icon", load_icon),
    ("paint an item off-screen", paint_item),
    ("load the translations", load_translations),
    ("paint a PDF page", paint_pdf_page),
)
