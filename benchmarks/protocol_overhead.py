"""What the sandbox costs, as ratios measured in one run.

    python benchmarks/protocol_overhead.py [--calls N] [--runs N]

1. The median round trip of one protocol call (two_sum on a 4-element list)
   against calling the same function in-process, and against the bare pipe
   floor: the same request as a JSON line echoed by a child Python process
   that decodes and re-encodes it, no judge involved.
2. The wall time of grading two-sum's reference (visible + hidden tests)
   through the judge, against running the same tests in-process with the
   reference as `solution` and no sandbox; and `judge submit` whole, with
   its complexity stage, against that grading.  The in-process run and the
   local grading alternate, so that a machine that slows down or speeds up
   meanwhile weighs on both alike: the ratio is the median of each pair's.
3. With a Docker engine and the image: container start-to-first-call
   latency, the Docker round trip, and Docker grading, against the above:
   a submission's own container started for it (a first `judge submit`),
   one the previous `judge submit` parked (judge/sandbox/parking.py: each
   grading a new sandbox, as each `judge submit` is a new process; paired
   with in-process runs as the local gradings are), and one started while
   the previous submission was graded (a kept spare, as `validate` does).

Times on shared machines are noisy: read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import statistics
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from judge.grading.grade import cached_test_bytecode, forget_modules_under, grade_file  # noqa: E402
from judge.grading.plugin import import_reference, register_profile  # noqa: E402
from judge.problem import load_problem  # noqa: E402
from judge.problem.model import Problem  # noqa: E402
from judge.sandbox.base import Sandbox  # noqa: E402
from judge.sandbox.local import LocalSandbox  # noqa: E402
from judge.sandbox.session import RunnerSession  # noqa: E402

PROBLEM = load_problem(ROOT / "problems" / "two-sum")
ARGS = ([2, 7, 11, 15], 9)


def median_call_seconds(fn: Any, calls: int) -> float:
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def protocol_round_trip(sandbox: Sandbox, calls: int) -> tuple[float, float]:
    """(start-to-first-call seconds, median round trip seconds)."""
    started = time.perf_counter()
    pod = sandbox.open(PROBLEM.limits)
    session = RunnerSession(pod, PROBLEM.limits)
    try:
        session.start()
        source = PROBLEM.reference.read_text()
        session.load(source, PROBLEM.filename, PROBLEM.module, [], sandbox.runner_limits(PROBLEM.limits))
        session.call({"name": "two_sum"}, ARGS, {})
        first = time.perf_counter() - started
        return first, median_call_seconds(lambda: session.call({"name": "two_sum"}, ARGS, {}), calls)
    finally:
        session.close()
        pod.close()


ECHO = """
import json, os, sys
read = sys.stdin.buffer.readline
while True:
    line = read()
    if not line:
        break
    request = json.loads(line)
    os.write(1, json.dumps({"id": request["id"], "ok": True, "value": request["args"]}).encode() + b"\\n")
