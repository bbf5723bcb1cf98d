"""Export many drafts at once (the browser's "Export Selected…"): one file each, in a folder.

The export itself, and how its files are named, is ``kabar export``'s too
(``services.exporting.write_drafts``): an unfinished draft is skipped and named with the facts
it still lacks, and a file already in the folder is never written over.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from kabar_desktop.i18n import _
from kabar_desktop.services.exporting import profile_options, write_drafts
from kabar_desktop.settings import Settings
from kabar_desktop.store import DraftStore

FORMATS = {
    "docx": lambda: _("Word document (DOCX)"),
    "html": lambda: _("Web page (HTML)"),
    "txt": lambda: _("Text for WhatsApp (TXT)"),
}


def export_selected(parent: QWidget, store: DraftStore, ids: list[int], settings: Settings):
    """Ask for a format and a folder, export, and report what was written and skipped."""
    if not ids:
        return None
    labels = [label() for label in FORMATS.values()]
    choice, ok = QInputDialog.getItem(
        parent, _("Export Selected"), _("Write the articles as:"), labels, 0, False
    )
    if not ok:
        return None
    fmt = list(FORMATS)[labels.index(choice)]
    name = QFileDialog.getExistingDirectory(parent, _("Export Selected: Choose a Folder"))
    if not name:
        return None
    options, warning = profile_options(fmt, settings)
    written, skipped = write_drafts(store, ids, fmt, Path(name), options)
    text = _("{n} articles written to {folder}.").format(n=len(written), folder=name)
    if skipped:
        lines = "\n".join(f"• {title}: {why}" for title, why in skipped)
        text += "\n\n" + _("Not exported:") + "\n" + lines
    if warning:
        text += "\n\n" + warning
    QMessageBox.information(parent, _("Export Selected"), text)
    return written, skipped
