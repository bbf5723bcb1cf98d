"""The form as a whole: going to a field, marking missing facts, labels, the closing tab."""

from __future__ import annotations

import pytest
from conftest import DATA
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form import FormPanel
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import N_, Problem


@pytest.fixture
def sample(qtbot):
    session = DraftSession(read_draft(DATA / "sample.json"))
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 700)
    panel.show()
    qtbot.waitExposed(panel)
    return session, panel


def test_focus_field_shows_the_speaker_and_statement(sample, qtbot):
    session, panel = sample
    assert panel.focus_field("speakers[1].statements[2].text")
    assert panel.tabs.currentIndex() == 1
    assert panel.speakers.list.current() == 1
    st = panel.speakers.statements
    assert st.list.current() == 2
    assert st.text.toPlainText() == session.draft.speakers[1].statements[2].text
    assert panel.focusWidget() is st.text

    assert panel.focus_field("speakers[0].statements[1].context")  # a quote's context
    assert panel.speakers.list.current() == 0 and st.list.current() == 1
    assert panel.focusWidget() is st.context


def test_focus_field_reaches_every_tab(sample):
    _session, panel = sample
    assert panel.focus_field("title")
    assert panel.tabs.currentIndex() == 0
    assert panel.focusWidget() is panel.facts.edits["title"]
    assert panel.focus_field("speakers[0].position")
    assert panel.focusWidget() is panel.speakers.edits["position"]
    assert panel.focus_field("paragraphs[0]")
    assert panel.tabs.currentIndex() == 2
    assert panel.focusWidget() is panel.body.boxes[0].text
    assert panel.focus_field("credit")
    assert panel.focusWidget() is panel.body.credit
    assert panel.focus_field("date")
    assert panel.focusWidget() is panel.facts.date
    assert panel.focus_field("lead")
    assert panel.focusWidget() is panel.facts.lead.composed
    assert panel.focus_field("speakers")
    assert panel.focusWidget() is panel.speakers.list.list


def test_focus_field_refuses_what_it_does_not_know(sample):
    _session, panel = sample
    for path in ("nonsense", "speakers[9].name", "photos[0].caption", "speakers[0].shoe", ""):
        assert not panel.focus_field(path), path


def test_missing_facts_are_marked_at_their_fields(qtbot):
    session = DraftSession(Draft())
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_problems(missing_facts(session.draft))
    title = panel.facts.rows["title"]
    assert "wajib diisi" in title.message.lower()
    assert title._message.isVisible()
    assert panel.facts.edits["title"].accessibleDescription() == title.message
    assert "title" not in title.message  # the field path is not shown
    assert panel.facts.rows["organizer"].message  # whose story this is
    assert not panel.speakers.list_row.message  # a story needs no speaker
    assert panel.body.credit_row.message
    assert not panel.facts.rows["venue"].message  # the venue is optional
    assert not panel.tabs.tabIcon(0).isNull()  # the tab says something is missing there
    assert panel.tabs.tabIcon(3).isNull()

    panel.show_problems([])
    assert not title.message and not title._message.isVisible()
    assert panel.tabs.tabIcon(0).isNull()


def test_typing_in_a_marked_field_clears_its_mark(qtbot):
    session = DraftSession(Draft())
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.show_problems(missing_facts(session.draft))
    qtbot.keyClicks(panel.facts.edits["title"], "Judul")
    assert not panel.facts.rows["title"].message
    assert panel.facts.rows["organizer"].message


def test_problems_of_a_speaker_show_when_it_is_selected(sample, qtbot):
    session, panel = sample
    problems = [
        Problem("speakers[1].name", N_("is required: {what}"), {"what": "x"}),
        Problem("speakers[1].statements[0].text", N_("is required: {what}"), {"what": "y"}),
    ]
    panel.show_problems(problems)
    pane = panel.speakers
    assert not pane.rows["name"].message  # speaker 0 is shown, and has no problem
    assert pane.list.list.item(1).toolTip() and not pane.list.list.item(0).toolTip()
    pane.list.list.setCurrentRow(1)
    assert pane.rows["name"].message
    assert pane.statements.rows["text"].message
    assert pane.statements.list.list.item(0).toolTip()


def test_every_input_has_an_accessible_name(sample, qtbot, tmp_path):
    session, panel = sample
    from conftest import jpeg_bytes

    photo = tmp_path / "a.jpg"
    photo.write_bytes(jpeg_bytes())
    panel.photos.add_photo_files([photo])
    quote_at = next(
        j for j, st in enumerate(session.draft.speakers[0].statements) if st.kind == "quote"
    )
    panel.speakers.statements.list.list.setCurrentRow(quote_at)
    for kind in (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit):
        for widget in panel.findChildren(kind):
            if isinstance(widget.parent(), (QComboBox, QAbstractSpinBox)):
                continue  # the text box inside a combo box or date box
            assert widget.accessibleName().strip(), widget
    labelled = {label.buddy() for label in panel.findChildren(type(panel.speakers.empty))}
    for edit in panel.findChildren(QLineEdit):
        if not isinstance(edit.parent(), (QComboBox, QAbstractSpinBox)):
            assert edit in labelled, edit.accessibleName()  # a visible label names it


def test_paragraphs_add_type_move_remove(sample, qtbot):
    session, panel = sample
    body = panel.body
    panel.tabs.setCurrentIndex(2)
    qtbot.mouseClick(body.add_button, Qt.MouseButton.LeftButton)
    assert len(body.boxes) == 2
    assert panel.focusWidget() is body.boxes[1].text
    qtbot.keyClicks(body.boxes[1].text, "Kegiatan ditutup dengan foto bersama.")
    assert session.draft.paragraphs[1].text == "Kegiatan ditutup dengan foto bersama."
    first = session.draft.paragraphs[0].text
    qtbot.mouseClick(body.boxes[1].move_buttons[0], Qt.MouseButton.LeftButton)
    texts = [p.text for p in session.draft.paragraphs]
    assert texts == ["Kegiatan ditutup dengan foto bersama.", first]
    assert body.boxes[0].text.toPlainText() == "Kegiatan ditutup dengan foto bersama."
    qtbot.mouseClick(body.boxes[0].remove_button, Qt.MouseButton.LeftButton)
    assert [p.text for p in session.draft.paragraphs] == [first]
    session.undo_stack.undo()
    assert [b.text.toPlainText() for b in body.boxes] == [p.text for p in session.draft.paragraphs]
    assert len(body.boxes) == 2


def test_the_credit_field(sample, qtbot):
    session, panel = sample
    credit = panel.body.credit
    credit.selectAll()
    qtbot.keyClicks(credit, "humas/abc")
    assert session.draft.credit == "humas/abc"


def test_loading_another_draft_refills_everything(sample):
    session, panel = sample
    session.load(Draft(title="Lain", credit="humas/x"))
    assert panel.facts.edits["title"].text() == "Lain"
    assert panel.speakers.list.texts() == []
    assert panel.body.boxes == []
    assert panel.body.credit.text() == "humas/x"
    assert not session.modified


def test_tab_walks_the_paragraphs_before_the_add_button_and_the_credit(sample, qtbot):
    session, panel = sample
    body = panel.body
    panel.tabs.setCurrentIndex(2)
    qtbot.mouseClick(body.add_button, Qt.MouseButton.LeftButton)  # a box made after the others
    assert panel.focusWidget() is body.boxes[1].text
    seen = []
    for _ in range(2):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        seen.append(panel.focusWidget())
    assert seen == [body.add_button, body.credit]
