// fails: test_get_refreshes_recency, test_matches_reference
// Evicts the least recently INSERTED key: get never moves the key to the back.
import java.util.LinkedHashMap;

class LRUCache {
    private final int capacity;
    private final LinkedHashMap<Integer, Integer> items = new LinkedHashMap<>();

    public LRUCache(int capacity) {
        this.capacity = capacity;
    }

    public int get(int key) {
        return items.getOrDefault(key, -1);
    }

    public void put(int key, int value) {
        items.remove(key);
        items.put(key, value);
        if (items.size() > capacity) items.remove(items.keySet().iterator().next());
    }
}
