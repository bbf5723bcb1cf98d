"""Telling the user what went wrong, in their language, one line per problem."""

from __future__ import annotations

import sys

from kabar_desktop.i18n import _
from kabar_desktop.model.problems import Problem


def report(where: str, problems: list[Problem]) -> None:
    for problem in problems:
        print(f"kabar: {where}: {problem.message(_)}", file=sys.stderr)


def say_error(text: str) -> None:
    print(f"kabar: {text}", file=sys.stderr)
