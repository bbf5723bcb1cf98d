"""Facts → the composed article: the one document every view and export reads.

The names load on first use (PEP 562): the checker reads ``compose.document`` and
``compose.inline`` alone, and importing the composer (its sentence templates, the lead, the
speakers) cost every ``kabar check`` of a text ~10 ms it never used (issue 13 #7).
"""

from importlib import import_module

TYPE_CHECKING = False  # typing costs a bare interpreter ~3 ms (cli.py)

_WHERE = {"Article": "document", "Block": "document", "Run": "document", "compose": "composer"}

if TYPE_CHECKING:
    from kabar_desktop.compose.composer import compose
    from kabar_desktop.compose.document import Article, Block, Run


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value


__all__ = ["Article", "Block", "Run", "compose"]
