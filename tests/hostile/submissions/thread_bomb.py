# verdict: RE
import threading
import time


def solve(n: int) -> int:
    while True:
        threading.Thread(target=time.sleep, args=(3600,), daemon=True).start()
