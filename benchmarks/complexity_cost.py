"""What the complexity stage costs, as a multiple of the correctness stage.

    python benchmarks/complexity_cost.py [--sandbox auto|local|docker]

Grades the reference and every accepted-or-TLE wrong solution of each problem
that has a [ladder], and prints, per submission, the wall time of the
complexity stage over that of the correctness stage, then the median.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from judge.grading.grade import grade_file  # noqa: E402
from judge.problem import Bank  # noqa: E402
from judge.problem.loader import wrong_solutions  # noqa: E402
from judge.sandbox import choose  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", default="auto", choices=("auto", "local", "docker"), help="as `judge submit --sandbox`")
    options = parser.parse_args()
    sandbox = choose(options.sandbox)
    ratios = []
    print(f"{'submission':58} {'verdict':7} {'growth':13} {'correctness':>11} {'complexity':>10} {'ratio':>6}")
    for problem in Bank(ROOT / "problems").problems():
        if problem.ladder is None:
            continue
        paths = [problem.reference, *(w.path for w in wrong_solutions(problem) if w.verdict.name == "TLE")]
        for path in paths:
            result = grade_file(problem, path, sandbox)
            growth = result.extra.get("complexity")
            if not isinstance(growth, dict):
                continue
            stage = float(growth["seconds"])
            correctness = result.duration - stage
            ratios.append(stage / correctness)
            name = f"{problem.slug}/{path.relative_to(problem.root)}"
            verdict = f"{result.verdict.name:7} {growth['verdict']:13}"
            print(f"{name:58} {verdict} {correctness:10.1f}s {stage:9.1f}s {stage / correctness:6.2f}")
    sandbox.close()
    print(
        f"\nmedian complexity stage = {statistics.median(ratios):.2f}x the correctness stage ({len(ratios)} submissions, {options.sandbox})"
    )


if __name__ == "__main__":
    main()
