"""The services are the layer both faces share, so they depend on neither face nor on Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import kabar_desktop.services

FORBIDDEN = ("PySide6", "kabar_desktop.gui", "kabar_desktop.commands", "kabar_desktop.cli")


def test_services_import_no_face_and_no_qt():
    folder = Path(kabar_desktop.services.__file__).parent
    for path in folder.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
