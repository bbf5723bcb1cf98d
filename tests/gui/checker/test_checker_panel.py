"""The house-style check in the editor: findings listed, underlined, fixed, ignored."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QPlainTextEdit

from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.i18n import _
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")


def open_window(qtbot, draft, path=None) -> MainWindow:
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(draft, path))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.checker.runner.running, timeout=5000)
    return win


@pytest.fixture
def window(qtbot, sample_path):
    win = open_window(qtbot, read_draft(sample_path))
    yield win
    win.checker.runner.wait()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


def paragraph_box(win: MainWindow, i: int = 0) -> QPlainTextEdit:
    assert win.form.focus_field(f"paragraphs[{i}]")
    box = win.form.field_widget(f"paragraphs[{i}]")
    assert isinstance(box, QPlainTextEdit)
    box.moveCursor(box.textCursor().MoveOperation.End)
    return box


def type_into_paragraph(qtbot, win: MainWindow, text: str) -> QPlainTextEdit:
    box = paragraph_box(win)
    qtbot.keyClicks(box, text)
    return box


def listed(win: MainWindow, rule: str) -> list:
    return [f for f in win.checker.panel.findings if f.rule == rule]


def click_finding(qtbot, win: MainWindow, finding) -> None:
    panel = win.checker.panel
    row = panel.findings.index(finding)
    item_rect = panel.list.visualItemRect(panel.list.item(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=item_rect.center())


def test_the_panel_sits_in_a_dock_with_a_menu_toggle(window):
    dock = window.checker.dock
    assert dock.windowTitle()
    assert not dock.isVisible()  # the sample follows the house style: no room taken
    toggle = window.checker.toggle
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert any(toggle in m.actions() for m in menus)
    toggle.trigger()
    assert dock.isVisible()
    toggle.trigger()
    assert not dock.isVisible()


def test_what_kabar_composes_gives_no_finding(window):
    draft = window.session.draft
    writer_fields = {"title", "credit"} | {f"paragraphs[{i}]" for i in range(len(draft.paragraphs))}
    for i, speaker in enumerate(draft.speakers):
        writer_fields |= {f"speakers[{i}].statements[{j}]" for j in range(len(speaker.statements))}
    for finding in window.checker.found:
        assert finding.field in writer_fields, finding
    assert not [f for f in window.checker.found if f.severity == "error"]


def test_a_typed_mistake_is_listed_and_underlined(qtbot, window):
    box = type_into_paragraph(qtbot, window, " Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=1500)
    finding = listed(window, "W1")[0]
    assert finding.field == "paragraphs[0]"
    assert "diantaranya" in window.checker.panel.list.item(0).text()
    assert "Paragraf 1" in window.checker.panel.list.item(0).text()
    underlines = [
        sel
        for sel in box.extraSelections()
        if sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    ]
    assert [sel.cursor.selectedText() for sel in underlines] == ["diantaranya"]


def test_clicking_a_finding_shows_its_field(qtbot, window):
    type_into_paragraph(qtbot, window, " Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=1500)
    window.form.focus_field("title")
    assert window.form.tabs.currentIndex() == 0
    click_finding(qtbot, window, listed(window, "W1")[0])
    box = window.form.field_widget("paragraphs[0]")
    assert window.form.tabs.currentIndex() == 2
    assert box.hasFocus()
    assert box.textCursor().selectedText() == "diantaranya"


def test_fix_puts_the_suggestion_in_the_field(qtbot, window):
    box = type_into_paragraph(qtbot, window, " Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=1500)
    panel = window.checker.panel
    panel.select(listed(window, "W1")[0])
    assert panel.fix_button.isEnabled()
    qtbot.mouseClick(panel.fix_button, Qt.MouseButton.LeftButton)
    assert box.toPlainText().endswith(" Hadir di antaranya pejabat.")
    assert window.session.draft.paragraphs[0].text.endswith(" Hadir di antaranya pejabat.")
    assert not listed(window, "W1")
    window.checker.runner.check_now()
    qtbot.waitUntil(lambda: not window.checker.runner.running, timeout=3000)
    assert not listed(window, "W1")
    box.undo()  # the field's own Undo takes the fix back
    assert box.toPlainText().endswith(" Hadir diantaranya pejabat.")


def test_fix_is_disabled_without_a_suggestion(qtbot, window):
    type_into_paragraph(qtbot, window, " Hadir pejabat dikantorr.")
    qtbot.waitUntil(lambda: bool(listed(window, "S1")), timeout=3000)
    panel = window.checker.panel
    panel.select(listed(window, "S1")[0])
    assert not panel.fix_button.isEnabled()
    assert panel.add_word_button.isEnabled()


def test_an_ignored_finding_stays_hidden_after_save_and_reopen(qtbot, window, tmp_path):
    type_into_paragraph(qtbot, window, " Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=1500)
    panel = window.checker.panel
    panel.select(listed(window, "W1")[0])
    qtbot.mouseClick(panel.ignore_button, Qt.MouseButton.LeftButton)
    assert not listed(window, "W1")
    assert window.session.modified
    path = tmp_path / "berita.kabar"
    write_draft(window.session.draft, path)

    reopened = open_window(qtbot, read_draft(path), path)
    try:
        assert "diantaranya" in reopened.session.draft.paragraphs[0].text
        assert not listed(reopened, "W1")
        assert any(f.rule == "W1" for f in reopened.checker.found)  # found, but ignored
    finally:
        reopened.checker.runner.wait()
        reopened.session.mark_saved()
        reopened.close()


def test_ignoring_a_rule_hides_all_its_findings(qtbot, window):
    type_into_paragraph(qtbot, window, " Hadir diantaranya pejabat, diantaranya kepala.")
    qtbot.waitUntil(lambda: len(listed(window, "W1")) == 2, timeout=1500)
    panel = window.checker.panel
    panel.select(listed(window, "W1")[0])
    qtbot.mouseClick(panel.ignore_rule_button, Qt.MouseButton.LeftButton)
    assert not listed(window, "W1")
    assert window.session.draft.check_ignores["rules"] == ["W1"]
    qtbot.keyClicks(paragraph_box(window), " Lalu diantaranya.")
    window.checker.runner.check_now()
    qtbot.waitUntil(lambda: not window.checker.runner.running, timeout=3000)
    assert not listed(window, "W1")


def test_adding_a_word_to_the_office_words(qtbot, window):
    type_into_paragraph(qtbot, window, " Hadir pula para pegawai kanimsus.")
    qtbot.waitUntil(lambda: bool(listed(window, "S1")), timeout=3000)
    panel = window.checker.panel
    word = listed(window, "S1")[0].text
    assert word == "kanimsus"
    panel.select(listed(window, "S1")[0])
    qtbot.mouseClick(panel.add_word_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.checker.runner.running, timeout=3000)
    assert word not in [f.text for f in window.checker.found if f.rule == "S1"]


def test_typing_is_not_slowed_by_checks(qtbot, window, monkeypatch):
    """Checks run off the window's thread, so a key is never waiting for one: the property
    itself is asserted, not a keystroke's time (which a loaded machine stretches; the check's
    own speed is benchmarks/check.py's)."""
    from kabar_desktop.check import checker

    threads: list[int] = []
    original = checker.check_article

    def recorded(*args, **kwargs):
        threads.append(threading.get_ident())
        return original(*args, **kwargs)

    monkeypatch.setattr(checker, "check_article", recorded)
    box = paragraph_box(window)
    window.checker.runner.timer.setInterval(5)  # checks start between the keys
    before = window.checker.runner.checks_started
    for ch in "Hadir diantaranya pejabat dikantor, dan para tamu. ":
        qtbot.keyClick(box, ch)
        qtbot.wait(8)
    assert window.checker.runner.checks_started - before >= 10  # checks ran while typing
    # the findings come once typing stops (however loaded the machine: no race with the clock)
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=30_000)
    assert threads and threading.main_thread().ident not in threads


