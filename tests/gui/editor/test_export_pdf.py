"""File ▸ Export PDF writes a PDF as readable as the other exports (not mkstemp's 0600)."""

from __future__ import annotations

import os
import stat

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_pdf_gets_the_users_umask_like_every_export(window, monkeypatch, tmp_path):
    out = tmp_path / "berita.pdf"
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), "PDF"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    old = os.umask(0o022)
    try:
        window.acts.export_pdf.trigger()
    finally:
        os.umask(old)
    assert warnings == []
    assert out.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(out.stat().st_mode) == 0o644
    assert list(tmp_path.glob(".*tmp")) == []
