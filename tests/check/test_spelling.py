"""S1 and S2 (spelling): the word lists, the morphology in front of them, capitals, addresses
and suggestions. Breaking and respecting texts, like the other rules' tests."""

from __future__ import annotations

import pytest
from checkhelp import found, spans

from kabar_desktop.check import check_article
from kabar_desktop.check.morphology import Analysis, analyses, spell
from kabar_desktop.check.spelling import speller
from kabar_desktop.check.wordlists import CACHE_FILE, _dic_lists, _stems_and_compounds
from kabar_desktop.compose import compose
from kabar_desktop.model.draft import Draft, Paragraph, Speaker, Statement

BREAKS = [
    # Item 1 of issue 13: forms the old affix stripper let through, each with its fix.
    ("S1", "Petugas melasanakan razia.", [("melasanakan", "melaksanakan")]),
    ("S1", "Aturan menegenai jam dinas.", [("menegenai", "mengenai")]),
    ("S1", "Sebagaian peserta hadir.", [("Sebagaian", "Sebagian")]),
    ("S1", "Petugas menertipkan pedagang.", [("menertipkan", "menertibkan")]),
    ("S1", "Petugas membersihkah area asimilasi.", [("membersihkah", "membersihkan")]),
    ("S1", "Kegiatan berjalan lancr.", [("lancr", "lancar")]),
    ("S1", "Rapat digelar dibalai desa.", [("dibalai", "di balai")]),
    # Item 6: the likeliest fix, from everyday words, halves of a doubled word, two slips.
    ("S1", "Hal itu penting kerena aturan.", [("kerena", "karena")]),
    ("S1", "Ia jug hadir.", [("jug", "juga")]),
    ("S1", "Tiap peserta membawa masing kartu.", [("masing", "masing-masing")]),
    ("S1", "Hadir tersbut Kalapas.", [("tersbut", "tersebut")]),
    ("S1", "Adapula pegawai yang hadir.", [("Adapula", "Ada pula")]),
    ("S1", "Orang bisa instropeksi diri.", [("instropeksi", "introspeksi")]),
    # Item 3: capitalised words are checked; a short form one slip from a known one.
    ("S1", "Kepala Kamwil Kemenkumham NTT hadir.", [("Kamwil", "Kanwil")]),
    ("S1", "Tim dari Dithen Pemasyarakatan hadir.", [("Dithen", "Ditjen")]),
    ("S1", "Tim menjelaskan Pepres tentang reformasi.", [("Pepres", "Perpres")]),
    ("S1", "Kantor Imigrasi KKotamobagu melayani.", [("KKotamobagu", "Kotamobagu")]),
    ("S1", "Melasanakan razia, petugas bergerak.", [("Melasanakan", "Melaksanakan")]),
    # S2: a rule of word formation broken, the fix certain.
    ("S2", "Tim mensosialisasikan aturan.", [("mensosialisasikan", "menyosialisasikan")]),
    ("S2", "Tim mengkoordinasikan kegiatan.", [("mengkoordinasikan", "mengoordinasikan")]),
    ("S2", "Warga binaan mentaati aturan.", [("mentaati", "menaati")]),
    ("S2", "Hadir pula Kalapas berserta jajaran.", [("berserta", "beserta")]),
    ("S2", "Penegakkan disiplin dimulai.", [("Penegakkan", "Penegakan")]),
    ("S2", "Soal penyebaranya dibahas.", [("penyebaranya", "penyebarannya")]),
    ("S2", "Kegiatanya berjalan lancar.", [("Kegiatanya", "Kegiatannya")]),
]

