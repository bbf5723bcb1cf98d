"""The shell: the window, its menus, the first paint, the crash dialog, Qt's texts, smoke mode."""
