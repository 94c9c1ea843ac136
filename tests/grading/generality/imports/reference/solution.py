SCALE = 2


def double(x):
    return x * SCALE