RESPECTS = [
    # Valid KBBI words the old check reported as unknown (issue 13).
    ("S1", "Kedisiplinan dan kekompakan dijaga untuk mencegah kesalahpahaman."),
    ("S1", "Gerakan itu digalakkan; obat diracik; karakter dibina sejak dulu."),
    ("S1", "Marwah lembaga dijaga lewat instruksi dan diseminasi yang akuntabel."),
    ("S1", "Acara digelar bagi setiap individu, siber, dan senada."),
    ("S1", "Subkoordinator Humas hadir."),
    ("S1", "Hal itu memengaruhi opini publik dan menyosialisasikan aturan."),
    ("S1", "Ia melaksanakan tugas mengenai penegakan dan penyebarannya."),
    ("S1", "Sebagian besar hadir beserta jajaran untuk menertibkan lapas."),
    ("S1", "Pemberdayaan, pengetahuan, dan pertanggungjawaban dibahas."),
    ("S1", "Ia mempersiapkan, mengetahui, dan mempekerjakan pegawai yang bekerja."),
    ("S1", "Ketidakhadiran pegawai ditindaklanjuti dan ditandatangani."),
    ("S1", "Ia bergotong royong, surat-menyurat, dan bersalam-salaman se-Kalimantan."),
    ("S1", "Mengkaji aturan; mempunyai hak; menyesuaikan jadwal."),
    # Names: several unknown capitalised words in a row, or a single unknown one.
    ("S1", "Hadir pula Andap Budhi Revianto dan Rakhmat Renaldy."),
    ("S1", "Masyarakat Kapuas Hulu hadir bersama Kalapas Sutrisno."),
    # Known institutions and short forms.
    ("S1", "Kanwil, Lapas, Rutan, Rudenim, Bapas, Kanim, UPT, Ditjenpas dan AHU hadir."),
    ("S1", "Kasubbid Informasi dan Kasubsi Registrasi menjelaskan Perpres itu."),
    # Web addresses, e-mail, handles: no words inside.
    ("S1", "Baca ditjenpas.go.id, www.kemenkumham.go.id/berita atau https://imigrasi.go.id/a."),
    ("S1", "Kirim ke humas@ditjenpas.go.id atau ikuti @kemenkumham_ri dan #KumhamPasti."),
    # English words inside an organisation's name, or italic.
    ("S1", "Ia belajar di Center for Strategic Studies."),
    ("S1", "Ia mengikuti _workshop_ jurnalistik."),
    # Words of the genre KBBI has; halves of a word written with an apostrophe.
    ("S1", "Kesiapsiagaan penyandang disabilitas, skrining, vokasi, dan barista dibahas."),
    ("S1", "Kepala Lapas, Ma'ruf Prasetyo, membaca Al-Qur'an bersama Ma'mum."),
    # An abbreviation with its period; a colloquial word in a quote.
    ("S1", "Hadir Ketua DWP, Hj. Armida Hanum."),
    ("S1", 'Ia berkata, "Buat nyenengin anak-istri, Pak."'),
    ("S2", "Tim menyosialisasikan dan mengoordinasikan kegiatan; warga menaati aturan."),
    ("S2", "Tim tiba di Kepulauan Mentawai."),  # a name, not "menawai"
    ("S2", "Hadir Kalapas beserta jajaran; penegakan dan penyebarannya dibahas."),
    ("S2", "Mereka mempunyai hak, mengkaji aturan, dan memproduksi roti."),
    ("S2", "Ia mentransfer dana dan menstabilkan harga."),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BREAKS)
def test_text_that_breaks_the_rule(rule, text, expected):
    assert found(text, rule) == expected


@pytest.mark.parametrize(("rule", "text"), RESPECTS)
def test_text_that_respects_the_rule(rule, text):
    assert spans(text, rule) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("melaksanakan", (("meN",), "laksana", "kan", "")),
        ("pemberdayaan", (("peN", "ber"), "daya", "an", "")),
        ("pengetahuan", (("peN", "ke"), "tahu", "an", "")),
        ("mempersiapkannya", (("meN", "per"), "siap", "kan", "nya")),
        ("menyosialisasikan", (("meN",), "sosialisasi", "kan", "")),
        ("mengecat", (("meN",), "cat", "", "")),
    ],
)
def test_the_morphology_reads_and_writes_a_word(word, expected):
    roots = {"laksana", "daya", "tahu", "siap", "sosialisasi", "cat"}
    readings = [a for a in analyses(word, roots.__contains__) if a.regular]
    assert [(a.prefixes, a.root, a.suffix, a.clitic) for a in readings] == [expected]
    assert spell(readings[0]) == word


@pytest.mark.parametrize(
    ("reading", "word"),
    [
        (Analysis(("meN",), "pengaruh", "i"), "memengaruhi"),
        (Analysis(("meN",), "punya", "i"), "mempunyai"),
        (Analysis(("peN",), "tegak", "an"), "penegakan"),
        (Analysis(("di",), "galak", "kan"), "digalakkan"),
        (Analysis(("ber",), "kerja"), "bekerja"),
        (Analysis(("ber",), "ajar"), "belajar"),
        (Analysis(("peN", "per"), "satu"), "pemersatu"),
        (Analysis(("meN",), "transfer"), "mentransfer"),
    ],
)
def test_the_sound_rules_at_the_edges(reading, word):
    assert spell(reading) == word


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Warga binaan menanam tamanan sayur.", "tamanan"),  # taman takes no bare -an
        ("Hal itu penting kedapannya.", "kedapannya"),  # a short root given no affix
        ("Petugas menjaga binaan dan raihan.", None),  # bina, raih: verbs take -an
    ],
)
def test_productive_affixes_need_the_lists_consent(text, word):
    assert spans(text, "S1") == ([word] if word else [])


