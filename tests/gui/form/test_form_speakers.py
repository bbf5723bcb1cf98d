"""The "Speakers" tab: adding, filling, ordering and removing speakers and what they said."""

from __future__ import annotations

import pytest
from conftest import DATA
from PySide6.QtCore import Qt

from kabar_desktop.compose import compose
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form import FormPanel
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft


@pytest.fixture
def empty(qtbot):
    session = DraftSession(Draft())
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 700)
    panel.show()
    panel.tabs.setCurrentIndex(1)
    return session, panel


@pytest.fixture
def sample(qtbot):
    session = DraftSession(read_draft(DATA / "sample.json"))
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 700)
    panel.show()
    panel.tabs.setCurrentIndex(1)
    return session, panel


def click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_speaker(qtbot, panel, name: str, position: str) -> None:
    pane = panel.speakers
    click(qtbot, pane.list.add_buttons[0])
    qtbot.keyClicks(pane.edits["name"], name)
    qtbot.keyClicks(pane.edits["position"], position)


def test_add_fill_move_remove_and_undo_speakers(empty, qtbot):
    session, panel = empty
    pane = panel.speakers
    assert pane.empty.isVisible() and not pane.details.isVisible()

    add_speaker(qtbot, panel, "Rakhmat Renaldy", "Kadiv Administrasi")
    add_speaker(qtbot, panel, "Dian Lenggu", "Kasubbag HRBTI")
    assert [s.name for s in session.draft.speakers] == ["Rakhmat Renaldy", "Dian Lenggu"]
    assert pane.list.texts() == [
        "Kadiv Administrasi, Rakhmat Renaldy",
        "Kasubbag HRBTI, Dian Lenggu",
    ]
    assert pane.list.current() == 1

    click(qtbot, pane.list.up_button)  # the second speaker goes first
    assert [s.name for s in session.draft.speakers] == ["Dian Lenggu", "Rakhmat Renaldy"]
    assert pane.list.texts()[0] == "Kasubbag HRBTI, Dian Lenggu"
    assert pane.list.current() == 0  # the selection follows the moved speaker
    assert pane.edits["name"].text() == "Dian Lenggu"

    click(qtbot, pane.list.remove_button)
    assert [s.name for s in session.draft.speakers] == ["Rakhmat Renaldy"]
    assert pane.list.texts() == ["Kadiv Administrasi, Rakhmat Renaldy"]
    assert pane.edits["name"].text() == "Rakhmat Renaldy"

    session.undo_stack.undo()
    assert pane.list.texts() == [
        "Kasubbag HRBTI, Dian Lenggu",
        "Kadiv Administrasi, Rakhmat Renaldy",
    ]
    assert session.undo_stack.undoText()  # every step has a label for the Edit menu


def test_list_keys_add_move_and_remove(empty, qtbot):
    session, panel = empty
    box = panel.speakers.list.list
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Insert)
    qtbot.keyClicks(panel.speakers.edits["name"], "A")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Insert)
    qtbot.keyClicks(panel.speakers.edits["name"], "B")
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [s.name for s in session.draft.speakers] == ["B", "A"]
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert [s.name for s in session.draft.speakers] == ["A"]


def test_the_fields_show_the_selected_speaker(sample, qtbot):
    session, panel = sample
    pane = panel.speakers
    pane.list.list.setCurrentRow(1)
    assert pane.edits["name"].text() == "Dian Lenggu"
    assert pane.part.currentData() == "narasumber"
    assert pane.role.currentText() == ""  # Kabar writes "narasumber" for a narasumber
    qtbot.keyClick(pane.edits["topic"], Qt.Key.Key_End)
    qtbot.keyClicks(pane.edits["topic"], " Pemerintah")
    assert session.draft.speakers[1].topic.endswith("Penyebaran Informasi Pemerintah")
    assert session.draft.speakers[0].topic == "Pelaksanaan Kehumasan secara umum"
    pane.role.setCurrentText("pemateri")
    assert session.draft.speakers[1].role == "pemateri"


