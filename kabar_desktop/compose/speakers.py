"""Each speaker's part of the article: the introduction, then what they said.

A speaker is introduced by the part they play (narasumber, the one who opened it, the host…)
with one of several sentences, chosen so two neighbouring paragraphs never open with the
same word (nor two neighbouring sentences with the speaker's name). A quote gets its
attribution (``"…," ujarnya.``), and a quote of several paragraphs opens each one with a
quote mark and closes only the last.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kabar_desktop.compose.document import Block, Run
from kabar_desktop.compose.facts import Facts, speaker_is
from kabar_desktop.compose.indonesian import weekday_names
from kabar_desktop.compose.inline import runs as parse_runs
from kabar_desktop.compose.inline import tidy
from kabar_desktop.compose.patterns import Segment, Value, Values, fill, fill_text
from kabar_desktop.model.draft import Speaker, Statement
from kabar_desktop.model.parse import normal_verb

ToRuns = Callable[[list[Segment]], list[Run]]
_FIRST_WORD = re.compile(r"[\w'’-]+")
_DATE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"“])")


def first_word(text: str) -> str:
    m = _FIRST_WORD.search(text)
    return m.group(0).lower() if m else ""


class Speakers:
    def __init__(self, facts: Facts, kind: str, main: int | None, own_lead: str | None,
                 to_runs: ToRuns):
        self.f = facts
        self.d = facts.d
        self.p = facts.p
        self.kind = kind
        self.main = main
        self.own_lead = own_lead
        self.to_runs = to_runs
        self.turns: dict[str, int] = {}  # how many introductions each part has had
        self.introduced = 0
        self.leader_took_companions = False
        # The lead names more people than its speaker (named companions, or a writer's own
        # lead, whose names Kabar cannot tell apart): "-nya" right after it is ambiguous.
        self.lead_names_others = own_lead is not None
        self.last_verb: str | None = None
        self.last_variant: dict[str, str] = {}  # the sentence each part had last
        # The verbs the writer chose, quote by quote (None: Kabar chooses), to look ahead.
        self.chosen_verbs = [
            st.verb
            for s in self.d.speakers
            for st in s.statements
            if st.kind == "quote" and tidy(st.text)
        ]

    # --- introductions --------------------------------------------------------------------
    def named_in_lead(self, i: int) -> bool:
        if self.own_lead is not None:
            return speaker_is(self.d.speakers[i], self.own_lead)
        return i == self.main

    def _variants(self, part: str, key: str) -> list[dict]:
        """A part's variants for ``key`` (``topic``, ``plain``, ``in_lead``); a kind of
        story may have its own ([intro.PART.KIND]). A lone string is one variant."""
        table = self.p["intro"].get(part) or self.p["intro"]["lainnya"]
        special = table.get(self.kind)
        found = special[key] if isinstance(special, dict) and key in special else table[key]
        if isinstance(found, str):
            return [{"text": found}]
        return [v if isinstance(v, dict) else {"text": v} for v in found]

    def _values(self, i: int) -> Values:
        f = self.f
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        values: Values = {
            "speaker": f.who(i),
            "called": f.called(i),
            "role_ordinal": f.role_ordinal(i, repeated=False),
            "role": f.fact(s.role, f"{path}.role"),
            "topic": f.fact(s.topic, f"{path}.topic"),
            "companions": [],
            "noun": f.noun(self.kind),
            "given": f.event_without("given"),
        }
        # Who led a ceremony: the role as typed ("inspektur upacara"), else "pembina upacara".
        role = values["role"]
        assert isinstance(role, Value)
        leader = fill_text(self.p["leader"]["default"], {"noun": values["noun"]})
        leader = leader[:1].lower() + leader[1:]  # a phrase mid-sentence, not a sentence
        values["leader"] = role if role.text else Value(leader)
        if not self.leader_took_companions and s.part == "pemimpin":
            values["companions"] = f.people("companions", "last")
        return values

    def intro(self, i: int, previous: str, following: str = "") -> list[Segment]:
        """Speaker ``i``'s introduction; ``previous`` is the text of the paragraph before,
        ``following`` the speaker's first paraphrase (what the introduction must not open
        like either)."""
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        if s.intro is not None:
            self.introduced += 1
            return [(tidy(s.intro), f"{path}.intro")] if tidy(s.intro) else []
        values = self._values(i)
        topic = bool(values["topic"].text)  # type: ignore[union-attr]
        avoid = {first_word(previous), first_word(_last_sentence(previous)), first_word(following)}
        context = tidy(s.context).rstrip(",.").rstrip()
        if self.named_in_lead(i):
            self.introduced += 1
            if not topic:
                return []
            texts = [v["text"] for v in self._variants(s.part, "in_lead")]
            # The lead introduced them in full; a context ("Seusai upacara") opens the
            # sentence that carries their topic, before the short name.
            by_name = [t for t in texts if t.lower().startswith("{called}")]
            if context and by_name:
                segs = _pick(by_name, values, set())[1]
                return [(context[:1].upper() + context[1:], f"{path}.context"), (", ", ""), *segs]
            return _pick(texts, values, avoid)[1]
        said = values["role_ordinal"] if s.part == "narasumber" else values["role"]
        role = bool(said.text if isinstance(said, Value) else said)
        needs_met = {
            "previous": self.introduced > 0,
            "ordinal": bool(self.f.ordinals[i]),
            "role": role,
        }
        key = "topic" if topic else "plain"
        candidates = []
        for variant in self._variants(s.part, key):
            if not all(needs_met.get(n, False) for n in variant.get("needs", ())):
                continue
            if context and not variant["text"].startswith("{speaker}"):
                continue
            candidates.append(variant["text"])
        if not candidates:  # a context with no variant opening with the speaker
            candidates = [
                v["text"]
                for v in self._variants(s.part, key)
                if all(needs_met.get(n, False) for n in v.get("needs", ()))
            ]
            context = ""
        turn = self.turns.get(s.part, 0)
        self.turns[s.part] = turn + 1
        self.introduced += 1
        ordered = candidates[turn % len(candidates) :] + candidates[: turn % len(candidates)]
        last = self.last_variant.get(s.part)
        if len(ordered) > 1 and last in ordered:  # never the same sentence twice in a row
            ordered.remove(last)
            ordered.append(last)
        # A context opens the sentence itself: the variants keep their turn.
        text, segs = _pick(ordered, values, set() if context else avoid)
        self.last_variant[s.part] = text
        if "{companions}" in text and values["companions"]:
            self.leader_took_companions = True
        if context:
            return [(context[:1].upper() + context[1:], f"{path}.context"), (", ", ""), *segs]
        return segs

    # --- what they said -------------------------------------------------------------------
    def blocks(self, i: int, previous: str) -> list[Block]:
        s = self.d.speakers[i]
        path = f"speakers[{i}]"
        out: list[Block] = []
        statements = [st for st in s.statements if tidy(st.text)]
        first = statements[0] if statements else None
        following = tidy(first.text) if first and first.kind == "paraphrase" else ""
        intro = self.intro(i, previous, following)
        pending: list[Segment] = []  # a short topic sentence joins the first paraphrase
        if intro and self.named_in_lead(i) and s.intro is None:
            pending = intro
        elif intro:
            out.append(Block("body", tuple(self.to_runs(intro)), f"{path}.intro"))
        # Name the speaker at the first quote when no sentence of their part named them
        # (the lead's own person is named there, unless the lead names others too), or when
        # their introduction named someone else as well: "-nya" could point at either.
        unnamed = not intro and (not self.named_in_lead(i) or self.lead_names_others)
        unnamed = unnamed or self._names_others(i, "".join(text for text, _ in intro))
        last_speaker = i == len(self.d.speakers) - 1
        for j, st in enumerate(s.statements):
            source = f"{path}.statements[{j}]"
            text = tidy(st.text)
            if not text:
                continue
            if st.kind == "paraphrase":
                segs = ([*pending, (" ", "")] if pending else []) + [(text, source)]
                out.append(Block("body", tuple(self.to_runs(segs)), source))
                unnamed = unnamed and not pending and not _names(text, s)
            else:
                if pending:
                    out.append(Block("body", tuple(self.to_runs(pending)), f"{path}.intro"))
                named = st.name_speaker or unnamed
                last = last_speaker and st is statements[-1]
                out.extend(self._quote(st, s, source, named, last))
                unnamed = _brings_someone(tidy(st.context))
            pending = []
        if pending:
            out.append(Block("body", tuple(self.to_runs(pending)), f"{path}.intro"))
        return out

    def _names_others(self, i: int, text: str) -> bool:
        """Does ``text`` (speaker ``i``'s introduction) name another speaker, or a named
        companion or attendee? A writer's own introduction of two signers does."""
        low = text.lower()
        people = [s.name for k, s in enumerate(self.d.speakers) if k != i]
        people += [p.name for p in (*self.d.companions, *self.d.attendees)]
        return any(tidy(name) and tidy(name).lower() in low for name in people)

    def _verb(self, st: Statement, last: bool) -> str:
        """The writer's verb, else one that repeats neither neighbour. The closing verb
        ("pungkasnya") only for the article's last words after an earlier quote: nothing of
        the speakers follows it, and a lone quote has nothing to conclude."""
        self.chosen_verbs.pop(0)
        following = self.chosen_verbs[0] if self.chosen_verbs else None
        att = self.p["attribution"]
        closing = att["closing"]
        typed = normal_verb(st.verb)
        if typed:
            verb = typed
        elif last and not self.chosen_verbs and self.last_verb not in (None, closing):
            verb = closing
        else:
            verb = next(v for v in att["rotation"] if v not in (self.last_verb, following))
        self.last_verb = verb
        return verb

    def _quote(
        self, st: Statement, s: Speaker, source: str, named: bool, last: bool
    ) -> list[Block]:
        """One block per paragraph of the quote: each opens with a mark, the last closes
        with the attribution."""
        paragraphs = [tidy(p).strip('"“”').strip() for p in st.text.splitlines()]
        paragraphs = [p for p in paragraphs if p]
        blocks = [
            Block("quote", (Run('"'), *parse_runs(p, source)), source) for p in paragraphs[:-1]
        ]
        text = paragraphs[-1] if paragraphs else ""
        if text and text[-1] in "!?":
            closing = '"'
        else:
            text = text.rstrip(".,;:").rstrip()
            closing = ',"'
        verb = self._verb(st, last)
        att = self.p["attribution"]
        who = fill(
            att["named" if named else "pronoun"],
            {"verb": Value(verb), "called": Value(tidy(s.called), source)},
        )
        who[0] = (who[0][0][:1].lower() + who[0][0][1:], who[0][1])  # verbs stay lowercase
        context = _context(st, source, self.d.style.pad_dates)
        tail: list[Segment] = [(" ", ""), *who, *context, (".", "")]
        quote_runs = [Run('"'), *parse_runs(text, source)]
        blocks.append(Block("quote", (*quote_runs, *self.to_runs([(closing, ""), *tail])), source))
        return blocks


def _pick(texts: list[str], values: Values, avoid: set[str]) -> tuple[str, list[Segment]]:
    """The first variant, in the given order, whose opening word is not in ``avoid``
    (else the first), and its text filled in: neighbouring paragraphs and sentences never
    open alike."""
    first: tuple[str, list[Segment]] | None = None
    for text in texts:
        segs = fill(text, values)
        if first is None:
            first = (text, segs)
        if first_word("".join(t for t, _ in segs)) not in avoid:
            return text, segs
    return first or ("", [])


def _last_sentence(text: str) -> str:
    """The paragraph's last sentence: the one right before the next paragraph's first."""
    return _SENTENCE_END.split(text)[-1]


def _names(text: str, s: Speaker) -> bool:
    """Does a paraphrase name the speaker (so a quote after it may say "ujarnya")?"""
    low = text.lower()
    return any(n and n.lower() in low for n in (tidy(s.called), tidy(s.name)))


def _date_form(m: re.Match[str], pad: bool) -> str:
    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
    return f"({day:02d}/{month:02d}/{year})" if pad else f"({day}/{month}/{year})"


def _brings_someone(context: str) -> bool:
    """Does the context name someone ("mengutip pesan Menteri …")? Then the next quote names
    its speaker again, so "-nya" cannot be read as that other person."""
    days = weekday_names()
    return any(w[:1].isupper() and w.lower() not in days for w in context.split())


def _is_when(context: str) -> bool:
    """A context that says when (a weekday, a date) rather than bringing in someone."""
    word = first_word(context.lstrip(", "))
    return word in weekday_names() or context.lstrip(", ")[:1].isdigit()


def _context(st: Statement, source: str, pad: bool) -> list[Segment]:
    """What follows the verb. A date or weekday, or a context typed with its own comma, is
    set off by a comma: ``katanya, Senin (2/8/2021).``; a phrase follows with a space:
    ``imbuhnya mengutip pesan …``. A date in it takes the office's form (``(02/08/2021)``
    where dates are padded), so the article keeps one date form."""
    context = _DATE.sub(lambda m: _date_form(m, pad), tidy(st.context)).rstrip(".").rstrip()
    if not context:
        return []
    if context.startswith(","):
        return [(", ", ""), (context.lstrip(", "), f"{source}.context")]
    joiner = ", " if _is_when(context) else " "
    return [(joiner, ""), (context, f"{source}.context")]
