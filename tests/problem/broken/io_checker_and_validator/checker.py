def check(i, e, o):
    pass
