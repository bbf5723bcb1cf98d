"""The office's own word list (``kata-kantor.txt`` in the settings folder): words a writer
adds from the checker ("Tambahkan ke kamus kantor") are never flagged again."""

from __future__ import annotations

from kabar_desktop.check.spelling import MAX_WORD, office_words_path, speller
from kabar_desktop.check.wordlists import read_word_list


def add_office_word(word: str) -> str:
    """Add ``word`` to the office's own list (``kata-kantor.txt``), so it is never flagged.

    Raises ``ValueError`` for something that is not one word.
    """
    from kabar_desktop.atomic import write_bytes_atomic

    word = word.strip()
    if not word or len(word) > MAX_WORD or any(not (c.isalpha() or c in "-'’") for c in word):
        raise ValueError(f"not a word: {word!r}")
    path = office_words_path()
    existing = read_word_list(path)
    if word not in existing:
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            text = ""
        if text and not text.endswith("\n"):
            text += "\n"
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, (text + word + "\n").encode("utf-8"))
    speller().add(word)
    return word
