"""``kabar report``: a Kanwil writes its month; anyone else, or a bad month, hears why (exit 2)."""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from kabar_desktop.cli import main
from kabar_desktop.settings import OfficeProfile, Settings, save_settings
from kabar_desktop.store import DraftStore

from . import monthdata as m


def profile(role: str) -> None:
    save_settings(
        Settings(
            profile=OfficeProfile(
                office_name="Kanwil NTT",
                city="Kupang",
                role=role,
                kanwil_name=m.KANWIL,
                offices=list(m.LISTED),
            )
        )
    )


@pytest.fixture
def kanwil():
    profile("kanwil")
    store = DraftStore.open()
    try:
        m.fill(store)
    finally:
        store.close()


def test_a_upt_is_told_where_to_set_the_role(tmp_path, capsys):
    profile("upt")
    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--month", "2026-10", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert "Kanwil" in err and "Preferensi ▸ Profil kantor" in err
    assert "Traceback" not in err
    assert not out.exists()


@pytest.mark.parametrize("month", ["2026-13", "Oktober", "10-2026", "2026-10-01"])
def test_a_malformed_month_is_refused(kanwil, tmp_path, capsys, month):
    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--month", month, "-o", str(out)]) == 2
    assert f"'{month}' bukan bulan" in capsys.readouterr().err
    assert not out.exists()


def test_an_unknown_suffix_without_format_is_refused(kanwil, tmp_path, capsys):
    out = tmp_path / "laporan.docx"
    assert main(["report", "--month", "2026-10", "-o", str(out)]) == 2
    assert "--format" in capsys.readouterr().err
    assert not out.exists()


def test_a_missing_folder_is_refused(kanwil, tmp_path, capsys):
    out = tmp_path / "tidak-ada" / "laporan.csv"
    assert main(["report", "--month", "2026-10", "-o", str(out)]) == 2
    assert "tidak-ada" in capsys.readouterr().err


def test_the_format_comes_from_the_suffix(kanwil, tmp_path, capsys):
    out = tmp_path / "laporan.xlsx"
    assert main(["report", "--month", "2026-10", "-o", str(out)]) == 0
    assert "Oktober 2026, 8 berita dari 4 kantor" in capsys.readouterr().out
    table = load_workbook(out)["Per kantor"]
    rows = {r[0]: tuple(r[1:]) for r in table.iter_rows(min_row=4, values_only=True)}
    assert rows == {**m.EXPECTED, "Jumlah": m.TOTAL}


def test_format_wins_over_the_suffix(kanwil, tmp_path):
    out = tmp_path / "laporan.txt"
    assert main(["report", "--month", "2026-10", "--format", "csv", "-o", str(out)]) == 0
    with out.open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))
    assert lines[3] == [m.KUPANG, "5", "3", "1", "2", "27"]


def test_the_command_needs_neither_qt_nor_babel(kanwil, tmp_path):
    """The command line has no Qt (the PDF's chart is fpdf2's), and Babel's calendar comes
    saved, as for the articles' dates."""
    import os
    import subprocess
    import sys

    out = tmp_path / "laporan.pdf"
    code = (
        "import sys; from kabar_desktop.cli import main; "
        f"status = main(['report', '--month', '2026-10', '-o', {str(out)!r}]); "
        "print(status, *sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'babel') or m.startswith('kabar_desktop.gui')))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=os.environ, timeout=120
    )
    assert result.stdout.splitlines()[-1] == "0", result.stderr[-2000:] + result.stdout
    assert out.read_bytes().startswith(b"%PDF")
