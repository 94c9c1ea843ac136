package judge.runner;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What a test does with a sandbox object besides calling its methods: read a field, ==, str(), len(), ... */
final class Operations {
    private Operations() {}

    static Object attribute(Object obj, String name, String action, List<Object> args, Types types) throws Throwable {
        Field field = field(obj.getClass(), name);
        if (field == null) field = field(obj.getClass(), Loaded.camel(name));
        if (field == null) throw new Errors.Python("AttributeError", "'" + obj.getClass().getSimpleName() + "' object has no attribute '" + name + "'");
        field.setAccessible(true);
        if (action.equals("get")) return field.get(obj);
        if (action.equals("set")) {
            field.set(obj, types.convert(args.get(0), field.getGenericType()));
            return null;
        }
        throw new Errors.Python("TypeError", "cannot " + action + " a Java field");
    }

    private static Field field(Class<?> cls, String name) {
        for (Class<?> c = cls; c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) if (field.getName().equals(name)) return field;
        }
        return null;
    }

    static Object apply(Object obj, String action, List<Object> args, Types types) throws Throwable {
        switch (action) {
            case "eq":
                return obj.equals(other(args, types));
            case "ne":
                return !obj.equals(other(args, types));
            case "hash":
                return (long) obj.hashCode();
            case "str":
            case "repr":
                return text(obj);
            case "bool":
                return !(Loaded.isSized(obj) && length(obj) == 0);
            case "len":
                if (Loaded.isSized(obj)) return (long) length(obj);
                break;
            case "iter":
                if (obj instanceof Iterable) {
                    List<Object> items = new ArrayList<>();
                    for (Object item : (Iterable<?>) obj) items.add(item);
                    return items;
                }
                break;
            default:
                break;
        }
        throw new Errors.Python("TypeError", "'" + action + "' is not supported on a Java " + obj.getClass().getSimpleName());
    }

    private static Object other(List<Object> args, Types types) throws Types.Mismatch {
        return args.isEmpty() ? null : types.natural(args.get(0));
    }

    private static int length(Object obj) {
        if (obj instanceof Collection) return ((Collection<?>) obj).size();
        if (obj instanceof Map) return ((Map<?, ?>) obj).size();
        if (obj instanceof CharSequence) return ((CharSequence) obj).length();
        return Array.getLength(obj);
    }

    /** toString(), as far as it goes: a hostile one must not stop the answer. */
    static String text(Object obj) {
        try {
            String shown = obj.getClass().isArray() && !obj.getClass().getComponentType().isPrimitive() ? Arrays.deepToString((Object[]) obj) : String.valueOf(obj);
            return Errors.clip(shown, 1000);
        } catch (Throwable exc) {
            return "<" + obj.getClass().getSimpleName() + ">";
        }
    }
}
