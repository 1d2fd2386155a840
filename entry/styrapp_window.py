"""The built program's `styrapp`: the window (build.spec freezes this; `python -m styrapp` is the same)."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The PDF reports may draw charts in worker processes; in the built program a worker starts here
    # (the program run again with multiprocessing's arguments) and must not open another window.
    multiprocessing.freeze_support()
    from styrapp.ui.app import main

    sys.exit(main())
