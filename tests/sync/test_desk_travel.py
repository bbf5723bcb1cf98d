"""What travels for the Kanwil desk (issue 16), three offices over a real WebDAV server:
two UPTs and their Kanwil, each its own store, syncing through the engine in turn.

Drafts arrive with their office and when they were sent; the Kanwil's remarks reach the
UPT on the field they are about; "done" at the UPT reaches the Kanwil; the Kanwil's edit is
a new revision at the UPT whose diff shows the change; "published" comes back with its link.
"""

from __future__ import annotations

import pytest

from kabar_desktop.store import StoreError, diff_drafts, remarks
from kabar_desktop.store import sync_state as state

SENT_1, SENT_2, ARRIVED = 1_764_547_200.0, 1_764_550_800.0, 1_764_558_000.0  # 1 Dec 2025


def clock(value: float):
    return lambda: value


@pytest.fixture
def three(offices, dav_target):
    """(UPT Kupang, UPT Atambua, Kanwil NTT, target), each UPT with one draft sent."""
    kupang, atambua = offices("Rudenim Kupang"), offices("Lapas Atambua")
    kanwil = offices("Kanwil NTT")
    target = dav_target()
    kupang.new("Pelatihan Kehumasan")
    atambua.new("Bakti Sosial")
    assert kupang.sync(target, clock=clock(SENT_1)).sent == 1
    assert atambua.sync(target, clock=clock(SENT_2)).sent == 1
    assert kanwil.sync(target, clock=clock(ARRIVED)).received == 2
    kupang.sync(target)  # all offices share the folder: each UPT now has the other's too
    return kupang, atambua, kanwil, target


def _row(office, title: str) -> state.SyncRow:
    row = state.for_draft(office.store, office.id_of(title))
    assert row is not None
    return row


def test_drafts_arrive_with_their_office_and_when_they_were_sent(three):
    kupang, atambua, kanwil, _target = three
    got = _row(kanwil, "Pelatihan Kehumasan")
    assert (got.origin, got.sent, got.arrived) == ("Rudenim Kupang", SENT_1, ARRIVED)
    got = _row(kanwil, "Bakti Sosial")
    assert (got.origin, got.sent, got.arrived) == ("Lapas Atambua", SENT_2, ARRIVED)
    own = _row(kupang, "Pelatihan Kehumasan")
    assert (own.sent, own.arrived) == (SENT_1, None)  # sent from here, never received


def test_sent_is_the_first_sending_and_survives_later_edits(three):
    kupang, _atambua, kanwil, target = three
    draft_id = kupang.id_of("Pelatihan Kehumasan")
    kupang.edit(draft_id, paragraph="Kegiatan ditutup pukul 15.00 WITA.")
    assert kupang.sync(target, clock=clock(SENT_1 + 9_000)).sent == 1
    kanwil.sync(target, clock=clock(ARRIVED + 9_000))
    got = _row(kanwil, "Pelatihan Kehumasan")
    assert (got.sent, got.arrived) == (SENT_1, ARRIVED)


def test_anchored_remarks_reach_the_upt_on_their_field_and_done_comes_back(three):
    kupang, atambua, kanwil, target = three
    at_kanwil = kanwil.id_of("Pelatihan Kehumasan")
    state.set_review(kanwil.store, at_kanwil, "needs_changes", "Lihat catatan", kanwil.name)
    on_quote = remarks.add(
        kanwil.store, at_kanwil, "speakers[0].statements[1]", "Kutipan terlalu panjang",
        quote="Humas adalah wajah instansi", author="Kanwil NTT",
    )  # fmt: skip
    on_title = remarks.add(kanwil.store, at_kanwil, "title", "Sebut tempatnya")
    on_sentence = remarks.add(kanwil.store, at_kanwil, "sentence:3", "Kalimat ini rancu")
    assert kanwil.sync(target).sent == 1

    assert kupang.sync(target).received == 1
    at_upt = kupang.id_of("Pelatihan Kehumasan")
    got = {r.rid: r for r in remarks.for_draft(kupang.store, at_upt)}
    assert got[on_quote.rid].anchor == "speakers[0].statements[1]"
    assert got[on_quote.rid].text == "Kutipan terlalu panjang"
    assert got[on_quote.rid].quote == "Humas adalah wajah instansi"
    assert got[on_quote.rid].author == "Kanwil NTT"
    assert (got[on_title.rid].anchor, got[on_sentence.rid].sentence) == ("title", 3)
    assert not any(r.done for r in got.values())
    assert _row(kupang, "Pelatihan Kehumasan").review == "needs_changes"
    assert kupang.waiting() == 0  # receiving remarks is no change of the UPT's own

    # the writer deals with one remark, nothing else: that alone travels back
    remarks.set_done(kupang.store, on_quote.rid)
    assert kupang.waiting() == 1
    assert kupang.sync(target).sent == 1
    assert kanwil.sync(target).received == 1
    done = {r.rid: r.done for r in remarks.for_draft(kanwil.store, at_kanwil)}
    assert done == {on_quote.rid: True, on_title.rid: False, on_sentence.rid: False}
    assert kanwil.waiting() == 0
    # the other UPT, last synced before any remark, gets them as they stand
    atambua.sync(target)
    late = remarks.for_draft(atambua.store, atambua.id_of("Pelatihan Kehumasan"))
    assert {r.rid: r.done for r in late} == done


