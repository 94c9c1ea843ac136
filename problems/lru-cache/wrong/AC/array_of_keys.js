// complexity: worse
// Right answers, but recency is an array of keys, copied without the key on every use: O(capacity) per operation.
class LRUCache {
    constructor(capacity) {
        this.capacity = capacity;
        this.values = new Map();
        this.order = [];
    }

    touch(key) {
        this.order = this.order.filter((k) => k !== key);
        this.order.push(key);
    }

    get(key) {
        if (!this.values.has(key)) return -1;
        this.touch(key);
        return this.values.get(key);
    }

    put(key, value) {
        this.values.set(key, value);
        this.touch(key);
        if (this.order.length > this.capacity) this.values.delete(this.order.shift());
    }
}
