"""``kabar sync``, ``kabar ready``, ``kabar review``, ``kabar resolve``: sync from the command line.

``kabar sync --to URL_OR_FOLDER`` runs one sync. The WebDAV user and password come from
``--user`` / ``KABAR_SYNC_USER`` and ``KABAR_SYNC_PASSWORD``; at a terminal Kabar asks for
the password (and keeps it in the system's keyring when a secure one exists). Without
``--to`` it says what is waiting and which conflicts need a decision.
"""

from __future__ import annotations

import argparse
import os
import sys

from kabar_desktop.commands.messages import say_error
from kabar_desktop.i18n import _, ngettext

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
REVIEW_CHOICES = {
    "none": "",
    "accepted": "accepted",
    "needs-changes": "needs_changes",
    "published": "published",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``sync``, ``ready``, ``review`` and ``resolve`` to ``kabar`` (cli.py calls this)."""
    sync = sub.add_parser(
        "sync",
        help=_("sync drafts with the regional office (a folder or a WebDAV server)"),
        description=_(
            "Send the drafts marked ready to send and bring back what the other offices "
            "changed. Without --to: say what is waiting."
        ),
    )
    sync.add_argument("--to", metavar=_("URL_OR_FOLDER"), help=_("a WebDAV address or a folder"))
    sync.add_argument("--user", help=_("the WebDAV user name (default: $KABAR_SYNC_USER)"))
    sync.add_argument(
        "--ca-file", metavar=_("FILE"), help=_("trust the server certificates signed by this CA")
    )
    sync.add_argument(
        "--yes", action="store_true", help=_("go on even if the sync would remove many drafts")
    )
    sync.set_defaults(sync_run=run_sync)
    ready = sub.add_parser(
        "ready",
        help=_("mark drafts ready to send"),
        description=_("Mark stored drafts ready to send: the next sync sends them."),
    )
    ready.add_argument("ids", nargs="+", type=int, metavar=_("NUMBER"), help=_("a draft's number"))
    ready.add_argument("--undo", action="store_true", help=_("mark them as drafts again"))
    ready.set_defaults(sync_run=run_ready)
    review = sub.add_parser(
        "review",
        help=_("set the regional office's verdict on a draft"),
        description=_("Set the regional office's verdict on a draft, with a remark."),
    )
    review.add_argument("id", type=int, metavar=_("NUMBER"), help=_("the draft's number"))
    review.add_argument("--status", required=True, choices=tuple(REVIEW_CHOICES))
    review.add_argument("--remark", default="", help=_("what the office should know"))
    review.set_defaults(sync_run=run_review)
    resolve = sub.add_parser(
        "resolve",
        help=_("end a sync conflict"),
        description=_(
            "End a sync conflict: keep the draft as it is, or make the conflict copy's "
            "content the draft's. The copy goes to the trash."
        ),
    )
    resolve.add_argument("id", type=int, metavar=_("NUMBER"), help=_("the conflict copy's number"))
    resolve.add_argument("--keep", required=True, choices=("copy", "original"))
    resolve.set_defaults(sync_run=run_resolve)


def _office() -> str:
    from kabar_desktop.settings import load_settings

    return load_settings().profile.office_name.strip()


def _waiting_line(count: int) -> str:
    if count == 0:
        return _("Nothing is waiting to be sent.")
    return ngettext(
        "{count} draft waiting to be sent", "{count} drafts waiting to be sent", count
    ).format(count=count)


def run_sync(args: argparse.Namespace) -> int:
    """``kabar sync``: the window's sync job (``services.syncing``), told on the terminal."""
    from kabar_desktop.commands.store_cmds import open_store
    from kabar_desktop.store import StoreError
    from kabar_desktop.store import sync_state as state

    try:
        store = open_store()
    except StoreError as exc:
        say_error(exc.message(_))
        return EXIT_FAILED
    try:
        print(_waiting_line(state.waiting(store)), flush=True)
        if not args.to:
            _print_conflicts(store)
            return EXIT_OK
        return _sync_to(args, store)
    finally:
        store.close()


def _sync_to(args: argparse.Namespace, store) -> int:
    """One sync with ``--to``; "go on?" is asked at a terminal, and a yes runs it again."""
    from kabar_desktop.services.syncing import SyncJob, run_job, settle_password
    from kabar_desktop.store import sync_state as state

    interactive = sys.stdin.isatty()
    job = SyncJob(
        db_path=store.db.path,
        where=args.to,
        office=_office(),
        user=args.user or os.environ.get("KABAR_SYNC_USER", ""),
        password=os.environ.get("KABAR_SYNC_PASSWORD", ""),
        ca_file=args.ca_file or "",
        allow=bool(args.yes),
    )
    asked, typed = _password(job, interactive)
    progress = _progress if sys.stderr.isatty() else None
    while True:
        try:
            outcome = run_job(job, progress)
        except KeyboardInterrupt:
            say_error(_("The sync was stopped; what was done is kept."))
            return EXIT_FAILED
        if outcome.kind != "question":
            break
        say_error(outcome.message)
        if not interactive or job.allow:
            say_error(_("Nothing was changed. Run again with --yes to go on."))
            return EXIT_FAILED
        if input(_("Go on? [y/N] ")).strip().lower() not in ("y", "ya", "yes"):
            return EXIT_FAILED
        job.allow = True
    if asked:
        settle_password(outcome, job.where, job.user, typed)
    if outcome.kind != "done" or outcome.report is None:
        say_error(outcome.message)
        return EXIT_BAD_INPUT if outcome.bad_target else EXIT_FAILED
    _print_report(outcome.report)
    print(_waiting_line(state.waiting(store)))
    _print_conflicts(store)
    return EXIT_FAILED if outcome.report.problems else EXIT_OK


def _password(job, interactive: bool) -> tuple[bool, str | None]:
    """Fill in the WebDAV password at a terminal: the keyring's, else asked. (whether it was
    looked for, the password typed): a typed one is kept once the sync works."""
    import getpass

    from kabar_desktop.services.syncing import saved_password
    from kabar_desktop.sync import is_url

    if not (is_url(job.where) and job.user and not job.password and interactive):
        return False, None
    job.password = saved_password(job.where, job.user) or ""
    if job.password:
        return True, None
    job.password = getpass.getpass(_("Password for {user}: ").format(user=job.user))
    return True, job.password


def _progress(done: int, total: int) -> None:
    end = "\n" if done == total else ""
    print(f"\r{done}/{total}", end=end, file=sys.stderr, flush=True)


def _print_report(report) -> None:
    if report.nothing_changed:
        print(_("Nothing changed since the last sync."))
    lines = (
        ngettext("{count} draft sent", "{count} drafts sent", report.sent),
        ngettext("{count} draft received", "{count} drafts received", report.received),
        ngettext(
            "{count} draft moved to the trash (deleted by another office)",
            "{count} drafts moved to the trash (deleted by another office)",
            report.removed,
        ),
        ngettext(
            "{count} conflict: both versions are kept",
            "{count} conflicts: both versions are kept",
            report.conflicts,
        ),
    )
    counts = (report.sent, report.received, report.removed, report.conflicts)
    for count, line in zip(counts, lines, strict=True):
        if count:
            print(line.format(count=count))
    for problem in report.problems:
        say_error(problem.message(_))


def _print_conflicts(store) -> None:
    from kabar_desktop.store import sync_state as state

    for copy_id, original in state.conflicts(store):
        print(
            _(
                "Draft {copy} is a conflict copy of draft {original}: "
                "kabar resolve {copy} --keep copy|original"
            ).format(copy=copy_id, original=original if original is not None else "?")
        )


def _with_store(action) -> int:
    from kabar_desktop.commands.store_cmds import open_store
    from kabar_desktop.store import StoreError

    try:
        store = open_store()
    except StoreError as exc:
        say_error(exc.message(_))
        return EXIT_FAILED
    try:
        return action(store)
    except StoreError as exc:
        say_error(exc.message(_))
        return EXIT_BAD_INPUT if exc.kind == "missing" else EXIT_FAILED
    finally:
        store.close()


def run_ready(args: argparse.Namespace) -> int:
    def action(store) -> int:
        from kabar_desktop.store import sync_state as state

        for draft_id in args.ids:
            store.set_status(draft_id, "draft" if args.undo else "ready")
        print(_waiting_line(state.waiting(store)))
        return EXIT_OK

    return _with_store(action)


def run_review(args: argparse.Namespace) -> int:
    def action(store) -> int:
        from kabar_desktop.store import sync_state as state

        state.set_review(store, args.id, REVIEW_CHOICES[args.status], args.remark, _office())
        print(_waiting_line(state.waiting(store)))
        return EXIT_OK

    return _with_store(action)


def run_resolve(args: argparse.Namespace) -> int:
    def action(store) -> int:
        from kabar_desktop.store import sync_state as state

        kept = state.resolve_conflict(store, args.id, args.keep)
        print(_("Draft {id} is kept; the conflict copy is in the trash.").format(id=kept))
        return EXIT_OK

    return _with_store(action)
