"""The live preview: what the writer sees beside the form, as the export will read."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextDocument

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.editor.preview import PreviewPane
from kabar_desktop.model.draft import Paragraph, Photo, Speaker
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.photo_check import check_photo


def jpeg_bytes(width: int, height: int) -> bytes:
    """A real JPEG photo, made on the spot."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QColor

    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(30, 90, 160))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "JPEG", 85)
    return bytes(data.data())


@pytest.fixture
def sample(sample_path):
    return read_draft(sample_path)


@pytest.fixture
def pane(qtbot, sample):
    session = DraftSession(copy.deepcopy(sample))
    view = PreviewPane(session)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def with_photo(draft, width=1600, height=1000):
    data = jpeg_bytes(width, height)
    photo = Photo(file="foto.jpg", caption="Para peserta pelatihan kehumasan")
    assert check_photo(photo, data, "photos[0]") is None
    photo.data = data
    draft.photos.append(photo)
    return draft


def test_shows_the_composed_article(pane):
    text = pane.plain_text()
    assert "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan" in text
    assert "Kupang - Kepala Divisi Administrasi Kanwil Kemenkumham NTT, Rakhmat Renaldy" in text
    assert "(humas/fka)" in text


def test_follows_each_edit(qtbot, pane):
    session = pane._session
    session.edit(lambda d: setattr(d, "title", "Judul yang Baru Saja Diketik"))
    qtbot.waitUntil(lambda: "Judul yang Baru Saja Diketik" in pane.plain_text(), timeout=2000)
    session.edit(lambda d: setattr(d.speakers[0], "position", "Kepala Rudenim Kupang"))
    qtbot.waitUntil(
        lambda: "Kepala Rudenim Kupang, Rakhmat Renaldy" in pane.plain_text(), timeout=2000
    )


def test_a_burst_of_keystrokes_costs_one_refresh(qtbot, pane, monkeypatch):
    calls = []
    original = PreviewPane.setHtml

    def counting(self, html):
        calls.append(html)
        original(self, html)

    monkeypatch.setattr(PreviewPane, "setHtml", counting)
    session = pane._session
    for n in range(1, 21):
        session.edit(lambda d, n=n: setattr(d, "title", "Judul " + "x" * n))
    qtbot.waitUntil(lambda: "Judul " + "x" * 20 in pane.plain_text(), timeout=2000)
    qtbot.wait(60)
    assert len(calls) == 1


def test_missing_facts_show_as_placeholders(qtbot, pane):
    pane._session.apply(
        "Tambah pembicara", lambda d: d.speakers.insert(0, Speaker(name="", position=""))
    )
    qtbot.waitUntil(lambda: "[jabatan]" in pane.plain_text(), timeout=2000)
    # ...and stand out, so the writer sees what is still missing
    cursor = pane.document().find("[jabatan]")
    assert cursor.charFormat().background().color().name() == "#ffedd5"


def test_keeps_the_reading_position_across_a_refresh(qtbot, pane):
    bar = pane.verticalScrollBar()
    assert bar.maximum() > 300
    bar.setValue(300)
    pane._session.edit(lambda d: d.paragraphs.append(Paragraph("Paragraf penutup yang baru.")))
    qtbot.waitUntil(lambda: "Paragraf penutup yang baru." in pane.plain_text(), timeout=2000)
    assert bar.value() == 300


def test_photos_come_from_the_draft_scaled_to_the_pane(qtbot, sample):
    session = DraftSession(with_photo(copy.deepcopy(sample)))
    view = PreviewPane(session)
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show()
    qtbot.waitExposed(view)
    # the first render follows the first paint
    qtbot.waitUntil(lambda: "Para peserta pelatihan kehumasan" in view.plain_text(), timeout=2000)
    image = view.loadResource(int(QTextDocument.ResourceType.ImageResource), QUrl("kabar-photo:0"))
    assert isinstance(image, QImage) and not image.isNull()
    assert image.width() <= view.viewport().width()
    assert image.height() * 1600 == pytest.approx(image.width() * 1000, rel=0.01)
    assert "Para peserta pelatihan kehumasan" in view.plain_text()


def test_loads_nothing_from_outside(pane):
    kind = int(QTextDocument.ResourceType.ImageResource)
    assert pane.loadResource(kind, QUrl("https://example.com/a.jpg")) is None
    assert pane.loadResource(kind, QUrl("file:///etc/passwd")) is None
    assert pane.loadResource(kind, QUrl("kabar-photo:7")) is None
    assert not pane.openLinks() and not pane.openExternalLinks()


def test_screen_readers_can_name_it(pane):
    assert pane.accessibleName() == "Pratinjau berita"
    assert pane.accessibleDescription()
    assert pane.isReadOnly()


def test_form_and_preview_share_one_composition_per_change(qtbot, window, monkeypatch):
    import threading

    import kabar_desktop.compose as compose_module

    calls = []
    original = compose_module.compose

    def counting(draft, **kw):
        if threading.current_thread() is threading.main_thread():  # not the checker's own
            calls.append(1)
        return original(draft, **kw)

    monkeypatch.setattr(compose_module, "compose", counting)
    window.session.edit(lambda d: setattr(d, "title", "Judul Baru"))
    qtbot.waitUntil(lambda: "Judul Baru" in window.preview.plain_text(), timeout=2000)
    assert len(calls) == 1
