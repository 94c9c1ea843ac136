/** A stack of the closers still owed, kept in a char array: O(n). */
class Solution {
    public boolean isValid(String s) {
        char[] owed = new char[s.length()];
        int size = 0;
        for (char c : s.toCharArray()) {
            switch (c) {
                case '(' -> owed[size++] = ')';
                case '[' -> owed[size++] = ']';
                case '{' -> owed[size++] = '}';
                default -> {
                    if (size == 0 || owed[--size] != c) return false;
                }
            }
        }
        return size == 0;
    }
}
