"""One draft as it travels: a ``.kabar`` ZIP (draft.json + photos) with ``kabar-sync.json``.

A bundle is named ``<uuid>.<rev>.kabar`` on the target, a deletion ``<uuid>.<rev>.gone``
(the metadata alone). The revision in the name makes every file immutable: a listing alone
says what each office holds, two offices writing at once never overwrite each other, and
writing the same revision twice writes the same thing. The ZIP is a valid ``.kabar`` draft:
Kabar opens one copied out of the shared folder like any other.
"""

from __future__ import annotations

import hashlib
import io
import json
import posixpath
import re
import uuid as uuidlib
import zipfile
import zlib
from dataclasses import asdict, dataclass, field

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.draft_file import DRAFT_ENTRY, MAX_JSON_BYTES
from kabar_desktop.model.parse import draft_from_dict, draft_to_dict
from kabar_desktop.model.photo_check import check_photo
from kabar_desktop.model.problems import N_, DraftError, Problem
from kabar_desktop.store.remarks import union
from kabar_desktop.store.sync_state import MAX_ANCESTORS, extra_text

from .bundle_meta import FORMAT, VERSION, checked
from .bundle_read import MAX_META_BYTES, BundleZip, Refused, load_json

META_ENTRY = "kabar-sync.json"
LIVE, GONE = ".kabar", ".gone"
_NAME = re.compile(r"^([0-9a-f]{32})\.([0-9a-f]{24})(\.kabar|\.gone)$")
_CONFLICT_NS = uuidlib.UUID("6f1d3c52-7a43-4b8e-9d0a-4b61a1c0e5f7")


@dataclass
class Meta:
    """What a revision says besides the draft: who, which revision, the Kanwil's verdict."""

    uuid: str
    rev: str
    gen: int  # how many revisions lead here (the parent's + 1)
    ancestors: list[str] = field(default_factory=list)  # parent first
    origin: str = ""  # the office that first sent the draft
    review: str = ""  # '', accepted, needs_changes, published
    remark: str = ""
    deleted: bool = False
    conflict_of: str | None = None
    photo_files: list[str] = field(default_factory=list)  # the names the writer's draft used
    base: str | None = None  # a revision settling a conflict: whose content it carries
    # The Kanwil desk (docs/desk.md); an older bundle has none of these.
    sent: float | None = None  # when the sending office first sent the draft (its clock)
    published_url: str = ""  # with review "published": where the article appeared
    published_on: str = ""  # and the day (YYYY-MM-DD)
    remarks: list[dict] = field(default_factory=list)  # anchored remarks (store/remarks.py)

    def extra(self) -> str:
        """The desk's part of what this revision says (``sync_state.extra_text``)."""
        return extra_text(self.published_url, self.published_on, self.remarks)

    def carried_by(self, other: Meta) -> bool:
        """This revision only settled a conflict, and ``other`` builds on the content it
        carries: ``other`` takes its place without a conflict."""
        return bool(self.base) and (other.rev == self.base or self.base in other.ancestors)

    @property
    def parent(self) -> str | None:
        return self.ancestors[0] if self.ancestors else None

    @property
    def name(self) -> str:
        return file_name(self.uuid, self.rev, self.deleted)

    def rank(self) -> tuple[bool, int, str]:
        """Which of two concurrent revisions stays the draft: an edit beats a deletion, then
        the longer history, then the larger revision id. Never a clock."""
        return (not self.deleted, self.gen, self.rev)


@dataclass
class Head:
    """A revision of a draft that the target holds, as its file name tells."""

    rev: str
    deleted: bool
    name: str


def group_heads(listing, own_temp_prefix: str) -> tuple[dict[str, list[Head]], list[str]]:
    """The target's files by draft uuid, and the temporary files this office left behind."""
    heads: dict[str, list[Head]] = {}
    own_temps = []
    for name in listing:
        parsed = parse_name(name)
        if parsed:
            heads.setdefault(parsed[0], []).append(Head(parsed[1], parsed[2], name))
        elif name.startswith(own_temp_prefix):
            own_temps.append(name)
    return heads, own_temps


def file_name(uuid: str, rev: str, deleted: bool) -> str:
    return f"{uuid}.{rev}{GONE if deleted else LIVE}"


def parse_name(name: str) -> tuple[str, str, bool] | None:
    """(uuid, revision, deleted) of a bundle's file name; None for anything else."""
    m = _NAME.match(name)
    return (m.group(1), m.group(2), m.group(3) == GONE) if m else None


