"""Schema version 4: photos an earlier Kabar stored with their metadata are cleaned (issue 12).

A real version-3 database (made by the released migrations 1–3) holds a draft whose photos
came in before the one photo door: a JPEG with GPS, camera and XMP in EXIF and orientation
6, a PNG with eXIf and tEXt chunks. Opened by this Kabar, its photos must carry nothing of
that, stand upright, and every version of the draft must still load and export; the old file
is kept as a backup; a damaged photo is set aside, never lost and never exported; an
interrupted upgrade changes nothing; and sync sends no new revision for the cleaning.
"""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
import zipfile

import pytest
from photo_samples import assert_upright, leaks_in, plain_jpeg, tagged_jpeg, tagged_png
from PIL import Image
from storehelp import Clock, sample
from v3_store import raw_photo, stored_photos, user_version, v3_store

from kabar_desktop.store import DraftStore, codec, photo_migration
from kabar_desktop.store import sync_state as state
from kabar_desktop.store.database import database_path
from kabar_desktop.sync import FolderTarget, Retry, SyncEngine

GPS_IFD = 0x8825


def _gps_draft():
    draft = sample()
    draft.title = "Pelatihan di Rudenim"
    draft.photos = [
        raw_photo(tagged_jpeg(), "photos/IMG_0001.jpg", "Peserta di halaman"),
        raw_photo(tagged_png(), "photos/layar.png", "Tangkapan layar"),
    ]
    return draft


def _old_store(path, clock, *, edits: int = 2):
    """A v3 database holding the GPS draft with ``edits`` later versions; (store, id)."""
    store = v3_store(path, clock)
    draft_id = store.create(_gps_draft())
    for n in range(edits):
        clock.advance(3600)
        draft = store.load(draft_id)
        draft.title = f"Pelatihan di Rudenim ({n + 2})"
        store.save(draft_id, draft)
    return store, draft_id


def _no_metadata(data: bytes) -> None:
    assert leaks_in(data) == []
    with Image.open(io.BytesIO(data)) as im:
        exif = im.getexif()
        assert dict(exif) == {} and dict(exif.get_ifd(GPS_IFD)) == {}
        assert not {"exif", "xmp", "XML:com.adobe.xmp", "comment", "Comment"} & set(im.info)


def test_stored_photos_lose_their_metadata_and_stand_upright(tmp_path):
    path, clock = tmp_path / "kabar.sqlite", Clock()
    store, draft_id = _old_store(path, clock)
    originals = set(stored_photos(path).values())
    assert all(leaks_in(data) for data in originals)  # the test's photos do leak
    store.close()

    store = DraftStore.open(path, clock=clock)
    try:
        assert store.opened.migrated_from == 3
        assert user_version(path) == photo_migration_version()
        draft = store.load(draft_id)
        assert [p.caption for p in draft.photos] == ["Peserta di halaman", "Tangkapan layar"]
        for photo in draft.photos:
            assert photo.data is not None and photo.data not in originals
            _no_metadata(photo.data)
            assert_upright(photo.data)
            assert (photo.width, photo.height) == (300, 400)
        # every version of the history shows the same clean photos
        versions = store.history(draft_id)
        assert len(versions) == 3
        for info in versions:
            old = store.load_revision(info.id)
            assert [p.data for p in old.photos] == [p.data for p in draft.photos]
    finally:
        store.close()
    # nothing in the database holds the originals any more; every reference has its photo
    photos = stored_photos(path)
    assert set(photos.values()).isdisjoint(originals)
    conn = sqlite3.connect(path)
    try:
        refs = {r[0] for r in conn.execute("SELECT sha256 FROM revision_photos")}
        contents = [r[0] for r in conn.execute("SELECT content FROM revisions")]
    finally:
        conn.close()
    assert refs == set(photos)
    for content in contents:
        assert {p["sha256"] for p in _photos_of(content)} == set(photos)


def photo_migration_version() -> int:
    from kabar_desktop.store.schema import SCHEMA_VERSION

    assert SCHEMA_VERSION >= 4
    return SCHEMA_VERSION


def _photos_of(content: str) -> list[dict]:
    import json

    return json.loads(content)["photos"]


