"""Preferences ▸ Email (SMTP): the account the outbox sends through.

The password never goes into Kabar's settings: it is kept in the operating system's keyring,
and only when that keyring is a safe one (``credentials.secure_keyring_available``). Without
one, the page says so and Kabar asks for the password when it sends. The page checks the
account as the engine will (``account_problems``) and holds the dialog's OK until an account
that is filled in at all is filled in right; an empty page means "no account". The
preferences dialog (``preferences.dialogs``) adds the page and holds its OK.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop import credentials
from kabar_desktop.i18n import _
from kabar_desktop.model.problems import N_, Problem
from kabar_desktop.settings import SMTP_PORTS, SmtpAccount

PAGE_NAME = "smtp-page"  # the window's edit_preferences(PAGE_NAME) opens the dialog here
PROBLEM_STYLE = "color: #b3261e;"
NOTE_STYLE = "color: palette(placeholder-text);"


def _line(parent: QWidget, text: str, placeholder: str, name: str) -> QLineEdit:
    field = QLineEdit(text, parent)
    field.setPlaceholderText(placeholder)
    field.setObjectName(name)
    field.setClearButtonEnabled(True)
    return field


def sentence(problem: Problem) -> str:
    """A problem as a line of its own: no field path, a capital unless it starts with what the
    user typed (an address stays as typed)."""
    text = Problem("", problem.template, problem.params).message(_)
    return text if problem.template.startswith("{") else text[:1].upper() + text[1:]


class SmtpPage(QWidget):
    """Server, port, security, user, sender address, an optional CA file, and the password."""

    validity_changed = Signal(bool)

    def __init__(self, account: SmtpAccount, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self._secure = credentials.secure_keyring_available()
        self._valid: bool | None = None
        self.host = _line(self, account.host, _("e.g. mail.kanwil.go.id"), "smtp-host")
        self.security = QComboBox(self)
        self.security.setObjectName("smtp-security")
        self.security.addItem(_("STARTTLS (port 587)"), "starttls")
        self.security.addItem(_("SSL/TLS (port 465)"), "ssl")
        self.security.setCurrentIndex(max(self.security.findData(account.security), 0))
        self.port = _line(self, str(account.port), "587", "smtp-port")
        self.port.setMaximumWidth(90)
        self.user = _line(self, account.user, _("often the email address"), "smtp-user")
        self.from_address = _line(
            self, account.from_address, _("e.g. humas@rudenim-kupang.go.id"), "smtp-from"
        )
        self.ca_file = _line(self, account.ca_file, _("optional"), "smtp-ca")
        self.ca_choose = QPushButton(_("Choose…"), self)
        self.ca_choose.setObjectName("smtp-ca-choose")
        self.ca_choose.clicked.connect(self.choose_ca_file)
        self.password = QLineEdit(self)
        self.password.setObjectName("smtp-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(_("&Remember the password in this computer's keyring"), self)
        self.remember.setObjectName("smtp-remember")
        self.remember.setChecked(True)
        self.remember.setVisible(self._secure)
        self.password_note = QLabel(self)
        self.password_note.setWordWrap(True)
        self.password_note.setStyleSheet(NOTE_STYLE)
        self.problems = QLabel(self)
        self.problems.setObjectName("smtp-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(PROBLEM_STYLE)
        self._lay_out()
        if self._secure:
            self.password.setPlaceholderText(_("empty: keep the stored password"))
            self.password_note.setText(
                _("Kabar keeps the password in this computer's keyring, never in its files.")
            )
        else:
            self.password.setPlaceholderText(_("asked when sending"))
            self.password_note.setText(
                _(
                    "This computer has no safe keyring, so Kabar does not store the password: "
                    "it asks for it when it sends."
                )
            )
            self.password.setEnabled(False)
        self.security.currentIndexChanged.connect(self._security_changed)
        for field in (self.host, self.port, self.user, self.from_address, self.ca_file):
            field.textChanged.connect(self._edited)
        self._edited()

    def _lay_out(self) -> None:
        column = QVBoxLayout(self)
        form = QFormLayout()
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_choose)
        for text, field in (
            (_("Mail &server:"), self.host),
            (_("S&ecurity:"), self.security),
            (_("&Port:"), self.port),
            (_("&User name:"), self.user),
            (_("&From address:"), self.from_address),
            (_("Pass&word:"), self.password),
        ):
            form.addRow(text, field)
            field.setAccessibleName(text.replace("&", "").rstrip(":"))
        form.addRow("", self.remember)
        form.addRow("", self.password_note)
        ca_label = QLabel(_("Office &certificate (CA):"), self)
        ca_label.setBuddy(self.ca_file)
        form.addRow(ca_label, ca_row)
        self.ca_file.setAccessibleName(_("Office certificate (CA)"))
        column.addLayout(form)
        hint = QLabel(
            _(
                "Kabar sends only over an encrypted connection and checks the server's "
                "certificate. Leave the server empty to send from your own mail program only."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet(NOTE_STYLE)
        column.addWidget(hint)
        column.addWidget(self.problems)
        column.addStretch(1)

    # --- the account and its problems ------------------------------------------------------
    def account(self) -> SmtpAccount:
        text = self.port.text().strip()
        return SmtpAccount(
            host=self.host.text().strip(),
            port=int(text) if text.isdigit() else 0,
            security=self.security.currentData(),
            user=self.user.text().strip(),
            from_address=self.from_address.text().strip(),
            ca_file=self.ca_file.text().strip(),
        )

    def is_empty(self) -> bool:
        """Nothing filled in: no account, which is allowed (Send is then not offered)."""
        fields = (self.host, self.user, self.from_address, self.ca_file)
        return not any(f.text().strip() for f in fields)

    def problem_list(self) -> list[Problem]:
        from kabar_desktop.mail.smtp import account_problems

        if self.is_empty():
            return []
        account = self.account()
        problems = account_problems(account)
        if account.ca_file and not Path(account.ca_file).is_file():
            missing = N_("the certificate file {file} does not exist")
            problems.append(Problem("smtp.ca_file", missing, {"file": account.ca_file}))
        return problems

    def is_valid(self) -> bool:
        return not self.problem_list()

    def _edited(self) -> None:
        problems = self.problem_list()
        self.problems.setText("\n".join(f"• {sentence(p)}" for p in problems))
        self.problems.setVisible(bool(problems))
        valid = not problems
        if valid != self._valid:
            self._valid = valid
            self.validity_changed.emit(valid)

    def _security_changed(self) -> None:
        """The port follows the security while it is one of the usual two."""
        if self.port.text().strip() in {str(p) for p in SMTP_PORTS.values()} | {""}:
            self.port.setText(str(SMTP_PORTS[self.security.currentData()]))
        self._edited()

    def choose_ca_file(self) -> None:
        start = self.ca_file.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, _("Choose the office's certificate"), start, _("Certificates (*.pem *.crt)")
        )
        if path:
            self.ca_file.setText(path)

    def keep_password(self) -> None:
        """After OK: store the typed password (or forget it when "remember" is unticked)."""
        account = self.account()
        user = account.user
        if not (self._secure and user and account.host):
            return
        if not self.remember.isChecked():
            credentials.forget(account.service_key, user)
        elif self.password.text():
            credentials.set_password(account.service_key, user, self.password.text())
