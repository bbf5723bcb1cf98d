"""Kinds of Humas story and the parts speakers play in them; the kind Kabar suggests.

The kind decides the lead ("Lapas … menerima kunjungan kerja …"), the part decides how a
speaker is introduced ("Saat membuka kegiatan, …"). The sentences themselves live in
``templates/compose/``; this module only knows the names and what the facts suggest.
"""

from __future__ import annotations

import re

from kabar_desktop.model.draft import Draft

STORY_KINDS = (
    "kegiatan",  # an event the office held (speakers optional): bakti sosial, pelatihan
    "narasumber",  # an event led by its speaker: "X, hadir sebagai narasumber dalam …"
    "pembukaan",  # an event opened by the head of office
    "partisipasi",  # the office taking part in someone else's event
    "kunjungan_diterima",  # a working visit received
    "kunjungan",  # a working visit paid
    "rapat",  # a meeting or coordination the office held
    "penandatanganan",  # a signing
    "pemantauan",  # monitoring, an inspection
    "prestasi",  # a contest won, an award
    "penyerahan",  # a handover, a donation
    "upacara",  # a ceremony, an assembly
    "laporan",  # a report with no single event day: a month's figures
)

SPEAKER_PARTS = (
    "narasumber",  # gave a talk: "membawakan materi tentang …"
    "pembuka",  # opened the event: "Saat membuka kegiatan, …"
    "tuan_rumah",  # the host: "Dalam sambutannya, … selaku tuan rumah"
    "pemimpin",  # led the event (pembina upacara at a ceremony)
    "pengunjung",  # a visitor: "Dalam kunjungannya, …"
    "pengarah",  # gave directions: "Dalam arahannya, …"
    "peserta",  # a participant: "Perwakilan peserta, …"
    "lainnya",  # any other part, named by the speaker's role
)

# Which speaker the lead names, by kind: the first speaker of the first listed part that
# has one. A kind not listed leads with the office.
_MAIN_PARTS: dict[str, tuple[str, ...]] = {
    "narasumber": ("narasumber",),
    "pembukaan": ("pembuka", "pemimpin", "tuan_rumah"),
    "kunjungan_diterima": ("pengunjung",),
    "kunjungan": ("pengunjung", "pemimpin", "pengarah"),
    "partisipasi": ("peserta", "pemimpin", "lainnya"),
    "pemantauan": ("pemimpin", "pengunjung", "pengarah"),
    "penyerahan": ("pemimpin", "tuan_rumah", "lainnya"),
    "penandatanganan": ("pemimpin",),
}

# Kinds that need a day; a report spans a period instead.
DATED_KINDS = tuple(k for k in STORY_KINDS if k != "laporan")

_WORDS = {
    "upacara": r"\b(upacara|apel)\b",
    "penandatanganan": r"\b(penandatanganan|menandatangani|perjanjian kerja ?sama|pks|mou"
    r"|nota kesepahaman)\b",
    "prestasi": r"\b(juara|penghargaan|meraih|predikat|lomba)\b",
    "penyerahan": r"\b(penyerahan|menyerahkan|bantuan|donasi|hibah|santunan)\b",
    "pemantauan": r"\b(monitoring|pemantauan|memantau|inspeksi|sidak|razia|penggeledahan)\b",
    "kunjungan": r"\b(kunjungan|kunker)\b",
    "rapat": r"\b(rapat|koordinasi|teleconference|zoom|pertemuan|audiensi|diskusi)\b",
}


def effective_kind(draft: Draft) -> str:
    """The kind the article is written as: the writer's choice, else Kabar's suggestion."""
    if draft.kind in STORY_KINDS:
        return draft.kind
    return suggest_kind(draft)


def suggest_kind(draft: Draft) -> str:
    """The kind the facts point to, as an editor would read them."""
    parts = {s.part for s in draft.speakers}
    event = f"{draft.event} {draft.event_detail}".lower()
    if draft.date is None and draft.period.strip():
        return "laporan"
    for kind in ("upacara", "penandatanganan", "prestasi", "penyerahan", "pemantauan"):
        if re.search(_WORDS[kind], event):
            return kind
    if re.search(_WORDS["kunjungan"], event) or "pengunjung" in parts:
        if "pengunjung" in parts and not draft.counterpart.strip():
            return "kunjungan_diterima"
        return "kunjungan" if draft.counterpart.strip() else "kunjungan_diterima"
    if draft.counterpart.strip():
        return "partisipasi"
    if re.search(_WORDS["rapat"], event):
        return "rapat"
    if "pembuka" in parts:
        return "pembukaan"
    if "narasumber" in parts and draft.speakers[0].part == "narasumber":
        return "narasumber"
    return "kegiatan"


def main_speaker(draft: Draft, kind: str) -> int | None:
    """The index of the speaker the composed lead names, or None when it names the office."""
    for part in _MAIN_PARTS.get(kind, ()):
        for i, s in enumerate(draft.speakers):
            if s.part == part and s.name.strip():
                return i
    return None

