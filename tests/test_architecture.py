"""The arrows of DESIGN.md point one way: a test, so nobody has to remember the rule."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "styrapp"


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against the file's package
                base = path.relative_to(PACKAGE.parent).with_suffix("").parts[: -node.level]
                module = ".".join(base + ((node.module,) if node.module else ()))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


def files_in(sub: str):
    return sorted((PACKAGE / sub).rglob("*.py"))


def test_models_import_no_qt_and_nothing_above_them():
    for path in files_in("models"):
        for name in imports_of(path):
            assert not name.startswith("PySide6"), f"{path.name} imports {name}"
            for upper in ("styrapp.ui", "styrapp.views", "styrapp.reports", "styrapp.exchange", "styrapp.cli"):
                assert not name.startswith(upper), f"{path.name} imports {name}"


def test_reports_and_exchange_never_use_widgets():
    for sub in ("reports", "exchange"):
        if not (PACKAGE / sub).exists():
            continue
        for path in files_in(sub):
            for name in imports_of(path):
                assert not name.startswith(("PySide6.QtWidgets", "PySide6.QtGui")), f"{path} imports {name}"
                assert not name.startswith(("styrapp.ui", "styrapp.views")), f"{path} imports {name}"


def test_views_do_not_reach_up_into_ui_and_do_not_open_sessions():
    for path in files_in("views"):
        text = path.read_text(encoding="utf-8")
        assert "Session(" not in text and "sqlite3.connect" not in text, path
        for name in imports_of(path):
            assert not name.startswith("styrapp.ui"), f"{path} imports {name}"


def test_cli_uses_no_qt():
    for path in files_in("cli"):
        for name in imports_of(path):
            assert not name.startswith("PySide6"), f"{path} imports {name}"


def test_the_window_module_loads_without_the_database_layer_or_charts():
    """The window appears first and fast: SQLAlchemy, matplotlib and ReportLab load when needed."""
    import subprocess
    import sys

    code = ("import sys, styrapp.ui.app, styrapp.ui.main_window; "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'matplotlib', 'reportlab') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.stdout.strip() == "[]"
