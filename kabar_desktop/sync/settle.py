"""Which of a draft's revisions none descends from, when a bundle's history may lie; and
whether concurrent ones differ only in their remarks.

Each revision is checked on its own when read (bundle_meta), but two bundles can still
contradict each other: A lists B among its ancestors and B lists A. Then no revision is the
newest and settling would have nothing to choose from. Such bundles are set aside, named in
the report, and this office's own revision is never one of them: nothing stored changes.
"""

from __future__ import annotations

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import N_, Problem
from kabar_desktop.store import DraftStore, codec
from kabar_desktop.store.sync_state import SyncRow

from .bundle import Meta

Remote = tuple[Meta, Draft | None, str]  # a revision read from the target, its file's name


def untangle(
    local: Meta | None, remote: list[Remote], problems: list[Problem]
) -> tuple[list[Remote], list[Meta], list[Meta]]:
    """(the remote revisions kept, every revision kept, those none of them descends from);
    the bundles set aside are added to ``problems``."""
    while True:
        metas = ([local] if local else []) + [m for m, _d, _n in remote]
        ancestry = [set(m.ancestors) for m in metas]
        maximal = [m for m in metas if not any(m.rev in a for a in ancestry)]
        if maximal or not metas:
            return remote, metas, maximal
        if not remote:  # only this office's own revision, listing itself: keep it
            return remote, metas, metas
        tangled = [r for r in remote if _loops(r[0], metas)] or remote
        for _meta, _draft, name in tangled:
            problems.append(Problem(name, N_("its history loops back on itself: set aside")))
        remote = [r for r in remote if r not in tangled]


def _loops(meta: Meta, metas: list[Meta]) -> bool:
    """``meta`` descends from a revision that descends from it."""
    return any(o.rev in meta.ancestors and meta.rev in o.ancestors for o in metas)


def only_remarks_differ(
    store: DraftStore,
    loser: Meta,
    winner: Meta,
    local: Meta | None,
    drafts: dict[str, Draft | None],
    row: SyncRow | None,
) -> bool:
    """Concurrent revisions with the same article and verdict, differing only in their
    remarks (one marked done at the UPT while the Kanwil added another): the revision that
    settles them unites the remarks, so no conflict copy is needed. Every office decides
    alike: it compares only what the revisions carry."""
    if loser.deleted or winner.deleted:
        return False
    verdict = (loser.review, loser.remark, loser.published_url, loser.published_on)
    if verdict != (winner.review, winner.remark, winner.published_url, winner.published_on):
        return False

    def content(meta: Meta) -> str | None:
        if meta is not local:
            draft = drafts.get(meta.rev)
        elif row is not None and row.draft_id is not None and not row.gone:
            draft = store.load(row.draft_id)
        else:
            draft = None
        return codec.encode(draft) if draft is not None else None

    mine = content(loser)
    return mine is not None and mine == content(winner)
