"""Runners started ahead of the cases that will use them.

A case's runner is a fresh process (a fresh state per case is a guarantee),
and starting one costs a fork and a load: milliseconds the test would wait
for, a dozen times per submission.  Where the pod can start runners while
another one serves a case (the local fork server), the next case's runner is
started in a thread while the current case runs, so the case finds it ready.
Each runner still serves exactly one case.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable

from judge.sandbox.session import RunnerSession


class Started:
    """One runner being started (or started): its session, or what starting it raised."""

    def __init__(self, make: Callable[[], RunnerSession] | None = None, ready: RunnerSession | None = None):
        self.session = ready
        self.error: BaseException | None = None
        self.thread: threading.Thread | None = None
        if make is not None:
            self.thread = threading.Thread(target=self._run, args=(make,), name="judge-runner-ahead", daemon=True)
            self.thread.start()

    def _run(self, make: Callable[[], RunnerSession]) -> None:
        try:
            self.session = make()
        except BaseException as exc:  # noqa: BLE001 - raised again in the case that takes this runner
            self.error = exc

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()
            self.thread = None

    def result(self) -> RunnerSession:
        self.join()
        if self.error is not None:
            raise self.error
        assert self.session is not None
        return self.session

    def discard(self) -> None:
        self.join()
        if self.session is not None:
            self.session.close()
            self.session = None


class RunnersAhead:
    """The runners started for the cases to come, oldest first."""

    def __init__(self) -> None:
        self._queue: deque[Started] = deque()

    def add(self, session: RunnerSession) -> None:
        self._queue.append(Started(ready=session))

    def fill(self, depth: int, make: Callable[[], RunnerSession]) -> None:
        """Start runners until `depth` are ready or on their way."""
        while len(self._queue) < depth:
            self._queue.append(Started(make))

    def take(self, make: Callable[[], RunnerSession]) -> RunnerSession:
        """The oldest runner started ahead, or a new one now."""
        return self._queue.popleft().result() if self._queue else make()

    def discard(self) -> None:
        while self._queue:
            self._queue.popleft().discard()
