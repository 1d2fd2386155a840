"""`python -m styrapp` starts the GUI."""

import sys

from .ui.app import main

sys.exit(main())
