"""The File menu: open, save, export and print write what the command line writes, lose nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.settings import load_settings


@pytest.fixture
def dialogs(monkeypatch):
    """File dialogs answer with prepared paths; message boxes are recorded, never shown."""
    answers: dict[str, Path] = {}
    seen: dict[str, list] = {"save": [], "warning": [], "information": []}

    def save_name(parent, title, default, file_filter):
        seen["save"].append((default, file_filter))
        path = answers.get("save")
        return (str(path), file_filter) if path else ("", "")

    def open_name(parent, title, folder, file_filter):
        path = answers.get("open")
        return (str(path), file_filter) if path else ("", "")

    def recorder(kind):
        def record(parent, title, text, *args, **kwargs):
            seen[kind].append(text)
            return QMessageBox.StandardButton.Ok

        return record

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", open_name)
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning"))
    monkeypatch.setattr(QMessageBox, "information", recorder("information"))
    return answers, seen


def cli_export(draft: Path, fmt: str, out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "kabar_desktop", "export", str(draft), "-f", fmt, "-o", str(out)],
        check=True,
        capture_output=True,
    )
    return out


@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_export_writes_what_the_command_line_writes(window, dialogs, sample_path, tmp_path, fmt):
    answers, seen = dialogs
    answers["save"] = tmp_path / f"dari-jendela.{fmt}"
    getattr(window.acts, f"export_{fmt}").trigger()
    ours = answers["save"].read_bytes()
    theirs = cli_export(sample_path, fmt, tmp_path / f"dari-perintah.{fmt}").read_bytes()
    assert ours == theirs
    default, _filter = seen["save"][0]
    assert (
        Path(default).name
        == f"rudenim-kupang-gelar-pelatihan-tugas-dan-fungsi-bidang-kehumasan.{fmt}"
    )
    assert window.statusBar().currentMessage() == f"Diekspor: dari-jendela.{fmt}"


def test_export_docx_has_the_command_lines_paragraphs(window, dialogs, sample_path, tmp_path):
    answers, _seen = dialogs
    answers["save"] = tmp_path / "dari-jendela"  # the extension is added
    window.acts.export_docx.trigger()
    ours = docx.Document(str(tmp_path / "dari-jendela.docx"))
    theirs = docx.Document(str(cli_export(sample_path, "docx", tmp_path / "cli.docx")))
    texts = [p.text for p in ours.paragraphs]
    assert texts == [p.text for p in theirs.paragraphs]
    assert "Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan" in texts


def test_export_pdf_writes_an_a4_pdf(window, dialogs, tmp_path):
    answers, _seen = dialogs
    answers["save"] = tmp_path / "berita.pdf"
    window.acts.export_pdf.trigger()
    data = answers["save"].read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/MediaBox [0 0 595" in data  # A4: 595 × 842 points
    assert not list(tmp_path.glob(".*tmp"))


def test_export_of_an_unfinished_article_points_at_what_is_missing(window, dialogs, tmp_path):
    answers, seen = dialogs
    answers["save"] = tmp_path / "berita.docx"
    window.session.edit(lambda d: setattr(d, "title", ""))
    window.session.edit(lambda d: setattr(d.speakers[1], "position", ""))
    window.acts.export_docx.trigger()
    assert not (tmp_path / "berita.docx").exists()
    assert seen["save"] == []  # not even asked where to write
    [message] = seen["information"]
    assert "• Judul berita" in message
    assert "(pembicara 2)" in message
    field = window.focusWidget()
    assert field is not None and window.form.isAncestorOf(field)


def test_save_as_then_open_gives_back_the_draft(qtbot, window, dialogs, tmp_path):
    answers, _seen = dialogs
    window.session.edit(lambda d: setattr(d, "title", "Judul Tersimpan"))
    answers["save"] = tmp_path / "draf-saya.kabar"
    window.acts.save_as.trigger()
    assert not window.isWindowModified()
    assert window.windowTitle() == "Judul Tersimpan[*] — Kabar"
    saved = read_draft(tmp_path / "draf-saya.kabar")
    assert saved == window.session.draft

    window.acts.new.trigger()
    assert window.session.draft.title == ""
    answers["open"] = tmp_path / "draf-saya.kabar"
    window.acts.open.trigger()
    assert window.session.draft == saved
    assert window.session.path == tmp_path / "draf-saya.kabar"
    qtbot.waitUntil(lambda: "Judul Tersimpan" in window.preview.plain_text(), timeout=2000)


def test_save_writes_to_the_open_file_without_asking(window, dialogs, tmp_path):
    answers, seen = dialogs
    answers["save"] = tmp_path / "a.kabar"
    window.acts.save.trigger()  # a .json draft is saved as .kabar: asks once
    assert len(seen["save"]) == 1
    window.session.edit(lambda d: setattr(d, "credit", "humas/abc"))
    assert window.isWindowModified()
    window.acts.save.trigger()
    assert len(seen["save"]) == 1
    assert read_draft(tmp_path / "a.kabar").credit == "humas/abc"
    assert not window.isWindowModified()


def test_a_broken_file_is_reported_and_the_open_draft_stays(window, dialogs, tmp_path):
    answers, seen = dialogs
    broken = tmp_path / "rusak.json"
    broken.write_text(json.dumps({"format": "kabar-draft", "version": 1, "date": "2024-02-30"}))
    before = window.session.draft
    answers["open"] = broken
    window.acts.open.trigger()
    assert window.session.draft is before
    [message] = seen["warning"]
    assert "rusak.json" in message and "date" in message


def test_recent_files_list_a_saved_draft(window, dialogs, tmp_path):
    answers, _seen = dialogs
    answers["save"] = tmp_path / "terakhir.kabar"
    window.acts.save_as.trigger()
    window.acts.recent.aboutToShow.emit()
    entries = [a for a in window.acts.recent.actions() if a.isEnabled()]
    assert entries and "terakhir.kabar" in entries[0].text()
    assert load_settings().recent_files[0] == str((tmp_path / "terakhir.kabar").resolve())
    window.acts.new.trigger()
    entries[0].trigger()
    assert window.session.path == tmp_path / "terakhir.kabar"


def answer_unsaved_changes(monkeypatch, button_text: str, calls: list):
    """The "save the changes?" question, answered by clicking ``button_text``."""

    def exec_(box):
        calls.append(box.text())
        for button in box.buttons():  # no such button: like closing the box (the test fails)
            if button.text() == button_text:
                button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def test_new_asks_before_dropping_unsaved_changes(window, dialogs, monkeypatch):
    calls: list = []
    window.session.edit(lambda d: setattr(d, "title", "Belum Disimpan"))
    answer_unsaved_changes(monkeypatch, "Batal", calls)
    window.acts.new.trigger()
    assert calls == ["Simpan perubahan pada draf ini?"]
    assert window.session.draft.title == "Belum Disimpan"

    answer_unsaved_changes(monkeypatch, "Jangan Simpan", calls)
    window.acts.new.trigger()
    assert window.session.draft.title == ""


def test_closing_with_unsaved_changes_can_save_them(window, dialogs, monkeypatch, tmp_path):
    answers, _seen = dialogs
    answers["save"] = tmp_path / "ditutup.kabar"
    calls: list = []
    window.session.edit(lambda d: setattr(d, "title", "Disimpan Saat Ditutup"))
    answer_unsaved_changes(monkeypatch, "Simpan", calls)
    assert window.close()
    assert read_draft(tmp_path / "ditutup.kabar").title == "Disimpan Saat Ditutup"


def test_a_draft_dropped_on_the_window_opens(window, dialogs, tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    answers, _seen = dialogs
    answers["save"] = tmp_path / "dijatuhkan.kabar"
    window.session.edit(lambda d: setattr(d, "title", "Draf yang Dijatuhkan"))
    window.acts.save_as.trigger()
    window.acts.new.trigger()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dijatuhkan.kabar"))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    assert window.session.draft.title == "Draf yang Dijatuhkan"
    assert not window.isWindowModified()
