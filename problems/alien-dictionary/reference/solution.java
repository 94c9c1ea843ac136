import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Kahn's algorithm over the letters in order of first appearance, so the answer is the same on every run. */
class Solution {
    public String alienOrder(String[] words) {
        Map<Character, Set<Character>> later = new LinkedHashMap<>();
        for (String word : words) for (char c : word.toCharArray()) later.putIfAbsent(c, new LinkedHashSet<>());
        for (int w = 0; w + 1 < words.length; w++) {
            String first = words[w];
            String second = words[w + 1];
            int shared = Math.min(first.length(), second.length());
            int at = 0;
            while (at < shared && first.charAt(at) == second.charAt(at)) at++;
            if (at < shared) later.get(first.charAt(at)).add(second.charAt(at));
            else if (first.length() > second.length()) return ""; // a word before its own proper prefix
        }
        Map<Character, Integer> waiting = new LinkedHashMap<>();
        for (char c : later.keySet()) waiting.put(c, 0);
        for (Set<Character> next : later.values()) for (char d : next) waiting.merge(d, 1, Integer::sum);
        Deque<Character> ready = new ArrayDeque<>();
        for (Map.Entry<Character, Integer> entry : waiting.entrySet()) if (entry.getValue() == 0) ready.add(entry.getKey());
        StringBuilder order = new StringBuilder();
        while (!ready.isEmpty()) {
            char c = ready.poll();
            order.append(c);
            for (char d : later.get(c)) if (waiting.merge(d, -1, Integer::sum) == 0) ready.add(d);
        }
        return order.length() == later.size() ? order.toString() : ""; // leftovers sit on a cycle
    }
}
