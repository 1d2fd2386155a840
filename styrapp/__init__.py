"""styrapp: plan and follow up a Swedish municipality's styrmodell offline."""

from __future__ import annotations

from pathlib import Path


def _version() -> str:
    """The version, written once: pyproject.toml's. Installed (a wheel, an editable install, the built
    program, which carries the package's metadata) it is read from the metadata; in a bare source
    checkout from pyproject.toml itself."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("styrapp")
    except PackageNotFoundError:
        import tomllib

        pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def __getattr__(name: str) -> str:
    # Looked up when asked for, not at import: importlib.metadata is not free, and the window's start counts.
    if name == "__version__":
        global __version__
        __version__ = _version()
        return __version__
    raise AttributeError(f"module 'styrapp' has no attribute {name!r}")
