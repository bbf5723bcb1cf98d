"""The draft's facts as pattern values: tidied, traced to their field, placeholders for gaps.

Both the lead and the speakers' introductions read facts through one ``Facts``, so a fact is
written the same way wherever it stands (a venue typed as "di Aula …" loses its "di", a
person is "position, name" or "name, position" as the writer chose).
"""

from __future__ import annotations

import re

from kabar_desktop.compose.indonesian import numeric_date, ordinal, weekday
from kabar_desktop.compose.inline import tidy
from kabar_desktop.compose.patterns import Segment, Value, Values, fill_text
from kabar_desktop.model.draft import Draft, Person, Speaker

PLACEHOLDER = "?"  # a source starting with this marks a placeholder for a missing fact
_LEADING_DI = re.compile(r"^(?:bertempat\s+)?di\s+", re.IGNORECASE)
_HAS_DI = re.compile(r"\bdi\s", re.IGNORECASE)
# The event's name without the noun the lead's verb already says: "menandatangani
# [penandatanganan] perjanjian …", "menyerahkan [penyerahan] bantuan …".
_LEADING_WORD = {
    "signed": re.compile(r"^penandatanganan\s+", re.IGNORECASE),
    "given": re.compile(r"^penyerahan\s+", re.IGNORECASE),
    "watched": re.compile(r"^(?:monitoring|pemantauan|inspeksi)\s+(?:terhadap\s+)?", re.I),
}


