"""A module imported on first use: services and commands load with the plan, not at start-up, so the
window appears before SQLAlchemy, matplotlib and ReportLab are read from disk."""

from __future__ import annotations

import importlib


class Later:
    def __init__(self, name: str, package: str | None = None):
        self._name, self._package = name, package

    def __getattr__(self, attr: str):
        return getattr(importlib.import_module(self._name, self._package), attr)
