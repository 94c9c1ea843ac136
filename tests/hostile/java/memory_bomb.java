// verdict: MLE
import java.util.ArrayList;
import java.util.List;

class Solution {
    public int solve(int n) {
        List<long[]> hoard = new ArrayList<>();
        while (true) hoard.add(new long[1 << 20]);
    }
}
