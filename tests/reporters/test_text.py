"""While it measures: after the cases the verdict prints at once, a spinner
(on a terminal only) shows the complexity stage, and Ctrl-C there keeps the
verdict, says the hint was skipped and exits with the verdict's code."""

from __future__ import annotations

import os
import pty
import re
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli_support import SANDBOXES, usable
from tests.conftest import REPO, TWO_SUM

REFERENCE = TWO_SUM / "reference" / "solution.py"
# The reference, slowed only on the complexity ladder's inputs (an odd target
# over even numbers, see the problem's generator.py): the stage then lasts
# seconds however fast the machine is, so Ctrl-C lands inside it.
SLOW_TO_MEASURE = """import time


def two_sum(nums: list[int], target: int) -> list[int]:
    if target == 1 and len(nums) >= 1000 and all(value % 2 == 0 for value in nums):
        time.sleep(5)
    seen: dict[int, int] = {}
    for j, value in enumerate(nums):
        i = seen.get(target - value)
        if i is not None:
            return [i, j]
        seen.setdefault(value, j)
    return []
"""
VERDICT_LINE = "AC  accepted — 12/12 cases"
SPINNER = "measuring how the cost grows"
WAIT_SECONDS = 120


def slow_to_measure(directory: Path) -> Path:
    path = directory / "solution.py"
    path.write_text(SLOW_TO_MEASURE)
    return path


def start_submit(sandbox: str, stdout: int, submission: Path) -> subprocess.Popen[bytes]:
    """`judge submit` in a session of its own, so Ctrl-C can go to its whole group as a terminal sends it."""
    env = {**os.environ, "PYTHONHASHSEED": "0", "COLUMNS": "200"}
    command = [sys.executable, "-m", "judge", "submit", "two-sum", str(submission), "--sandbox", sandbox]
    return subprocess.Popen(command, cwd=REPO, env=env, stdout=stdout, stderr=subprocess.STDOUT, start_new_session=True)


def read_until(fd: int, wanted: str, seen: bytearray) -> None:
    deadline = time.monotonic() + WAIT_SECONDS
    while wanted not in seen.decode(errors="replace"):
        assert time.monotonic() < deadline, f"no {wanted!r} in: {seen.decode(errors='replace')}"
        ready, _, _ = select.select([fd], [], [], 1.0)
        if ready:
            chunk = os.read(fd, 65536)
            assert chunk, f"output ended before {wanted!r}: {seen.decode(errors='replace')}"
            seen += chunk


def read_rest(fd: int, seen: bytearray) -> str:
    while True:
        ready, _, _ = select.select([fd], [], [], WAIT_SECONDS)
        try:
            chunk = os.read(fd, 65536) if ready else b""
        except OSError:  # a pty's reader gets EIO once the child is gone
            chunk = b""
        if not chunk:
            return seen.decode(errors="replace")
        seen += chunk


@pytest.mark.parametrize("sandbox", SANDBOXES)
def test_ctrl_c_while_measuring_keeps_the_verdict(sandbox: str, tmp_path: Path) -> None:
    process = start_submit(usable(sandbox), subprocess.PIPE, slow_to_measure(tmp_path))
    assert process.stdout is not None
    seen = bytearray()
    try:
        read_until(process.stdout.fileno(), VERDICT_LINE, seen)  # told before growth is measured
        time.sleep(0.5)  # inside the complexity stage, which this submission makes last seconds
        os.killpg(process.pid, signal.SIGINT)
        output = read_rest(process.stdout.fileno(), seen)
        code = process.wait(WAIT_SECONDS)
    finally:
        process.kill()
    assert code == 0, output
    assert "Complexity  hint skipped (interrupted); the verdict above stands" in output
    assert "Traceback" not in output and "interrupted\n" not in output.replace("(interrupted)", "")
    assert output.index(VERDICT_LINE) < output.index("hint skipped")


def test_a_spinner_shows_the_stage_on_a_terminal_only(tmp_path: Path) -> None:
    controller, terminal = pty.openpty()
    process = start_submit("local", terminal, slow_to_measure(tmp_path))
    os.close(terminal)
    seen = bytearray()
    try:
        read_until(controller, SPINNER, seen)
        os.killpg(process.pid, signal.SIGINT)
        output = read_rest(controller, seen)
        code = process.wait(WAIT_SECONDS)
    finally:
        process.kill()
        os.close(controller)
    plain = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", output)  # the terminal's colours and cursor moves
    assert code == 0, plain
    assert VERDICT_LINE in plain and "hint skipped (interrupted)" in plain


def test_no_spinner_without_a_terminal(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from judge.cli import cli

    result = CliRunner().invoke(cli, ["submit", "two-sum", str(REFERENCE), "--sandbox", "local"])
    assert result.exit_code == 0, result.output
    assert SPINNER not in result.output
    assert result.output.index(VERDICT_LINE) < result.output.index("Complexity  same growth as the reference")
