"""The editor window: PySide6 lives here (and in ``app.py``) and nowhere else."""
