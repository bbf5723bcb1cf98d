"""``kabar send ID --to ADDRESS [--eml FILE]`` and ``kabar outbox``: drafts by email, no window.

``send`` builds the message (the DOCX attached); with ``--eml`` it writes a file for the user's
mail program and needs no account. Otherwise the message goes into the outbox and is sent at
once if the server can be reached; if not, it waits there (``kabar outbox --send`` tries again).

The password comes from ``KABAR_SMTP_PASSWORD``, else the keyring, else a prompt when a
terminal is attached. Exit code: 0 sent (or written), 1 not sent (kept in the outbox),
2 bad input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kabar_desktop.commands.messages import report, say_error
from kabar_desktop.i18n import _, ngettext
from kabar_desktop.model.problems import DraftError
from kabar_desktop.services.mailing import PASSWORD_VARIABLE

if TYPE_CHECKING:
    from kabar_desktop.store.errors import StoreError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``send`` and ``outbox`` to ``kabar``'s subcommands (cli.py calls this)."""
    send = sub.add_parser(
        "send",
        help=_("send a draft by email, the DOCX attached"),
        description=_(
            "Send a draft by email with the DOCX attached, through the outbox and the mail "
            "account set in Preferences, or write it as an .eml file for your mail program."
        ),
    )
    send.add_argument(
        "draft", metavar=_("DRAFT"), help=_("the number of a stored draft, or a draft file")
    )
    send.add_argument(
        "--to",
        action="append",
        default=[],
        metavar=_("ADDRESS"),
        help=_("the recipient's email address (repeat for more)"),
    )
    send.add_argument(
        "--eml",
        type=Path,
        metavar=_("FILE"),
        help=_("write the message to this .eml file instead of sending it"),
    )
    send.add_argument("--html", action="store_true", help=_("attach the HTML page too"))
    send.add_argument("--photos", action="store_true", help=_("attach the photos too"))
    outbox = sub.add_parser(
        "outbox",
        help=_("list the messages waiting to be sent, or send them now"),
        description=_("List the outbox, send what waits in it, or remove a message."),
    )
    outbox.add_argument(
        "--send", action="store_true", help=_("send every message not sent yet, now")
    )
    outbox.add_argument(
        "--remove", type=int, metavar=_("NUMBER"), help=_("remove a message from the outbox")
    )


def run(args: argparse.Namespace) -> int:
    if args.command == "send":
        return run_send(args.draft, args.to, args.eml, html=args.html, photos=args.photos)
    if args.remove is not None:
        return run_remove(args.remove)
    return run_outbox(send=args.send)


# -- kabar send --------------------------------------------------------------------------------


def run_send(
    draft_arg: str, to: list[str], eml: Path | None, *, html: bool = False, photos: bool = False
) -> int:
    from kabar_desktop.commands.export import draft_source, load_for_export
    from kabar_desktop.mail.message import parse_addresses, write_eml
    from kabar_desktop.services.mailing import office_message
    from kabar_desktop.settings import load_settings

    recipients, problems = parse_addresses(to)
    if problems and (to or eml is None):
        report("--to", problems)
        return EXIT_BAD_INPUT
    settings = load_settings()
    account = settings.smtp
    if eml is None:
        failure = _account_failure(account)
        if failure is not None:
            return failure
    source = draft_source(draft_arg)
    try:
        draft = load_for_export(source)
        message, warning = office_message(
            draft,
            settings,
            to=recipients,
            sender=account.from_address.strip(),
            include_html=html,
            include_photos=photos,
        )
        if warning:
            say_error(warning)
    except DraftError as exc:
        report(str(source), exc.problems)
        return EXIT_BAD_INPUT
    except _store_errors() as exc:
        say_error(f"{source}: {exc.message(_)}")
        return EXIT_BAD_INPUT if exc.kind == "missing" else EXIT_FAILED
    if eml is not None:
        try:
            write_eml(message, eml)
        except OSError as exc:
            say_error(
                _("cannot write {file}: {reason}").format(file=eml, reason=exc.strerror or exc)
            )
            return EXIT_FAILED
        print(eml)
        return EXIT_OK
    return _queue_and_send(account, message, source if isinstance(source, int) else None)


def _account_failure(account) -> int | None:
    from kabar_desktop.mail.smtp import account_problems

    if not account.is_set:
        say_error(
            _(
                "no mail account is set: set one in Preferences, or write an .eml file for your "
                "mail program with --eml FILE"
            )
        )
        return EXIT_BAD_INPUT
    problems = account_problems(account)
    if problems:
        report(_("mail account"), problems)
        return EXIT_BAD_INPUT
    return None


def _store_errors() -> tuple[type[StoreError], ...]:
    from kabar_desktop.store.errors import StoreError

    return (StoreError,)


def _queue_and_send(account, message, draft_id: int | None) -> int:
    from kabar_desktop.mail.outbox import Outbox, OutboxError
    from kabar_desktop.services.mailing import queue_message

    try:
        entry_id = queue_message(message, draft_id)
        password, prompted = smtp_password(account)
        with Outbox() as outbox:
            sent = _send(outbox, account, password, prompted, force=False)
    except OutboxError as exc:
        say_error(exc.message(_))
        return EXIT_FAILED
    return EXIT_OK if sent is not None and entry_id in sent else EXIT_FAILED


