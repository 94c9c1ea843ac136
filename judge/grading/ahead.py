"""Runners started ahead of the cases that will use them.

A case's runner is a fresh process (a fresh state per case is a guarantee),
and starting one costs a fork and a load: milliseconds the test would wait
for, a dozen times per submission.  Where the pod can start runners while
another one serves a case (the local fork server), the next case's runner is
started in a thread while the current case runs, so the case finds it ready.
Each runner still serves exactly one case.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable

from judge.background import InThread
from judge.sandbox.session import RunnerSession

AHEAD = "judge-runner-ahead"  # the threads' name


class RunnersAhead:
    """The runners started for the cases to come, oldest first."""

    def __init__(self) -> None:
        self._queue: deque[InThread[RunnerSession]] = deque()

    def add(self, session: RunnerSession) -> None:
        self._queue.append(InThread(ready=session))

    def add_started(self, starting: InThread[RunnerSession]) -> None:
        """A runner another thread is starting, to take in its turn."""
        self._queue.append(starting)

    def fill(self, depth: int, make: Callable[[], RunnerSession]) -> None:
        """Start runners until `depth` are ready or on their way."""
        while len(self._queue) < depth:
            self._queue.append(InThread(make, AHEAD))

    def take(self, make: Callable[[], RunnerSession]) -> RunnerSession:
        """The oldest runner started ahead, or a new one now."""
        return self._queue.popleft().result() if self._queue else make()

    def discard(self) -> None:
        while self._queue:
            session = self._queue.popleft().made()
            if session is not None:
                session.close()
