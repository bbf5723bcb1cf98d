"""Where the writer's own paragraphs stand, and keeping them with their speaker.

A paragraph placed ``after`` "speakers[N]" follows that person's part. When speakers are
removed or reordered, the paragraph must keep following the same person, so the speakers
pane rewrites the placements in the same undoable change; a paragraph whose speaker is
removed goes to the end (as the composer would put it anyway).
"""

from __future__ import annotations

from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft, Speaker
from kabar_desktop.model.field_path import parse_or_none


def speaker_label(speaker: Speaker) -> str:
    """A speaker in a few words: the name, else the position."""
    return speaker.name.strip() or speaker.position.strip() or _("(new speaker)")


def place_choices(draft: Draft) -> list[tuple[str, str]]:
    """Every place a paragraph may stand, in reading order: (``after`` value, label)."""
    choices = [("lead", _("After the lead"))]
    for i, speaker in enumerate(draft.speakers):
        label = _("After speaker {number}: {name}")
        choices.append((f"speakers[{i}]", label.format(number=i + 1, name=speaker_label(speaker))))
    choices.append(("end", _("At the end")))
    return choices


def _remap(draft: Draft, new_index: dict[int, int | None]) -> None:
    for paragraph in draft.paragraphs:
        parts = parse_or_none(paragraph.after)
        if parts is None or len(parts) != 2 or parts[0] != "speakers":
            continue
        old = int(parts[1])
        new = new_index.get(old, old)
        paragraph.after = "end" if new is None else f"speakers[{new}]"


def remove_speaker(draft: Draft, i: int) -> None:
    """Remove speaker ``i``; paragraphs after them go to the end, the later ones move up."""
    count = len(draft.speakers)
    draft.speakers.pop(i)
    _remap(draft, {k: (None if k == i else k - 1 if k > i else k) for k in range(count)})


def move_speaker(draft: Draft, i: int, k: int) -> None:
    """Move speaker ``i`` to place ``k``; every paragraph keeps following its speaker."""
    order = list(range(len(draft.speakers)))
    order.insert(k, order.pop(i))
    draft.speakers.insert(k, draft.speakers.pop(i))
    _remap(draft, {old: new for new, old in enumerate(order)})
