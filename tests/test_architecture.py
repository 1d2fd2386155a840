"""The arrows of DESIGN.md point one way: a test, so nobody has to remember the rule."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "styrapp"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


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


ALL_MODULES = {module_name(p): p for p in PACKAGE.rglob("*.py")}


def styrapp_imports(path: Path) -> set[str]:
    """The styrapp modules `path` imports (a name imported from a package counts when it is a module)."""
    own = module_name(path)
    return {name for name in imports_of(path) if name in ALL_MODULES and name != own
            and not own.startswith(name + ".")}  # a module's own package __init__ is not an arrow


def test_models_import_no_qt_and_nothing_above_them():
    for path in files_in("models"):
        for name in imports_of(path):
            assert not name.startswith("PySide6"), f"{path.name} imports {name}"
            for upper in ("styrapp.ui", "styrapp.views", "styrapp.reports", "styrapp.exchange", "styrapp.cli"):
                assert not name.startswith(upper), f"{path.name} imports {name}"


# Which parts of models/ each part may use (enums and errors are everyone's). DESIGN.md, "the shape".
MODEL_PARTS = {
    "tables": {"tables", "rules"},  # the Agenda 2030 reference rows
    "file": {"file", "tables"},
    "rules": {"rules"},
    "queries": {"queries", "file", "tables", "rules"},
    "services": {"services", "queries", "file", "tables", "rules"},
    "wheel": {"wheel", "queries", "rules"},
    "content": {"content", "services", "queries", "file", "tables", "rules"},
}
BASE = {"styrapp.models.enums", "styrapp.models.errors", "styrapp.models.changes", "styrapp.models", "styrapp.wording"}


def test_the_word_catalogue_stands_on_its_own():
    """Every part may word things, so the catalogue imports nothing of styrapp's."""
    for path in [PACKAGE / "wording.py", *files_in("wording")]:
        if path.exists():
            assert not {name for name in styrapp_imports(path) if not name.startswith("styrapp.wording")}, path


def test_models_parts_point_one_way():
    """Queries never use the write side; rules are pure; the file layer knows only the tables."""
    top = {p.stem for p in (PACKAGE / "models").glob("*.py")} - {"__init__"}
    assert top == {"enums", "errors", "changes"}, f"models/ holds loose modules besides enums, errors and changes: {top}"
    assert set(MODEL_PARTS) == {p.name for p in (PACKAGE / "models").iterdir() if p.is_dir() and p.name != "__pycache__"}
    for part, allowed in MODEL_PARTS.items():
        for path in files_in(f"models/{part}"):
            for name in styrapp_imports(path):
                if name in BASE or name.startswith("styrapp.wording") or not name.startswith("styrapp.models."):
                    continue
                used = name.split(".")[2]
                assert used in allowed, f"models/{part}/{path.name} uses models/{used} ({name})"


def test_queries_only_read():
    """Every write is a service: nothing in queries/ inserts, updates or deletes."""
    import re

    writes = re.compile(r"\b(INSERT|UPDATE|DELETE)\s|(?<![.\w])(insert|update|delete)\(|session\.(add|delete|merge)\(")
    for path in files_in("models/queries"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            code = line.split("#")[0]
            if '"""' in code or code.strip().startswith(("'", '"')):
                continue
            assert not writes.search(code), f"{path.name}:{number} writes: {line.strip()}"


def test_reports_only_read():
    """A report reads the plan through queries (and rules); it never reaches into the write side."""
    for path in files_in("reports"):
        for name in imports_of(path):
            assert not name.startswith("styrapp.models.services"), f"reports/{path.name} imports {name}"


def test_rules_are_pure_and_sql_stays_in_models():
    for path in files_in("models/rules"):
        for name in imports_of(path):
            assert not name.startswith(("sqlalchemy", "sqlmodel", "sqlite3")), f"{path.name} imports {name}"
    for sub in ("reports", "exchange", "cli", "ui", "views"):
        for path in files_in(sub):
            for name in imports_of(path):
                assert not name.startswith(("sqlalchemy", "sqlmodel", "sqlite3")), f"{path} imports {name}"
                assert not name.startswith("styrapp.models.tables"), f"{path} imports {name}: read through queries"


def test_sqlite_specific_sql_lives_in_one_module():
    """PRAGMAs, SQLite's upsert and its dialect stay in models/file/sqlite.py (a server later changes one file)."""
    for path in PACKAGE.rglob("*.py"):
        if path == PACKAGE / "models/file/sqlite.py":
            continue
        text = path.read_text(encoding="utf-8")
        for marker in ("PRAGMA", "dialects.sqlite", "sqlite_master", "sqlite3.connect"):
            assert marker not in text, f"{path.relative_to(PACKAGE)} uses {marker}"


def test_no_import_circles():
    """No module reaches itself through its imports, lazy ones included."""
    graph = {name: styrapp_imports(path) for name, path in ALL_MODULES.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for other in sorted(graph[node]):
            if state.get(other) == 1:
                circle = stack[stack.index(other):] + [other]
                raise AssertionError("import circle: " + " → ".join(circle))
            if other not in state:
                visit(other)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)


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


def test_the_window_module_loads_without_the_database_layer_or_charts(tmp_path):
    """The window appears first and fast: SQLAlchemy, matplotlib and ReportLab load when needed —
    not when the modules are imported, and not when the window and every page are made and shown."""
    import subprocess
    import sys

    code = ("import sys, styrapp.ui.app, styrapp.ui.main_window; "
            "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "window = styrapp.ui.main_window.MainWindow(); window.show(); app.processEvents(); "
            "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'matplotlib', 'reportlab') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
                                 "XDG_CONFIG_HOME": str(tmp_path)})
    assert result.stdout.strip() == "[]"
