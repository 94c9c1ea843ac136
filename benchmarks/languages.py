"""What each language costs against Python, as ratios measured in one run.

    python benchmarks/languages.py [--sandbox local|docker] [--calls N] [--lang L ...]

For every language with a toolchain here (or an image, with --sandbox docker)
and a two-sum reference in it (problems/two-sum/reference/solution.<ext>):

1. compile: the first load of a source never seen before (a unique comment
   makes it new, so no cache answers), minus a load of the same source again:
   the compile phase alone (0 for languages that load source as it is);
2. start-to-first-call: a fresh runner of the same pod (as every case after
   a submission's first gets), its load (compiled already) and one call;
3. the median round trip of one call (two_sum on a 4-element list);
4. `judge submit two-sum` on the reference, with its complexity stage.

Times on shared machines are noisy: read the ratios, not the seconds.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from judge import languages  # noqa: E402
from judge.grading.grade import grade_file  # noqa: E402
from judge.languages.base import Language  # noqa: E402
from judge.problem import load_problem  # noqa: E402
from judge.problem.model import Problem  # noqa: E402
from judge.sandbox.base import Pod, Sandbox  # noqa: E402
from judge.sandbox.session import RunnerSession  # noqa: E402

PROBLEM = load_problem(ROOT / "problems" / "two-sum")
TARGET = {"name": "two_sum"}
ARGS = ([2, 7, 11, 15], 9)


def reference(language: Language) -> Path | None:
    found = [PROBLEM.reference.parent / f"solution{ext}" for ext in language.extensions]
    return next((path for path in found if path.is_file()), None)


def comment(language: Language) -> str:
    return "# " if language is languages.PYTHON else "// "


def loaded(problem: Problem, language: Language, pod: Pod, wired: dict[str, int | float], source: str) -> tuple[RunnerSession, float]:
    """A runner of `pod` with the source loaded, and the seconds from start to loaded."""
    session = RunnerSession(pod, problem.limits)
    started = time.perf_counter()
    session.start()
    entries = [e.to_wire() for e in problem.entries]
    fields, compiling = language.load_fields(problem), language.compile_seconds
    session.load(source, language.source_name(problem.module), problem.module, entries, wired, fields=fields, compile_seconds=compiling)
    return session, time.perf_counter() - started


def measure(language: Language, sandbox: Sandbox, calls: int) -> dict[str, float]:
    """One pod, as one submission has: a first runner that compiles, then one per case."""
    path = reference(language)
    assert path is not None
    source = path.read_text(encoding="utf-8")
    fresh = f"{source}\n{comment(language)}benchmark {uuid.uuid4().hex}\n"  # never compiled before
    pod = sandbox.open(PROBLEM.limits, language)
    wired = sandbox.runner_limits(PROBLEM.limits)
    try:
        session, first_load = loaded(PROBLEM, language, pod, wired, fresh)
        session.close()
        session, again = loaded(PROBLEM, language, pod, wired, fresh)
        started = time.perf_counter()
        session.call(TARGET, ARGS, {})
        start_to_first_call = again + time.perf_counter() - started
        trips = []
        for _ in range(calls):
            started = time.perf_counter()
            session.call(TARGET, ARGS, {})
            trips.append(time.perf_counter() - started)
        session.close()
    finally:
        pod.close()
    started = time.perf_counter()
    result = grade_file(PROBLEM, path, sandbox, language=language)
    submit = time.perf_counter() - started
    assert result.verdict.name == "AC", f"{language.name}'s two-sum reference: {result.verdict.name} {result.message}"
    return {
        "compile": max(0.0, first_load - again),
        "first_call": start_to_first_call,
        "round_trip": statistics.median(trips),
        "submit": submit,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sandbox", choices=["local", "docker"], default="local")
    parser.add_argument("--calls", type=int, default=200)
    parser.add_argument("--lang", action="append", help="only these languages (and Python, the baseline)")
    options = parser.parse_args()
    sandbox = make_sandbox(options.sandbox)
    chosen = [languages.PYTHON] + [lang for lang in languages.LANGUAGES if lang is not languages.PYTHON and wanted(lang, options.lang)]
    rows: dict[str, dict[str, float]] = {}
    for language in chosen:
        problem = missing(language, options.sandbox)
        if problem:
            print(f"{language.name}: skipped ({problem})")
            continue
        rows[language.name] = measure(language, sandbox, options.calls)
    report(rows, options.sandbox)
    return 0


def make_sandbox(name: str) -> Sandbox:
    if name == "docker":
        from judge.sandbox.docker import DockerSandbox

        return DockerSandbox()
    from judge.sandbox.local import LocalSandbox

    return LocalSandbox()


def wanted(language: Language, names: list[str] | None) -> bool:
    return not names or any(languages.get(name) is language for name in names)


def missing(language: Language, sandbox: str) -> str | None:
    if reference(language) is None:
        return "no two-sum reference in it"
    if sandbox == "local":
        return language.missing_toolchain()
    from judge.sandbox import docker

    return docker.unavailable_reason(language=None if language is languages.PYTHON else language)


def report(rows: dict[str, dict[str, float]], sandbox: str) -> None:
    base = rows.get("python")
    print(f"\n{sandbox} sandbox; ratios against Python's")
    print(f"{'language':<12}{'compile s':>10}{'first call s':>14}{'x py':>7}{'round trip ms':>15}{'x py':>7}{'submit s':>10}{'x py':>7}")
    for name, row in rows.items():
        ratios = [row[key] / base[key] if base and base[key] else float("nan") for key in ("first_call", "round_trip", "submit")]
        print(
            f"{name:<12}{row['compile']:>10.2f}{row['first_call']:>14.3f}{ratios[0]:>7.1f}"
            f"{row['round_trip'] * 1000:>15.3f}{ratios[1]:>7.1f}{row['submit']:>10.2f}{ratios[2]:>7.1f}"
        )


if __name__ == "__main__":
    raise SystemExit(main())
