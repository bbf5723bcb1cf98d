"""Screenshots of the Kanwil desk for the documentation: ``desk.png`` and ``report.png``.

    python docs/screenshots/desk_screenshots.py [output folder]   (default: docs/screenshots/)

Uses the project's screenshot script (packaging/screenshots.py: where it draws, a throw-away
``KABAR_HOME``, Indonesian) and fills the store as a Kanwil's stands after a month of
syncing: twelve UPTs, about four weeks of articles with verdicts, remarks and published
links (the sync rows written as schema version 5 holds them).
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import uuid as uuidlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
sys.path.insert(0, str(ROOT))

import screenshots as shots  # noqa: E402  (packaging/screenshots.py)

KANWIL = "Kanwil Ditjenpas NTT"
OFFICES = [
    ("Lapas Kelas IIA Kupang", "Kupang", 1.6),
    ("Rutan Kelas IIB Soe", "Soe", 1.1),
    ("Lapas Kelas IIB Atambua", "Atambua", 0.9),
    ("Rutan Kelas IIB Kefamenanu", "Kefamenanu", 0.7),
    ("Lapas Perempuan Kelas III Kupang", "Kupang", 1.0),
    ("LPKA Kelas I Kupang", "Kupang", 0.8),
    ("Bapas Kelas II Kupang", "Kupang", 0.6),
    ("Lapas Kelas IIB Ende", "Ende", 0.7),
    ("Lapas Kelas IIB Maumere", "Maumere", 0.5),
    ("Rutan Kelas IIB Waingapu", "Waingapu", 0.4),
    ("Lapas Kelas III Waikabubak", "Waikabubak", 0.3),
    ("Rutan Kelas IIB Ba'a", "Ba'a", 0.2),
]
TITLES = [
    "Pembinaan Kerohanian bagi Warga Binaan",
    "Apel Pagi dan Penguatan Integritas Pegawai",
    "Razia Kamar Hunian Cegah Peredaran Narkoba",
    "Penyuluhan Hukum bagi Tahanan",
    "Pelatihan Keterampilan Menjahit bagi Warga Binaan",
    "Penandatanganan Perjanjian Kinerja Tahun 2026",
    "Pemeriksaan Kesehatan Gratis bagi Warga Binaan",
    "Senam Pagi Bersama Pegawai dan Warga Binaan",
    "Layanan Kunjungan Daring bagi Keluarga",
    "Panen Sayur Hasil Pembinaan Kemandirian",
    "Tes Urine Pegawai Secara Acak",
    "Rapat Evaluasi Kinerja Bulanan",
    "Pelatihan Barista bagi Warga Binaan",
    "Sosialisasi Layanan Pengaduan Masyarakat",
    "Kunjungan Kerja Kepala Kanwil",
]
REMARKS = [
    ("title", "Judul terlalu panjang; cukup satu baris."),
    ("paragraphs[0]", "Sebutkan jumlah warga binaan yang ikut."),
    ("speakers[0].position", "Tulis jabatan lengkap sesuai SK."),
]


def article(title: str, office: str, city: str, day: dt.date):
    from kabar_desktop.model.draft import Draft, Paragraph, Speaker, Statement

    return Draft(
        title=title,
        dateline=city,
        date=day,
        organizer=office,
        event=title.lower(),
        venue=f"aula {office}",
        participants="pegawai dan warga binaan",
        speakers=[
            Speaker(
                name="Yohanes Bria",
                position=f"Kepala {office}",
                statements=[
                    Statement(
                        kind="quote",
                        text="Kegiatan ini kami laksanakan rutin agar warga binaan siap "
                        "kembali ke masyarakat.",
                    )
                ],
            )
        ],
        paragraphs=[
            Paragraph(text="Kegiatan berjalan tertib dan diikuti dengan antusias."),
        ],
        credit="humas/yb",
    )


def fill(store, today: dt.date) -> list[int]:
    """About four weeks of a Kanwil's incoming drafts; the ids of today's."""
    from kabar_desktop.store import remarks as remark_store

    rng = random.Random(16)
    todays = []
    first = (today.replace(day=1) - dt.timedelta(days=1)).replace(day=1)  # last month
    day = first
    while day <= today:
        for office, city, rate in OFFICES:
            if day == today and rate < 0.7:
                continue  # the small offices have sent nothing yet today
            for _n in range(int(rate) + (rng.random() < rate % 1)):
                when = dt.datetime.combine(day, dt.time(rng.randint(7, 15), rng.randint(0, 59)))
                title = rng.choice(TITLES)
                age = (today - day).days
                review = ""
                if age >= 1:
                    review = rng.choices(
                        ["accepted", "published", "needs_changes", ""], [3, 5, 1.5, 1]
                    )[0]
                draft_id = store.create(article(title, office, city, day), kind="sync")
                store.set_status(draft_id, "sent")
                url = on = ""
                if review == "published":
                    slug = title.lower().replace(" ", "-")
                    url = f"https://ntt.ditjenpas.go.id/berita/{day:%Y/%m}/{slug}"
                    on = (day + dt.timedelta(days=1)).isoformat()
                with store.db.transaction() as c:
                    c.execute(
                        "INSERT INTO sync_drafts (uuid, draft_id, origin, review, sent, "
                        "arrived, rev, gen, head, digest, published_url, published_on) "
                        "SELECT ?, ?, ?, ?, ?, ?, ?, 1, d.head, 'x', ?, ? FROM drafts d "
                        "WHERE d.id = ?",
                        (uuidlib.uuid4().hex, draft_id, office, review, when.timestamp(),
                         when.timestamp() + 900, uuidlib.uuid4().hex[:24], url, on, draft_id),
                    )  # fmt: skip
                if review == "needs_changes":
                    anchor, text = rng.choice(REMARKS)
                    remark_store.add(store, draft_id, anchor, text, author=KANWIL)
                if day == today:
                    todays.append(draft_id)
        day += dt.timedelta(days=1)
    return todays


def main(out: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from kabar_desktop import i18n
    from kabar_desktop.gui.desk.desk_window import DeskWindow
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.shell.main_window import MainWindow
    from kabar_desktop.gui.shell.qt_translations import install_qt_translator
    from kabar_desktop.model.draft import Draft
    from kabar_desktop.settings import OfficeProfile, Settings, save_settings
    from kabar_desktop.store import DraftStore

    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["kabar"])
    app.setApplicationName("Kabar")
    i18n.set_language("id")
    install_qt_translator(app, "id")
    profile = OfficeProfile(
        office_name=KANWIL,
        city="Kupang",
        credit_initials="yb",
        role="kanwil",
        kanwil_name=KANWIL,
        offices=[name for name, _city, _rate in OFFICES],
    )
    settings = Settings(language="id", profile=profile, first_start_done=True)
    save_settings(settings)
    today = dt.date.today()
    store = DraftStore.open(session=True)
    todays = fill(store, today)

    window = MainWindow(settings, DraftSession(Draft()), store)
    window.resize(*shots.WINDOW_SIZE)
    window.show()
    shots.settle(app)
    window.later.run()
    desk = window.findChild(DeskWindow, "desk-window")
    assert desk is not None, "a Kanwil's window opens on the desk"
    desk.resize(*shots.WINDOW_SIZE)
    shots.settle(app)
    desk.list.select_draft(todays[2])
    reader = desk.reader
    reader.facts.pick("paragraphs[0]")
    reader.remarks.text.setPlainText("Sebutkan berapa warga binaan yang ikut serta.")
    desk.add_remark()
    reader.facts.pick("title")
    reader.remarks.text.setPlainText("Judul sudah baik; tambahkan nama kantor di akhir.")
    reader.remarks.text.setFocus()
    shots.settle(app)
    shots.save(desk, out / "desk.png")

    report = desk.show_report()
    assert report is not None
    report.wait()
    shots.settle(app)
    previous = today.replace(day=1) - dt.timedelta(days=1)
    from PySide6.QtCore import QDate

    report.month.setDate(QDate(previous.year, previous.month, 1))
    for _round in range(100):
        report.wait()
        shots.settle(app, 1)
        if report.report is not None and report.report.month == previous.month:
            break
    report.table.setFocus()
    shots.settle(app)
    shots.save(desk, out / "report.png")
    desk.close()
    window.session.mark_saved()
    window.close()
    store.close()


def choose_platform() -> None:
    """As ``shots.choose_platform``, re-running this script (not that one) under Xvfb."""
    import os
    import shutil
    import subprocess

    if os.environ.get("QT_QPA_PLATFORM"):
        return
    desktop = os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    if sys.platform.startswith("linux") and not desktop:
        xvfb = shutil.which("xvfb-run")
        if xvfb and not os.environ.get(shots._REEXEC):  # noqa: SLF001
            env = {**os.environ, shots._REEXEC: "1"}  # noqa: SLF001
            screen = "-screen 0 1920x1080x24"
            cmd = [xvfb, "-a", "-s", screen, sys.executable, __file__, *sys.argv[1:]]
            sys.exit(subprocess.call(cmd, env=env))
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


if __name__ == "__main__":
    choose_platform()
    target = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    with tempfile.TemporaryDirectory(prefix="kabar-desk-screenshots-") as tmp:
        shots.prepare_home(Path(tmp))
        main(target)
