"""The "Event" tab: typing the facts edits the draft; the lead Kabar composes can be taken over."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import DATA
from PySide6.QtCore import QDate, QPoint, Qt

from kabar_desktop.compose import compose
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.form import FormPanel
from kabar_desktop.gui.form.composed_text import composed_lead
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft


@pytest.fixture
def empty(qtbot):
    session = DraftSession(Draft())
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 700)
    panel.show()
    return session, panel


@pytest.fixture
def sample(qtbot):
    session = DraftSession(read_draft(DATA / "sample.json"))
    panel = FormPanel(session)
    qtbot.addWidget(panel)
    panel.resize(560, 700)
    panel.show()
    return session, panel


def test_typing_the_title_edits_the_draft_and_announces_it(empty, qtbot):
    session, panel = empty
    with qtbot.waitSignal(session.changed):
        qtbot.keyClicks(panel.facts.edits["title"], "Rapat Evaluasi")
    assert session.draft.title == "Rapat Evaluasi"
    assert session.modified
    assert session.undo_stack.count() == 1  # the typing is one command in the window's Undo


def test_every_fact_field_reaches_the_draft(empty, qtbot):
    session, panel = empty
    values = {
        "dateline": "Kupang",
        "organizer": "Rudenim Kupang",
        "event": "Pelatihan",
        "event_detail": "hari kedua",
        "venue": "Aula",
        "participants": "40 pegawai",
    }
    for name, text in values.items():
        qtbot.keyClicks(panel.facts.edits[name], text)
    for name, text in values.items():
        assert getattr(session.draft, name) == text


def test_picking_a_date_sets_it_and_clear_empties_it(empty, qtbot):
    session, panel = empty
    date = panel.facts.date
    assert session.draft.date is None
    assert date.text() == date.specialValueText()  # shown as "not set", not as 1900
    date.setDate(QDate(2024, 9, 25))
    assert session.draft.date == dt.date(2024, 9, 25)
    assert date.text() == "25/09/2024"
    qtbot.mouseClick(panel.facts.clear_date, Qt.MouseButton.LeftButton)
    assert session.draft.date is None
    assert date.text() == date.specialValueText()


def test_the_arrow_key_on_an_empty_date_starts_from_today(empty, qtbot):
    session, panel = empty
    panel.facts.date.setFocus()
    qtbot.keyClick(panel.facts.date, Qt.Key.Key_Up)
    assert session.draft.date == dt.date.today()


def test_a_loaded_draft_fills_the_fields_without_editing_it(sample):
    session, panel = sample
    assert panel.facts.edits["title"].text() == session.draft.title
    assert panel.facts.date.value() == dt.date(2024, 9, 25)
    assert not session.modified  # filling the form is not an edit


def test_the_kind_of_story_changes_the_composed_lead(sample, qtbot):
    session, panel = sample
    combo = panel.facts.kind
    combo.setCurrentIndex(combo.findData("rapat"))
    assert session.draft.kind == "rapat"
    shown = panel.facts.lead.composed.toPlainText()
    assert shown.startswith("Kupang - Rudenim Kupang menggelar Pelatihan")
    session.undo_stack.undo()  # choosing a kind is undoable
    assert session.draft.kind == "narasumber"
    assert combo.currentData() == "narasumber"


def test_the_composed_lead_follows_typing_without_taking_the_focus(sample, qtbot):
    session, panel = sample
    venue = panel.facts.edits["venue"]
    venue.setFocus()
    qtbot.keyClicks(venue, "Aula Rudenim")
    assert "di Aula Rudenim" in panel.facts.lead.composed.toPlainText()
    assert panel.focusWidget() is venue
    assert venue.cursorPosition() == len("Aula Rudenim")


def test_write_own_lead_then_back_to_kabar(sample, qtbot):
    session, panel = sample
    lead = panel.facts.lead
    composed = composed_lead(compose(session.draft, placeholders=True))
    assert lead.composed.toPlainText() == composed
    assert lead.composed.isReadOnly()

    qtbot.mouseClick(lead.write_button, Qt.MouseButton.LeftButton)
    assert session.draft.lead == composed
    assert lead.editor.isVisible() and not lead.composed.isVisible()
    assert lead.editor.toPlainText() == composed
    qtbot.keyClicks(lead.editor, " Tambahan.")
    assert session.draft.lead == composed + " Tambahan."
    assert compose(session.draft).description.endswith("Tambahan.")

    qtbot.mouseClick(lead.back_button, Qt.MouseButton.LeftButton)
    assert session.draft.lead is None
    assert lead.composed.isVisible() and not lead.editor.isVisible()
    assert lead.composed.toPlainText() == composed

    session.undo_stack.undo()  # the switch back is undoable
    assert session.draft.lead == composed + " Tambahan."
    assert lead.editor.isVisible()
    assert lead.editor.toPlainText() == composed + " Tambahan."


def test_tab_walks_the_facts_from_top_to_bottom(empty, qtbot):
    _session, panel = empty
    facts = panel.facts
    expected = [
        facts.edits["title"],
        facts.kind,
        facts.edits["dateline"],
        facts.date,
    ]
    facts.edits["title"].setFocus()
    qtbot.waitUntil(lambda: facts.edits["title"].hasFocus())
    seen = [panel.focusWidget()]
    for _ in range(len(expected) - 1):
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        seen.append(panel.focusWidget())
    assert seen == expected
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)  # leaves the date, even when empty
    assert panel.focusWidget() is facts.clear_date
    names = ["period", "organizer", "counterpart", "event", "event_detail", "venue"]
    for name in [*names, "participants", "purpose"]:
        qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
        assert panel.focusWidget() is facts.edits[name]
    qtbot.keyClick(panel.focusWidget(), Qt.Key.Key_Tab)
    assert panel.focusWidget() is facts.date_in_lead


def test_the_calendar_of_an_empty_date_opens_on_this_month(empty, qtbot):
    session, panel = empty
    date = panel.facts.date
    arrow = QPoint(date.width() - 6, date.height() // 2)
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = dt.date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.clicked.emit(QDate(today.year, today.month, 1))  # the writer picks the 1st
    assert session.draft.date == today.replace(day=1)


def _type_date(qtbot, panel, keys: str, select_all: bool) -> None:
    """Click into the date as a writer does, then type (after Ctrl+A when ``select_all``)."""
    date = panel.facts.date
    panel.window().activateWindow()
    qtbot.mouseClick(date.lineEdit(), Qt.MouseButton.LeftButton)
    if select_all:
        qtbot.keyClick(date, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(date, keys)
    qtbot.keyClick(date, Qt.Key.Key_Tab)  # leaves the field


@pytest.mark.parametrize("select_all", [False, True])
@pytest.mark.parametrize(
    ("keys", "day"),
    [("25/09/2024", 25), ("25092024", 25), ("25-09-2024", 25), ("5/9/2024", 5)],
)
def test_a_date_typed_in_the_empty_field_is_taken(empty, qtbot, keys, day, select_all):
    session, panel = empty
    _type_date(qtbot, panel, keys, select_all)
    assert session.draft.date == dt.date(2024, 9, day)
    assert panel.facts.date.text() == f"{day:02}/09/2024"


def test_a_date_typed_over_a_date_replaces_it_and_a_wrong_one_gives_way(sample, qtbot):
    session, panel = sample
    _type_date(qtbot, panel, "01102024", select_all=True)
    assert session.draft.date == dt.date(2024, 10, 1)
    assert panel.facts.date.text() == "01/10/2024"
    _type_date(qtbot, panel, "31/02/2024", select_all=True)  # no such day
    assert session.draft.date == dt.date(2024, 10, 1)
    assert panel.facts.date.text() == "01/10/2024"


def test_a_wrong_date_in_the_empty_field_leaves_it_empty(empty, qtbot):
    session, panel = empty
    _type_date(qtbot, panel, "99/99/2024", select_all=False)
    assert session.draft.date is None
    assert panel.facts.date.text() == panel.facts.date.specialValueText()


def test_the_calendar_opens_near_the_draft_date_even_once_cleared(sample, qtbot):
    session, panel = sample
    date = panel.facts.date
    qtbot.mouseClick(panel.facts.clear_date, Qt.MouseButton.LeftButton)
    assert session.draft.date is None
    arrow = QPoint(date.width() - 6, date.height() // 2)
    qtbot.mouseClick(date, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = date.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    assert (calendar.yearShown(), calendar.monthShown()) == (2024, 9)  # the event's month
