"""The form stops a draft at the limits a draft file is read within (issue 12 #7): an Add
button at its list's limit is disabled and says why, a 5 MB paste keeps its first 100,000
characters, and nothing the window saves is refused when it is opened again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form import FormPanel
from kabar_desktop.gui.form.limits import DRAFT_BYTES, FIELD_CHARS, draft_bytes
from kabar_desktop.model.draft import Draft, Paragraph, Person, Speaker, Statement
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.model.draft_json import MAX_JSON_BYTES
from kabar_desktop.model.parse import LIMITS


@pytest.fixture
def form(qtbot):
    """A form in a main window of its own: its status bar shows what the form says."""
    session = DraftSession(Draft())
    window = QMainWindow()
    panel = FormPanel(session)
    window.setCentralWidget(panel)
    window.statusBar()  # made now: a main window without one drops what it is told
    window.resize(700, 700)
    qtbot.addWidget(window)
    window.show()
    return session, panel, window


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_add_speaker_stops_at_100_and_says_why(form, qtbot):
    session, panel, window = form
    session.load(Draft(speakers=[Speaker(name=f"Orang {i}") for i in range(99)]))
    panel.tabs.setCurrentIndex(1)
    pane = panel.speakers
    add = pane.list.add_buttons[0]
    own_tip = add.toolTip()
    click(qtbot, add)  # the 100th
    assert len(session.draft.speakers) == LIMITS["speakers"] == 100
    assert not add.isEnabled()
    assert add.toolTip() == "Paling banyak 100 pembicara dalam satu berita"
    assert add.accessibleDescription() == add.toolTip()

    pane.list.list.setFocus()
    qtbot.keyClick(pane.list.list, Qt.Key.Key_Insert)  # the keyboard's way in is shut too
    assert len(session.draft.speakers) == 100
    assert window.statusBar().currentMessage() == add.toolTip()

    pane.list.select(3)
    click(qtbot, pane.list.remove_button)
    assert len(session.draft.speakers) == 99
    assert add.isEnabled() and add.toolTip() == own_tip
    session.undo_stack.undo()  # the removed speaker comes back: full again
    assert len(session.draft.speakers) == 100 and not add.isEnabled()


def test_add_statement_stops_at_200_for_both_kinds(form, qtbot):
    session, panel, _window = form
    speaker = Speaker(name="Dian", statements=[Statement("quote", f"Kata {i}") for i in range(199)])
    session.load(Draft(speakers=[speaker]))
    panel.tabs.setCurrentIndex(1)
    editor = panel.speakers.statements
    quote, paraphrase = editor.list.add_buttons
    click(qtbot, paraphrase)
    assert len(session.draft.speakers[0].statements) == 200
    for button in (quote, paraphrase):
        assert not button.isEnabled()
        assert button.toolTip() == "Paling banyak 200 pernyataan untuk satu pembicara"
    editor.list.select(0)
    click(qtbot, editor.list.remove_button)
    assert quote.isEnabled() and paraphrase.isEnabled()


def test_add_companion_stops_at_200(form, qtbot):
    session, panel, _window = form
    session.load(Draft(companions=[Person(name=f"P{i}") for i in range(199)]))
    editor = panel.facts.people["companions"]
    click(qtbot, editor.add_button)
    assert len(session.draft.companions) == 200
    assert not editor.add_button.isEnabled()
    assert editor.add_button.toolTip() == "Paling banyak 200 pendamping dalam satu berita"
    click(qtbot, editor.people_rows[0].remove_button)
    assert editor.add_button.isEnabled()
    assert panel.facts.people["attendees"].add_button.isEnabled()  # each list its own


def test_paragraphs_and_photos_stop_at_their_limits(form, qtbot, monkeypatch):
    """500 paragraph boxes take seconds to build: the same code is driven at a small limit."""
    session, panel, window = form
    monkeypatch.setitem(LIMITS, "paragraphs", 3)
    monkeypatch.setitem(LIMITS, "photos", 0)
    session.load(Draft(paragraphs=[Paragraph("Satu."), Paragraph("Dua.")]))
    body = panel.body
    click(qtbot, body.add_button)
    assert len(session.draft.paragraphs) == 3
    assert not body.add_button.isEnabled()
    assert body.add_button.toolTip() == "Paling banyak 3 paragraf dalam satu berita"
    click(qtbot, body.boxes[0].remove_button)
    assert body.add_button.isEnabled()
    photos = panel.photos
    assert not photos.add_button.isEnabled()
    assert photos.add_button.toolTip() == "Paling banyak 0 foto dalam satu berita"
    assert photos.add_photo_files(["/nonexistent/foto.jpg"]) == 0  # a drop is refused too
    assert window.statusBar().currentMessage() == photos.add_button.toolTip()


def test_a_5_mb_paste_keeps_the_first_100000_characters(form, qtbot):
    session, panel, window = form
    session.load(Draft(paragraphs=[Paragraph("Awal. ")]))
    box = panel.body.boxes[0].text
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    pasted = "".join(f"kata{i} " for i in range(700_000))[: 5 * 1024 * 1024]
    QGuiApplication.clipboard().setText(pasted)
    box.paste()
    text = session.draft.paragraphs[0].text
    assert len(text) == FIELD_CHARS
    assert text == ("Awal. " + pasted)[:FIELD_CHARS]  # what was typed stays, in order
    assert box.toPlainText() == text
    assert "100000 karakter" in window.statusBar().currentMessage()
    qtbot.keyClicks(box, "lagi")  # a full field takes no more typing
    assert session.draft.paragraphs[0].text == text
    qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "!")
    assert session.draft.paragraphs[0].text == text[:-1] + "!"
    title = panel.facts.field_widget("title", None, [])
    title.setFocus()
    QGuiApplication.clipboard().setText(pasted)
    title.paste()
    assert len(session.draft.title) == FIELD_CHARS  # one line holds as much, not Qt's 32,767


def test_a_draft_grown_to_the_limit_is_saved_and_opens_again(form, qtbot, tmp_path):
    """100 speakers of 200 empty statements would be 2.4 MB of JSON, past what a file may
    hold: the form stops the draft short of it, whatever grows it."""
    session, panel, window = form
    words = "Kata yang cukup panjang untuk mengisi draf. " * 1_000  # 44 KB
    paragraphs = [Paragraph(words) for _ in range(DRAFT_BYTES // len(words))]
    session.load(Draft(speakers=[Speaker(name="Dian")], paragraphs=paragraphs))
    box = panel.body.boxes[0].text
    box.setFocus()
    box.moveCursor(box.textCursor().MoveOperation.End)
    QGuiApplication.clipboard().setText(words)
    box.paste()  # room for part of it only
    assert DRAFT_BYTES - 50 < draft_bytes(session.draft) <= DRAFT_BYTES
    assert session.draft.paragraphs[0].text.startswith(words)
    assert "Draf penuh" in window.statusBar().currentMessage()

    panel.tabs.setCurrentIndex(1)
    statements = panel.speakers.statements
    count = len(session.draft.speakers[0].statements)
    click(qtbot, statements.list.add_buttons[0])  # no room for another entry either
    assert len(session.draft.speakers[0].statements) == count
    for path in (tmp_path / "penuh.kabar", tmp_path / "penuh.json"):
        write_draft(session.draft, path)  # as the window saves
        again = read_draft(path)
        assert again.paragraphs[0].text == session.draft.paragraphs[0].text
    assert draft_bytes(session.draft) < MAX_JSON_BYTES


def test_typing_in_a_large_draft_does_not_serialize_it_at_every_key(form, qtbot):
    """Each insertion asks how much room the draft has left: on a 1.5 MB draft, serializing
    it for that took ~13 ms a key. The size typing changed is added up instead; the whole
    draft is measured again only after what typing cannot tell (here an undo)."""
    session, panel, window = form
    words = "Kata yang cukup panjang untuk mengisi draf. " * 1_000  # 44 KB
    session.load(Draft(title="Rapat", paragraphs=[Paragraph(words) for _ in range(35)]))
    assert 1_400_000 < draft_bytes(session.draft) < DRAFT_BYTES - 64 * 1024
    title = panel.facts.field_widget("title", None, [])
    title.setFocus()
    title.end(False)
    qtbot.keyClick(title, Qt.Key.Key_Space)
    measured = session.size.measured  # the first key after loading measures the draft
    qtbot.keyClicks(title, 'Kerja "Humas" \\ Kanwil x')
    qtbot.keyClick(title, Qt.Key.Key_Backspace)
    assert session.draft.title == 'Rapat Kerja "Humas" \\ Kanwil '
    assert session.size.measured == measured  # not once more for those 25 keys
    assert session.size.of(session.draft) == draft_bytes(session.draft)  # and still exact

    session.undo_stack.undo()  # the typing goes: the size is measured again at the next key
    qtbot.keyClick(title, Qt.Key.Key_A)
    assert session.size.measured == measured + 1
    assert session.size.of(session.draft) == draft_bytes(session.draft)


def test_the_window_saves_no_file_it_would_refuse_to_open(qtbot, window, tmp_path, monkeypatch):
    """A draft the store kept from before these limits (101 speakers): Save As says why and
    writes nothing; once one speaker goes, the saved file opens again."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    path = tmp_path / "banyak.kabar"
    warnings: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "Kabar draft (*.kabar)")
    )
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    draft = window.session.draft
    draft.speakers += [Speaker(name=f"Orang {i}") for i in range(101 - len(draft.speakers))]
    window.session.load(draft, modified=True)
    assert not window.files.save_as()
    assert not path.exists()
    assert warnings and "banyak.kabar" in warnings[0] and "100" in warnings[0]
    window.form.tabs.setCurrentIndex(1)
    pane = window.form.speakers
    assert not pane.list.add_buttons[0].isEnabled()  # past the limit: no Add either
    pane.list.select(100)
    click(qtbot, pane.list.remove_button)
    assert window.files.save_as()
    assert len(read_draft(path).speakers) == 100


def test_fit_takes_back_only_what_was_just_added():
    from kabar_desktop.gui.form.limits import fit, json_bytes

    known = "awal akhir"
    text = "awal TEMPEL akhir"  # "TEMPEL " pasted at 5, the cursor after it
    assert fit(known, text, 12, cap=100, room=None) == 0
    assert fit(known, text, 12, cap=12, room=None) == 5  # "awal TE" + "akhir": 12 characters
    assert fit(known, text, 12, cap=100, room=3) == 4  # 3 bytes more: "TEM"
    assert fit(known, text, 12, cap=100, room=-10) == 7  # a draft over its size: all of it
    assert fit(known, text, 3, cap=5, room=None) == 0  # the cursor is not after the paste
    assert fit(text, known, 5, cap=5, room=-10) == 0  # deleting is always allowed
    quotes = 'a"' * 10  # each '"' takes 2 bytes in JSON: the room counts bytes, not characters
    k = fit("", quotes, len(quotes), cap=100, room=7)
    kept = quotes[: len(quotes) - k]
    assert kept == 'a"a"a'  # 1 + 2 + 1 + 2 + 1 = 7 bytes
    assert json_bytes(kept) - json_bytes("") == 7