# -- kabar outbox ------------------------------------------------------------------------------


def run_outbox(*, send: bool = False) -> int:
    from kabar_desktop.mail.outbox import Outbox, OutboxError
    from kabar_desktop.settings import load_settings

    try:
        with Outbox() as outbox:
            if send and outbox.waiting_count():
                account = load_settings().smtp
                failure = _account_failure(account)
                if failure is not None:
                    return failure
                password, prompted = smtp_password(account)
                _send(outbox, account, password, prompted, force=True)
            _list(outbox)
            return EXIT_FAILED if send and outbox.waiting_count() else EXIT_OK
    except OutboxError as exc:
        say_error(exc.message(_))
        return EXIT_FAILED


def run_remove(entry_id: int) -> int:
    from kabar_desktop.mail.outbox import Outbox, OutboxError

    try:
        with Outbox() as outbox:
            if entry_id not in {e.id for e in outbox.entries()}:
                say_error(_("no message number {number} in the outbox").format(number=entry_id))
                return EXIT_BAD_INPUT
            if not outbox.remove(entry_id):
                say_error(
                    _("message {number} is being sent and cannot be removed now").format(
                        number=entry_id
                    )
                )
                return EXIT_FAILED
    except OutboxError as exc:
        say_error(exc.message(_))
        return EXIT_FAILED
    return EXIT_OK


def _when(seconds: float | None) -> str:
    return dt.datetime.fromtimestamp(seconds).strftime("%Y-%m-%d %H:%M") if seconds else ""


def _list(outbox) -> None:
    from kabar_desktop.mail.outbox import STATE_LABELS as labels

    entries = outbox.entries()
    if not entries:
        print(_("the outbox is empty"))
        return
    header = [_("No."), _("State"), _("Tries"), _("When"), _("To"), _("Subject")]
    rows = []
    for e in entries:
        when = e.sent_at if e.state == "sent" else e.next_attempt
        rows.append(
            [
                str(e.id),
                _(labels[e.state]),
                str(e.attempts),
                _when(when),
                ", ".join(e.recipients),
                e.subject,
            ]  # fmt: skip
        )
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header) - 1)]
    for r in [header, *rows]:
        cells = [cell.ljust(width) for cell, width in zip(r, widths, strict=False)]
        print("  ".join([*cells, r[-1]]).rstrip())
    for e in entries:
        if e.state != "sent" and e.problem is not None:
            print(f"{e.id}: {e.problem.message(_)}")
        if e.state != "sent" and e.uncertain:
            print(
                _("{number}: an earlier try may have reached the server already").format(
                    number=e.id
                )
            )
    count = outbox.waiting_count()
    if count:
        print(
            ngettext(
                "{count} message waiting to be sent", "{count} messages waiting to be sent", count
            ).format(count=count)
        )


# -- shared ------------------------------------------------------------------------------------


def smtp_password(account) -> tuple[str | None, bool]:
    """(password, asked): ``KABAR_SMTP_PASSWORD``, the keyring, or a prompt on a terminal."""
    from kabar_desktop.services.mailing import saved_password

    if not account.user.strip():
        return None, False
    saved = saved_password(account)
    if saved:
        return saved, False
    if sys.stdin.isatty():
        import getpass

        prompt = _("Password for {user} at {host}: ").format(
            user=account.user.strip(), host=account.host.strip()
        )
        try:
            return getpass.getpass(prompt), True
        except (EOFError, KeyboardInterrupt):
            print(file=sys.stderr)
    return None, False


def _send(outbox, account, password, prompted: bool, *, force: bool) -> list[int] | None:
    """One outbox run (``services.mailing``), told on the terminal; the ids sent (``None`` if
    another Kabar sends)."""
    from kabar_desktop import credentials
    from kabar_desktop.services.mailing import send_outbox

    run = send_outbox(outbox, account, password, force=force)
    if run.report is None:  # a user name and no password: nothing was tried
        say_error(
            _(
                "the password for {user} is needed: set {variable}, or run kabar in a terminal"
            ).format(user=account.user.strip(), variable=PASSWORD_VARIABLE)
        )
        _kept(run.waiting)
        return []
    result = run.report
    if result.busy:
        say_error(_("another Kabar is sending the outbox right now; try again in a moment"))
        return None
    for addresses in run.recipients.values():
        print(_("sent to {addresses}").format(addresses=", ".join(addresses)))
    for entry_id, problem in result.failed:
        say_error(f"{entry_id}: {problem.message(_)}")
    if result.stopped is not None:
        say_error(_("not sent yet: {reason}").format(reason=result.stopped.message(_)))
        _kept(run.waiting)
    elif (
        prompted
        and result.sent
        and credentials.set_password(account.service_key, account.user.strip(), password)
    ):
        print(_("the password is kept in this computer's keyring"))
    return result.sent


def _kept(count: int) -> None:
    if count:
        say_error(
            ngettext(
                "{count} message kept in the outbox: kabar outbox --send tries again",
                "{count} messages kept in the outbox: kabar outbox --send tries again",
                count,
            ).format(count=count)
        )
