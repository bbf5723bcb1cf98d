"""Two-way sync of the drafts store with one target, decided by revisions, never by clocks.

Per draft (by uuid) the engine compares this office's revision with the files the target
holds. A revision another one descends from is simply older. Of revisions none descends
from (concurrent edits), one stays the draft by a fixed rule (an edit beats a deletion,
then the longer history, then the larger id: ``Meta.rank``) and every other live one is kept
as a conflict copy, which every office names alike, so all offices end up the same.

Every step is idempotent and committed on its own: a sync killed anywhere resumes. The
store is used from the calling thread only (run the engine in a worker thread, with its own
``DraftStore``); uploads may run on ``workers`` threads.
"""

from __future__ import annotations

import concurrent.futures as cf
import uuid as uuidlib
from collections.abc import Callable

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import DraftError
from kabar_desktop.store import DraftStore, remarks
from kabar_desktop.store import sync_state as state
from kabar_desktop.store.errors import StoreError

from . import bundle
from .bundle import Head, Meta
from .outcome import Cancel, Progress, SyncQuestion, SyncReport
from .own_revision import own_revision
from .settle import only_remarks_differ, untangle
from .target import DRAFTS, STAMPS, TEMP_PREFIX, Cancelled, NotFound, Retry, Target, TargetError

MIN_ASK = 3  # fewer removals than this never need asking
WINDOW = 16  # uploads in flight at once


