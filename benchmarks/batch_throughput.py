"""The throughput of `judge grade-batch` in parallel, against one repo at a time.

    python benchmarks/batch_throughput.py [--repos 40] [--jobs 2] [--per-repo 2]

Builds practice repos in a temporary folder from the bank: each repo has
`--per-repo` problems, and each solution is the reference, one of the wrong
solutions (WA or RE: the fast-failing ones) or the starter code, in turn. Then
grades them all with `judge grade-batch --jobs 1` and with `--jobs N`, as a
user runs it (a process, the local sandbox, no complexity measurement), and
prints repos per minute and the ratio.  One run each: shared machines are
noisy, read the ratio, not the seconds.
"""

from __future__ import annotations

import argparse
import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from judge.practice.layout import init_practice  # noqa: E402
from judge.practice.templates import CiOptions  # noqa: E402
from judge.problem import Bank, Problem  # noqa: E402
from judge.problem.loader import wrong_solutions  # noqa: E402
from judge.resources import default_bank  # noqa: E402
from judge.verdicts import Verdict  # noqa: E402

FAST_FAILURES = (Verdict.WA, Verdict.RE)  # TLE and MLE solutions would time the limits, not the judge


def solutions_of(problem: Problem) -> list[Path]:
    """Reference, fast-failing wrong solutions, starter: what the repos take in turn."""
    wrong = [w.path for w in wrong_solutions(problem) if w.verdict in FAST_FAILURES]
    return [problem.reference, *wrong, problem.starter]


def build_repos(root: Path, problems: list[Problem], count: int, per_repo: int) -> None:
    variants = {p.slug: itertools.cycle(solutions_of(p)) for p in problems}
    for index in range(count):
        chosen = [problems[(index + k) % len(problems)] for k in range(per_repo)]
        repo = root / f"repo-{index:02d}"
        init_practice(repo, chosen, CiOptions())
        for problem in chosen:
            source = next(variants[problem.slug])
            (repo / problem.slug / problem.filename).write_bytes(source.read_bytes())


def timed_batch(bank: Path, repos: Path, out: Path, jobs: int) -> float:
    command = [sys.executable, "-m", "judge", "--problems", str(bank), "grade-batch", str(repos), "--out", str(out)]
    command += ["--jobs", str(jobs), "--sandbox", "local", "--no-complexity"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    started = time.monotonic()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.monotonic() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repos", type=int, default=40)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--per-repo", type=int, default=2, help="problems per repo")
    args = parser.parse_args()
    bank = Bank(default_bank())
    problems = [p for p in bank.problems() if p.has_hidden]
    load_before = os.getloadavg()[0]  # other work on the machine shrinks the ratio: say how busy it was
    with tempfile.TemporaryDirectory() as tmp:
        repos = Path(tmp) / "repos"
        build_repos(repos, problems, args.repos, args.per_repo)
        one = timed_batch(bank.root, repos, Path(tmp) / "one", 1)
        many = timed_batch(bank.root, repos, Path(tmp) / "many", args.jobs)
        same = (Path(tmp) / "one" / "gradebook.csv").read_text() == (Path(tmp) / "many" / "gradebook.csv").read_text()
    print(f"{args.repos} repos x {args.per_repo} problems from {len(problems)} in the bank, local sandbox, {os.cpu_count()} cores here")
    print(f"  one at a time (--jobs 1):  {one:6.1f} s  {60 * args.repos / one:5.1f} repos/min")
    print(f"  grade-batch --jobs {args.jobs}:    {many:6.1f} s  {60 * args.repos / many:5.1f} repos/min")
    print(f"  throughput ratio: {one / many:.2f}x   same gradebook: {'yes' if same else 'NO'}")
    print(f"  load average (1 min) before: {load_before:.2f}, after: {os.getloadavg()[0]:.2f}")


if __name__ == "__main__":
    main()
