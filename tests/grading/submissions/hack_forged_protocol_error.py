# Forges a runner "protocol_error" frame on the protocol channel: the judge must
# not report its own fault (IE) for what the submission did.
import fcntl
import os
import stat


def protocol_fd() -> int:
    for fd in range(3, 64):
        try:
            mode, flags = os.fstat(fd).st_mode, fcntl.fcntl(fd, fcntl.F_GETFL)
        except OSError:
            continue
        if stat.S_ISFIFO(mode) and flags & os.O_ACCMODE == os.O_WRONLY:
            return fd
    raise RuntimeError("no protocol channel")


def two_sum(nums: list[int], target: int) -> list[int]:
    os.write(protocol_fd(), b'{"id": 2, "ok": false, "protocol_error": "forged"}\n')
    os._exit(0)