def mint_rev(uuid: str, parent: str | None, digest: str) -> str:
    """The id of a new revision: the same change from the same parent gets the same id, so a
    sync repeated after a crash recognises what it already sent."""
    text = f"{uuid}\n{parent or ''}\n{digest}"
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def merge_rev(uuid: str, revs: list[str]) -> str:
    """The revision settling concurrent ``revs``: the same wherever it is made."""
    text = "\n".join(["merge", uuid, *sorted(revs)])
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def merged(uuid: str, winner: Meta, maximal: list[Meta]) -> Meta:
    """The winner's state as a revision descending from every concurrent one, so that none of
    them (nor anything older) can look concurrent again after the losers' files are gone."""
    ancestors: list[str] = []
    for m in [winner, *sorted((m for m in maximal if m is not winner), key=lambda m: m.rev)]:
        ancestors += [m.rev, *m.ancestors]
    unique = list(dict.fromkeys(ancestors))  # first occurrence of each, in order
    return Meta(
        uuid=uuid,
        rev=merge_rev(uuid, [m.rev for m in maximal]),
        gen=max(m.gen for m in maximal) + 1,
        ancestors=unique[:MAX_ANCESTORS],
        origin=winner.origin,
        review=winner.review,
        remark=winner.remark,
        deleted=winner.deleted,
        conflict_of=winner.conflict_of,
        base=winner.base or winner.rev,
        sent=min((m.sent for m in maximal if m.sent is not None), default=None),
        published_url=winner.published_url,
        published_on=winner.published_on,
        remarks=union(*(m.remarks for m in maximal)),
    )


def conflict_ids(uuid: str, loser_rev: str) -> tuple[str, str]:
    """(uuid, first revision) of the conflict copy of ``loser_rev``: every office that meets
    the same conflict makes the same copy, so it is never duplicated."""
    copy = uuidlib.uuid5(_CONFLICT_NS, f"{uuid}/{loser_rev}").hex
    return copy, hashlib.sha256(f"conflict\n{copy}\n{loser_rev}".encode()).hexdigest()[:24]


def encode(meta: Meta, draft: Draft | None) -> bytes:
    """The bytes of a bundle (``draft`` None: a deletion, the metadata alone)."""
    if draft is None or meta.deleted:
        return json.dumps(_meta_dict(meta), ensure_ascii=True).encode("ascii")
    content = draft_to_dict(draft)
    meta.photo_files = []
    entries: list[tuple[str, bytes]] = []
    for i, (photo, item) in enumerate(zip(draft.photos, content["photos"], strict=True)):
        meta.photo_files.append(photo.file)
        if photo.data is None:
            continue
        ext = posixpath.splitext(photo.file.replace("\\", "/"))[1].lower() or ".jpg"
        item["file"] = f"photos/{i + 1:03d}{ext}"
        entries.append((item["file"], photo.data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        zf.writestr(DRAFT_ENTRY, json.dumps(content, ensure_ascii=True, indent=1))
        zf.writestr(META_ENTRY, json.dumps(_meta_dict(meta), ensure_ascii=True))
        for name, data in entries:
            zf.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_STORED)
    return buf.getvalue()


def _meta_dict(meta: Meta) -> dict:
    return {"format": FORMAT, "version": VERSION, **asdict(meta)}


def decode(data: bytes, name: str) -> tuple[Meta, Draft | None]:
    """The metadata and draft of a bundle called ``name``; ``DraftError``, one line naming
    the bundle, if it is damaged, over a limit (bundle_read) or not what its name says."""
    expected = parse_name(name)
    if expected is None:
        raise _bad(N_("{name} is not a Kabar sync bundle"), name)
    try:
        if expected[2]:
            meta = _meta(load_json(data, name, MAX_META_BYTES, "ascii"), name)
            draft = None
        else:
            meta, draft = _decode_zip(data, name)
    except Refused as exc:
        raise exc.error(name) from None
    except DraftError as exc:  # the draft's own fields: each problem names the bundle too
        raise DraftError([_named(p, name) for p in exc.problems]) from None
    except (ValueError, UnicodeError, zipfile.BadZipFile, KeyError, OSError, EOFError,
            TypeError, AttributeError, IndexError, RecursionError, zlib.error,
            NotImplementedError, RuntimeError):  # fmt: skip
        # (zipfile raises NotImplementedError / RuntimeError for versions, methods, passwords)
        raise _bad(N_("{name} is damaged or incomplete"), name) from None
    if (meta.uuid, meta.rev, meta.deleted) != expected:
        raise _bad(N_("{name} does not hold what its name says"), name)
    return meta, draft


def _decode_zip(data: bytes, name: str) -> tuple[Meta, Draft]:
    with BundleZip(data) as zf:
        meta = _meta(zf.json(META_ENTRY, MAX_META_BYTES, "ascii"), name)
        content = zf.json(DRAFT_ENTRY, MAX_JSON_BYTES)
        draft = draft_from_dict(content, keep_unsafe=True)
        problems: list[Problem] = []
        for i, photo in enumerate(draft.photos):
            if not isinstance(photo.file, str):
                raise ValueError("a photo without a file")
            raw = zf.photo(posixpath.normpath(photo.file))
            problem = check_photo(photo, raw, f"photos[{i}].file")
            if problem:
                problems.append(problem)
            if i < len(meta.photo_files):
                photo.file = meta.photo_files[i]
        if problems:
            raise DraftError(problems)
    return meta, draft


def _meta(data: object, name: str) -> Meta:
    return Meta(**checked(data, name))


def _named(problem: Problem, name: str) -> Problem:
    if problem.path.startswith(name) or "{name}" in problem.template:
        return problem
    return Problem(f"{name}, {problem.path}" if problem.path else name, problem.template,
                   problem.params)  # fmt: skip


def _bad(message: str, name: str) -> DraftError:
    return DraftError([Problem("", message, {"name": name})])
