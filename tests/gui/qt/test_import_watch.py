"""The start-up's cheaper answer to PySide6's "does this module use PySide6?" is PySide6's own."""

from __future__ import annotations

import importlib
import json
import sys

import PySide6.QtCore  # noqa: F401 - loads shiboken's import watch

from kabar_desktop.gui.qt import import_watch

MODULES = [
    "kabar_desktop.gui.shell.main_window",  # names PySide6
    "kabar_desktop.gui.qt.enum_properties",
    "kabar_desktop.model.draft",  # does not
    "kabar_desktop.settings",
    "json",
    "sys",  # built in: no source at all
    "PySide6.QtCore",  # an extension module
]


def test_the_light_check_answers_as_pyside6_does():
    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    try:
        assert import_watch.lighten()
        light = feature._mod_uses_pyside
        assert light is not original or getattr(original, "kabar_light", False)
        pyside_own = getattr(light, "__closure__", None) and light.__closure__[0].cell_contents
        modules = [importlib.import_module(name) for name in MODULES]
        answers = {m.__name__: light(m) for m in modules}
        assert answers["kabar_desktop.gui.shell.main_window"] is True
        assert answers["kabar_desktop.model.draft"] is False
        assert answers["json"] is False
        assert answers["sys"] is False
        if callable(pyside_own) and not getattr(pyside_own, "kabar_light", False):
            assert answers == {m.__name__: pyside_own(m) for m in modules}
        assert import_watch.lighten()  # twice: still one cheap check, not one wrapping another
        assert feature._mod_uses_pyside is light
    finally:
        feature._mod_uses_pyside = original


def test_a_module_whose_file_went_away_gets_pyside6s_own_answer(tmp_path):
    module = type(json)("vanished")
    module.__file__ = str(tmp_path / "vanished.py")  # never written
    asked = []
    answer = import_watch._source_names_pyside(module, lambda m: asked.append(m) or False)
    assert answer is False and asked == [module]
