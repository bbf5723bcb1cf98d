"""Any bytes at the photo door give a clean photo or a problem, never another exception."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from photo_samples import mpo, plain_jpeg, tagged_jpeg, tagged_png

from kabar_desktop.model.photo_check import CleanPhoto, clean_photo
from kabar_desktop.model.problems import Problem

SEEDS = [plain_jpeg(48, 32), plain_jpeg(48, 32, progressive=True), tagged_jpeg(), tagged_png(),
         mpo()]  # fmt: skip


@st.composite
def damaged(draw) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data) - 1))
        action = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
        if action == "flip":
            data[at] = draw(st.integers(0, 255))
        elif action == "cut":
            del data[at:]
            if not data:
                break
        elif action == "insert":
            data[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            del data[at : at + draw(st.integers(1, 16))]
            if not data:
                break
    return bytes(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(damaged())
def test_damaged_photos_give_a_photo_or_a_problem(data):
    result = clean_photo(data, "foto.jpg", "photos[0].file")
    assert isinstance(result, CleanPhoto | Problem)
    if isinstance(result, Problem):
        assert result.path == "photos[0].file" and result.params["name"] == "foto.jpg"


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=64).map(lambda tail: b"\xff\xd8\xff" + tail)
       | st.binary(max_size=64).map(lambda tail: b"\x89PNG\r\n\x1a\n" + tail))  # fmt: skip
def test_a_bare_header_and_anything_after_it(data):
    assert isinstance(clean_photo(data, "foto.jpg"), CleanPhoto | Problem)


def test_a_frame_header_claiming_more_components_than_it_holds():
    photo = plain_jpeg(48, 32)
    at = photo.index(b"\xff\xc0")
    short = photo[: at + 4] + bytes([8, 0, 32, 0, 48, 200]) + photo[at + 10 :]  # Nf = 200
    short = short[: at + 2] + (8).to_bytes(2, "big") + short[at + 4 :]
    assert isinstance(clean_photo(short, "foto.jpg"), Problem)
