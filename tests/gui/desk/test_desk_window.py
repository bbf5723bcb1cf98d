"""The Kanwil desk through its real widgets: the list by day and office, the filters, the
reader, remarks on a field or on words of the preview, verdicts, published, the report."""

from __future__ import annotations

import datetime as dt

import pytest
from desk_gui_data import at, received
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from kabar_desktop.gui.desk.desk_window import DeskWindow
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Draft
from kabar_desktop.settings import OfficeProfile, Settings
from kabar_desktop.store import DraftStore
from kabar_desktop.store import remarks as remark_store
from kabar_desktop.store import sync_state as state

TODAY = dt.date.today()
YESTERDAY = TODAY - dt.timedelta(days=1)
OFFICES = ["Lapas Kupang", "Rutan Soe", "Rudenim Kupang", "Lapas Atambua"]
KANWIL = OfficeProfile(
    office_name="Kanwil Kemenkumham NTT",
    city="Kupang",
    role="kanwil",
    kanwil_name="Kanwil Kemenkumham NTT",
    offices=OFFICES,
)


@pytest.fixture
def ids():
    return {}


@pytest.fixture
def window(qtbot, ids):
    store = DraftStore.open(session=True)
    ids["kupang_today"] = received(
        store, "Lapas Kupang", at(TODAY, 8), title="Pembinaan Kemandirian Warga Binaan"
    )
    ids["soe_today"] = received(
        store, "Rutan Soe", at(TODAY, 9), "accepted", title="Apel Pagi Pegawai Rutan Soe"
    )
    ids["kupang_yesterday"] = received(
        store,
        "Lapas Kupang",
        at(YESTERDAY, 10),
        "needs_changes",
        title="Penyuluhan Hukum tentang Narkotika",
    )
    ids["rudenim_yesterday"] = received(
        store, "Rudenim Kupang", at(YESTERDAY, 11), title="Pendataan Deteni Asal Afganistan"
    )
    win = MainWindow(Settings(first_start_done=True, profile=KANWIL), DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for desk in win.findChildren(DeskWindow):
        desk.close()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


@pytest.fixture
def desk(qtbot, window):
    window.later.run()  # what the window does after its first paint
    found = window.findChild(DeskWindow, "desk-window")
    assert found is not None and found.isVisible()  # a Kanwil's window opened it at start
    return found


def listed(desk: DeskWindow) -> list[int]:
    return [row.draft_id for row in desk.list.rows]


def test_a_kanwil_window_opens_on_the_desk_grouped_by_day_and_office(desk, ids):
    groups = desk.list.group_titles()
    assert len(groups) == 4  # each (day, office) once, newest first
    assert "Rutan Soe" in groups[0] and "Lapas Kupang" in groups[1]
    assert "Rudenim Kupang" in groups[2] and "Lapas Kupang" in groups[3]
    assert listed(desk) == [
        ids["soe_today"],
        ids["kupang_today"],
        ids["rudenim_yesterday"],
        ids["kupang_yesterday"],
    ]
    assert "2" in desk.count.text()  # two drafts without a verdict
    assert "Rudenim Kupang" in desk.silent.text() and "Lapas Atambua" in desk.silent.text()
    assert "Rutan Soe" not in desk.silent.text()


def test_the_filters_change_the_list(qtbot, desk, ids):
    filters = desk.filters
    filters.office.setCurrentIndex(filters.office.findData("Lapas Kupang"))
    assert listed(desk) == [ids["kupang_today"], ids["kupang_yesterday"]]
    filters.verdict.setCurrentIndex(filters.verdict.findData("needs_changes"))
    assert listed(desk) == [ids["kupang_yesterday"]]
    filters.office.setCurrentIndex(0)
    filters.verdict.setCurrentIndex(filters.verdict.findData(""))  # waiting for a verdict
    assert listed(desk) == [ids["kupang_today"], ids["rudenim_yesterday"]]
    filters.verdict.setCurrentIndex(0)
    qtbot.keyClicks(filters.text, "narkotika")
    qtbot.waitUntil(lambda: listed(desk) == [ids["kupang_yesterday"]], timeout=2000)
    filters.text.clear()
    qtbot.waitUntil(lambda: len(listed(desk)) == 4, timeout=2000)
    filters.since.setDate(filters.since.date().addDays(-30))
    filters.until.setDate(filters.until.date().addDays(-1))  # up to yesterday
    assert len(listed(desk)) == 4  # the span is off until it is ticked
    filters.span.setChecked(True)
    assert listed(desk) == [ids["rudenim_yesterday"], ids["kupang_yesterday"]]


def test_opening_a_draft_shows_it_as_published_beside_its_facts_read_only(desk, ids):
    assert desk.list.select_draft(ids["rudenim_yesterday"])
    reader = desk.reader
    assert reader.draft_id == ids["rudenim_yesterday"]
    text = reader.preview.plain_text()
    assert "Pendataan Deteni Asal Afganistan" in text
    assert '"Kegiatan ini kita laksanakan setiap bulan," ujarnya.' in text  # the composed quote
    assert reader.preview.isReadOnly()
    assert "title" in reader.facts.paths() and "paragraphs[0]" in reader.facts.paths()
    assert "Rudenim Kupang" in reader.heading.text()
    assert not reader.facts.editTriggers() & reader.facts.EditTrigger.AllEditTriggers


def test_a_remark_on_a_field_reaches_the_store(qtbot, desk, window, ids):
    desk.list.select_draft(ids["kupang_today"])
    reader = desk.reader
    assert not reader.remarks.add.isEnabled()  # nothing chosen, nothing typed
    assert reader.facts.pick("paragraphs[0]")
    qtbot.keyClicks(reader.remarks.text, "Tambahkan jumlah peserta kegiatan.")
    qtbot.mouseClick(reader.remarks.add, Qt.MouseButton.LeftButton)
    [remark] = remark_store.for_draft(window.store, ids["kupang_today"])
    assert (remark.anchor, remark.text, remark.done) == (
        "paragraphs[0]",
        "Tambahkan jumlah peserta kegiatan.",
        False,
    )
    assert remark.author == "Kanwil Kemenkumham NTT"
    assert reader.remarks.text.toPlainText() == ""
    assert any("Tambahkan jumlah peserta" in t for t in reader.remarks.texts())
    assert state.for_draft(window.store, ids["kupang_today"]).meta_changed  # it will travel
    assert desk.list.current_draft() == ids["kupang_today"]


def _select_in_preview(reader, words: str) -> None:
    document = reader.preview.document()
    cursor = document.find(words)
    assert not cursor.isNull(), words
    reader.preview.setTextCursor(cursor)


def test_a_remark_on_words_selected_in_the_preview_anchors_to_their_field(qtbot, desk, window, ids):
    desk.list.select_draft(ids["kupang_today"])
    reader = desk.reader
    assert not reader.on_words.isEnabled()
    _select_in_preview(reader, "setiap bulan")
    assert reader.on_words.isEnabled()
    qtbot.mouseClick(reader.on_words, Qt.MouseButton.LeftButton)
    assert reader.remarks.anchor == "speakers[0].statements[0]"
    assert reader.remarks.quote == "setiap bulan"
    qtbot.keyClicks(reader.remarks.text, "Sebutkan bulan apa saja.")
    qtbot.mouseClick(reader.remarks.add, Qt.MouseButton.LeftButton)
    [remark] = remark_store.for_draft(window.store, ids["kupang_today"])
    assert (remark.anchor, remark.quote) == ("speakers[0].statements[0]", "setiap bulan")


def test_send_back_needs_a_remark_then_records_the_verdict(qtbot, desk, window, ids, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: asked.append(a))
    desk.list.select_draft(ids["rudenim_yesterday"])
    reader = desk.reader
    qtbot.mouseClick(reader.send_back, Qt.MouseButton.LeftButton)
    assert asked and state.for_draft(window.store, ids["rudenim_yesterday"]).review == ""
    reader.facts.pick("title")
    qtbot.keyClicks(reader.remarks.text, "Judul terlalu panjang.")
    qtbot.mouseClick(reader.send_back, Qt.MouseButton.LeftButton)  # adds the typed remark too
    row = state.for_draft(window.store, ids["rudenim_yesterday"])
    assert row.review == "needs_changes"
    assert [r.text for r in remark_store.for_draft(window.store, row.draft_id)] == [
        "Judul terlalu panjang."
    ]
    desk.filters.verdict.setCurrentIndex(desk.filters.verdict.findData("needs_changes"))
    assert ids["rudenim_yesterday"] in listed(desk)


def test_accept_and_mark_published_with_its_link(qtbot, desk, window, ids):
    desk.list.select_draft(ids["kupang_today"])
    qtbot.mouseClick(desk.reader.accept, Qt.MouseButton.LeftButton)
    assert state.for_draft(window.store, ids["kupang_today"]).review == "accepted"
    url = "https://ntt.kemenkumham.go.id/berita/pembinaan-kemandirian"
    assert desk.mark_published(url, TODAY.isoformat())
    row = state.for_draft(window.store, ids["kupang_today"])
    assert (row.review, row.published_url, row.published_on) == (
        "published",
        url,
        TODAY.isoformat(),
    )
    assert url in desk.reader.heading.text()


def test_the_published_dialog_allows_only_a_web_address(qtbot):
    from kabar_desktop.gui.desk.published_dialog import PublishedDialog

    dialog = PublishedDialog("Apel Pagi", on=dt.date(2026, 11, 5))
    qtbot.addWidget(dialog)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.url, "javascript:alert(1)")
    assert not dialog.ok_button.isEnabled() and dialog.problem.text()
    dialog.url.setText("https://kupang.go.id/berita/apel")
    assert dialog.ok_button.isEnabled()
    assert dialog.value() == ("https://kupang.go.id/berita/apel", "2026-11-05")


