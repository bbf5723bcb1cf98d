"""Abbreviations keep their periods (P11): 'dll.', 'a.n.', a title before a name ('Dr.
Aslam', 'Pj. Bupati') and a name's one-letter initials ('Candra S. Tarigan'), the caption's
'Dok.' (EYD V, Tanda Titik). A shortened first name ('Moch', 'Mhd', 'Abd') is the person's own
spelling and stays as written: the sets leave it 4 times of 5, as heldout19's, heldout22's
and heldout24's adjudications decided."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS, SCHOOL_FORMS, words
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.degrees import cased_degree
from kabar_desktop.check.rules.english_words import is_english

_ABBREVIATION = re.compile(r"\b(dll|dsb|dst|sbb|dkk|[Yy]th|a\.n|u\.p|s\.d|d\.a)\b(?!\.)")
_CAPTION_DOK = re.compile(r"\bDok(?= Humas)")
# The same abbreviations with a slash for their periods (EYD V writes "s.d.", "a.n."): "5 s/d 7
# Maret" → "s.d.". Between words only, never inside an address or a number ("1/2").
_SLASHED = re.compile(r"(?<![\w/.])([sSaAdDuU])/([dDnNaApP])(?![\w/])")
_SLASHED_FORMS = {"sd": "s.d.", "an": "a.n.", "da": "d.a.", "up": "u.p."}
# The kiai haji's title with one period for two letters (EYD V: K.H.): "Jalan KH. Agus Salim"
# (the sets mark it 5 of 5; 'KH' with no period, 4 of 9, is left).
_KIAI = re.compile(r"\bKH\.(?= [A-Z][a-z])")
# Titles before a name: "Drs Ali" → "Drs. Ali", "Pj Bupati" → "Pj. Bupati" (KBBI: Pj.
# penjabat); the physician's 'dr' and the street's 'Jl' (session 21: the sets mark them 5 of 5
# and 3 of 3); Muhammad's 'Moh' (13 of 15 marked, session 43; 'Moch', 'Abd' stay as written).
_NAME_ABBREVIATION = re.compile(
    r"\b(?:Pj|Plt|Plh|Drs|Dra|Dr|dr(?! (?:Kota|Kabupaten|Desa|Provinsi|Kecamatan)\b)"
    r"|drh|drg|Ir|Prof|Hj|Kab|Kec|Kel|Prov|Pdt|Ps|Jl|Moh)(?= [A-Z])"  # "datang dr Kota Bogor":
    # chat's 'dari' before a place, not the physician (probe155)
    r"|(?<=\()(?:Pj|Plt|Plh)(?=\))"  # "Pelaksana Tugas (Plt)": the short form keeps its stop
    r"|\b(?:Plt|Plh)(?= [a-z])"  # "ujar Plh kakanwil" (session 39: 3 of 3 marked)
)
# 'No' (nomor) before a number or a letter's code that holds one: 'Surat No 12', 'No W7.PL.01'.
_NUMBER_ABBREVIATION = re.compile(r"\b(?:No|NO)(?= [A-Z]{0,4}[.-]?\d)")
# A one-letter initial inside a name ("Candra S Tarigan"), opening one after a comma, or
# closing one before a lowercase word ("Ester Kumala S terhadap").
_INITIAL = re.compile(r"(?<=[a-z] |, )[A-Z](?= [A-Z][a-z]{2,}| [a-z])")
# An initial opening a sentence before a name ("M Misbah menerangkan", "A Haris menambahkan";
# session 39: 6 of 6 marked); not Bali's "I Made", nor a roman "V Koto Timur".
_OPENING_INITIAL = re.compile(
    r"(?:^|(?<=[.!?] ))(?![IVX] )[A-Z](?= [A-Z][a-z]{2,}(?: [A-Z][a-z]+)*,? [a-z])", re.M
)
# The doctor's title in capitals before a name: "DR. H. Firdaus", "Walikota DR GS Vicky" → "Dr."
# (session 39: 14 of 14 marked).
_DOCTOR_CAPS = re.compile(r"\bDR\.?(?= (?:[A-Z][a-z]|[A-Z]\.|[A-Z]{2,3} [A-Z][a-z]))")
# An initial right after a title's period ("Drs. H Edi", the pilgrim's H before a name).
_TITLED_INITIAL = re.compile(r"\b(?:Drs|Dra|Dr|Ir|Prof|KH|Hj|H)\. ([A-HJ-UWYZ])(?= [A-Z][a-z]{2,})")
# Dotted initials inside a name that lack the last period: "Melsy I.Y Fanggi" → "I.Y."; after
# a comma too, "(Bursel), A.M Laitupa" (3 of 4 marked, session 43).
_DOTTED_INITIALS = re.compile(r"(?:(?<=[a-z] )|(?<=[a-z)], ))(?:[A-Z]\.)+[A-Z](?= [A-Z][a-z]{2,})")
_BEFORE_NAME = words("oleh dan kepada bersama dengan")
# An academic degree with its inner periods and not its last one, after a name (session 18).
_DEGREE = re.compile(
    r"(?<=[\w,] )(?:S|M|A)\.(?:Sos|H|Si|Pd|Kom|E|T|Ag|IP|Pi|Psi|Ked|Kep|Farm|Hum|Th|STP|Tr|Md"
    r"|Eng|Sc|Ec|AP|Kes|Gz|Han|Kn|IK|MPd|HI|Sy)(?:\.[A-Za-z]{1,4})*(?=[,”\"’]| [a-zA-Z])"
)
# The pilgrim's H before a name, after a capital or opening a line ('Bupati HSU H Abdul
# Wahid', session 22: the sets mark it 36 of 36); not a Hijri year's ('1445 H Lapas …').
_HAJI = re.compile(r"(?<![\w.])(?<!\d )(?<![Hh]ari )(?<![Jj]am )H(?= [A-Z][a-z]{2,})")
# The whole word 'nomor' with a period before its number: "BNPB Nomor. 1 Tahun 2012" (3 of 3).
_WORD_WITH_STOP = re.compile(r"\b([Nn]omor)\. ?(?=\d)")
# The limited company's acronym with a period before the firm's name.
_FIRM_FORM = re.compile(  # "CV. Maju" too (heldout112); a school's "MTs. Ilhamul Hasan" (h183),
    # before its name of two words, not the stop that ends a sentence ("anak SMP. Namun …")
    r"\b(?:(PT|CV)|(MI|MTs|MTsN|MIN|MAN|SD|SDN|SMP|SMPN|SMA|SMAN|SMK|SMKN|SLB|TK|PAUD)(?="
    r"\. [A-Z][a-z]+ [A-Z])|(Kasi|Kasie|Kasubsi|Kasubbag|Kasubag|Kabag|Kabid|Kadiv))\.(?= [A-Z])"
)  # a position's short form before its field: "(Kasi. Binadik)", "Kabag. TU" (9 of 10, s34)
_SENTENCE_GOES_ON = re.compile(r" [A-Za-z]+ [a-z]")  # "… Kakanwil. Penandatanganan ini …"
# An acting or interim head in capitals before the position ('PLT Kadisnaker', 'PJ Bupati';
# not 'PJ Program', the person in charge); a head's short title is 'Ka' and its unit.
_ACTING = re.compile(r"\b(PLT|PLH|PJ)\.?(?= [A-Z][a-z])")
_HEAD_OF = re.compile(r"ka[a-z]{3,}$")


def _sentence_after(text: str, at: int) -> bool:
    """The word after a school's short form and its stop is a common word (not 'Negeri'):
    a new sentence, no school's name."""
    from kabar_desktop.check.spelling import speller

    nxt = text[at + 1 : at + 30].split(" ", 1)[0].lower()
    return nxt != "negeri" and len(nxt) > 3 and nxt.isalpha() and speller().known(nxt)


