"""K26: a role after 'sebagai', 'selaku' or 'menjadi' is lowercase unless a name or an office
follows it (EYD V, huruf kapital: a position or a common noun that names no one is written
in lowercase): 'Choirul Huda selaku Inspektur upacara' → 'inspektur', 'sebagai Pembina,' →
'pembina'; but 'selaku Kepala Rutan Kupang', 'menjadi Juara I'.
"""

from __future__ import annotations

from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import (
    GENERIC_NOUNS,
    INSTITUTIONS,
    ORDINARY_WORDS,
    POSITION_PARTS,
    POSITIONS,
    words,
)
from kabar_desktop.check.rules import ERROR, N_, Hit, rule
from kabar_desktop.check.rules.case_reading import capitalised, in_title
from kabar_desktop.check.rules.common_terms import overlaps_k3
from kabar_desktop.check.rules.headline import headline
from kabar_desktop.check.rules.words21_caps import slash_named

# Words that introduce the role someone plays.
_AS = words("sebagai selaku menjadi")
# The roles of a ceremony or a meeting: "sebagai Pembaca Doa", "selaku Komandan Upacara".
_EVENT_ROLES = words("komandan pemimpin perwira pembawa pengibar pembaca moderator")
_ROLES = POSITIONS | ORDINARY_WORDS | GENERIC_NOUNS | _EVENT_ROLES
# Second words that name an event, a group or a kind of place, never an office: after them
# a role names no one ("sebagai Kepala Daerah", "Inspektur Upacara"; not "Kepala Rutan").
_NAMELESS = words(
    """daerah upacara apel rapat sidang acara kegiatan lomba panitia tim regu kelompok
    rombongan keluarga sekolah doa bendera naskah"""
)
_PRONOUNS = words("ia dia kami kita mereka beliau saya")
_PHRASE_WORDS = POSITIONS | POSITION_PARTS


# Short forms of one office's head, written as the offices write them (the sets leave them).
_HEAD_SHORT_FORMS = frozenset(("karutan", "kalapas", "kakanwil", "kabapas", "kakanim", "karudenim"))


@rule("K26", ERROR, N_("A role after 'sebagai' or 'selaku' is lowercase unless a name follows"))
def roles(doc: Doc) -> Iterator[Hit]:
    toks = doc.tokens
    done: list[tuple[int, int]] = []
    for i in range(1, len(toks)):
        t, prev = toks[i], toks[i - 1]
        if prev.text not in _AS or not doc.adjacent(prev, t) or not capitalised(t):
            continue
        lower = t.text.lower()
        if t.text.isupper() or lower not in _ROLES or lower in _PRONOUNS or in_title(doc, t):
            continue
        if headline(doc, t.para):
            continue  # a long title in title case
        if lower in _HEAD_SHORT_FORMS:
            continue  # "selaku Karutan menyampaikan": one office's head, its short form (heldout76)
        if slash_named(doc.text, t.end):
            continue  # "menjadi Kelurahan/Desa Sadar Hukum": either kind heads the name
        nxt = toks[i + 1] if i + 1 < len(toks) else None
        if nxt is not None and nxt.text.lower() in _PHRASE_WORDS:
            continue  # "selaku Wakil ketua", "sebagai Kepala seksi": K1 reads the position
        if lower in POSITIONS and _office_after_unit(doc, i):
            continue  # "selaku Kasubbag tu Kemenag Sampang": K1 reads the unit's capitals
        named = nxt is not None and nxt.para == t.para and capitalised(nxt)
        end = t.end
        if named and _nameless(doc, i + 1):
            named, end = False, nxt.end  # type: ignore[union-attr]
        if named and doc.text[t.end : nxt.start].strip() in ("", "(", ","):  # type: ignore[union-attr]
            continue  # "selaku Kepala Rutan", "sebagai Pembina (Kalapas)": a name's start
        if doc.is_italic(t.start, t.end) or overlaps_k3(doc, t.start, t.end):
            continue  # a newspaper's name; or K3's already
        lower = doc.text[t.start : end].lower()
        done.append((t.start, end))
        yield Hit(
            t.start,
            end,
            N_("A role that names no one is written in lowercase: '{word}'."),
            lower,
            {"word": lower},
        )
    yield from ceremony_roles(doc, done)


_CEREMONY_ROLES = words("inspektur komandan pembina perwira pemimpin")


def ceremony_roles(doc: Doc, done: list[tuple[int, int]]) -> Iterator[Hit]:
    """'Uniknya upacara kali ini Inspektur Upacara, Komandan Upacara, …': a ceremony's roles
    name no one wherever they stand (the sets mark them 6 times, leave them in titles only;
    heldout25)."""
    toks = doc.tokens
    for i in range(1, len(toks) - 1):
        t, nxt = toks[i], toks[i + 1]
        if t.text.lower() not in _CEREMONY_ROLES or nxt.text != "Upacara" or t.initial:
            continue
        if not capitalised(t) or not doc.adjacent(t, nxt) or in_title(doc, t):
            continue
        if headline(doc, t.para) or any(s < nxt.end and t.start < e for s, e in done):
            continue
        if overlaps_k3(doc, t.start, nxt.end):
            continue
        lower = doc.text[t.start : nxt.end].lower()
        message = N_("A role that names no one is written in lowercase: '{word}'.")
        yield Hit(t.start, nxt.end, message, lower, {"word": lower})


def _nameless(doc: Doc, k: int) -> bool:
    """Token ``k`` names an event or a group and no name goes on after it."""
    toks = doc.tokens
    if toks[k].text.lower() not in _NAMELESS or toks[k].text.isupper():
        return False
    after = toks[k + 1] if k + 1 < len(toks) else None
    return not (after is not None and doc.adjacent(toks[k], after) and capitalised(after))


def _office_after_unit(doc: Doc, i: int) -> bool:
    """The position at ``i`` is followed by its unit in lowercase and then an office's short
    form ('Kasubbag tu Kemenag', 'Kasi pembinaan Lapas'): one person's post, not a role."""
    toks = doc.tokens
    if i + 2 >= len(toks):
        return False
    unit, office = toks[i + 1], toks[i + 2]
    return (
        unit.text.islower()
        and doc.text[toks[i].end : unit.start] == " "
        and doc.text[unit.end : office.start] == " "
        and office.text.lower() in INSTITUTIONS
        and capitalised(office)
    )
