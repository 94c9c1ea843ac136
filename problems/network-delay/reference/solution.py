import heapq


def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    links: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]
    for u, v, w in times:
        links[u].append((v, w))
    # Dijkstra: the heap hands out nodes in order of arrival time; a node's
    # first pop is its final time, later (stale) entries are skipped.
    arrival: dict[int, int] = {}
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
