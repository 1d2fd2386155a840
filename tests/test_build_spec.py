"""build.spec, read as Python source: it builds on Windows as on Linux (no written-out path separator, no
shell command), makes both front doors in one folder, and carries only the Qt modules styrapp uses."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"


def _tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"), filename="build.spec")


def _docstrings(tree: ast.Module) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def _list(tree: ast.Module, name: str) -> list[str]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"build.spec has no list {name}")


def _calls(tree: ast.Module, name: str) -> list[ast.Call]:
    return [node for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name]


def _keyword(call: ast.Call, name: str):
    for keyword in call.keywords:
        if keyword.arg == name:
            return keyword.value
    return None


def test_no_path_separator_is_written_out():
    tree = _tree()
    skip = _docstrings(tree)
    written = [node.value for node in ast.walk(tree)
               if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip
               and ("/" in node.value or "\\" in node.value)]
    assert written == [], f"paths in build.spec are joined with pathlib, not written with a separator: {written}"
    joined = [node for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
              and any(isinstance(v, ast.Constant) and ("/" in v.value or "\\" in v.value) for v in node.values)]
    assert joined == []


def test_no_shell_command_is_run():
    tree = _tree()
    imported = {alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import)
                for alias in node.names}
    imported |= {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    assert not imported & {"os", "subprocess", "shutil", "shlex", "glob"}, imported
    names = {node.attr if isinstance(node, ast.Attribute) else node.id for node in ast.walk(tree)
             if isinstance(node, ast.Attribute | ast.Name)}
    assert not names & {"system", "popen", "Popen", "run", "check_call", "check_output", "call", "exec", "eval"}


def test_two_programs_in_one_folder():
    tree = _tree()
    exes = _calls(tree, "EXE")
    assert sorted(ast.literal_eval(_keyword(exe, "name")) for exe in exes) == ["styrapp", "styrapp-cli"]
    console = {ast.literal_eval(_keyword(exe, "name")): ast.literal_eval(_keyword(exe, "console")) for exe in exes}
    assert console == {"styrapp": False, "styrapp-cli": True}  # no console window behind the window on Windows
    for exe in exes:
        assert ast.literal_eval(_keyword(exe, "exclude_binaries")) is True  # the libraries go to the folder, once
        assert _keyword(exe, "icon") is not None and _keyword(exe, "version") is not None
    collects = _calls(tree, "COLLECT")
    assert len(collects) == 1
    collected = {arg.id for arg in collects[0].args if isinstance(arg, ast.Name)}
    assert {"window", "cli"} <= collected
    assert len(_calls(tree, "Analysis")) == 1  # one analysis: one set of modules and libraries for both


def _qt_modules_the_package_imports() -> set[str]:
    used = set()
    for path in (ROOT / "styrapp").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt[A-Za-z0-9]+)", path.read_text(encoding="utf-8")))
    return used


def test_only_the_qt_modules_styrapp_uses_go_in():
    tree = _tree()
    modules, unused = set(_list(tree, "QT_MODULES")), set(_list(tree, "QT_UNUSED"))
    assert modules == _qt_modules_the_package_imports()
    assert not modules & unused
    assert {"QtWebEngineCore", "QtQuick", "QtQml", "Qt3DCore", "QtMultimedia"} <= unused
    assert {"QtPdf", "QtPdfWidgets", "QtPrintSupport"} <= modules


def test_the_version_comes_from_pyproject():
    import styrapp

    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert styrapp.__version__ == pyproject["project"]["version"]
    assert "pyproject.toml" in SPEC.read_text(encoding="utf-8")


def test_the_spec_carries_what_the_program_reads():
    text = SPEC.read_text(encoding="utf-8")
    for needed in ('"resources"', "styrapp_sv.qm", "styrapp_en.qm", "qtbase_sv.qm", 'copy_metadata("styrapp", recursive=True)',
                   '"tzdata"', '"docx"', '"pikepdf"', '"_rl_accel"'):
        assert needed in text, needed
    assert "styrapp.plan" in text and ".styrplan" in text  # the Windows file association, for the installer
    for icon in ("styrapp.ico", "styrapp.svg", "styrapp-32.png", "styrapp-256.png"):
        assert (ROOT / "resources" / "icons" / icon).is_file()
