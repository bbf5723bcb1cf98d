"""Qt's enum properties set by their names, for what the window's first frame needs.

PySide6 makes the Python classes of *all* of ``Qt``'s enums (93 of them, ``Qt.Key`` alone
~500 members) the first time any one is used: ~15 ms, a sixth of what the window may take to
appear. The first frame sets its few (toolbar style, label alignment, focus policies, text
selection, dock areas) through Qt's meta-object system, which takes the enum keys as text;
code that runs after the first paint uses ``Qt`` as usual.

Some calls make them too, when one of their overloads takes a ``Qt`` enum and PySide6 tries
it: ``QSplitter(parent)`` (not ``QSplitter(parent=parent)``), ``QAction.setShortcut`` (not
``setShortcuts([...])``). A class's own enums are made when the class is first used, so the
menus set their shortcuts as text (``set_shortcut``): QKeySequence's three enums (~1 ms) wait.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_keys(obj: QObject, name: str, keys: str) -> None:
    """Set Qt property ``name`` of ``obj`` to the enum ``keys`` ("AlignLeft|AlignTop").

    A property or key Qt does not know is an error, not a silent no-op.
    """
    if not obj.setProperty(name, keys):
        raise ValueError(f"Qt refused {type(obj).__name__}.{name} = {keys!r}")


def set_shortcut(action: QObject, keys: str) -> None:
    """Set the ``shortcut`` property of a ``QAction`` from its text ("Ctrl+Shift+S")."""
    set_keys(action, "shortcut", keys)
