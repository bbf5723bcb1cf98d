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


def load_for_export(path: Path) -> Draft:
    """Read a draft and make sure it holds every fact the article needs."""
    draft = read_draft(path)
    missing = missing_facts(draft)
    if missing:
        raise DraftError(missing)
    return draft


def output_paths(drafts: list[Path], fmt: str, output: Path | None) -> list[Path]:
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
        folder = output if output is not None else draft.parent
        target = folder / f"{draft.stem}.{fmt}"
        n = 2
        while target in taken:
            target = folder / f"{draft.stem}-{n}.{fmt}"
            n += 1
        taken.add(target)
        out.append(target)
    return out


def run_export(drafts: list[Path], fmt: str, output: Path | None) -> int:
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
    status = EXIT_OK
    for source, target in zip(drafts, targets, strict=True):
        try:
            article = compose(load_for_export(source))
            export_article(article, fmt, target)
        except DraftError as exc:
            report(str(source), exc.problems)
            status = max(status, EXIT_BAD_INPUT)
            continue
        except OSError as exc:
            say_error(
                _("cannot write {file}: {reason}").format(file=target, reason=exc.strerror or exc)
            )
            status = max(status, EXIT_FAILED)
            continue
        print(target)
    return status
