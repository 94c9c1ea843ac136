// verdict: RE
// A segfault in the JVM itself: Unsafe writes to address 0.
import java.lang.reflect.Field;

class Solution {
    public int solve(int n) throws Exception {
        Field field = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        field.setAccessible(true);
        sun.misc.Unsafe unsafe = (sun.misc.Unsafe) field.get(null);
        unsafe.putAddress(0, 0);
        return n + 1;
    }
}
