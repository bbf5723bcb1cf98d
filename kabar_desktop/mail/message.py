"""A draft as a ready-to-send email: subject, a short note, the DOCX (and HTML, photos) attached.

The note is Indonesian whatever the interface language: like the article, it is written for the
regional office. The message is built once; the outbox keeps its bytes, so every retry sends the
same Message-ID. ``write_eml`` saves a copy marked ``X-Unsent: 1`` that Outlook opens as a new
message to send (Thunderbird opens it too; "Edit As New Message" makes it sendable).
"""

from __future__ import annotations

import copy
import datetime as dt
import io
import re
import unicodedata
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid
from pathlib import Path

from kabar_desktop import __version__
from kabar_desktop.atomic import write_bytes_atomic
from kabar_desktop.compose import Article, compose
from kabar_desktop.model.completeness import missing_facts
from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import N_, DraftError, Problem

# Each label: letters, digits, hyphens inside; a domain has at least two labels.
_LOCAL = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$")
_LABEL = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$")
MAX_NAME = 120  # file names: a whole headline; only a very long one loses its last words

NOTE = """Yth. Bapak/Ibu,

Bersama ini kami sampaikan berita "{title}"{date} untuk dapat dimuat.
Naskah berita terlampir dalam berkas {files}.
{captions}
Terima kasih.

Salam,
{office}
"""


def parse_addresses(text: str | list[str]) -> tuple[list[str], list[Problem]]:
    """Recipient addresses from ``a@x.go.id, b@y.go.id`` (or a list); each bad one is a problem.

    Only plain ASCII addresses are taken: every mail server accepts them, and a typing slip
    (a space, a comma for a dot, a missing domain) is caught here rather than bounced later.
    """
    parts = text if isinstance(text, list) else [text]
    items = [a.strip() for part in parts for a in re.split(r"[,;]", part) if a.strip()]
    good: list[str] = []
    problems: list[Problem] = []
    for item in items:
        address = item[1:-1].strip() if item.startswith("<") and item.endswith(">") else item
        if is_address(address):
            if address.lower() not in (g.lower() for g in good):
                good.append(address)
        else:
            problems.append(Problem("", N_("{address} is not an email address"), {"address": item}))
    if not items:
        problems.append(Problem("", N_("no recipient: give an email address")))
    return good, problems


def is_address(text: str) -> bool:
    """``name@office.go.id``: one ``@``, a plain local part, a domain of at least two labels."""
    if not text.isascii() or text.count("@") != 1 or len(text) > 254:
        return False
    local, domain = text.split("@")
    labels = domain.split(".")
    return (
        bool(_LOCAL.match(local))
        and not local.startswith(".")
        and not local.endswith(".")
        and ".." not in local
        and len(labels) >= 2
        and all(_LABEL.match(label) for label in labels)
    )


def file_stem(title: str) -> str:
    """``Rudenim-Kupang-Gelar-Pelatihan-…-Kehumasan``: the title as a name any mail program
    keeps intact; the ``.eml`` and every attachment are named from it."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    words = re.findall(r"[A-Za-z0-9]+", ascii_title)
    stem = ""
    for word in words:
        if len(stem) + len(word) + 1 > MAX_NAME:
            break
        stem = f"{stem}-{word}" if stem else word
    return stem or "berita"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _docx_bytes(article: Article, reference: Path | None, logo: bytes | None) -> bytes:
    from kabar_desktop.export.docx import write_docx

    out = io.BytesIO()
    write_docx(article, out, reference=reference, logo=logo)
    return out.getvalue()


def _note(draft: Draft, article: Article, office: str, html: bool, photos: list) -> str:
    from kabar_desktop.compose.indonesian import long_date

    files = "DOCX dan HTML" if html else "DOCX"
    if photos:
        files += f", beserta {len(photos)} foto"
    captions = "".join(
        f"\nFoto {n}: {_one_line(p.caption)}" for n, p in enumerate(photos, 1) if p.caption.strip()
    )
    return NOTE.format(
        title=_one_line(article.title),
        date=f" ({long_date(draft.date)})" if draft.date else "",
        files=files,
        captions=captions + ("\n" if captions else ""),
        office=_one_line(office) or _one_line(draft.organizer) or "Humas",
    )


def build_message(
    draft: Draft,
    *,
    to: list[str],
    sender: str = "",
    office: str = "",
    include_html: bool = False,
    include_photos: bool = False,
    reference: Path | None = None,
    logo: bytes | None = None,
    now: dt.datetime | None = None,
) -> EmailMessage:
    """The message for ``draft``; raises ``DraftError`` when the article lacks a fact.

    ``sender`` may be empty for an ``.eml``: the user's mail program then fills in its own
    account. The Message-ID is made here, once, from the sender's domain (no DNS lookup).
    """
    missing = missing_facts(draft)
    if missing:
        raise DraftError(missing)
    article = compose(draft)
    photos = [p for p in draft.photos if p.data] if include_photos else []
    stem = file_stem(article.title)
    message = EmailMessage(policy=SMTP)
    message["Subject"] = _one_line(article.title)
    if sender:
        message["From"] = sender
    if to:
        message["To"] = ", ".join(to)
    message["Date"] = format_datetime(now or dt.datetime.now().astimezone())
    domain = sender.rpartition("@")[2] if "@" in sender else "kabar.invalid"
    message["Message-ID"] = make_msgid(domain=domain)
    message["X-Mailer"] = f"Kabar {__version__}"
    message.set_content(_note(draft, article, office, include_html, photos))
    message.add_attachment(
        _docx_bytes(article, reference, logo),
        maintype="application",
        subtype="vnd.openxmlformats-officedocument.wordprocessingml.document",
        filename=f"{stem}.docx",
    )
    if include_html:
        from kabar_desktop.export.html import render_html

        message.add_attachment(
            render_html(article).encode("utf-8"),
            maintype="text",
            subtype="html",
            filename=f"{stem}.html",
        )
    for n, photo in enumerate(photos, 1):
        maintype, _, subtype = (photo.media_type or "image/jpeg").partition("/")
        suffix = ".png" if subtype == "png" else ".jpg"
        message.add_attachment(
            photo.data, maintype=maintype, subtype=subtype, filename=f"{stem}-foto-{n}{suffix}"
        )
    return message


def eml_name(message: EmailMessage) -> str:
    """The ``.eml``'s file name: its subject (the title), named like its attachments."""
    return f"{file_stem(str(message['Subject'] or ''))}.eml"


def eml_bytes(message: EmailMessage) -> bytes:
    """The message as a file for the user's mail program: marked unsent, so it opens to send."""
    draft = copy.deepcopy(message)
    del draft["X-Unsent"]
    draft["X-Unsent"] = "1"
    return draft.as_bytes()


def write_eml(message: EmailMessage, path: Path) -> None:
    """Write the unsent message to ``path`` whole or not at all (``OSError`` if it cannot)."""
    write_bytes_atomic(Path(path), eml_bytes(message))
