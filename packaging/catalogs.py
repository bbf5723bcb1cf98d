"""Keep the translation catalogs in step with the code (Babel at build time).

    python packaging/catalogs.py        extract the strings and merge them into every .po
    python packaging/catalogs.py check  list strings that lack an Indonesian translation

New strings arrive in ``resources/locale/<lang>/LC_MESSAGES/kabar.po`` with an empty
translation; the test suite fails until a translator fills them in.
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "resources" / "locale"
KEYWORDS = {"_": None, "N_": None, "ngettext": (1, 2)}


def extract() -> Catalog:
    """Every user-visible string in the package."""
    template = Catalog(project="Kabar", domain="kabar")
    method_map = [("kabar_desktop/**.py", "python")]
    for filename, lineno, message, comments, context in extract_from_dir(
        str(ROOT), method_map=method_map, keywords=KEYWORDS
    ):
        if filename.startswith("kabar_desktop"):
            template.add(
                message, None, [(filename, lineno)], auto_comments=comments, context=context
            )
    return template


def po_path(language: str) -> Path:
    return LOCALE / language / "LC_MESSAGES" / "kabar.po"


def update(language: str = "id") -> None:
    path = po_path(language)
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        with path.open("rb") as fh:
            catalog = read_po(fh, locale=language)
    else:
        catalog = Catalog(locale=language, project="Kabar", domain="kabar")
    catalog.update(extract(), no_fuzzy_matching=True)
    with path.open("wb") as out:
        write_po(
            out,
            catalog,
            omit_header=False,
            no_location=True,
            ignore_obsolete=True,
            width=100,
            sort_output=True,
        )


def untranslated(language: str = "id") -> list[str]:
    """Strings of the code with no translation (or only a fuzzy one) in ``language``."""
    with po_path(language).open("rb") as fh:
        catalog = read_po(fh, locale=language)
    missing = []
    for message in extract():
        if not message.id:
            continue
        found = catalog.get(message.id)
        strings = found.string if found else None
        ok = all(strings) if isinstance(strings, tuple | list) else bool(strings)
        if not found or not ok or found.fuzzy:
            missing.append(message.id if isinstance(message.id, str) else message.id[0])
    return missing


if __name__ == "__main__":
    if sys.argv[1:] == ["check"]:
        gaps = untranslated()
        print("\n".join(gaps) or "all strings translated")
        sys.exit(1 if gaps else 0)
    update()
