"""Starts the kill test's children by fork, its imports made once (issue 14: suite time).

Started as ``kill_zygote.py SAMPLE``; for each line ``OUT<TAB>ERR`` on stdin it forks a child
that writes its lines (kill_child.py's protocol) to the FIFO ``OUT`` and its errors to the
file ``ERR``, prints the child's pid, waits for it and prints its exit code (``-9`` after a
SIGKILL). Each child opens the store anew, as a restarted Kabar does: only the interpreter's
start and the imports, which no kill can damage, are shared. POSIX only.
"""

from __future__ import annotations

import os
import sys
import traceback

import kill_child


def _child(out_path: str, err_path: str) -> None:
    try:
        err = os.open(err_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.dup2(err, 2)
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115 - lives until the kill
        out = os.open(out_path, os.O_WRONLY)  # the FIFO: waits for the test to read
        os.dup2(out, 1)
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        kill_child.main()
    except BaseException:
        traceback.print_exc()
        sys.stderr.flush()
    finally:
        os._exit(1)


def main() -> None:
    for line in sys.stdin:
        out_path, err_path = line.rstrip("\n").split("\t")
        pid = os.fork()
        if pid == 0:
            _child(out_path, err_path)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":
    main()
