"""Use cases both faces share: the window and the ``kabar`` command do these jobs one way.

No Qt and no command-line code here: the window (gui/) and the command line (commands/) each
only ask their user and tell the outcome; what is done, and how files are named, is decided
here once.
"""