# Single letters in a series ("A, B dan C", "A dan B"): labels, not a name's initials.
_LETTER_SERIES = re.compile(r"(?<![\w.])[A-Z](?:,? (?:dan|atau|serta) |, )[A-Z](?!\w|\.\w)")
_LABELS = words(
    """kelas tipe blok tim regu ruang gedung lantai pos zona sektor seksi golongan grup
    kelompok angkatan tahap gelombang kategori paviliun wisma sel kamar jalur pintu loket
    vitamin hepatitis nomor no bagian sub bidang kompi pasal huruf lampiran tabel gambar
    bab kode paket tingkat jenjang level grade seri model fase babak putaran pool unit
    formulir lajur koridor sayap menara tower aula ruangan lokasi gerbang tribun dusun hall
    pabean komisi generasi"""  # 'Tipe Madya Pabean B' (probe76), 'Komisi A' (probe80): labels
)


# The editor's note "red" closing a bracket after a comma or a word ("(Bapas, red)",
# "(bulan Juli red)"); after a dash it is the outlet's own form, which the sets leave (3 of 3).
_EDITORS_RED = re.compile(r"(?:(?<=[\w,] )|(?<=_))red(?=\))")  # "(gizi buruk_red)" too
# People the press names by one letter only ("Warga Binaan S", "berinisial R"): the sets leave
# the letter without a period 6 of 6 times.
_KNOWN_BY_INITIAL = words("binaan wbp narapidana napi tahanan klien inisial berinisial")