class Facts:
    def __init__(self, draft: Draft, patterns: dict, placeholders: bool):
        self.d = draft
        self.p = patterns
        self.placeholders = patterns["placeholders"] if placeholders else {}
        self.ordinals = self._ordinals()

    def fact(self, text: str, source: str, required: str = "") -> Value:
        """A fact for a pattern; a ``required`` one that is missing may show a placeholder."""
        value = tidy(text).rstrip(".").rstrip() if text else ""
        if not value and required in self.placeholders:
            return Value(self.placeholders[required], PLACEHOLDER + source)
        return Value(value, source)

    def date(self) -> Value:
        if self.d.date is None:
            return self.fact("", "date", "date")
        numeric = numeric_date(self.d.date, self.d.style.pad_dates)
        values: Values = {"weekday": Value(weekday(self.d.date)), "numeric": Value(numeric)}
        return Value(fill_text(self.p["date"]["event"], values))

    def at_venue(self, before: str, named: str = "") -> list[Segment]:
        """`` di Aula …``; after text that already placed something with "di", ``,
        bertempat di Aula …``, so the lead never reads "di … di". A venue that opens with
        ``named`` (the party the lead just named: "kepada Panti Asuhan X di Panti Asuhan X,
        Kelurahan Y") keeps only the rest."""
        venue = _LEADING_DI.sub("", tidy(self.d.venue)).rstrip(".").rstrip()
        named = tidy(named)
        if named and venue.lower().startswith(named.lower()):
            venue = _LEADING_DI.sub("", venue[len(named) :].lstrip(" ,"))
        if not venue:
            return []
        opener = ", bertempat di " if _HAS_DI.search(before) else " di "
        return [(opener, ""), (venue, "venue")]

    def event_without(self, name: str) -> Value:
        """The event's name for a verb that already says its noun (``signed``, ``given``,
        ``watched``): "penandatanganan perjanjian …" → "perjanjian …"."""
        event = self.fact(self.d.event, "event", "event")
        return Value(_LEADING_WORD[name].sub("", event.text), event.source)

    def noun(self, kind: str) -> Value:
        """How later sentences call the event ("{Noun} tersebut diikuti oleh …"): the kind's
        own noun where the event names something else (a visit's purpose, what was given),
        else the event's first word where it is one ("Pelatihan …" → "pelatihan"), else the
        kind's noun or "kegiatan"."""
        table = self.p["noun"]
        if kind in table["fixed"]:
            return Value(table["fixed"][kind])
        event = tidy(self.d.event).lower()
        for word in sorted(table["words"], key=len, reverse=True):
            if event == word or event.startswith(word + " "):
                return Value(word)
        return Value(table["kinds"].get(kind, table["default"]))

    def talks(self) -> bool:
        """Is the event one of talks, named like a training or a briefing ([talks])? House
        style holds those ("menggelar pelatihan") and carries out the rest ("melaksanakan
        bakti sosial"), whoever spoke at them."""
        return _opens_with(tidy(self.d.event).lower(), self.p["talks"]["words"])

    def attend(self) -> Value:
        """How the lead's person takes part in another's event ([attend]): "mengikuti" a
        ceremony, a training or anything held on screen (nobody attends a zoom in person),
        else "menghadiri" (a meeting, an invitation)."""
        table = self.p["attend"]
        event = tidy(self.d.event).lower()
        words = f"{event} {self.d.event_detail} {self.d.venue}".lower().replace(",", " ").split()
        if _opens_with(event, table["follow_words"]) or set(words) & set(table["follow_detail"]):
            return Value(table["follow"])
        return Value(table["default"])

    # --- people -----------------------------------------------------------------------------
    def who(self, i: int) -> list[Segment]:
        """Speaker ``i`` at first mention: "position, name" (or "name, position")."""
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        position = self.fact(s.position, f"{path}.position", "position")
        name = self.fact(s.name, f"{path}.name", "name")
        parts = [(name.text, name.source)]
        if position.text:
            if s.name_first:
                parts += [(", ", ""), (position.text, position.source)]
            else:
                parts = [(position.text, position.source), (", ", ""), *parts]
        return parts

    def called(self, i: int) -> Value:
        s = self.d.speakers[i]
        source = f"speakers[{i}].short_name" if s.short_name.strip() else f"speakers[{i}].name"
        return Value(tidy(s.called), source)

    def role_ordinal(self, i: int, *, repeated: bool = True) -> list[Segment]:
        """"narasumber kedua" (ordinals only among speakers of the same role). Not
        ``repeated``: nothing when the position already says the role and no ordinal is
        needed ("Instruktur BLK …, Nama, selaku instruktur" says it twice)."""
        s = self.d.speakers[i]
        role = tidy(s.role) or "narasumber"
        source = f"speakers[{i}].role" if tidy(s.role) else ""
        if not repeated and not self.ordinals[i] and role.lower() in s.position.lower():
            return []
        out: list[Segment] = [(role, source)]
        if self.ordinals[i]:
            out.append((" " + self.ordinals[i], ""))
        return out

    def _ordinals(self) -> list[str]:
        """Per speaker: "pertama", "kedua" … among narasumber sharing a role noun; "" for a
        role only one speaker has (so "pertama" stands only when a "kedua" follows)."""
        nouns = [
            (tidy(s.role) or "narasumber").lower() if s.part == "narasumber" else None
            for s in self.d.speakers
        ]
        seen: dict[str, int] = {}
        out = []
        for noun in nouns:
            if noun is None or nouns.count(noun) < 2:
                out.append("")
                continue
            seen[noun] = seen.get(noun, 0) + 1
            out.append(ordinal(seen[noun]))
        return out

    def people(self, key: str, final: str) -> list[Segment]:
        """``companions`` or ``attendees`` as a list: "A dan B", "A, B, dan C". A person
        written "position, name" keeps the comma that closes the name."""
        persons: list[Person] = getattr(self.d, key)
        items: list[list[Segment]] = []
        for i, p in enumerate(persons):
            position = tidy(p.position).rstrip(",.")
            name = tidy(p.name).rstrip(",.")
            item: list[Segment] = []
            if position:
                item.append((position, f"{key}[{i}].position"))
            if name:
                item += [(", ", "")] if position else []
                item.append((name, f"{key}[{i}].name"))
            if item:
                items.append(item)
        if not items:
            return []
        out: list[Segment] = []
        for k, item in enumerate(items):
            if k:
                last = k == len(items) - 1
                if last:
                    joiner = self.p["lists"]["pair" if len(items) == 2 else final]
                    # A comma before the joiner closes the name before it ("…, Ani, dan")
                    # or ends a list of three; a plain pair takes none ("A dan B, Budi").
                    comma = "," if len(items[k - 1]) > 1 or len(items) > 2 else ""
                    out.append((f"{comma} {joiner} ", ""))
                else:
                    out.append((", ", ""))
            out += item
        return out


def _opens_with(text: str, words: list[str]) -> bool:
    """Does ``text`` open with one of ``words`` (whole words: "apel" is not "apelan")?"""
    return any(text == w or text.startswith(w + " ") for w in words)


def same_office(position: str, office: str, abbreviations: dict[str, str]) -> bool:
    """Does ``position`` head or belong to ``office``? "Kepala Kantor Wilayah Kemenkumham
    NTB" belongs to "Kanwil Kemenkumham NTB": both are read with the usual short forms."""

    def short(text: str) -> str:
        text = f" {tidy(text).lower()} "
        for long, abbr in abbreviations.items():
            text = text.replace(f" {long} ", f" {abbr} ")
        return text

    office = short(office).strip()
    return bool(office) and f" {office} " in short(position)


def speaker_is(speaker: Speaker, text: str) -> bool:
    """Does ``text`` (a writer's own lead) name the speaker?"""
    low = text.lower()
    names = [tidy(speaker.name), tidy(speaker.short_name)]
    return any(n and n.lower() in low for n in names)
