"""The batch journal: one JSON line per finished repo, on disk before the next one is counted.

Each line is appended, flushed and fsync'd, so a batch killed at any point
(SIGKILL, power loss) leaves every finished result on disk and at worst half
a line at the end, which `load` drops: that repo is graded again on resume.
The first line records the options the batch runs with; resuming with other
options would mix two gradings in one gradebook, so it is refused.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from judge.errors import UsageError
from judge.practice.results import RepoResult

FORMAT = 1


@dataclass(frozen=True)
class Entry:
    repo: str
    status: str  # "graded" | "error" (no result: the repo could not be graded)
    exit_code: int
    result: RepoResult | None = None
    error: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "repo": self.repo,
            "status": self.status,
            "exit_code": self.exit_code,
            "result": self.result.to_json() if self.result else None,
            "error": self.error,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Entry:
        result = data.get("result")
        return cls(
            data["repo"], data["status"], int(data["exit_code"]), RepoResult.from_json(result) if result else None, data.get("error", "")
        )


class Journal:
    def __init__(self, path: Path, settings: dict[str, Any], *, fresh: bool = False):
        """Open (or start) the journal at `path` for a batch with `settings`."""
        self.path = path
        self.entries: dict[str, Entry] = {}  # the latest entry per repo
        header = {"journal": FORMAT, **settings}
        if fresh or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("")
            self._file = self._open()
            self._write(header)
            return
        self._load(header)
        self._file = self._open()

    def _open(self) -> IO[str]:
        return self.path.open("a", encoding="utf-8")

    def done(self) -> set[str]:
        """Repos that are graded: a resumed batch skips them."""
        return {name for name, entry in self.entries.items() if entry.status == "graded"}

    def append(self, entry: Entry) -> None:
        self._write(entry.to_json())
        self.entries[entry.repo] = entry

    def close(self) -> None:
        self._file.close()

    def _write(self, data: dict[str, Any]) -> None:
        self._file.write(json.dumps(data, separators=(",", ":")) + "\n")
        self._file.flush()
        os.fsync(self._file.fileno())

    def _load(self, header: dict[str, Any]) -> None:
        data = self.path.read_bytes()
        complete = data[: data.rfind(b"\n") + 1]
        if len(complete) < len(data):  # a line cut short by a kill: drop it, so the next append starts clean
            with self.path.open("r+b") as file:
                file.truncate(len(complete))
        lines = [
            self._parse(number, line) for number, line in enumerate(complete.decode("utf-8", "replace").splitlines(), 1) if line.strip()
        ]
        if not lines or lines[0].get("journal") != FORMAT:
            raise UsageError(f"{self.path} is not a batch journal (use --fresh to start over)")
        changed = sorted(key for key in header.keys() | lines[0].keys() if header.get(key) != lines[0].get(key))
        if changed:
            key = changed[0]
            raise UsageError(
                f"{self.path} is the journal of a batch run with other options ({key}: {lines[0].get(key)!r}, now {header.get(key)!r}): "
                "run with the same options to resume, or --fresh to start over"
            )
        for line in lines[1:]:
            entry = Entry.from_json(line)
            self.entries[entry.repo] = entry

    def _parse(self, number: int, line: str) -> dict[str, Any]:
        try:
            data = json.loads(line)
        except json.JSONDecodeError:
            data = None
        if not isinstance(data, dict):
            raise UsageError(f"{self.path}, line {number}: not a journal entry (use --fresh to start over)")
        return data
