"""Commas EYD V asks for inside a sentence (P17–P20): before a contrastive conjunction,
before 'salah satunya' that follows a clause, before a form of address, and between a city
and its province.

Each reads a pattern whose comma is not a matter of taste (EYD V, Tanda Koma): "…, tetapi",
"…, sedangkan", "Terima kasih, Pak", "Tanjungpinang, Kepulauan Riau". Where the same words
can be read without the comma (a name that holds a province, 'akan tetapi'), the rule is silent.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    FUNCTION_WORDS,
    INSTITUTION_KINDS,
    INSTITUTIONS,
    POSITIONS,
    SAYING_VERBS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, WARNING, Hit, rule

# A verb by its prefix (meN- as it sounds before the root, ber-, ter-, di-), less the nouns
# and prepositions that look like one.
_VERB = re.compile(
    r"(?:mem|men|meng|meny|me[lrwy]|ber|ter|di)[a-z]{3,}|merupakan|menjadi|mampu|adalah"
)
# (adverbs of the ter- form too: 'terlebih', 'terlalu', 'terkadang'; round 14)
_NOT_VERBS = words(
    """termasuk terutama terlebih terlalu terkadang terhadap tersebut bersama berdasarkan
    beserta berikut terkait berita berkas beras menteri mental mentor merek mereka merdeka
    terminal diskusi dinas direktur disiplin dialog digital diklat dirjen diri dimensi
    dinamika diploma diskon distribusi divisi diversi"""
)


def is_verb(word: str) -> bool:
    """A verb by its form ('dilakukan', 'menjadi'), not a noun that looks like one; a
    reduplicated verb by its first half ('bertanya-tanya', 'berbincang-bincang')."""
    if "-" in word:
        first, _, second = word.partition("-")
        if not second or not first.endswith(second[-3:]):
            return False
        word = first
    if word.endswith("nya") and not word.endswith(_NYA_ROOTS):
        return False  # 'menurutnya', 'dirinya': -nya after the word; 'bertanya' keeps its root
    return bool(_VERB.fullmatch(word) or _BE_VERB.fullmatch(word)) and word not in _NOT_VERBS


# Roots that end in -nya themselves (KBBI: tanya, punya): 'bertanya', 'ditanya', 'mempunyai'.
_NYA_ROOTS = ("tanya", "punya")
# ber- is be- before a root whose first syllable ends in -er and in 'belajar' (KBBI).
_BE_VERB = re.compile(r"be(?:kerja|ternak|lajar|pergian)(?:kan|an)?")


# "…, tetapi …", "…, sedangkan …" (EYD V: koma sebelum kata penghubung pertentangan).
_CONTRAST = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=\))) (namun|tetapi|sedangkan|melainkan)\b(?!,)"
)  # after a word, or a bracket that closes the clause: "(Pro Justitia) tetapi"
# 'padahal' opens a subordinate clause (KBBI: "sedangkan sebenarnya"), which EYD V sets off
# with no comma after the main clause; the sets leave it bare (0 of 2 marked, round 23).
# The correlative 'tidak hanya … tetapi juga' joining two phrases takes no comma (EYD V).
_NOT_ONLY = re.compile(r"\b(?:tidak|tak|bukan) (?:hanya|saja|cuma)\b", re.IGNORECASE)
_BUT_ALSO = re.compile(r" (?:juga|pula|pun)\b")
_NOT_BEFORE_CONTRAST = words("akan dan atau yang")
# A second predicate of the same subject, not a clause of its own.
_PREDICATE_OPENERS = words(
    """tidak tak belum bukan masih tetap sudah telah akan harus perlu sering selalu kurang
    lebih cukup sangat hanya justru malah"""
)
_SALAH_SATUNYA = re.compile(
    r"(?:(?<=[^\W\d_])|(?<=\))) (salah satunya\b|di antaranya\b|antara lain\b"
    r"|(?:yaitu|yakni)(?= [A-Za-z\d“\"]))"
)  # after a word, or a bracket's short form: "(WBP) yaitu"
_NOT_BEFORE_SALAH = FUNCTION_WORDS | words(
    "ini itu tersebut adalah merupakan ialah yakni yaitu menjadi sebagai"
)
# A form of address that ends what is said: "belum turun Pak”" → "belum turun, Pak”".
_VOCATIVE = re.compile(r"(?<=[a-z]) (Pak|Bu|Bapak|Ibu|Mas|Mbak|Dik|Kak)([.,!?]?[\"”])")
_NOT_BEFORE_VOCATIVE = words("kepada untuk dengan oleh bersama dari para sang dan")
# "Bapak"/"Ibu" after a noun may be "your" ("doa restu Ibu"): a vocative only after a greeting.
_GREETINGS = words("kasih pagi siang sore malam maaf permisi silakan tolong mohon ya")
# EYD V: a comma between a place and the wider region it lies in.
PROVINCES = (
    "Aceh",
    "Sumatera Utara",
    "Sumatera Barat",
    "Riau",
    "Kepulauan Riau",
    "Jambi",
    "Sumatera Selatan",
    "Kepulauan Bangka Belitung",
    "Bangka Belitung",
    "Bengkulu",
    "Lampung",
    "DKI Jakarta",
    "Jawa Barat",
    "Banten",
    "Jawa Tengah",
    "DI Yogyakarta",
    "Daerah Istimewa Yogyakarta",
    "Jawa Timur",
    "Bali",
    "Nusa Tenggara Barat",
    "Nusa Tenggara Timur",
    "Kalimantan Barat",
    "Kalimantan Tengah",
    "Kalimantan Selatan",
    "Kalimantan Timur",
    "Kalimantan Utara",
    "Sulawesi Utara",
    "Gorontalo",
    "Sulawesi Tengah",
    "Sulawesi Barat",
    "Sulawesi Selatan",
    "Sulawesi Tenggara",
    "Maluku",
    "Maluku Utara",
    "Papua",
    "Papua Barat",
    "Papua Barat Daya",
    "Papua Tengah",
    "Papua Pegunungan",
    "Papua Selatan",
)
_PROVINCE = "|".join(sorted((re.escape(p) for p in PROVINCES), key=len, reverse=True))
# "di Tanjungpinang Kepulauan Riau": a preposition of place, one name, then the province.
_CITY_PROVINCE = re.compile(
    rf"\b(?:di|ke|dari|Kota|Kabupaten|masyarakat|warga) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)??) "
    rf"(?:{_PROVINCE})\b"
    r"(?![ -][A-Z])"
)
# Words of a body's or an area's name: "Asosiasi Barista Sumatera Barat", "Polda Bali".
_NOT_CITIES = (
    INSTITUTION_KINDS
    | POSITIONS
    | words(
        """provinsi prov wilayah daerah kanwil kemenkumham kementerian polda kejati kejaksaan
    pemprov pemda dprd universitas institut politeknik sekolah pulau selat laut gunung danau
    teluk tanah bumi asosiasi himpunan ikatan persatuan perkumpulan yayasan forum komunitas
    paguyuban dewan komisi lembaga badan balai pusat kantor rumah bank radio televisi tim
    klub bandara pelabuhan stadion hotel gedung jalan masjid gereja pengadilan kepolisian
    imigrasi pemasyarakatan barat timur utara selatan tengah"""
    )
)


@rule("P17", ERROR, N_("A comma goes before a contrastive conjunction"))
def contrast_comma(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.rules.comma_seams import bukan_contrast

    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            if " bukan " in text[s:e]:
                yield from bukan_contrast(doc, s, e)
            for m in _CONTRAST.finditer(text, s, e):
                before = text[max(s, m.start() - 20) : m.start()].split()
                if before and before[-1].lower() == "akan" and len(before) > 1:
                    yield from _akan_tetapi(text, s, e, m.start() - 4, before[-2])
                    continue
                if not before or before[-1].lower() in _NOT_BEFORE_CONTRAST:
                    continue  # "dan sedangkan": not after a clause
                if m.start() - s < 12 or len(text[s : m.start()].split()) < 3:
                    continue  # too short to be a clause of its own
                after = re.split(r"[,.;:!?\"”—–]", text[m.end() : e], maxsplit=1)[0].split()
                if len(after) < 2:
                    continue  # "tegas tetapi humanis": two words, not two clauses (a dash
                    # ends them: "sederhana namun bermakna—setiap …", probe87)
                if after[0].lower() in _PREDICATE_OPENERS or is_verb(after[0].lower()):
                    continue  # "… pindah tempat tinggal namun tidak melapor": one subject
                word = m.group(1)
                if word in ("tetapi", "melainkan") and _phrases_correlated(text, s, m):
                    continue  # 'tidak hanya anak tetapi juga orang tua': two phrases
                last = m.start() - len(before[-1])
                yield Hit(
                    last,
                    m.end(),
                    N_("A comma goes before '{word}' inside a sentence."),
                    f"{before[-1]}, {word}",
                    {"word": word},
                )


def _phrases_correlated(text: str, s: int, m: re.Match) -> bool:
    """'tidak hanya … tetapi juga …' correlating two noun or prepositional phrases ('tidak
    hanya anak tetapi juga orang tua', 'tak hanya di kelas tetapi juga di lapangan'): one
    coordinated phrase, no comma (EYD V). Two predicates ('tidak hanya mengurangi … tetapi
    juga membantu …') are two clauses and keep their comma."""
    also = _BUT_ALSO.match(text, m.end())
    if also is None:
        return False
    openers = list(_NOT_ONLY.finditer(text, s, m.start()))
    if not openers:
        return False
    opener = openers[-1]
    first = re.match(r" ([^\W\d_]+(?:-[^\W\d_]+)*)", text[opener.end() : m.start()])
    if first is None:
        return False
    low = first.group(1).lower()
    if not (is_verb(low) or low in _PREDICATE_OPENERS):
        return True
    # "tidak hanya difokuskan pada evaluasi fisik tetapi juga integrasi …": one verb, two
    # objects; the phrase after 'tetapi juga' has no verb of its own (the sixth probe)
    second = re.match(r"[^\W\d_]+", text[also.end() :].lstrip())
    return second is not None and not (
        is_verb(second.group().lower()) or second.group().lower() in _PREDICATE_OPENERS
    )


def _akan_tetapi(text: str, s: int, e: int, akan: int, word: str) -> Iterator[Hit]:
    """'… dibicarakan saja akan tetapi harus …': inside a sentence the contrast is 'tetapi'
    after a comma (EYD V keeps 'akan tetapi' for joining sentences)."""
    if not word[-1:].isalpha() or word.lower() in _NOT_BEFORE_CONTRAST or akan - s < 12:
        return
    start = akan - 1 - len(word)
    yield Hit(
        start,
        akan + len("akan tetapi"),
        N_("A comma goes before '{word}' inside a sentence."),
        f"{word}, tetapi",
        {"word": "tetapi"},
    )


@rule("P18", WARNING, N_("A comma goes before 'salah satunya', 'yaitu', 'yakni' after a clause"))
def salah_satunya_comma(doc: Doc) -> Iterator[Hit]:
    """'… kepada masyarakat salah satunya dengan membuka …', '… memakai dua metode yakni
    pertama …': what follows is an example or the explanation of the clause before, set off
    by a comma. As a subject ('Kegiatan ini salah satunya …') it takes none: a clause has a
    verb before it. Before a name ('yaitu KTT G20') the writer may mean a plain apposition."""
    for hit in _salah_satunya_hits(doc):
        if not _FILLER_AFTER.match(doc.text, hit.end) and not doc.text.startswith(
            "termasuk salah", hit.start
        ):  # "termasuk salah satunya …": one phrase (probe117)
            yield hit


# 'yaitu'/'yakni' before a pointer or a filler of speech explains nothing ("ketentuan khusus
# yaitu tadi tidak menaati": the speaker points back; round 19).
_FILLER_AFTER = re.compile(r" (?:tadi|itu|ini|tuh|lho|kan)\b")


def _salah_satunya_hits(doc: Doc) -> Iterator[Hit]:
    from kabar_desktop.check.rules.clause_seams import counted_yakni
    from kabar_desktop.check.rules.comma_contexts import (
        counted_names,
        opening_yakni,
        yaitu_after_phrase,
    )
    from kabar_desktop.check.rules.comma_seams import demonstrative, list_or_example
    from kabar_desktop.check.rules.seam_examples import explanation_commas
    from kabar_desktop.check.rules.seams21_names import relative_subject

    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            counted = list(counted_yakni(doc, s, e)) if " y" in text[s:e] else []
            yield from counted  # "dua kabupaten lain yakni …"
            # round 14: "… deteni. Yakni tempat …"; "empat pilar yakni Registrasi …"
            opening = opening_yakni(doc, s, e)
            if opening:
                yield opening
            if " y" in text[s:e]:
                for hit in (*counted_names(doc, s, e), *yaitu_after_phrase(doc, s, e)):
                    if not any(h.start < hit.end and hit.start < h.end for h in counted):
                        counted.append(hit)
                        yield hit
            for hit in explanation_commas(doc, s, e):  # round 17: 'termasuk', 'khususnya'
                if not any(h.start < hit.end and hit.start < h.end for h in counted):
                    counted.append(hit)
                    yield hit
            for m in _SALAH_SATUNYA.finditer(text, s, e):
                if any(h.start < m.end() and m.start() < h.end for h in counted):
                    continue
                segment = text[max(s, text.rfind(",", s, m.start()) + 1) : m.start()].split()
                if not segment or segment[-1].lower() in _NOT_BEFORE_SALAH - demonstrative(m):
                    continue  # after 'itu' only 'yaitu'/'yakni': "Ia … pintu itu, yakni …"
                if not any(_predicate(w.lower().strip('“”"()')) for w in segment[:-1]):
                    continue
                if m.group(1) in ("antara lain", "di antaranya") and relative_subject(segment):
                    continue  # "Dokumen yang harus disiapkan antara lain: …": the predicate
                if segment[0] == "Adapun" and relative_subject(segment):
                    continue  # "Adapun yang menjadi pokok … yaitu …": its copula (probe88)
                word = m.group(1)
                if not list_or_example(doc, s, m, segment):
                    continue
                yield Hit(
                    m.start() - len(segment[-1]),
                    m.end(),
                    N_("A comma goes before '{word}' after a clause."),
                    f"{segment[-1]}, {word}",
                    {"word": word},
                )


def _predicate(word: str) -> bool:
    """A verb, or 'ada' that says something exists ('masih ada dua pilihan yaitu …')."""
    return word == "ada" or is_verb(word)


@rule("P19", ERROR, N_("A form of address is set off by a comma"))
def vocative_comma(doc: Doc) -> Iterator[Hit]:
    """'“Vonis saya belum turun Pak”': the speaker turns to the one addressed (EYD V: koma
    sebelum kata sapaan)."""
    text = doc.text
    for para in doc.prose_paras():
        for m in _VOCATIVE.finditer(text, para.start, para.end):
            if not doc.in_quote(m.start(), m.end()):
                continue
            before = text[max(para.start, m.start() - 20) : m.start()].split()
            if not before or before[-1].lower() in _NOT_BEFORE_VOCATIVE:
                continue  # "kepada Bapak": the one spoken of, not to
            word = m.group(1)
            if word in ("Bapak", "Ibu") and before[-1].lower() not in _GREETINGS:
                continue
            yield Hit(
                m.start() - len(before[-1]),
                m.end(1),
                N_("A comma sets off the form of address '{word}'."),
                f"{before[-1]}, {word}",
                {"word": word},
            )


@rule("P20", WARNING, N_("A comma between a city and its province"))
def province_comma(doc: Doc) -> Iterator[Hit]:
    found = [h for h in _province_comma(doc) if not _city_runs_on(doc.text, h)]
    yield from found
    from kabar_desktop.check.rules.seams22_places import listed_city_province

    # round 22: 'ke Makassar, Tanjungpinang Kepulauan Riau dan …' (where no reading above
    # took the place: 'Sumberrejo, Banyumas Jawa Tengah' is round 18's chain)
    for hit in listed_city_province(doc, _PROVINCE, _NOT_CITIES):
        if _city_runs_on(doc.text, hit):
            continue
        if not any(h.start < hit.end and hit.start < h.end for h in found):
            yield hit


def _city_runs_on(text: str, hit: Hit) -> bool:
    """The province's name ends the city's own: 'Banda Aceh', 'Kota Banda Aceh' (round 26)."""
    from kabar_desktop.check.places import place_names

    city = text[hit.start : hit.end].removeprefix("Kota ").removeprefix("Kabupaten ")
    rest = text[hit.end : hit.end + 40].split()
    ends = ",.;:!?\"”’')"  # 'di Banda Aceh," kata …' (probe59)
    return any(" ".join([city, *rest[:n]]).rstrip(ends) in place_names() for n in (1, 2))


def _province_comma(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for m in _CITY_PROVINCE.finditer(text, para.start, para.end):
            city = m.group(1)
            if city.split()[-1] in ("Kota", "Kabupaten"):
                continue  # 'di Kota Bengkulu', 'Kemenag Kota Bengkulu': the city's own name
            if city.lower() in INSTITUTIONS:
                continue  # 'dari Kemenag Bengkulu': the office of a region (probe130)
            if any(w.lower() in _NOT_CITIES for w in re.split(r"[ -]", city)):
                continue  # "di Kanwil Jawa Timur", "di Provinsi Bali": not a city
            if city in PROVINCES or city in ("Jawa", "Sumatera", "Kalimantan", "Sulawesi"):
                continue
            yield Hit(
                m.start(1),
                m.end(1),
                N_("A comma separates '{word}' from its province."),
                city + ",",
                {"word": city},
            )
    from kabar_desktop.check.rules.seams18_places import place_chain_commas

    yield from place_chain_commas(doc)  # 'Desa … Kecamatan …', ', Jembrana Bali,'
    from kabar_desktop.check.rules.seams20_places import place_seams

    yield from place_seams(doc)  # round 20: 'Pontianak Kalbar', 'Kemendagri Jalan …'
    from kabar_desktop.check.rules.seams21_places import city_then_country

    yield from city_then_country(doc)  # round 21: 'asal Kuala Lumpur Malaysia'
    from kabar_desktop.check.rules.seams23_places import kind_then_region

    yield from kind_then_region(doc)  # round 23: 'di pantai Gedangan Kabupaten Malang'


# P13 (clauses.py) reads this one too: a plain noun phrase, the comma, then its predicate
# ("Pemeriksaan selanjutnya, dilakukan …", "… seksi kesehatan di Tanjungpinang, akan terus").
_PREDICATE_COMMA = re.compile(r", (akan|telah|(?:di|ter|me)[a-z]{3,})\b(?!,)")
_NOT_PREDICATES = words(
    """menurut mengenai melalui menuju menjelang meliputi melainkan dimana diantara disamping disini
    disana dikala"""
)
# What follows the verb is an aside closed by a comma before the real predicate.
_ASIDE_CLOSED = re.compile(
    r"[^,.;:!?\"“”]{0,60}, (?:[a-z]+ )?(?:(?:mem|men|meng|meny|me[lrwy]|ber|di)[a-z]{3,}|akan)\b"
)
_SUBJECT_BREAK = re.compile(r"\b(?:bahwa|[a-z]+)\b")
_SAID = SAYING_VERBS | words("melanjutkan memaparkan menerangkan mengemukakan mengaku berharap")
_NOT_IN_SUBJECT = FUNCTION_WORDS & words("yang agar supaya jika apabila karena sehingga") | words(
    """yang kemudian lalu sebelumnya setelahnya sesudahnya nanti tahun bulan hari minggu
    pekan jam pukul pagi siang sore malam kali namun tetapi sedangkan"""
)
_NOT_FIRST = FUNCTION_WORDS | words(
    """namun akan sedangkan sehingga bahkan jadi oleh kemudian lalu selanjutnya sebelumnya
    terakhir adapun setelah sesudah ketika saat bila jika apabila karena meski meskipun
    walaupun ia dia mereka kami kita saya"""
)
# round 24: the prepositions of time open an adverbial, no subject
_NOT_FIRST |= words("mulai sejak semenjak selama sepanjang hingga sampai")


def _subject_start(text: str, s: int, comma: int) -> int | None:
    """Where the subject before ``comma`` starts: the sentence's start, or just after 'bahwa'
    or a verb of saying ('Ia melanjutkan, dirinya …', '… mengatakan pemeriksaan …'); None
    after any other comma (an apposition or a list's item, not a subject)."""
    last = text.rfind(",", s, comma)
    start = s if last < 0 else last + 2
    for m in _SUBJECT_BREAK.finditer(text, start, comma):
        if m.group() == "bahwa" or m.group() in _SAID:
            start, last = m.end() + 1, -1
    if last >= 0:
        said = text[s:last].split()
        if not said or said[-1] not in _SAID:
            return None
    return start


# A passive verb of saying and its agent set off after the subject (EYD V, Tanda Koma: a
# comment that interrupts the sentence): "Biaya paspor, disebut Budi, hanya …", "Layanan ini,
# dijelaskannya, gratis". The comma before it is right; the predicate comes after the agent.
_SAID_PASSIVE = re.compile(
    r"di(?:sebut|sebutkan|jelaskan|katakan|ungkapkan|tambahkan|tuturkan|tegaskan|terangkan"
    r"|paparkan|imbuhkan|uraikan)(nya)?"
)
_AGENT = re.compile(r"(?:[A-Z][\w'’-]*\.?(?: |(?=[,.])))+")
_GOES_ON = words(
    "akan telah sudah masih hanya tidak tak belum juga pun tetap bisa dapat harus wajib perlu boleh"
)


def said_aside(text: str, verb_start: int, e: int) -> bool:
    """The verb at ``verb_start`` opens an aside of attribution: a passive verb of saying, its
    agent (a name, or -nya), then the sentence goes on with its own predicate, after a
    closing comma or a verb ("…, dijelaskan Budi berlaku lima tahun"). Not "Materi itu,
    disampaikan Budi di aula.": there the verb is the predicate."""
    m = _SAID_PASSIVE.match(text, verb_start, e)
    if m is None or (m.end() < e and text[m.end()].isalnum()):
        return False
    pos = m.end()
    if not m.group(1):
        agent = _AGENT.match(text, pos + 1, e)
        if text[pos : pos + 1] != " " or agent is None:
            return False
        pos = agent.end()
    rest = text[pos:e].lstrip()
    word = re.match(r"[a-z]+", rest)
    if word is not None and (is_verb(word.group()) or word.group() in _GOES_ON):
        return True
    # closed by a comma after the agent's words ("disebut Febby, sapaan akrab …, hanya …")
    return bool(re.search(r", ?[^\W\d_]", rest))


_WHOLE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)+")  # a hyphenated word, whole


def noun_phrase_subject(doc: Doc, s: int, e: int, not_first: frozenset[str]) -> Hit | None:
    """The first comma of sentence [s, e) that stands between a plain noun phrase (no verb,
    no 'yang', not opening with a word of ``not_first``) and its predicate."""
    text = doc.text
    for m in _PREDICATE_COMMA.finditer(text, s, e):
        verb = m.group(1)
        if verb not in ("akan", "telah") and (verb in _NOT_PREDICATES or not is_verb(verb)):
            continue
        if doc.in_quote(m.start()) or said_aside(text, m.start(1), e):
            continue
        start = _subject_start(text, s, m.start())
        if start is None:
            continue
        subject = [w.lower() for w in re.findall(r"[^\W\d_]+", text[start : m.start()])]
        if not 2 <= len(subject) <= 14 or subject[0] in not_first | _NOT_FIRST:
            continue
        if (head := _WHOLE_WORD.match(text, start, m.start())) and head[0].lower() in not_first:
            continue  # "Mudah-mudahan dengan adanya …," a hyphenated opener, read whole
        if any(is_verb(w) or w in _NOT_IN_SUBJECT or w in _SAID for w in subject):
            continue
        if any(c in text[start : m.start()] for c in '"“”:;'):
            continue
        if _ASIDE_CLOSED.match(text, m.end(), e) or verb in ("dibantu", "didampingi"):
            continue  # "Lilik selaku Kepala Rutan, didampingi KPR, memberikan …": an aside
        return Hit(
            m.start(),
            m.start() + 1,
            N_("No comma between the subject and its predicate '{word}'."),
            "",
            {"word": verb},
        )
    return None
