"""The editor: the draft being edited, its autosave, preview, printing and files."""
