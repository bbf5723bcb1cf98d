"""The window opens the file Windows named, whatever its letters (issue 15 #1).

On Windows Qt rebuilds its arguments in the ANSI code page: ``Berita Śekar`` comes back as
``Berita ?ekar``, ``Berita Sekar`` (Windows' best fit) or, UTF-8 read as cp1252,
``Berita Ã…Å¡ekar``. The window must take the
spelling Python got, and still leave out what Qt took as its own options.
"""

from __future__ import annotations

from kabar_desktop.app import _left_by_qt

DRAFT = r"C:\users\Dewi Ayu Śekar\Documents\Berita Śekar\berita contoh.kabar"


def test_a_file_qt_spelled_in_the_code_page_keeps_python_s_spelling() -> None:
    mangled = DRAFT.replace("Ś", "?")
    assert _left_by_qt([DRAFT], [mangled]) == [DRAFT]
    best_fit = DRAFT.replace("Ś", "S")  # what Windows' WideCharToMultiByte makes of it
    assert _left_by_qt([DRAFT], [best_fit]) == [DRAFT]
    as_cp1252 = DRAFT.encode("utf-8").decode("cp1252", errors="replace")
    assert _left_by_qt([DRAFT], [as_cp1252]) == [DRAFT]


def test_qt_options_are_left_out_and_the_order_kept() -> None:
    ours = ["-platform", "offscreen", DRAFT, "--new", "second.kabar"]
    left = [DRAFT.replace("Ś", "?"), "--new", "second.kabar"]
    assert _left_by_qt(ours, left) == [DRAFT, "--new", "second.kabar"]


def test_nothing_left_gives_no_file() -> None:
    assert _left_by_qt(["-style", "fusion"], []) == []


def test_another_file_is_not_taken_for_ours() -> None:
    other = DRAFT.replace("berita contoh", "berita lain")
    assert _left_by_qt(["-style", "fusion", DRAFT], [other]) == []
