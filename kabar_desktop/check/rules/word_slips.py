"""Slips that make another word or a near-miss of a known short form or brand (issue 13,
round 8).
"""

from __future__ import annotations
