"""Commas that close lists and appositions (issue 13, round 7).
"""

from __future__ import annotations
