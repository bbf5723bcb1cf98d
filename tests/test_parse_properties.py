"""Any JSON value in any field of a draft, any bytes as a ``.kabar``: a draft or a clear
``DraftError``, never another exception (issue 12, "How it is checked")."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kabar_desktop.model.draft_file import read_draft
from kabar_desktop.model.parse import draft_from_dict
from kabar_desktop.model.problems import DraftError

SAMPLE = json.loads((Path(__file__).parent / "data" / "sample.json").read_text(encoding="utf-8"))
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=True)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    *SAMPLE,
    "lead_kind",
    "check_ignores",
    "speakers.0",
    "speakers.0.statements",
    "speakers.0.statements.0",
    "speakers.0.statements.0.kind",
    "speakers.0.part",
    "speakers.0.role",
    "paragraphs.0",
    "photos.0",
    "style.pad_dates",
    "companions.0",
]


def _set(data: dict, path: str, value) -> dict:
    """``data`` with the field at ``path`` (dots, list indexes as numbers) set to ``value``."""
    data = json.loads(json.dumps(data))
    *parents, last = path.split(".")
    node = data
    for part in parents:
        if isinstance(node, list):
            node = node[int(part)] if int(part) < len(node) else None
        elif isinstance(node, dict):
            node = node.setdefault(part, [{}] if part in ("speakers", "paragraphs") else {})
        if node is None:
            return data
    if isinstance(node, list):
        if int(last) < len(node):
            node[int(last)] = value
        else:
            node.append(value)
    elif isinstance(node, dict):
        node[last] = value
    return data


def _read(data) -> None:
    try:
        draft_from_dict(data)
    except DraftError as exc:
        assert exc.problems and all(p.message(str) for p in exc.problems)


@given(st.sampled_from(FIELDS), json_values, st.sampled_from([1, 2]))
@settings(max_examples=600, suppress_health_check=[HealthCheck.too_slow])
def test_any_value_in_any_field_gives_a_draft_or_a_message(field, value, version):
    _read(_set({**SAMPLE, "version": version}, field, value))


@given(json_values)
def test_any_json_document_gives_a_draft_or_a_message(value):
    _read(value)


def _zip_of(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return out.getvalue()


kabar_bytes = st.one_of(
    st.binary(max_size=300),
    st.builds(
        lambda body, cut, flip: (
            (lambda z: z[:cut] + bytes([z[cut] ^ flip]) + z[cut + 1 :])(
                _zip_of({"draft.json": body})
            )
            if cut < len(_zip_of({"draft.json": body}))
            else _zip_of({"draft.json": body})
        ),
        st.sampled_from([json.dumps(SAMPLE).encode(), b"{}", b"[", b"\xff"]),
        st.integers(0, 2000),
        st.integers(1, 255),
    ),
)


@given(kabar_bytes)
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_bytes_as_a_kabar_file(tmp_path, data):
    path = tmp_path / "draf.kabar"
    path.write_bytes(data)
    try:
        read_draft(path)
    except DraftError as exc:
        assert exc.problems
