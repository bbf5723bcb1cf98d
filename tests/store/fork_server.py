"""Starts the store tests' child processes by fork, their imports made once (issue 14).

Started as ``fork_server.py MODULE...`` (child scripts of this folder, imported at once). For
each line of JSON ``{"script", "args", "out", "err"}`` on stdin it forks a child that runs
``script.main()`` with ``sys.argv`` = the script and ``args``, its stdout going to the FIFO
``out`` and its stderr to the FIFO ``err`` (the reader opens ``err`` first); it prints the
child's pid, waits for it and prints its exit code (``-9`` after a SIGKILL). Each child opens
the store anew, as a restarted Kabar does: only the interpreter's start and the imports are
shared, which no kill or full disk can touch. POSIX only.
"""

from __future__ import annotations

import importlib
import json
import os
import sys
import traceback


def _child(order: dict) -> None:
    code = 1
    try:
        err = os.open(order["err"], os.O_WRONLY)  # FIFOs: each waits for its reader
        os.dup2(err, 2)
        sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115 - lives as long as the child
        out = os.open(order["out"], os.O_WRONLY)
        os.dup2(out, 1)
        sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115
        sys.argv = [order["script"] + ".py", *order["args"]]
        code = importlib.import_module(order["script"]).main() or 0
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else 1
    except BaseException:
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            stream.flush()
        os._exit(code)


def main() -> None:
    for name in sys.argv[1:]:
        importlib.import_module(name)
    for line in sys.stdin:
        order = json.loads(line)
        pid = os.fork()
        if pid == 0:
            _child(order)
        print(pid, flush=True)
        _, status = os.waitpid(pid, 0)
        print(os.waitstatus_to_exitcode(status), flush=True)


if __name__ == "__main__":
    main()
