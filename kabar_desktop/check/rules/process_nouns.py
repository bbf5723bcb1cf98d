"""S8's doer for the deed after 'proses' (called by word_slips.word_slips): a process is a
peN-…-an noun (``proses pembinaan``, ``proses pemeriksaan``); its peN- noun without -an
names the doer (``pembina``, ``pemeriksa``), so ``proses pembina`` lost its -an. Reported
only when the -an noun is a frequent word of the news (``pemohonan`` is none: the process
of a ``pemohon`` is ``permohonan``) and the doer is no body that may own a process."""

from __future__ import annotations

from collections.abc import Iterator

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import words
from kabar_desktop.check.rules import N_, Hit, keep_case

# peN- nouns that name a body or a people: "proses pemerintah daerah …" may be meant.
_OWNERS = words("pemerintah penduduk pemuda pemilik pengusaha pedagang")
_PROCESS = N_("A process is a '-an' noun: '{fix}', not the doer '{word}'.")


def process_doers(doc: Doc) -> Iterator[Hit]:
    """'proses pembina' → 'proses pembinaan'."""
    toks = doc.tokens
    if "roses " not in doc.text:
        return  # the common text: no "proses" at all
    from kabar_desktop.check.spelling import speller
    from kabar_desktop.check.suggest import frequent

    check, common = speller(), frequent()
    for i in range(1, len(toks)):
        t, before = toks[i], toks[i - 1]
        lower = t.text.lower()
        if before.text.lower() != "proses" or not doc.adjacent(before, t):
            continue
        if not t.text.islower() or not lower.startswith("pe") or lower in _OWNERS:
            continue
        process = lower + "an"
        if lower.endswith("an") or process not in common:
            continue
        if any(r.prefixes == ("peN",) and not r.suffix for r in check.readings(lower)):
            fixed = keep_case(t.text, process)
            yield Hit(t.start, t.end, _PROCESS, fixed, {"word": t.text, "fix": fixed})
