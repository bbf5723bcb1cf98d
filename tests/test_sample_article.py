"""The real published sample, rebuilt from its facts: the text export reads as the sample does,
corrected where the sample breaks the house style."""

from __future__ import annotations

from conftest import DATA

from kabar_desktop.compose import compose
from kabar_desktop.export.text import render_text
from kabar_desktop.model.draft_file import read_draft

# Each intended difference: (as published, as Kabar writes it, why).
INTENDED = [
    ("Rakhmat Renaldy hadir", "Rakhmat Renaldy, hadir", "P6: the apposition is closed by a comma"),
    (
        "hadir menjadi Narasumber pertama dalam pelaksanaan kegiatan Pelatihan",
        "hadir sebagai narasumber pertama dalam Pelatihan",
        "K3: narasumber is lowercase; 'pelaksanaan kegiatan' is padding",
    ),
    ("digelar pihak Rudenim", "digelar Rudenim", "the composed lead does without 'pihak'"),
    (
        "Dalam materi yang dibawakan terkait Pelaksanaan Kehumasan secara umum, Renaldy "
        "menyebutkan Media baik itu elektronik atau cetak, konvensional maupun non konvensional)",
        "Renaldy membawakan materi tentang Pelaksanaan Kehumasan secara umum. Menurutnya, media, "
        "baik elektronik maupun cetak, konvensional maupun nonkonvensional,",
        "composed topic sentence; K3 media; W3 nonkonvensional; P5 the stray bracket",
    ),
    ("mempengaruhi", "memengaruhi", "W5: the standard form"),
    ("harapan publik\n", "harapan publik.\n", "P4: the paragraph ends with a full stop"),
    ("Eksistensi Humas", "Eksistensi humas", "K4: humas as an ordinary noun"),
    ("media yang baik\n", "media yang baik.\n", "P4: the paragraph ends with a full stop"),
    (
        "Senada dengan itu, narasumber kedua yakni Kasubbag HRBTI Kanwil NTT, Dian Lenggu juga "
        "berkesempatan membagi ilmu terkait",
        "Selanjutnya, narasumber kedua, Kasubbag HRBTI Kanwil NTT, Dian Lenggu, membawakan "
        "materi tentang",
        "composed introduction of the second speaker; P6 apposition",
    ),
    ("Dijelaskannya, Humas", "Dijelaskannya, humas", "K4: humas as an ordinary noun"),
    ("elektronik maupun siber yang", "elektronik, maupun siber, yang", "P7: list of three"),
    ("diantaranya", "di antaranya", "W1: di written apart"),
    ("tusi", "tugas dan fungsi", "W10: office shorthand spelled out"),
    ("oleh Wartawan Pos Kupang, serta", "oleh wartawan Pos Kupang serta", "K3 wartawan"),
    ("disampaikan Narasumber Tim", "disampaikan narasumber Tim", "K3: narasumber is lowercase"),
]


def _plain(text: str) -> str:
    """The text export without WhatsApp's emphasis marks (italic foreign words, W9)."""
    return text.replace("_", "")


def test_text_export_reads_as_the_corrected_sample():
    published = (DATA / "berita-rudenim-kupang-2024-09-25.txt").read_text(encoding="utf-8")
    expected = published if published.endswith("\n") else published + "\n"
    for old, new, why in INTENDED:
        assert old in expected, f"intended difference not found in the sample: {old!r} ({why})"
        expected = expected.replace(old, new)
    exported = render_text(compose(read_draft(DATA / "sample.json")))
    title, _, body = exported.partition("\n\n")
    assert title == "*Rudenim Kupang Gelar Pelatihan Tugas dan Fungsi Bidang Kehumasan*"
    assert _plain(body).rstrip("\n").split("\n\n") == expected.rstrip("\n").split("\n")


def test_sample_marks_foreign_words_italic_for_whatsapp():
    exported = render_text(compose(read_draft(DATA / "sample.json")))
    assert "_Search Engine Optimization_ (SEO)" in exported
    assert exported.rstrip().endswith("dengan baik. (humas/fka)")
