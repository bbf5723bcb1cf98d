"""Lines that read as headings, whose capitals and missing stop are their own.

A headline the reader does not take for a title: the article's first line in title case with
no closing stop but more than twenty words, read as the lead (document.py takes a first line
of up to twenty words for the title). Capitals rules leave it alone as they leave a title:
titles are in title case. A subheading between paragraphs is read alike.
"""

from __future__ import annotations

from kabar_desktop.check.document import Doc
from kabar_desktop.check.lexicon import FUNCTION_WORDS

# The last document asked about and its answer for the first line: rules ask once per word,
# and reading a long first line again for each of its words made a check quadratic.
_last: tuple[object, bool] = (None, False)


def headline(doc: Doc, para: int) -> bool:
    """Paragraph ``para`` is the article's first line in title case with no closing stop: a
    title of more than twenty words, which the reader takes for the lead (four in five of
    its longer words capitalised)."""
    p = doc.paras[para]
    if p.kind == "title":
        return True
    if para != 0:
        return False
    global _last
    seen, answer = _last  # one tuple, read and replaced whole: a check thread may run too
    if seen is not doc:
        answer = _first_line_in_title_case(doc)
        _last = (doc, answer)
    return answer


def _first_line_in_title_case(doc: Doc) -> bool:
    p = doc.paras[0]
    text = doc.text[p.start : p.end].rstrip("*_ ")
    if not text or text[-1] in ".?!:\"”":
        return False
    longer = [w for w in text.split() if len(w) > 3 and w[0].isalpha()]
    return len(longer) >= 4 and sum(w[0].isupper() for w in longer) * 5 >= len(longer) * 4


def subheading(line: str) -> bool:
    """A line of two to ten words in title case, no stop, a comma only inside: a subheading
    between paragraphs ("Dukungan Pemkab Banjar", "Peran PIMPASA dan Akses Informasi yang
    Mudah", "Kolaborasi Menguntungkan: Dari Rutan …", probe61; "53 Pegawai Daftar, 26 Kantong
    Darah Terkumpul", probe79), which takes no full stop."""
    found = line.split()
    while found and not any(c.isalnum() for c in found[0]):
        found.pop(0)  # "🏛️ Tugas dan Fungsi KUA": an emoji before the heading (probe146)
    if not 2 <= len(found) <= 10 or any(c in line for c in ".;!?\"“”") or line[-1:] in ":,":
        return False
    return (found[0][:1].isupper() or found[0].isdigit()) and all(
        w[:1].isupper() or w[:1].isdigit() or w in FUNCTION_WORDS or w == "atas" for w in found
    )


def in_subheading(doc: Doc, para: int) -> bool:
    """Paragraph ``para`` is a subheading between paragraphs (a heading's capitals are its
    own: "Tak Hanya Las, Ada Juga Pelatihan Menjahit Hingga Tata Boga", heldout138)."""
    return 0 < para < len(doc.paras) - 1 and subheading(doc.para_text(doc.paras[para]).rstrip())
