"""Another thread adding and removing environment names, as grading does
while the judge's own threads run (pytest drops PYTEST_CURRENT_TEST after
every case).  The switch interval is cut so the threads interleave often:
a reader that is not safe against it fails within a few hundred reads."""

from __future__ import annotations

import contextlib
import os
import sys
import threading
from collections.abc import Iterator

NAMES = [f"JUDGE_TEST_CHURN_{i}" for i in range(50)]


@contextlib.contextmanager
def environment_churning() -> Iterator[None]:
    stop = threading.Event()

    def churn() -> None:
        while not stop.is_set():
            for name in NAMES:
                os.environ[name] = "x"
            for name in NAMES:
                os.environ.pop(name, None)

    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    writer = threading.Thread(target=churn)
    writer.start()
    try:
        yield
    finally:
        stop.set()
        writer.join()
        sys.setswitchinterval(interval)
