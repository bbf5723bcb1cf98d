"""Berkas ▸ Kirim lewat Email…: the draft as a message to the regional office, the DOCX attached.

Two ways out, as in docs/mail.md: an ``.eml`` file marked unsent, opened in the user's own mail
program (works offline, needs no account) or saved where the user chooses, or the outbox, which
sends through the SMTP account set in Preferences and keeps trying until the server has the
message. The article is checked first, with the same message the export gives, so no message
with gaps is ever made.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from kabar_desktop import paths
from kabar_desktop.i18n import _
from kabar_desktop.model.problems import DraftError
from kabar_desktop.settings import save_settings

if TYPE_CHECKING:
    from email.message import EmailMessage

    from kabar_desktop.gui.context import WindowContext

PROBLEM_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(placeholder-text);"


def eml_folder() -> Path:
    """Where the files for the mail program go: Kabar's cache (each new one replaces the last
    of the same title; the mail program has its own copy once the message is sent)."""
    return paths.cache_dir() / "email"


def documents_folder() -> Path:
    """Where "Save As…" proposes to put the message: the user's Documents, else home."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def send_by_email(window: WindowContext) -> SendMailDialog | None:
    """Check the article, then show the dialog (window-modal, so the draft stays as checked)."""
    if window.files.ready_article() is None:
        return None
    dialog = SendMailDialog(window)
    dialog.open()
    return dialog