def test_the_kanwils_edit_arrives_as_a_new_revision_the_upt_can_diff(three):
    kupang, _atambua, kanwil, target = three
    at_kanwil = kanwil.id_of("Pelatihan Kehumasan")
    draft = kanwil.store.load(at_kanwil)
    old_title = draft.title
    draft.title = "Rudenim Kupang Latih Petugas Kehumasan"
    kanwil.store.save(at_kanwil, draft)
    kanwil.sync(target)

    at_upt = kupang.id_of(old_title)
    before = len(kupang.store.history(at_upt))
    assert kupang.sync(target).received == 1
    assert kupang.store.load(at_upt).title == draft.title
    versions = kupang.store.history(at_upt)  # newest first
    assert len(versions) == before + 1 and versions[0].kind == "sync"
    new = kupang.store.load_revision(versions[0].id)
    old = kupang.store.load_revision(versions[1].id)
    changed = [r for r in diff_drafts(old, new) if r.tag != "equal"]
    assert [(r.tag, r.old_field, r.old, r.new) for r in changed] == [
        ("changed", "title", old_title, draft.title)
    ]


def test_published_with_its_link_and_date_flows_back_to_the_upt(three):
    kupang, atambua, kanwil, target = three
    at_kanwil = kanwil.id_of("Bakti Sosial")
    atambua.sync(target)
    url = "https://kemenkumham.go.id/berita/bakti-sosial-lapas-atambua"
    state.set_published(kanwil.store, at_kanwil, url, "2025-12-02", kanwil.name)
    assert kanwil.waiting() == 1
    kanwil.sync(target)
    assert atambua.sync(target).received == 1
    got = _row(atambua, "Bakti Sosial")
    assert (got.review, got.published_url, got.published_on) == ("published", url, "2025-12-02")
    assert _row(kupang, "Pelatihan Kehumasan").published_url == ""  # only that draft
    # a later verdict other than published takes the link away, there too
    state.set_review(kanwil.store, at_kanwil, "accepted", "", kanwil.name)
    kanwil.sync(target)
    atambua.sync(target)
    got = _row(atambua, "Bakti Sosial")
    assert (got.review, got.published_url, got.published_on) == ("accepted", "", "")


@pytest.mark.parametrize(
    "url, on",
    [
        ("javascript:alert(1)", "2025-12-02"),
        ("ftp://kemenkumham.go.id/a", "2025-12-02"),
        ("https://", "2025-12-02"),
        ("https://kemenkumham.go.id/a b", "2025-12-02"),
        ("https://kemenkumham.go.id/" + "a" * 2000, "2025-12-02"),
        ("https://kemenkumham.go.id/a", "2025-02-30"),
        ("https://kemenkumham.go.id/a", "2/12/2025"),
    ],
)
def test_a_bad_published_link_or_date_is_refused_and_nothing_changes(offices, url, on):
    kanwil = offices("Kanwil NTT")
    draft_id = kanwil.new("Apel Pagi")
    with pytest.raises(StoreError) as caught:
        state.set_published(kanwil.store, draft_id, url, on, kanwil.name)
    assert caught.value.kind == "bad"
    row = state.for_draft(kanwil.store, draft_id)
    assert row is None or (row.review, row.published_url) == ("", "")


_REMARK = {"rid": "d" * 24, "anchor": "title", "quote": "", "text": "Sebut tempatnya",
           "author": "Kanwil NTT", "created": 1_764_547_200.5, "done": False}  # fmt: skip


