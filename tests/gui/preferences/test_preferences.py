"""The office profile dialog and the preferences, driven as a user would."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import jpeg_bytes, png_bytes
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QFileDialog, QLabel, QLineEdit, QRadioButton

from kabar_desktop.gui.preferences.dialogs import PreferencesDialog, ProfileDialog
from kabar_desktop.i18n import _
from kabar_desktop.settings import OfficeProfile, Settings

FILLED = OfficeProfile(
    office_name="Rudenim Kupang",
    city="Kupang",
    credit_initials="fka",
    pad_dates=False,
    credit_inline=True,
    dateline_tag="",
)


@pytest.fixture
def first_start(qtbot):
    dialog = ProfileDialog(OfficeProfile(), first_start=True)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_indonesian_by_default(first_start):
    assert first_start.windowTitle() == "Profil kantor"
    assert "Selamat datang di Kabar" in first_start.findChild(QLabel, "welcome").text()
    assert first_start.ok_button.text() == "Simpan dan mulai"
    assert first_start.cancel_button.text() == "Nanti saja"


def test_welcome_only_on_first_start(qtbot):
    dialog = ProfileDialog(FILLED)
    qtbot.addWidget(dialog)
    assert dialog.findChild(QLabel, "welcome") is None
    assert dialog.ok_button.text() != _("Save and start")


def test_ok_waits_for_office_name_and_city(first_start, qtbot):
    form = first_start.form
    assert not first_start.ok_button.isEnabled()
    assert first_start.hint.isVisible()
    qtbot.keyClicks(form.office, "Rudenim Kupang")
    assert not first_start.ok_button.isEnabled()
    qtbot.keyClicks(form.city, "Kupang")
    assert first_start.ok_button.isEnabled()
    assert not first_start.hint.isVisible()
    form.city.clear()
    assert not first_start.ok_button.isEnabled()


def test_filled_dialog_gives_back_the_profile(first_start, qtbot):
    form = first_start.form
    qtbot.keyClicks(form.office, "  Rudenim Kupang ")
    qtbot.keyClicks(form.city, "Kupang")
    qtbot.keyClicks(form.initials, "FKA")
    qtbot.mouseClick(first_start.ok_button, Qt.MouseButton.LeftButton)
    assert first_start.result() == ProfileDialog.DialogCode.Accepted
    profile = first_start.profile()
    assert (profile.office_name, profile.city, profile.credit) == (
        "Rudenim Kupang",
        "Kupang",
        "humas/fka",
    )
    draft = profile.new_draft()
    assert (draft.organizer, draft.dateline, draft.credit) == (
        "Rudenim Kupang",
        "Kupang",
        "humas/fka",
    )


def test_initials_show_the_credit_live(first_start, qtbot):
    form = first_start.form
    assert "(humas/…)" in form.credit_example.text()
    qtbot.keyClicks(form.initials, "fka")
    assert "(humas/fka)" in form.credit_example.text()
    assert form.inline_example.text().endswith(". (humas/fka)")
    assert form.own_line_example.text().endswith(".\n(humas/fka)")


def test_date_padding_example(first_start, qtbot):
    form = first_start.form
    assert "Rabu (4/9/2024)" in form.date_example.text()
    form.pad.click()
    assert "Rabu (04/09/2024)" in form.date_example.text()
    assert first_start.profile().pad_dates


def test_dateline_example_with_tag(first_start, qtbot):
    form = first_start.form
    qtbot.keyClicks(form.city, "Kupang")
    assert "Kupang - …" in form.dateline_example.text()
    qtbot.keyClicks(form.tag, "Humas_Rudenim")
    assert "Kupang, Humas_Rudenim - …" in form.dateline_example.text()
    assert first_start.profile().dateline_tag == "Humas_Rudenim"


def test_credit_placement(qtbot):
    dialog = ProfileDialog(FILLED)
    qtbot.addWidget(dialog)
    assert dialog.form.credit_inline.isChecked()
    qtbot.mouseClick(dialog.form.credit_own_line, Qt.MouseButton.LeftButton)
    assert dialog.profile().credit_inline is False
    assert dialog.profile().new_draft().style.credit_inline is False


def test_existing_profile_round_trips(qtbot):
    profile = OfficeProfile("Kantor Imigrasi Atambua", "Atambua", "abc", True, False, "Humas", "")
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    assert dialog.profile() == profile


# --- logo --------------------------------------------------------------------------------
def test_a_png_logo_is_kept_and_previewed(first_start, tmp_path, kabar_home):
    original = tmp_path / "logo.png"
    original.write_bytes(png_bytes(300, 120))
    form = first_start.form
    assert not form.logo_remove.isEnabled()
    assert form.set_logo(str(original))
    assert not form.logo_preview.pixmap().isNull()
    kept = Path(first_start.profile().logo_path)
    assert kept.read_bytes() == original.read_bytes()
    assert kabar_home in kept.parents  # Kabar's own copy: survives the original moving
    original.unlink()
    assert Path(first_start.profile().logo_path).exists()
    form.logo_remove.click()
    assert first_start.profile().logo_path == ""
    assert form.logo_preview.pixmap().isNull()


def test_choose_logo_button_opens_a_file_dialog(first_start, tmp_path, monkeypatch, qtbot):
    picture = tmp_path / "lambang.jpg"
    picture.write_bytes(jpeg_bytes(200, 200))
    asked = []

    def fake_open(parent, title, start, filters):
        asked.append(filters)
        return str(picture), filters

    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake_open)
    qtbot.mouseClick(first_start.form.logo_choose, Qt.MouseButton.LeftButton)
    assert asked and "*.png" in asked[0]
    assert first_start.profile().logo_path.endswith(".jpg")
    assert first_start.form.logo_remove.isEnabled()


def test_a_broken_logo_is_refused_with_a_plain_message(first_start, tmp_path):
    broken = tmp_path / "rusak.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n not really")
    form = first_start.form
    assert not form.set_logo(str(broken))
    assert "rusak.png" in form.logo_message.text()
    assert first_start.profile().logo_path == ""


def test_a_gif_logo_is_refused(first_start, tmp_path):
    from PIL import Image

    gif = tmp_path / "logo.gif"
    Image.new("RGB", (20, 20)).save(gif, "GIF")
    assert not first_start.form.set_logo(str(gif))
    assert "GIF" in first_start.form.logo_message.text()


def test_a_missing_saved_logo_is_reported(qtbot, tmp_path):
    profile = OfficeProfile("Rudenim Kupang", "Kupang", logo_path=str(tmp_path / "hilang.png"))
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    assert "hilang.png" in dialog.form.logo_message.text()
    assert dialog.form.logo_remove.isEnabled()  # the user can drop it


# --- accessibility -----------------------------------------------------------------------
def test_every_input_has_a_label_and_an_accessible_name(first_start):
    form = first_start.form
    buddies = {label.buddy() for label in form.findChildren(QLabel) if label.buddy()}
    for field in form.findChildren(QLineEdit):
        assert field in buddies, field.objectName()
        assert field.accessibleName(), field.objectName()
    for button in form.findChildren(QCheckBox) + form.findChildren(QRadioButton):
        assert button.accessibleName()


def test_tab_order_follows_the_form(first_start):
    form = first_start.form
    expected = [
        form.office,
        form.city,
        form.tag,
        form.initials,
        form.pad,
        form.credit_inline,
        form.credit_own_line,
        form.logo_choose,
        form.logo_remove,
    ]
    seen, widget = [], form.office
    for _step in range(200):
        if widget in expected and widget not in seen:
            seen.append(widget)
        widget = widget.nextInFocusChain()
    assert seen == expected


# --- preferences -------------------------------------------------------------------------
def test_preferences_edit_a_copy(qtbot):
    settings = Settings(language="id", profile=FILLED)
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert [dialog.tabs.tabText(i) for i in range(2)] == [
        _("Office profile"),
        _("Interface language"),
    ]
    dialog.form.city.clear()
    qtbot.keyClicks(dialog.form.city, "Atambua")
    qtbot.mouseClick(dialog.language_buttons["en"], Qt.MouseButton.LeftButton)
    edited = dialog.settings()
    assert (edited.language, edited.profile.city) == ("en", "Atambua")
    assert (settings.language, settings.profile.city) == ("id", "Kupang")


def test_language_choices_and_note(qtbot):
    dialog = PreferencesDialog(Settings(language="en"))
    qtbot.addWidget(dialog)
    assert {b.text() for b in dialog.language_buttons.values()} == {"Bahasa Indonesia", "English"}
    assert dialog.language_buttons["en"].isChecked()
    notes = [label.text() for label in dialog.findChildren(QLabel)]
    assert _("The article itself is always written in Indonesian.") in notes


def test_preferences_never_blank_a_filled_profile(qtbot):
    dialog = PreferencesDialog(Settings(profile=FILLED))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ok_button.isEnabled()
    dialog.form.office.clear()
    assert not dialog.ok_button.isEnabled()
    assert dialog.hint.isVisible()


def test_preferences_without_a_profile_still_switch_language(qtbot):
    """A user who skipped the first-start profile can still change the language."""
    dialog = PreferencesDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.ok_button.isEnabled()
    dialog.language_buttons["en"].click()
    assert dialog.settings().language == "en"


# --- dateline dash and photo credit ----------------------------------------------------------
def test_dash_and_photo_credit_reach_a_new_draft(qtbot):
    dialog = PreferencesDialog(Settings(profile=FILLED))
    qtbot.addWidget(dialog)
    dialog.show()
    form = dialog.form
    assert "Kupang - …" in form.dateline_example.text()
    form.dash.setCurrentIndex(form.dash.findData("–"))
    assert "Kupang – …" in form.dateline_example.text()

    assert form.photo_credit.placeholderText() == "Dok. Humas Rudenim Kupang"
    assert form.caption_example.text().endswith("(Dok. Humas Rudenim Kupang)")
    qtbot.keyClicks(form.photo_credit, "Dok. Humas Rudenim")
    qtbot.mouseClick(form.photo_brackets, Qt.MouseButton.LeftButton)
    assert form.caption_example.text().endswith("usai kegiatan. Dok. Humas Rudenim")

    style = dialog.settings().profile.new_draft().style
    assert (style.dateline_dash, style.photo_credit, style.photo_credit_brackets) == (
        "–",
        "Dok. Humas Rudenim",
        False,
    )


def test_the_office_profile_keeps_its_dash_and_photo_credit(qtbot):
    profile = OfficeProfile(
        "Lapas Tanjung", "Tanjung", dateline_dash="–", photo_credit="Dok. Lapas"
    )
    profile.photo_credit_brackets = False
    dialog = ProfileDialog(profile)
    qtbot.addWidget(dialog)
    assert dialog.profile() == profile
