def network_delay_time(times: list[list[int]], n: int, k: int) -> int:
    """When the last of nodes 1..n hears a signal sent from k at time 0, or -1."""
    return -1
