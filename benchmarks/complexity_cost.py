"""What the complexity stage costs, in wall seconds and against the correctness stage.

    python benchmarks/complexity_cost.py [--sandbox auto|local|docker] [--only SLUG ...]

Grades the reference of each problem that has a [ladder], and every solution
the hint must call slower (wrong/TLE/, or a `# complexity: worse` line), and
prints per submission the wall time of the complexity stage and its ratio to
the correctness stage; then the median stage over the references and the
dearest stage of all.  Seconds here are noisy on shared machines: the
ratios and the median are the figures to compare.
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
from judge.problem.model import Problem  # noqa: E402
from judge.sandbox import choose  # noqa: E402
from judge.verdicts import Verdict  # noqa: E402


def slow_solutions(problem: Problem) -> list[Path]:
    return [w.path for w in wrong_solutions(problem) if w.verdict is Verdict.TLE or w.growth == "worse"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", default="auto", choices=("auto", "local", "docker"), help="as `judge submit --sandbox`")
    parser.add_argument("--only", action="append", default=[], help="only problems whose slug contains this")
    parser.add_argument("--references-only", action="store_true", help="skip the slow solutions")
    options = parser.parse_args()
    sandbox = choose(options.sandbox)
    references: list[float] = []
    stages: list[tuple[float, str]] = []
    print(f"{'submission':58} {'verdict':7} {'growth':13} {'correctness':>11} {'complexity':>10} {'ratio':>6}")
    for problem in Bank(ROOT / "problems").problems():
        if problem.ladder is None or (options.only and not any(o in problem.slug for o in options.only)):
            continue
        for path in [problem.reference, *([] if options.references_only else slow_solutions(problem))]:
            result = grade_file(problem, path, sandbox)
            growth = result.extra.get("complexity")
            if not isinstance(growth, dict):
                continue
            stage = float(growth["seconds"])
            correctness = result.duration - stage
            name = f"{problem.slug}/{path.relative_to(problem.root)}"
            stages.append((stage, name))
            if path == problem.reference:
                references.append(stage)
            verdict = f"{result.verdict.name:7} {growth['verdict']:13}"
            print(f"{name:58} {verdict} {correctness:10.2f}s {stage:9.2f}s {stage / correctness:6.2f}", flush=True)
    sandbox.close()
    dearest, which = max(stages)
    print(
        f"\n{sandbox.name}: complexity stage, median over {len(references)} references {statistics.median(references):.2f} s; "
        f"dearest of {len(stages)} submissions {dearest:.2f} s ({which})"
    )


if __name__ == "__main__":
    main()
