package judge.runner;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TreeNode and ListNode, found by class name and fields as LeetCode defines them: the judge's own (injected beside
 * the candidate's file) or one the candidate pasted, which then takes precedence.
 */
final class Nodes {
    private static final Map<Class<?>, List<Field>> FIELDS = new ConcurrentHashMap<>();
    private static final List<Field> NONE = List.of();

    private Nodes() {}

    static String kind(Class<?> cls) {
        List<Field> fields = fields(cls);
        if (fields.isEmpty()) return null;
        return fields.size() == 3 ? "TreeNode" : "ListNode";
    }

    /** val, left, right (TreeNode) or val, next (ListNode); empty for any other class. */
    static List<Field> fields(Class<?> cls) {
        return FIELDS.computeIfAbsent(cls, Nodes::find);
    }

    private static List<Field> find(Class<?> cls) {
        String name = cls.getSimpleName();
        String[] wanted = name.equals("TreeNode") ? new String[] {"val", "left", "right"} : name.equals("ListNode") ? new String[] {"val", "next"} : null;
        if (wanted == null) return NONE;
        Field[] found = new Field[wanted.length];
        for (int i = 0; i < wanted.length; i++) {
            try {
                found[i] = cls.getDeclaredField(wanted[i]);
                found[i].setAccessible(true);
            } catch (ReflectiveOperationException | RuntimeException exc) {
                return NONE;
            }
        }
        return List.of(found);
    }

    static Object read(Field field, Object obj) {
        try {
            return field.get(obj);
        } catch (IllegalAccessException exc) {
            throw new IllegalStateException("cannot read " + field.getName(), exc);
        }
    }

    static void write(Field field, Object obj, Object value) {
        try {
            field.set(obj, value);
        } catch (IllegalAccessException exc) {
            throw new IllegalStateException("cannot write " + field.getName(), exc);
        }
    }

    /** A blank node of `cls`: its no-argument constructor, or the one taking the value (fields are set after). */
    static Object make(Class<?> cls) throws ReflectiveOperationException {
        for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
            if (constructor.getParameterCount() == 0) {
                constructor.setAccessible(true);
                return constructor.newInstance();
            }
        }
        for (Constructor<?> constructor : cls.getDeclaredConstructors()) {
            Class<?>[] params = constructor.getParameterTypes();
            Object[] args = new Object[params.length];
            for (int i = 0; i < params.length; i++) args[i] = Types.zero(params[i]);
            constructor.setAccessible(true);
            return constructor.newInstance(args);
        }
        throw new NoSuchMethodException(cls.getName() + " has no constructor");
    }
}