class SendMailDialog(QDialog):
    """Recipient, what to attach, and the two ways to send."""

    def __init__(self, window: WindowContext):
        super().__init__(window.widget)
        self.w = window
        self.setObjectName("send-mail-dialog")
        self.setWindowTitle(_("Send by Email"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        draft = window.session.draft
        layout = QVBoxLayout(self)
        title = " ".join(draft.title.split())
        intro = QLabel(
            _("“{title}” goes as a Word document (DOCX) with a short note.").format(title=title),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        remembered = window.settings.mail_to if isinstance(window.settings.mail_to, str) else ""
        self.to = QLineEdit(remembered, self)
        self.to.setObjectName("mail-to")
        self.to.setPlaceholderText(_("e.g. humas@kanwil.go.id"))
        self.to.setClearButtonEnabled(True)
        self.to.setAccessibleName(_("To"))
        form.addRow(_("&To:"), self.to)
        layout.addLayout(form)
        self.problem = QLabel(self)
        self.problem.setObjectName("mail-problem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet(PROBLEM_STYLE)
        self.problem.hide()
        layout.addWidget(self.problem)

        self.html = QCheckBox(_("Attach the &HTML page too"), self)
        self.html.setObjectName("mail-html")
        photos = sum(1 for p in draft.photos if p.data)
        self.photos = QCheckBox(_("Attach the &photos too ({count})").format(count=photos), self)
        self.photos.setObjectName("mail-photos")
        self.photos.setEnabled(photos > 0)
        layout.addWidget(self.html)
        layout.addWidget(self.photos)

        self.account_note = QLabel(self)
        self.account_note.setObjectName("mail-account-note")
        self.account_note.setWordWrap(True)
        self.account_note.setStyleSheet(NOTE_STYLE)
        layout.addWidget(self.account_note)
        self.setup = QPushButton(_("Set Up an Email &Account…"), self)
        self.setup.setObjectName("mail-setup")
        self.setup.clicked.connect(self.set_up_account)
        layout.addWidget(self.setup, 0, Qt.AlignmentFlag.AlignLeft)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.open_button = self.buttons.addButton(_("&Open in Mail Program"), role)
        self.open_button.setObjectName("mail-open")
        self.open_button.setToolTip(
            _("Make the message and open it in your own mail program (works offline)")
        )
        self.save_button = self.buttons.addButton(_("Sa&ve As…"), role)
        self.save_button.setObjectName("mail-save")
        self.save_button.setToolTip(_("Save the message as a file (.eml), to send or keep later"))
        self.save_button.clicked.connect(self.save_as)
        self.send_button = self.buttons.addButton(_("&Send"), role)
        self.send_button.setObjectName("mail-send")
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.send_button.clicked.connect(self.send)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.to.textChanged.connect(lambda: self.problem.hide())
        self._account_changed()
        self.to.setFocus()

    # --- the account -----------------------------------------------------------------------
    def _account_changed(self) -> None:
        from kabar_desktop.mail.smtp import account_problems

        account = self.w.settings.smtp
        usable = account.is_set and not account_problems(account)
        self.send_button.setEnabled(usable)
        self.send_button.setDefault(usable)
        self.open_button.setDefault(not usable)
        self.setup.setVisible(not usable)
        if usable:
            note = _("Send goes from {address} through {server}; the outbox keeps trying.").format(
                address=account.from_address.strip(), server=account.host.strip()
            )
        else:
            note = _(
                "To send from Kabar, set up an email account in Preferences. Without one, "
                "open the message in your mail program and send it from there."
            )
        self.account_note.setText(note)

    def set_up_account(self) -> None:
        self.w.edit_preferences("smtp-page")
        self._account_changed()

    # --- making the message ----------------------------------------------------------------
    def _recipients(self, required: bool) -> list[str] | None:
        from kabar_desktop.mail.message import parse_addresses

        text = self.to.text().strip()
        if not text and not required:
            return []
        recipients, problems = parse_addresses(text)
        if problems:
            from kabar_desktop.gui.mail.smtp_settings import sentence

            self.problem.setText("\n".join(sentence(p) for p in problems))
            self.problem.show()
            self.to.setFocus()
            return None
        return recipients

    def _message(self, recipients: list[str], sender: str) -> EmailMessage | None:
        from kabar_desktop.services.mailing import office_message

        try:
            message, warning = office_message(
                self.w.session.draft,
                self.w.settings,
                to=recipients,
                sender=sender,
                include_html=self.html.isChecked(),
                include_photos=self.photos.isChecked(),
            )
        except DraftError:  # the facts were checked; shown again if something changed
            self.reject()
            self.w.files.ready_article()
            return None
        if warning:
            self.w.say(warning)
        return message

    def _remember(self) -> None:
        self.w.settings.mail_to = self.to.text().strip()
        with contextlib.suppress(OSError):  # a read-only profile folder must not stop work
            save_settings(self.w.settings)

    def _unsent_message(self) -> EmailMessage | None:
        """The message for the user's mail program (no account needed), or None."""
        recipients = self._recipients(required=False)
        if recipients is None:
            return None
        account = self.w.settings.smtp
        return self._message(recipients, account.from_address.strip() if account.is_set else "")

    def _write(self, message: EmailMessage, path: Path) -> bool:
        """Write the ``.eml``; a message box says why when it cannot be written."""
        from kabar_desktop.mail.message import write_eml

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_eml(message, path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                _("Cannot make the message"),
                _("Kabar cannot write {file}: {reason}").format(
                    file=path, reason=exc.strerror or exc
                ),
            )
            return False
        self._remember()
        self.accept()
        return True

    def save_as(self) -> None:
        """Save the unsent ``.eml`` where the user chooses (Documents by default)."""
        from kabar_desktop.mail.message import eml_name

        message = self._unsent_message()
        if message is None:
            return
        default = documents_folder() / eml_name(message)
        name, _chosen = QFileDialog.getSaveFileName(
            self, _("Save the Message"), str(default), _("Email message (*.eml)")
        )
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".eml":
            path = path.with_name(path.name + ".eml")
        if self._write(message, path):
            self.w.say(_("Saved {file}").format(file=path))

    def open_in_mail_program(self) -> None:
        """Write the message as an unsent ``.eml`` and let the system open it."""
        from kabar_desktop.mail.message import eml_name

        message = self._unsent_message()
        if message is None:
            return
        path = eml_folder() / eml_name(message)
        if not self._write(message, path):
            return
        if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.w.say(_("The message is open in your mail program: {file}").format(file=path))
        else:
            QMessageBox.information(
                self.w.widget,
                _("Send by Email"),
                _(
                    "No mail program opened the message. It is saved as {file}: open it with "
                    "your mail program, or attach the exported DOCX to a new message."
                ).format(file=path),
            )

    def send(self) -> None:
        """Put the message in the outbox and start sending it (in the background)."""
        from kabar_desktop.gui.mail.worker import mail_sender
        from kabar_desktop.mail.outbox import OutboxError
        from kabar_desktop.services.mailing import queue_message

        recipients = self._recipients(required=True)
        if recipients is None:
            return
        message = self._message(recipients, self.w.settings.smtp.from_address.strip())
        if message is None:
            return
        try:
            queue_message(message, self.w.session.draft_id)
        except OutboxError as exc:
            QMessageBox.warning(self, _("Send by Email"), exc.message(_))
            return
        self._remember()
        self.accept()
        self.w.say(_("Sending to {addresses}…").format(addresses=", ".join(recipients)), 0)
        mail_sender(self.w).send(interactive=True)
