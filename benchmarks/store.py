"""Store speed with 10,000 drafts: the drafts browser's list, full-text search, autosave;
and the upgrade to schema version 4 on 3,000 stored photos (``store.py photos``: that alone).

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


# --- schema version 4: every stored photo through the photo door (issue 12) -------------
PHOTOS = 3000  # a few thousand photos: years of a busy office's drafts
PHOTOS_PER_DRAFT = 3


def _phone_photo(rng: random.Random, size: tuple[int, int], orientation: int | None) -> bytes:
    """A distinct photo (noise and a coloured block), with a phone's EXIF when
    ``orientation`` is given (GPS, camera, that orientation), else as Kabar's own copy."""
    import io

    from PIL import Image

    im = Image.effect_noise(size, 40).convert("RGB")
    x, y = rng.randrange(size[0] // 2), rng.randrange(size[1] // 2)
    colour = (rng.randrange(256), rng.randrange(256), rng.randrange(256))
    im.paste(colour, (x, y, x + size[0] // 3, y + size[1] // 3))
    buf = io.BytesIO()
    options: dict = {"quality": 85}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x010F], exif[0x0112] = "KameraHP", orientation
        exif[0x8825] = {1: "S", 2: (10.0, 9.0, 36.0), 3: "E", 4: (123.0, 36.0, 0.0)}
        options["exif"] = exif
    im.save(buf, "JPEG", **options)
    return buf.getvalue()


def _v3_database(path: Path, photos: list[bytes]) -> None:
    """A version-3 database (the released migrations 1–3) whose drafts hold ``photos``."""
    from kabar_desktop.model.draft import Photo
    from kabar_desktop.store.database import Database, OpenResult, _connect
    from kabar_desktop.store.schema import MIGRATIONS

    conn = _connect(path)
    for version in (1, 2, 3):
        conn.execute("BEGIN IMMEDIATE")
        MIGRATIONS[version](conn)
        conn.execute(f"PRAGMA user_version = {version}")
        conn.execute("COMMIT")
    store = DraftStore(Database(path, conn, time.time, OpenResult(path=path)))
    base = read_draft(ROOT / "tests" / "data" / "sample.json")
    with store.bulk():
        for i in range(0, len(photos), PHOTOS_PER_DRAFT):
            draft = copy.deepcopy(base)
            draft.photos = [
                Photo(file=f"foto{i + n}.jpg", data=data, media_type="image/jpeg")
                for n, data in enumerate(photos[i : i + PHOTOS_PER_DRAFT])
            ]
            store.create(draft)
    store.close()


def _timed_upgrade(path: Path) -> float:
    start = time.perf_counter()
    DraftStore.open(path).close()  # the backup copy, then the migration
    return time.perf_counter() - start


def photo_migration() -> None:
    """The upgrade's time on a generated store: a third of the photos already Kabar's own
    copies (checked only), a third with GPS (metadata cut out), a third also turned by EXIF
    orientation 6 (encoded again); 1024 × 768 px. Then the cost per phone original."""
    rng = random.Random(4)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["KABAR_HOME"] = tmp
        kinds = [None, 1, 6]
        start = time.perf_counter()
        photos = [_phone_photo(rng, (1024, 768), kinds[i % 3]) for i in range(PHOTOS)]
        path = Path(tmp) / "lama.sqlite"
        _v3_database(path, photos)
        size = sum(map(len, photos)) / 1e6
        print(f"photo_migration_store_built: {time.perf_counter() - start:.1f} s")
        print(f"photo_migration_photos_size: {size:.0f} MB")
        seconds = _timed_upgrade(path)
        print(f"photo_migration_{PHOTOS}_photos: {seconds:.1f} s")
        print(f"photo_migration_per_photo: {seconds / PHOTOS * 1000:.1f} ms")
        for label, orientation in (("gps", 1), ("gps_turned", 6)):
            originals = [_phone_photo(rng, (4000, 3000), orientation) for _ in range(20)]
            path = Path(tmp) / f"telepon-{label}.sqlite"
            _v3_database(path, originals)
            seconds = _timed_upgrade(path)
            print(f"photo_migration_12mp_{label}: {seconds / len(originals) * 1000:.0f} ms/photo")


if __name__ == "__main__":
    if sys.argv[1:] == ["photos"]:
        photo_migration()
    else:
        main()
        photo_migration()