def test_quotes_and_paraphrases_verbs_and_order(empty, qtbot):
    session, panel = empty
    add_speaker(qtbot, panel, "Dian Lenggu", "Kasubbag HRBTI")
    st = panel.speakers.statements
    assert st.empty.isVisible()

    click(qtbot, st.list.add_buttons[0])  # Add quote
    qtbot.keyClicks(st.text, "Humas adalah tim")
    assert st.verb.isVisibleTo(panel) and st.context.isVisibleTo(panel)
    st.verb.setCurrentIndex(st.verb.findData("tegas"))
    qtbot.keyClicks(st.context, "mengutip pesan Sekjen")
    click(qtbot, st.name_speaker)

    click(qtbot, st.list.add_buttons[1])  # Add paraphrase
    qtbot.keyClicks(st.text, "Dian menyarankan kolaborasi.")
    assert not st.verb.isVisibleTo(panel)  # a paraphrase has no verb

    speaker = session.draft.speakers[0]
    assert [(s.kind, s.text) for s in speaker.statements] == [
        ("quote", "Humas adalah tim"),
        ("paraphrase", "Dian menyarankan kolaborasi."),
    ]
    quote = speaker.statements[0]
    assert (quote.verb, quote.context, quote.name_speaker) == (
        "tegas",
        "mengutip pesan Sekjen",
        True,
    )
    assert st.list.texts()[0].endswith("“Humas adalah tim”")

    click(qtbot, st.list.up_button)  # the paraphrase goes first
    assert [s.kind for s in session.draft.speakers[0].statements] == ["paraphrase", "quote"]
    assert st.list.current() == 0
    assert st.text.toPlainText() == "Dian menyarankan kolaborasi."

    st.list.list.setCurrentRow(1)
    assert st.verb.currentText() == "tegas"
    st.verb.setCurrentIndex(0)  # (automatic): Kabar chooses
    assert session.draft.speakers[0].statements[1].verb is None
    article = compose(session.draft)
    closing = article.text_blocks()[-1].text
    assert "Lenggu mengutip pesan Sekjen" in closing and "tegas" not in closing


def test_the_kind_of_a_statement_can_be_changed(sample, qtbot):
    session, panel = sample
    st = panel.speakers.statements
    assert st.kind.currentData() == "paraphrase"
    st.kind.setCurrentIndex(st.kind.findData("quote"))
    assert session.draft.speakers[0].statements[0].kind == "quote"
    assert st.verb.isVisibleTo(panel)
    session.undo_stack.undo()
    assert session.draft.speakers[0].statements[0].kind == "paraphrase"
    assert st.kind.currentData() == "paraphrase"


def test_write_own_introduction_then_back(sample, qtbot):
    session, panel = sample
    pane = panel.speakers
    pane.list.list.setCurrentRow(1)
    intro = pane.intro
    composed = intro.composed.toPlainText()
    assert composed.startswith("Selanjutnya, narasumber kedua, Kasubbag HRBTI Kanwil NTT")
    click(qtbot, intro.write_button)
    assert session.draft.speakers[1].intro == composed
    intro.editor.clear()
    qtbot.keyClicks(intro.editor, "Dian Lenggu lalu memaparkan manajemen kehumasan.")
    assert session.draft.speakers[1].intro == "Dian Lenggu lalu memaparkan manajemen kehumasan."
    pane.list.list.setCurrentRow(0)
    assert not intro.own  # the first speaker still has Kabar's introduction
    pane.list.list.setCurrentRow(1)
    assert intro.editor.toPlainText() == "Dian Lenggu lalu memaparkan manajemen kehumasan."
    click(qtbot, intro.back_button)
    assert session.draft.speakers[1].intro is None
    assert intro.composed.toPlainText() == composed


def test_an_introduction_joined_to_a_paraphrase_is_shown_with_a_note(sample):
    _session, panel = sample
    intro = panel.speakers.intro
    assert intro.composed.toPlainText() == (
        "Renaldy membawakan materi tentang Pelaksanaan Kehumasan secara umum."
    )
    assert intro.note.isVisible()


def test_a_button_that_goes_grey_hands_the_keyboard_to_the_list(sample, qtbot):
    session, panel = sample
    pane = panel.speakers
    pane.list.list.setCurrentRow(1)
    pane.list.up_button.setFocus()
    qtbot.keyClick(pane.list.up_button, Qt.Key.Key_Space)  # the second speaker is now first
    assert session.draft.speakers[0].name == "Dian Lenggu"
    assert not pane.list.up_button.isEnabled()
    assert panel.focusWidget() is pane.list.list
