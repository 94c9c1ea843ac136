// fails: test_examples, test_gaps_in_levels, test_duplicate_and_negative_values, test_large_input, test_matches_reference
// Reads queue.size() in the loop's condition, so the children added while a level is drained
// count toward it: a level runs on into the next one as soon as a node has two children.
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;

class Solution {
    public List<List<Integer>> levelOrder(TreeNode root) {
        List<List<Integer>> levels = new ArrayList<>();
        Queue<TreeNode> queue = new LinkedList<>();
        if (root != null) queue.add(root);
        while (!queue.isEmpty()) {
            List<Integer> values = new ArrayList<>();
            for (int i = 0; i < queue.size(); i++) {
                TreeNode node = queue.poll();
                values.add(node.val);
                if (node.left != null) queue.add(node.left);
                if (node.right != null) queue.add(node.right);
            }
            levels.add(values);
        }
        return levels;
    }
}
