"""``kabar sync``, ``ready``, ``review``, ``remarks``, ``resolve``: sync from the command line.

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
    "needs_changes": "needs_changes",
    "published": "published",
}


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``sync``, ``ready``, ``review``, ``remarks`` and ``resolve`` to ``kabar`` (cli.py
    calls this)."""
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
    review.add_argument(
        "--verdict", "--status", dest="status", required=True, choices=tuple(REVIEW_CHOICES)
    )
    review.add_argument("--remark", default="", help=_("what the office should know"))
    review.add_argument(
        "--remark-at",
        nargs=2,
        action="append",
        default=[],
        metavar=(_("PATH"), _("TEXT")),
        help=_(
            "a remark on one field (speakers[0].statements[1], title, paragraphs[2]) or "
            "sentence (sentence:3); may be repeated"
        ),
    )
    review.add_argument("--url", default="", help=_("with published: where the article appeared"))
    review.add_argument(
        "--on", default="", metavar=_("DATE"), help=_("with published: the day (YYYY-MM-DD)")
    )
    review.set_defaults(sync_run=run_review)
    remarks = sub.add_parser(
        "remarks",
        help=_("list the regional office's remarks on a draft"),
        description=_(
            "List the regional office's remarks on a draft, open ones first; --done marks "
            "one as dealt with (this travels back with the next sync)."
        ),
    )
    remarks.add_argument("id", type=int, metavar=_("NUMBER"), help=_("the draft's number"))
    remarks.add_argument(
        "--done", metavar=_("REMARK"), help=_("mark this remark done (its first digits)")
    )
    remarks.add_argument("--reopen", metavar=_("REMARK"), help=_("mark this remark open again"))
    remarks.set_defaults(sync_run=run_remarks)
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
        return EXIT_BAD_INPUT if exc.kind in ("missing", "bad") else EXIT_FAILED
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
    """``kabar review``: the verdict, its remarks anchored to fields or sentences, the
    published link. Everything is checked before anything is written."""

    def action(store) -> int:
        import datetime as dt

        from kabar_desktop.store import remarks
        from kabar_desktop.store import sync_state as state

        verdict = REVIEW_CHOICES[args.status]
        if (args.url or args.on) and verdict != "published":
            say_error(_("--url and --on go with --verdict published"))
            return EXIT_BAD_INPUT
        if args.on and not args.url:
            say_error(_("--on is the day of the article at --url: give both"))
            return EXIT_BAD_INPUT
        draft = store.load(args.id)  # a missing draft: exit 2
        on_sentences = any(p.startswith(remarks.SENTENCE) for p, _t in args.remark_at)
        said = _sentences(draft) if on_sentences else []
        for path, text in args.remark_at:
            number = remarks.sentence_number(path)
            if number is not None and number > len(said):
                say_error(
                    ngettext(
                        "draft {id} has {count} sentence: {path} is past its end",
                        "draft {id} has {count} sentences: {path} is past their end",
                        len(said),
                    ).format(id=args.id, count=len(said), path=path)
                )
                return EXIT_BAD_INPUT
            if not remarks.anchor_in_draft(draft, path):
                say_error(
                    _(
                        "{path} is not a field of draft {id} nor a sentence (sentence:3); "
                        "kabar check {id} names the fields"
                    ).format(path=path, id=args.id)
                )
                return EXIT_BAD_INPUT
            if not text.strip():
                say_error(_("the remark on {path} is empty").format(path=path))
                return EXIT_BAD_INPUT
        url = state.checked_url(args.url) if args.url else ""
        on = state.checked_day(args.on) if args.on else dt.date.today().isoformat()
        office = _office()
        with store.db.transaction():  # all of it, or nothing
            state.set_review(store, args.id, verdict, args.remark, office)
            if url:
                state.set_published(store, args.id, url, on, office)
            for path, text in args.remark_at:
                remarks.add(store, args.id, path, text, _quote(draft, path, said), office)
        _print_verdict(store, args.id)
        print(_waiting_line(state.waiting(store)))
        return EXIT_OK

    return _with_store(action)


def _sentences(draft) -> list[str]:
    """The article's sentences as the desk and the UPT's window number them
    (``sentence:<n>``: the composed article with placeholders, from its first paragraph)."""
    from kabar_desktop.compose import compose
    from kabar_desktop.compose.anchors import sentences

    return sentences(compose(draft, placeholders=True))


def _quote(draft, anchor: str, said: list[str]) -> str:
    """The words a remark is about (what the writer had when it was made): the field's
    text, or the sentence's."""
    from kabar_desktop.model import field_path
    from kabar_desktop.store import remarks

    if anchor.startswith(remarks.SENTENCE):
        number = remarks.sentence_number(anchor)
        quote = said[number - 1] if number is not None and 0 < number <= len(said) else ""
        return quote[: remarks.MAX_QUOTE]
    value = field_path.resolve(draft, field_path.parse(anchor))
    text = getattr(value, "text", value)
    return text[: remarks.MAX_QUOTE] if isinstance(text, str) else ""


def verdict_line(row) -> str:
    """The verdict as ``kabar list`` and ``kabar review`` show it, with the published link."""
    from kabar_desktop.store import sync_state as state

    label = _(state.REVIEW_LABELS.get(row.review, row.review))
    if row.review == "published" and row.published_url:
        label = _("{verdict} {date}: {url}").format(
            verdict=label, date=row.published_on, url=row.published_url
        )
    return f"{label}: {row.remark}" if row.remark else label


def _print_verdict(store, draft_id: int) -> None:
    from kabar_desktop.store import remarks
    from kabar_desktop.store import sync_state as state

    row = state.for_draft(store, draft_id)
    if row is None:
        return
    print(_("Draft {id}: {verdict}").format(id=draft_id, verdict=verdict_line(row)))
    items = remarks.for_draft(store, draft_id)
    open_ = sum(1 for r in items if not r.done)
    if items:
        print(
            ngettext("{count} remark open", "{count} remarks open", open_).format(count=open_)
            + _(" (kabar remarks {id})").format(id=draft_id)
        )


def run_remarks(args: argparse.Namespace) -> int:
    """``kabar remarks``: the remarks on a draft, open ones first; ``--done`` marks one."""

    def action(store) -> int:
        from kabar_desktop.store import remarks
        from kabar_desktop.store import sync_state as state

        store.load(args.id)  # a missing draft: exit 2
        for rid, done in ((args.done, True), (args.reopen, False)):
            if rid:
                remarks.set_done(store, remarks.find(store, args.id, rid).rid, done)
        items = remarks.for_draft(store, args.id)
        if not items:
            print(_("Draft {id} has no remarks.").format(id=args.id))
            return EXIT_OK
        for r in sorted(items, key=lambda r: r.done):  # open first, each oldest first
            status = _("[done]") if r.done else _("[open]")
            where = (
                _("sentence {n} of the article").format(n=r.sentence)
                if r.sentence is not None
                else r.anchor
            )
            print(f"{r.rid[:8]}  {status}  {where}: {r.text}")
            if r.quote:
                print(f"          « {r.quote[:200]} »")
        if args.done or args.reopen:
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