def test_after_a_language_switch_the_panel_still_works_in_english(qtbot, window):
    window.apply_language("en")

    def toggle_in_menus() -> bool:
        menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
        return any(window.checker.toggle in m.actions() for m in menus)

    qtbot.waitUntil(toggle_in_menus)
    assert window.checker.dock.windowTitle() == "House-style check"
    box = type_into_paragraph(qtbot, window, " Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=1500)
    text = window.checker.panel.list.item(0).text()
    assert "The preposition is written apart" in text
    assert "Paragraph 1" in text
    assert box.extraSelections()
    click_finding(qtbot, window, listed(window, "W1")[0])
    assert window.form.field_widget("paragraphs[0]").hasFocus()


def test_a_finding_in_a_quote_names_the_speaker_and_leads_back_to_them(qtbot, window):
    speaker = window.session.draft.speakers[1]
    j = next(k for k, st in enumerate(speaker.statements) if st.kind == "quote")
    path = f"speakers[1].statements[{j}]"
    assert window.form.focus_field(path)
    box = window.form.field_widget(path)
    box.moveCursor(box.textCursor().MoveOperation.End)
    qtbot.keyClicks(box, " Hadir diantaranya pejabat.")
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=1500)
    finding = listed(window, "W1")[0]
    assert finding.field == path
    row = window.checker.panel.findings.index(finding)
    where = _("Speaker {number} — {part}").format(
        number=2, part=_("quote {number}").format(number=j + 1)
    )  # "Pembicara 2 — kutipan 3"
    assert where in window.checker.panel.list.item(row).text()
    assert box.extraSelections()

    window.form.speakers.list.select(0)  # another speaker: their boxes carry no underline
    qtbot.waitUntil(
        lambda: not window.form.field_widget("speakers[0].statements[0]").extraSelections()
    )
    assert window.form.field_widget(path) is None
    click_finding(qtbot, window, finding)
    box = window.form.field_widget(path)
    assert box is not None and box.hasFocus()
    assert box.textCursor().selectedText() == "diantaranya"
    qtbot.waitUntil(lambda: bool(box.extraSelections()))


def test_a_one_line_field_shows_its_finding_on_its_edge_and_tooltip(qtbot, window):
    window.form.focus_field("title")
    title = window.form.field_widget("title")
    original = title.text()
    title.end(False)
    qtbot.keyClicks(title, " Di Kupang")
    qtbot.waitUntil(
        lambda: any(f.field == "title" for f in window.checker.panel.findings), timeout=1500
    )
    assert title.property("kabarCheck") == "error"
    assert "“Di”" in title.toolTip()
    title.setText(original)
    qtbot.waitUntil(lambda: title.property("kabarCheck") is None, timeout=1500)
    assert title.toolTip() == ""


def test_fix_reaches_a_field_that_is_not_on_screen(qtbot, window):
    window.session.edit(lambda d: d.speakers[0].__setattr__("topic", "Humas diantaranya"))
    window.form.populate()
    window.checker.runner.check_now()
    qtbot.waitUntil(lambda: bool(listed(window, "W1")), timeout=3000)
    finding = listed(window, "W1")[0]
    assert finding.field == "speakers[0].topic"
    window.form.speakers.list.select(1)
    window.checker.fix(finding)
    assert window.session.draft.speakers[0].topic == "Humas di antaranya"
    assert window.form.field_widget("speakers[0].topic").text() == "Humas di antaranya"
