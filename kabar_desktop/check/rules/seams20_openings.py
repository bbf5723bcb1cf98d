"""Round 20: the comma that closes an opening phrase of means or purpose (P8, called from
connector_commas.py) where its demonstrative shows the phrase's end.

EYD V (Tanda Koma): a phrase set before the main clause is closed by a comma. A phrase of
means, basis or purpose (``Dengan …``, ``Melalui …``, ``Untuk …``, ``Berdasarkan …``) that
ends in 'ini', 'itu' or 'tersebut' ends there; what follows is the main clause:

- a pronoun as its subject and its predicate (``Dengan kegiatan ini mereka bisa …``), in a
  speaker's words too: the quote is punctuated as the writer's sentence;
- a di- passive with no subject before it (``Melalui kunjungan tersebut diharapkan tim …``),
  the usual way the genre says what is hoped or done.
"""

from __future__ import annotations

import re

from kabar_desktop.check import clause_reader as cr
from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS
from kabar_desktop.check.rules import N_, Hit

# Its own message: the sets split on this reading (a note, quiet_readings.py; session 40)
_MESSAGE = N_("A comma may close the opening phrase ending in '{word}'.")
# A connector before the phrase, closed by its own comma: "Kemudian, melalui …".
_LEAD_IN = re.compile(r"(?:[A-Z][a-z]+nya|Selain itu|Selanjutnya|Kemudian|Namun|Lalu), ")
_OPENING = re.compile(
    r"(?i:berdasarkan|melalui|lewat|dengan|untuk|bagi|terkait|atas|sesuai dengan"
    r"|seiring dengan|sejalan dengan) "
    r"((?:[a-z][\w-]* ){1,4}?(?:ini|itu|tersebut)) ([a-z]+)(?= )"
)


def demonstrative_opening(doc: Doc, s: int, e: int) -> Hit | None:
    """The comma missing after an opening phrase of means closed by its demonstrative."""
    text = doc.text
    at = s + (text[s : s + 1] in '"“')
    lead = _LEAD_IN.match(text, at, e)
    if lead:
        at = lead.end()
    m = _OPENING.match(text, at, e)
    if m is None:
        return None
    phrase = m.group(1).split()
    # ('adanya', the noun of being, opens a noun phrase: "Dengan adanya kegiatan ini …")
    inner = [w for w in phrase[:-1] if w != "adanya"]
    if any(w in FUNCTION_WORDS or w == "yang" or cr.is_predicate(w) for w in inner):
        return None  # a clause or a relative inside: not a plain noun phrase
    nxt = m.group(2)
    after = text[m.end(2) + 1 : e].split(None, 1)
    follow = after[0].lower().strip(",.") if after else ""
    if nxt in cr.SUBJECT_PRONOUNS:
        if nxt == "pihaknya" or not cr.is_predicate(follow):
            return None
    elif not (nxt.startswith("di") and cr.is_predicate(nxt) and not nxt.endswith("nya")):
        return None
    elif nxt.startswith("diatas"):
        return None  # "Berdasarkan hal tersebut diataslah maka, …": 'di atas' typed solid (W1's)
    elif follow in ("oleh", ""):
        return None  # "… dilakukan oleh …": maybe the phrase's own relative, leave it
    last = phrase[-1]
    start = m.start(1) + len(m.group(1)) - len(last)
    return Hit(start, start + len(last), _MESSAGE, last + ",", {"word": last})
