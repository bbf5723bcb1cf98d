"""Try the built installers as a user would: ``python packaging/check_installers.py [all]``.

``windows`` or ``deb`` instead of ``all`` tries one of them.

Windows (under Wine, in a fresh prefix in build/installers/, as user ``Dewi Ayu Śekar``):
install ``setup.exe`` silently, check the Start-menu and desktop shortcuts, the ``.kabar``
association, the entry among installed apps and ``bin`` on the user's PATH; start Kabar from
the Start-menu command, from the association and from ``kabar`` in a command prompt on a draft
in ``Documents\\Berita Śekar`` (each in smoke mode: open, export DOCX, quit 0); run
``kabar --version`` and an export with its output redirected; install again interactively and
let the finish page start Kabar; hide Qt6Gui.dll (a message box, the reason in kabar.log); try
an upgrade while Kabar runs (refused until it is closed); uninstall and check that only the
user's data is left; build setup.exe a second time and compare (check_windows.py).

Debian: ``apt-get install ./kabar_….deb``, ``kabar --version``, smoke exports
from the command and from the desktop entry, ``apt-get remove``, the user's data still there.

Wine 8 lacks Windows' own ``icuuc.dll``, which Qt6Core >= 6.10 imports: a stand-in built here
with mingw-w64 (packaging/wine/icuuc.c) goes into the test prefix only, never the installer.
(A trial with another Qt also needed ``mscms.dll`` colour-profile functions; Qt 6.11 under
Xvfb does not, so no stand-in is made for it.) Python under Wine only starts with its standard
streams on pipes, and Wine does not pass ``QT_*`` variables on (smoke mode takes them from
``KABAR_SMOKE_QT``).

Needs: wine64, xvfb, xdotool, gcc-mingw-w64-x86-64, locales (Debian packages), root for apt-get.
Prints the figures (sizes, install time, start-to-window times) and exits 0 when everything
passed.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from check_common import WORK, CheckFailed, Display  # noqa: E402
from check_deb import check_deb  # noqa: E402
from check_windows import check_windows  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install, run and remove the built installers.")
    parser.add_argument("what", nargs="?", default="all", choices=("all", "windows", "deb"))
    args = parser.parse_args(argv)
    WORK.mkdir(parents=True, exist_ok=True)
    figures: dict = {}
    try:
        with Display() as display:
            if args.what in ("all", "deb"):
                figures |= check_deb(display)
            if args.what in ("all", "windows"):
                figures |= check_windows(display)
    except CheckFailed as failure:
        print(f"FAILED: {failure}")
        return 1
    print("\nFigures:")
    for name, value in figures.items():
        print(f"  {name}: {value}")
    (WORK / "figures.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
