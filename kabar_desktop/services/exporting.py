"""Exporting drafts, for the window and ``kabar export`` alike: the office profile's options,
the one naming rule for files Kabar names itself, and the batch export of stored drafts.

The naming rule: a stored draft is named by its title (``slug``; ``draf-N`` when the title
gives no name), a draft file by its own stem. Two drafts of one batch that would share a name
get ``-2``, ``-3``…, and a file already in the folder is never written over. Only a name the
user chose (``kabar export X -o FILE``, the window's Save dialog) is written as asked.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from kabar_desktop.i18n import _
from kabar_desktop.model.field_path import parse_or_none
from kabar_desktop.model.problems import DraftError, Msg, Problem

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from kabar_desktop.model.draft import Draft
    from kabar_desktop.settings import Settings
    from kabar_desktop.store import DraftStore

MAX_LOGO_BYTES = 10 * 1024 * 1024  # a logo is a few hundred KB
MAX_LISTED = 4  # missing facts named for one skipped draft; the rest are counted
_LISTS = {  # a field path's first list, as the writer knows it
    "speakers": lambda: _("speaker {n}"),
    "paragraphs": lambda: _("paragraph {n}"),
    "photos": lambda: _("photo {n}"),
    "companions": lambda: _("companion {n}"),
    "attendees": lambda: _("attendee {n}"),
}


def profile_options(fmt: str, settings: Settings | None = None) -> tuple[dict, str | None]:
    """What the office profile adds to an export (its logo atop a DOCX), and why not if the
    logo cannot be used: the article is still written, without it."""
    if fmt != "docx":
        return {}, None
    if settings is None:
        from kabar_desktop.settings import load_settings

        settings = load_settings()
    logo_path = settings.profile.logo_path
    if not logo_path.strip():
        return {}, None
    from kabar_desktop.export.docx import ImageError, image_kind
    from kabar_desktop.regular_file import NotRegularFile, TooLarge, read_regular

    try:  # a regular file only, read within a limit: a FIFO named as the logo never blocks
        logo = read_regular(logo_path, MAX_LOGO_BYTES)
        image_kind(logo)
    except (OSError, ImageError, NotRegularFile, TooLarge):
        why = _("The office logo {file} cannot be read; the DOCX is written without it.")
        return {}, why.format(file=logo_path)
    return {"logo": logo}, None


def slug(title: str, fallback: str = "berita") -> str:
    """A file name from a title: "Rudenim Kupang Gelar …" → "rudenim-kupang-gelar-…"."""
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    text = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(text) > 80:
        text = text[:80].rsplit("-", 1)[0]
    return text or fallback


def export_name(source: Path | int, draft: Draft | None = None) -> str:
    """The stem Kabar gives an export: a stored draft (its id) by its title, a file by its stem."""
    if isinstance(source, int):
        return slug(draft.title if draft is not None else "", fallback=f"draf-{source}")
    return source.stem


def free_name(folder: Path, stem: str, ext: str, taken: set[Path]) -> Path:
    """``stem.ext`` in ``folder``, else ``stem-2.ext``…: never a name of this batch (``taken``,
    which the chosen name joins) nor a file already there."""
    path, n = folder / f"{stem}.{ext}", 1
    while path in taken or path.exists():
        n += 1
        path = folder / f"{stem}-{n}.{ext}"
    taken.add(path)
    return path


def describe_problem(problem: Problem) -> str:
    """A missing fact in plain words, without the field path: "Jabatan pembicara (pembicara 2)"."""
    what = problem.params.get("what")
    if isinstance(what, Msg):
        text = _(what)
    else:
        text = Problem("", problem.template, problem.params).message(_)
    path = parse_or_none(problem.path) or ()
    if len(path) > 1 and isinstance(path[1], int) and path[0] in _LISTS:
        text += f" ({_LISTS[str(path[0])]().format(n=path[1] + 1)})"
    return text[:1].upper() + text[1:]


def unfinished(problems: list[Problem]) -> str:
    """Why a draft is not exported: the first facts it lacks, and how many more."""
    lacking = "; ".join(describe_problem(p) for p in problems[:MAX_LISTED])
    more = len(problems) - MAX_LISTED
    if more > 0:
        lacking += " " + _("(and {n} more)").format(n=more)
    return _("not finished: {facts}").format(facts=lacking)


def write_drafts(
    store: DraftStore, ids: list[int], fmt: str, folder: Path, options: dict | None = None
) -> tuple[list[Path], list[tuple[str, str]]]:
    """Export the finished drafts of ``ids`` into ``folder``; (files written, [(title, why
    skipped)]). An unfinished draft is skipped, never written with gaps."""
    from kabar_desktop.compose import compose
    from kabar_desktop.export import export_article
    from kabar_desktop.model.completeness import missing_facts
    from kabar_desktop.store import StoreError

    written: list[Path] = []
    skipped: list[tuple[str, str]] = []
    taken: set[Path] = set()
    for draft_id in ids:
        title = _("draft {id}").format(id=draft_id)
        try:
            draft = store.load(draft_id)
            title = " ".join(draft.title.split()) or title
            problems = missing_facts(draft)
            if problems:
                skipped.append((title, unfinished(problems)))
                continue
            path = free_name(folder, export_name(draft_id, draft), fmt, taken)
            export_article(compose(draft), fmt, path, **(options or {}))
        except StoreError as exc:
            skipped.append((title, _store_message(exc)))
            continue
        except DraftError as exc:
            skipped.append((title, "; ".join(p.message(_) for p in exc.problems)))
            continue
        except OSError as exc:
            skipped.append((title, str(exc.strerror or exc)))
            continue
        written.append(path)
    return written, skipped


def _store_message(exc) -> str:
    """A store fault in plain words (never a traceback, even if the message itself fails)."""
    try:
        return exc.message(_)
    except Exception:
        return str(exc)
