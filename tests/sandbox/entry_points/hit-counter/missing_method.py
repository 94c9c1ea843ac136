# expect: CE | class 'HitCounter' in missing_method.py has no method 'hits_of': it defines add_hit, hit_count; did you mean 'hit_count'?
class HitCounter:
    def __init__(self):
        self.hits = {}

    def add_hit(self, page):
        self.hits[page] = self.hits.get(page, 0) + 1

    def hit_count(self, page):
        return self.hits.get(page, 0)
