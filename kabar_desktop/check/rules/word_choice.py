"""Words confused with a neighbour of the same shape.

W21: 'pengurusan' (KBBI: the process of handling something) before a document, not
'kepengurusan' (KBBI: what concerns a board, its members): 'melakukan kepengurusan
paspor' → 'pengurusan paspor'. The board's sense ('kepengurusan koperasi') is left alone:
only a document or a permit after the word makes it the handling.

W22: 'kepada' typed for 'kepala' where only a noun can stand: after 'calon', 'para',
'wakil', 'Plt.' ('para calon kepada desa' → 'kepala'); 'memberi bantuan kepada desa' stays.
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
