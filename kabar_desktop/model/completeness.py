"""Which facts an article still needs before Kabar can compose and export it.

What is required follows the kind of story: a report needs no day, a visit no event name,
a visit paid needs the place visited. No kind needs a speaker: a story without one is
composed around the office.
"""

from __future__ import annotations

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import N_, Msg, Problem
from kabar_desktop.model.story import DATED_KINDS, effective_kind

_REQUIRED = N_("is required: {what}")
_NAMELESS_EVENT = ("kunjungan", "kunjungan_diterima")


def missing_facts(draft: Draft) -> list[Problem]:
    """Every required fact that is empty, named by its field, with what belongs there."""
    out: list[Problem] = []

    def need(value: object, path: str, what: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            out.append(Problem(path, _REQUIRED, {"what": Msg(what)}))

    need(draft.title, "title", N_("the title of the article"))
    need(draft.credit, "credit", N_("the writer's credit, such as humas/fka"))
    composed_lead = draft.lead is None or not draft.lead.strip()
    kind = effective_kind(draft)
    if composed_lead:
        if kind in DATED_KINDS:
            need(draft.date, "date", N_("the date of the event"))
        need(draft.organizer, "organizer", N_("the office whose story this is"))
        if kind not in _NAMELESS_EVENT:
            need(draft.event, "event", N_("what happened: the name of the event"))
        if kind == "kunjungan":
            need(draft.counterpart, "counterpart", N_("the office that was visited"))
    for i, speaker in enumerate(draft.speakers):
        path = f"speakers[{i}]"
        need(speaker.name, f"{path}.name", N_("the speaker's name"))
        needs_position = speaker.intro is None or (i == 0 and composed_lead)
        if needs_position and not speaker.is_group:  # "Tim Humas …" holds no position
            need(speaker.position, f"{path}.position", N_("the speaker's position"))
        for j, st in enumerate(speaker.statements):
            need(st.text, f"{path}.statements[{j}].text", N_("what the speaker said"))
    for key in ("companions", "attendees"):
        for i, person in enumerate(getattr(draft, key)):
            if not (person.position.strip() or person.name.strip()):
                need("", f"{key}[{i}].position", N_("the person's position or name"))
    for i, photo in enumerate(draft.photos):
        need(photo.caption, f"photos[{i}].caption", N_("the caption: what and who the photo shows"))
    for i, paragraph in enumerate(draft.paragraphs):
        need(
            paragraph.text,
            f"paragraphs[{i}]",
            N_("the paragraph's text (or remove the paragraph)"),
        )
    return out
