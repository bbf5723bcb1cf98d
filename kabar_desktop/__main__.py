"""`python -m kabar_desktop` runs the `kabar` command (cli.main, which makes the standard
streams safe on Windows first: pip's own kabar.exe calls it directly)."""

import sys

from kabar_desktop.cli import main

sys.exit(main())
