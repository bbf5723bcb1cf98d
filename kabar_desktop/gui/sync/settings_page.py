"""The "Sync" page of the preferences: where drafts go to meet the regional office.

A folder (a network drive, a USB disk, a folder a cloud client keeps in sync), chosen with a
folder dialog, or a WebDAV server (Nextcloud, ownCloud) with a user name. The password goes
into the system's keyring when a secure one exists (on OK); otherwise the page says Kabar
will ask at each sync, and it is written nowhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTabWidget,
    QWidget,
)

from kabar_desktop import credentials
from kabar_desktop.i18n import _
from kabar_desktop.settings import SyncSettings

NOTE_STYLE = "color: palette(placeholder-text);"
PAGE_NAME = "sync-page"  # the window's edit_preferences(PAGE_NAME) opens the dialog here


def _is_url(text: str) -> bool:
    return text.strip().startswith(("http://", "https://"))


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet(NOTE_STYLE)
    return label


def _line(text: str, placeholder: str, name: str, parent: QWidget) -> QLineEdit:
    field = QLineEdit(text, parent)
    field.setPlaceholderText(placeholder)
    field.setObjectName(name)
    field.setAccessibleName(placeholder)
    field.setClearButtonEnabled(True)
    return field


class SyncPage(QWidget):
    """The sync target's fields; ``value()`` gives the edited ``SyncSettings``."""

    def __init__(self, sync: SyncSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(PAGE_NAME)
        self.secure = credentials.secure_keyring_available()
        url = _is_url(sync.target)
        self.use_folder = QRadioButton(_("A f&older: a network drive, a USB disk, a cloud folder"))
        self.use_server = QRadioButton(_("A &WebDAV server (Nextcloud, ownCloud)"))
        self.use_folder.setObjectName("sync-use-folder")
        self.use_server.setObjectName("sync-use-server")
        group = QButtonGroup(self)
        group.addButton(self.use_folder)
        group.addButton(self.use_server)
        (self.use_server if url else self.use_folder).setChecked(True)
        self.folder = _line("" if url else sync.target, _("Folder"), "sync-folder", self)
        self.choose_folder = QPushButton(_("&Choose Folder…"), self)
        self.choose_folder.clicked.connect(self.pick_folder)
        self.url = _line(sync.target if url else "", _("https://…"), "sync-url", self)
        self.url.setAccessibleName(_("Server address"))
        self.user = _line(sync.user, _("User name"), "sync-user", self)
        self.password = _line("", _("Password"), "sync-password", self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = _line(sync.ca_file, _("optional"), "sync-ca-file", self)
        self.ca_file.setAccessibleName(_("Certificate authority file"))
        self.choose_ca = QPushButton(_("Choo&se…"), self)
        self.choose_ca.clicked.connect(self.pick_ca_file)
        self.automatic = QCheckBox(_("Sync auto&matically when the place can be reached"), self)
        self.automatic.setObjectName("sync-automatic")
        self.automatic.setChecked(sync.automatic)
        if self.secure:
            self.password_note = _note(
                _("Kept in the system's keyring; leave empty to keep the one stored."), self
            )
        else:
            self.password.hide()
            self.password_note = _note(
                _("This computer has no safe place for passwords: Kabar asks at each sync."), self
            )
        self._lay_out()
        self.use_folder.toggled.connect(self._enable)
        self._enable()

    def _lay_out(self) -> None:
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        head = QLabel(_("Where drafts are sent to, and the regional office's changes come from:"))
        head.setWordWrap(True)
        grid.addWidget(head, 0, 0, 1, 3)
        grid.addWidget(self.use_folder, 1, 0, 1, 3)
        folder = QHBoxLayout()
        folder.addWidget(self.folder, 1)
        folder.addWidget(self.choose_folder)
        grid.addLayout(folder, 2, 1, 1, 2)
        grid.addWidget(self.use_server, 3, 0, 1, 3)
        rows = (
            (_("&Address:"), self.url, None),
            (_("&User:"), self.user, None),
            (_("&Password:"), self.password, self.password_note),
            (_("CA &file:"), self.ca_file, self.choose_ca),
        )
        for n, (text, field, extra) in enumerate(rows, start=4):
            label = QLabel(text, self)
            label.setBuddy(field)
            grid.addWidget(label, n, 0)
            grid.addWidget(field, n, 1)
            if extra is not None:
                grid.addWidget(extra, n, 2)
        grid.addWidget(
            _note(_("Only for a server whose certificate an office authority signed."), self),
            8,
            1,
            1,
            2,
        )
        grid.addWidget(self.automatic, 9, 0, 1, 3)
        grid.setRowStretch(10, 1)

    def _enable(self) -> None:
        folder = self.use_folder.isChecked()
        self.folder.setEnabled(folder)
        self.choose_folder.setEnabled(folder)
        for field in (self.url, self.user, self.password, self.ca_file, self.choose_ca):
            field.setEnabled(not folder)

    def pick_folder(self) -> None:
        start = self.folder.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, _("Choose the sync folder"), start)
        if chosen:
            self.folder.setText(chosen)
            self.use_folder.setChecked(True)

    def pick_ca_file(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            _("Choose the certificate authority"),
            self.ca_file.text().strip() or str(Path.home()),
            _("Certificates (*.pem *.crt *.cer);;All files (*)"),
        )
        if chosen:
            self.ca_file.setText(chosen)

    def value(self) -> SyncSettings:
        if self.use_folder.isChecked():
            return SyncSettings(
                target=self.folder.text().strip(), automatic=self.automatic.isChecked()
            )
        return SyncSettings(
            target=self.url.text().strip(),
            user=self.user.text().strip(),
            ca_file=self.ca_file.text().strip(),
            automatic=self.automatic.isChecked(),
        )

    def keep_password(self) -> None:
        """On OK: a typed password goes into the secure keyring (never anywhere else)."""
        sync, password = self.value(), self.password.text()
        if self.secure and password and _is_url(sync.target) and sync.user:
            credentials.set_password(sync.service_key, sync.user, password)


def add_sync_page(dialog: QDialog, tabs: QTabWidget, sync: SyncSettings) -> SyncPage:
    """The Sync tab in the preferences; the password is kept when the dialog is accepted."""
    page = SyncPage(sync, tabs)
    tabs.addTab(page, _("Sync"))
    dialog.accepted.connect(page.keep_password)
    return page
