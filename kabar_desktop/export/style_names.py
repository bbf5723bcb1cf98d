"""The names of Kabar's paragraph styles in a DOCX, and its language: all an export needs to
know of the styles (how they look, docx_styles.py, matters only when a reference is prepared)."""

from __future__ import annotations

LANGUAGE = "id-ID"

# Block kind → paragraph style name. A figure's caption takes the "figure" style; the picture
# itself stands in its own paragraph styled PICTURE_STYLE.
STYLE_NAMES: dict[str, str] = {
    "title": "Judul Berita",
    "lead": "Teras Berita",
    "body": "Isi Berita",
    "quote": "Kutipan",
    "credit": "Kredit",
    "figure": "Keterangan Foto",
}
PICTURE_STYLE = "Foto"
BODY_STYLE = STYLE_NAMES["body"]
