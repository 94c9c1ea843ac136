# verdict: RE
# local: escapes - the local sandbox shares the host's network
import socket


def solve(n: int) -> int:
    # A UDP connect() sends nothing: it only asks for a route, which a
    # container without a network does not have.
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    probe.connect(("192.0.2.1", 9))
    return n + 1
