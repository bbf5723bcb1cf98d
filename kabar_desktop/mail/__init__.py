"""Sending drafts by email: a ready-to-send message, as an ``.eml`` file or through an outbox.

``message``  the message: subject from the title, a short Indonesian note, the DOCX attached
             (HTML and photos if asked); ``write_eml`` for the user's own mail program.
``smtp``     one delivery attempt over TLS with the certificate verified; every outcome is a
             value (sent, try again later, refused, account problem), never an exception.
``outbox``   messages waiting in ``outbox.sqlite`` (data folder), sent with the same bytes and
             Message-ID on every retry, marked sent only after the server accepted them.

No Qt here: the window and ``kabar send`` / ``kabar outbox`` share all of it (docs/mail.md).
"""
