"""The built program (issue 20): its folder's size and its start to a usable window, beside a bare PySide6
one-folder build of the same Qt modules (bench/bare/), built and measured in the same run.

    .venv/bin/python bench/bench_build.py [--build] [--runs 5] [--platform offscreen|xcb]

Uses dist/styrapp/ as it is (`--build`, or no dist/styrapp yet: builds it with build.spec first); the bare
build always goes into a temporary folder. Start: from launching `styrapp DEMO.styrplan` (a demo plan made
by the built styrapp-cli; fresh settings) until the program says the plan is open for editing in the
painted window (STYRAPP_QUIT_WHEN_USABLE), median of the runs after one to warm the disk cache. xcb needs
a display (under Xvfb: xvfb-run -a .venv/bin/python bench/bench_build.py --platform xcb).

Goals: usable within 1.5 s and within 2× the bare build's start; the folder at most 1.2× the bare build's.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE = ".exe" if sys.platform == "win32" else ""


def folder_size(folder: Path) -> int:
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() and not path.is_symlink())


def build(spec: Path, work: Path, dist: Path) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "ERROR",
                    "--workpath", str(work), "--distpath", str(dist), str(spec)], check=True, cwd=ROOT)
    return time.perf_counter() - start


def start_time(command: list[str], env: dict, expect: str) -> float:
    """Wall time from launching `command` until it prints `expect` (it quits by itself right after)."""
    start = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _out, err = child.communicate(timeout=60)
    if expect not in line:
        raise SystemExit(f"{command[0]} did not say {expect!r}: {line!r}\n{err}")
    return elapsed


def median_start(command: list[str], env: dict, expect: str, runs: int) -> tuple[float, float]:
    start_time(command, env, expect)  # the disk cache warm, as on the second start of a day
    times = [start_time(command, env, expect) for _ in range(runs)]
    return statistics.median(times), min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", action="store_true", help="build dist/styrapp/ first")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    args = parser.parse_args()
    program = ROOT / "dist" / "styrapp"
    if args.build or not (program / f"styrapp{EXE}").exists():
        seconds = build(ROOT / "build.spec", ROOT / "build", ROOT / "dist")
        print(f"styrapp built in {seconds:.0f} s")
    with tempfile.TemporaryDirectory(prefix="styrapp-bench-build-") as name:
        folder = Path(name)
        seconds = build(ROOT / "bench" / "bare" / "bare_qt.spec", folder / "work", folder / "dist")
        bare = folder / "dist" / "bare_qt"
        print(f"bare PySide6 built in {seconds:.0f} s")
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "HOME": str(folder / "home"),
               "XDG_CONFIG_HOME": str(folder / "config"), "XDG_DATA_HOME": str(folder / "data"),
               "XDG_CACHE_HOME": str(folder / "cache"), "STYRAPP_BACKUP_DIR": str(folder / "backups"),
               "STYRAPP_LOG_DIR": str(folder / "logs"), "MPLCONFIGDIR": str(folder / "matplotlib"),
               "STYRAPP_INSTANCE_NAME": f"styrapp-bench-{os.getpid()}", "STYRAPP_QUIT_WHEN_USABLE": "1"}
        demo = folder / "demo.styrplan"
        start = time.perf_counter()
        subprocess.run([str(program / f"styrapp-cli{EXE}"), "demo", str(demo)], check=True, env=env,
                       stdout=subprocess.DEVNULL)
        cli = time.perf_counter() - start

        ours, bare_size = folder_size(program), folder_size(bare)
        size_ratio = ours / bare_size
        print(f"folder: styrapp {ours / 2**20:6.0f} MB, bare PySide6 {bare_size / 2**20:6.0f} MB: "
              f"{size_ratio:.2f}× (goal ≤ 1.2×: {'met' if size_ratio <= 1.2 else 'NOT MET'})")
        bare_start, bare_best = median_start([str(bare / f"bare_qt{EXE}")], env, "bare: usable", args.runs)
        app_start, app_best = median_start([str(program / f"styrapp{EXE}"), str(demo)], env, "styrapp: usable",
                                           args.runs)
        start_ratio = app_start / bare_start
        print(f"start to a usable window ({args.platform}, median of {args.runs}): styrapp with the demo plan "
              f"{app_start * 1000:5.0f} ms (best {app_best * 1000:.0f}), bare PySide6 {bare_start * 1000:5.0f} ms "
              f"(best {bare_best * 1000:.0f}): {start_ratio:.1f}×")
        print(f"  goal ≤ 1500 ms: {'met' if app_start <= 1.5 else 'NOT MET'}; "
              f"goal ≤ 2× bare: {'met' if start_ratio <= 2 else 'NOT MET'}")
        print(f"styrapp-cli demo (start, write the demo plan, end): {cli * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
