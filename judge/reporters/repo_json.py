"""`--report json=PATH`: the run as the judge's own versioned JSON (docs/json-schema.md)."""

from __future__ import annotations

import json

from judge.practice.results import RepoResult
from judge.reporters.files import FileReporter


class RepoJsonReporter(FileReporter):
    def render(self, result: RepoResult) -> str:
        return json.dumps(result.to_json(), indent=2) + "\n"
