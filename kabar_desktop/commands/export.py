"""``kabar export``: drafts → DOCX, HTML or text files, whole files or none at all."""

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

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


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


def profile_options(fmt: str, settings=None) -> tuple[dict, str | None]:
    """What the office profile adds to an export (its logo atop a DOCX), and why not if the
    logo cannot be used: the article is still written, without it."""
    if fmt != "docx":
        return {}, None
    if settings is None:
        from kabar_desktop.settings import load_settings

        settings = load_settings()
    logo_path = settings.profile.logo_path
    if not logo_path:
        return {}, None
    from kabar_desktop.export.docx import ImageError, image_kind

    try:
        logo = Path(logo_path).read_bytes()
        image_kind(logo)
    except (OSError, ImageError):
        why = _("The office logo {file} cannot be read; the DOCX is written without it.")
        return {}, why.format(file=logo_path)
    return {"logo": logo}, None


def draft_source(arg: str) -> int | Path:
    """What ``kabar export ARG`` means: a stored draft's number, or a draft file."""
    text = arg.strip()
    if text.isdigit() and not Path(arg).exists():
        return int(text)
    return Path(arg)


def _stem(source: Path | int) -> str:
    return f"draf-{source}" if isinstance(source, int) else source.stem


def _folder(source: Path | int) -> Path:
    return Path.cwd() if isinstance(source, int) else source.parent


def output_paths(drafts: list[Path | int], fmt: str, output: Path | None) -> list[Path]:
    """Where each draft's export goes: ``-o`` as a file for one draft, else as a folder."""
    if (
        output is not None
        and len(drafts) == 1
        and not (output.is_dir() or str(output)[-1] in "/\\")
    ):
        return [output]
    taken: set[Path] = set()
    out = []
    for draft in drafts:
        folder = output if output is not None else _folder(draft)
        target = folder / f"{_stem(draft)}.{fmt}"
        n = 2
        while target in taken:
            target = folder / f"{_stem(draft)}-{n}.{fmt}"
            n += 1
        taken.add(target)
        out.append(target)
    return out


def run_export(args: list[str], fmt: str, output: Path | None) -> int:
    """Export each ``ARG`` (a draft file, or the id of a stored draft)."""
    drafts = [draft_source(str(arg)) for arg in args]
    store_errors: tuple[type[Exception], ...] = ()  # the store is opened only for ids
    if any(isinstance(d, int) for d in drafts):
        from kabar_desktop.store.errors import StoreError

        store_errors = (StoreError,)
    targets = output_paths(drafts, fmt, output)
    if output is not None and len(drafts) > 1:
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
    for source, target in zip(drafts, targets, strict=True):
        try:
            article = compose(load_for_export(source))
            export_article(article, fmt, target, **options)
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
                _("cannot write {file}: {reason}").format(file=target, reason=exc.strerror or exc)
            )
            status = max(status, EXIT_FAILED)
            continue
        print(target)
    return status
