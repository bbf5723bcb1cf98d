"""Words confused with a neighbour of the same shape.

W21: 'pengurusan' (KBBI: the process of handling something) before a document, not
'kepengurusan' (KBBI: what concerns a board, its members): 'melakukan kepengurusan
paspor' → 'pengurusan paspor'. The board's sense ('kepengurusan koperasi') is left alone:
only a document or a permit after the word makes it the handling.

W22: 'kepada' typed for 'kepala' where only a noun can stand: after 'calon', 'para',
'wakil', 'Plt.' ('para calon kepada desa' → 'kepala'); 'memberi bantuan kepada desa' stays.

W26: the terms the laws define, where a neighbour of the same shape slips in ('klien
kemasyarakatan' → 'klien pemasyarakatan', 'Tindakan Administrasi Keimigrasian' →
'Tindakan Administratif Keimigrasian').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from kabar_desktop.check.document import Doc
from kabar_desktop.check.rules import ERROR, N_, Hit, keep_case, rule


@cache
def _handling() -> re.Pattern[str]:
    """'kepengurusan' before a document or a permit (compiled when first used)."""
    return re.compile(
        r"\b([Kk]epengurusan)(?= (?:paspor|visa|izin|perizinan|dokumen|surat|berkas"
        r"|sertifikat|akta|KTP|SIM|NPWP|administrasi)\b)"
    )


@rule("W21", ERROR, N_("'pengurusan' is the handling of a document; 'kepengurusan' a board"))
def handling(doc: Doc) -> Iterator[Hit]:
    for m in _handling().finditer(doc.text):
        fix = keep_case(m.group(1), "pengurusan")
        yield Hit(
            m.start(1),
            m.end(1),
            N_("The handling of a document is '{word}' (KBBI); 'kepengurusan' is a board."),
            fix,
            {"word": fix},
        )


@cache
def _head() -> re.Pattern[str]:
    """'kepada' after a word that a noun must follow (compiled when first used)."""
    return re.compile(r"\b(?:calon|para|wakil|[Pp]lt\.?|[Pp]lh\.?|sang|seorang) (kepada)\b")


@rule("W22", ERROR, N_("'kepala' (a head), not 'kepada' (to), after 'calon', 'para', 'wakil'"))
def kepala(doc: Doc) -> Iterator[Hit]:
    for m in _head().finditer(doc.text):
        yield Hit(
            m.start(1),
            m.end(1),
            N_("A preposition cannot stand here: '{word}' (a head) is meant."),
            "kepala",
            {"word": "kepala"},
        )


# W26: the law's own names (UU No. 22/2022 tentang Pemasyarakatan: Klien Pemasyarakatan,
# Warga Binaan Pemasyarakatan, Balai Pemasyarakatan, Pembimbing Kemasyarakatan, penelitian
# kemasyarakatan; Permenkumham No. 7/2022: Cuti Menjelang Bebas; UU No. 6/2011 tentang
# Keimigrasian: Tindakan Administratif Keimigrasian). 'Kemasyarakatan' belongs to the
# officer and the inquiry, 'pemasyarakatan' to the client, the inmate and the office.
@cache
def _statutory() -> list[tuple[str, re.Pattern[str], str]]:
    """Each slip: a word the term holds (most texts lack it: the pattern is skipped), a
    pattern whose group 1 is the slip, and the word the law uses there. Compiled when first
    used; each pattern written out, so the pattern cache keeps it (pattern_cache.py)."""
    return [
        (
            "kemasyarakatan",
            re.compile(r"\b(?:[Kk]lien|[Bb]inaan|[Bb]alai) ([Kk]emasyarakatan)\b"),
            "pemasyarakatan",
        ),
        (
            "tindakan",
            re.compile(r"\b[Tt]indakan ([Aa]dministrasi) (?=[Kk]eimigrasian\b)"),
            "administratif",
        ),
        (
            "pembimbing",
            re.compile(r"\b[Pp]embimbing ([Pp]emasyarakatan|[Kk]omunitas)\b"),
            "kemasyarakatan",
        ),
        ("penelitian", re.compile(r"\b[Pp]enelitian ([Pp]emasyarakatan)\b"), "kemasyarakatan"),
        ("menjelang", re.compile(r"\b[Cc]uti [Mm]enjelang ([Bb]ersyarat)\b"), "bebas"),
        ("narapidana", re.compile(r"\b([Nn]arapidana) (?=[Pp]emasyarakatan\b)"), "warga binaan"),
    ]


@rule("W26", ERROR, N_("The law's terms: 'klien pemasyarakatan', 'tindakan administratif'"))
def statutory_terms(doc: Doc) -> Iterator[Hit]:
    low = doc.text.lower()
    for word_in_term, pattern, right in _statutory():
        if word_in_term not in low:
            continue
        for m in pattern.finditer(doc.text):
            word = m.group(1)
            fix = keep_case(word, right)
            yield Hit(
                m.start(1),
                m.end(1),
                N_("The law names it '{word}'."),
                fix,
                {"word": fix},
            )