@pytest.mark.parametrize(
    "field, value",
    [
        ("sent", "kemarin"),
        ("sent", True),
        ("sent", -1),
        ("sent", float("inf")),
        ("sent", 1e12),
        ("published_url", "javascript:alert(1)"),
        ("published_url", "file:///etc/passwd"),
        ("published_url", "https://a.id/" + "x" * 2000),
        ("published_url", 5),
        ("published_on", "2026-13-01"),
        ("published_on", "20261201"),
        ("published_on", []),
        ("remarks", "lihat"),
        ("remarks", [_REMARK] * 2),  # one rid twice
        ("remarks", [dict(_REMARK, rid=f"{i:024x}") for i in range(501)]),
        ("remarks", [dict(_REMARK, rid="D" * 24)]),
        ("remarks", [dict(_REMARK, anchor="sentence:0")]),
        ("remarks", [dict(_REMARK, anchor="../../etc/passwd")]),
        ("remarks", [dict(_REMARK, anchor="a" * 201)]),
        ("remarks", [dict(_REMARK, text="")]),
        ("remarks", [dict(_REMARK, text="t" * 10_001)]),
        ("remarks", [dict(_REMARK, quote="q" * 2_001)]),
        ("remarks", [dict(_REMARK, author={})]),
        ("remarks", [dict(_REMARK, created="kemarin")]),
        ("remarks", [dict(_REMARK, done="ya")]),
        ("remarks", [[_REMARK]]),
    ],
)
def test_every_desk_field_of_a_bundle_is_checked_by_name(field, value):
    from kabar_desktop.sync.bundle_meta import checked
    from kabar_desktop.sync.bundle_read import Refused

    meta = {"format": "kabar-sync", "version": 1, "uuid": "a" * 32, "rev": "b" * 24, "gen": 2}
    desk = {"sent": 1.5, "remarks": [_REMARK], "published_url": "https://a.id/b",
            "published_on": "2026-12-01"}  # fmt: skip
    good = checked({**meta, **desk}, "n")
    assert (good["sent"], good["remarks"], good["published_on"]) == (1.5, [_REMARK], "2026-12-01")
    assert checked(meta, "n")["remarks"] == []  # an older Kabar's bundle: empty
    # whole seconds are read as the store keeps them, so the digests of both sides agree
    whole = checked({**meta, "sent": 7, "remarks": [dict(_REMARK, created=5)]}, "n")
    assert repr((whole["sent"], whole["remarks"][0]["created"])) == "(7.0, 5.0)"
    with pytest.raises(Refused) as caught:
        checked({**meta, field: value}, "n")
    assert f'"{field}"' in str(caught.value)


def test_remarks_of_concurrent_revisions_are_united_at_every_office(three):
    """A remark marked done at the UPT while the Kanwil adds another: the revisions are
    concurrent but say the same of the article and its verdict, so no conflict copy is made;
    both offices end with both remarks, the first one done."""
    kupang, _atambua, kanwil, target = three
    at_kanwil = kanwil.id_of("Pelatihan Kehumasan")
    first = remarks.add(kanwil.store, at_kanwil, "title", "Sebut tempatnya")
    kanwil.sync(target)
    kupang.sync(target)
    remarks.set_done(kupang.store, first.rid)
    second = remarks.add(kanwil.store, at_kanwil, "lead", "Lead terlalu panjang")
    assert kupang.sync(target).sent == 1
    assert kanwil.sync(target).conflicts == 0
    kupang.sync(target)
    kanwil.sync(target)
    assert kupang.titles() == kanwil.titles() == ["Bakti Sosial", "Pelatihan Kehumasan"]
    want = {first.rid: True, second.rid: False}
    at_upt = state.get(kupang.store, first.uuid).draft_id
    assert {r.rid: r.done for r in remarks.for_draft(kupang.store, at_upt)} == want
    assert {r.rid: r.done for r in remarks.for_draft(kanwil.store, at_kanwil)} == want
    assert kupang.waiting() == kanwil.waiting() == 0


def test_a_sync_that_failed_midway_sends_the_first_time_when_repeated(offices, dav, dav_target):
    """The server is full at the first attempt; the next sync, an hour later, sends the
    draft with the time it was first sent, as noted before the upload."""
    from kabar_desktop.sync import TargetError

    upt, kanwil = offices("Rudenim Kupang"), offices("Kanwil NTT")
    upt.new("Pelatihan Kehumasan")
    dav.faults.add("PUT", "status", 507, path=r"^/kabar-sync/drafts/", times=3)
    with pytest.raises(TargetError):
        upt.sync(dav_target(), attempts=3, clock=clock(SENT_1))
    assert upt.sync(dav_target(), clock=clock(SENT_1 + 3_600)).sent == 1
    kanwil.sync(dav_target(), clock=clock(ARRIVED))
    got = _row(kanwil, "Pelatihan Kehumasan")
    assert (got.sent, got.arrived) == (SENT_1, ARRIVED)


def test_a_verdict_changed_while_the_upt_marked_a_remark_done_loses_nothing(three):
    """The Kanwil publishes while the UPT marks a remark done: the revisions disagree on
    the verdict, so the losing one is kept as a conflict copy (as any concurrent change),
    and the remarks on the draft are still united at both offices."""
    kupang, _atambua, kanwil, target = three
    at_kanwil = kanwil.id_of("Pelatihan Kehumasan")
    first = remarks.add(kanwil.store, at_kanwil, "title", "Sebut tempatnya")
    kanwil.sync(target)
    kupang.sync(target)
    remarks.set_done(kupang.store, first.rid)
    url = "https://kemenkumham.go.id/berita/pelatihan"
    state.set_published(kanwil.store, at_kanwil, url, "2025-12-02", kanwil.name)
    kupang.sync(target)
    assert kanwil.sync(target).conflicts == 1
    kupang.sync(target)
    for office in (kupang, kanwil):
        original = state.get(office.store, first.uuid)
        assert original is not None and original.draft_id is not None
        assert [r.done for r in remarks.for_draft(office.store, original.draft_id)] == [True]
        verdicts = {(r.review, r.published_url) for r in state.all_rows(office.store)}
        assert ("published", url) in verdicts  # on the draft or its copy, never lost
        assert len(state.conflicts(office.store)) == 1
