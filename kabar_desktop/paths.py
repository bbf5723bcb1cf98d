"""Where Kabar finds its bundled files and keeps its data.

Bundled files (resources/, templates/) are looked up in three layouts: an installed wheel
(copied into the package as ``_bundled/``), an installer bundle (setup.exe and the .deb put
the package in ``<root>/lib/`` and the files in ``<root>/``, where shortcuts and the desktop
entry find the icon) and a source checkout (beside the package). User data follows the
platform's conventions (platformdirs), unless ``KABAR_HOME`` moves all of it into one folder.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

APP_NAME = "Kabar"
_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def bundle_root() -> Path:
    """The folder that holds ``resources/`` and ``templates/``."""
    candidates = [_PACKAGE_DIR / "_bundled"]
    if _PACKAGE_DIR.parent.name == "lib":  # installer bundle (packaging/bundle.py)
        candidates.append(_PACKAGE_DIR.parent.parent)
    candidates.append(_PACKAGE_DIR.parent)
    for root in candidates:
        if (root / "resources").is_dir() and (root / "templates").is_dir():
            return root
    raise FileNotFoundError("Kabar's resources and templates folders are missing")


def resources_dir() -> Path:
    return bundle_root() / "resources"


def templates_dir() -> Path:
    return bundle_root() / "templates"


def locale_dir() -> Path:
    return resources_dir() / "locale"


def _home() -> Path | None:
    value = os.environ.get("KABAR_HOME")
    return Path(value).expanduser() if value else None


_ENV_OF_DIRS = ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME",
                "APPDATA", "LOCALAPPDATA", "USERPROFILE")


def _where_env() -> tuple[str | None, ...]:
    return tuple(os.environ.get(name) for name in _ENV_OF_DIRS)


@cache
def _platform_dir(kind: str, *_env: str | None) -> Path:
    """platformdirs' folder for ``kind``, asked once for each environment that decides it
    (the checker asks for the office words' folder dozens of times a check)."""
    import platformdirs

    return Path(getattr(platformdirs, f"user_{kind}_dir")(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Drafts, photos and the database."""
    home = _home()
    if home is not None:
        return home / "data"
    return _platform_dir("data", *_where_env())


def config_dir() -> Path:
    """Settings and the office profile."""
    home = _home()
    if home is not None:
        return home / "config"
    return _platform_dir("config", *_where_env())


def cache_dir() -> Path:
    """Things Kabar can rebuild at any time (compiled templates)."""
    home = _home()
    if home is not None:
        return home / "cache"
    return _platform_dir("cache", *_where_env())


def log_dir() -> Path:
    home = _home()
    if home is not None:
        return home / "logs"
    return _platform_dir("log", *_where_env())
