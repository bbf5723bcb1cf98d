"""The shape of the package, read from the source: gui/ has no import loops, Qt stays in gui/.

Every module of ``kabar_desktop`` is parsed with ``ast``; every import counts, wherever it
stands: at the top, inside a function (the lazy ones), under ``if TYPE_CHECKING:`` (a loop a
type checker has to untangle is a loop a reader has to untangle too). Nothing is imported,
so the test needs no display and runs in milliseconds.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "kabar_desktop"
GUI = "kabar_desktop.gui"
QT_ALLOWED = {"kabar_desktop.app"}  # the start-up of the window (cli.py imports it lazily)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _is_package(name: str) -> bool:
    return modules()[name].name == "__init__.py"


def _targets(name: str, node: ast.Import | ast.ImportFrom) -> list[str]:
    """The dotted names ``node`` imports: a module when the name is one, else what it names."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:
        package = name if _is_package(name) else name.rpartition(".")[0]
        for _up in range(node.level - 1):
            package = package.rpartition(".")[0]
        base = f"{package}.{base}" if base else package
    found = []
    for alias in node.names:
        full = f"{base}.{alias.name}"
        found.append(full if full in modules() else base)
    return found


def _owning_module(dotted: str) -> str | None:
    """The Kabar module a dotted name lives in (``a.b.Class`` → ``a.b``), None outside Kabar."""
    while dotted and dotted not in modules():
        dotted = dotted.rpartition(".")[0]
    return dotted or None


@cache
def imports() -> dict[str, frozenset[str]]:
    """Every module → every dotted name it imports (Kabar's own and others')."""
    found: dict[str, frozenset[str]] = {}
    for name, path in modules().items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        names: set[str] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names.update(_targets(name, node))
        found[name] = frozenset(names)
    return found


def in_gui(name: str) -> bool:
    """gui/ and the window's start-up, which gui/ calls back (smoke mode starts the window)."""
    return name == GUI or name.startswith(GUI + ".") or name in QT_ALLOWED


def kabar_edges(keep=in_gui) -> dict[str, set[str]]:
    """Import edges between the Kabar modules ``keep`` says yes to."""
    edges: dict[str, set[str]] = {}
    for name, targets in imports().items():
        if not keep(name):
            continue
        owners = {_owning_module(t) for t in targets if t.startswith("kabar_desktop")}
        edges[name] = {o for o in owners if o and o != name and keep(o)}
    return edges


def find_cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import loop as ``[a, b, …, a]``, or None (depth-first, colouring the visits)."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(edges.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt) :] + [nxt]
            if nxt not in state and (loop := visit(nxt)) is not None:
                return loop
        path.pop()
        state[node] = 2
        return None

    for start in sorted(edges):
        if start not in state and (loop := visit(start)) is not None:
            return loop
    return None


def test_the_reader_sees_every_kind_of_import():
    """The parser finds top-level, relative, function-level and TYPE_CHECKING imports."""
    found = imports()
    assert "kabar_desktop.gui.shell.main_window" in found["kabar_desktop.app"]  # in a function
    assert "kabar_desktop.gui.context" in found["kabar_desktop.gui.editor.autosave"]  # typing
    assert "PySide6.QtWidgets" in found["kabar_desktop.gui.shell.main_window"]
    edges = kabar_edges()
    assert "kabar_desktop.gui.sync.worker" in edges["kabar_desktop.gui.sync.controller"]


def test_the_cycle_finder_finds_a_loop():
    edges = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert find_cycle(edges) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_gui_modules_import_each_other_without_loops():
    loop = find_cycle(kabar_edges())
    assert loop is None, "an import loop in gui/: " + " → ".join(loop or [])


# The roles of gui/, top to bottom; a module imports only from its own row or below it.
LAYERS = (
    ("shell",),
    ("drafts", "sync", "mail", "checker", "preferences", "desk"),
    ("form",),
    ("editor",),
    ("qt",),
)


def _row(name: str) -> int | None:
    role = name.split(".")[2] if name.startswith(GUI + ".") else ""
    return next((n for n, row in enumerate(LAYERS) if role in row), None)


def test_the_roles_import_only_downwards():
    """The window's shell over the controllers, over the form, over the editor, over the
    Qt helpers (``context.py``, read by type checkers only, stands outside the rows)."""
    unplaced = [n for n in modules() if n.startswith(GUI + ".") and _row(n) is None]
    assert unplaced == ["kabar_desktop.gui.context"]  # a new role: give it its row
    upward = sorted(
        f"{name} imports {target}"
        for name, targets in kabar_edges().items()
        for target in targets
        if None not in (_row(name), _row(target)) and _row(target) < _row(name)
    )
    assert upward == []


def test_qt_and_the_gui_stay_in_gui():
    """Only gui/ (and app.py, the window's start-up) imports PySide6 or kabar_desktop.gui:
    everything else runs headless (``kabar export`` imports no Qt)."""
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in imports().items()
        if not in_gui(name)
        for target in targets
        if target.split(".")[0] == "PySide6" or target == GUI or target.startswith(GUI + ".")
    )
    assert wrong == []


def test_the_controllers_do_not_import_the_window():
    """Controllers see the window through ``gui.context.WindowContext``; only app start-up,
    the screenshots and the tests make a ``MainWindow``."""
    window = "kabar_desktop.gui.shell.main_window"
    importers = sorted(n for n, targets in imports().items() if window in targets)
    assert importers == ["kabar_desktop.app"]


def test_gui_does_not_import_the_command_line():
    """The window and ``kabar`` share use cases below both, not each other's modules."""
    wrong = sorted(
        f"{name} imports {target}"
        for name, targets in imports().items()
        if in_gui(name) and name not in QT_ALLOWED
        for target in targets
        if target == "kabar_desktop.commands" or target.startswith("kabar_desktop.commands.")
    )
    assert wrong == []
