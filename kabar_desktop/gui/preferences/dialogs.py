"""The preferences dialog and the first start's profile dialog, around the role's pages.

``PreferencesDialog`` gathers the pages of the other roles: the office profile
(``profile_page``), the interface language, Sync (``sync.settings_page``) and Email
(``mail.smtp_settings``); it edits a copy of the settings, which the window takes on OK.
"""

from __future__ import annotations

import copy
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kabar_desktop.gui.preferences.office_role import OfficeRolePage
from kabar_desktop.gui.preferences.profile_page import PROBLEM_STYLE, ProfileForm, note
from kabar_desktop.gui.sync.settings_page import add_sync_page
from kabar_desktop.i18n import LANGUAGES, _
from kabar_desktop.settings import OfficeProfile, Settings

if TYPE_CHECKING:
    from kabar_desktop.gui.mail.smtp_settings import SmtpPage
    from kabar_desktop.settings import SmtpAccount


class _FormDialog(QDialog):
    """A dialog around a ``ProfileForm``: OK waits for an office name and a city."""

    require_profile = True
    form: ProfileForm  # made by each dialog's __init__

    def _add_buttons(self, layout: QVBoxLayout) -> None:
        self.hint = note(self, _("Fill in the office name and the city to continue."))
        ok, cancel = QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel
        self.buttons = QDialogButtonBox(ok | cancel, self)
        self.ok_button = self.buttons.button(ok)
        self.cancel_button = self.buttons.button(cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.form.validity_changed.connect(self._valid)
        self._valid(self.form.is_valid())

    def _fit_screen(self) -> None:
        """Open wide enough for the live examples (Qt's own first size stops at two thirds
        of the screen and cuts them), never wider than the screen; typing never widens it."""
        from PySide6.QtGui import QGuiApplication

        width = self.sizeHint().width()
        # Not self.screen() of a dialog not yet shown: with it, a later widget crashed in
        # QScreen::virtualSiblings (a dangling screen) after many windows in one process.
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            width = min(width, int(screen.availableGeometry().width() * 0.9))
        self.resize(max(width, self.minimumSizeHint().width()), self.sizeHint().height())

    def _valid(self, valid: bool) -> None:
        blocked = self.require_profile and not valid
        self.ok_button.setEnabled(not blocked)
        self.hint.setVisible(blocked)


class ProfileDialog(_FormDialog):
    """Asks for the office profile; on the first start it welcomes the user first."""

    def __init__(
        self, profile: OfficeProfile, parent: QWidget | None = None, first_start: bool = False
    ):
        super().__init__(parent)
        self.setWindowTitle(_("Office profile"))
        self.setObjectName("profile-dialog")
        layout = QVBoxLayout(self)
        if first_start:
            title = _("Welcome to Kabar!")
            text = _(
                "These details fill in every new article: your office, the dateline "
                "and the writer's credit. You can change them later under Preferences."
            )
            welcome = QLabel(f"<h3>{title}</h3><p>{text}</p>", self)
            welcome.setWordWrap(True)
            welcome.setObjectName("welcome")
            welcome.setContentsMargins(0, 0, 0, 8)  # apart from the "Office" heading
            layout.addWidget(welcome)
        self.form = ProfileForm(profile, self)
        form_layout = self.form.layout()
        assert form_layout is not None  # ProfileForm lays itself out
        form_layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        self._add_buttons(layout)
        if first_start:
            self.ok_button.setText(_("Save and start"))
            self.cancel_button.setText(_("Later"))
        self.form.office.setFocus()
        self._fit_screen()

    def profile(self) -> OfficeProfile:
        return self.form.profile()


class PreferencesDialog(_FormDialog):
    """The office profile and the interface language, edited on a copy of the settings."""

    def __init__(self, settings: Settings, parent: QWidget | None = None):
        super().__init__(parent)
        self._settings = settings
        self.require_profile = settings.profile.is_set  # never blank out a filled profile
        self.setWindowTitle(_("Preferences"))
        self.setObjectName("preferences-dialog")
        self.tabs = QTabWidget(self)
        self.form = ProfileForm(settings.profile, self.tabs)
        self.tabs.addTab(self.form, _("Office profile"))
        self.tabs.addTab(self._language_tab(settings.language), _("Interface language"))
        self.role_page = OfficeRolePage(settings.profile, self.tabs)
        self.tabs.addTab(self.role_page, _("Office role"))
        self.sync_page = add_sync_page(self, self.tabs, settings.sync)
        self._layout = layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._add_buttons(layout)
        self.smtp_page = self._add_smtp_page(settings.smtp)
        self._fit_screen()

    def _add_smtp_page(self, account: SmtpAccount) -> SmtpPage:
        """The email account's tab: OK held while the account is wrong, the password kept
        when the dialog is accepted."""
        from kabar_desktop.gui.mail.smtp_settings import SmtpPage

        page = SmtpPage(account, self.tabs)
        self.tabs.addTab(page, _("Email (SMTP)"))
        hint = QLabel(_("Correct the email account (Email tab) to save."), self)
        hint.setObjectName("smtp-hint")
        hint.setStyleSheet(PROBLEM_STYLE)
        self._layout.insertWidget(self._layout.indexOf(self.buttons), hint)

        def update_ok() -> None:
            self._valid(self.form.is_valid())  # the profile's own rule first
            hint.setVisible(not page.is_valid())
            if not page.is_valid():
                self.ok_button.setEnabled(False)

        page.validity_changed.connect(update_ok)
        self.form.validity_changed.connect(update_ok)
        self.accepted.connect(page.keep_password)
        update_ok()
        return page

    def _language_tab(self, current: str) -> QWidget:
        page = QWidget(self.tabs)
        column = QVBoxLayout(page)
        title = QLabel(_("Language of menus, buttons and messages:"), page)
        column.addWidget(title)
        self.language_buttons: dict[str, QRadioButton] = {}
        group = QButtonGroup(page)
        for code, name in LANGUAGES.items():
            radio = QRadioButton(name, page)  # each language in its own words
            radio.setObjectName(f"language-{code}")
            radio.setAccessibleName(name)
            radio.setChecked(code == current)
            group.addButton(radio)
            column.addWidget(radio)
            self.language_buttons[code] = radio
        title.setBuddy(next(iter(self.language_buttons.values())))
        column.addWidget(note(page, _("The article itself is always written in Indonesian.")))
        column.addStretch(1)
        return page

    def language(self) -> str:
        chosen = (code for code, radio in self.language_buttons.items() if radio.isChecked())
        return next(chosen, self._settings.language)

    def settings(self) -> Settings:
        """A copy of the settings with this dialog's edits."""
        edited = copy.deepcopy(self._settings)
        edited.profile = self.role_page.apply(self.form.profile())
        edited.language = self.language()
        edited.smtp = self.smtp_page.account()
        edited.sync = self.sync_page.value()
        return edited
