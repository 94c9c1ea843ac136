import java.util.ArrayList;
import java.util.List;

/**
 * Kahn's algorithm: take a course once every prerequisite is taken; all are taken exactly when
 * there is no cycle. An array serves as the queue, so a 100,000-course chain costs no recursion: O(V + E).
 */
class Solution {
    public boolean canFinish(int numCourses, int[][] prerequisites) {
        List<List<Integer>> unlocks = new ArrayList<>(numCourses);
        for (int i = 0; i < numCourses; i++) unlocks.add(new ArrayList<>());
        int[] waitingOn = new int[numCourses];
        for (int[] pair : prerequisites) {
            unlocks.get(pair[1]).add(pair[0]);
            waitingOn[pair[0]]++;
        }
        int[] ready = new int[numCourses];
        int tail = 0;
        for (int course = 0; course < numCourses; course++) {
            if (waitingOn[course] == 0) ready[tail++] = course;
        }
        for (int head = 0; head < tail; head++) {
            for (int next : unlocks.get(ready[head])) {
                if (--waitingOn[next] == 0) ready[tail++] = next;
            }
        }
        return tail == numCourses;
    }
}
