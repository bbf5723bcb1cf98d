"""Names typed in lowercase or in a wrong mixed case (read by K10): a document cited by its number,
a regional office after 'dinas', a country ('warga korea'), a class typed with two l's, 'E-KTP'.

Each reading needs what makes the words a name: the document's number, the office's field,
a capital at the start of a sentence is left alone. EYD V capitalises every word of a name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import COUNTRIES, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.case_reading import title_case
from kabar_desktop.check.rules.spelled_names import expanded_name, name_case_slips

# A document named by kind, issuer and number: "surat edaran Direktur Jenderal … Nomor …",
# "peraturan bupati nomor 44 tahun 2021". Between kind and number only a name's words.
_DOCUMENT = re.compile(
    r"\b(?P<kind>(?:[Ss]urat [Ee]daran|[Ss]urat [Kk]eputusan|[Pp]eraturan|[Kk]eputusan|"
    r"[Ii]nstruksi)(?: (?:[Mm]enteri|[Bb]upati|[Ww]ali [Kk]ota|[Gg]ubernur|[Dd]aerah|"
    r"[Pp]emerintah|[Pp]residen|[Dd]irektur [Jj]enderal|[Dd]irjen|[Kk]epala))?)"
    r"(?P<issuer>(?: (?:[A-Z][\w.-]*|dan|RI))*)"
    r" (?P<nomor>[Nn]omor):? (?P<number>[\w./-]*\d[\w./-]*)"
    r"(?: (?P<tahun>[Tt]ahun) \d{4})?"
)
# Fields of a regional 'dinas': "dinas pemberdayaan masyarakat dan desa".
_FIELDS = words(
    """pemberdayaan masyarakat desa perempuan perlindungan anak kesehatan sosial pendidikan
    kebudayaan kependudukan pencatatan sipil perhubungan pertanian peternakan perikanan
    pariwisata komunikasi informatika tenaga kerja transmigrasi lingkungan hidup pekerjaan
    umum penataan ruang perumahan kawasan permukiman koperasi usaha kecil menengah
    perindustrian perdagangan pemuda olahraga kearsipan perpustakaan penanaman modal
    pelayanan terpadu satu pintu ketahanan pangan keluarga berencana pengendalian penduduk
    pemadam kebakaran penyelamatan"""
)
_DINAS = re.compile(r"(?<![\w.-])dinas((?: (?:[a-z]+))+)")
_NOT_OFFICE = re.compile(r"(?:perjalanan|rumah|mobil|kendaraan|pakaian|seragam|tugas|para|"
                         r"seluruh|setiap|tiap|semua|beberapa|berbagai) $")
_COUNTRY = re.compile(r"(?<![\w./@-])([a-z]+)(?![\w./@-])")
_CLASS_ELLS = re.compile(r"\b([Kk]elas) (l{1,3}|Il|lI|Ill)(?: ?([AB]))?\b")
_E_FORM = re.compile(r"(?<![\w.-])E-(?=[A-Z])(?P<rest>[A-Za-z]+)\b")


def _hit(start: int, end: int, fix: str) -> Hit:
    return Hit(
        start, end, N_("Every word of a name starts with a capital letter: '{word}'."), fix,
        {"word": fix},
    )


def _documents(doc: Doc) -> Iterator[Hit]:
    for m in _DOCUMENT.finditer(doc.text):
        for part in ("kind", "nomor", "tahun"):
            text = m.group(part)
            if not text:
                continue
            parts = text.split()
            lower = [k for k, w in enumerate(parts) if w[0].islower()]
            if lower:  # up to its last lowercase word: "surat edaran Direktur Jenderal"
                parts = parts[: lower[-1] + 1]
                end = m.start(part) + len(" ".join(parts))
                yield _hit(m.start(part), end, title_case(parts))


def _dinas(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for m in _DINAS.finditer(text):
        if _NOT_OFFICE.search(text, max(0, m.start() - 12), m.start()):
            continue
        field: list[str] = []
        for w in m.group(1).split():
            if w not in _FIELDS and w != "dan":
                break
            field.append(w)
        while field and field[-1] == "dan":
            field.pop()
        if not field:
            continue
        end = m.start() + len("dinas ") + len(" ".join(field))
        after = text[end : end + 2]
        if "dan" not in field and not (after[:1] == " " and after[1:2].isupper()):
            continue  # "rekomendasi dinas tenaga kerja": any of them
        if re.match(r" (?:kabupaten/kota|provinsi/kabupaten|setempat|masing-masing)", text[end:]):
            continue  # "dinas pendidikan dan kebudayaan kabupaten/kota": each one (h220)
        yield _hit(m.start(), end, title_case(["dinas", *field]))


def _start_of_sentence(doc: Doc, start: int) -> bool:
    before = doc.text[max(0, start - 3) : start].rstrip(" \"“")
    return not before or before[-1] in ".!?\n"


# Organisations of the offices and holy days written in lowercase, as one name (the wives'
# association; EYD V I.B: a religious holiday's name is capitalised, 'Maulid Nabi'; KBBI's
# 'Tanah Suci', marked 6 of 9; the social-security bodies 'BPJS Kesehatan' and 'BPJS
# Ketenagakerjaan', 4 of 4 in session 34); the archipelago's name, 'adat nusantara' (KBBI
# Nusantara; 14 of 16 marked, the two left 'wawasan nusantara', session 43).
_ORGANISATIONS = re.compile(
    r"\b(?:dharma wanita(?: persatuan)?|maulid nabi|tanah suci|(?<!wawasan )nusantara"
    r"|(?<=\bBPJS )(?:kesehatan|ketenagakerjaan))\b"
)


def lowercase_names(doc: Doc) -> Iterator[Hit]:
    """K10's findings beyond an office's head word (K10 reports them)."""
    yield from _documents(doc)
    yield from _dinas(doc)
    for m in _COUNTRY.finditer(doc.text):
        if m.group(1) in COUNTRIES and not doc.is_italic(m.start(), m.end()):
            yield _hit(m.start(), m.end(), m.group(1).capitalize())
    for m in _ORGANISATIONS.finditer(doc.text):  # "dharma wanita" (heldout37, probe56)
        yield _hit(m.start(), m.end(), title_case(m.group().split()))
    for m in _CLASS_ELLS.finditer(doc.text):
        fixed = f"Kelas {'I' * len(m.group(2))}{m.group(3) or ''}"
        yield Hit(
            m.start(), m.end(), N_("An office's class is a Roman numeral: '{word}'."), fixed,
            {"word": fixed},
        )
    for start, end, name in name_case_slips(doc.text):
        msg = N_("The article spells this name '{word}'.")
        yield Hit(start, end, msg, name, {"word": name})
    for m in _E_FORM.finditer(doc.text):
        if _start_of_sentence(doc, m.start()) or any(
            p.kind == "title" and p.start <= m.start() < p.end for p in doc.paras
        ):
            continue  # a title's words are capitalised (K5): "Sosialisasi E-Paspor"
        if expanded_name(doc.text, m.group()):
            continue  # "Aplikasi E-Motion (Electronic Immigrant …)": the app's own name
        rest = m.group("rest")
        fixed = "e-" + (rest if rest.isupper() else rest.lower())
        yield Hit(
            m.start(), m.end(), N_("'e-' is lowercase mid-sentence: '{word}'."), fixed,
            {"word": fixed},
        )
