"""K24's reading of two or three ordinary words capitalised together between lowercase words:
'mempunyai tujuan Pemulihan Kembali hubungan', 'kepedulian terhadap Masa Depan anak'.

A name's words stand together in capitals, which is why K24 leaves a capitalised word beside
another one alone; but when every word of the run is a plain dictionary word (a root that
takes affixes, or a frequent word of the news; no office, place, position or given name) and
lowercase words close it on both sides, no name is read (EYD V, I.A: capitals mark names).
The text must not write the same run elsewhere as part of a longer name, and a run after a
word that introduces a name or a title ('bernama', 'tentang', 'tema') is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import INSTITUTION_KINDS, POSITION_PARTS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import capitalised, in_slogan
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.words21_caps import opens_sentence_in_title_case

# Words after which a run in capitals is a name or a title the writer gives: 'bernama',
# 'tentang', 'bertema', 'program', 'aplikasi', 'gerakan'.
_NAMERS = words(
    """yaitu yakni bernama dinamakan dinamai berupa tentang mengenai tema bertema bertajuk
    berjudul judul slogan motto moto tagline jargon program aplikasi gerakan kampanye inovasi
    layanan website situs laman akun lagu buku film kata istilah sebutan julukan disebut
    menyebut sebut berbunyi bahwa"""
)
_WORD = re.compile(r"[A-Z][a-z]{2,}")
# Words that head the name of a body, a place, an event or a team ('Dinas Kesehatan', 'Rumah
# Detensi', 'Pekan Olahraga', 'Tim Penilaian Nasional'): a run they open is a name.
_HEADS = (
    POSITION_PARTS
    | INSTITUTION_KINDS
    | words(
        """rumah tim pekan lembaga komisi yayasan panitia satgas satuan kelompok forum pusat
    gedung jalan kampung taman pasar masjid gereja pondok universitas fakultas sekolah hotel
    pantai gunung pulau sungai danau kantor bagian seksi subseksi direktorat deputi asisten
    inspektorat sekretariat kementerian kelompok koperasi paguyuban festival lomba pameran
    hari bulan gerakan operasi posko pos balai dewan majelis badan organisasi perkumpulan"""
    )
    # An event's name: the writer's capitals for the occasion ('Rapat Koordinasi Pengamanan').
    | words(
        """rapat rakor sosialisasi pelatihan seminar lokakarya diklat bimtek apel upacara
    peringatan musyawarah konferensi kongres sidang perayaan malam turnamen kejuaraan pentas
    jambore temu dialog diskusi webinar sarasehan halalbihalal bakti karya gelar lomba pekan"""
    )
)
# Words a place's or a person's name follows ('tiba di Tanah Abang', 'kata Intan Permata'),
# and the words that open a place's name ('Batu Ampar', 'Muara Enim', 'Tebing Tinggi').
_BEFORE_NAMES = words(
    """di ke dari menuju asal hingga sampai sekitar wilayah kawasan daerah kota kabupaten
    provinsi warga penduduk se tiba kata ujar tutur ungkap jelas sebut papar tegas imbuh tambah
    ucap oleh bersama didampingi kepada saudara saudari sdr istri suami anak putra putri adik
    kakak almarhum almarhumah rekan sahabat pasangan nama inisial berinisial alias disapa
    dipanggil ustaz ustazah kiai pendeta romo habib tuan nyonya"""
)
_PLACE_HEADS = words(
    """tanah batu air bukit tanjung ujung lubuk kuala muara teluk tebing pematang padang kebon
    kebun dusun rawa sumber karang talang koto nagari labuhan bandar pangkalan simpang pasir
    tanjung sei way bumi kali"""
)
# Words that end a name's run: a post's rank ('Penghulu Muda'), a reach ('Nasional').
_TAILS = words(
    """muda pertama madya utama ahli terampil mahir penyelia pelaksana nasional daerah
    internasional regional wilayah pusat"""
)
_LINKS = words("dan serta atau")


def capital_runs(
    doc: Doc, plain: Callable[[str], bool], quiet: Callable[[Doc, int], bool]
) -> Iterator[Hit]:
    """Runs of two or three capitalised plain words between lowercase words. ``plain`` says
    a word is an ordinary one; ``quiet`` that the word at an index is read elsewhere (a
    sentence's start, a title, a name the draft gives, the words a law capitalises)."""
    toks = doc.tokens
    i = 1
    while i < len(toks) - 1:
        if not toks[i].text[:1].isupper() or not toks[i - 1].text.islower():
            i += 1
            continue
        j = i
        while j < len(toks) and j - i < 4 and (j == i or doc.adjacent(toks[j - 1], toks[j])):
            if not _WORD.fullmatch(toks[j].text):
                break
            j += 1
        if not 2 <= j - i <= 3 or not _closed(doc, i, j):
            i = max(j, i + 1)
            continue
        run = [t.text for t in toks[i:j]]
        if any(quiet(doc, k) for k in range(i, j)) or not all(plain(w) for w in run):
            i = j
            continue
        if doc.in_quote(toks[i].start, toks[j - 1].end) or in_slogan(doc, toks[i]):
            i = j
            continue
        if _longer_name(doc, " ".join(run)):
            i = j
            continue
        text = doc.text[toks[i].start : toks[j - 1].end]
        yield Hit(
            toks[i].start,
            toks[j - 1].end,
            N_("'{word}' is an ordinary word here: lowercase in mid-sentence."),
            text.lower(),
            {"word": text.lower()},
        )
        i = j


def _closed(doc: Doc, i: int, j: int) -> bool:
    """Lowercase words stand on both sides of the run ``i``..``j`` (spaces only between)."""
    toks = doc.tokens
    prev, nxt = toks[i - 1], toks[j] if j < len(toks) else None
    if nxt is None or not doc.adjacent(prev, toks[i]) or not doc.adjacent(toks[j - 1], nxt):
        return False
    if not (prev.text.isalpha() and prev.text.islower() and nxt.text.isalpha()):
        return False
    if not nxt.text.islower() or prev.text in _NAMERS or len(prev.text) < 2:
        return False
    if prev.text in _BEFORE_NAMES or toks[i].text.lower() in _PLACE_HEADS:
        return False  # "tiba di Tanah Abang", "kata Intan Permata": a place's, a person's name
    if toks[i].text.lower() in _HEADS or toks[j - 1].text.lower() in _TAILS:
        return False  # "Dinas Kesehatan", "Penghulu Muda": a body's name, a post's rank
    after = toks[j + 1] if j + 1 < len(toks) else None
    if nxt.text in _LINKS and after is not None and capitalised(after):
        return False  # "Direktorat Pengawasan dan Penindakan": a name across 'dan'
    before = toks[i - 2] if i > 1 else None
    return not (prev.text in _LINKS and before is not None and capitalised(before))


def _longer_name(doc: Doc, run: str) -> bool:
    """The text writes the run elsewhere (not in its title) beside another capitalised word:
    part of a name."""
    text = doc.text
    at = text.find(run)
    while at >= 0:
        if _in_headline(doc, at):
            at = text.find(run, at + 1)
            continue  # a title's capitals make no name: 'Kunjungan Kerja ke …' in the title
        if re.match(r" [A-Z]", text[at + len(run) : at + len(run) + 2]):
            return True  # "Masa Depan Cerah": a longer name somewhere
        if opens_sentence_in_title_case(text, at, run):
            return True  # "Penyuluhan Hukum Serentak ini diadakan …": the writer's name
        before = text[max(0, at - 30) : at]
        if before.endswith(" ") and before.split()[-1:] and before.split()[-1][:1].isupper():
            return True
        at = text.find(run, at + 1)
    return False


def _in_headline(doc: Doc, at: int) -> bool:
    """Offset ``at`` stands in the title, or in a first line set in title case."""
    for k, p in enumerate(doc.paras):
        if p.start <= at < p.end:
            return headline(doc, k)
    return False
