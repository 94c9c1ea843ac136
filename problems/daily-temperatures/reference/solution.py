def daily_temperatures(temperatures: list[int]) -> list[int]:
    # A stack of the days still waiting for a warmer one; their temperatures
    # never increase from bottom to top, so a warmer day settles the waiting
    # days from the top down. Each day is pushed and popped at most once.
    answer = [0] * len(temperatures)
    waiting: list[int] = []
    for day, temperature in enumerate(temperatures):
        while waiting and temperatures[waiting[-1]] < temperature:
            earlier = waiting.pop()
            answer[earlier] = day - earlier
        waiting.append(day)
    return answer
