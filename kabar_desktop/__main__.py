"""`python -m kabar_desktop` runs the `kabar` command.

On Windows the standard streams are made safe first (issue 15 #2, #3): ``pythonw.exe`` (the
Start menu, a double-clicked draft, the installer's finish page) has none at all, and output
redirected to a file or pipe would be in the ANSI code page, where a path such as
``Berita Śekar`` cannot be written; Kabar writes UTF-8 whatever the console.
"""

import io
import os
import sys

if sys.platform == "win32":
    for _name in ("stdout", "stderr"):
        _stream = getattr(sys, _name)
        if _stream is None:
            setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
        elif isinstance(_stream, io.TextIOWrapper):
            _stream.reconfigure(encoding="utf-8", errors="backslashreplace")

from kabar_desktop.cli import main  # noqa: E402

sys.exit(main())
