"""Spoken and informal words in running text, and function words used where another belongs
(issue 13, round 7).
"""

from __future__ import annotations
