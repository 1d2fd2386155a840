"""What went wrong anyway, kept for whoever helps: rotating log files in the person's data folder.

    path = start_logging("styrapp")        # once, at start; returns the log file
    log_failure(exc_info)                  # an error nobody expected, with its traceback

The window and the CLI log to the same folder (beside the demo copy and, later, the backups), one
file per program, rotated at 1 MB with the five before it kept. A log never holds plan data beyond
what a traceback names. Qt-free; standard library and platformdirs only.
"""

from __future__ import annotations

import logging
from pathlib import Path

LOGGER = "styrapp"
SIZE = 1024 * 1024
KEPT = 5


def log_folder() -> Path:
    """The folder the logs go in (STYRAPP_LOG_DIR, for tests and administrators, names another)."""
    from .paths import user_folder

    return user_folder("STYRAPP_LOG_DIR", "logs")


def start_logging(program: str) -> Path | None:
    """Log to `<log folder>/<program>.log`; None when the folder cannot be written (nothing else fails)."""
    import logging.handlers  # here, not at start: it costs the window's start some 30 ms

    logger = logging.getLogger(LOGGER)
    path = log_folder() / f"{program}.log"
    for handler in logger.handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(path, maxBytes=SIZE, backupCount=KEPT, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    return path


def log_path() -> Path | None:
    """The file the logger writes to now, if any."""
    for handler in logging.getLogger(LOGGER).handlers:
        if isinstance(handler, logging.FileHandler):
            return Path(handler.baseFilename)
    return None


def log_failure(exc_info, where: str = "") -> None:
    """An error nobody expected, with its traceback, in the log."""
    logging.getLogger(LOGGER).error("unexpected error%s", f" in {where}" if where else "", exc_info=exc_info)
    for handler in logging.getLogger(LOGGER).handlers:
        handler.flush()
