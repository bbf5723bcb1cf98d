"""Remarks anchored to a field or a sentence (store/remarks.py, issue 16): what the Kanwil
writes, what the writer marks done, and how two offices' remarks merge."""

from __future__ import annotations

import pytest
from storehelp import sample

from kabar_desktop.store import DraftStore, StoreError, remarks
from kabar_desktop.store import sync_state as state


@pytest.fixture
def store(tmp_path):
    times = iter(range(1_000, 100_000, 10))
    s = DraftStore.open(tmp_path / "k.sqlite", clock=lambda: float(next(times)))
    yield s
    s.close()


def test_remarks_are_kept_oldest_first_and_mark_the_draft_changed(store):
    draft_id = store.create(sample())
    first = remarks.add(store, draft_id, "speakers[0].statements[1]", "Terlalu panjang")
    second = remarks.add(store, draft_id, "sentence:4", "  Rancu  ", quote="", author="Kanwil")
    got = remarks.for_draft(store, draft_id)
    assert [r.rid for r in got] == [first.rid, second.rid]
    assert got[1].text == "Rancu" and got[1].author == "Kanwil" and got[1].sentence == 4
    assert got[0].sentence is None and not got[0].done
    assert state.waiting(store) == 1  # travels with the next sync
    assert remarks.for_draft(store, store.create(sample())) == []  # another draft has none


@pytest.mark.parametrize(
    "anchor", ["", "judul", "sentence:0", "sentence:x", "sentence:-1", "speakers[0].", "a" * 201]
)
def test_an_anchor_that_is_no_field_or_sentence_is_refused(store, anchor):
    draft_id = store.create(sample())
    with pytest.raises(StoreError) as caught:
        remarks.add(store, draft_id, anchor, "Catatan")
    assert caught.value.kind == "bad"
    assert remarks.for_draft(store, draft_id) == []


def test_an_empty_remark_is_refused(store):
    draft_id = store.create(sample())
    with pytest.raises(StoreError):
        remarks.add(store, draft_id, "title", " \n ")


@pytest.mark.parametrize(
    "anchor, there",
    [
        ("title", True),
        ("speakers[0].statements[1]", True),
        ("speakers[0].statements[1].text", True),
        ("paragraphs[0]", True),
        ("venue", True),
        ("lead", True),  # empty in the sample: a remark may ask for it
        ("date", True),
        ("sentence:12", True),
        ("speakers[7].name", False),  # the sample has two speakers
        ("speakers[0].statements[40]", False),
        ("speakers", False),  # the list, no field
        ("speakers[0].nickname", False),
        ("paragraphs[1]", False),
    ],
)
def test_an_anchor_is_checked_against_the_drafts_real_fields(anchor, there):
    assert remarks.anchor_in_draft(sample(), anchor) is there


def test_done_can_be_set_and_undone_and_a_repeat_changes_nothing(store):
    draft_id = store.create(sample())
    remark = remarks.add(store, draft_id, "title", "Sebut tempatnya")
    uuid = remark.uuid
    state.record(
        store, uuid, rev="a" * 24, gen=1, ancestors=[], deleted=False, digest_="x",
        head=None, review="", remark="", extra=state.current_extra(store, uuid),
    )  # fmt: skip
    assert not state.get(store, uuid).meta_changed
    remarks.set_done(store, remark.rid)
    assert remarks.for_draft(store, draft_id)[0].done
    assert state.get(store, uuid).meta_changed
    remarks.set_done(store, remark.rid, False)
    assert not remarks.for_draft(store, draft_id)[0].done
    with pytest.raises(StoreError) as caught:
        remarks.set_done(store, "0" * 24)
    assert caught.value.kind == "missing"


def test_find_takes_the_first_digits_kabar_remarks_shows(store):
    draft_id = store.create(sample())
    remark = remarks.add(store, draft_id, "title", "Sebut tempatnya")
    assert remarks.find(store, draft_id, remark.rid[:8].upper()) == remark
    for bad in ("", remark.rid[:3], "zzzzzzzz"):
        with pytest.raises(StoreError):
            remarks.find(store, draft_id, bad)


def test_merging_is_a_union_by_rid_and_done_on_either_side_wins(store):
    draft_id = store.create(sample())
    mine = remarks.add(store, draft_id, "title", "Sebut tempatnya")
    other = {
        "rid": "b" * 24, "anchor": "lead", "quote": "", "text": "Lead terlalu panjang",
        "author": "Kanwil", "created": 5.0, "done": False,
    }  # fmt: skip
    theirs_of_mine = {**state.remark_dicts(store, mine.uuid)[0], "done": True, "text": "lain"}
    assert remarks.merge(store, mine.uuid, [other, theirs_of_mine])
    got = {r.rid: r for r in remarks.for_draft(store, draft_id)}
    assert got[mine.rid].done and got[mine.rid].text == "Sebut tempatnya"  # never rewritten
    assert got[other["rid"]].anchor == "lead" and not got[other["rid"]].done
    # done here stays done when the other side still says open
    assert not remarks.merge(store, mine.uuid, [{**theirs_of_mine, "done": False}, other])
    assert remarks.for_draft(store, draft_id)[1].done  # (oldest first: the other's is older)


def test_a_remark_id_of_another_draft_is_not_taken_over(store):
    one, two = store.create(sample()), store.create(sample())
    remark = remarks.add(store, one, "title", "Sebut tempatnya")
    uuid_two = state.ensure_identity(store, two, "")
    stolen = {**state.remark_dicts(store, remark.uuid)[0], "done": True}
    assert not remarks.merge(store, uuid_two, [stolen])
    assert remarks.for_draft(store, two) == [] and not remarks.for_draft(store, one)[0].done


def test_the_digest_of_a_draft_without_desk_data_is_what_it_was():
    assert state.digest("{}", "accepted", "ok", "") == state.digest("{}", "accepted", "ok")
    assert state.extra_text("", "", []) == ""
    one = state.extra_text("", "", [{"rid": "a", "anchor": "title", "quote": "", "text": "t",
                                     "author": "", "created": 1.0, "done": False}])  # fmt: skip
    assert one and state.digest("{}", "", "", one) != state.digest("{}", "", "")