def test_edit_hands_the_draft_to_the_editor(qtbot, desk, window, ids):
    desk.list.select_draft(ids["soe_today"])
    qtbot.mouseClick(desk.reader.edit, Qt.MouseButton.LeftButton)
    assert window.session.draft_id == ids["soe_today"]
    assert window.session.draft.title == "Apel Pagi Pegawai Rutan Soe"


def test_every_control_of_the_desk_has_a_name(desk):
    from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit

    desk.show_report()
    unnamed = [
        w.objectName() or type(w).__name__
        for kind in (QAbstractButton, QComboBox, QLineEdit, QAbstractItemView)
        for w in desk.findChildren(kind)
        if w.isVisibleTo(desk)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        and not isinstance(w.parent(), QComboBox | QAbstractItemView)
        and w.objectName() not in ("qt_spinbox_lineedit", "qt_calendar_yearedit")
    ]
    assert unnamed == []


def test_a_screen_reader_hears_the_counts_and_what_each_filter_chooses(qtbot, desk, ids):
    """Found driving the desk through AT-SPI: a line's name is what is read, so the count and
    the silent offices are their names (the old fixed names hid the numbers); on Linux a
    combo box is read by its value, so its description says what it chooses."""
    assert desk.count.accessibleName().startswith("2 ")  # two drafts wait
    assert "Lapas Atambua" in desk.silent.accessibleName()
    assert desk.count.accessibleDescription() and desk.silent.accessibleDescription()
    assert desk.filters.office.accessibleDescription()
    assert desk.filters.verdict.accessibleDescription()
    desk.list.select_draft(ids["kupang_today"])
    qtbot.mouseClick(desk.reader.accept, Qt.MouseButton.LeftButton)
    assert desk.count.accessibleName().startswith("1 ")  # read again after a verdict


