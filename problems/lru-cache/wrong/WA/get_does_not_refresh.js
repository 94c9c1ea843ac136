// fails: test_get_refreshes_recency, test_matches_reference
// Evicts the least recently INSERTED key: get never moves the key to the back.
class LRUCache {
    constructor(capacity) {
        this.capacity = capacity;
        this.items = new Map();
    }

    get(key) {
        return this.items.has(key) ? this.items.get(key) : -1;
    }

    put(key, value) {
        this.items.delete(key);
        this.items.set(key, value);
        if (this.items.size > this.capacity) this.items.delete(this.items.keys().next().value);
    }
}
