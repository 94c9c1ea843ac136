# Prints escape sequences a terminal would obey (clear the screen, go to the line's start).
def double(n):
    print("\x1b[2Jcleared\rback")
    return 2 * n
