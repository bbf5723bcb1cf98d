"""PySide6's look at every module imported after it, made cheap for the start-up.

Once PySide6 is loaded, each ``import`` of a module it has not yet looked at (``os``,
``json``, each of Kabar's) makes it ask whether that module uses PySide6, for its
``__feature__`` switches: it reads the module's source with ``inspect.getsource``, which
looks the module up among all loaded modules and decodes the file line by line (~0.2 ms a
module, ~50 modules before the first frame: 8–10 ms, a twentieth of a bare PySide6 window).
``lighten`` answers the same question, "does the source name PySide6?", from the file's bytes.
Modules without a plain ``.py`` file get PySide6's own answer; a PySide6 without this hook
(a later version) is left as it is.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

MARK = b"PySide6"


def _source_names_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """PySide6's test, ``"PySide6" in inspect.getsource(module)``, on the file's bytes."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return fallback(module)
    try:
        with open(path, "rb") as source:
            return MARK in source.read()
    except OSError:
        return fallback(module)


def lighten() -> bool:
    """Swap PySide6's per-import source check for the cheap one; False if there is none."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, "kabar_light", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        return _source_names_pyside(module, original)

    uses_pyside.kabar_light = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private name
    return True
