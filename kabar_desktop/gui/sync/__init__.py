"""The window's side of sync: the actions, the controller, the worker thread, the settings page."""
