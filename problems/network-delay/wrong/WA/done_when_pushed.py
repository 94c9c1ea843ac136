# fails: test_more_hops_but_faster, test_matches_reference
# Fixes a node's time when it is first pushed, not when it is popped: a later, faster path is ignored.
import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    arrival = {k: 0}
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        for nxt, w in links[node]:
            if nxt not in arrival:
                arrival[nxt] = time + w
                heapq.heappush(heap, (time + w, nxt))
    return max(arrival.values()) if len(arrival) == n else -1
