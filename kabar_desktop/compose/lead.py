"""The dateline and the lead paragraph: what happened, by whom, where and when.

The kind of story picks the lead's pattern (templates/compose/ ``[lead.KIND]``): ``person``
when the lead names a speaker, ``office`` otherwise, ``talks`` for an office's event of talks
where the kind words it apart ("menggelar pelatihan", not "melaksanakan"). A purpose clause
may open it, the date may move to a sentence of its own, and the participants follow it.
The people who accompanied the lead's person stand in the lead unless it would grow past the
house style's length (about 45 words): then they get a sentence after it, so the lead still
says who, what, where and when at a glance.
"""

from __future__ import annotations

import re

from kabar_desktop.compose.facts import Facts, same_office
from kabar_desktop.compose.inline import tidy
from kabar_desktop.compose.patterns import Segment, Value, Values, fill
from kabar_desktop.model.story import effective_kind, main_speaker

_TRAILING_DASH = re.compile(r"[\s,\-–—]+$")
# Kinds whose lead sentence names the event in a way the date sentence must not repeat.
_NO_DATE_SENTENCE = ("laporan",)
_VERB_START = re.compile(r"^(?:me|be|te|di)[a-z]", re.IGNORECASE)


def _predicate(event: Value) -> list[Segment]:
    """A report's event as a predicate: "menerbitkan 1.245 paspor" stands as typed; a noun
    phrase ("capaian layanan paspor") is reported: "melaporkan capaian …"."""
    if _VERB_START.match(event.text) or event.source.startswith("?"):
        return [(event.text, event.source)]
    return [("melaporkan ", ""), (event.text, event.source)]