def test_the_old_database_is_kept_as_a_backup(tmp_path):
    path, clock = tmp_path / "kabar.sqlite", Clock()
    store, _draft_id = _old_store(path, clock)
    originals = stored_photos(path)
    store.close()
    store = DraftStore.open(path, clock=clock)
    try:
        backup = store.opened.migration_backup
        notices = [p.message() for p in store.opened.notices()]
    finally:
        store.close()
    assert backup is not None and backup.exists()
    assert backup.name.endswith(f"-before-v{photo_migration_version()}.sqlite")
    assert user_version(backup) == 3
    assert stored_photos(backup) == originals  # the photos as they were, for a technician
    assert any(backup.name in line for line in notices)


def test_kabar_export_of_a_migrated_draft_carries_no_location(tmp_path):
    """The real command, in a child: it opens (and upgrades) the database itself."""
    clock = Clock()
    store, draft_id = _old_store(database_path(), clock)
    originals = list(stored_photos(database_path()).values())
    store.close()
    out = tmp_path / "berita.docx"
    done = subprocess.run(
        [sys.executable, "-m", "kabar_desktop", "export", str(draft_id), "-f", "docx"]
        + ["-o", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(out) as zf:
        parts = {name: zf.read(name) for name in zf.namelist()}
    media = [data for name, data in parts.items() if name.startswith("word/media/")]
    assert len(media) == 2
    for name, data in parts.items():
        assert leaks_in(data) == [], name
        assert not any(original in data for original in originals), name
    for data in media:
        _no_metadata(data)
        assert_upright(data)
    assert user_version(database_path()) == photo_migration_version()


def test_a_clean_store_is_left_byte_for_byte(tmp_path):
    """Photos taken in through the door already: the upgrade changes no byte of them, nor of
    any revision (and so mints nothing to sync)."""
    from kabar_desktop.store.photos import import_photo

    path, clock = tmp_path / "kabar.sqlite", Clock()
    store = v3_store(path, clock)
    draft = sample()
    draft.photos = [import_photo(tagged_jpeg(), name="a.jpg"), import_photo(plain_jpeg())]
    draft_id = store.create(draft)
    before = _dump(path)
    store.close()
    store = DraftStore.open(path, clock=clock)
    try:
        assert [p.data for p in store.load(draft_id).photos] == [p.data for p in draft.photos]
    finally:
        store.close()
    assert _dump(path) == before


def _dump(path) -> tuple:
    conn = sqlite3.connect(path)
    try:
        return (
            conn.execute("SELECT * FROM photos ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM revisions ORDER BY id").fetchall(),
            conn.execute("SELECT * FROM revision_photos ORDER BY 1, 2").fetchall(),
        )
    finally:
        conn.close()


def test_a_damaged_photo_is_set_aside_and_the_draft_kept(tmp_path):
    path, clock = tmp_path / "kabar.sqlite", Clock()
    store = v3_store(path, clock)
    good = tagged_jpeg()
    damaged = good[: len(good) // 2] + b"\xff\xd9"  # cut short, an end marker appended
    draft = _gps_draft()
    draft.photos = [
        raw_photo(damaged, "photos/rusak.jpg", "Foto yang rusak"),
        raw_photo(good, "photos/baik.jpg", "Foto yang baik"),
    ]
    draft_id = store.create(draft)
    store.close()

    store = DraftStore.open(path, clock=clock)
    try:
        notices = [p.message() for p in store.opened.notices()]
        loaded = store.load(draft_id)
        from kabar_desktop.compose import compose
        from kabar_desktop.export.docx import write_docx

        out = io.BytesIO()
        write_docx(compose(loaded), out)
    finally:
        store.close()
    kept, cleaned = loaded.photos
    assert (kept.caption, kept.data) == ("Foto yang rusak", None)  # no picture, not lost
    assert cleaned.caption == "Foto yang baik" and cleaned.data is not None
    _no_metadata(cleaned.data)
    assert any("Pelatihan di Rudenim" in line and "1" in line for line in notices), notices
    conn = sqlite3.connect(path)
    try:
        withheld = conn.execute("SELECT data, drafts FROM withheld_photos").fetchall()
    finally:
        conn.close()
    assert [(bytes(data), ids) for data, ids in withheld] == [(damaged, str(draft_id))]
    with zipfile.ZipFile(io.BytesIO(out.getvalue())) as zf:
        media = [zf.read(n) for n in zf.namelist() if n.startswith("word/media/")]
        document = zf.read("word/document.xml").decode()
    assert media == [cleaned.data] and "Foto yang rusak" in document


def test_an_interrupted_upgrade_changes_nothing(tmp_path, monkeypatch):
    path, clock = tmp_path / "kabar.sqlite", Clock()
    store, draft_id = _old_store(path, clock)
    store.close()
    before = _dump(path)
    calls = []
    real = photo_migration.clean_photo

    def failing(data, name, where=""):
        calls.append(name)
        if len(calls) == 2:
            raise KeyboardInterrupt  # the user closing Kabar in the middle of the upgrade
        return real(data, name, where)

    monkeypatch.setattr(photo_migration, "clean_photo", failing)
    with pytest.raises(KeyboardInterrupt):
        DraftStore.open(path, clock=clock)
    assert user_version(path) == 3 and _dump(path) == before
    monkeypatch.setattr(photo_migration, "clean_photo", real)
    store = DraftStore.open(path, clock=clock)
    try:
        for photo in store.load(draft_id).photos:
            _no_metadata(photo.data)
    finally:
        store.close()


def _sync(store: DraftStore, target, office: str):
    return SyncEngine(store, target, office, retry=Retry(attempts=1, wait=lambda s: False)).run()


def _sync_as_v3(store: DraftStore, target, office: str):
    """A sync by a Kabar of schema version 3: today's engine, on the columns version 5 adds
    for the desk (issue 16) for the time of the sync only; the file stays at version 3."""
    from kabar_desktop.store.schema import MIGRATIONS

    MIGRATIONS[5](store.db.conn)
    try:
        return _sync(store, target, office)
    finally:
        for sql in (
            "DROP TABLE remarks",
            "DROP INDEX sync_drafts_by_origin_sent",
            "DROP INDEX sync_drafts_by_sent",
            *(f"ALTER TABLE sync_drafts DROP COLUMN {c}"
              for c in ("sent", "arrived", "published_url", "published_on")),
        ):  # fmt: skip
            store.db.conn.execute(sql)


def test_the_cleaning_is_not_sent_as_a_new_revision(tmp_path):
    """The other offices clean what they receive at the same door: the upgrade mints no
    revision (one per upgrading office would make conflict copies), the bundles on the
    target stay, and an edit afterwards carries the clean photos."""
    (tmp_path / "bersama").mkdir()
    target = FolderTarget(tmp_path / "bersama")
    clock = Clock()
    upt, draft_id = _old_store(tmp_path / "upt.sqlite", clock, edits=0)
    upt.set_status(draft_id, "ready")
    assert _sync_as_v3(upt, target, "UPT").sent == 1
    upt.close()
    kanwil = DraftStore.open(tmp_path / "kanwil.sqlite", clock=clock)
    try:
        assert _sync(kanwil, target, "Kanwil").received == 1
        bundles = sorted(p.name for p in (target.root / "drafts").iterdir())

        upt = DraftStore.open(tmp_path / "upt.sqlite", clock=clock)  # upgraded here
        try:
            row = state.for_draft(upt, draft_id)
            assert row.digest == state.current_digest(upt, row)  # follows the clean content
            assert state.waiting(upt) == 0
            report = _sync(upt, target, "UPT")
            assert (report.sent, report.received, report.problems) == (0, 0, [])
            assert sorted(p.name for p in (target.root / "drafts").iterdir()) == bundles
            # the Kanwil cleaned the same photos at its door when it received them
            (got,) = kanwil.list()
            here = [p.data for p in upt.load(draft_id).photos]
            assert [p.data for p in kanwil.load(got.id).photos] == here
            # an edit undone mints nothing either
            draft = upt.load(draft_id)
            title = draft.title
            draft.title = "Sementara"
            upt.save(draft_id, draft)
            draft.title = title
            upt.save(draft_id, draft)
            assert _sync(upt, target, "UPT").sent == 0
            # a real edit travels with the clean photos
            draft.title = "Pelatihan Kehumasan di Rudenim"
            upt.save(draft_id, draft)
            assert _sync(upt, target, "UPT").sent == 1
            clean = [p.data for p in upt.load(draft_id).photos]
        finally:
            upt.close()
        report = _sync(kanwil, target, "Kanwil")
        assert report.received == 1 and report.conflicts == 0
        (row,) = [r for r in kanwil.list() if r.title == "Pelatihan Kehumasan di Rudenim"]
        received = [p.data for p in kanwil.load(row.id).photos]
        assert received == clean
        assert codec.photo_digest(received[0]) == codec.photo_digest(clean[0])
    finally:
        kanwil.close()
