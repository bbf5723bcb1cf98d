"""How much text the house-style checker reads at once, for both faces (no Qt here).

``kabar check`` refuses a longer text; the window checks an article only up to the cap and
says the rest was not checked (a pasted megabyte must not keep a CPU busy for minutes: the
window checks again after every pause in typing). Issue 12 #7, docs/draft-format.md.
"""

from __future__ import annotations

from dataclasses import replace

TYPE_CHECKING = False  # typing costs every ``kabar check`` ~3 ms (cli.py)
if TYPE_CHECKING:  # ``kabar``'s start-up reads the limits: the article types are not loaded
    from kabar_desktop.compose.document import Article, Block, Run

# What the checker reads at once: 200 KB is 30,000 words, six times the longest real article,
# and checks in about 5 s; 2 MB would take a minute.
MAX_TEXT_BYTES = 200 * 1024
MAX_PARAGRAPHS = 2_000  # line breaks in the checked text, as ``kabar check`` counts them

_SEPARATOR = "\n\n"  # between the parts of an article's plain text (article_text.py)


def within(text: str) -> bool:
    """Whether the checker reads ``text`` whole."""
    return text.count("\n") < MAX_PARAGRAPHS and len(text.encode("utf-8")) <= MAX_TEXT_BYTES


def clip_article(article: Article) -> tuple[Article, bool]:
    """``article`` cut so that its plain text (article_text.py) is ``within`` the cap, and
    whether anything was cut. Parts are kept in the order the checker reads them (the text,
    then the captions); the part that crosses the cap keeps its words up to it, whole."""
    from kabar_desktop.check.article_text import article_plain_text

    if within(article_plain_text(article)):
        return article, False
    order = [b for b in article.blocks if b.kind != "figure" and b.text]
    order += [b for b in article.blocks if b.kind == "figure" and b.text]
    room_bytes, room_lines = MAX_TEXT_BYTES - 1, MAX_PARAGRAPHS - 2  # the final "\n"
    kept: dict[int, Block] = {}
    for block in order:
        if kept:
            room_bytes -= len(_SEPARATOR)
            room_lines -= _SEPARATOR.count("\n")
        size, lines = len(block.text.encode("utf-8")), block.text.count("\n")
        if size <= room_bytes and lines <= room_lines:
            kept[id(block)] = block
            room_bytes, room_lines = room_bytes - size, room_lines - lines
            continue
        runs = _clip_runs(block.runs, room_bytes, room_lines)
        if runs:
            kept[id(block)] = replace(block, runs=runs)
        break
    blocks = tuple(kept[id(b)] for b in article.blocks if id(b) in kept)
    return replace(article, blocks=blocks), True


def _clip_runs(runs: tuple[Run, ...], room_bytes: int, room_lines: int) -> tuple[Run, ...]:
    """The runs' text up to ``room_bytes`` bytes and ``room_lines`` line breaks, ending
    after a whole word (a word cut in two would be flagged as misspelt)."""
    out: list[Run] = []
    if room_bytes <= 0 or room_lines < 0:  # not even the separator before it fits
        return ()
    for run in runs:
        text = run.text
        size, lines = len(text.encode("utf-8")), text.count("\n")
        if size <= room_bytes and lines <= room_lines:
            out.append(run)
            room_bytes, room_lines = room_bytes - size, room_lines - lines
            continue
        cut = text.encode("utf-8")[: max(room_bytes, 0)].decode("utf-8", "ignore")
        breaks = -1
        for _i in range(max(room_lines, 0) + 1):
            breaks = cut.find("\n", breaks + 1)
            if breaks < 0:
                break
        if breaks >= 0:
            cut = cut[:breaks]
        elif len(cut) < len(text) and not text[len(cut)].isspace():
            cut = cut[: max(cut.rfind(" "), cut.rfind("\n"), 0)]  # the last word whole
        if cut.strip():
            out.append(replace(run, text=cut.rstrip()))
        break
    return tuple(out)
