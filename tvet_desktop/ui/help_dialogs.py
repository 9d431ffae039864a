"""Help: the user guide (docs/user-guide.md, shown offline through the same safe renderer as the catalogue),
and About (versions, licences, and where the catalogue comes from)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from .. import __version__
from ..catalog.render import is_external_link, markdown_to_html
from ..paths import user_guide
from ..text import escape_html
from . import local_format
from .language import spoken
from .sentences import say

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl

    from ..catalog.records import SnapshotInfo

# What the app is built with, and under which licence (a test checks that every run-time dependency is here).
THIRD_PARTY = (
    ("Qt 6 and PySide6", "LGPL-3.0", "https://www.qt.io/licensing/open-source-lgpl-obligations"),
    ("Qt PDF (PySide6-Addons), with PDFium", "LGPL-3.0; PDFium BSD-3-Clause",
     "https://doc.qt.io/qt-6/qtpdf-index.html"),
    ("Python", "PSF License", "https://docs.python.org/3/license.html"),
    ("SQLite", "Public domain", "https://sqlite.org/copyright.html"),
    ("sqlite-utils", "Apache-2.0", "https://github.com/simonw/sqlite-utils"),
    ("Python-Markdown (markdown)", "BSD-3-Clause", "https://github.com/Python-Markdown/markdown"),
    ("platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    ("nh3 (ammonia)", "MIT", "https://github.com/messense/nh3"),
    ("cryptography", "Apache-2.0 or BSD-3-Clause", "https://github.com/pyca/cryptography"),
    ("segno", "BSD-3-Clause", "https://github.com/heuer/segno"),
    ("pypdfium2 (PDFium)", "Apache-2.0 or BSD-3-Clause", "https://github.com/pypdfium2-team/pypdfium2"),
    ("PyStemmer (Snowball stemmers)", "MIT and BSD-3-Clause", "https://github.com/snowballstem/pystemmer"),
)


class HelpView(QDialog):
    """Rich text that opens only web links, in the system browser."""

    def __init__(self, title: str, html: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.text = QTextBrowser()
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._follow)
        self.text.document().setDocumentMargin(14)
        self.text.setHtml(html)
        self.text.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _follow(self, url: QUrl) -> None:
        if is_external_link(url.toString()):
            QDesktopServices.openUrl(url)


def user_guide_dialog(parent: QWidget | None = None) -> HelpView:
    try:
        html = markdown_to_html(user_guide(spoken()).read_text(encoding="utf-8"), say=say)
    except OSError:
        html = escape_html(QCoreApplication.translate("help", "The user guide is missing from this installation."))
    dialog = HelpView(QCoreApplication.translate("help", "User guide"), html, parent)
    dialog.resize(720, 640)
    return dialog


def about_dialog(info: SnapshotInfo, origin: str, parent: QWidget | None = None) -> HelpView:
    rows = "".join(f"<tr><td>{escape_html(name)}&nbsp;&nbsp;</td><td>{escape_html(licence)}&nbsp;&nbsp;</td>"
                   f"<td><a href='{escape_html(link, quote=True)}'>{escape_html(link)}</a></td></tr>"
                   for name, licence, link in THIRD_PARTY)
    paragraphs = [
        QCoreApplication.translate("help", "An offline library for trainers and teachers in technical and "
                                           "vocational education and training."),
        QCoreApplication.translate("help", "Catalogue v{version} of {date}, from {origin}. Items: {count}.").format(
            version=info.version, date=local_format.date(info.created), count=local_format.number(info.item_count),
            origin=origin),
        QCoreApplication.translate("help", "The catalogue describes publications, promising practices, programmes, "
                                           "events and glossary terms of UNESCO-UNEVOC, the UNESCO International "
                                           "Centre for Technical and Vocational Education and Training, and its "
                                           "network. The summaries were written for this app; each item names the "
                                           "pages its facts come from, and the originals remain the work of their "
                                           "authors."),
        QCoreApplication.translate("help", "TVET Desktop is free software under the MIT licence."),
    ]
    parts = [f"<h2>TVET Desktop {escape_html(__version__)}</h2>",
             *(f"<p>{escape_html(text)}</p>" for text in paragraphs),
             "<h3>" + escape_html(QCoreApplication.translate("help", "Built with")) + f"</h3><table>{rows}</table>"]
    dialog = HelpView(QCoreApplication.translate("help", "About TVET Desktop"), "".join(parts), parent)
    dialog.resize(640, 520)
    return dialog
