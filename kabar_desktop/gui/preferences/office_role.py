"""The office's role (docs/desk.md): a UPT that sends to its Kanwil, or the Kanwil that reviews.

A UPT names its Kanwil; a Kanwil gives its own name (on the month's report) and lists its
UPTs, one per line, each as that UPT's own profile names it (the name its drafts carry).
A Kanwil's window opens on the desk; ``kabar report`` needs this role too.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from kabar_desktop.gui.preferences.profile_page import note
from kabar_desktop.i18n import _
from kabar_desktop.settings import OfficeProfile


def office_lines(text: str) -> list[str]:
    """The offices typed one per line: blank lines and repeats dropped, the order kept."""
    names = (" ".join(line.split()) for line in text.splitlines())
    return list(dict.fromkeys(name for name in names if name))


class OfficeRolePage(QWidget):
    """Preferences ▸ Office role: UPT or Kanwil, the Kanwil's name, the Kanwil's UPTs."""

    def __init__(self, profile: OfficeProfile, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("office-role-page")
        self.upt = QRadioButton(_("A &UPT: it writes articles and sends them to its Kanwil"), self)
        self.kanwil = QRadioButton(
            _("The &Kanwil: it reviews its UPTs' articles on the desk and reports the month"),
            self,
        )
        group = QButtonGroup(self)
        for radio, name in ((self.upt, _("Role: UPT")), (self.kanwil, _("Role: Kanwil"))):
            group.addButton(radio)
            radio.setAccessibleName(name)
        (self.kanwil if profile.is_kanwil else self.upt).setChecked(True)
        self.kanwil_name = QLineEdit(profile.kanwil_name, self)
        self.kanwil_name.setObjectName("kanwil-name")
        self.kanwil_name.setClearButtonEnabled(True)
        self.kanwil_name.setPlaceholderText(_("e.g. Kanwil Kemenkumham NTT"))
        self.kanwil_label = QLabel(self)
        self.kanwil_label.setBuddy(self.kanwil_name)
        self.offices = QPlainTextEdit("\n".join(profile.offices), self)
        self.offices.setObjectName("kanwil-offices")
        self.offices.setAccessibleName(_("The Kanwil's UPTs, one per line"))
        self.offices.setTabChangesFocus(True)
        self.offices.setPlaceholderText("Lapas Kelas IIA Kupang\nRutan Kelas IIB Soe\n…")
        self.offices_label = QLabel(_("Its &UPTs, one per line:"), self)
        self.offices_label.setBuddy(self.offices)
        self.offices_note = note(
            self,
            _(
                "Write each office's name as its own office profile writes it: that name "
                "travels with its drafts. The desk lists who sent nothing today from here."
            ),
        )

        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        grid.addWidget(QLabel(_("This office is:"), self), 0, 0, 1, 2)
        grid.addWidget(self.upt, 1, 0, 1, 2)
        grid.addWidget(self.kanwil, 2, 0, 1, 2)
        grid.addWidget(self.kanwil_label, 3, 0)
        grid.addWidget(self.kanwil_name, 3, 1)
        grid.addWidget(self.offices_label, 4, 0, 1, 2)
        grid.addWidget(self.offices, 5, 0, 1, 2)
        grid.addWidget(self.offices_note, 6, 0, 1, 2)
        grid.setRowStretch(5, 1)
        self.kanwil.toggled.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        kanwil = self.kanwil.isChecked()
        text = _("The Kanwil's &name:") if kanwil else _("Your &Kanwil:")
        self.kanwil_label.setText(text)
        self.kanwil_name.setAccessibleName(text.replace("&", "").rstrip(":"))
        for widget in (self.offices, self.offices_label, self.offices_note):
            widget.setEnabled(kanwil)

    def apply(self, profile: OfficeProfile) -> OfficeProfile:
        """``profile`` with this page's role, Kanwil name and offices."""
        return replace(
            profile,
            role="kanwil" if self.kanwil.isChecked() else "upt",
            kanwil_name=" ".join(self.kanwil_name.text().split()),
            offices=office_lines(self.offices.toPlainText()),
        )
