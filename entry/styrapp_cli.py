"""The built program's `styrapp-cli`: the command line (build.spec freezes this; `python -m styrapp.cli`
is the same)."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a report's chart worker starts here in the built program
    from styrapp.cli import main

    sys.exit(main())
