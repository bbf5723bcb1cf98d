"""A Kabar that sends its outbox, for the tests to kill mid-send: ``send_child.py JSON``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from kabar_desktop.mail.outbox import Outbox
from kabar_desktop.settings import SmtpAccount

if __name__ == "__main__":
    spec = json.loads(sys.argv[1])
    with Outbox(Path(spec["outbox"])) as outbox:
        report = outbox.send_due(SmtpAccount(**spec["account"]), spec["password"], timeout=30)
    print(json.dumps({"sent": report.sent, "busy": report.busy}), flush=True)