class SyncEngine:
    def __init__(
        self,
        store: DraftStore,
        target: Target,
        office: str,
        *,
        retry: Retry | None = None,
        workers: int = 4,
        progress: Progress | None = None,
        cancel: Cancel | None = None,
        allow_removals: bool = False,
        allow_emptied: bool = False,
        clock: Callable[[], float] | None = None,
    ):
        self.store = store
        self.clock = clock or store.clock  # stamps ``sent`` and ``arrived`` (docs/desk.md)
        self.target = target
        self.office = office
        self.retry = retry or Retry()
        self.workers = workers
        self.progress = progress or (lambda done, total: None)
        self.cancel = cancel
        self.allow_removals = allow_removals
        self.allow_emptied = allow_emptied
        self.report = SyncReport()
        self._fetched: dict[str, tuple[Meta, Draft | None] | None] = {}  # None: set aside
        self._inflight: list[tuple[cf.Future, Callable[[], None]]] = []
        self._pool: cf.ThreadPoolExecutor | None = None
        self._wrote = False
        self._copies: list[tuple[str, str | None]] = []  # (copy uuid, loser's file or None)

    # --- the whole sync ----------------------------------------------------------------------
    def run(self) -> SyncReport:
        try:
            self._run()
        finally:
            self._finish_uploads(raise_errors=False)
            if self._pool:
                self._pool.shutdown(wait=True)
            self.report.retried = self.retry.retried
        return self.report

    def _run(self) -> None:
        store, target = self.store, self.target
        self.retry(target.prepare)
        self.key = state.office_key(store)
        state.identify_ready(store, self.office)
        seen, pending, synced_before = state.target_state(store, target.key)
        stamps: dict[str, str] = {}
        if target.ordered:
            stamps = self.retry(target.list, STAMPS)
            if (
                synced_before
                and not pending
                and _stamp_text(stamps) == seen
                and not state.dirty(store)
            ):
                self.report.nothing_changed = True
                return
        heads, own_temps = bundle.group_heads(
            self.retry(target.list, DRAFTS), f"{TEMP_PREFIX}{self.key}-"
        )
        rows = state.agreed_revs(store)
        self._guard(heads, rows, synced_before)
        work = []
        for uuid in heads.keys() | rows.keys():
            hs = heads.get(uuid, [])
            rev, dirty, _deleted = rows.get(uuid, (None, False, False))
            if not dirty and rev is not None and len(hs) == 1 and hs[0].rev == rev:
                continue
            if uuid in rows and rev is None and not dirty and not hs:
                continue
            work.append(uuid)
        work.sort()
        total = len(work)
        for done, uuid in enumerate(work):
            self.progress(done, total)
            self._check_cancel()
            self._settle(uuid, heads.get(uuid, []))
        while self._copies:  # conflict copies made above travel in this same sync
            copy_uuid, loser = self._copies.pop(0)
            self._check_cancel()
            self._settle(copy_uuid, [], after=self._deleter(loser))
        self._finish_uploads()
        self.progress(total, total)
        for name in own_temps:
            self.retry(target.delete, DRAFTS, name)
        if target.ordered and (self._wrote or pending):
            stamps = self._stamp(stamps)
        state.set_target_state(
            store, target.key, stamps=_stamp_text(stamps), stamp_pending=0, synced=1
        )
        self.report.nothing_changed = not (
            self._wrote or self.report.received or self.report.removed
        )

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled()

    # --- asking before removing much -------------------------------------------------------
    def _guard(self, heads, rows, synced_before: bool) -> None:
        live = [u for u, (rev, _dirty, deleted) in rows.items() if rev and not deleted]
        if synced_before and not self.allow_emptied:
            missing = sum(1 for u in live if u not in heads)
            if missing >= MIN_ASK and 2 * missing > len(live):
                raise SyncQuestion("emptied", missing, len(live))
        if self.allow_removals:
            return
        removals = 0
        for uuid in live:
            rev, dirty, _deleted = rows[uuid]
            tombs = [h for h in heads.get(uuid, []) if h.deleted and h.rev != rev]
            if dirty or not tombs:
                continue
            for h in tombs:
                fetched = self._fetch(h)
                if fetched and rev in fetched[0].ancestors:
                    removals += 1
                    break
        if removals >= MIN_ASK and 2 * removals > len(live):
            raise SyncQuestion("removals", removals, len(live))

    # --- one draft ---------------------------------------------------------------------------
    def _settle(self, uuid: str, hs: list[Head], after: Callable[[], None] | None = None) -> None:
        store = self.store
        row = state.get(store, uuid)
        if row is not None and row.pending and self._was_sent(row, hs):
            p = row.pending
            state.record(
                store, uuid, rev=p["rev"], gen=p["gen"], ancestors=p["ancestors"],
                deleted=p["deleted"], digest_=p["digest"], head=p["head"],
                review=p["review"], remark=p["remark"], base=p.get("base"),
                extra=p.get("extra", ""),
            )  # fmt: skip
            row = state.get(store, uuid)
        local, fresh, local_digest = own_revision(store, self.office, row)
        known = {local.rev, *local.ancestors} if local else set()
        present = None
        prune: list[str] = []
        remote: list[tuple[Meta, Draft | None, str]] = []
        for h in hs:
            if local and h.rev == local.rev:
                present = h.name
            elif h.rev in known:
                prune.append(h.name)
            else:
                fetched = self._fetch(h)
                if fetched:
                    remote.append((*fetched, h.name))
        remote, metas, maximal = untangle(local, remote, self.report.problems)
        if not metas:
            return
        names = {m.rev: n for m, _d, n in remote}
        if local and present:
            names[local.rev] = present
        drafts = {m.rev: d for m, d, _n in remote}
        prune += [names[m.rev] for m in metas if m not in maximal and m.rev in names]
        carried = [m for m in maximal if any(m.carried_by(o) for o in maximal if o is not m)]
        contest = [m for m in maximal if m not in carried] or maximal
        winner = max(contest, key=Meta.rank)
        for loser in contest:
            if loser is winner:
                continue
            if loser.deleted:
                if loser.rev in names:
                    prune.append(names[loser.rev])
                continue
            if only_remarks_differ(self.store, loser, winner, local, drafts, row):
                if loser.rev in names:  # the union of the remarks below settles it
                    prune.append(names[loser.rev])
                continue
            draft = drafts.get(loser.rev) if loser is not local else None
            self._conflict_copy(uuid, loser, draft, row, names.get(loser.rev))
        if len(maximal) > 1:  # one revision descending from all: every office settles alike
            merged = bundle.merged(uuid, winner, maximal)
            if winner.rev in names:
                prune.append(names[winner.rev])
            if winner is not local:
                self._apply(uuid, winner, drafts.get(winner.rev), row)
                row = state.get(store, uuid)
                assert row is not None  # _apply has just recorded it
                local_digest = row.digest
            assert row is not None  # a local revision comes from a row
            if not merged.deleted and row.draft_id is not None and not row.gone:
                # every side's remarks, "done" wherever one says so
                remarks.merge(store, uuid, merged.remarks)
                local_digest = state.head_and_digest(
                    store, row.draft_id, merged.review, merged.remark, merged.extra()
                )[1]
            self._push(uuid, merged, local_digest, row, prune, after)
            return
        if winner is local:
            assert row is not None
            if present:
                if fresh:
                    self._record(uuid, local, local_digest, row)
                self._delete(prune)
                if after:
                    after()
            else:
                self._push(uuid, local, local_digest, row, prune, after)
        else:
            self._apply(uuid, winner, drafts.get(winner.rev), row)
            self._delete(prune)
            if after:
                after()

    def _was_sent(self, row: state.SyncRow, hs: list[Head]) -> bool:
        """Did the upload a stopped sync was making arrive? (Then it is this office's version,
        and a later change here, a deletion too, descends from it.)"""
        assert row.pending is not None  # only asked about an upload that was started
        rev = row.pending["rev"]
        if any(h.rev == rev for h in hs):
            return True
        known = {row.rev, *row.ancestors}
        for h in hs:
            if h.rev not in known:
                fetched = self._fetch(h)
                if fetched and rev in fetched[0].ancestors:
                    return True
        return False

    def _fetch(self, head: Head) -> tuple[Meta, Draft | None] | None:
        if head.name in self._fetched:
            return self._fetched[head.name]
        try:
            data = self.retry(self.target.read, DRAFTS, head.name)
            fetched = bundle.decode(data, head.name)
        except NotFound:
            return None  # pruned meanwhile by another office
        except DraftError as exc:  # set aside, named once in the report; the sync goes on
            self.report.problems.extend(exc.problems)
            self._fetched[head.name] = None
            return None
        if fetched[1] is None or len(self._fetched) < 64:  # keep small things only
            self._fetched[head.name] = fetched
        return fetched

    # --- changing this office's store ------------------------------------------------------
    def _record(self, uuid: str, meta: Meta, digest: str | None, row: state.SyncRow) -> None:
        state.record(
            self.store,
            uuid,
            rev=meta.rev,
            gen=meta.gen,
            ancestors=meta.ancestors,
            deleted=meta.deleted,
            digest_=digest or "",
            head=row.draft_head,
            review=meta.review,
            remark=meta.remark,
            base=meta.base,
            mark_sent=True,
            extra=meta.extra(),
        )

    def _apply(self, uuid: str, meta: Meta, draft: Draft | None, row: state.SyncRow | None):
        """Make the target's revision this office's version of the draft."""
        store = self.store
        arrived = None
        with store.bulk():
            draft_id = row.draft_id if row and row.draft_head is not None else None
            if meta.deleted:
                if draft_id is not None and row is not None and not row.trashed:
                    store.trash(draft_id)
                    self.report.removed += 1
            else:
                assert draft is not None
                if draft_id is None:
                    draft_id = store.create(draft, kind="sync")
                    store.set_status(draft_id, "sent")
                    arrived = self.clock()  # first received here
                else:
                    store.save(draft_id, draft, kind="sync")
                    if row is not None and row.trashed:
                        store.restore(draft_id)
            state.adopt(
                store,
                uuid,
                draft_id=draft_id,
                origin=meta.origin,
                review=meta.review,
                remark=meta.remark,
                conflict_of=meta.conflict_of,
                sent=meta.sent,
                published_url=meta.published_url,
                published_on=meta.published_on,
            )
            if arrived is not None:
                state.stamp_arrived(store, uuid, arrived)
            if meta.deleted:
                head, digest = (row.draft_head if row else None), state.digest(None, "", "")
            else:
                assert draft_id is not None  # made or saved just above
                remarks.merge(store, uuid, meta.remarks)  # this office's own ones stay
                head, digest = state.head_and_digest(
                    store, draft_id, meta.review, meta.remark, meta.extra()
                )
                self.report.received += 1
            state.record(
                store,
                uuid,
                rev=meta.rev,
                gen=meta.gen,
                ancestors=meta.ancestors,
                deleted=meta.deleted,
                digest_=digest,
                head=head,
                review=meta.review,
                remark=meta.remark,
                base=meta.base,
                # a deletion's remarks do not matter: the ones kept here are not a change
                extra=state.current_extra(store, uuid) if meta.deleted else meta.extra(),
            )

    def _conflict_copy(self, uuid, loser: Meta, draft, row, loser_name: str | None) -> None:
        """Keep a losing concurrent edit as a draft of its own, named alike by every office."""
        store = self.store
        copy_uuid, copy_rev = bundle.conflict_ids(uuid, loser.rev)
        if state.get(store, copy_uuid) is None:
            if draft is None:  # the loser is this office's own version
                draft = store.load(row.draft_id)
            with store.bulk():
                draft_id = store.create(draft, kind="conflict")
                store.set_status(draft_id, "sent")
                state.adopt(
                    store,
                    copy_uuid,
                    draft_id=draft_id,
                    origin=loser.origin,
                    review=loser.review,
                    remark=loser.remark,
                    conflict_of=uuid,
                    sent=loser.sent,
                    published_url=loser.published_url,
                    published_on=loser.published_on,
                )  # (its remarks stay with the draft: they are united there)
                extra = state.extra_text(loser.published_url, loser.published_on, [])
                head, digest = state.head_and_digest(
                    store, draft_id, loser.review, loser.remark, extra
                )
                state.record(
                    store,
                    copy_uuid,
                    rev=copy_rev,
                    gen=1,
                    ancestors=[],
                    deleted=False,
                    digest_=digest,
                    head=head,
                    review=loser.review,
                    remark=loser.remark,
                    extra=extra,
                )
            self.report.conflicts += 1
        self._copies.append((copy_uuid, loser_name))

    # --- changing the target -----------------------------------------------------------------
    def _push(self, uuid, meta: Meta, digest, row: state.SyncRow, prune, after) -> None:
        draft = None
        if not meta.deleted:
            assert row.draft_id is not None  # a live revision is pushed from a stored draft
            draft = self.store.load(row.draft_id)
        if not meta.deleted and meta.sent is None and (row.origin or self.office) == self.office:
            meta.sent = state.stamp_sent(self.store, uuid, self.clock())  # first sent now
        data = bundle.encode(meta, draft)
        if meta.rev != row.rev:  # a new revision: note it before it can reach the target
            state.set_pending(
                self.store, uuid,
                {"rev": meta.rev, "gen": meta.gen, "ancestors": meta.ancestors,
                 "deleted": meta.deleted, "digest": digest, "head": row.draft_head,
                 "review": meta.review, "remark": meta.remark, "base": meta.base,
                 "extra": meta.extra()},
            )  # fmt: skip
        self._mark_writing()

        def write() -> None:
            # A fresh temporary name for every attempt: the server may still be writing an
            # abandoned attempt's upload (a cut connection) after the retry was moved into
            # place; with one shared name it could overwrite the file being moved.
            temp = f"{TEMP_PREFIX}{self.key}-{uuidlib.uuid4().hex[:12]}"
            self.target.write(DRAFTS, meta.name, data, temp)

        def then() -> None:
            self._record(uuid, meta, digest, row)
            self.report.sent += 1
            self._delete(prune)
            if after:
                after()

        self._upload(lambda: self.retry(write), then)

    def _deleter(self, name: str | None) -> Callable[[], None] | None:
        return (lambda: self._delete([name])) if name else None

    def _delete(self, names: list[str]) -> None:
        for name in names:
            self._mark_writing()
            self.retry(self.target.delete, DRAFTS, name)

    def _mark_writing(self) -> None:
        """Before the first write: note that a stamp is owed, in case the sync dies midway."""
        if not self._wrote:
            self._wrote = True
            if self.target.ordered:
                state.set_target_state(self.store, self.target.key, stamp_pending=1)

    def _upload(self, io: Callable[[], None], then: Callable[[], None]) -> None:
        if self.workers <= 1:
            io()
            then()
            return
        if self._pool is None:
            self._pool = cf.ThreadPoolExecutor(self.workers, thread_name_prefix="kabar-sync")
        self._inflight.append((self._pool.submit(io), then))
        if len(self._inflight) >= WINDOW:
            self._finish_uploads(some=True)

    def _finish_uploads(self, raise_errors: bool = True, some: bool = False) -> None:
        """Record what was uploaded (in this thread: the store's); raise the first failure."""
        error = None
        while self._inflight and (not some or len(self._inflight) >= WINDOW // 2):
            future, then = self._inflight.pop(0)
            try:
                future.result()
                if error is None:
                    then()
            except (TargetError, Cancelled, StoreError) as exc:
                error = error or exc
        if error is not None and raise_errors:
            self._finish_uploads(raise_errors=False)
            raise error

    def _stamp(self, stamps: dict[str, str]) -> dict[str, str]:
        """Tell the other offices that something changed: this office's stamp gets a new name.
        The stamps remembered are those read before listing, plus this new one."""
        new = f"{self.key}.{uuidlib.uuid4().hex[:12]}"
        self.retry(self.target.write, STAMPS, new, b"", f"{TEMP_PREFIX}{new}")
        old = [n for n in stamps if n.startswith(f"{self.key}.")]
        for name in old:
            self.retry(self.target.delete, STAMPS, name)
        return {**{n: e for n, e in stamps.items() if n not in old}, new: ""}


def _stamp_text(stamps: dict[str, str]) -> str:
    return "\n".join(sorted(n for n in stamps if not n.startswith(".")))