def test_the_report_tab_counts_this_month(qtbot, desk):
    report = desk.show_report()
    assert report is not None and desk.tabs.currentWidget() is report
    qtbot.waitUntil(lambda: report.report is not None and report.job is None, timeout=5000)
    sent = {r.office: r.sent for r in report.chart.rows}
    expected = {"Lapas Kupang": 2, "Rutan Soe": 1, "Rudenim Kupang": 1, "Lapas Atambua": 0}
    if YESTERDAY.month != TODAY.month:  # on the 1st, yesterday is last month's
        expected = {"Lapas Kupang": 1, "Rutan Soe": 1, "Rudenim Kupang": 0, "Lapas Atambua": 0}
    assert sent == expected


def test_a_upt_window_does_not_open_the_desk_but_its_menu_does(qtbot):
    store = DraftStore.open(session=True)
    upt = OfficeProfile(office_name="Lapas Kupang", city="Kupang")
    win = MainWindow(Settings(first_start_done=True, profile=upt), DraftSession(Draft()), store)
    win.show()
    qtbot.waitExposed(win)
    win.later.run()
    assert win.findChild(DeskWindow, "desk-window") is None
    from PySide6.QtGui import QAction

    action = win.findChild(QAction, "desk-action")
    assert action is not None and action.isEnabled()
    action.trigger()
    desk = win.findChild(DeskWindow, "desk-window")
    assert desk is not None and desk.isVisible()
    assert desk.findChild(QWidget, "desk-not-kanwil") is not None  # says where to set the role
    desk.close()
    win.close()
    win.deleteLater()


def test_an_open_desk_shows_what_a_sync_brought(desk, window):
    assert len(listed(desk)) == 4
    new = received(window.store, "Lapas Atambua", at(TODAY, 12), title="Bakti Sosial Pegawai")
    desk.refresh_if_changed()  # what its timer does every few seconds
    assert listed(desk)[0] == new
    assert "Lapas Atambua" not in desk.silent.text()


def test_a_language_switch_rebuilds_the_open_desk_keeping_what_was_chosen(qtbot, desk, window, ids):
    desk.filters.office.setCurrentIndex(desk.filters.office.findData("Lapas Kupang"))
    desk.list.select_draft(ids["kupang_yesterday"])
    desk.reader.remarks.text.setPlainText("Sebutkan jumlah peserta.")
    assert desk.windowTitle() == "Meja Kanwil"
    window.apply_language("en")
    desks = [d for d in window.findChildren(DeskWindow, "desk-window") if d.isVisible()]
    assert len(desks) == 1 and desks[0] is not desk
    again = desks[0]
    assert again.windowTitle() == "Kanwil Desk"
    assert again.tabs.tabText(0) == "Incoming"
    assert again.filters.office.currentData() == "Lapas Kupang"
    assert listed(again) == [ids["kupang_today"], ids["kupang_yesterday"]]
    assert again.reader.draft_id == ids["kupang_yesterday"]
    assert again.reader.remarks.text.toPlainText() == "Sebutkan jumlah peserta."
    assert "drafts wait for a verdict" in again.count.text()
    window.apply_language("id")
