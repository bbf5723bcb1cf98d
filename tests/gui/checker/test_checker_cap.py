"""The window's background check reads at most what ``kabar check`` reads (200 KB or 2,000
paragraphs, check/limits.py) and says the rest was not checked (issue 12 #7)."""

from __future__ import annotations

import pytest

from kabar_desktop.check.article_text import article_plain_text
from kabar_desktop.check.limits import MAX_PARAGRAPHS, MAX_TEXT_BYTES, clip_article, within
from kabar_desktop.compose import compose
from kabar_desktop.gui.checker.panel import clipped_note
from kabar_desktop.gui.editor.draft_session import DraftSession
from kabar_desktop.gui.shell.main_window import MainWindow
from kabar_desktop.model.draft import Paragraph
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import OfficeProfile, Settings

PROFILE = OfficeProfile(office_name="Rudenim Kupang", city="Kupang", credit_initials="fka")

# Numbers are cheap for the rules (and for Qt's layout, unlike one endless word): the test
# measures the cap, not the checker's speed; the misspelt words before and after the filler
# show where checking stopped.
FILLER = "1234567890 " * 9_310  # 100 KB in one paragraph


def long_draft(sample_path, fillers: int = 3):
    draft = read_draft(sample_path)
    draft.paragraphs[0].text = "Petugas memeriksaa kamar hunian."
    draft.paragraphs += [Paragraph(text=FILLER) for _ in range(fillers)]
    draft.paragraphs.append(Paragraph(text="Rombongan meninjauu dapur."))
    return draft


def open_window(qtbot, draft) -> MainWindow:
    win = MainWindow(Settings(first_start_done=True, profile=PROFILE), DraftSession(draft))
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: not win.checker.runner.running, timeout=5000)
    return win


def listed(win: MainWindow, rule: str) -> list:
    return [f for f in win.checker.panel.findings if f.rule == rule]


@pytest.fixture
def window(qtbot, sample_path):
    win = open_window(qtbot, read_draft(sample_path))
    yield win
    win.checker.runner.wait()
    win.session.mark_saved()
    win.close()
    win.deleteLater()


def test_a_300_kb_draft_is_checked_up_to_the_cap_and_says_so(qtbot, window, sample_path):
    assert "tidak diperiksa" in clipped_note()  # Indonesian, as the rest of the window
    runner = window.checker.runner
    window.session.load(long_draft(sample_path))
    qtbot.waitUntil(lambda: not runner.running, timeout=60_000)
    assert runner.clipped
    spelled = {f.text for f in listed(window, "S1")}
    assert "memeriksaa" in spelled  # before the cap: checked
    assert "meninjauu" not in spelled  # after 300 KB: not checked
    summary = window.checker.panel.summary.text()
    assert clipped_note() in summary
    assert f"{MAX_TEXT_BYTES // 1024} KB" in summary
    assert window.statusBar().currentMessage() == clipped_note()
    # How long a check at the cap takes is a figure of benchmarks/check.py
    # (check_text_at_the_cap), not an assertion: a loaded test machine is no measure.


def test_a_draft_within_the_cap_is_checked_whole_and_the_note_goes(qtbot, window, sample_path):
    runner = window.checker.runner
    window.session.load(long_draft(sample_path))
    # 60 s as above: a check at the cap on a loaded test machine (-n 2) took over 20 s
    qtbot.waitUntil(lambda: not runner.running and runner.clipped, timeout=60_000)
    window.session.load(long_draft(sample_path, fillers=1))  # 100 KB: under the cap
    qtbot.waitUntil(lambda: not runner.running, timeout=60_000)
    assert not runner.clipped
    assert {"memeriksaa", "meninjauu"} <= {f.text for f in listed(window, "S1")}
    assert clipped_note() not in window.checker.panel.summary.text()


def test_clip_keeps_the_start_within_the_cap_in_whole_words(sample_path):
    draft = read_draft(sample_path)
    words = "Petugas memeriksa kamar hunian warga binaan. "
    draft.paragraphs = [Paragraph(text=words * 3000) for _ in range(3)]  # 3 × 138 KB
    article = compose(draft)
    whole = article_plain_text(article)
    assert not within(whole)
    clipped, cut = clip_article(article)
    text = article_plain_text(clipped)
    assert cut and within(text)
    assert len(text.encode()) > MAX_TEXT_BYTES - len(words)  # nothing dropped needlessly
    assert whole.startswith(text.rstrip("\n"))
    assert text.rstrip("\n").endswith(("binaan.", "Petugas", "memeriksa", "kamar", "hunian"))
    assert clip_article(compose(read_draft(sample_path)))[1] is False


def test_clip_counts_paragraphs_as_kabar_check_does(sample_path):
    draft = read_draft(sample_path)
    draft.paragraphs = [Paragraph(text=f"Paragraf {i}.") for i in range(MAX_PARAGRAPHS)]
    clipped, cut = clip_article(compose(draft))
    text = article_plain_text(clipped)
    assert cut and within(text)
    assert text.count("\n") == MAX_PARAGRAPHS - 1  # as many as ``kabar check`` reads


def test_thousands_of_findings_list_the_first_500(qtbot, window, sample_path):
    """A pasted "kata kata kata …" gives a finding per word: the window lists and underlines
    the first ones only, and says how many more there are."""
    from kabar_desktop.gui.checker.window_binding import MAX_LISTED

    draft = read_draft(sample_path)
    draft.paragraphs[0].text = "kata " * 3_000
    runner = window.checker.runner
    window.session.load(draft)
    qtbot.waitUntil(lambda: not runner.running, timeout=20_000)
    found = window.checker.shown()
    assert len(found) > 2 * MAX_LISTED
    panel = window.checker.panel
    assert panel.list.count() == MAX_LISTED
    hidden = len(found) - MAX_LISTED
    assert f"Hanya {MAX_LISTED} temuan pertama yang ditampilkan; {hidden} lainnya" in (
        panel.summary.text()
    )
    window.form.focus_field("paragraphs[0]")
    box = window.form.field_widget("paragraphs[0]")
    assert 0 < len(box.extraSelections()) <= MAX_LISTED
