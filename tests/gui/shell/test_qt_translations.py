"""Qt's own dialogs speak Indonesian when Kabar does, and English again after a switch."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFileDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QToolButton,
    QTreeView,
)

from kabar_desktop.gui.shell.qt_translations import install_qt_translator, qm_bytes, qt_table


def plain(text: str) -> str:
    """A label as the user reads it: no mnemonic marker, no shortcut column."""
    return text.split("\t")[0].replace("&", "")


@pytest.fixture
def indonesian(qapp):
    install_qt_translator(qapp, "id")
    yield qapp
    install_qt_translator(qapp, "en")


def indonesian_texts() -> set[str]:
    return {plain(t) for entries in qt_table("id").values() for t in entries.values()}


def test_message_box_buttons_are_indonesian_and_switch_back(indonesian, qtbot):
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "Kabar",
        "Simpan perubahan?",
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
    )
    qtbot.addWidget(box)
    box.show()
    assert {plain(b.text()) for b in box.buttons()} == {"Ya", "Tidak", "Batal"}

    install_qt_translator(indonesian, "en")  # the open box retranslates itself
    qtbot.waitUntil(lambda: {plain(b.text()) for b in box.buttons()} == {"Yes", "No", "Cancel"})


def test_message_box_details_button(indonesian, qtbot):
    box = QMessageBox(QMessageBox.Icon.Warning, "Kabar", "Gagal", QMessageBox.StandardButton.Ok)
    box.setDetailedText("rincian")
    qtbot.addWidget(box)
    box.show()
    assert "Tampilkan Rincian..." in {b.text() for b in box.buttons()}


@pytest.mark.parametrize(
    "mode", [QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave]
)
def test_file_dialog_shows_no_english(indonesian, qtbot, tmp_path, mode):
    """Verified: the three labels, the accept and cancel buttons, the tool buttons' tips,
    the column headers, the sidebar, the filter and the context-menu actions."""
    (tmp_path / "berita.docx").write_bytes(b"x")
    dialog = QFileDialog(None, "Kabar", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(mode)
    qtbot.addWidget(dialog)
    dialog.show()
    known = indonesian_texts()

    labels = [plain(w.text()) for w in dialog.findChildren(QLabel) if w.isVisible()]
    assert labels == ["Lihat di:", "Nama berkas:", "Jenis berkas:"]
    buttons = {plain(w.text()) for w in dialog.findChildren(QPushButton) if w.isVisible()}
    accept = "Buka" if mode == QFileDialog.AcceptMode.AcceptOpen else "Simpan"
    assert buttons == {accept, "Batal"}
    tools = dialog.findChildren(QToolButton)
    assert tools and all(plain(w.text()) in known | {""} for w in tools)
    assert {w.toolTip() for w in tools if w.isVisible()} >= {"Kembali", "Folder Induk"}
    assert all(w.toolTip() in known for w in tools if w.isVisible())

    model = dialog.findChild(QTreeView).model()
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers == ["Nama", "Ukuran", "Jenis", "Tanggal Diubah"]
    sidebar = dialog.findChild(QListView, "sidebar").model()
    assert "Komputer" in {sidebar.index(r, 0).data() for r in range(sidebar.rowCount())}
    assert dialog.nameFilters() == ["Semua Berkas (*)"]


def test_file_dialog_actions(indonesian, qtbot, tmp_path):
    dialog = QFileDialog(None, "Kabar", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    texts = {plain(a.text()) for a in dialog.findChildren(QAction)} - {""}
    assert {"Ganti Nama", "Hapus", "Tampilkan berkas tersembunyi", "Folder Baru"} <= texts
    assert "Tampilkan Ukuran" in texts  # "Show " + the column's own name
    known = indonesian_texts()
    assert all(t in known or t.startswith("Tampilkan ") for t in texts), texts


def test_text_field_context_menu(indonesian, qtbot):
    field = QLineEdit("Rudenim Kupang")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [a.text().split("\t")[0] for a in menu.actions() if not a.isSeparator()]
    assert texts == ["&Urungkan", "U&langi", "Po&tong", "&Salin", "T&empel", "Hapus", "Pilih Semua"]
    # The shortcuts keep their "+" (Qt asks for it through the same translator).
    assert menu.actions()[0].text().endswith("\tCtrl+Z")

    install_qt_translator(indonesian, "en")
    english = [a.text() for a in field.createStandardContextMenu().actions()]
    assert any(t.startswith("&Copy") for t in english)


def test_print_dialog_labels(indonesian, qtbot):
    printer = QPrinter()
    dialog = QPrintDialog(printer)
    qtbot.addWidget(dialog)
    dialog.show()
    buttons = {plain(b.text()) for b in dialog.findChildren(QPushButton) if b.isVisible()}
    assert {"Cetak", "Batal", "Opsi >>"} <= buttons
    assert "Nama:" in {plain(w.text()) for w in dialog.findChildren(QLabel)}


def test_calendar_names_months_in_indonesian(indonesian, qtbot):
    calendar = QCalendarWidget()
    qtbot.addWidget(calendar)
    assert calendar.locale().monthName(8) == "Agustus"


def test_english_installs_nothing(qapp):
    assert install_qt_translator(qapp, "en") is None
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


def test_every_entry_is_found_by_qt(indonesian):
    """The in-memory .qm file answers every (context, source) of the table."""
    for context, entries in qt_table("id").items():
        for source, text in entries.items():
            assert QCoreApplication.translate(context, source) == text, (context, source)
    # A disambiguated request falls back to the plain entry, as with Qt's own catalogues.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel", "dialog") == "Batal"
    assert QCoreApplication.translate("QPlatformTheme", "No such text") == "No such text"


def test_switching_twice_leaves_one_translator(qapp):
    first = install_qt_translator(qapp, "id")
    second = install_qt_translator(qapp, "id")
    assert first is not second
    install_qt_translator(qapp, "en")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"


PLACEHOLDER = re.compile(r"%\d+|%n")


def test_translations_keep_placeholders_and_shape():
    table = qt_table("id")
    assert len(table) > 20
    for context, entries in table.items():
        for source, text in entries.items():
            where = (context, source, text)
            assert text.strip(), where
            assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
            assert text.count("\n") == source.count("\n"), where
            assert text[:1].isspace() == source[:1].isspace(), where
            assert text[-1:].isspace() == source[-1:].isspace(), where  # "Show " + column name
            assert text.count("&") <= 1 and ("&" in text) <= ("&" in source), where
            for marker in ("...", ">>", "<<", "(*)"):
                assert (marker in text) == (marker in source), where


def test_shortcut_definitions_stay_english():
    """ "Alt+Left" is parsed as a key sequence by the file dialog: translating it breaks it."""
    file_dialog = qt_table("id")["QFileDialog"]
    assert not {"Alt+Left", "Alt+Right", "Alt+Up"} & set(file_dialog)


def test_qm_bytes_start_with_qt_magic():
    data = qm_bytes({"Ctx": {"Open": "Buka"}}, "id")
    assert data.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))
    assert "Buka".encode("utf-16-be") in data
