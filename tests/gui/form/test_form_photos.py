"""The "Photos" tab: photos are checked before they are added; captions, order, removal."""

from __future__ import annotations

import pytest
from conftest import jpeg_bytes, png_bytes
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from kabar_desktop.compose import compose
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form import FormPanel
from kabar_desktop.gui.form.photo_card import THUMB
from kabar_desktop.model.draft import Draft, Speaker


@pytest.fixture
def panel(qtbot):
    session = DraftSession(Draft(organizer="Rudenim Kupang"))
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 700)
    panel.show()
    panel.tabs.setCurrentIndex(3)
    return panel


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    return shown


def test_a_photo_is_added_captioned_and_shown(panel, qtbot, tmp_path, warnings):
    session = panel._session
    photo_file = tmp_path / "pembukaan.jpg"
    photo_file.write_bytes(jpeg_bytes(640, 427))
    assert panel.photos.add_photo_files([str(photo_file)]) == 1
    assert warnings == []
    photo = session.draft.photos[0]
    assert (photo.media_type, photo.width, photo.height) == ("image/jpeg", 640, 427)
    assert session.undo_stack.count() == 1

    card = panel.photos.cards[0]
    pixmap = card.thumb.pixmap()
    assert not pixmap.isNull()
    assert (pixmap.width(), pixmap.height()) == (THUMB, round(427 * THUMB / 640))
    assert card.name.text() == "pembukaan.jpg"
    assert card.credit.placeholderText() == "Dok. Humas Rudenim Kupang"

    qtbot.keyClicks(card.caption, "Peserta mengikuti pelatihan")
    assert session.draft.photos[0].caption == "Peserta mengikuti pelatihan"
    figure = compose(session.draft).figures()[0]
    assert figure.text == "Peserta mengikuti pelatihan (Dok. Humas Rudenim Kupang)"
    assert panel.photos.cards[0] is card  # typing does not rebuild the cards
    session.apply("speaker", lambda d: d.speakers.append(Speaker()))
    assert panel.photos.cards[0] is card  # nor does a change elsewhere
    session.undo_stack.undo()  # the draft is a copy now: the thumbnail comes from the cache
    assert panel.photos.cards[0].thumb.pixmap().cacheKey() == pixmap.cacheKey()


def test_a_file_that_is_not_a_photo_is_refused_with_a_message(panel, tmp_path, warnings):
    fake = tmp_path / "foto.jpg"
    fake.write_text("bukan foto", encoding="utf-8")
    assert panel.photos.add_photo_files([fake]) == 0
    assert panel._session.draft.photos == []
    assert panel.photos.cards == []
    assert len(warnings) == 1
    assert "foto.jpg" in warnings[0]
    assert "photos[0]" not in warnings[0]  # the field path is not for the writer's eyes


def test_good_photos_are_added_beside_a_refused_one(panel, tmp_path, warnings):
    good = tmp_path / "a.png"
    good.write_bytes(png_bytes())
    bad = tmp_path / "b.jpg"
    bad.write_bytes(jpeg_bytes()[:-500])  # cut short
    missing = tmp_path / "c.jpg"
    assert panel.photos.add_photo_files([good, bad, missing]) == 1
    # the opaque PNG is kept as Kabar's re-encoded JPEG copy
    assert [(p.file, p.media_type) for p in panel._session.draft.photos] == [
        ("a.jpg", "image/jpeg")
    ]
    assert len(warnings) == 1  # one message names both refused files
    assert "b.jpg" in warnings[0] and "c.jpg" in warnings[0]


def test_photos_reorder_and_removal_is_undoable(panel, qtbot, tmp_path, warnings):
    session = panel._session
    files = []
    for name, color in (("satu.jpg", (200, 0, 0)), ("dua.jpg", (0, 200, 0))):
        files.append(tmp_path / name)
        files[-1].write_bytes(jpeg_bytes(300, 200, color))
    panel.photos.add_photo_files(files)
    names = lambda: [c.name.text() for c in panel.photos.cards]  # noqa: E731
    assert names() == ["satu.jpg", "dua.jpg"]

    up, down = panel.photos.cards[0].move_buttons
    assert not up.isEnabled()
    qtbot.mouseClick(down, Qt.MouseButton.LeftButton)
    assert names() == ["dua.jpg", "satu.jpg"]
    assert [p.file.endswith(n) for p, n in zip(session.draft.photos, names(), strict=True)] == [
        True,
        True,
    ]
    qtbot.mouseClick(panel.photos.cards[0].remove_button, Qt.MouseButton.LeftButton)
    assert names() == ["satu.jpg"]
    session.undo_stack.undo()
    assert names() == ["dua.jpg", "satu.jpg"]
    assert panel.focus_field("photos[1].credit")
    assert panel.focusWidget() is panel.photos.cards[1].credit


def test_dropping_photo_files_adds_them(panel, tmp_path, warnings):
    photo_file = tmp_path / "drop.jpg"
    photo_file.write_bytes(jpeg_bytes())
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo_file))])
    actions, button = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton
    enter = QDragEnterEvent(QPoint(10, 10), actions, mime, button, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(panel.photos, enter)
    assert enter.isAccepted()  # the pane says it takes photo files
    event = QDropEvent(
        QPoint(10, 10).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(panel.photos, event)
    assert [c.name.text() for c in panel.photos.cards] == ["drop.jpg"]


def test_the_add_button_uses_the_file_dialog(panel, qtbot, tmp_path, monkeypatch, warnings):
    photo_file = tmp_path / "dialog.png"
    photo_file.write_bytes(png_bytes())
    asked = []

    def fake_dialog(parent, caption, folder, filters):
        asked.append(filters)
        return [str(photo_file)], filters

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", fake_dialog)
    qtbot.mouseClick(panel.photos.add_button, Qt.MouseButton.LeftButton)
    assert "*.jpg" in asked[0] and "*.png" in asked[0]
    assert [c.name.text() for c in panel.photos.cards] == ["dialog.jpg"]  # re-encoded copy
    assert panel.focusWidget() is panel.photos.cards[0].caption


def test_other_files_are_not_taken_by_drag_and_drop(panel, tmp_path):
    text_file = tmp_path / "catatan.txt"
    text_file.write_text("x", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(text_file))])
    enter = QDragEnterEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter.ignore()
    QApplication.sendEvent(panel.photos, enter)
    assert not enter.isAccepted()


def test_the_credit_hint_follows_the_offices_photo_credit(panel, tmp_path, warnings):
    session = panel._session
    photo_file = tmp_path / "apel.jpg"
    photo_file.write_bytes(jpeg_bytes(320, 200))
    panel.photos.add_photo_files([str(photo_file)])
    card = panel.photos.cards[0]
    session.edit(lambda d: setattr(d.style, "photo_credit", "Dok. Humas Lapas Tanjung"))
    assert card.credit.placeholderText() == "Dok. Humas Lapas Tanjung"
    session.edit(lambda d: setattr(d.style, "photo_credit", ""))
    assert card.credit.placeholderText() == "Dok. Humas Rudenim Kupang"
