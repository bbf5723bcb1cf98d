"""The ready-to-send message: what Outlook or Thunderbird opens, and what the Kanwil receives."""

from __future__ import annotations

import dataclasses
import io
from email import message_from_bytes
from email.policy import default

import docx
import pytest
from conftest import jpeg_bytes

from kabar_desktop.mail.message import (
    build_message,
    eml_bytes,
    file_stem,
    parse_addresses,
    write_eml,
)
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import DraftError
from kabar_desktop.store.photos import import_photo

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _attachments(message) -> dict[str, tuple[str, bytes]]:
    return {
        part.get_filename(): (part.get_content_type(), part.get_content())
        for part in message.iter_attachments()
    }


def test_eml_opens_as_an_unsent_message_with_the_docx(tmp_path, sample_path):
    draft = read_draft(sample_path)
    message = build_message(
        draft, to=["kanwil@example.go.id"], sender="humas@rudenim-kupang.go.id",
        office="Rudenim Kupang",
    )  # fmt: skip
    path = tmp_path / "berita.eml"
    write_eml(message, path)
    opened = message_from_bytes(path.read_bytes(), policy=default)
    assert opened["X-Unsent"] == "1"
    assert opened["Subject"] == draft.title
    assert opened["To"] == "kanwil@example.go.id"
    assert opened["Message-ID"] == message["Message-ID"]
    assert "X-Unsent" not in message  # the outbox's copy is a normal message
    note = opened.get_body(("plain",)).get_content()
    assert f'berita "{draft.title}"' in note and "Rudenim Kupang" in note
    files = _attachments(opened)
    assert list(files) == [f"{file_stem(draft.title)}.docx"]
    kind, data = files[f"{file_stem(draft.title)}.docx"]
    assert kind == DOCX_TYPE
    paragraphs = [p.text for p in docx.Document(io.BytesIO(data)).paragraphs]
    assert draft.title in paragraphs


def test_html_and_photos_attached_when_asked(sample_path):
    photo = dataclasses.replace(
        import_photo(jpeg_bytes(), "foto.jpg"), caption="Peserta pelatihan kehumasan"
    )
    draft = dataclasses.replace(read_draft(sample_path), photos=[photo])
    plain = build_message(draft, to=["kanwil@example.go.id"])
    assert [k for k, _ in _attachments(plain).values()] == [DOCX_TYPE]
    full = build_message(draft, to=["kanwil@example.go.id"], include_html=True, include_photos=True)
    files = _attachments(full)
    stem = file_stem(draft.title)
    assert files[f"{stem}.html"][0] == "text/html"
    assert draft.title in files[f"{stem}.html"][1]
    assert files[f"{stem}-foto-1.jpg"] == ("image/jpeg", photo.data)
    assert "Foto 1: Peserta pelatihan kehumasan" in full.get_body(("plain",)).get_content()
    assert "From" not in full  # left to the user's mail program


def test_eml_without_recipient_still_opens(tmp_path, sample_path):
    message = build_message(read_draft(sample_path), to=[])
    opened = message_from_bytes(eml_bytes(message), policy=default)
    assert opened["X-Unsent"] == "1" and "To" not in opened


def test_draft_missing_a_fact_makes_no_message(sample_path):
    draft = dataclasses.replace(read_draft(sample_path), title="  ")
    with pytest.raises(DraftError) as err:
        build_message(draft, to=["kanwil@example.go.id"])
    assert [p.path for p in err.value.problems] == ["title"]


def test_title_with_line_breaks_makes_one_subject_line(sample_path):
    draft = dataclasses.replace(read_draft(sample_path), title="Rudenim Kupang\r\nBcc: x@y.com")
    message = build_message(draft, to=["kanwil@example.go.id"])
    opened = message_from_bytes(message.as_bytes(), policy=default)
    assert opened["Subject"] == "Rudenim Kupang Bcc: x@y.com" and "Bcc" not in opened


def test_addresses_checked_one_by_one():
    good, problems = parse_addresses("kanwil@example.go.id; <a.b@x.co.id>, kanwil@EXAMPLE.go.id")
    assert good == ["kanwil@example.go.id", "a.b@x.co.id"] and problems == []
    for bad in ("kanwil@example", "kanwil example.go.id", "a@@b.id", "a@b,go.id", "ä@b.id"):
        _, problems = parse_addresses([bad])
        assert problems, bad
    assert parse_addresses("  ")[1][0].template.startswith("no recipient")


def test_attachment_names_are_plain():
    assert file_stem("Kunjungan Ka. Kanwil ke Lapas Kelas IIA Kupang: Hari ke-2") == (
        "Kunjungan-Ka-Kanwil-ke-Lapas-Kelas-IIA-Kupang-Hari-ke-2"
    )
    assert file_stem("Pemeriksaan Kesehatan “Gratis” Bagi Warga Binaan") == (
        "Pemeriksaan-Kesehatan-Gratis-Bagi-Warga-Binaan"
    )
    assert file_stem("Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan") == (
        "Rudenim-Kupang-Gelar-Pelatihan-Tugas-dan-Fungsi-Bidang-Kehumasan"  # its last word kept
    )
    long = file_stem("kata " * 40)  # only a title past 120 characters loses its last words
    assert len(long) <= 120 and long.endswith("-kata") and file_stem("!!!") == "berita"
