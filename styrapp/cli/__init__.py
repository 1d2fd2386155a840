"""`styrapp-cli`: the headless front door onto the same services the GUI uses."""

from .main import main

__all__ = ["main"]
