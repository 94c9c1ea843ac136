"""How much of an Exercism Python track `judge import exercism` brings in whole.

    python benchmarks/exercism_import.py TRACK [--sandbox local] [--jobs 2] [--keep DIR] [--only SLUG ...]

Imports every practice exercise of the track checkout TRACK into a temporary
bank (or --keep DIR), runs `judge validate` on each imported problem, and
prints:

- examples AC: the exercises whose example solution (the reference) is
  accepted, over all non-deprecated exercises (one not imported counts as
  not AC);
- stubs: the stubs that get a plain not-accepted verdict (WA, RE, CE, TLE,
  MLE, OLE); an IE or no result at all is a failure, and an accepted stub
  is listed apart (a refactoring exercise, whose stub is working code);
- each failure with its cause, and the other validate checks that failed.

Not part of the test suite: it takes minutes and needs the track.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from judge.instructor.bank_validation import Outcome, validate_all  # noqa: E402
from judge.instructor.exercism_track import locate  # noqa: E402
from judge.instructor.import_command import Imported, import_exercise  # noqa: E402

REFERENCE_CHECK = "reference is accepted"
STARTER_CHECK = "starter loads and is rejected"
PLAIN_REJECTIONS = ("WA", "RE", "CE", "TLE", "MLE", "OLE")


def main() -> int:
    args = _arguments()
    track = locate(args.track)
    folders = [f for f in track.exercises if not args.only or f.name in args.only]
    with tempfile.TemporaryDirectory(prefix="exercism-bank-") as temporary:
        bank = args.keep or Path(temporary)
        bank.mkdir(parents=True, exist_ok=True)
        imports = [import_exercise(folder, track, bank) for folder in folders]
        live = [i for i in imports if not i.deprecated]
        roots = [bank / i.slug for i in live if not i.skipped]
        print(f"imported {len(roots)} of {len(live)} non-deprecated exercises ({len(imports) - len(live)} deprecated skipped)", flush=True)
        outcomes = {o.slug: o for o in validate_all(roots, args.sandbox, False, args.jobs, lambda check: None)}
    report(live, outcomes)
    return 0


def _arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("track", type=Path, help="a checkout of the Exercism Python track (or its exercises/practice)")
    parser.add_argument("--sandbox", default="local", choices=["local", "docker"])
    parser.add_argument("--jobs", type=int, default=2, help="problems validated at once (default 2)")
    parser.add_argument("--keep", type=Path, help="import into this folder and keep it (default: a temporary one)")
    parser.add_argument("--only", nargs="*", default=[], help="only these exercise slugs")
    return parser.parse_args()


def report(live: list[Imported], outcomes: dict[str, Outcome]) -> None:
    examples_failed: list[str] = []
    stubs_failed: list[str] = []
    stubs_accepted: list[str] = []
    other: list[str] = []
    for item in live:
        if item.skipped:
            examples_failed.append(f"{item.slug}: not imported: {item.skipped}")
            continue
        outcome = outcomes.get(item.slug)
        reference, starter = _check(outcome, REFERENCE_CHECK), _check(outcome, STARTER_CHECK)
        error = f" ({outcome.error})" if outcome is not None and outcome.error else ""
        if reference is None or not reference[0]:
            examples_failed.append(f"{item.slug}: {reference[1] if reference else 'no result' + error}")
        stub_verdict = starter[1].split(" ", 1)[0] if starter else ""
        if stub_verdict == "AC":
            stubs_accepted.append(item.slug)
        elif stub_verdict not in PLAIN_REJECTIONS:
            stubs_failed.append(f"{item.slug}: {starter[1] if starter else 'no result' + error}")
        if outcome is not None:
            other += [f"{item.slug}: {c.name}: {c.detail}" for c in outcome.failed if c.name not in (REFERENCE_CHECK, STARTER_CHECK)]
    total = len(live)
    print(f"\nexamples AC: {total - len(examples_failed)}/{total} ({(total - len(examples_failed)) / max(total, 1):.0%})")
    stubs_plain = total - len(stubs_failed) - len(stubs_accepted)
    print(f"stubs plainly rejected: {stubs_plain}/{total}; IE or no result: {len(stubs_failed)}; accepted: {len(stubs_accepted)}")
    _section("examples not accepted", examples_failed)
    _section("stubs with IE or no result", stubs_failed)
    _section("stubs accepted (refactoring exercises: the stub is working code)", stubs_accepted)
    _section("other validate checks that failed", other)


def _check(outcome: Outcome | None, name: str) -> tuple[bool, str] | None:
    if outcome is None:
        return None
    found = next((c for c in outcome.checks if c.name == name), None)
    return (found.ok, found.detail) if found is not None else None


def _section(title: str, lines: Iterable[str]) -> None:
    lines = list(lines)
    if lines:
        print(f"\n{title} ({len(lines)}):")
        for line in lines:
            print(f"  {line}")


if __name__ == "__main__":
    sys.exit(main())
