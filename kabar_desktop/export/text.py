"""Composed article → plain text for WhatsApp: ``*title*``, blank lines, the credit, then the
photo captions (the photos travel as separate messages, so each caption says which it is)."""

from __future__ import annotations

from kabar_desktop.compose.document import Article, Block

CAPTION_LABEL = "Foto"  # "Foto 1: …": the label a caption line opens with (check reads it too)


def whatsapp_text(block: Block) -> str:
    """A block with WhatsApp's own marks for emphasis: ``*bold*`` and ``_italic_``."""
    parts = []
    for run in block.runs:
        text = run.text
        if run.bold and text.strip():
            text = f"*{text}*"
        elif run.italic and text.strip():
            text = f"_{text}_"
        parts.append(text)
    return "".join(parts)


def caption_lines(article: Article) -> list[str]:
    """``Foto: …`` for one photo, ``Foto 1: …``, ``Foto 2: …`` for several."""
    captions = [whatsapp_text(b) for b in article.figures()]
    captions = [c for c in captions if c.strip()]
    if len(captions) == 1:
        return [f"{CAPTION_LABEL}: {captions[0]}"]
    return [f"{CAPTION_LABEL} {n}: {c}" for n, c in enumerate(captions, 1)]


def render_text(article: Article) -> str:
    paragraphs = [f"*{article.title}*"] if article.title else []
    paragraphs += [whatsapp_text(b) for b in article.text_blocks()]
    paragraphs += caption_lines(article)
    return "\n\n".join(p for p in paragraphs if p) + "\n"
