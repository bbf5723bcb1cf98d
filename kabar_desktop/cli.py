"""The ``kabar`` command: no arguments opens the window; subcommands work without a display.

Start-up is kept lean (issue 15 #8): ``kabar --version`` imports nothing but this module;
a subcommand builds the parser of that command alone (``kabar -h`` or an unknown command
builds them all), so ``kabar export`` never imports the checker's or the mail's command
modules; each command imports only what it needs, and Qt only when the window opens.
tests/test_cli_imports.py pins what each command imports.
"""

from __future__ import annotations

import sys

from kabar_desktop import __version__

TYPE_CHECKING = False  # typing itself costs a bare interpreter (the .deb's -IS launcher) ~3 ms
if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable, Sequence

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
DRAFT_SUFFIXES = (".kabar", ".json")
# The subcommands defined in other modules, by name → the module whose register() adds them.
_REGISTERED_ELSEWHERE = {
    "check": "check_cmd",
    "send": "mail_cmd",
    "outbox": "mail_cmd",
    "sync": "sync_cmd",
    "ready": "sync_cmd",
    "review": "sync_cmd",
    "resolve": "sync_cmd",
    "remarks": "sync_cmd",
    "report": "report_cmd",
}


def N_(message: str) -> str:  # noqa: N802 - gettext's marker
    return message


# argparse's own words, marked here so that pybabel extracts them into Kabar's catalog.
_ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("the following arguments are required: %s"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("expected one argument"),
    N_("expected at least one argument"),
)


def _localise_argparse() -> None:
    """argparse's own words ("usage:", "options") go through Kabar's catalog too."""
    import argparse

    from kabar_desktop.i18n import _, ngettext

    argparse._ = _  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]