class Lead:
    """Composes the lead paragraph; tells which speaker it named and what it used."""

    def __init__(self, facts: Facts):
        self.f = facts
        self.d = facts.d
        self.kind = effective_kind(self.d)
        own = self.d.lead
        self.own = tidy(own) if own is not None and tidy(own) else None
        self.main = None if self.own else main_speaker(self.d, self.kind)
        self.companions_used = False  # the lead (or a leader's introduction) placed them
        self.companions_moved = False  # too long for the lead: a sentence after it says them

    def dateline(self) -> list[Segment]:
        d = self.d
        city = _TRAILING_DASH.sub("", tidy(d.dateline))
        if not city or (self.own and self.own.lower().startswith(city.lower())):
            return []  # no dateline, or the writer's lead already carries it
        tag = _TRAILING_DASH.sub("", tidy(d.style.dateline_tag))
        dash = tidy(d.style.dateline_dash) or "-"
        pattern = self.f.p["dateline"]["tagged" if tag else "plain"]
        values: Values = {
            "city": Value(city, "dateline"),
            "tag": Value(tag, "style.dateline_tag"),
            "dash": Value(dash),
        }
        return fill(pattern, values)

    def segments(self) -> list[Segment]:
        """The lead paragraph's text: dateline, lead sentence and what follows it."""
        if self.own:
            body: list[Segment] = [(self.own, "lead")]
            if self.d.companions and "didampingi" not in self.own.lower():
                body += self._more("companions")
            return self.dateline() + body
        values = self.values()
        patterns = self.f.p["lead"][self.kind]
        form = "person" if self.main is not None and "person" in patterns else "office"
        if form == "office":
            self.main = None
            if "talks" in patterns and self.f.talks():
                form = "talks"
        body = self._sentence(patterns[form], values)
        self.companions_used = form == "person" and "{companions}" in patterns[form]
        if self.companions_used and values["companions"]:
            limit = int(self.f.p["lead_more"]["max_words"])
            if _words(body) > limit:
                self.companions_moved = True
                body = self._sentence(patterns[form], {**values, "companions": []})
        return self.dateline() + body

    def _sentence(self, pattern: str, values: Values) -> list[Segment]:
        """The lead sentence with its purpose clause and the sentences that follow it."""
        body = fill(pattern, values)
        purpose = tidy(self.d.purpose).rstrip(".,").rstrip()
        if purpose and body:
            text, source = body[0]
            # after the clause, the sentence's first word keeps its own case: the pattern's
            # word goes lowercase, and so does a fact the writer typed in lowercase
            # ("upacara peringatan …"), which fill() capitalised to open the sentence
            typed = getattr(self.d, source, None) if source else None
            if not source or (isinstance(typed, str) and tidy(typed)[:1].islower()):
                body[0] = (text[:1].lower() + text[1:], source)
            body = [(purpose[:1].upper() + purpose[1:], "purpose"), (", ", ""), *body]
        if self.d.participants.strip() and self.kind not in ("rapat", "laporan"):
            body += self._more("participants")
        if not self.d.date_in_lead and self.kind not in _NO_DATE_SENTENCE:
            body += self._more("date")
        return body

    def after_lead(self, leader_took_companions: bool) -> list[Segment]:
        """The companions sentence, when neither the lead nor a leader placed them."""
        if self.own or self.companions_used or leader_took_companions:
            return []
        return self._more("companions") if self.d.companions else []

    def companions_paragraph(self) -> list[Segment]:
        """"Nama hadir didampingi oleh …": the companions the lead had no room for."""
        if not self.companions_moved or self.main is None:
            return []
        values = {**self.values(in_lead=False), "called": self.f.called(self.main)}
        return fill(self.f.p["lead_more"]["companions_moved"], values)

    def _more(self, key: str) -> list[Segment]:
        segs = fill(self.f.p["lead_more"][key], self.values(in_lead=False))
        return [(" ", ""), *segs] if segs else []

    def values(self, in_lead: bool = True) -> Values:
        """The facts for the lead's patterns. With the date in a sentence of its own, the
        lead sentence keeps neither the date nor the venue: that sentence takes both."""
        f, d = self.f, self.d
        values: Values = {
            name: f.fact(getattr(d, name), name, name)
            for name in ("event", "event_detail", "organizer", "participants")
        }
        required = "counterpart" if self.kind == "kunjungan" else ""
        values["counterpart"] = f.fact(d.counterpart, "counterpart", required)
        if self.kind in ("kunjungan", "kunjungan_diterima"):
            values["event"] = f.fact(d.event, "event")
        values["period"] = f.fact(d.period, "period")
        event = values["event"]
        assert isinstance(event, Value)
        for name in ("signed", "given", "watched"):
            values[name] = Value(f.event_without(name).text, event.source)
        values["reported"] = [] if not event.text else _predicate(event)
        apart = in_lead and not d.date_in_lead
        values["date"] = Value("") if apart else f.date()
        if apart:
            values["at_venue"] = []
        elif in_lead:
            before = tidy(d.event_detail) or event.text
            values["at_venue"] = f.at_venue(before, tidy(d.counterpart))
        else:  # the date sentence: "… berlangsung di Aula …", nothing placed before it
            values["at_venue"] = f.at_venue("")
        values["companions"] = f.people("companions", "last")
        values["main"] = f.who(self.main) if self.main is not None else []
        values["role_ordinal"] = f.role_ordinal(self.main) if self.main is not None else []
        values["event_host"] = self._event_host()
        values["noun"] = f.noun(self.kind)
        values["attend"] = f.attend()
        return values

    def _event_host(self) -> Value:
        """Who held the event: the other party, else the office, unless the lead's person
        already belongs to it ("Kepala Kantor Wilayah X, …, membuka … yang digelar Kanwil X"
        reads twice)."""
        if tidy(self.d.counterpart):
            return Value(tidy(self.d.counterpart), "counterpart")
        organizer = tidy(self.d.organizer)
        if self.main is not None and organizer:
            position = self.d.speakers[self.main].position
            if same_office(position, organizer, self.f.p["abbreviations"]):
                return Value("")
        return self.f.fact(self.d.organizer, "organizer", "organizer")


def _words(segments: list[Segment]) -> int:
    """Words as the house-style checker counts them in a lead (the dateline aside)."""
    return len("".join(text for text, _ in segments).split())
