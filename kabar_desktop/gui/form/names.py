"""What the model's codes mean to a writer: kinds of story, speakers' parts, the other party.

The model keeps Indonesian codes (``kunjungan_diterima``, ``tuan_rumah``); the form shows
plain names in the interface language, so these are looked up at call time, after the
language is set.
"""

from __future__ import annotations

from kabar_desktop.i18n import _


def story_kind_names() -> dict[str, str]:
    """Each kind of story (model.story.STORY_KINDS, in that order) in plain words."""
    return {
        "kegiatan": _("Event held by the office"),
        "narasumber": _("Event with speakers"),
        "pembukaan": _("Opened by the head of office"),
        "partisipasi": _("Taking part in another office's event"),
        "kunjungan_diterima": _("Working visit received"),
        "kunjungan": _("Working visit paid"),
        "rapat": _("Meeting or coordination"),
        "penandatanganan": _("Signing"),
        "pemantauan": _("Monitoring or inspection"),
        "prestasi": _("Achievement or award"),
        "penyerahan": _("Handover or donation"),
        "upacara": _("Ceremony or assembly"),
        "laporan": _("Report without one event day"),
    }


def part_names() -> dict[str, str]:
    """Each part a speaker plays (model.story.SPEAKER_PARTS, in that order) in plain words."""
    return {
        "narasumber": _("Speaker giving a talk (narasumber)"),
        "pembuka": _("Opened the event"),
        "tuan_rumah": _("Host (welcoming speech)"),
        "pemimpin": _("Led the event (pembina of a ceremony)"),
        "pengunjung": _("Visitor"),
        "pengarah": _("Gave directions"),
        "peserta": _("Participant"),
        "lainnya": _("Another part (name it below)"),
    }


# Parts whose noun the writer chooses ("pemateri", "moderator"); others have their own words.
PARTS_WITH_ROLE = ("narasumber", "lainnya")


def counterpart_texts(kind: str) -> tuple[str, str]:
    """The label and placeholder of the other party's field, for the kind of story."""
    texts = {
        "partisipasi": (_("Held by"), _("e.g. Kanwil Kemenkumham NTT")),
        "narasumber": (_("Held by"), _("if not your office, e.g. Kanwil Kemenkumham NTT")),
        "pembukaan": (_("Held by"), _("if not your office, e.g. Kanwil Kemenkumham NTT")),
        "prestasi": (_("Held by"), _("who held the contest or gave the award")),
        "kunjungan": (_("Place visited"), _("e.g. Lapas Kelas IIB Atambua")),
        "kunjungan_diterima": (_("Visitors from"), _("e.g. Komisi III DPR RI")),
        "penandatanganan": (_("Partner"), _("e.g. Dinas Kesehatan Kota Kupang")),
        "penyerahan": (_("Recipient"), _("e.g. Panti Asuhan Kasih Ibu")),
    }
    return texts.get(
        kind, (_("Other party"), _("host, place visited, partner or recipient, if any"))
    )


def event_placeholder(kind: str) -> str:
    """An example of what goes in the event field for the kind of story."""
    examples = {
        "penyerahan": _("what was handed over, e.g. bantuan sembako"),
        "penandatanganan": _("what was signed, e.g. perjanjian kerja sama"),
        "prestasi": _("what was won, e.g. juara pertama lomba …"),
        "laporan": _("what was done, e.g. menerbitkan 1.245 paspor"),
        "upacara": _("e.g. upacara peringatan Hari Bhakti Imigrasi ke-76"),
        "rapat": _("e.g. rapat koordinasi pengamanan Natal"),
        "pemantauan": _("what was monitored, e.g. pemantauan layanan kunjungan"),
        "kunjungan": _("optional: the purpose, e.g. pemantauan layanan"),
        "kunjungan_diterima": _("optional: the purpose, e.g. pemantauan layanan"),
    }
    return examples.get(kind, _("e.g. Pelatihan Tugas dan Fungsi Bidang Kehumasan"))


def office_photo_credit(photo_credit: str, office: str) -> str:
    """The credit a photo gets when its own is left empty: the office's photo credit, else
    "Dok. Humas <office>" (the composer's pattern); "" when neither is known."""
    if photo_credit.strip():
        return photo_credit.strip()
    if not office.strip():
        return ""
    from kabar_desktop.compose.patterns import Value, fill_text, load_patterns

    pattern = load_patterns("id")["caption"]["default_credit"]
    return fill_text(pattern, {"organizer": Value(" ".join(office.split()))})
