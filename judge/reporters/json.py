"""One JSON object per submission, on stdout or into a file."""

from __future__ import annotations

import json
import sys
from typing import IO

from judge.reporters.base import Reporter
from judge.results import SubmissionResult


class JsonReporter(Reporter):
    def __init__(self, stream: IO[str] | None = None):
        self.stream = stream

    def finish(self, result: SubmissionResult) -> None:
        stream = self.stream or sys.stdout
        stream.write(json.dumps(result.to_json(), indent=2, sort_keys=False) + "\n")
        stream.flush()
