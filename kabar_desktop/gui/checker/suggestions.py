"""Spelling suggestions for the words the check flags with no one-click fix.

The check itself only asks the word lists (fast enough for every pause in typing); the slower
suggestions (spylls: about 0.6 s to load, then about 0.25 s a word) are worked out here, only
when the writer asks: in one background thread when a finding is selected in the panel
(``prefetch``), or at once when the form's context menu opens on the word (``now``). Never on
a keystroke, nor for a word flagged for a moment mid-typing: spylls is pure Python and would
take the interpreter from the typing and the checks.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
LIMIT = 5
_LOCK = threading.Lock()  # one caller of spylls at a time: the worker or the interface


def suggest(word: str) -> list[str]:
    """The speller's corrections for ``word``, best first (slow the first time)."""
    from kabar_desktop.check.spelling import speller

    with _LOCK:
        try:
            return speller().suggest(word, LIMIT)
        except Exception:  # noqa: BLE001 - no suggestion is better than a broken editor
            log.exception("spelling suggestions failed for %r", word)
            return []


class _Relay(QObject):
    """Carries each word's suggestions back to the interface thread (a queued signal)."""

    found = Signal(str, list)


class _Job(QRunnable):
    def __init__(self, words: list[str], relay: _Relay):
        super().__init__()
        self.setAutoDelete(True)
        self._words, self._relay = words, relay

    def run(self) -> None:
        for word in self._words:
            self._relay.found.emit(word, suggest(word))


class Suggestions(QObject):
    """Suggestions by word: ``prefetch`` in the background, ``get`` what is known, ``now``."""

    ready = Signal(str)  # the word whose suggestions are known now

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._known: dict[str, list[str]] = {}
        self._asked: set[str] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.found.connect(self._found)

    def get(self, word: str) -> list[str] | None:
        """The suggestions for ``word``, or None while they are not known."""
        return self._known.get(word)

    def prefetch(self, words: list[str]) -> None:
        """Work out the suggestions of ``words`` not known yet, off the interface thread."""
        new = [w for w in dict.fromkeys(words) if w not in self._known and w not in self._asked]
        if new:
            self._asked.update(new)
            self._pool.start(_Job(new, self._relay))

    def now(self, word: str) -> list[str]:
        """The suggestions for ``word``, worked out here if they are not known yet."""
        if word not in self._known:
            self._found(word, suggest(word))
        return self._known[word]

    def wait(self, ms: int = 10000) -> bool:
        """Wait for the background work (closing, tests)."""
        return self._pool.waitForDone(ms)

    def _found(self, word: str, found: list[str]) -> None:
        if word in self._known:
            return
        self._known[word] = found
        self.ready.emit(word)
