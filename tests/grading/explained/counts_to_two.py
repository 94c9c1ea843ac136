class HitCounter:
    def __init__(self):
        self.hits = {}

    def add_hit(self, page):
        self.hits[page] = min(2, self.hits.get(page, 0) + 1)

    def hits_of(self, page):
        return self.hits.get(page, 0)
