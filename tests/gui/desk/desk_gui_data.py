"""Drafts as they stand at a Kanwil after sync: real drafts in the store, their sync rows
written with SQL as schema version 5 holds them (the engine fills them in real use)."""

from __future__ import annotations

import datetime as dt
import uuid as uuidlib

from kabar_desktop.model.draft import Draft, Paragraph, Speaker, Statement
from kabar_desktop.store import DraftStore


def at(day: dt.date, hour: int = 9, minute: int = 0) -> float:
    """Epoch seconds of a local time (the Kanwil's clock)."""
    return dt.datetime.combine(day, dt.time(hour, minute)).timestamp()


def article(title: str, office: str, city: str, day: dt.date) -> Draft:
    """A small but whole article: facts, a speaker with a quote, a paragraph."""
    return Draft(
        title=title,
        dateline=city,
        date=day,
        organizer=office,
        event=title.lower(),
        venue=f"aula {office}",
        participants="seluruh pegawai",
        speakers=[
            Speaker(
                name="Dian Pratama",
                position=f"Kepala {office}",
                statements=[
                    Statement(kind="quote", text="Kegiatan ini kita laksanakan setiap bulan."),
                ],
            )
        ],
        paragraphs=[Paragraph(text="Kegiatan berjalan dengan tertib dan lancar.")],
        credit="humas/dp",
    )


def received(
    store: DraftStore,
    origin: str,
    sent: float,
    review: str = "",
    title: str = "Penyuluhan Hukum bagi Warga Binaan",
    city: str = "Kupang",
    published_url: str = "",
    published_on: str = "",
) -> int:
    """A draft ``origin`` sent at ``sent`` and this office received ten minutes later."""
    day = dt.datetime.fromtimestamp(sent).date()
    draft_id = store.create(article(title, origin, city, day), kind="sync")
    store.set_status(draft_id, "sent")
    with store.db.transaction() as c:
        c.execute(
            "INSERT INTO sync_drafts (uuid, draft_id, origin, review, sent, arrived, rev, gen, "
            "head, digest, published_url, published_on) "
            "SELECT ?, ?, ?, ?, ?, ?, ?, 1, d.head, 'x', ?, ? FROM drafts d WHERE d.id = ?",
            (
                uuidlib.uuid4().hex,
                draft_id,
                origin,
                review,
                sent,
                sent + 600,
                uuidlib.uuid4().hex[:24],
                published_url,
                published_on,
                draft_id,
            ),
        )
    return draft_id
