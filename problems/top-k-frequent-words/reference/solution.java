import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Counts with a HashMap, then keeps the k best words in a min-heap whose top is the worst of them
 * (lowest count, and on a tie the alphabetically LARGER word): O(n log k).
 */
class Solution {
    public List<String> topKFrequent(String[] words, int k) {
        Map<String, Integer> counts = new HashMap<>();
        for (String word : words) counts.merge(word, 1, Integer::sum);
        PriorityQueue<String> best = new PriorityQueue<>(k + 1, (a, b) -> {
            int byCount = Integer.compare(counts.get(a), counts.get(b));
            return byCount != 0 ? byCount : b.compareTo(a);
        });
        for (String word : counts.keySet()) {
            best.offer(word);
            if (best.size() > k) best.poll();
        }
        List<String> answer = new ArrayList<>(k);
        while (!best.isEmpty()) answer.add(best.poll());
        Collections.reverse(answer);
        return answer;
    }
}
