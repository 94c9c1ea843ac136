"""Accuracy of the complexity verdicts on the labelled corpus.

    python benchmarks/complexity_accuracy.py [--sandbox auto|local|docker] [--runs 3] [--busy-run 2] [--only NAME]

Every folder of benchmarks/complexity_corpus/ is a (candidate, reference)
pair with its true verdict (see that folder's README).  Prints a table of
verdicts, then: right, confidently wrong (a wrong same/worse/better), and
inconclusive, per run; with --runs > 1, whether every pair got the same
verdict each time.  `--busy-run K` keeps one core busy during run K, as a
noisy neighbour would.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from judge.complexity.ladder import LadderConfig  # noqa: E402
from judge.complexity.run import compare, load_generator  # noqa: E402
from judge.complexity.verdict import ComplexityResult  # noqa: E402
from judge.problem.model import Limits  # noqa: E402
from judge.sandbox import choose  # noqa: E402

CORPUS = Path(__file__).resolve().parent / "complexity_corpus"
LIMITS = Limits(time=10.0, memory=1024)


@dataclass(frozen=True)
class Pair:
    name: str
    folder: Path
    entry: str
    reference_label: str
    candidate_class: str
    expected: str
    min_n: int
    max_n: int

    @classmethod
    def load(cls, folder: Path) -> Pair:
        data = tomllib.loads((folder / "pair.toml").read_text())
        keys = ("entry", "reference_label", "candidate_class", "expected", "min_n", "max_n")
        return cls(folder.name, folder, *(data[k] for k in keys))

    def measure(self, sandbox_name: str) -> ComplexityResult:
        config = LadderConfig(self.entry, self.reference_label, self.min_n, self.max_n, seed=self.name)
        candidate = (self.folder / "candidate.py").read_text()
        reference = (self.folder / "reference.py").read_text()
        sandbox = choose(sandbox_name)
        try:
            return compare(candidate, reference, load_generator(self.folder / "generator.py"), config, sandbox, LIMITS)
        finally:
            sandbox.close()


def _spin() -> None:
    while True:
        pass


@contextmanager
def busy_core(on: bool) -> Iterator[None]:
    """A neighbour that keeps one core busy for the duration."""
    if not on:
        yield
        return
    neighbour = multiprocessing.Process(target=_spin, daemon=True)
    neighbour.start()
    try:
        yield
    finally:
        neighbour.terminate()
        neighbour.join()


def run_once(pairs: list[Pair], sandbox: str, busy: bool, label: str) -> dict[str, ComplexityResult]:
    results = {}
    print(f"\n== {label}{' (one core kept busy)' if busy else ''}")
    print(f"{'pair':34} {'candidate':12} {'reference':12} {'expected':9} {'got':13} {'conf':>5} {'basis':5}  estimate")
    with busy_core(busy):
        for pair in pairs:
            started = time.monotonic()
            result = pair.measure(sandbox)
            results[pair.name] = result
            mark = "ok" if result.verdict == pair.expected else ("??" if result.verdict == "inconclusive" else "XX")
            print(
                f"{pair.name:34} {pair.candidate_class:12} {pair.reference_label:12} {pair.expected:9} "
                f"{result.verdict:10} {mark} {result.confidence:5.2f} {result.basis:5}  {result.estimate}"
                f"  ({time.monotonic() - started:.1f} s)",
                flush=True,
            )
    right = sum(results[p.name].verdict == p.expected for p in pairs)
    inconclusive = sum(results[p.name].verdict == "inconclusive" for p in pairs)
    wrong = len(pairs) - right - inconclusive
    print(
        f"-- {right}/{len(pairs)} right ({right / len(pairs):.1%}), {wrong} confidently wrong, "
        f"{inconclusive} inconclusive ({inconclusive / len(pairs):.1%})"
    )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sandbox", default="auto", choices=("auto", "local", "docker"), help="as `judge submit --sandbox`")
    parser.add_argument("--runs", type=int, default=1)
    parser.add_argument("--busy-run", type=int, default=0, help="the run (1-based) with one core kept busy")
    parser.add_argument("--only", action="append", default=[], help="only pairs whose name contains this")
    options = parser.parse_args()
    folders = sorted(p for p in CORPUS.iterdir() if (p / "pair.toml").is_file())
    pairs = [Pair.load(f) for f in folders if not options.only or any(o in f.name for o in options.only)]
    runs = [run_once(pairs, options.sandbox, i + 1 == options.busy_run, f"run {i + 1} on {options.sandbox}") for i in range(options.runs)]
    if len(runs) > 1:
        unstable = [p.name for p in pairs if len({r[p.name].verdict for r in runs}) > 1]
        print(
            f"\nsame verdict on all {len(runs)} runs: {len(pairs) - len(unstable)}/{len(pairs)}"
            + (f"; differ: {', '.join(unstable)}" if unstable else "")
        )


if __name__ == "__main__":
    main()
