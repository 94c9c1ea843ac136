// fails: test_examples, test_k_is_one, test_all_tied, test_tie_at_the_cutoff, test_prefixes_and_lengths, test_large_input, test_matches_reference
// A size-k min-heap that orders ties alphabetically, as the answer does: but the heap's top is
// the word to throw out, so on a tie it drops the alphabetically SMALLER word, the one that should
// stay, and the words it keeps come out of the reversed heap with ties in reverse alphabetical order.
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

class Solution {
    public List<String> topKFrequent(String[] words, int k) {
        Map<String, Integer> count = new HashMap<>();
        for (String word : words) count.put(word, count.getOrDefault(word, 0) + 1);
        PriorityQueue<Map.Entry<String, Integer>> heap = new PriorityQueue<>(
            (a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : a.getValue() - b.getValue());
        for (Map.Entry<String, Integer> entry : count.entrySet()) {
            heap.offer(entry);
            if (heap.size() > k) heap.poll();
        }
        LinkedList<String> answer = new LinkedList<>();
        while (!heap.isEmpty()) answer.addFirst(heap.poll().getKey());
        return answer;
    }
}
