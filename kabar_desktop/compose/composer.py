"""Compose the house-style article from a draft's facts.

The sentences come from ``templates/compose/id.toml``; this module decides which sentence
goes where: the dateline and lead, each speaker's introduction, the attribution after each
quote, the free paragraphs, the credit and the photo captions. A part the writer overrode
(``lead``, a speaker's ``intro``) is used exactly as written.
"""

from __future__ import annotations

from collections import Counter

from kabar_desktop.compose.document import Article, Block, Run
from kabar_desktop.compose.indonesian import numeric_date, ordinal, weekday
from kabar_desktop.compose.inline import runs as parse_runs
from kabar_desktop.compose.inline import tidy
from kabar_desktop.compose.patterns import (
    Segment,
    Value,
    Values,
    fill,
    fill_text,
    load_patterns,
)
from kabar_desktop.model.completeness import LEADS_NAMING_A_SPEAKER
from kabar_desktop.model.draft import Draft, Speaker, Statement

_PLACEHOLDER = "?"  # a source starting with this marks a placeholder for a missing fact


def compose(draft: Draft, *, placeholders: bool = False) -> Article:
    """The finished article for ``draft``. Missing facts leave gaps, never exceptions;
    with ``placeholders`` (the editor's preview) they show as ``[jabatan]``, ``[nama]``…"""
    return _Composer(draft, load_patterns("id"), placeholders).article()


def _to_runs(segments: list[Segment]) -> list[Run]:
    """Segments → runs: the writer's text read for emphasis, Kabar's own words merged."""
    out: list[Run] = []
    for text, source in segments:
        if source.startswith(_PLACEHOLDER):
            out.append(Run(text, source=source[1:], placeholder=True))
        elif source:
            out.extend(parse_runs(text, source))
        elif out and not out[-1].source and not (out[-1].italic or out[-1].bold):
            out[-1] = Run(out[-1].text + text)
        elif text:
            out.append(Run(text))
    return out


