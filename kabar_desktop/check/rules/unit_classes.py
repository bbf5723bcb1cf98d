"""How offices' classes, numbers and dates are written (issue 13, round 7).
"""

from __future__ import annotations