def test_mean_and_wrong_confixes_are_no_words():
    check = speller()
    for word in ("melaksanaan", "penegakkan", "dilapangan", "sebagaian", "tanggungjawab"):
        assert not check.known(word), word
    for word in ("melaksanakan", "penegakan", "pertanggungjawaban", "sebagian", "digelar"):
        assert check.known(word), word


def test_checking_a_known_word_loads_no_hunspell():
    check = speller()
    check._hunspell = None
    check._cache.clear()
    assert found("Kegiatan berjalan lancr dan tertib.", "S1") == [("lancr", "lancar")]
    assert check._hunspell is None


def test_hunspell_suggests_only_when_the_lists_have_nothing():
    class FakeHunspell:
        asked: list[str] = []

        def suggest(self, word):
            self.asked.append(word)
            return ["resiko", "dari Hunspell"] + ["usulan"]

    check = speller()
    check._hunspell = FakeHunspell()
    try:
        assert check.suggest("lancr")[0] == "lancar"
        assert check.suggest("qzqzqzqz") == ["usulan"]  # no wrong form, no two words
        assert FakeHunspell.asked == ["qzqzqzqz"]
    finally:
        check._hunspell = None


def test_the_draft_names_its_people_so_their_names_are_not_typos():
    draft = Draft(
        title="Rudenim Kupang Gelar Pelatihan Kehumasan bagi Pegawai",
        dateline="Kupang",
        organizer="Rudenim Kupang",
        event="Pelatihan Kehumasan",
        speakers=[
            Speaker(
                name="Kamwil Renaldy",
                short_name="Kamwil",
                position="Kepala Divisi Administrasi",
                statements=[Statement(kind="paraphrase", text="Menurut Kamwil, Kanwil siap.")],
            )
        ],
    )
    findings = check_article(compose(draft), draft, rules=["S1"], strict=True)
    assert [f.text for f in findings] == []
    # The same words in a plain text, where no draft names anyone: a slip for "Kanwil".
    assert spans("Menurut Kamwil, Kanwil siap.", "S1") == ["Kamwil"]


def test_the_word_list_is_read_from_a_cache_the_first_run_writes(tmp_path, kabar_home):
    base = tmp_path / "id_ID"
    base.with_suffix(".dic").write_text("3\nkerja/Mk\nsama\nkerjasama/A2\n", "latin-1")
    stems = {"kerja": "Mk", "sama": "", "kerjasama": "A2"}
    assert _stems_and_compounds(base) == (stems, {"kerjasama"})
    cache = kabar_home / "cache" / CACHE_FILE
    assert cache.is_file()
    stamp = cache.stat().st_mtime_ns
    assert _stems_and_compounds(base) == (stems, {"kerjasama"})
    assert cache.stat().st_mtime_ns == stamp  # read, not written again
    base.with_suffix(".dic").write_text("1\nlapas\n", "latin-1")  # the list changed
    assert _stems_and_compounds(base) == ({"lapas": ""}, set())


def test_the_lists_names_are_kept_in_the_same_cache(tmp_path, kabar_home):
    """Names the list writes only with a capital (S1 reads no slip against them) come from
    the cache too: reading the whole list again for them cost ~40 ms a check."""
    base = tmp_path / "id_ID"
    base.with_suffix(".dic").write_text("3\nMuhammad\nbudi/Mk\nBudi\n", "latin-1")
    assert _dic_lists(base)[2] == {"muhammad"}  # "Budi" is also a word: no name only
    stamp = (kabar_home / "cache" / CACHE_FILE).stat().st_mtime_ns
    assert _dic_lists(base)[2] == {"muhammad"}
    assert (kabar_home / "cache" / CACHE_FILE).stat().st_mtime_ns == stamp


def test_the_other_party_the_draft_names_is_no_typo():
    def findings(counterpart: str) -> list[str]:
        draft = Draft(
            title="Rudenim Kupang Kunjungi Mitra Kamwil",
            dateline="Kupang",
            organizer="Rudenim Kupang",
            kind="kunjungan",
            event="Kunjungan Kerja",
            counterpart=counterpart,
            paragraphs=[Paragraph(text="Rombongan disambut pengurus Kamwil.")],
        )
        return [f.text for f in check_article(compose(draft), draft, rules=["S1"], strict=True)]

    assert findings("Koperasi Kamwil") == []
    assert "Kamwil" in findings("Koperasi Mitra")


@pytest.mark.parametrize("word", ["pasca", "manado", "almunium"])
def test_no_far_fetched_fix(word):
    assert speller().quick_suggestions(word) == []
