"""The regional office's verdict on a draft: accepted, needs changes or published, with a remark.

At the Kanwil, an editor reads a UPT's draft and says what happens to it; the verdict and
the remark travel back to the UPT with the next sync (``sync_state.set_review``), where the
drafts browser shows them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from kabar_desktop.i18n import _
from kabar_desktop.store import sync_state as state

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext


def review_label(review: str) -> str:
    """A verdict in the user's words ("perlu perbaikan")."""
    return _(state.REVIEW_LABELS.get(review, review))


class VerdictDialog(QDialog):
    """Choose the verdict and write the remark the office should read."""

    def __init__(self, title: str, review: str, remark: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("verdict-dialog")
        self.setWindowTitle(_("Regional Office Verdict"))
        self.verdict = QComboBox(self)
        self.verdict.setAccessibleName(_("Verdict"))
        for key in state.REVIEWS:
            self.verdict.addItem(review_label(key), key)
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(review)))
        self.remark = QPlainTextEdit(remark, self)
        self.remark.setAccessibleName(_("Remark"))
        self.remark.setPlaceholderText(_("e.g. The title is too long; shorten it to one line."))
        self.remark.setTabChangesFocus(True)
        self.remark.setMaximumHeight(100)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(_("Draft:"), _plain(" ".join(title.split()) or _("(untitled)"), self))
        form.addRow(_("&Verdict:"), self.verdict)
        form.addRow(_("&Remark:"), self.remark)
        form.addRow(buttons)

    def value(self) -> tuple[str, str]:
        return self.verdict.currentData(), self.remark.toPlainText().strip()


def _plain(text: str, parent: QWidget):
    from PySide6.QtWidgets import QLabel

    label = QLabel(text, parent)
    label.setWordWrap(True)
    return label


def ask_verdict(window: WindowContext, draft_id: int, parent: QWidget | None = None) -> bool:
    """Ask for the verdict on ``draft_id`` and record it; True when it was recorded."""
    from kabar_desktop.gui.editor.autosave import store_message
    from kabar_desktop.store import StoreError

    store = window.store
    if store is None:  # files only: no stored draft to give a verdict on
        return False
    try:
        row = state.for_draft(store, draft_id)
        title = store.row(draft_id).title
        dialog = VerdictDialog(
            title, row.review if row else "", row.remark if row else "", parent or window.widget
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        review, remark = dialog.value()
        state.set_review(store, draft_id, review, remark, window.settings.profile.office_name)
    except StoreError as exc:
        heading = _("Regional Office Verdict")
        QMessageBox.warning(parent or window.widget, heading, store_message(exc))
        return False
    window.say(_("The verdict goes back to the office with the next sync."))
    return True
