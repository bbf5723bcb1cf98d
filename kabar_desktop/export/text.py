"""Composed article → plain text for WhatsApp: ``*title*``, blank lines, the credit last."""

from __future__ import annotations

from kabar_desktop.compose.document import Article, Block


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


def render_text(article: Article) -> str:
    paragraphs = [f"*{article.title}*"] if article.title else []
    paragraphs += [whatsapp_text(b) for b in article.text_blocks()]
    return "\n\n".join(p for p in paragraphs if p) + "\n"
