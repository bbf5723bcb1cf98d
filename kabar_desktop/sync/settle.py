"""Which of a draft's revisions none descends from, when a bundle's history may lie.

Each revision is checked on its own when read (bundle_meta), but two bundles can still
contradict each other: A lists B among its ancestors and B lists A. Then no revision is the
newest and settling would have nothing to choose from. Such bundles are set aside, named in
the report, and this office's own revision is never one of them: nothing stored changes.
"""

from __future__ import annotations

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.problems import N_, Problem

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
