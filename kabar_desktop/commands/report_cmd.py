"""``kabar report``: the Kanwil's month as XLSX, PDF or CSV (docs/desk.md, issue 16).

Only a Kanwil reports (the office profile's role); the offices counted are the profile's list
of UPTs and any other office that sent in the month.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from kabar_desktop.commands.messages import say_error
from kabar_desktop.i18n import _, ngettext

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
FORMATS = ("xlsx", "pdf", "csv")  # as services/report.py, without importing it for the parser


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``report`` to ``kabar`` (cli.py calls this)."""
    report = sub.add_parser(
        "report",
        help=_("write the Kanwil's monthly report of articles per office"),
        description=_(
            "Write the month's report of the articles each office sent, and how many were "
            "accepted, sent back and published, per office and per day (Kanwil only)."
        ),
    )
    report.add_argument(
        "--month", required=True, metavar=_("YYYY-MM"), help=_("the month, such as 2026-11")
    )
    report.add_argument(
        "-f",
        "--format",
        choices=FORMATS,
        help=_("the format to write (default: from the output file's suffix)"),
    )
    report.add_argument(
        "-o", "--output", required=True, type=Path, metavar=_("FILE"), help=_("the file to write")
    )
    report.set_defaults(sync_run=run_report)  # cli.py runs a registered command's sync_run


def run_report(args: argparse.Namespace) -> int:
    from kabar_desktop.services.report import format_for, month_report, parse_month, write_report
    from kabar_desktop.settings import load_settings

    profile = load_settings().profile
    if not profile.is_kanwil:
        say_error(
            _(
                "The monthly report is made by a Kanwil, and this office's profile says it is "
                "a UPT. Set the role to Kanwil in Preferences ▸ Office profile."
            )
        )
        return EXIT_BAD_INPUT
    month = parse_month(args.month)
    if month is None:
        say_error(
            _("'{month}' is not a month: write it as year-month, such as 2026-11.").format(
                month=args.month
            )
        )
        return EXIT_BAD_INPUT
    output: Path = args.output
    fmt = args.format or format_for(output)
    if fmt is None:
        say_error(_("Which format? Give --format xlsx, pdf or csv, or a file name ending in one."))
        return EXIT_BAD_INPUT
    if not output.parent.is_dir():
        say_error(_("The folder {folder} does not exist.").format(folder=output.parent))
        return EXIT_BAD_INPUT
    from kabar_desktop.commands.store_cmds import open_store
    from kabar_desktop.store import StoreError

    kanwil = profile.kanwil_name.strip() or profile.office_name.strip()
    try:
        store = open_store()
        try:
            report = month_report(store, *month, profile.offices, kanwil, dt.date.today())
        finally:
            store.close()
    except StoreError as exc:
        say_error(exc.message(_))
        return EXIT_FAILED
    try:
        write_report(report, output, fmt)
    except OSError as exc:
        say_error(
            _("{file} could not be written: {reason}").format(
                file=output, reason=exc.strerror or exc
            )
        )
        return EXIT_FAILED
    total = report.total.sent
    print(
        ngettext(
            "{file}: {month}, {count} article from {offices} offices",
            "{file}: {month}, {count} articles from {offices} offices",
            total,
        ).format(file=output, month=report.month_name, count=total, offices=len(report.offices))
    )
    return EXIT_OK
