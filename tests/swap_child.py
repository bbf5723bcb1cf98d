"""Run ``kabar ARGS`` with one file swapped for a FIFO or a link to /dev/zero as it is opened.

``python tests/swap_child.py PATH fifo|zero ARGS…``: the first ``os.open`` of PATH finds a
regular file gone and a special file in its place, exactly the race between a check of the
name and its opening (issue 12). A reader that trusted an earlier look at the name would
wait for a writer, or read without end; the test running this child gives it a deadline.
"""

from __future__ import annotations

import builtins
import io
import os
import sys

_swapped = False


def _swap_first(real, target: str, kind: str):
    """``real`` (an open function), swapping ``target`` the first time it is opened."""

    def open_(path, *args, **kwargs):
        global _swapped
        named = isinstance(path, str | bytes | os.PathLike)
        if named and not _swapped and os.path.abspath(os.fsdecode(path)) == target:
            _swapped = True
            os.unlink(target)
            if kind == "fifo":
                os.mkfifo(target)
            else:
                os.symlink("/dev/zero", target)
        return real(path, *args, **kwargs)

    return open_


def main() -> int:
    target, kind, *args = sys.argv[1:]
    target = os.path.abspath(target)
    # Every way Python opens a file by name: os.open, and open()/io.open (pathlib, zipfile)
    os.open = _swap_first(os.open, target, kind)  # type: ignore[assignment]
    builtins.open = io.open = _swap_first(io.open, target, kind)  # type: ignore[assignment]
    from kabar_desktop.cli import main as kabar

    code = kabar(args)
    if os.path.exists(target) and not os.path.isfile(target):
        print("SWAPPED", file=sys.stderr)  # proof the race really happened
    return code


if __name__ == "__main__":
    sys.exit(main())
