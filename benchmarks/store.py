"""Store speed with 10,000 drafts: the drafts browser's list, full-text search, autosave.

Prints one figure per line, ``name: value unit``. Targets (issue 3), at the 95th percentile:
the browser's list query ≤ 100 ms, a search ≤ 20 ms, an autosave ≤ 15 ms. Autosave includes
the fsync of ``synchronous=FULL``, so it depends on the disk: run it where Kabar runs.

``browser_list``: every non-trashed draft's row, newest change first. ``search``: the rows of
drafts matching one or two words (a place, an event: about a tenth of the drafts), best
first. ``search_every_draft_matches``: the worst case, a word in all 10,000 drafts, whose cost
is building 10,000 rows; ``search_ids``: the same searches returning ids only, for a browser
that filters the rows it already holds.
"""

from __future__ import annotations

import copy
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kabar_desktop.model.draft import Paragraph  # noqa: E402
from kabar_desktop.model.draft_file import read_draft  # noqa: E402
from kabar_desktop.store import DraftStore  # noqa: E402

DRAFTS = 10_000
OFFICES = [
    "Rudenim Kupang",
    "Lapas Atambua",
    "Rutan Kefamenanu",
    "Kantor Imigrasi Kupang",
    "Bapas Kupang",
    "Lapas Waingapu",
    "Rutan Soe",
    "Kanwil Kemenkumham NTT",
    "Kantor Imigrasi Labuan Bajo",
    "Lapas Perempuan Kupang",
    "LPKA Kupang",
    "Rutan Ba'a",
    "Lapas Ende",
    "Rutan Larantuka",
    "Lapas Maumere",
    "Kantor Imigrasi Atambua",
    "Rupbasan Kupang",
    "Lapas Kalabahi",
    "Rutan Waikabubak",
    "Lapas Ruteng",
]
EVENTS = [
    "Pelatihan Kehumasan",
    "Rapat Koordinasi",
    "Kunjungan Kerja",
    "Penandatanganan Perjanjian Kinerja",
    "Bakti Sosial",
    "Upacara Hari Bhakti",
    "Sosialisasi Layanan Paspor",
    "Pembinaan Kepribadian Warga Binaan",
    "Pemeriksaan Kesehatan",
    "Razia Kamar Hunian",
]
WORDS = ["pegawai", "layanan", "masyarakat", "integritas", "pelayanan", "publik", "kinerja"]


def build(store: DraftStore, rng: random.Random) -> list[int]:
    base = read_draft(ROOT / "tests" / "data" / "sample.json")
    ids = []
    start = time.perf_counter()
    with store.bulk():
        for i in range(DRAFTS):
            draft = copy.deepcopy(base)
            office, event = rng.choice(OFFICES), rng.choice(EVENTS)
            draft.organizer = office
            draft.event = event
            draft.title = f"{office} Gelar {event} #{i}"
            draft.date = dt.date(2021, 1, 1) + dt.timedelta(days=rng.randrange(1500))
            draft.paragraphs = [
                Paragraph(" ".join(rng.choice(WORDS) for _ in range(30)) + f" {office}.")
                for _ in range(rng.randrange(1, 4))
            ] + draft.paragraphs
            ids.append(store.create(draft))
    print(f"build_{DRAFTS}_drafts: {time.perf_counter() - start:.1f} s")
    return ids


def timings(fn, runs: int) -> tuple[float, float]:
    for _ in range(3):
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
    print(f"{name}_median: {median:.2f} ms")
    print(f"{name}_p95: {p95:.2f} ms")


def main() -> None:
    rng = random.Random(3)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KABAR_HOME"] = tmp
        store = DraftStore.open(session=True)
        ids = build(store, rng)
        store.close()

        start = time.perf_counter()
        store = DraftStore.open(session=True)  # a start: quick_check and a backup copy
        print(f"first_open_with_check_and_backup: {(time.perf_counter() - start) * 1000:.0f} ms")
        store.close()
        start = time.perf_counter()
        store = DraftStore.open(session=True)
        print(f"open_with_check: {(time.perf_counter() - start) * 1000:.0f} ms")
        size = store.db.path.stat().st_size / 1e6
        print(f"database_size: {size:.1f} MB")

        rows = store.list()
        assert len(rows) == DRAFTS
        report("browser_list", store.list, 50)
        queries = iter(["atambua", "lapas ende", "sosialisasi paspor", "waingapu bakti"] * 100)
        print(f"search_hits: {len(store.search('atambua'))} drafts for 'atambua'")
        report("search", lambda: store.search(next(queries)), 100)
        report("search_every_draft_matches", lambda: store.search("kehumasan"), 30)
        report("search_ids", lambda: store.search_ids(next(queries)), 100)
        report("search_ids_every_draft_matches", lambda: store.search_ids("kehumasan"), 30)

        draft_id = rng.choice(ids)
        draft = store.load(draft_id)
        for n in range(100):  # a draft with history
            draft.paragraphs[-1].text += f" {n}"
            store.save(draft_id, draft)
        counter = iter(range(10**6))

        def autosave() -> None:
            first = draft.paragraphs[0]
            first.text = first.text[:-1] + "abcdefghij"[next(counter) % 10]
            store.save(draft_id, draft)

        report("autosave", autosave, 300)
        report("autosave_unchanged", lambda: store.save(draft_id, draft), 300)
        report("load_draft", lambda: store.load(draft_id), 100)
        store.close()


if __name__ == "__main__":
    main()
