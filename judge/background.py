"""A value made in a thread of its own while the caller goes on: a runner,
a container.  What making it raised is kept, for whoever takes the value."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

T = TypeVar("T")
U = TypeVar("U")


class InThread(Generic[T]):
    def __init__(self, make: Callable[[], T] | None = None, name: str = "judge-background", *, ready: T | None = None):
        """`make` runs at once in a daemon thread; or, with `ready`, the value is there already."""
        self.value = ready
        self.error: BaseException | None = None
        self._thread: threading.Thread | None = None
        if make is not None:
            self._thread = threading.Thread(target=self._run, args=(make,), name=name, daemon=True)
            self._thread.start()

    def _run(self, make: Callable[[], T]) -> None:
        try:
            self.value = make()
        except BaseException as exc:  # noqa: BLE001 - raised again (or dropped) by whoever takes the value
            self.error = exc

    def join(self) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None

    def result(self) -> T:
        """The value, once made; what making it raised is raised here."""
        self.join()
        if self.error is not None:
            raise self.error
        assert self.value is not None
        return self.value

    def made(self) -> T | None:
        """The value once made, or None if making it failed."""
        self.join()
        return self.value


JUDGE_THREADS = "judge-"  # the prefix of every name the judge gives its own threads


def non_judge_threads() -> int:
    """The live threads that are not the judge's own: the main thread and
    those the tests started.  Not `threading.active_count()`: the judge's
    threads (runners started ahead, container removals) start and end while
    a case runs, and would hide a test's threads from the count."""
    return sum(1 for thread in threading.enumerate() if not thread.name.startswith(JUDGE_THREADS))


def at_once(beside: Callable[[], T], here: Callable[[], U], name: str = "judge-background") -> tuple[T, U]:
    """`beside` in a thread while `here` runs in this one.  Once both have
    ended, what `here` raised is raised, else what `beside` raised."""
    started = InThread(beside, name)
    try:
        value = here()
    finally:
        started.join()
    return started.result(), value
