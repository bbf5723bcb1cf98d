"""The article's length in the status bar ("412 kata"), as a Word user expects to see it.

It counts the composition the preview has just shown (``DraftSession.preview_article`` is
cached until the next change), so a keystroke costs one pass over the text and no composing.
The title and the running text count; photo captions and the placeholders of missing facts
("[jabatan]") do not: they are not words of the article yet.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from kabar_desktop.i18n import _

if TYPE_CHECKING:
    from kabar_desktop.compose import Article
    from kabar_desktop.gui.editor.draft_session import DraftSession
    from kabar_desktop.gui.editor.preview import PreviewPane

_WORD = r"\w+(?:[-'’]\w+)*"  # compiled at the first count (re caches it), after the paint
_COUNTED = ("title", "lead", "body", "quote", "credit")


_counted: dict[tuple, int] = {}  # by a block's runs: a keystroke changes one block


def count_words(article: Article) -> int:
    """Words of the title and the running text, placeholders left out."""
    total = 0
    for block in article.blocks:
        if block.kind not in _COUNTED:
            continue
        n = _counted.get(block.runs)
        if n is None:
            if len(_counted) > 4096:
                _counted.clear()
            words = (len(re.findall(_WORD, r.text)) for r in block.runs if not r.placeholder)
            n = _counted[block.runs] = sum(words)
        total += n
    return total


def words_text(count: int) -> str:
    return _("1 word") if count == 1 else _("{count} words").format(count=count)


class WordCount(QLabel):
    """A permanent status-bar label that follows the preview's renders."""

    def __init__(self, session: DraftSession, preview: PreviewPane, parent: QWidget | None = None):
        super().__init__(parent)
        self._session = session
        self.count = 0
        self.setObjectName("word-count")
        self.setContentsMargins(6, 0, 6, 0)
        preview.rendered.connect(self.update_count)
        self.retranslate()

    def update_count(self) -> None:
        self.count = count_words(self._session.preview_article())
        self.setText(words_text(self.count))

    def retranslate(self) -> None:
        self.setText(words_text(self.count) if self.text() else "")
        self.setToolTip(_("Words in the article: the title and the text, without photo captions"))
        self.setAccessibleName(_("Word count"))
