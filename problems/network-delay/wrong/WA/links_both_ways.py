# fails: test_examples, test_edges_are_one_way, test_matches_reference
# Builds an undirected graph: a signal travels back along a one-way link.
import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
        links[v].append((u, w))
    arrival = {}
    heap = [(0, k)]
    while heap:
        time, node = heapq.heappop(heap)
        if node in arrival:
            continue
        arrival[node] = time
        for nxt, w in links[node]:
            if nxt not in arrival:
                heapq.heappush(heap, (time + w, nxt))
    return max(arrival.values()) if len(arrival) == n else -1