class _Composer:
    def __init__(self, draft: Draft, patterns: dict, placeholders: bool = False):
        self.d = draft
        self.p = patterns
        self.placeholders = patterns["placeholders"] if placeholders else {}
        self.role_counts = Counter(tidy(s.role).lower() for s in draft.speakers)
        self.role_seen: Counter[str] = Counter()
        self.ordinals = [self._ordinal(s) for s in draft.speakers]
        self.last_verb: str | None = None
        # The verbs the writer chose, quote by quote (None: Kabar chooses), to look ahead.
        self.chosen_verbs = [
            st.verb
            for s in draft.speakers
            for st in s.statements
            if st.kind == "quote" and tidy(st.text)
        ]

    # --- facts as pattern values --------------------------------------------------------
    def _fact(self, text: str, source: str, required: str = "") -> Value:
        """A fact for a pattern; a ``required`` one that is missing may show a placeholder."""
        value = tidy(text).rstrip(".").rstrip() if text else ""
        if not value and required in self.placeholders:
            return Value(self.placeholders[required], _PLACEHOLDER + source)
        return Value(value, source)

    def _ordinal(self, s: Speaker) -> str:
        role = tidy(s.role).lower()
        self.role_seen[role] += 1
        return ordinal(self.role_seen[role]) if self.role_counts[role] > 1 else ""

    def _speaker_values(self, i: int) -> Values:
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        who: list[Segment] = []
        position = self._fact(s.position, f"{path}.position", "position")
        name = self._fact(s.name, f"{path}.name", "name")
        if position.text:
            who += [(position.text, position.source), (", ", "")]
        who.append((name.text, name.source))
        role = self._fact(s.role or "narasumber", f"{path}.role")
        role_ordinal: list[Segment] = [(role.text, role.source)]
        if self.ordinals[i]:
            role_ordinal.append((" " + self.ordinals[i], ""))
        called_source = f"{path}.short_name" if s.short_name.strip() else name.source
        return {
            "speaker": who,
            "role_ordinal": role_ordinal,
            "called": Value(tidy(s.called), called_source),
            "topic": self._fact(s.topic, f"{path}.topic"),
        }

    def _event_values(self) -> Values:
        d = self.d
        values: Values = {
            name: self._fact(getattr(d, name), name, name)
            for name in ("event", "event_detail", "organizer", "venue", "participants")
        }
        date = self._date_text()
        values["date"] = Value(date) if date else self._fact("", "date", "date")
        if d.speakers:
            values.update(self._speaker_values(0))
        else:
            position = self._fact("", "speakers", "position")
            name = self._fact("", "speakers", "name")
            who = [(position.text, position.source), (", ", ""), (name.text, name.source)]
            values.update(
                {
                    "speaker": who if name.text else [],
                    "role_ordinal": [("narasumber", "")],
                    "called": Value(""),
                    "topic": Value(""),
                }
            )
        return values

    def _date_text(self) -> str:
        if self.d.date is None:
            return ""
        return fill_text(
            self.p["date"]["event"],
            {
                "weekday": Value(weekday(self.d.date)),
                "numeric": Value(numeric_date(self.d.date, self.d.style.pad_dates)),
            },
        )

    # --- the article --------------------------------------------------------------------
    def article(self) -> Article:
        d = self.d
        blocks: list[Block] = []
        title = tidy(d.title)
        blocks.append(Block("title", tuple(parse_runs(title, "title")), "title"))
        figures = self._figures()
        if figures:
            blocks.append(figures.pop(0))
        lead = self._lead()
        blocks.append(lead)
        for i in range(len(d.speakers)):
            blocks.extend(self._speaker_blocks(i))
        for i, text in enumerate(d.paragraphs):
            text = tidy(text)
            if text:
                source = f"paragraphs[{i}]"
                blocks.append(Block("body", tuple(parse_runs(text, source)), source))
        self._add_credit(blocks)
        blocks.extend(figures)
        return Article(
            title=blocks[0].text,
            blocks=tuple(blocks),
            description=lead.text,
            author=tidy(d.organizer),
            date=d.date,
        )

    def _lead(self) -> Block:
        d = self.d
        city = self._fact(d.dateline, "dateline", "city")
        tag = tidy(d.style.dateline_tag)
        pattern = self.p["dateline"]["tagged" if tag else "plain"]
        dateline = (
            fill(pattern, {"city": city, "tag": Value(tag, "style.dateline_tag")})
            if city.text
            else []
        )
        if d.lead is not None and tidy(d.lead):
            own = tidy(d.lead)
            if city.text and own.lower().startswith(city.text.lower()):
                dateline = []  # the writer's lead already carries the dateline
            body: list[Segment] = [(own, "lead")]
        else:
            body = fill(self.p["lead"][d.lead_kind], self._event_values())
        return Block("lead", tuple(_to_runs(dateline + body)), "lead")

    def _speaker_named_in_lead(self, i: int) -> bool:
        if i != 0:
            return False
        if self.d.lead is not None and tidy(self.d.lead):
            return self.d.lead_kind in LEADS_NAMING_A_SPEAKER
        return "{speaker}" in self.p["lead"][self.d.lead_kind]

    def _intro(self, i: int) -> list[Segment]:
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        if s.intro is not None:
            return [(tidy(s.intro), f"{path}.intro")] if tidy(s.intro) else []
        values = self._speaker_values(i)
        has_topic = bool(values["topic"].text)
        if self._speaker_named_in_lead(i):
            key = "in_lead_topic" if has_topic else None
        elif i == 0:
            key = "first_topic" if has_topic else "first"
        else:
            key = "next_topic" if has_topic else "next"
        return fill(self.p["intro"][key], values) if key else []

    def _speaker_blocks(self, i: int) -> list[Block]:
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        out: list[Block] = []
        intro = self._intro(i)
        pending: list[Segment] = []  # a short topic sentence joins the first paraphrase
        if intro and self._speaker_named_in_lead(i) and s.intro is None:
            pending = intro
        elif intro:
            out.append(Block("body", tuple(_to_runs(intro)), f"{path}.intro"))
        after_other_person = False
        for j, st in enumerate(s.statements):
            source = f"{path}.statements[{j}]"
            text = tidy(st.text)
            if not text:
                continue
            if st.kind == "paraphrase":
                segs = ([*pending, (" ", "")] if pending else []) + [(text, source)]
                out.append(Block("body", tuple(_to_runs(segs)), source))
                after_other_person = False
            else:
                if pending:
                    out.append(Block("body", tuple(_to_runs(pending)), f"{path}.intro"))
                named = st.name_speaker or after_other_person
                out.append(Block("quote", tuple(self._quote(st, s, source, named)), source))
                after_other_person = bool(tidy(st.context))
            pending = []
        if pending:
            out.append(Block("body", tuple(_to_runs(pending)), f"{path}.intro"))
        return out

    def _verb(self, st: Statement) -> str:
        """The writer's verb, else one that repeats neither neighbour (the closing verb last)."""
        self.chosen_verbs.pop(0)
        following = self.chosen_verbs[0] if self.chosen_verbs else None
        att = self.p["attribution"]
        if st.verb:
            verb = st.verb
        elif not self.chosen_verbs and self.last_verb != att["closing"]:
            verb = att["closing"]
        else:
            verb = next(v for v in att["rotation"] if v not in (self.last_verb, following))
        self.last_verb = verb
        return verb

    def _quote(self, st: Statement, s: Speaker, source: str, named: bool) -> list[Run]:
        text = tidy(st.text).strip('"“”').strip()
        if text and text[-1] in "!?":
            closing = '"'
        else:
            text = text.rstrip(".,;:").rstrip()
            closing = ',"'
        verb = self._verb(st)
        att = self.p["attribution"]
        who = fill(
            att["named" if named else "pronoun"],
            {"verb": Value(verb), "called": Value(tidy(s.called), source)},
        )
        who[0] = (who[0][0][:1].lower() + who[0][0][1:], who[0][1])  # verbs stay lowercase
        context = tidy(st.context).rstrip(".").rstrip()
        tail: list[Segment] = [(" ", "")] + who
        if context:
            tail += [(" ", ""), (context, f"{source}.context")]
        tail.append((".", ""))
        quote_runs = [Run('"'), *parse_runs(text, source)]
        return quote_runs + _to_runs([(closing, ""), *tail])

    def _add_credit(self, blocks: list[Block]) -> None:
        credit = tidy(self.d.credit).strip("()").strip().lower()
        if not credit:
            return
        text = fill_text(self.p["credit"]["text"], {"credit": Value(credit)})
        text = text[:1].lower() + text[1:]
        if self.d.style.credit_inline and len(blocks) > 1 and blocks[-1].kind != "figure":
            last = blocks[-1]
            runs = (*last.runs, Run(" "), Run(text, source="credit", credit=True))
            blocks[-1] = Block(last.kind, runs, last.source)
        else:
            blocks.append(Block("credit", (Run(text, source="credit", credit=True),), "credit"))

    def _figures(self) -> list[Block]:
        out = []
        default = self.p["caption"]["default_credit"]
        for i, photo in enumerate(self.d.photos):
            path = f"photos[{i}]"
            credit = Value(tidy(photo.credit).rstrip("."), f"{path}.credit")
            if not credit.text and tidy(self.d.organizer):
                credit = Value(fill_text(default, {"organizer": Value(tidy(self.d.organizer))}))
            caption = Value(tidy(photo.caption), f"{path}.caption")
            segs = fill(self.p["caption"]["text"], {"caption": caption, "credit": credit})
            out.append(Block("figure", tuple(_to_runs(segs)), path, photo=photo))
        return out
