"""Round 18 of issue 13, words: names of several words written as one (S1).

A country's or a foreign city's name of two or three words keeps its spaces, as the name is
written (KBBI / Badan Bahasa's list of country names, *Nama Negara dan Ibu Kota*):
``Srilanka`` → ``Sri Lanka``, ``Papuanugini`` → ``Papua Nugini``. Written solid it is no
word and no name: S1 gives the name.
"""

from __future__ import annotations

# Countries and foreign capitals of Indonesian news whose names hold a space (their
# Indonesian names; Timor Leste as Badan Bahasa writes it, with the hyphen the state uses).
_SPACED_NAMES = (
    "Sri Lanka",
    "Papua Nugini",
    "Timor Leste",
    "Selandia Baru",
    "Afrika Selatan",
    "Korea Selatan",
    "Korea Utara",
    "Arab Saudi",
    "Uni Emirat Arab",
    "Amerika Serikat",
    "Hong Kong",
    "Kuala Lumpur",
    "Bandar Seri Begawan",
    "Abu Dhabi",
    "New Delhi",
    "Kosta Rika",
    "Sierra Leone",
    "Burkina Faso",
    "El Salvador",
    "Sudan Selatan",
    "Pantai Gading",
    "San Marino",
)
_SOLID = {name.replace(" ", "").lower(): name for name in _SPACED_NAMES}


def solid_name(word: str) -> str | None:
    """The spaced name ``word`` is, written solid (``Srilanka`` → ``Sri Lanka``)."""
    return _SOLID.get(word.lower()) if word[:1].isupper() else None