"""


def pipe_floor(calls: int) -> float:
    """The median round trip of a JSON line to a child Python and back."""
    child = subprocess.Popen([sys.executable, "-S", "-c", ECHO], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    writer, reader = child.stdin, child.stdout
    assert writer is not None and reader is not None
    request: dict[str, Any] = {"id": 0, "op": "call", "target": {"name": "two_sum"}, "args": [list(ARGS), {}]}

    def round_trip() -> None:
        request["id"] += 1
        writer.write(json.dumps(request).encode() + b"\n")
        writer.flush()
        json.loads(reader.readline())

    try:
        for _ in range(100):
            round_trip()
        return median_call_seconds(round_trip, calls)
    finally:
        writer.close()
        child.wait()


class InProcess:
    """The no-sandbox baseline: `solution` and `reference` are the reference module."""

    def __init__(self, problem: Problem):
        self.module = import_reference(problem.reference, problem.slug)

    @pytest.fixture
    def solution(self) -> types.ModuleType:
        return self.module

    @pytest.fixture
    def reference(self) -> types.ModuleType:
        return self.module


def in_process_seconds(problem: Problem) -> float:
    """One plain pytest run of the problem's tests on the reference.  As a
    fresh `pytest` would, it imports the test files each time (from the same
    rewritten bytecode the judge keeps), as the judge's grading does: kept
    imported from the run before, they would spare the baseline a cost the
    judge pays at every submission."""
    plugin = InProcess(problem)
    register_profile(problem.max_examples)
    args = [str(problem.tests_dir), str(problem.hidden_dir), "-q", "-p", "no:cacheprovider", "-c", "/dev/null",
            "--rootdir", str(problem.root), "--import-mode=importlib", "--hypothesis-profile", "judge-grading"]  # fmt: skip
    sys.modules[problem.module] = plugin.module
    started = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()), cached_test_bytecode():
        code = pytest.main(args, plugins=[plugin])
    elapsed = time.perf_counter() - started
    del sys.modules[problem.module]
    forget_modules_under(problem.root)
    assert code == 0, f"in-process baseline failed (pytest exit {code})"
    return elapsed


def graded_seconds(sandbox: Sandbox, runs: int, complexity: bool = False, spare: bool = False) -> float:
    """The median grading; with `spare`, after one grading that leaves a spare
    container started (as `judge validate` and batch grading keep one)."""
    times = []
    if spare:
        sandbox.keep_spare()
        grade_file(PROBLEM, PROBLEM.reference, sandbox, complexity=complexity)
    for _ in range(runs):
        result = grade_file(PROBLEM, PROBLEM.reference, sandbox, complexity=complexity)
        assert result.accepted, f"reference not accepted on {sandbox.name}: {result.verdict}"
        times.append(result.duration)
    return statistics.median(times)


def paired_seconds(runs: int, graded: Callable[[], float]) -> tuple[float, float, float]:
    """(median in-process seconds, median grading seconds, median of each
    pair's ratio): one in-process run, then one grading, `runs` times,
    after one of each unmeasured (the first grading starts a fork server,
    or parks the first container)."""
    in_process_seconds(PROBLEM)
    graded()
    pairs = [(in_process_seconds(PROBLEM), graded()) for _ in range(runs)]
    baseline, grading = zip(*pairs, strict=True)
    return statistics.median(baseline), statistics.median(grading), statistics.median(g / b for b, g in pairs)


def local_paired(runs: int) -> tuple[float, float, float]:
    sandbox = LocalSandbox()
    try:
        return paired_seconds(runs, lambda: graded_seconds(sandbox, 1))
    finally:
        sandbox.close()


def parked_grading() -> float:
    """One grading as a `judge submit` after another: a new sandbox that
    claims the container the one before parked, and parks the next.  Then,
    unmeasured, the pause a candidate takes: until the new one has started."""
    from judge.sandbox import docker, parking

    sandbox = docker.DockerSandbox(park=60)
    try:
        seconds = graded_seconds(sandbox, 1)
    finally:
        sandbox.close()
    name = parking.parked_name(docker.DockerPod(sandbox, PROBLEM.limits).key())
    client = docker.connect()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and client.containers.get(name).status != "running":
        time.sleep(0.05)
    client.close()
    return seconds


def unpark_all() -> None:
    from judge.sandbox import docker, parking

    client = docker.connect()
    for summary in client.api.containers(all=True, filters={"label": parking.LABEL}):
        parking.discard(client, summary["Id"], (summary.get("Labels") or {}).get(parking.LABEL, ""))
    client.close()


def docker_sandbox() -> Sandbox | None:
    try:
        from judge.sandbox import docker
    except ImportError:
        return None
    return docker.DockerSandbox() if docker.unavailable_reason() is None else None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--calls", type=int, default=2000, help="protocol calls to time")
    parser.add_argument("--runs", type=int, default=3, help="gradings to time (median)")
    options = parser.parse_args()

    reference = import_reference(PROBLEM.reference, PROBLEM.slug)
    direct = median_call_seconds(lambda: reference.two_sum(*ARGS), options.calls)
    floor = pipe_floor(options.calls)
    local_first, local_rt = protocol_round_trip(LocalSandbox(), options.calls)
    baseline, local_grade, local_ratio = local_paired(options.runs)
    local_full = graded_seconds(LocalSandbox(), options.runs, complexity=True)

    print(f"one call, median of {options.calls}:")
    print(f"  in-process                 {direct * 1e6:9.1f} us")
    print(f"  bare pipe floor            {floor * 1e6:9.1f} us")
    print(f"  local sandbox round trip   {local_rt * 1e6:9.1f} us   = {local_rt / floor:7.1f}x the floor")
    print(f"  local start to first call  {local_first * 1e3:9.1f} ms")
    print(f"judge submit two-sum (reference), median of {options.runs}:")
    print(f"  in-process, no sandbox     {baseline:9.2f} s")
    print(f"  local sandbox              {local_grade:9.2f} s   = {local_ratio:7.2f}x in-process (median of paired runs)")
    print(f"  local, with complexity     {local_full:9.2f} s   = {local_full / local_grade:7.1f}x without")

    docker = docker_sandbox()
    if docker is None:
        print("docker: no engine or no image here; skipped (judge sandbox status says why)")
        return
    docker_first, docker_rt = protocol_round_trip(docker, options.calls)
    docker_grade = graded_seconds(docker, options.runs)
    try:
        parked_baseline, parked_grade, parked_ratio = paired_seconds(options.runs, parked_grading)
    finally:
        unpark_all()
    docker_full = graded_seconds(docker, options.runs, complexity=True)
    spared = docker_sandbox()
    assert spared is not None
    try:
        docker_spare = graded_seconds(spared, options.runs, spare=True)
    finally:
        spared.close()
    print("docker:")
    print(f"  start to first call        {docker_first * 1e3:9.1f} ms   = {docker_first / local_first:7.1f}x local")
    print(f"  round trip                 {docker_rt * 1e6:9.1f} us   = {docker_rt / floor:7.1f}x the floor")
    print(f"  judge submit two-sum       {docker_grade:9.2f} s   = {docker_grade / local_grade:7.1f}x local"
          f" = {docker_grade / baseline:7.1f}x in-process   (its own container started for it)")  # fmt: skip
    print(f"  the next judge submit      {parked_grade:9.2f} s   = {parked_ratio:7.2f}x in-process (median of paired runs;"
          f" {parked_baseline:.2f} s in-process): the container the one before parked")  # fmt: skip
    print(f"  with complexity            {docker_full:9.2f} s   = {docker_full / docker_grade:7.1f}x without")
    print(f"  next submissions, a spare  {docker_spare:9.2f} s   = {docker_spare / baseline:7.1f}x in-process"
          "   (validate, batch: the container started while the one before was graded)")  # fmt: skip


if __name__ == "__main__":
    main()
