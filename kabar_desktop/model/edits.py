"""Edits of a draft as typed commands, and the one undo history they go into.

Each command stores what it needs to be applied and reverted on its own: a field path with
the old and the new value for typing, before/after copies of the one part of the draft a
structural change touched. Because every change to the draft goes through the history, the
state a command expects is always the state it finds: undo and redo never lose text (the
old whole-draft snapshots did, since typing was not in the history).
"""

from __future__ import annotations

import copy
import dataclasses
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field

from kabar_desktop.model.draft import Draft
from kabar_desktop.model.field_path import FieldPath, get, put
from kabar_desktop.model.field_path import parse as parse_path  # noqa: F401 - for callers


@dataclass
class Command(ABC):
    """A change the writer can undo, with the label the Edit menu shows."""

    label: str

    @abstractmethod
    def apply(self, draft: Draft) -> None:
        """Make the change on ``draft``."""

    @abstractmethod
    def revert(self, draft: Draft) -> None:
        """Take the change back from ``draft``."""

    def absorb(self, later: Command) -> bool:
        """Take ``later`` into this command (consecutive typing in one field)."""
        return False


@dataclass
class SetField(Command):
    """Typing in one field: the field's path, its value before and after."""

    path: FieldPath = ()
    old: object = None
    new: object = None
    open: bool = field(default=True, compare=False)  # later typing in the field merges in

    def apply(self, draft: Draft) -> None:
        put(draft, self.path, self.new)

    def revert(self, draft: Draft) -> None:
        put(draft, self.path, self.old)

    def absorb(self, later: Command) -> bool:
        if not (self.open and isinstance(later, SetField) and later.path == self.path):
            return False
        self.new = later.new
        return True


@dataclass
class Replace(Command):
    """A structural change: copies of the one part it changed (a list, a speaker, the
    draft when several parts moved together), before and after."""

    path: FieldPath = ()
    before: object = None
    after: object = None

    def apply(self, draft: Draft) -> None:
        put(draft, self.path, copy.deepcopy(self.after))  # later typing must not reach it

    def revert(self, draft: Draft) -> None:
        put(draft, self.path, copy.deepcopy(self.before))


@dataclass
class Group(Command):
    """Several commands taken back as one (a checker fix touching a field)."""

    parts: list[Command] = field(default_factory=list)

    def apply(self, draft: Draft) -> None:
        for part in self.parts:
            part.apply(draft)

    def revert(self, draft: Draft) -> None:
        for part in reversed(self.parts):
            part.revert(draft)


def changed_part(before: object, after: object, path: FieldPath = ()) -> FieldPath:
    """The deepest path under which ``before`` and ``after`` differ (one child only)."""
    if dataclasses.is_dataclass(before) and type(before) is type(after):
        names = [
            f.name
            for f in dataclasses.fields(before)
            if getattr(before, f.name) != getattr(after, f.name)
        ]
        if len(names) == 1:
            name = names[0]
            return changed_part(getattr(before, name), getattr(after, name), (*path, name))
    elif isinstance(before, list) and isinstance(after, list) and len(before) == len(after):
        diff = [i for i, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
        if len(diff) == 1:
            i = diff[0]
            return changed_part(before[i], after[i], (*path, i))
    return path


def structural(draft: Draft, label: str, change: Callable[[Draft], object]) -> Replace | None:
    """Make ``change`` on a copy and return it as a command on the part it touched, or
    None when it changed nothing."""
    after = copy.deepcopy(draft)
    change(after)
    if after == draft:
        return None
    path = changed_part(draft, after)
    return Replace(label, path, copy.deepcopy(get(draft, path)), copy.deepcopy(get(after, path)))


class History:
    """One linear undo history for a whole draft: commands below ``index`` are done."""

    def __init__(self) -> None:
        self.commands: list[Command] = []
        self.index = 0

    def push(self, draft: Draft, command: Command) -> bool:
        """Apply ``command`` and record it; True when it merged into the one on top."""
        command.apply(draft)
        return self.record(command)

    def record(self, command: Command) -> bool:
        """Record ``command``, already applied; the undone commands above are dropped."""
        del self.commands[self.index :]
        if self.commands and self.commands[-1].absorb(command):
            return True
        self._close()
        self.commands.append(command)
        self.index = len(self.commands)
        return False

    def undo(self, draft: Draft) -> Command | None:
        self._close()  # even with nothing to undo: the next keystroke starts afresh
        if self.index == 0:
            return None
        self.index -= 1
        command = self.commands[self.index]
        command.revert(draft)
        return command

    def redo(self, draft: Draft) -> Command | None:
        self._close()
        if self.index == len(self.commands):
            return None
        command = self.commands[self.index]
        command.apply(draft)
        self.index += 1
        self._close()
        return command

    def clear(self) -> None:
        self.commands.clear()
        self.index = 0

    def close(self) -> None:
        """End the typing group on top: the next keystroke starts a new command."""
        self._close()

    def _close(self) -> None:
        # Only the command on top can be open: closing it (and the last one) is enough.
        for k in {self.index - 1, len(self.commands) - 1}:
            if 0 <= k < len(self.commands) and isinstance(self.commands[k], SetField):
                self.commands[k].open = False  # type: ignore[attr-defined]

    @property
    def undo_label(self) -> str:
        return self.commands[self.index - 1].label if self.index else ""

    @property
    def redo_label(self) -> str:
        return self.commands[self.index].label if self.index < len(self.commands) else ""
