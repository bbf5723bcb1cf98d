"""W28: 'pada' before a time, 'di' before a place (EYD V, kata depan).

'di tahun 2024', 'di bulan Ramadan', 'di Hari Bhakti …', 'di hari keempat', 'di hari biasa' →
'pada'. Only the time nouns that never name a place; 'di akhir kunjungan', 'di awal bulan' and
'di hari kerja' are left as editors leave them. And 'di' before an event or a case pointed at
('Di kegiatan ini' → 'Dalam', 'Di kesempatan yang sama' → 'Pada'; session sixteen).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import N_, WARNING, Hit, keep_case, rule


@cache
def _time_after_di() -> re.Pattern[str]:
    """'di' before a noun of time, a month or a year (compiled when first used). 'hari' only
    before a name ('di Hari Bhakti …', 'di hari Senin', the weekday in lowercase too: 'di
    hari selasa', K8 gives its capital); 'di hari kerja' is left alone, and 'di Hari Raya', as
    the conventions leave 'di hari raya' (the fifth probe's title)."""
    return re.compile(
        r"\b([Dd]i) (?:bulan|tahun|masa|era|saat|tanggal|waktu|momen|zaman|Bulan|Tahun"
        r"|(?:pagi|siang|sore|malam)(?= hari\b)|Hari(?= [A-Z])(?! Raya\b)"
        r"|musim(?= (?:hujan|penghujan|kemarau|paceklik|panen|tanam)\b)"  # 5 of 6 (s31)
        r"|hari(?= (?:[Ss]enin|[Ss]elasa|[Rr]abu|[Kk]amis|[Jj]um'?at|[Ss]abtu|[Mm]inggu)\b)"
        r"|(?:hari|minggu|pekan|malam)(?= (?:ke(?:dua|tiga|empat|lima|enam|tujuh|delapan"
        r"|sembilan|sepuluh|-\d+)|pertama|terakhir|biasa|normal|yang sama)\b)"
        r"|(?=(?:\d{1,2} )?(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September"
        r"|Oktober|November|Desember) (?:lalu|ini|mendatang|\d))"  # "di 17 Agustus 2015"
        r"|(?=(?:19|20)\d\d\b(?![.,/]\d)))\b"
    )


@rule("W28", WARNING, N_("'pada' before a time, 'di' before a place"))
def di_before_time(doc: Doc) -> Iterator[Hit]:
    for m in _time_after_di().finditer(doc.text):
        if doc.in_quote(m.start()):
            continue
        fix = keep_case(m.group(1), "pada")
        yield Hit(
            m.start(1),
            m.end(1),
            N_("Before a time the preposition is '{word}'; 'di' is for places."),
            fix,
            {"word": fix},
        )
    for m in _DI_OCCASION.finditer(doc.text):  # "Di kegiatan ini", "di kasus lainnya"
        if doc.in_quote(m.start()):
            continue
        fix = keep_case(m.group(1), "pada" if m.group(2) == "kesempatan" else "dalam")
        msg = N_("Before an event or a case the preposition is '{word}'; 'di' is for places.")
        yield Hit(m.start(1), m.end(1), msg, fix, {"word": fix})


# Session 16: 'di' before an event, a visit, a case or a situation pointed at: the sets
# mark it 5 times of 5 ("Di kegiatan ini" → "Dalam", "Di kesempatan yang sama" → "Pada").
_DI_OCCASION = re.compile(
    r"\b([Dd]i) (kegiatan|kunjungan|kasus|situasi|kesempatan)"
    r"(?= (?:ini|itu|tersebut|lainnya|yang sama|terbatas|[A-Z]\w+ seperti"
    r"|lain|terpisah|berbeda)\b)"  # "Di kesempatan terpisah" (session 37: 3 of 3)
)
