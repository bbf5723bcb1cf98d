"""``kabar import``, ``kabar list``, ``kabar history``: Kabar's drafts store from the command line.

The command line opens the store without a session: the window may be running, and only the
window's own start and quit say whether Kabar crashed.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from kabar_desktop.commands.messages import report, say_error
from kabar_desktop.i18n import _
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import DraftError
from kabar_desktop.store import DraftStore, StoreError, status_label
from kabar_desktop.store.history import kind_label

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def open_store() -> DraftStore:
    """The store, after telling the user what opening it repaired; raises ``StoreError``."""
    store = DraftStore.open(session=False)
    for notice in store.opened.notices():
        say_error(notice.message(_))
    return store


def _fail(exc: StoreError) -> int:
    say_error(exc.message(_))
    return EXIT_BAD_INPUT if exc.kind == "missing" else EXIT_FAILED


def load_draft_by_id(draft_id: int, *, photos: bool = True) -> Draft:
    """The current content of a stored draft (its photos' images unless ``photos`` is false);
    raises ``StoreError``."""
    store = open_store()
    try:
        return store.load(draft_id, photos=photos)
    finally:
        store.close()


def run_import(paths: list[Path]) -> int:
    """Add each draft file to the store and print its new id, one per line."""
    try:
        store = open_store()
    except StoreError as exc:
        return _fail(exc)
    status = EXIT_OK
    try:
        for path in paths:
            try:
                draft = read_draft(path)
            except DraftError as exc:
                report(str(path), exc.problems)
                status = max(status, EXIT_BAD_INPUT)
                continue
            try:
                draft_id = store.create(draft, kind="import")
            except StoreError as exc:
                say_error(f"{path}: {exc.message(_)}")
                status = max(status, EXIT_FAILED)
                continue
            print(draft_id, flush=True)
    finally:
        store.close()
    return status


def _when(seconds: float) -> str:
    return dt.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M")


def _table(header: list[str], rows: list[list[str]]) -> None:
    """Columns padded to their widest cell; the last column is left as long as it is."""
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for r in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(r, widths, strict=False)]
        print("  ".join([*cells, r[-1]]).rstrip())


def run_list(trashed: bool = False) -> int:
    """The stored drafts, most recently changed first (``trashed``: the trash instead)."""
    try:
        store = open_store()
        try:
            rows = store.list(trashed=trashed)
            verdicts = _verdicts(store)
        finally:
            store.close()
    except StoreError as exc:
        return _fail(exc)
    if not rows:
        print(_("The trash is empty.") if trashed else _("No drafts stored yet."))
        return EXIT_OK
    header = [_("ID"), _("STATUS"), _("EVENT DATE"), _("LAST CHANGE"), _("TITLE")]
    table = [
        [
            str(r.id),
            _(status_label(r.status)),
            r.event_date.isoformat() if r.event_date else "-",
            _when(r.changed),
            r.title or _("(untitled)"),
        ]
        for r in rows
    ]
    if verdicts:  # the Kanwil's word, once there is any: last, as the remark may be long
        header.append(_("KANWIL"))
        for r, line in zip(rows, table, strict=True):
            line.append(verdicts.get(r.id, ""))
    _table(header, table)
    return EXIT_OK


def _verdicts(store) -> dict[int, str]:
    """Draft id → the regional office's verdict and remark (and the published link), for
    drafts that have one."""
    from kabar_desktop.commands.sync_cmd import verdict_line
    from kabar_desktop.store import sync_state

    out = {}
    for row in sync_state.all_rows(store):
        if row.draft_id is not None and (row.review or row.remark):
            out[row.draft_id] = verdict_line(row)
    return out


def run_history(draft_id: int) -> int:
    """The kept versions of a stored draft, newest first, with the time each was saved."""
    try:
        store = open_store()
        try:
            revisions = store.history(draft_id)
        finally:
            store.close()
    except StoreError as exc:
        return _fail(exc)
    header = [_("VERSION"), _("SAVED"), _("HOW")]
    rows = []
    for rev in revisions:
        how = _(kind_label(rev.kind))
        if rev.current:
            current = _("current")
            how = f"{how} ({current})"
        when = dt.datetime.fromtimestamp(rev.saved).strftime("%Y-%m-%d %H:%M:%S")
        rows.append([str(rev.id), when, how])
    _table(header, rows)
    return EXIT_OK
