"""Kabar: house-style news articles for Humas staff. Version only: no work at import time."""

__version__ = "0.1.0"
