"""Preferences ▸ Office role: a UPT or the Kanwil, the Kanwil's name, its UPTs; kept on OK."""

from __future__ import annotations

from PySide6.QtCore import Qt

from kabar_desktop.gui.preferences.dialogs import PreferencesDialog, ProfileDialog
from kabar_desktop.settings import OfficeProfile, Settings, load_settings, save_settings

FILLED = OfficeProfile(office_name="Kanwil Kemenkumham NTT", city="Kupang")


def test_a_kanwil_lists_its_upts_and_the_settings_keep_them(qtbot):
    dialog = PreferencesDialog(Settings(profile=FILLED))
    qtbot.addWidget(dialog)
    dialog.show()
    page = dialog.role_page
    assert page.upt.isChecked() and not page.offices.isEnabled()
    dialog.tabs.setCurrentWidget(page)
    qtbot.mouseClick(page.kanwil, Qt.MouseButton.LeftButton)
    assert page.offices.isEnabled()
    page.kanwil_name.setText("  Kanwil   Kemenkumham NTT ")
    page.offices.setPlainText("Lapas Kupang\n\n  Rutan Soe \nLapas Kupang\nRudenim Kupang\n")
    edited = dialog.settings()
    assert edited.profile.role == "kanwil" and edited.profile.is_kanwil
    assert edited.profile.kanwil_name == "Kanwil Kemenkumham NTT"
    assert edited.profile.offices == ["Lapas Kupang", "Rutan Soe", "Rudenim Kupang"]
    assert edited.profile.office_name == "Kanwil Kemenkumham NTT"  # the profile tab's own
    save_settings(edited)
    assert load_settings().profile.offices == ["Lapas Kupang", "Rutan Soe", "Rudenim Kupang"]


def test_a_upt_names_its_kanwil(qtbot):
    kanwil = OfficeProfile(office_name="Rutan Soe", city="Soe", role="kanwil", offices=["A"])
    dialog = PreferencesDialog(Settings(profile=kanwil))
    qtbot.addWidget(dialog)
    page = dialog.role_page
    assert page.kanwil.isChecked() and page.offices.toPlainText() == "A"
    page.upt.setChecked(True)
    assert page.kanwil_label.text().replace("&", "") != ""
    assert not page.offices.isEnabled()
    page.kanwil_name.setText("Kanwil Kemenkumham NTT")
    profile = dialog.settings().profile
    assert (profile.role, profile.kanwil_name) == ("upt", "Kanwil Kemenkumham NTT")


def test_the_profile_tab_and_the_first_start_keep_the_role(qtbot):
    profile = OfficeProfile(
        office_name="Kanwil NTT", city="Kupang", role="kanwil", offices=["Lapas Kupang"]
    )
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    dialog.form.city.setText("Kota Kupang")
    kept = dialog.profile()
    assert (kept.city, kept.role, kept.offices) == ("Kota Kupang", "kanwil", ["Lapas Kupang"])


def test_every_input_of_the_role_page_has_a_name(qtbot):
    dialog = PreferencesDialog(Settings(profile=FILLED))
    qtbot.addWidget(dialog)
    page = dialog.role_page
    for widget in (page.upt, page.kanwil, page.kanwil_name, page.offices):
        assert widget.accessibleName()
