"""The headless commands behind ``kabar``: the same operations the window offers."""
