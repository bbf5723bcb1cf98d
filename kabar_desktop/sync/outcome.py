"""What a sync tells its caller: the report, the question that stops it, its callbacks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from kabar_desktop.model.problems import N_, Problem


class Cancel(Protocol):
    def is_set(self) -> bool: ...


Progress = Callable[[int, int], None]


class SyncQuestion(Exception):
    """The sync stopped before changing anything: the user must say whether to go on.

    ``kind`` "removals": the target's deletions would remove ``count`` of ``total`` drafts;
    "emptied": the target no longer holds ``count`` of the ``total`` drafts sent to it.
    Run again with ``allow_removals`` / ``allow_emptied`` to go on.
    """

    def __init__(self, kind: str, count: int, total: int):
        super().__init__(f"{kind}: {count} of {total}")
        self.kind, self.count, self.total = kind, count, total

    def message(self, translate: Callable[[str], str]) -> str:
        if self.kind == "removals":
            text = N_(
                "This sync would remove {count} of your {total} drafts, because they were "
                "deleted at the other end. Go on only if that is right."
            )
        else:
            text = N_(
                "The target no longer holds {count} of the {total} drafts sent to it (was it "
                "emptied, or is it the wrong place?). Going on sends them again."
            )
        return Problem("", text, {"count": self.count, "total": self.total}).message(translate)


@dataclass
class SyncReport:
    """What one sync did, counted for the status bar and the command line."""

    sent: int = 0
    received: int = 0
    removed: int = 0  # drafts moved to the trash because another office deleted them
    conflicts: int = 0  # conflict copies made
    retried: int = 0
    nothing_changed: bool = False
    problems: list[Problem] = field(default_factory=list)  # bundles that could not be read
