"""The office profile and the preferences dialog, which gathers the pages of the other roles."""
