"""Protocol frames to and from a container through two named pipes.

Through the engine's attach stream a frame crosses the Docker daemon and
the container's shim each way: 290 us a round trip where a pipe takes
100.  So the Python zygote reads and writes its frames on two FIFOs in a
folder the judge makes and binds read-only into the container (a FIFO
on a read-only mount still carries data; nothing can be created there);
another language's supervisor gets them as its stdin and stdout.
The attach stream stays for what it was good at: the submission's prints
(counted against the output limit) and the container's end.

The folder is the container user's own, mode 0700: no other user of the
host can open the pipes.  That needs the judge to run as root on the
engine's own machine, without user namespaces (else the container's uid
is another uid here); elsewhere the frames take the attach stream.

Opening order matters: a FIFO's reader sees EOF while no writer has it
open, and a writer cannot open it before a reader.  So until the runner
says it is ready, the judge holds each pipe open read-write (the runner's
first read blocks instead of ending, and its first write has a reader);
after that, the judge keeps only its own ends, so the runner's exit is an
EOF here and the judge's hang-up an EOF there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
import tempfile
from pathlib import Path

MOUNT = "/run/judge"  # where the runner finds the pipes
REQUESTS, RESPONSES = "requests", "responses"
PREFIX = "judge-frames-"


class FifoFrames:
    def __init__(self, uid: int, gid: int):
        self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
        try:
            for name in (REQUESTS, RESPONSES):
                os.mkfifo(self.folder / name, 0o600)
                os.chown(self.folder / name, uid, gid)
            os.chown(self.folder, uid, gid)
            # Held read-write until the runner is ready (see above).
            self.request_fd = os.open(self.folder / REQUESTS, os.O_RDWR | os.O_NONBLOCK)
            self.response_fd = os.open(self.folder / RESPONSES, os.O_RDWR | os.O_NONBLOCK)
        except BaseException:
            shutil.rmtree(self.folder, ignore_errors=True)
            raise
        self.settled = False

    @staticmethod
    def ours(folder: Path) -> bool:
        """Whether `folder` has the place and name of a judge's pipes (a label names it: never remove another)."""
        return folder.parent == Path(tempfile.gettempdir()) and folder.name.startswith(PREFIX)

    @classmethod
    def existing(cls, folder: Path) -> FifoFrames | None:
        """The pipes of a parked container (judge/sandbox/parking.py), held
        read-write as at a start; None unless `folder` is one of ours."""
        if not cls.ours(folder):
            return None
        frames = cls.__new__(cls)
        frames.folder, frames.settled = folder, False
        try:
            if not all(stat.S_ISFIFO(os.stat(folder / name, follow_symlinks=False).st_mode) for name in (REQUESTS, RESPONSES)):
                return None
            frames.request_fd = os.open(folder / REQUESTS, os.O_RDWR | os.O_NONBLOCK)
        except OSError:
            return None
        try:
            frames.response_fd = os.open(folder / RESPONSES, os.O_RDWR | os.O_NONBLOCK)
        except OSError:
            os.close(frames.request_fd)
            return None
        return frames

    def mount(self) -> dict[str, dict[str, str]]:
        """The `volumes` option that binds the folder into the container."""
        return {str(self.folder): {"bind": MOUNT, "mode": "ro"}}

    def settle(self) -> None:
        """The runner has both pipes open: keep only the judge's own ends."""
        if self.settled:
            return
        request = os.open(self.folder / REQUESTS, os.O_WRONLY | os.O_NONBLOCK)
        response = os.open(self.folder / RESPONSES, os.O_RDONLY | os.O_NONBLOCK)
        os.close(self.request_fd)
        os.close(self.response_fd)
        self.request_fd, self.response_fd = request, response
        self.settled = True

    def hang_up(self) -> None:
        for fd in (self.request_fd, self.response_fd):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.request_fd = self.response_fd = -1

    def remove(self) -> None:
        self.hang_up()
        shutil.rmtree(self.folder, ignore_errors=True)
