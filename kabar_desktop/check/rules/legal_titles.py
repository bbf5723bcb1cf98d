"""Names of laws, regulations and decrees, and of places and roles, in the right case
(issue 13, round 8).
"""

from __future__ import annotations
