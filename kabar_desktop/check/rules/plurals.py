"""Plural and quantity said twice: a quantifier with a reduplicated noun, a count counted
again (issue 13, round 7).
"""

from __future__ import annotations
