"""Compose the house-style article from a draft's facts.

The sentences come from ``templates/compose/id.toml``; this module decides the order: the
title, the lead paragraph (compose/lead.py), who else attended, the writer's paragraphs
where the writer placed them, each speaker's part (compose/speakers.py), the credit and the
photo captions. A part the writer overrode (``lead``, a speaker's ``intro``) is used
exactly as written.
"""

from __future__ import annotations

from kabar_desktop.compose.document import Article, Block, Run
from kabar_desktop.compose.facts import PLACEHOLDER, Facts
from kabar_desktop.compose.inline import runs as parse_runs
from kabar_desktop.compose.inline import tidy
from kabar_desktop.compose.lead import Lead
from kabar_desktop.compose.patterns import Segment, Value, Values, fill, fill_text, load_patterns
from kabar_desktop.compose.speakers import Speakers, first_word
from kabar_desktop.model.draft import Draft


def compose(draft: Draft, *, placeholders: bool = False) -> Article:
    """The finished article for ``draft``. Missing facts leave gaps, never exceptions;
    with ``placeholders`` (the editor's preview) they show as ``[jabatan]``, ``[nama]``…"""
    return _Composer(draft, load_patterns("id"), placeholders).article()


def to_runs(segments: list[Segment]) -> list[Run]:
    """Segments → runs: the writer's text read for emphasis, Kabar's own words merged."""
    out: list[Run] = []
    for text, source in segments:
        if source.startswith(PLACEHOLDER):
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
        self.facts = Facts(draft, patterns, placeholders)
        self.lead = Lead(self.facts)
        self.speakers = Speakers(
            self.facts, self.lead.kind, self.lead.main, self.lead.own, to_runs
        )
        self.placed = self._place_paragraphs()

    def article(self) -> Article:
        d = self.d
        title = tidy(d.title)
        blocks: list[Block] = [Block("title", tuple(parse_runs(title, "title")), "title")]
        figures = self._figures()
        if figures:
            blocks.append(figures.pop(0))
        lead_segments = self.lead.segments()
        # Companions the lead (or the paragraph after it) names are not a leader's again.
        self.speakers.leader_took_companions = self.lead.companions_used
        if self.lead.companions_used and any(p.name.strip() for p in d.companions):
            self.speakers.lead_names_others = True
        body: list[Block] = []
        body += self._attendees()
        body += self._paragraphs("lead")
        speaker_blocks: list[Block] = []
        for i in range(len(d.speakers)):
            previous = (speaker_blocks or body)[-1] if speaker_blocks or body else None
            prev_text = previous.text if previous else "".join(t for t, _ in lead_segments)
            speaker_blocks += self.speakers.blocks(i, prev_text)
            speaker_blocks += self._paragraphs(f"speakers[{i}]")
        body += speaker_blocks
        body += self._paragraphs("end")
        # The companions sentence is known only once the leader (if any) was introduced.
        lead_segments += self.lead.after_lead(self.speakers.leader_took_companions)
        lead = Block("lead", tuple(to_runs(lead_segments)), "lead")
        blocks += [lead, *body]
        self._add_credit(blocks)
        blocks.extend(figures)
        return Article(
            title=blocks[0].text,
            blocks=tuple(blocks),
            description=lead.text,
            author=tidy(d.organizer),
            date=d.date,
        )

    def _attendees(self) -> list[Block]:
        """Who else was there, in one paragraph after the lead: the companions the lead had
        no room for ("Nama hadir didampingi oleh …"), then the attendees ("Turut hadir …")."""
        segs = self.lead.companions_paragraph()
        people = self.facts.people("attendees", "last_attendees")
        if people:
            values: Values = {"attendees": people, "noun": self.facts.noun(self.lead.kind)}
            segs += [(" ", "")] if segs else []
            segs += fill(self.p["attendees"]["text"], values)
        if not segs:
            return []
        source = "attendees" if people else "companions"
        return [Block("body", tuple(to_runs(segs)), source)]

    def _paragraphs(self, after: str) -> list[Block]:
        """The writer's paragraphs placed ``after`` the lead, a speaker, or at the end."""
        return self.placed.get(after, [])

    def _place_paragraphs(self) -> dict[str, list[Block]]:
        """The writer's paragraphs by place, read once: those naming a speaker the draft no
        longer has go to the end."""
        known = {"lead", "end"} | {f"speakers[{i}]" for i in range(len(self.d.speakers))}
        out: dict[str, list[Block]] = {}
        for i, paragraph in enumerate(self.d.paragraphs):
            place = paragraph.after if paragraph.after in known else "end"
            text = tidy(paragraph.text)
            if text:
                source = f"paragraphs[{i}]"
                block = Block("body", tuple(parse_runs(text, source)), source)
                out.setdefault(place, []).append(block)
        return out

    def _add_credit(self, blocks: list[Block]) -> None:
        credit = tidy(self.d.credit).strip("()").strip()  # kept as typed: (humas/fka), (ZR)
        if not credit:
            return
        text = fill_text(self.p["credit"]["text"], {"credit": Value(credit)})
        if self.d.style.credit_inline and len(blocks) > 1 and blocks[-1].kind != "figure":
            last = blocks[-1]
            runs = (*last.runs, Run(" "), Run(text, source="credit", credit=True))
            blocks[-1] = Block(last.kind, runs, last.source)
        else:
            blocks.append(Block("credit", (Run(text, source="credit", credit=True),), "credit"))

    def _figures(self) -> list[Block]:
        out = []
        style = self.d.style
        caption_pattern = self.p["caption"]["brackets" if style.photo_credit_brackets else "plain"]
        office_credit = tidy(style.photo_credit).rstrip(".")
        if not office_credit and tidy(self.d.organizer):
            organizer = Value(tidy(self.d.organizer))
            office_credit = fill_text(self.p["caption"]["default_credit"], {"organizer": organizer})
        for i, photo in enumerate(self.d.photos):
            path = f"photos[{i}]"
            credit = Value(tidy(photo.credit).strip("()").rstrip("."), f"{path}.credit")
            if not credit.text:
                credit = Value(office_credit, "style.photo_credit" if style.photo_credit else "")
            text = tidy(photo.caption)
            if not style.photo_credit_brackets:
                text = text.rstrip(".")
            caption = Value(text, f"{path}.caption")
            segs = fill(caption_pattern, {"caption": caption, "credit": credit})
            if not caption.text:  # no caption: the credit alone, never ". Dok. …"
                segs = [(credit.text, credit.source)] if credit.text else []
            out.append(Block("figure", tuple(to_runs(segs)), path, photo=photo))
        return out


__all__ = ["compose", "first_word"]
