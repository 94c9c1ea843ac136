// fails: test_examples, test_several_paths_in_order, test_matches_reference
// Recursive DFS that visits the right subtree first, so the paths come in the wrong order.
import java.util.ArrayList;
import java.util.List;

class Solution {
    public List<List<Integer>> pathsWithSum(TreeNode root, int k) {
        List<List<Integer>> found = new ArrayList<>();
        walk(root, k, new ArrayList<>(), found);
        return found;
    }

    private void walk(TreeNode node, int left, List<Integer> path, List<List<Integer>> found) {
        if (node == null) return;
        path.add(node.val);
        if (node.left == null && node.right == null && left == node.val) found.add(new ArrayList<>(path));
        walk(node.right, left - node.val, path, found);
        walk(node.left, left - node.val, path, found);
        path.remove(path.size() - 1);
    }
}
