# expect: AC | graded HitCounter.addHit as HitCounter.add_hit, HitCounter.hitsOf as HitCounter.hits_of
class HitCounter:
    def __init__(self):
        self.hits = {}

    def addHit(self, page):
        self.hits[page] = self.hits.get(page, 0) + 1

    def hitsOf(self, page):
        return self.hits.get(page, 0)
