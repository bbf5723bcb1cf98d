"""Export many drafts at once (the browser's "Export Selected…"): one file each, in a folder.

An unfinished draft is not written with gaps: it is skipped, and the report names it with
the facts it still lacks, so the writer knows exactly what to finish.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from kabar_desktop.commands.export import profile_options
from kabar_desktop.compose import compose
from kabar_desktop.export import export_article
from kabar_desktop.gui.editor.autosave import store_message
from kabar_desktop.gui.editor.draft_files import describe, slug
from kabar_desktop.i18n import _
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.problems import DraftError
from kabar_desktop.settings import Settings
from kabar_desktop.store import DraftStore, StoreError

FORMATS = {
    "docx": lambda: _("Word document (DOCX)"),
    "html": lambda: _("Web page (HTML)"),
    "txt": lambda: _("Text for WhatsApp (TXT)"),
}


def _free_name(folder: Path, stem: str, ext: str, taken: set[Path]) -> Path:
    """``stem.ext`` in ``folder``, or ``stem-2.ext``…: never over another file."""
    path, n = folder / f"{stem}.{ext}", 1
    while path in taken or path.exists():
        n += 1
        path = folder / f"{stem}-{n}.{ext}"
    taken.add(path)
    return path


def write_drafts(
    store: DraftStore, ids: list[int], fmt: str, folder: Path, options: dict | None = None
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Export the finished drafts of ``ids``; (files written, [(title, why skipped)])."""
    written: list[Path] = []
    skipped: list[tuple[str, str]] = []
    taken: set[Path] = set()
    for draft_id in ids:
        title = _("draft {id}").format(id=draft_id)
        try:
            draft = store.load(draft_id)
            title = " ".join(draft.title.split()) or title
            problems = missing_facts(draft)
            if problems:
                lacking = "; ".join(describe(p) for p in problems[:4])
                more = len(problems) - 4
                if more > 0:
                    lacking += " " + _("(and {n} more)").format(n=more)
                skipped.append((title, _("not finished: {facts}").format(facts=lacking)))
                continue
            path = _free_name(folder, slug(draft.title), fmt, taken)
            export_article(compose(draft), fmt, path, **(options or {}))
        except StoreError as exc:
            skipped.append((title, store_message(exc)))
            continue
        except DraftError as exc:
            skipped.append((title, "; ".join(p.message(_) for p in exc.problems)))
            continue
        except OSError as exc:
            skipped.append((title, str(exc.strerror or exc)))
            continue
        written.append(path)
    return written, skipped


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
