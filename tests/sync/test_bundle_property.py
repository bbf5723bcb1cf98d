"""Any bytes as a bundle, any JSON value in any field of its metadata: a bundle or one clear
line naming it, never a traceback (issue 12, "How it is checked")."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from kabar_desktop.model.problems import DraftError
from kabar_desktop.sync import bundle

from . import poison
from .synchelp import sample

UUID, REV = "a" * 32, "b" * 24
NAME = bundle.file_name(UUID, REV, False)
GONE = bundle.file_name(UUID, REV, True)
FIELDS = ("format", "version", "uuid", "rev", "gen", "ancestors", "origin", "review", "remark",
          "deleted", "conflict_of", "photo_files", "base")  # fmt: skip
_GOOD = bundle.encode(bundle.Meta(uuid=UUID, rev=REV, gen=3, ancestors=["c" * 24]), sample("x"))
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=12,
)


def _decoded_or_named(data: bytes, name: str) -> None:
    try:
        meta, _draft = bundle.decode(data, name)
    except DraftError as exc:
        lines = [p.message() for p in exc.problems]
        assert lines and all(name in line and "\n" not in line for line in lines), lines
        return
    assert (meta.uuid, meta.rev) == (UUID, REV)
    assert type(meta.gen) is int and all(isinstance(a, str) for a in meta.ancestors)


@settings(max_examples=300)
@given(field=st.sampled_from(FIELDS), value=JSON)
def test_any_value_in_any_metadata_field(field, value):
    parts = poison.members_of(_GOOD)
    meta = json.loads(parts[bundle.META_ENTRY])
    meta[field] = value
    parts[bundle.META_ENTRY] = json.dumps(meta).encode()
    _decoded_or_named(poison.raw_zip([(n, d, {}) for n, d in parts.items()]), NAME)
    _decoded_or_named(json.dumps({**meta, "deleted": True}).encode(), GONE)


@settings(max_examples=300)
@given(data=st.binary(max_size=3000))
def test_any_bytes_as_a_bundle(data):
    _decoded_or_named(data, NAME)
    _decoded_or_named(data, GONE)


@settings(max_examples=300)
@given(flips=st.lists(st.tuples(st.integers(0, len(_GOOD) - 1), st.integers(1, 255)),
                      min_size=1, max_size=8))  # fmt: skip
def test_a_damaged_bundle(flips):
    data = bytearray(_GOOD)
    for at, xor in flips:
        data[at] ^= xor
    _decoded_or_named(bytes(data), NAME)


def test_a_member_needing_a_later_zip_version_is_named():
    """zipfile answers NotImplementedError for a version it cannot read (found by the test
    above: "zip file version 8.4"): one line naming the bundle, like any damage."""
    data = bytearray(_GOOD)
    central = data.index(b"PK\x01\x02")
    data[central + 6] = 84  # "version needed to extract" of the first member
    _decoded_or_named(bytes(data), NAME)
