"""The desk's queries: what came in, from whom, when; the filters; who sent nothing today."""

from __future__ import annotations

import datetime as dt

import pytest

from kabar_desktop.store import DraftStore, desk

from .deskhelp import at, own, received

DAY = dt.date(2026, 11, 2)
NEXT = DAY + dt.timedelta(days=1)
KUPANG, SOE, ATAMBUA = "Lapas Kelas IIA Kupang", "Rutan Kelas IIB Soe", "Lapas Atambua"


@pytest.fixture
def store():
    store = DraftStore.open()
    yield store
    store.close()


@pytest.fixture
def filled(store):
    ids = {
        "panen": received(store, KUPANG, at(DAY, 8), "accepted", title="Panen raya di lapas"),
        "bakti": received(
            store,
            KUPANG,
            at(NEXT, 10),
            "needs_changes",
            title="Bakti sosial",
            remarks=(("Judul terlalu panjang", False), ("Foto buram", False), ("Ok", True)),
        ),
        "sidang": received(store, SOE, at(NEXT, 9), title="Sidang TPP warga binaan"),
        "rapat": received(
            store,
            SOE,
            at(DAY, 15),
            "published",
            title="Rapat koordinasi",
            published_url="https://kemenkumham.go.id/berita/rapat",
            published_on="2026-11-03",
        ),
        # travelled from an older Kabar: no "sent", counted by its arrival
        "old": received(store, ATAMBUA, None, title="Kunjungan keluarga", arrived=at(NEXT, 7)),
    }
    # what the desk never shows: the Kanwil's own draft, a conflict copy, the trash, a deletion
    own(store, "Kanwil NTT", at(NEXT, 11))
    received(store, KUPANG, at(NEXT, 12), title="Salinan konflik", conflict_of="x" * 32)
    received(store, SOE, at(NEXT, 13), title="Dibuang", trashed=True)
    received(store, SOE, at(NEXT, 14), title="Dihapus", deleted=True)
    return ids


def titles(rows) -> list[str]:
    return [r.title for r in rows]


def test_incoming_lists_other_offices_drafts_newest_first(store, filled):
    rows = desk.incoming(store)
    assert titles(rows) == [
        "Bakti sosial",
        "Sidang TPP warga binaan",
        "Kunjungan keluarga",
        "Rapat koordinasi",
        "Panen raya di lapas",
    ]
    by_title = {r.title: r for r in rows}
    assert by_title["Bakti sosial"].origin == KUPANG
    assert by_title["Bakti sosial"].open_remarks == 2  # the third is done
    assert by_title["Bakti sosial"].day == NEXT
    assert by_title["Rapat koordinasi"].published_url.endswith("/rapat")
    assert by_title["Rapat koordinasi"].published_on == "2026-11-03"
    assert by_title["Kunjungan keluarga"].sent is None
    assert by_title["Kunjungan keluarga"].day == NEXT  # its arrival


def test_filters_by_office_verdict_days_and_text(store, filled):
    assert titles(desk.incoming(store, office=SOE)) == [
        "Sidang TPP warga binaan",
        "Rapat koordinasi",
    ]
    assert titles(desk.incoming(store, verdict="")) == [
        "Sidang TPP warga binaan",
        "Kunjungan keluarga",
    ]
    assert titles(desk.incoming(store, verdict="needs_changes")) == ["Bakti sosial"]
    assert titles(desk.incoming(store, since=NEXT)) == titles(desk.incoming(store))[:3]
    assert titles(desk.incoming(store, until=DAY)) == ["Rapat koordinasi", "Panen raya di lapas"]
    assert desk.incoming(store, since=NEXT + dt.timedelta(days=1)) == []
    assert titles(desk.incoming(store, text="panen")) == ["Panen raya di lapas"]
    assert titles(desk.incoming(store, text="lancar", office=KUPANG, verdict="accepted")) == [
        "Panen raya di lapas"
    ]
    assert desk.incoming(store, text="lancar", office=ATAMBUA, verdict="accepted") == []
    assert desk.incoming(store, text="***") == []  # no word to search for: nothing, no error
    assert titles(desk.incoming(store, limit=2)) == ["Bakti sosial", "Sidang TPP warga binaan"]


def test_the_text_filter_follows_an_edit(store, filled):
    draft = store.load(filled["sidang"])
    draft.title = "Sidang pembinaan narapidana"
    store.save(filled["sidang"], draft)
    assert titles(desk.incoming(store, text="pembinaan")) == ["Sidang pembinaan narapidana"]
    assert desk.incoming(store, text="TPP") == []


def test_waiting_counts_drafts_without_a_verdict(store, filled):
    assert desk.waiting(store) == 2
    store.db.conn.execute(
        "UPDATE sync_drafts SET review = 'accepted' WHERE draft_id = ?", (filled["old"],)
    )
    assert desk.waiting(store) == 1


def test_silent_offices_are_those_that_sent_nothing_that_day(store, filled):
    offices = [KUPANG, SOE, ATAMBUA, "Rudenim Kupang"]
    assert desk.silent_offices(store, offices, DAY) == [ATAMBUA, "Rudenim Kupang"]
    assert desk.silent_offices(store, offices, NEXT) == ["Rudenim Kupang"]
    assert desk.silent_offices(store, offices, NEXT + dt.timedelta(days=1)) == offices


def test_origins_name_every_office_drafts_came_from(store, filled):
    assert desk.origins(store) == [ATAMBUA, KUPANG, SOE]  # not the Kanwil's own


def test_an_empty_desk(store):
    own(store, "Kanwil NTT", at(DAY))
    assert desk.incoming(store) == []
    assert desk.waiting(store) == 0
    assert desk.origins(store) == []


def test_the_newest_few_with_a_word_are_the_same_whichever_way_sqlite_walks(store):
    """A word in most drafts is found walking down the days, a rare one from the index's
    matches: either way the newest drafts that have it, in order, and none without it."""
    for n in range(60):
        body = "Pembinaan kepribadian berjalan lancar." if n % 5 else "Panen sayur di kebun."
        received(store, KUPANG if n % 2 else SOE, at(DAY, 8, n), title=f"Kegiatan {n}", body=body)
    received(store, SOE, None, title="Pembinaan lama", arrived=at(DAY, 7))  # no "sent"
    for word, limit in (("pembinaan", 3), ("panen", 3), ("pembinaan", 50), ("lancar", 1)):
        every = titles(desk.incoming(store, text=word))
        newest = titles(desk.incoming(store, text=word, limit=limit))
        assert newest == every[:limit], (word, limit)
    assert titles(desk.incoming(store, text="pembinaan", limit=3)) == [
        "Kegiatan 59",
        "Kegiatan 58",
        "Kegiatan 57",
    ]
    assert titles(desk.incoming(store, text="panen", limit=2)) == ["Kegiatan 55", "Kegiatan 50"]
    assert titles(desk.incoming(store, text="pembinaan", office=SOE, limit=2)) == [
        "Kegiatan 58",
        "Kegiatan 56",
    ]
