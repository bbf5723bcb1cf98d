"""Preferensi keeps its size as one types; "Tanpa logo" stays clear of "Pilih logo…" (#12)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from kabar_desktop.gui.preferences.dialogs import PreferencesDialog
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")
LONG = " Kantor Wilayah Kementerian Hukum dan Hak Asasi Manusia Nusa Tenggara Timur"


def test_typing_does_not_widen_the_dialog(qtbot):
    dialog = PreferencesDialog(Settings(profile=PROFILE))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    width = dialog.width()
    form = dialog.form
    for field in (form.office, form.city, form.tag, form.photo_credit):
        field.setFocus()
        field.end(False)
        qtbot.keyClicks(field, LONG)
        qtbot.wait(10)
        assert dialog.width() == width, field.objectName()
    assert LONG.strip() in form.caption_example.toolTip()  # the whole example, on demand


def test_no_logo_stays_clear_of_choose_logo(qtbot):
    app = QApplication.instance()
    old = app.font()
    big = QFont(old)
    big.setPointSizeF(old.pointSizeF() * 1.4)  # a larger system font (Windows at 125 %)
    app.setFont(big)
    try:
        dialog = PreferencesDialog(Settings(profile=PROFILE))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        form = dialog.form
        preview, choose = form.logo_preview, form.logo_choose
        assert preview.text() == "Tanpa logo"
        text_width = preview.fontMetrics().horizontalAdvance(preview.text())
        assert text_width <= preview.contentsRect().width()
        room = QRect(preview.geometry())
        assert not room.intersects(choose.geometry())
        assert choose.x() - room.right() >= 4
    finally:
        app.setFont(old)
