"""The Kanwil desk at scale (issue 16 #6): 30 offices, a year of articles, about 15,000 drafts.

Prints ``name: value unit`` lines. Targets: the desk opens in ≤ 300 ms (``desk_open``: the
newest 200 incoming drafts, the count waiting and the offices silent today), a filter takes
≤ 50 ms (``desk_filter``: one office, one verdict and a word through the full-text index),
the month's report ≤ 1 s (``month_report``: counting the last full month); ``report_xlsx``
and ``report_pdf`` write it. Each figure is the median of several runs, with the 95th
percentile beside it.

The database is built with SQL in one transaction (``store.create`` per draft would take
minutes): every draft has a real revision (a composed-looking article: dateline, lead,
paragraphs, a speaker's statement), its row in the full-text index, its ``sync_drafts`` row
(origin, sent, arrived, verdict, published link) and, for drafts sent back, remarks.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
import uuid as uuidlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kabar_desktop.model.draft import Draft, Paragraph, Speaker, Statement  # noqa: E402
from kabar_desktop.store import DraftStore, codec, desk  # noqa: E402

DRAFTS = 15_000
DAYS = 365
PLACES = [
    "Kupang",
    "Atambua",
    "Kefamenanu",
    "Soe",
    "Waingapu",
    "Ende",
    "Maumere",
    "Larantuka",
    "Kalabahi",
    "Ruteng",
    "Labuan Bajo",
    "Waikabubak",
    "Ba'a",
    "Bajawa",
    "Lewoleba",
]
KINDS = ["Lapas", "Rutan", "Kantor Imigrasi", "Bapas", "Rupbasan", "LPKA"]
OFFICES = list(dict.fromkeys(f"{k} {p}" for p in PLACES for k in KINDS))[:30]
KANWIL = "Kanwil Kemenkumham NTT"
EVENTS = [
    "Pelatihan Kehumasan",
    "Rapat Koordinasi",
    "Kunjungan Kerja",
    "Bakti Sosial",
    "Penandatanganan Perjanjian Kinerja",
    "Upacara Hari Bhakti",
    "Sosialisasi Layanan Paspor",
    "Pembinaan Kepribadian Warga Binaan",
    "Pemeriksaan Kesehatan",
    "Razia Kamar Hunian",
    "Penyuluhan Hukum",
    "Panen Raya Sayuran",
    "Sidang TPP",
    "Donor Darah",
]
SENTENCES = [
    "Kegiatan ini diikuti oleh seluruh pegawai dan berlangsung dengan tertib dan lancar.",
    "Kepala kantor menekankan pentingnya integritas dalam memberikan pelayanan publik.",
    "Para peserta tampak antusias mengikuti setiap sesi yang disampaikan narasumber.",
    "Melalui kegiatan ini diharapkan kinerja pegawai semakin meningkat.",
    "Warga binaan juga dilibatkan dalam kegiatan sebagai bagian dari program pembinaan.",
    "Kegiatan ditutup dengan foto bersama dan ramah tamah di aula kantor.",
    "Layanan kepada masyarakat tetap berjalan normal selama kegiatan berlangsung.",
    "Petugas melakukan pemeriksaan dengan teliti sesuai prosedur yang berlaku.",
]
QUOTES = [
    "Kami berkomitmen memberikan layanan terbaik bagi masyarakat",
    "Pembinaan yang baik akan menyiapkan warga binaan kembali ke tengah masyarakat",
    "Sinergi antarinstansi menjadi kunci keberhasilan program ini",
]


def article(rng: random.Random, office: str, day: dt.date, n: int) -> Draft:
    event = rng.choice(EVENTS)
    place = office.split(" ", 1)[1] if " " in office else office
    return Draft(
        title=f"{office} Gelar {event} {n}",
        dateline=place.split()[-1],
        date=day,
        organizer=office,
        event=event,
        venue=f"Aula {office}",
        participants="seluruh pegawai",
        speakers=[
            Speaker(
                name=rng.choice(["Yohanes Taek", "Maria Bano", "Agus Salim", "Dewi Lestari"]),
                position=f"Kepala {office}",
                statements=[Statement(text=rng.choice(QUOTES))],
            )
        ],
        paragraphs=[
            Paragraph(" ".join(rng.sample(SENTENCES, 3))) for _p in range(rng.randrange(2, 5))
        ],
        credit="humas/" + "".join(w[0] for w in office.lower().split()),
    )


def build(store: DraftStore, rng: random.Random, today: dt.date) -> None:
    start = time.perf_counter()
    first = today - dt.timedelta(days=DAYS - 1)
    with store.db.transaction() as c:
        for n in range(DRAFTS):
            office = rng.choice(OFFICES)
            day = first + dt.timedelta(days=rng.randrange(DAYS))
            sent = dt.datetime.combine(day, dt.time(rng.randrange(7, 18), rng.randrange(60)))
            sent_at = sent.timestamp()
            arrived = sent_at + rng.randrange(60, 6 * 3600)
            draft = article(rng, office, day, n)
            content = codec.encode(draft)
            draft_id = c.execute(
                "INSERT INTO drafts (title, event_date, organizer, status, created, changed) "
                "VALUES (?, ?, ?, 'sent', ?, ?)",
                (draft.title, day.isoformat(), office, arrived, arrived),
            ).lastrowid
            revision = c.execute(
                "INSERT INTO revisions (draft_id, saved, kind, content) VALUES (?, ?, 'sync', ?)",
                (draft_id, arrived, content),
            ).lastrowid
            c.execute("UPDATE drafts SET head = ? WHERE id = ?", (revision, draft_id))
            c.execute(
                "INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)",
                (draft_id, *codec.search_text(draft)),
            )
            age = (today - day).days
            roll = rng.random()
            if age < 3 and roll < 0.6:
                review = ""
            elif roll < 0.45:
                review = "published"
            elif roll < 0.85:
                review = "accepted"
            elif roll < 0.95:
                review = "needs_changes"
            else:
                review = ""
            uuid = uuidlib.UUID(int=rng.getrandbits(128)).hex
            published = review == "published"
            # revisions as sync names them (24 hex digits): a draft sent, edited, judged
            ancestors = [uuidlib.UUID(int=rng.getrandbits(128)).hex[:24] for _r in range(6)]
            gen = rng.randrange(1, 7)
            c.execute(
                "INSERT INTO sync_drafts (uuid, draft_id, origin, review, rev, gen, ancestors, "
                "head, digest, sent, arrived, published_url, published_on) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    uuid,
                    draft_id,
                    office,
                    review,
                    ancestors[gen - 1],
                    gen,
                    " ".join(ancestors[: gen - 1]),
                    revision,
                    uuid[:32],
                    sent_at,
                    arrived,
                    f"https://ntt.kemenkumham.go.id/berita/{n}" if published else "",
                    (day + dt.timedelta(days=1)).isoformat() if published else "",
                ),
            )
            if review == "needs_changes":
                for k in range(rng.randrange(1, 4)):
                    c.execute(
                        "INSERT INTO remarks (rid, uuid, anchor, text, created, done) "
                        "VALUES (?, ?, ?, ?, ?, ?)",
                        (
                            uuidlib.UUID(int=rng.getrandbits(128)).hex[:24],
                            uuid,
                            f"paragraphs[{k}].text",
                            "Kalimat ini terlalu panjang, mohon dipecah.",
                            arrived + 3600,
                            int(rng.random() < 0.5),
                        ),
                    )
    print(f"build_{DRAFTS}_drafts: {time.perf_counter() - start:.1f} s")


def timings(fn, runs: int) -> tuple[float, float]:
    for _ in range(2):
        fn()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))]


def report(name: str, fn, runs: int) -> None:
    median, p95 = timings(fn, runs)
    print(f"{name}: {median:.1f} ms")
    print(f"{name}_p95: {p95:.1f} ms")


def main() -> None:
    from kabar_desktop.services.report import month_report, write_report

    rng = random.Random(16)
    today = dt.date.today()
    last_month = today.replace(day=1) - dt.timedelta(days=1)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KABAR_HOME"] = tmp
        store = DraftStore.open(session=True)
        build(store, rng, today)
        store.close()
        store = DraftStore.open(session=True)
        print(f"database_size: {store.db.path.stat().st_size / 1e6:.1f} MB")

        def open_desk() -> None:
            rows = desk.incoming(store, limit=200)
            assert len(rows) == 200
            desk.waiting(store)
            desk.silent_offices(store, OFFICES, today)

        filters = iter(
            [(o, v, w) for o in OFFICES[:6] for v in ("accepted", "") for w in ("aula", "panen")]
            * 10
        )

        def filter_desk() -> None:
            office, verdict, word = next(filters)
            desk.incoming(store, office=office, verdict=verdict, text=word)

        print(f"incoming_all: {len(desk.incoming(store))} drafts, {desk.waiting(store)} waiting")
        report("desk_open", open_desk, 20)
        report("desk_filter", filter_desk, 40)
        report("desk_all_rows", lambda: desk.incoming(store), 10)

        def count():
            return month_report(store, last_month.year, last_month.month, OFFICES, KANWIL, today)

        month = count()
        print(f"month_articles: {month.total.sent} in {last_month:%Y-%m}")
        report("month_report", count, 10)
        out = Path(tmp)
        for fmt in ("xlsx", "pdf", "csv"):
            report(f"report_{fmt}", lambda f=fmt: write_report(month, out / f"laporan.{f}", f), 5)
        store.close()


if __name__ == "__main__":
    main()
