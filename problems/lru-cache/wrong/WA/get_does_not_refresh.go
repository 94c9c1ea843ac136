// fails: test_get_refreshes_recency, test_matches_reference
// Evicts the least recently INSERTED key: Get never moves the key to the back.
type LRUCache struct {
	capacity int
	values   map[int]int
	order    []int // keys, oldest first
}

func Constructor(capacity int) LRUCache {
	return LRUCache{capacity: capacity, values: map[int]int{}}
}

func (this *LRUCache) Get(key int) int {
	if value, ok := this.values[key]; ok {
		return value
	}
	return -1
}

func (this *LRUCache) Put(key int, value int) {
	if _, ok := this.values[key]; !ok {
		if len(this.order) == this.capacity {
			delete(this.values, this.order[0])
			this.order = this.order[1:]
		}
		this.order = append(this.order, key)
	}
	this.values[key] = value
}
