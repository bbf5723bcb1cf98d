"""`python -m kabar_desktop` runs the `kabar` command."""

import sys

from kabar_desktop.cli import main

sys.exit(main())
