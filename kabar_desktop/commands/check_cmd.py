"""``kabar check FILE [--format json]``: the house-style checker from the command line.

A ``.txt`` file is checked as a WhatsApp reader sees it: well-formed ``*…*`` and ``_…_`` are
emphasis, as Kabar's TXT export writes them (offsets index the file's text, marks included).
A ``.kabar`` or ``.json`` draft is composed first and checked with ``check_article``: findings
in Kabar's own words are left out (but for A8, an attribution verb Kabar does not know), and
offsets index the article's plain text (see ``kabar_desktop/check/article_text.py``: title,
then paragraphs and captions, separated by blank lines, without WhatsApp marks).

Findings are errors, warnings and notes (a house-style reading the Kanwil's editors apply
about as often as they leave it: check/quiet_readings.py).

``kabar check 3`` checks stored draft 3 (its number in ``kabar list``), as ``kabar export 3``
exports it.

Exit code: 0 without errors (warnings and notes allowed), 1 with errors, 2 for bad input.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING

from kabar_desktop.check.limits import MAX_PARAGRAPHS, MAX_TEXT_BYTES
from kabar_desktop.commands.messages import report, say_error
from kabar_desktop.i18n import _
from kabar_desktop.model.problems import N_
from kabar_desktop.regular_file import NotRegularFile, TooLarge, read_regular

if TYPE_CHECKING:
    from kabar_desktop.model.draft import Draft

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
TEXT_SUFFIXES = (".txt",)
DRAFT_SUFFIXES = (".kabar", ".json")
# What the checker reads at once (MAX_TEXT_BYTES, MAX_PARAGRAPHS): check/limits.py, which
# the window's background check reads too.
_SEVERITY = {"error": N_("error"), "warning": N_("warning"), "note": N_("note")}


def register(sub: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Add ``check`` to ``kabar``'s subcommands (cli.py calls this)."""
    parser = sub.add_parser(
        "check",
        help=_("check an article against the house style"),
        description=_(
            "Check a draft (.kabar, .json) or a plain article (.txt) against the house style."
        ),
    )
    parser.add_argument(
        "file",
        type=Path,
        metavar=_("FILE"),
        help=_("a draft, a .txt article, or the number of a stored draft (kabar list)"),
    )
    parser.add_argument(
        "-f", "--format", choices=("text", "json"), default="text", help=_("how to list findings")
    )
    return parser


def run_check(path: Path, fmt: str = "text") -> int:
    import gc

    from kabar_desktop.pattern_cache import cached_patterns

    # The cyclic garbage collector would walk the rules' tables and the word lists again and
    # again while they load (~10% of the command), for a process that exits in a moment and
    # an article of at most MAX_TEXT_BYTES: it rests until the check is done.
    collecting = gc.isenabled()
    gc.disable()
    try:
        # The patterns the rules write in their code and compile at their first call are
        # kept like the modules' own; none built from the article's words (``literal_only``).
        with cached_patterns(literal_only=True):
            return _run_check(Path(path), fmt)
    finally:
        if collecting:
            gc.enable()


def _run_check(path: Path, fmt: str) -> int:
    from kabar_desktop.check import check_text

    suffix = path.suffix.lower()
    if str(path).isdigit() and not path.exists():
        return _check_stored(int(str(path)), fmt)  # "kabar check 3", as "kabar export 3"
    if suffix in TEXT_SUFFIXES:
        text = _read_text(path)
        if text is None or _too_long(path, text):
            return EXIT_BAD_INPUT
        findings = check_text(text)
    elif suffix in DRAFT_SUFFIXES:
        from kabar_desktop.model.draft_file import read_draft
        from kabar_desktop.model.problems import DraftError

        try:
            draft = read_draft(path, load_photos=False)
        except DraftError as exc:
            report(str(path), exc.problems)
            return EXIT_BAD_INPUT
        return _check_draft(draft, path, fmt)
    else:
        say_error(
            _("{file}: not a draft (.kabar, .json) or a plain article (.txt)").format(file=path)
        )
        return EXIT_BAD_INPUT
    return _print(path, text, findings, fmt)


def _check_draft(draft: Draft, path: Path, fmt: str) -> int:
    """Compose the draft and check the article as the window does."""
    from kabar_desktop.check import article_plain_text, check_article
    from kabar_desktop.compose import compose

    article = compose(draft)
    text = article_plain_text(article)
    if _too_long(path, text):
        return EXIT_BAD_INPUT
    findings = check_article(article, draft)
    return _print(path, text, findings, fmt)


def _check_stored(draft_id: int, fmt: str) -> int:
    """Check the current content of a stored draft (its number from ``kabar list``)."""
    from kabar_desktop.commands.store_cmds import load_draft_by_id
    from kabar_desktop.store.errors import StoreError

    try:
        draft = load_draft_by_id(draft_id, photos=False)
    except StoreError as exc:
        say_error(f"{draft_id}: {exc.message(_)}")
        return EXIT_BAD_INPUT
    return _check_draft(draft, Path(str(draft_id)), fmt)


def _print(path: Path, text: str, findings: list, fmt: str) -> int:
    """List the findings as asked; the exit code says whether any is an error."""
    if fmt == "json":
        print(json.dumps([f.to_json(_) for f in findings], ensure_ascii=False, indent=2))
    else:
        _print_human(path, text, findings)
    return EXIT_ERRORS if any(f.severity == "error" for f in findings) else EXIT_OK


def _too_long(path: Path, text: str) -> bool:
    """Whether ``text`` is past what the checker reads (said once, in the user's language)."""
    if len(text.encode("utf-8")) <= MAX_TEXT_BYTES and text.count("\n") < MAX_PARAGRAPHS:
        return False
    say_error(
        _("{file}: too long to check: Kabar checks at most {size} KB or {count} paragraphs").format(
            file=path, size=MAX_TEXT_BYTES // 1024, count=MAX_PARAGRAPHS
        )
    )
    return True


def _read_text(path: Path) -> str | None:
    try:  # the open file is checked: a FIFO or a device, even swapped in, is never read
        return read_regular(path, MAX_TEXT_BYTES).decode("utf-8-sig")
    except NotRegularFile:
        say_error(_("{file}: is not a regular file").format(file=path))
    except TooLarge:
        say_error(_("{file}: too large to be an article").format(file=path))
    except FileNotFoundError:
        say_error(_("{file}: no such file").format(file=path))
    except IsADirectoryError:
        say_error(_("{file}: is a folder, not a file").format(file=path))
    except OSError as exc:
        say_error(
            _("{file}: cannot be read: {reason}").format(file=path, reason=exc.strerror or exc)
        )
    except UnicodeDecodeError:
        say_error(_("{file}: is not UTF-8 text").format(file=path))
    return None


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _print_human(path: Path, text: str, findings: list) -> None:
    for f in findings:
        line, col = line_col(text, f.start)
        out = f"{path}:{line}:{col}: {_(_SEVERITY[f.severity])} {f.rule}: {f.describe(_)}"
        if f.suggestion == "":
            out += " " + _("(fix: delete '{text}')").format(text=f.text)
        elif f.suggestion is not None:
            out += " " + _("(fix: '{text}')").format(text=f.suggestion)
        print(out)
    errors = sum(f.severity == "error" for f in findings)
    notes = sum(f.severity == "note" for f in findings)
    warnings = len(findings) - errors - notes
    if notes:
        print(
            _("{errors} errors, {warnings} warnings, {notes} notes").format(
                errors=errors, warnings=warnings, notes=notes
            )
        )
    else:
        print(_("{errors} errors, {warnings} warnings").format(errors=errors, warnings=warnings))
