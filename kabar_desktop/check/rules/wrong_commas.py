"""Commas that do not belong: between a verb and its object, a subject and its predicate,
an attribution and what follows (issue 13, round 8).
"""

from __future__ import annotations
