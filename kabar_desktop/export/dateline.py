"""Where a lead's dateline ends: one rule for the preview, the HTML, the PDF and the DOCX.

Compose writes the dateline as the lead's first runs: the city (source ``dateline``), for a
tagged dateline a comma and the office's tag (``style.dateline_tag``), then a composed run with
the dash. Everything before that dash is set bold, in every format alike.
"""

from __future__ import annotations

from kabar_desktop.compose.document import Block

DATELINE_SOURCES = ("dateline", "style.dateline_tag")
_DASHES = "-–—"


def dateline_length(block: Block) -> int:
    """How many of ``block``'s first runs are its dateline (0: a lead without one, or no lead).

    A lead the writer typed with its own dateline has no ``dateline`` run: nothing is bold, as
    Kabar cannot tell where the writer's dateline ends.
    """
    runs = block.runs
    if block.kind != "lead" or not runs or runs[0].source != "dateline":
        return 0
    end = 0
    for i, run in enumerate(runs):
        if run.source in DATELINE_SOURCES:
            end = i + 1
        elif run.source or any(dash in run.text for dash in _DASHES):
            break  # the writer's words, or the composed dash: the dateline is over
    return end
