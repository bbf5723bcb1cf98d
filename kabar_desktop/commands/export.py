"""``kabar export``: drafts → DOCX, HTML or text files, whole files or none at all.

Files are named by the one rule of ``services.exporting`` (the window's batch export names
them the same way); only ``-o FILE`` for one draft is written under the user's own name.
"""

from __future__ import annotations

from pathlib import Path

from kabar_desktop.commands.messages import report, say_error
from kabar_desktop.compose import compose
from kabar_desktop.export import export_article
from kabar_desktop.i18n import _
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.problems import DraftError
from kabar_desktop.services.exporting import export_name, free_name, profile_options

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)
if TYPE_CHECKING:
    from kabar_desktop.store.errors import StoreError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def preload(fmt: str) -> None:
    """Import now what exporting as ``fmt`` will use (the composer, the format's writer, for a
    DOCX the office profile), so that the caller's ``pattern_cache.cached_patterns`` gives
    them their compiled patterns and dataclass methods from the cache folder (issue 15 #8)."""
    import kabar_desktop.compose.composer  # noqa: F401

    if fmt == "docx":
        import kabar_desktop.export.docx  # noqa: F401
        import kabar_desktop.settings  # noqa: F401
    elif fmt == "html":
        import kabar_desktop.export.html  # noqa: F401
    else:
        import kabar_desktop.export.text  # noqa: F401


def load_for_export(source: Path | int) -> Draft:
    """Read a draft (a file, or a stored draft's id) holding every fact the article needs."""
    if isinstance(source, int):
        from kabar_desktop.commands.store_cmds import load_draft_by_id

        draft = load_draft_by_id(source)
    else:
        draft = read_draft(source)
    missing = missing_facts(draft)
    if missing:
        raise DraftError(missing)
    return draft


def draft_source(arg: str) -> int | Path:
    """What ``kabar export ARG`` means: a stored draft's number, or a draft file."""
    text = arg.strip()
    if text.isdigit() and not Path(arg).exists():
        return int(text)
    return Path(arg)


def _folder(source: Path | int, output: Path | None) -> Path:
    """Where Kabar puts an export it names: ``-o`` as a folder, else beside the draft file (a
    stored draft: the current folder)."""
    if output is not None:
        return output
    return Path.cwd() if isinstance(source, int) else source.parent


def _to_file(drafts: list[Path | int], output: Path | None) -> bool:
    """Whether ``-o`` names the file itself: one draft, and no folder named."""
    return (
        output is not None
        and len(drafts) == 1
        and not (output.is_dir() or str(output)[-1] in "/\\")
    )


def run_export(args: list[str], fmt: str, output: Path | None) -> int:
    """Export each ``ARG`` (a draft file, or the id of a stored draft)."""
    drafts = [draft_source(str(arg)) for arg in args]
    store_errors: tuple[type[StoreError], ...] = ()  # the store is opened only for ids
    if any(isinstance(d, int) for d in drafts):
        from kabar_desktop.store.errors import StoreError

        store_errors = (StoreError,)
    to_file = _to_file(drafts, output)
    if output is not None and not to_file:
        try:
            output.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            say_error(
                _("cannot make the folder {folder}: {reason}").format(
                    folder=output, reason=exc.strerror or exc
                )
            )
            return EXIT_FAILED
    options, warning = profile_options(fmt)
    if warning:
        say_error(warning)
    status = EXIT_OK
    taken: set[Path] = set()  # the names of this batch: two drafts never share one
    for source in drafts:
        target: Path | None = None
        try:
            draft = load_for_export(source)
            if to_file and output is not None:
                target = output  # the user's own name: written as asked
            else:
                folder = _folder(source, output)
                target = free_name(folder, export_name(source, draft), fmt, taken)
            export_article(compose(draft), fmt, target, **options)
        except DraftError as exc:
            report(str(source), exc.problems)
            status = max(status, EXIT_BAD_INPUT)
            continue
        except store_errors as exc:
            say_error(f"{source}: {exc.message(_)}")
            status = max(status, EXIT_BAD_INPUT if exc.kind == "missing" else EXIT_FAILED)
            continue
        except OSError as exc:
            say_error(
                _("cannot write {file}: {reason}").format(
                    file=target or source, reason=exc.strerror or exc
                )
            )
            status = max(status, EXIT_FAILED)
            continue
        print(target)
    return status
