"""`python -m styrapp` starts the GUI."""

import multiprocessing
import sys

if __name__ == "__main__":
    # The PDF reports draw many charts in worker processes; a frozen build (PyInstaller) must let a
    # worker start here instead of opening another window.
    multiprocessing.freeze_support()
    from styrapp.ui.app import main

    sys.exit(main())
