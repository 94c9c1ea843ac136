import java.util.LinkedHashMap;

/** A LinkedHashMap in access order evicts its least recently used key: O(1) per operation. */
class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> items = new LinkedHashMap<>(16, 0.75f, true);

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        Integer value = items.get(key);
        return value == null ? -1 : value;
    }

    public void put(int key, int value) {
        items.put(key, value);
        if (items.size() > capacity) items.remove(items.keySet().iterator().next());
    }
}
