"""Sending drafts by email, for the window's Send by Email and ``kabar send``/``kabar outbox``.

Both faces build the message the same way (the office profile's name and logo), read the
password the same way (``KABAR_SMTP_PASSWORD``, else the keyring), queue it in the outbox and
run the outbox the same way; each only asks its user and tells what a run did.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from email.message import EmailMessage

    from kabar_desktop.mail.outbox import Outbox, SendReport
    from kabar_desktop.model.draft import Draft
    from kabar_desktop.settings import Settings, SmtpAccount

PASSWORD_VARIABLE = "KABAR_SMTP_PASSWORD"


def office_message(
    draft: Draft,
    settings: Settings,
    *,
    to: list[str],
    sender: str,
    include_html: bool = False,
    include_photos: bool = False,
) -> tuple[EmailMessage, str | None]:
    """The message for ``draft`` from the office (its name, its logo in the DOCX), and why the
    logo was left out if it could not be used; raises ``DraftError`` for a missing fact."""
    from kabar_desktop.mail.message import build_message
    from kabar_desktop.services.exporting import profile_options

    options, warning = profile_options("docx", settings)
    message = build_message(
        draft,
        to=to,
        sender=sender,
        office=settings.profile.office_name,
        include_html=include_html,
        include_photos=include_photos,
        logo=options.get("logo"),
    )
    return message, warning


def saved_password(account: SmtpAccount) -> str | None:
    """The account's password without asking: ``KABAR_SMTP_PASSWORD``, else the keyring
    (``None``: the user must be asked, or no user name is set and none is needed)."""
    from kabar_desktop import credentials

    user = account.user.strip()
    if not user:
        return None
    return os.environ.get(PASSWORD_VARIABLE) or credentials.get_password(account.service_key, user)


def queue_message(message: EmailMessage, draft_id: int | None) -> int:
    """Keep ``message`` in the outbox, due at once; its entry's number. Raises ``OutboxError``."""
    from kabar_desktop.mail.outbox import Outbox

    with Outbox() as outbox:
        return outbox.add(message, draft_id=draft_id)


@dataclass
class SendRun:
    """What one run of the outbox did, in plain values either face can tell."""

    report: SendReport | None = None  # None: nothing was tried (a password is needed)
    recipients: dict[int, list[str]] = field(default_factory=dict)  # of each message sent
    waiting: int = 0  # messages not sent yet (refused ones included)
    next_due: float | None = None  # when the next retry is due (None: nothing to retry)
    needs_password: bool = False

    @property
    def sent_to(self) -> list[str]:
        """Every address something was sent to, once each, in order."""
        out: list[str] = []
        for addresses in self.recipients.values():
            out += [a for a in addresses if a not in out]
        return out


def send_outbox(
    outbox: Outbox, account: SmtpAccount, password: str | None, *, force: bool = False
) -> SendRun:
    """Send what is due in ``outbox`` (``force``: everything not sent yet). A user name without
    a password sends nothing: the run says a password is needed. Raises ``OutboxError``."""
    run = SendRun()
    if account.user.strip() and not password:
        run.needs_password = True
    else:
        run.report = outbox.send_due(account, password, force=force)
        by_id = {e.id: e for e in outbox.entries()}
        run.recipients = {i: list(by_id[i].recipients) for i in run.report.sent if i in by_id}
    run.waiting = outbox.waiting_count()
    run.next_due = outbox.next_due()
    return run
