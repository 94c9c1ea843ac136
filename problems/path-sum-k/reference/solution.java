import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** Iterative DFS, left subtree first; each entry carries its own path, so nothing needs undoing. */
class Solution {
    public List<List<Integer>> pathsWithSum(TreeNode root, int k) {
        List<List<Integer>> found = new ArrayList<>();
        if (root == null) return found;
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, List.of(root.val), root.val});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            TreeNode node = (TreeNode) top[0];
            @SuppressWarnings("unchecked")
            List<Integer> path = (List<Integer>) top[1];
            int total = (Integer) top[2];
            if (node.left == null && node.right == null) {
                if (total == k) found.add(new ArrayList<>(path));
                continue;
            }
            for (TreeNode child : new TreeNode[] {node.right, node.left}) {
                if (child == null) continue;
                List<Integer> longer = new ArrayList<>(path);
                longer.add(child.val);
                stack.push(new Object[] {child, longer, total + child.val});
            }
        }
        return found;
    }
}
