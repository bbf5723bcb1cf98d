"""Words Indonesian builds outside a root and its affixes, and words written as one.

The speller (spelling.py) reads a word as a listed root with affixes (morphology.py); some
words of the news are built otherwise and the lists often lack them: a bound form written
solid with the next word (EYD V: "subbagian", "antarinstansi", "pascapandemi"), a word with
a hyphen (a bound form before a capital, "se-Kalimantan", "non-PNS"; a reduplication,
"kemerah-merahan"), and a noun of quality in -itas on a listed adjective of Latin stock
("rutinitas", "aktivitas"). Each reading asks the speller about the word's parts, so it
takes the speller as its first argument; ``Speller._known`` calls them last. Their
counterparts among the suggestions are here too: two words written as one ("dikantor" → "di
kantor", "adapula" → "ada pula"), half of a doubled word, -ifitas for -ivitas.
"""

from __future__ import annotations

from kabar_desktop.check.lexicon import words

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kabar_desktop.check.spelling import Speller

# Bound forms written solid with the next word (EYD V: "subbagian", "antarinstansi"), or with
# a hyphen before a capital ("se-Kalimantan", "non-PNS").
BOUND = words(
    """non antar pasca pra sub multi semi swa tuna ekstra anti pro inter intra supra ultra
    infra mikro makro maha super purna dwi tri catur panca eka dasa kontra neo mono poli
    psiko sosio bio geo agro hidro elektro"""
)
_BOUND_BY_START: dict[str, list[str]] = {}
for _form in sorted(BOUND):
    _BOUND_BY_START.setdefault(_form[:2], []).append(_form)
_HYPHEN_ONLY = words("se e")
_ITAS_ENDS = frozenset({"al", "il", "in", "id"})  # formalitas, stabilitas, rutinitas, soliditas
_PARTICLES = words("pula saja juga lagi ini itu pun")
_DEICTIC = words("sana sini situ mana")  # no bound form joins them: "prasana" is no word


def hyphenated(check: Speller, word: str) -> bool:
    parts = word.split("-")
    if not all(parts):
        return False
    lower = [p.lower() for p in parts]
    if lower[0] in BOUND | _HYPHEN_ONLY and all(p[:1].isupper() for p in parts[1:]):
        return True  # se-Kalimantan, non-PNS (W4 asks for the hyphen)
    if all(p in BOUND or len(p) == 1 or check.known(p) for p in lower):
        return True
    if len(lower) == 2:  # reduplication: kemerah-merahan, surat-menyurat
        roots = [{a.root for a in check.readings(p) if a.regular} | {p} for p in lower]
        return bool(roots[0] & roots[1])
    return False


def itas_noun(check: Speller, lower: str) -> bool:
    """A noun of quality in -itas on a listed adjective of Latin stock, which KBBI has
    and the list often lacks: rutin → rutinitas, aktif → aktivitas, fleksibel →
    fleksibilitas, populer → popularitas."""
    if not lower.endswith("itas") or len(lower) < 9:
        return False
    stem = lower[:-4]
    roots = {stem} if stem[-2:] in _ITAS_ENDS else set()
    if stem.endswith("v"):
        roots.add(stem[:-1] + "f")  # aktivitas
    if stem.endswith("il"):
        roots.add(stem[:-2] + "el")  # fleksibilitas
    if stem.endswith("ar"):
        roots.add(stem[:-2] + "er")  # popularitas
    return any(r in check.lists.stems and check.lists.strong(r) for r in roots)


def bound_compound(check: Speller, lower: str) -> bool:
    rests = (lower[len(f) :] for f in _BOUND_BY_START.get(lower[:2], ()) if lower.startswith(f))
    # subkoordinator, antarinstansi, pascapandemi; not "prasana"
    if not any(len(r) >= 4 and r not in _DEICTIC and check.known(r) for r in rests):
        return False
    return not _one_letter_over(check, lower)  # "intergrasi" is integrasi, not inter-grasi


def _one_letter_over(check: Speller, lower: str) -> bool:
    """A listed word with one letter of ``lower`` dropped: the letter is the slip."""
    return any(check._listed(lower[:i] + lower[i + 1 :]) for i in range(1, len(lower) - 1))


def itas_meant(check: Speller, lower: str) -> list[str]:
    """-ifitas for -ivitas: the f of an adjective in -if is v before -itas (KBBI:
    "kondusivitas", "produktivitas")."""
    if "ifitas" in lower[-10:]:
        fixed = lower.replace("ifitas", "ivitas")
        if check.known(fixed):
            return [fixed]
    return []


def split_words(check: Speller, lower: str) -> list[str]:
    """Two words written as one ("dikantor" → "di kantor", "adapula" → "ada pula"), or
    half of a doubled word ("masing" → "masing-masing")."""
    from kabar_desktop.check.suggest import COMMON

    out = []
    for head in ("di", "ke"):
        rest = lower[len(head) :]
        if lower.startswith(head) and len(rest) >= 3 and check.known(rest):
            out.append(f"{head} {rest}")
    for i in range(2, len(lower) - 1):
        left, right = lower[:i], lower[i:]
        if (left in COMMON or right in _PARTICLES) and check._listed(left) and check._listed(right):
            out.append(f"{left} {right}")
    if not check._listed(lower) and check._listed(f"{lower}-{lower}"):
        out.append(f"{lower}-{lower}")
    return out
