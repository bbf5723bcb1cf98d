"""Which facts an article still needs before Kabar can compose and export it."""

from __future__ import annotations

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import N_, Msg, Problem

# Lead kinds whose composed lead names the first speaker.
LEADS_NAMING_A_SPEAKER = ("narasumber", "pembukaan", "kunjungan")

_REQUIRED = N_("is required: {what}")


def missing_facts(draft: Draft) -> list[Problem]:
    """Every required fact that is empty, named by its field, with what belongs there."""
    out: list[Problem] = []

    def need(value: object, path: str, what: str) -> None:
        if value is None or (isinstance(value, str) and not value.strip()):
            out.append(Problem(path, _REQUIRED, {"what": Msg(what)}))

    need(draft.title, "title", N_("the title of the article"))
    need(draft.dateline, "dateline", N_("the city the article is written from"))
    need(draft.credit, "credit", N_("the writer's credit, such as humas/fka"))
    composed_lead = draft.lead is None or not draft.lead.strip()
    if composed_lead:
        need(draft.date, "date", N_("the date of the event"))
        need(draft.organizer, "organizer", N_("the office that held the event"))
        if draft.lead_kind != "kunjungan":
            need(draft.event, "event", N_("the name of the event"))
        if draft.lead_kind in LEADS_NAMING_A_SPEAKER and not draft.speakers:
            out.append(
                Problem("speakers", N_("this kind of lead names a speaker: add at least one"))
            )
    for i, speaker in enumerate(draft.speakers):
        path = f"speakers[{i}]"
        need(speaker.name, f"{path}.name", N_("the speaker's name"))
        if speaker.intro is None or (i == 0 and composed_lead):
            need(speaker.position, f"{path}.position", N_("the speaker's position"))
        for j, st in enumerate(speaker.statements):
            need(st.text, f"{path}.statements[{j}].text", N_("what the speaker said"))
    for i, photo in enumerate(draft.photos):
        need(photo.caption, f"photos[{i}].caption", N_("the caption: what and who the photo shows"))
    for i, text in enumerate(draft.paragraphs):
        need(text, f"paragraphs[{i}]", N_("the paragraph's text (or remove the paragraph)"))
    return out
