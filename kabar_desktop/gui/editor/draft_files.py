"""What the File menu does: new, open, save, export, print and copy, with the questions it asks.

Nothing is ever lost on the way: unsaved changes are asked about before a draft is replaced, a
file that cannot be read leaves the open draft as it was, and an export of an article that
still lacks facts points at the missing fields instead of writing a file with gaps.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from kabar_desktop.i18n import _
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.model.problems import DraftError
from kabar_desktop.settings import save_settings

if TYPE_CHECKING:
    from kabar_desktop.compose import Article
    from kabar_desktop.gui.context import WindowContext

_FILTERS = {
    "docx": lambda: _("Word document (*.docx)"),
    "html": lambda: _("Web page (*.html)"),
    "txt": lambda: _("Text for WhatsApp (*.txt)"),
    "pdf": lambda: _("PDF document (*.pdf)"),
}


class FileOps:
    """The File menu's operations on ``window``'s session and settings."""

    def __init__(self, window: WindowContext):
        self.w = window
        self.folder: Path | None = None  # the last folder the user chose a file in

    @property
    def session(self):
        return self.w.session

    @property
    def settings(self):
        return self.w.settings

    # --- where files go --------------------------------------------------------------------
    def last_folder(self) -> Path:
        if self.folder is not None and self.folder.is_dir():
            return self.folder
        for name in self.settings.recent_files:
            if Path(name).parent.is_dir():
                return Path(name).parent
        from PySide6.QtCore import QStandardPaths

        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(docs) if docs and Path(docs).is_dir() else Path.home()

    def _ask_save_path(self, title: str, ext: str, file_filter: str) -> Path | None:
        if self.session.path is not None and ext == "kabar":
            default = self.session.path.with_suffix(".kabar")
        else:
            from kabar_desktop.services.exporting import slug  # not needed for the first frame

            default = self.last_folder() / f"{slug(self.session.draft.title)}.{ext}"
        from PySide6.QtWidgets import QFileDialog

        name, _chosen = QFileDialog.getSaveFileName(self.w.widget, title, str(default), file_filter)
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != f".{ext}":
            path = path.with_name(path.name + f".{ext}")
        self.folder = path.parent
        return path

    def remember(self, path: Path) -> None:
        """Put ``path`` first in Open Recent."""
        self.settings.add_recent(path)
        self._save_settings()
        self.w.recent_changed()

    def _save_settings(self) -> None:
        with contextlib.suppress(OSError):  # a read-only profile folder must not stop work
            save_settings(self.settings)

    def _warn(self, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.w.widget, title, text)

    # --- drafts ----------------------------------------------------------------------------
    def maybe_save(self) -> bool:
        """Ask about unsaved changes; False when the user cancels (or the save failed).

        With the drafts store nothing is asked: the draft is stored. Only when the store
        refuses does the old question come back, so the work can go to a file instead.
        """
        autosave = self.w.autosave
        if not self.session.modified or (autosave is not None and autosave.flush()):
            return True
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self.w.widget)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(_("Unsaved changes"))
        box.setText(_("Save the changes to this draft?"))
        box.setInformativeText(_("If you do not save them, they will be lost."))
        save = box.addButton(_("Save"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(_("Don't Save"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(_("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return self.save()
        return clicked is discard

    def new(self) -> None:
        autosave = self.w.autosave
        if autosave is not None and autosave.flush():
            made = autosave.new_draft(self.settings.profile.new_draft())
        elif self.maybe_save():
            self.session.load(self.settings.profile.new_draft(), None)
            self.w.form.show_problems([])
            made = True
        else:
            made = False
        if made:  # a note about the draft before ("This is a sample article…") is stale now
            self.w.statusBar().clearMessage()

    def open(self) -> None:
        if not self.maybe_save():
            return
        from PySide6.QtWidgets import QFileDialog

        name, _chosen = QFileDialog.getOpenFileName(
            self.w.widget,
            _("Open Draft"),
            str(self.last_folder()),
            _("Kabar drafts (*.kabar *.json)"),
        )
        if name:
            self.folder = Path(name).parent
            self.open_path(Path(name), ask=False)

    def open_path(self, path: Path, ask: bool = True) -> bool:
        """Open the draft at ``path``; a file that cannot be read changes nothing."""
        if ask and not self.maybe_save():
            return False
        try:
            draft = read_draft(path)
        except DraftError as exc:
            lines = "\n".join(f"• {p.message(_)}" for p in exc.problems)
            self._warn(
                _("Cannot open the draft"),
                _("Kabar cannot open {file}:").format(file=path.name) + f"\n\n{lines}",
            )
            if not path.exists() and str(path.resolve()) in self.settings.recent_files:
                self.settings.recent_files.remove(str(path.resolve()))
                self._save_settings()
                self.w.recent_changed()
            return False
        if self.w.autosave is not None:  # the file becomes a stored draft
            if not self.w.autosave.import_draft(draft, path):
                return False
        else:
            self.session.load(draft, path)
            self.w.form.show_problems([])
        self.remember(path)
        self.w.say(_("Opened {file}").format(file=path.name))
        return True

    def save(self) -> bool:
        """Store the draft now (Ctrl+S); without the store, save it to its .kabar file."""
        if self.w.autosave is not None:
            if not self.w.autosave.flush():
                return False
            self.w.say(_("The draft is kept in Kabar's drafts"))
            return True
        path = self.session.path
        if path is None or path.suffix.lower() != ".kabar":
            return self.save_as()  # a .json draft is saved as .kabar, photos inside
        return self._write(path)

    def save_as(self) -> bool:
        path = self._ask_save_path(_("Save Draft As"), "kabar", _("Kabar draft (*.kabar)"))
        return path is not None and self._write(path)

    def _write(self, path: Path) -> bool:
        stored = self.w.autosave is None or self.w.autosave.flush()
        from kabar_desktop.model.parse import past_limits

        refused = past_limits(self.session.draft)  # a file Kabar would refuse to open again
        if refused:  # (a draft the store kept from before the form's limits, issue 12 #7)
            reason = "; ".join(p.message(_) for p in refused)
            self._warn(
                _("Cannot save"),
                _("Kabar cannot save {file}: {reason}").format(file=path.name, reason=reason),
            )
            return False
        try:
            write_draft(self.session.draft, path)
        except OSError as exc:
            self._warn(
                _("Cannot save"),
                _("Kabar cannot save {file}: {reason}").format(
                    file=path.name, reason=exc.strerror or exc
                ),
            )
            return False
        if stored:
            self.session.mark_saved(path)
        else:  # the file is written, but the drafts store still lacks the change
            self.session.path = path
        self.remember(path)
        self.w.title_changed()
        self.w.say(_("Saved {file}").format(file=path.name))
        return True

    # --- the article -----------------------------------------------------------------------
    def ready_article(self) -> Article | None:
        """The finished article, or None after pointing at the facts it still lacks."""
        from kabar_desktop.compose import compose
        from kabar_desktop.model.completeness import missing_facts

        problems = missing_facts(self.session.draft)
        form = self.w.form
        form.show_problems(problems)
        if not problems:
            return compose(self.session.draft)
        form.focus_field(problems[0].path)
        from kabar_desktop.services.exporting import describe_problem

        lines = "\n".join(f"• {describe_problem(p)}" for p in problems)
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.w.widget,
            _("The article is not finished yet"),
            _("Fill these in first; the fields are marked in the form:") + f"\n\n{lines}",
        )
        return None

    def export(self, fmt: str) -> None:
        article = self.ready_article()
        if article is None:
            return
        path = self._ask_save_path(_("Export"), fmt, _FILTERS[fmt]())
        if path is None:
            return
        from kabar_desktop.export import export_article
        from kabar_desktop.services.exporting import profile_options

        options, warning = profile_options(fmt, self.settings)
        if warning:
            self.w.say(warning)
        try:
            export_article(article, fmt, path, **options)
        except OSError as exc:
            self._export_failed(path, exc)
            return
        self.w.say(_("Exported {file}").format(file=path.name))

    def _export_failed(self, path: Path, exc: OSError) -> None:
        self._warn(
            _("Cannot export"),
            _("Kabar cannot write {file}: {reason}").format(
                file=path.name, reason=exc.strerror or exc
            ),
        )

    def export_pdf(self) -> None:
        article = self.ready_article()
        if article is None:
            return
        path = self._ask_save_path(_("Export"), "pdf", _FILTERS["pdf"]())
        if path is None:
            return
        from kabar_desktop.gui.editor.printing import write_pdf

        try:
            write_pdf(article, path)
        except OSError as exc:
            self._export_failed(path, exc)
            return
        self.w.say(_("Exported {file}").format(file=path.name))

    def print(self) -> None:
        article = self.ready_article()
        if article is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        from PySide6.QtWidgets import QDialog

        from kabar_desktop.gui.editor.printing import a4_printer, print_article

        printer = a4_printer(QPrinter(QPrinter.PrinterMode.HighResolution))
        printer.setDocName(article.title)
        dialog = QPrintDialog(printer, self.w.widget)
        dialog.setWindowTitle(_("Print the Article"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_article(article, printer)
            self.w.say(_("Sent to the printer"))

    def copy_whatsapp(self) -> None:
        article = self.ready_article()
        if article is None:
            return
        from PySide6.QtWidgets import QApplication

        from kabar_desktop.export.text import render_text

        QApplication.clipboard().setText(render_text(article))
        self.w.say(_("WhatsApp text copied"))
