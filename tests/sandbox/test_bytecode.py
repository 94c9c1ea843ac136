"""The runner's launcher: a script run from its cached bytecode, as a script."""

from __future__ import annotations

import importlib.util
import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

from judge.sandbox import bytecode

SCRIPT = """
import json, sys
print(json.dumps({"name": __name__, "argv": sys.argv, "file": __file__}))
"""


def run(script: Path, *args: str) -> dict[str, object]:
    command = bytecode.launch(sys.executable, ["-s", "-S", "-P"], str(script), list(args))
    out = subprocess.run(command, capture_output=True, text=True, check=True, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
    return dict(json.loads(out.stdout))


def test_the_launched_runner_sees_what_a_script_sees(tmp_path: Path) -> None:
    script = tmp_path / "runner.py"
    script.write_text(SCRIPT)
    seen = run(script, "--fork-server", "x y")
    assert seen["name"] == "__main__"
    assert seen["argv"] == [str(script), "--fork-server", "x y"]
    assert seen["file"] == str(script)


def test_the_bytecode_is_written_once_and_rewritten_when_the_source_changes(tmp_path: Path) -> None:
    script = tmp_path / "runner.py"
    script.write_text("VALUE = 1\n")
    cached = Path(importlib.util.cache_from_source(str(script)))
    bytecode.cache_bytecode.__wrapped__(script)
    assert cached.is_file()
    written = cached.stat().st_mtime_ns
    bytecode.cache_bytecode.__wrapped__(script)
    assert cached.stat().st_mtime_ns == written, "a fresh cache is left alone"
    script.write_text("VALUE = 22\n")  # another size: stale whatever the clock's resolution
    bytecode.cache_bytecode.__wrapped__(script)
    assert cached.stat().st_mtime_ns != written


def test_the_launcher_runs_the_cached_bytecode(tmp_path: Path) -> None:
    script = tmp_path / "runner.py"
    script.write_text('print(\'{"v": "source"}\')\n')
    bytecode.cache_bytecode.__wrapped__(script)
    cached = Path(importlib.util.cache_from_source(str(script)))
    header = cached.read_bytes()[:16]  # still matching the source: only the code differs
    cached.write_bytes(header + marshal.dumps(compile('print(\'{"v": "cache"}\')', str(script), "exec")))
    assert run(script) == {"v": "cache"}


def test_the_launcher_runs_the_cached_code_and_not_a_stale_one(tmp_path: Path) -> None:
    script = tmp_path / "runner.py"
    script.write_text("import sys; print('{\"v\": 1}')\n")
    bytecode.cache_bytecode.__wrapped__(script)
    assert run(script) == {"v": 1}
    script.write_text("import sys; print('{\"v\": 22}')\n")  # the import system sees the cache is stale
    assert run(script) == {"v": 22}


def test_a_folder_the_judge_cannot_write_costs_only_the_compile(tmp_path: Path) -> None:
    script = tmp_path / "runner.py"
    script.write_text("print('{\"v\": 3}')\n")
    (tmp_path / "__pycache__").write_text("not a folder")  # the cache cannot be written
    bytecode.cache_bytecode.__wrapped__(script)
    assert run(script) == {"v": 3}
