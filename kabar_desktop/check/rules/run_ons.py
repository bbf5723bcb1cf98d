"""Sentences run together without a comma or a full stop (issue 13, round 7).
"""

from __future__ import annotations
