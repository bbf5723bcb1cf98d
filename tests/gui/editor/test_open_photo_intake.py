"""The window's Open takes a draft's photos through the same door: no location, upright."""

from __future__ import annotations

from photo_samples import assert_upright, kabar_file, leaks_in, tagged_jpeg, tagged_png


def test_opening_a_kabar_file_keeps_only_clean_upright_photos(window, tmp_path):
    path = kabar_file(
        tmp_path / "luar.kabar", {"photos/a.jpg": tagged_jpeg(), "photos/b.png": tagged_png()}
    )
    assert window.files.open_path(path, ask=False)
    photos = window.session.draft.photos
    assert len(photos) == 2
    for photo in photos:
        assert leaks_in(photo.data) == []
        assert_upright(photo.data)
