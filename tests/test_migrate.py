"""Version-1 drafts still open, migrated to version 2, and read as they did where v1 wrote well."""

from __future__ import annotations

import copy
import json

import pytest
from conftest import DATA

from kabar_desktop.compose import compose
from kabar_desktop.export.text import render_text
from kabar_desktop.model.draft_file import read_draft, write_draft
from kabar_desktop.model.parse import draft_from_dict, draft_to_dict

V1 = json.loads((DATA / "v1" / "sample.json").read_text(encoding="utf-8"))


def _v1(**changes) -> dict:
    content = copy.deepcopy(V1)
    content.update(changes)
    return content


def _lead(content: dict) -> str:
    return compose(draft_from_dict(content)).text_blocks()[0].text


def test_the_v1_sample_reads_as_the_v2_sample():
    old = draft_from_dict(V1)
    new = read_draft(DATA / "sample.json")
    assert old == new
    assert render_text(compose(old)) == render_text(compose(new))


def test_a_migrated_draft_is_saved_as_version_2(tmp_path):
    path = tmp_path / "lama.json"
    path.write_text(json.dumps(V1), encoding="utf-8")
    draft = read_draft(path)
    write_draft(draft, tmp_path / "baru.kabar")
    again = read_draft(tmp_path / "baru.kabar")
    assert draft_to_dict(again)["version"] == 2
    assert again == draft
    assert [p.after for p in again.paragraphs] == ["end"]


def test_a_v1_visit_keeps_its_lead_word_for_word():
    content = _v1(lead_kind="kunjungan", venue="Aula Rudenim Kupang")
    draft = draft_from_dict(content)
    assert draft.kind == "kunjungan"
    assert draft.counterpart == "Rudenim Kupang"  # v1 named the office visited "organizer"
    assert draft.speakers[0].part == "pengunjung"
    assert _lead(content) == (
        "Kupang - Kepala Divisi Administrasi Kanwil Kemenkumham NTT, Rakhmat Renaldy, melakukan "
        "kunjungan kerja ke Rudenim Kupang dalam rangka Pelatihan Tugas dan Fungsi Bidang "
        "Kehumasan hari kedua di Aula Rudenim Kupang, Rabu (25/9/2024)."
    )


def test_a_v1_meeting_keeps_its_lead_word_for_word():
    content = _v1(lead_kind="rapat", venue="Aula Rudenim Kupang", participants="40 pegawai")
    assert _lead(content) == (
        "Kupang - Rudenim Kupang menggelar Pelatihan Tugas dan Fungsi Bidang Kehumasan hari kedua "
        "bersama 40 pegawai di Aula Rudenim Kupang, Rabu (25/9/2024)."
    )


def test_v1_padding_is_replaced_not_kept():
    lead = _lead(_v1())
    assert "pelaksanaan kegiatan" not in lead
    assert "hadir sebagai narasumber pertama dalam Pelatihan Tugas" in lead
    opening = _lead(_v1(lead_kind="pembukaan"))
    assert "membuka secara resmi Pelatihan Tugas" in opening


@pytest.mark.parametrize(
    ("role", "part", "noun"),
    [
        ("narasumber", "narasumber", ""),
        ("", "narasumber", ""),
        ("pemateri", "narasumber", "pemateri"),
        ("Tuan Rumah", "tuan_rumah", ""),
        ("peserta", "peserta", ""),
    ],
)
def test_v1_roles_become_parts(role, part, noun):
    content = _v1()
    content["speakers"][1]["role"] = role
    speaker = draft_from_dict(content).speakers[1]
    assert (speaker.part, speaker.role) == (part, noun)


def test_a_v1_opening_names_its_opener():
    draft = draft_from_dict(_v1(lead_kind="pembukaan"))
    assert draft.speakers[0].part == "pembuka"
    texts = [b.text for b in compose(draft).text_blocks()]
    assert texts[1].startswith("Saat membuka kegiatan, Renaldy menyampaikan arahan tentang")
