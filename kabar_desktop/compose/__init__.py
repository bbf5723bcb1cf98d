"""Facts → the composed article: the one document every view and export reads."""

from kabar_desktop.compose.composer import compose
from kabar_desktop.compose.document import Article, Block, Run

__all__ = ["Article", "Block", "Run", "compose"]
