"""The house-style checker: the rules of shared/house-style.md over an article's text.

    check_text(text)               a plain article → findings
    check_article(article, draft)  a composed article → findings on the writer's words only
    apply_fix(text, finding)       the one-click fix
    Ignores                        what the writer chose to ignore in one draft
    RULES                          every rule: id, severity, title
    ERROR, WARNING, NOTE           the severities, loudest first (finding.py says what a note is)
    add_office_word(word)          the office's own words, never flagged again

No Qt here; the editor calls these from its own thread or timer.
"""

from importlib import import_module

TYPE_CHECKING = False  # typing costs every ``kabar check`` ~3 ms (cli.py)

# The rules and the word lists take ~100 ms to load: the window imports this package at
# start-up, so each name is loaded from its module only when first used.
_WHERE = {
    "article_plain_text": "article_text",
    "apply_fix": "checker",
    "check_article": "checker",
    "check_text": "checker",
    "field_text": "checker",
    "raw_span": "checker",
    "ERROR": "finding",
    "WARNING": "finding",
    "NOTE": "finding",
    "Finding": "finding",
    "Ignores": "finding",
    "RULES": "rules",
    "Rule": "rules",
    "add_office_word": "office_words",
    "preload": "spelling",
    "speller": "spelling",
}

if TYPE_CHECKING:
    from kabar_desktop.check.article_text import article_plain_text
    from kabar_desktop.check.checker import (
        apply_fix,
        check_article,
        check_text,
        field_text,
        raw_span,
    )
    from kabar_desktop.check.finding import ERROR, NOTE, WARNING, Finding, Ignores
    from kabar_desktop.check.office_words import add_office_word
    from kabar_desktop.check.rules import RULES, Rule
    from kabar_desktop.check.spelling import preload, speller


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


__all__ = [
    "ERROR",
    "NOTE",
    "RULES",
    "WARNING",
    "Finding",
    "Ignores",
    "Rule",
    "add_office_word",
    "apply_fix",
    "article_plain_text",
    "check_article",
    "check_text",
    "field_text",
    "preload",
    "raw_span",
    "speller",
]
