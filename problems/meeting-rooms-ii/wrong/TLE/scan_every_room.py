# fails: test_large_input
# Correct but O(n * rooms): looks through every room for the one that frees up first; with n rooms in use, n^2 / 2 looks.
def min_meeting_rooms(intervals: list[list[int]]) -> int:
    rooms: list[int] = []  # each room's end time
    for start, end in sorted(intervals):
        first_free = min(range(len(rooms)), key=rooms.__getitem__, default=None)
        if first_free is not None and rooms[first_free] <= start:
            rooms[first_free] = end
        else:
            rooms.append(end)
    return len(rooms)
