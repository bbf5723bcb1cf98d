"""P6 for a role that no position list holds: "Instruktur pelatihan, Slamet Priyono
menjelaskan", "Pendamping Desa, Asusi mengatakan", "Korlap KB, Rahmat Ramadani menjelaskan".

A sentence that opens with a person's role (a noun for a kind of person, people_nouns.py, or
a role of the genre: instruktur, korlap, pimpinan …), then a comma and a name, names its
subject twice: the name is an apposition and a comma closes it before the predicate. The
sets mark it (heldout180-203: nine of the open appositions they marked and Kabar missed
opened so); the positions (Kepala, Kasi …) are P6's own reading in clauses.py.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import POSITIONS, words
from kabar_desktop.check.rules import N_, Hit
from kabar_desktop.check.rules.appositions import closing_word
from kabar_desktop.check.rules.people_nouns import PEOPLE_NOUNS

# Roles of the genre that head an apposition before a name, besides the kinds of people.
_ROLES = (PEOPLE_NOUNS | words(
    """instruktur korlap koordinator pimpinan pembina pelatih fasilitator moderator dosen
    bidan dokter perawat pengelola perwakilan pemilik pengasuh ustaz ustazah kader operator
    pemateri"""
)) - words("tim warga masyarakat keluarga rombongan jajaran panitia hadirin peserta")
# What may stand before the role at the sentence's start: a connector and its comma.
_LEAD_IN = re.compile(
    r"(?:(?:Sementara itu|Selain itu|Di tempat yang sama|Ditempat yang sama|Di sisi lain"
    r"|Selanjutnya|Kemudian|Adapun),\s+)?"
)
# The role's phrase (up to six words, no comma), its comma, then the name: capitalised words
# or initials ("K.A. Halim", "M. Sefri Masdian"), then one lowercase word.
_ROLE_NAME = re.compile(
    r"(?P<role>[A-Za-z]+)(?P<rest>(?: [\w().-]+){0,6}?), "
    r"(?P<name>(?:(?:H|Hj|Dr|dr|Ir|Drs|Hm) ?\. )?(?:[A-Z]\.){0,3} ?[A-Z][a-z]+"
    r"(?: (?:[A-Z]\.)+| [A-Z][a-z]+){0,3}) "
    r"(?P<next>[a-z]+)\b(?P<after>.)"
)
_MESSAGE = N_("The apposition is closed by a comma: '{word}'.")


def role_appositions(doc: Doc) -> Iterator[Hit]:
    text = doc.text
    for para in doc.prose_paras():
        for s, e in para.sentences:
            lead = _LEAD_IN.match(text, s, e)
            at = lead.end() if lead else s
            if doc.in_quote(at):
                continue
            m = _role_name(text, at, e) or _position_said(text, at, e)
            if m is not None:
                name = m.group("name")
                yield Hit(m.start("name"), m.end("name"), _MESSAGE, name + ",", {"word": name})


def _role_name(text: str, at: int, end: int) -> re.Match[str] | None:
    """'Ketua panitia, Budi Santoso mengatakan': a role (not a position: clauses.py reads
    those) whose phrase has no comma, then the name and its closing word."""
    m = _ROLE_NAME.match(text, at, end)
    if m is None:
        return None
    role = m.group("role").lower()
    if role not in _ROLES or role in POSITIONS:
        return None  # the positions are clauses.py's reading
    if "," in m.group("rest") or not closing_word(m.group("next")):
        return None
    if m.group("next") in ("dan", "serta") or m.group("after") == "-":
        return None
    return m


# Session 37: a sentence that opens with a position whose phrase the token reading of
# clauses.py loses ("Kepala Bidang SMA pada Dinas Pendidikan Jawa Barat, Yesa Sarwedi
# mengungkapkan": a lowercase 'pada' inside it), then the name and a verb of saying. The sets
# mark the comma after the name 538 times of 540 over heldout1-456.
_POSITION_SAID = re.compile(
    r"(?P<pos>[A-Z][a-z]+\.?)[^,.\n\"“”]{3,90}, "
    r"(?P<name>(?:[A-Z][\w’]*\.? ){0,3}[A-Z][\w’]*) "
    r"(?:mengatakan|mengungkapkan|menjelaskan|menyampaikan|menuturkan|menegaskan|menerangkan"
    r"|memaparkan)\b"
)


def _position_said(text: str, at: int, end: int) -> re.Match[str] | None:
    m = _POSITION_SAID.match(text, at, end)
    if m is None or m.group("pos").rstrip(".").lower() not in POSITIONS:
        return None
    return m