@rule("P11", ERROR, N_("Abbreviations keep their periods"))
def abbreviations(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.spelling import speller

    # _DEGREE: "Samuel Toba S.Sos, yang" (session 18; the sets mark it 42 of 42)
    for pattern in (_ABBREVIATION, _NAME_ABBREVIATION, _NUMBER_ABBREVIATION, _DEGREE, _HAJI):
        for m in pattern.finditer(doc.text):
            if pattern is _DEGREE and cased_degree(m.group()):
                continue  # 'M.Pd.i': P27 gives the degree's case and period at once
            yield Hit(
                m.start(),
                m.end(),
                N_("This abbreviation ends with a period: '{word}'."),
                m.group() + ".",
                {"word": m.group() + "."},
            )
    for m in _FIRM_FORM.finditer(doc.text):  # "PT. Adaro" → "PT Adaro" (11 of 11 marked)
        msg = N_("An acronym takes no period: '{word}'.")
        form = m.group(1) or m.group(2) or m.group(3)
        if m.group(2) and _sentence_after(doc.text, m.end()):
            continue  # "di sekolah SMP dan SMA. Pemberian TTD …": the stop ends it (p142)
        after = m.group(3) and _SENTENCE_GOES_ON.match(doc.text, m.end())
        if after and speller().known(after.group().split()[0].lower()):
            continue  # a common word and a lowercase one after it: a new sentence
        yield Hit(m.start(), m.end(), msg, form, {"word": form})
    for m in _WORD_WITH_STOP.finditer(doc.text):
        fixed = m.group(1) + " "
        yield Hit(m.start(), m.end(), N_("A whole word takes no period."), fixed)
    for m in _ACTING.finditer(doc.text):  # "PLT Kadisnaker" → "Plt." (10 of 11, session 35)
        after = doc.text[m.end() + 1 : m.end() + 30].split(" ", 1)[0].strip(",.").lower()
        if after in POSITIONS or after in ("walikota", "wali") or _HEAD_OF.match(after):
            form = m.group(1).capitalize() + "."
            msg = N_("This abbreviation is written with periods: '{word}'.")
            yield Hit(m.start(), m.end(), msg, form, {"word": form})
    for m in _KIAI.finditer(doc.text):
        msg = N_("This abbreviation is written with periods: '{word}'.")
        yield Hit(m.start(), m.end(), msg, "K.H.", {"word": "K.H."})
    for m in _SLASHED.finditer(doc.text):
        fixed = _SLASHED_FORMS.get((m.group(1) + m.group(2)).lower())
        if fixed:
            fixed = fixed.upper() if m.group(1).isupper() else fixed
            yield Hit(
                m.start(),
                m.end(),
                N_("This abbreviation is written with periods: '{word}'."),
                fixed,
                {"word": fixed},
            )
    for m in _INITIAL.finditer(doc.text):
        before = doc.text[max(0, m.start() - 20) : m.start()].split()
        word = before[-1] if before else ""
        if m.group() in "IVX" or word.lower() in _LABELS:
            continue  # "Kelas I Kupang", "Blok A Lapas", "I Made": not initials
        if m.group() == "N" and word.lower() in SCHOOL_FORMS:
            continue  # "MTs N", "SMP N 1": the school's 'Negeri', K21's to join (probe138)
        if word.lower() in ("hari", "jam") and m.group() == "H":
            continue  # "Hari H", "jam H": KBBI's term for the set day (the sixth probe)
        if _LETTER_SERIES.search(doc.text, max(0, m.start() - 8), m.end() + 8):
            continue  # round 26: "Paket A, B dan C", "Hall A dan B": labels in a series
        if word.lower().strip(",") in _KNOWN_BY_INITIAL:
            continue  # "Warga Binaan S mengungkapkan": a person named by an initial (heldout136)
        if m.group() == "A" and word and is_english(word.lower().strip(",")):
            continue  # "Get A Modern and Cool Hairstyle": the English article (probe36)
        closing = doc.text[m.end() + 1 : m.end() + 2].islower()  # only after a name's word
        # Haji's H, and Muhammad's M after any word ("jelas M Misbah": 94 of 103 marked in
        # narration, session 43)
        before_name = word[-1:] == "," or word in _BEFORE_NAME or m.group() in ("H", "M")
        if not (word[:1].isupper() or (not closing and before_name)):
            continue
        yield Hit(
            m.start(),
            m.end(),
            N_("An initial in a name takes a period: '{word}'."),
            m.group() + ".",
            {"word": m.group() + "."},
        )
    for m in _DOCTOR_CAPS.finditer(doc.text):
        i = doc.token_at(m.start())
        if i is None or doc.paras[doc.tokens[i].para].kind == "title":
            continue  # a title's capitals are the title's
        msg = N_("The doctor's title is written '{word}', in this case.")
        yield Hit(m.start(), m.end(), msg, "Dr.", {"word": "Dr."})
    initials = (_TITLED_INITIAL, _DOTTED_INITIALS, _OPENING_INITIAL)
    for m in (m for pattern in initials for m in pattern.finditer(doc.text)):
        k = m.lastindex or 0  # the titled initial is group 1; the others the whole match
        yield Hit(
            m.start(k),
            m.end(k),
            N_("An initial in a name takes a period: '{word}'."),
            m.group(k) + ".",
            {"word": m.group(k) + "."},
        )
    for m in _EDITORS_RED.finditer(doc.text):
        if "(" in doc.text[max(0, m.start() - 40) : m.start()]:
            yield Hit(  # "(Bapas, red)": the editor's abbreviation keeps its period (EYD V)
                m.start(),
                m.end(),
                N_("This abbreviation ends with a period: '{word}'."),
                "red.",
                {"word": "red."},
            )
    for m in _CAPTION_DOK.finditer(doc.text):
        yield Hit(
            m.start(),
            m.end(),
            N_("This abbreviation ends with a period: '{word}'."),
            "Dok.",
            {"word": "Dok."},
        )
