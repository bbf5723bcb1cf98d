"""Berkas ▸ Kotak Keluar…: what waits to be sent, what was sent, and why something was not.

A plain list read from ``outbox.sqlite`` (local, quick) on the GUI thread; sending itself is the
window's ``MailSender``, in its thread. The list follows each run (the sender's ``changed``).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from kabar_desktop.i18n import _, ngettext

if TYPE_CHECKING:
    from kabar_desktop.gui.context import WindowContext
    from kabar_desktop.mail.outbox import Entry

ID_ROLE = Qt.ItemDataRole.UserRole


def show_outbox(window: WindowContext) -> OutboxDialog:
    """One outbox dialog per window, brought to the front."""
    dialog = window.findChild(OutboxDialog, "outbox-dialog")
    if dialog is None:
        dialog = OutboxDialog(window)
    dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def _when(seconds: float | None) -> str:
    return dt.datetime.fromtimestamp(seconds).strftime("%d-%m-%Y %H:%M") if seconds else ""


def _state(entry: Entry) -> str:
    from kabar_desktop.mail.outbox import STATE_LABELS

    text = _(STATE_LABELS[entry.state])
    return text[:1].upper() + text[1:]


class OutboxDialog(QDialog):
    """The list, "Send Now" and "Remove"."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        from kabar_desktop.gui.mail.worker import mail_sender

        self.w = window
        self.sender_ = mail_sender(window)
        self.setObjectName("outbox-dialog")
        self.setWindowTitle(_("Outbox"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        self.list = QTreeWidget(self)
        self.list.setObjectName("outbox-list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([_("State"), _("To"), _("Subject"), _("When")])
        self.list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.list.setAccessibleName(_("Outbox"))
        layout.addWidget(self.list)
        self.summary = QLabel(self)
        self.summary.setObjectName("outbox-summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.send_button = self.buttons.addButton(_("&Send Now"), role)
        self.send_button.setObjectName("outbox-send")
        self.remove_button = self.buttons.addButton(_("&Remove"), role)
        self.remove_button.setObjectName("outbox-remove")
        self.send_button.clicked.connect(self.send_now)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.rejected.connect(self.close)
        layout.addWidget(self.buttons)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.sender_.changed.connect(self.refresh)

    def _entries(self) -> list[Entry]:
        from kabar_desktop.mail.outbox import Outbox, OutboxError

        try:
            with Outbox() as outbox:
                return outbox.entries()
        except OutboxError as exc:
            self.summary.setText(exc.message(_))
            return []

    def refresh(self) -> None:
        selected = self._selected_id()
        entries = self._entries()
        self.list.clear()
        for entry in entries:
            when = entry.sent_at if entry.state == "sent" else entry.created
            item = QTreeWidgetItem(
                [_state(entry), ", ".join(entry.recipients), entry.subject, _when(when)]
            )
            item.setData(0, ID_ROLE, entry.id)
            item.setData(1, ID_ROLE, entry.state)
            notes = []
            if entry.problem is not None:
                notes.append(entry.problem.message(_))
            if entry.uncertain and entry.state != "sent":
                notes.append(_("An earlier try may have reached the server already."))
            if notes:
                for column in range(4):
                    item.setToolTip(column, "\n".join(notes))
            self.list.addTopLevelItem(item)
            if entry.id == selected:
                item.setSelected(True)
        for column in (0, 1, 3):
            self.list.resizeColumnToContents(column)
        unsent = [e for e in entries if e.state != "sent"]
        if not entries:
            self.summary.setText(_("The outbox is empty."))
        elif unsent:
            count = len(unsent)
            text = ngettext(
                "{count} message waiting to be sent", "{count} messages waiting to be sent", count
            ).format(count=count)
            problem = next((e.problem for e in unsent if e.problem is not None), None)
            self.summary.setText(f"{text}: {problem.message(_)}" if problem else text)
        else:
            self.summary.setText(_("Everything has been sent."))
        self.send_button.setEnabled(bool(unsent) and self.w.settings.smtp.is_set)
        self._selection_changed()

    def _selected_id(self) -> int | None:
        items = self.list.selectedItems()
        return int(items[0].data(0, ID_ROLE)) if items else None

    def _selection_changed(self) -> None:
        items = self.list.selectedItems()
        self.remove_button.setEnabled(bool(items) and items[0].data(1, ID_ROLE) != "sending")

    def send_now(self) -> None:
        """Everything not sent, now, refused messages too (the user decides: docs/mail.md)."""
        self.summary.setText(_("Sending…"))
        self.sender_.send(force=True, interactive=True)

    def remove(self) -> None:
        from kabar_desktop.mail.outbox import Outbox, OutboxError

        items = self.list.selectedItems()
        if not items:
            return
        entry_id, state = int(items[0].data(0, ID_ROLE)), items[0].data(1, ID_ROLE)
        if state != "sent":
            answer = QMessageBox.question(
                self,
                _("Remove the message?"),
                _("“{subject}” has not been sent. Remove it from the outbox?").format(
                    subject=items[0].text(2)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with Outbox() as outbox:
                removed = outbox.remove(entry_id)
        except OutboxError as exc:
            QMessageBox.warning(self, _("Outbox"), exc.message(_))
            return
        if not removed:
            QMessageBox.information(
                self, _("Outbox"), _("The message is being sent and cannot be removed now.")
            )
        self.refresh()
