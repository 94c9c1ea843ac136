# fails: test_unreachable_node, test_matches_reference
# Returns the latest arrival among the nodes reached, never -1 when some node is not reached.
import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    arrival = {}
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        if node in arrival:
            continue
        arrival[node] = time
        for nxt, w in links[node]:
            heapq.heappush(heap, (time + w, nxt))
    return max(arrival.values())
