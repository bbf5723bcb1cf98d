"""``kabar.1``, the manual page, written from the command's own argument parser.

The Debian package carries it as ``/usr/share/man/man1/kabar.1.gz`` (packaging/deb.py), so
``man kabar`` lists the same commands and options as ``kabar -h``, never an older copy.
English, as manual pages in ``man1`` are; ``python3 packaging/manpage.py > kabar.1`` shows it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

DESCRIPTION = """\
Kabar composes a news article in the house style of Indonesian government field offices
from the facts of an event and what the speakers said, and writes it as DOCX, HTML and
WhatsApp text. Without arguments, \\fBkabar\\fR opens the editor window; given a
\\fI.kabar\\fR or \\fI.json\\fR draft, it opens that draft. The commands below work without a
display."""

ENVIRONMENT = (
    ("KABAR_HOME", "A folder for all of Kabar's data (drafts, settings, log) instead of the "
     "user's data and configuration folders."),
    ("KABAR_LANG", "The language of messages: id (Indonesian, the default) or en."),
    ("KABAR_SYNC_USER, KABAR_SYNC_PASSWORD", "The WebDAV account for sync when no one is at "
     "the keyboard; otherwise the password is kept in the system's keyring."),
    ("KABAR_SMTP_PASSWORD", "The mail server's password for send and outbox."),
)

EXIT_STATUS = (
    ("0", "Success."),
    ("1", "The command ran but failed (a server could not be reached, a check found errors)."),
    ("2", "Bad input: a message names each problem; no output file is written."),
)


def escape(text: str) -> str:
    """Text as roff shows it literally: backslashes, hyphens, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    lines = [("\\&" + line if line.startswith((".", "'")) else line) for line in text.split("\n")]
    return "\n".join(lines)


def _help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    formatter = argparse.HelpFormatter(parser.prog)
    return formatter._expand_help(action) if action.help else ""


def _option_label(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"\\fI{escape(action.metavar or action.dest)}\\fR"  # type: ignore[arg-type]
    names = ", ".join(f"\\fB{escape(name)}\\fR" for name in action.option_strings)
    if action.nargs == 0:
        return names
    if action.choices:
        value = "{" + ",".join(str(c) for c in action.choices) + "}"
    else:
        value = str(action.metavar or action.dest.upper())
    return f"{names} \\fI{escape(value)}\\fR"


def _arguments(parser: argparse.ArgumentParser) -> list[str]:
    lines = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction) or action.help == argparse.SUPPRESS:
            continue
        lines += [".TP", _option_label(action), escape(_help(parser, action))]
    return lines


def subcommands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def render(parser: argparse.ArgumentParser, version: str, date: str) -> str:
    """The manual page (roff) for ``parser``, dated ``date`` (YYYY-MM-DD)."""
    summary = (parser.description or "").removeprefix("Kabar: ").rstrip(".")
    out = [
        f'.TH KABAR 1 "{date}" "kabar {escape(version)}" "User Commands"',
        ".SH NAME",
        f"kabar \\- {escape(summary)}",
        ".SH SYNOPSIS",
        ".B kabar",
        "[\\fIDRAFT\\fR]",
        ".br",
        ".B kabar",
        "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
        ".SH DESCRIPTION",
        DESCRIPTION,
        ".SH OPTIONS",
        *_arguments(parser),
        ".SH COMMANDS",
    ]
    for name, sub in subcommands(parser).items():
        usage = " ".join(sub.format_usage().split()).split(" ", 1)[1]  # without "usage:"
        out += [f'.SS "{escape(name)}"', f"\\fB{escape(usage)}\\fR", ".PP"]
        out += [escape(sub.description or ""), *_arguments(sub)]
    out.append(".SH ENVIRONMENT")
    for variable, meaning in ENVIRONMENT:
        out += [".TP", f"\\fB{escape(variable)}\\fR", escape(meaning)]
    out.append(".SH EXIT STATUS")
    for code, meaning in EXIT_STATUS:
        out += [".TP", f"\\fB{code}\\fR", escape(meaning)]
    out += [".SH SEE ALSO", "The README and docs/ in Kabar's source."]
    return "\n".join(out) + "\n"


def kabar_parser() -> argparse.ArgumentParser:
    """Kabar's full parser, in English, from the checkout's sources."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from kabar_desktop import i18n
    from kabar_desktop.cli import build_parser

    i18n.set_language("en")
    return build_parser()  # every command, as `kabar -h` lists them


def manpage(version: str, epoch: int) -> str:
    return render(kabar_parser(), version, _date(epoch))


def _date(epoch: int) -> str:
    return time.strftime("%Y-%m-%d", time.gmtime(epoch))


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from wheels import source_date_epoch

    parser = kabar_parser()
    from kabar_desktop import __version__

    sys.stdout.write(render(parser, __version__, _date(source_date_epoch())))
