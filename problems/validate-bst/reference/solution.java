import java.util.*;

// Depth first with an explicit stack; each node carries its open bounds as longs (null: none yet). O(n).

class Solution {
    public boolean isValidBST(TreeNode root) {
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[] {root, null, null});
        while (!stack.isEmpty()) {
            Object[] top = stack.pop();
            TreeNode node = (TreeNode) top[0];
            if (node == null) continue;
            Long low = (Long) top[1], high = (Long) top[2];
            if ((low != null && node.val <= low) || (high != null && node.val >= high)) return false;
            stack.push(new Object[] {node.left, low, (long) node.val});
            stack.push(new Object[] {node.right, (long) node.val, high});
        }
        return true;
    }
}
