"""The window's side of mail: the send dialog, the outbox and its sender, the SMTP page."""
