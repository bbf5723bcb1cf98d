"""This office's side of a draft when syncing: the revision its store holds or implies."""

from __future__ import annotations

from kabar_desktop.store import DraftStore
from kabar_desktop.store import sync_state as state

from . import bundle
from .bundle import Meta


def own_revision(
    store: DraftStore, office: str, row: state.SyncRow | None
) -> tuple[Meta | None, bool, str | None]:
    """This office's revision of a draft: agreed, or a new one for a change not yet sent
    (minted from the content, so a sync repeated after a crash mints the same). (revision,
    whether it is new, the content's digest); None when there is nothing to tell."""
    if row is None or (row.rev is None and row.gone):
        return None, False, None  # never sent, and deleted here: nothing to tell
    changed = (
        row.rev is None
        or row.meta_changed
        or row.gone != row.deleted
        or (not row.gone and row.draft_head != row.head)
    )
    rev, gen, ancestors, deleted = row.rev, row.gen, row.ancestors, row.deleted
    digest = row.digest
    if changed:
        digest = state.current_digest(store, row)
        if row.rev is not None and digest == row.digest:  # changed, then changed back
            changed = False
            state.record(
                store,
                row.uuid,
                rev=row.rev,
                gen=row.gen,
                ancestors=row.ancestors,
                deleted=row.deleted,
                digest_=digest,
                head=row.draft_head,
                review=row.review,
                remark=row.remark,
                base=row.base,
                extra=state.current_extra(store, row.uuid),
            )
        else:
            rev = bundle.mint_rev(row.uuid, row.rev, digest)
            ancestors = ([row.rev] + row.ancestors) if row.rev else []
            gen, deleted = row.gen + 1, row.gone
    assert rev is not None  # unchanged means sent before, so it has a revision
    meta = Meta(
        uuid=row.uuid,
        rev=rev,
        gen=gen,
        ancestors=ancestors[: state.MAX_ANCESTORS],
        origin=row.origin or office,
        review=row.review,
        remark=row.remark,
        deleted=deleted,
        conflict_of=row.conflict_of,
        base=None if changed else row.base,
        sent=row.sent,
        published_url=row.published_url,
        published_on=row.published_on,
        remarks=state.remark_dicts(store, row.uuid),
    )
    return meta, changed, digest