def _parser_class() -> type[argparse.ArgumentParser]:
    """argparse's parser, its help as wide as the terminal without importing shutil (with
    bz2 and lzma, ~3 ms of ``kabar check``) for ``shutil.get_terminal_size``."""
    import argparse
    import os

    def columns() -> int:  # shutil.get_terminal_size().columns, less argparse's margin
        try:
            found = int(os.environ["COLUMNS"])
        except (KeyError, ValueError):
            found = 0
        if found <= 0:
            try:
                found = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
            except (AttributeError, ValueError, OSError):
                found = 0
        return (found or 80) - 2

    class Formatter(argparse.HelpFormatter):
        def __init__(self, prog: str, indent_increment=2, max_help_position=24, width=None):
            super().__init__(prog, indent_increment, max_help_position, width or columns())

    class Parser(argparse.ArgumentParser):  # its subcommands' parsers are Parsers too
        def __init__(self, *args, **kwargs) -> None:
            kwargs.setdefault("formatter_class", Formatter)
            super().__init__(*args, **kwargs)

    return Parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``kabar`` parser; given a ``command``, with that command's parser alone (``None``:
    every command, as ``kabar -h`` lists them)."""
    from importlib import import_module

    from kabar_desktop.i18n import _

    _localise_argparse()
    parser = _parser_class()(
        prog="kabar",
        description=_("Kabar: house-style news articles for Humas offices."),
    )
    parser.add_argument(
        "--version", action="version", version=f"kabar {__version__}", help=_("show the version")
    )
    sub = parser.add_subparsers(dest="command", metavar=_("COMMAND"))
    for name, add in _BUILT_HERE.items():
        if command is None or command == name:
            add(sub)
    for module in dict.fromkeys(_REGISTERED_ELSEWHERE.values()):  # check, send … in order
        if command is None or _REGISTERED_ELSEWHERE.get(command) == module:
            import_module(f"kabar_desktop.commands.{module}").register(sub)
    return parser


def _add_export(sub: argparse._SubParsersAction) -> None:
    from pathlib import Path

    from kabar_desktop.i18n import _

    export = sub.add_parser(
        "export",
        help=_("write drafts as DOCX, HTML or WhatsApp text"),
        description=_("Write one or more drafts as DOCX, HTML or WhatsApp text."),
    )
    export.add_argument(
        "drafts",
        nargs="+",
        metavar=_("DRAFT"),
        help=_("a .kabar or .json draft, or the number of a stored draft"),
    )
    export.add_argument(
        "-f",
        "--format",
        required=True,
        choices=("docx", "html", "txt"),
        help=_("the format to write"),
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        metavar=_("OUT"),
        help=_("the file to write, or a folder for several drafts (default: beside each draft)"),
    )


def _add_import(sub: argparse._SubParsersAction) -> None:
    from pathlib import Path

    from kabar_desktop.i18n import _

    imp = sub.add_parser(
        "import",
        help=_("add draft files to Kabar's drafts"),
        description=_("Add draft files to Kabar's drafts; prints their numbers."),
    )
    imp.add_argument(
        "files", nargs="+", type=Path, metavar=_("FILE"), help=_("a .kabar or .json draft")
    )


def _add_list(sub: argparse._SubParsersAction) -> None:
    from kabar_desktop.i18n import _

    listing = sub.add_parser(
        "list",
        help=_("list Kabar's drafts"),
        description=_("List Kabar's drafts, the latest change first."),
    )
    listing.add_argument("--trash", action="store_true", help=_("list the trash instead"))


def _add_history(sub: argparse._SubParsersAction) -> None:
    from kabar_desktop.i18n import _

    history = sub.add_parser(
        "history",
        help=_("list the kept versions of a draft"),
        description=_("List the kept versions of a stored draft."),
    )
    history.add_argument("id", type=int, metavar=_("NUMBER"), help=_("the draft's number"))


# The subcommands defined here, in the order ``kabar -h`` lists them.
_BUILT_HERE = {
    "export": _add_export,
    "import": _add_import,
    "list": _add_list,
    "history": _add_history,
}


def _safe_streams() -> None:
    """On Windows, streams that can print any path (issue 15 #2, #3).

    ``pythonw.exe`` (the Start menu, a double-clicked draft, the installer's finish page) has
    no standard streams at all, and output redirected to a file or pipe would be in the ANSI
    code page, where a path such as ``Berita Śekar`` cannot be written: Kabar writes UTF-8
    whatever the console. Here, not in ``__main__``, because pip's ``kabar.exe`` calls main.
    """
    if sys.platform != "win32":
        return
    import io  # noqa: PLC0415 - Windows only
    import os  # noqa: PLC0415

    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kabar ARGV``; without ``argv``, the program itself (its command line is read from
    ``sys.argv``, and ``kabar export`` may end the process when done: ``_end_now``)."""
    _safe_streams()
    program = argv is None
    argv = list(sys.argv[1:] if argv is None else argv)
    if program and argv[:1] == ["export"]:
        _fewer_collections()
        _inspect_when_used()
    if not argv or argv[0].lower().endswith(DRAFT_SUFFIXES):
        return _open_window(argv)  # `kabar` or `kabar berita.kabar` (a double-clicked file)
    if argv[0] == "--version":  # argparse would print the same, after ~20 ms of imports
        print(f"kabar {__version__}")
        return EXIT_OK
    from kabar_desktop.pattern_cache import cached_patterns

    with cached_patterns():  # argparse's, gettext's and the command modules' patterns
        parser = build_parser(_named_command(argv[0]))
        args = parser.parse_args(argv)
        run = _command(args)
    if run is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        status = run(args)
        sys.stdout.flush()
    except BrokenPipeError:
        return _reader_gone()
    if program and args.command == "export":
        _end_now(status)
    return status


def _reader_gone() -> int:
    """The program reading Kabar's output stopped early (``kabar list | head -1``): that is no
    error of the user's, so no traceback; what was not printed is dropped (the recipe of
    Python's signal module documentation), and the status says the output was cut short."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_FAILED


def _inspect_when_used() -> None:
    """``dataclasses`` imports ``inspect`` (and with it ``ast``, ``dis``, ``tokenize``: ~6 ms
    of a ~60 ms export) for a signature it writes only into classes without a docstring, and
    Kabar's all have one. So ``dataclasses`` is imported beside a stand-in that loads the real
    ``inspect`` the first time anything is read from it; every later ``import inspect`` gets
    the real module."""
    if "dataclasses" in sys.modules or "inspect" in sys.modules:
        return
    import types

    def real(name: str) -> object:
        import importlib

        return getattr(importlib.import_module("inspect"), name)

    stand_in = types.ModuleType("inspect")
    stand_in.__getattr__ = real  # type: ignore[method-assign]  # PEP 562: a module's __getattr__
    sys.modules["inspect"] = stand_in
    try:
        import dataclasses  # noqa: F401  # keeps the stand-in as its ``inspect``
    finally:
        del sys.modules["inspect"]


def _fewer_collections() -> None:
    """Python's cyclic garbage collector runs every 700 new objects: ~30 times in one ``kabar
    export``, going through the loaded modules' objects each time (~3 ms of ~80). Reference
    counting still frees an article's objects at once; the collector runs every 200,000 new
    ones, as mypy sets it for its own runs, so a batch of drafts stays bounded."""
    import gc

    gc.set_threshold(200_000, 30, 30)


def _end_now(status: int) -> None:
    """End the process at once with ``status``: an export's files are written whole and closed
    (atomic.py), and the interpreter's orderly exit, tearing down the ~110 modules it loaded,
    would add ~10 ms to a ~80 ms ``kabar export`` (issue 15 #8). Python exits as usual when
    anything may still need it: a profiler or tracer (cProfile, coverage), an exit handler,
    another thread, or output that cannot be flushed."""
    import atexit
    import os

    if sys.getprofile() or sys.gettrace() or getattr(atexit, "_ncallbacks", lambda: 1)():
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except (OSError, ValueError):
        return  # a closed pipe: Python's own exit says so
    os._exit(status)


def _command(args: argparse.Namespace) -> Callable[[argparse.Namespace], int] | None:
    """What runs the command ``args`` names, its module imported."""
    if args.command == "export":
        from kabar_desktop.commands.export import preload, run_export

        preload(args.format)  # in cached_patterns: the modules' patterns and methods are kept

        return lambda a: run_export(a.drafts, a.format, a.output)
    if args.command in ("import", "list", "history"):
        from kabar_desktop.commands import store_cmds

        if args.command == "import":
            return lambda a: store_cmds.run_import(a.files)
        if args.command == "list":
            return lambda a: store_cmds.run_list(trashed=a.trash)
        return lambda a: store_cmds.run_history(a.id)
    if args.command == "check":
        from kabar_desktop.commands.check_cmd import run_check

        return lambda a: run_check(a.file, a.format)
    if args.command in ("send", "outbox"):
        from kabar_desktop.commands.mail_cmd import run as run_mail

        return run_mail
    # sync, ready, review, resolve (commands/sync_cmd.py), report (commands/report_cmd.py)
    return getattr(args, "sync_run", None)


def _named_command(first: str) -> str | None:
    """The command ``first`` names; ``None`` (every command's parser) for an option such as
    ``-h``, or for a word that names no command (argparse then lists every choice)."""
    if first in _REGISTERED_ELSEWHERE or first in _BUILT_HERE:
        return first
    return None


def _open_window(argv: list[str]) -> int:
    from kabar_desktop.app import run

    return run(argv)
