"""(being written for issue 13)."""

from __future__ import annotations
