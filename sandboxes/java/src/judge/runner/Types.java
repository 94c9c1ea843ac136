package judge.runner;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Values as the candidate's parameters declare them, the way LeetCode passes them: int[] and int[][] from lists,
 * List&lt;Integer&gt;, String, long, double, char, TreeNode, ListNode. Every container made is remembered against the
 * value it came from, so the call's in-place changes go back to the test.
 */
final class Types {
    final IdentityHashMap<Object, Object> made = new IdentityHashMap<>();
    private final ClassLoader loader;

    Types(ClassLoader loader) {
        this.loader = loader;
    }

    static final class Mismatch extends Exception {
        Mismatch(String message) {
            super(message);
        }
    }

    Object convert(Object value, Type type) throws Mismatch {
        Class<?> raw = raw(type);
        if (value == null) {
            if (raw.isPrimitive()) throw new Mismatch("None cannot be a " + raw.getName());
            return null;
        }
        if (value instanceof Values.Callback) throw new Mismatch("a function the test passed cannot reach a Java submission");
        if (raw.isPrimitive() || Number.class.isAssignableFrom(raw) || raw == Character.class || raw == Boolean.class) return scalar(value, raw);
        if (raw == String.class) {
            if (value instanceof String) return value;
            throw mismatch(value, type);
        }
        if (value instanceof Values.Node) return node((Values.Node) value, raw);
        if (raw.isArray()) return array(value, type, raw);
        if (value instanceof Values.Seq && (Collection.class.isAssignableFrom(raw) || raw == Iterable.class)) return collection((Values.Seq) value, type, raw);
        if (value instanceof Values.Dict && Map.class.isAssignableFrom(raw)) return map((Values.Dict) value, type, raw);
        if (raw == Object.class) return natural(value);
        if (raw.isInstance(value)) return value; // an object of the sandbox's own, sent back by handle
        throw mismatch(value, type);
    }

    private static Mismatch mismatch(Object value, Type type) {
        return new Mismatch("a " + describe(value) + " cannot be a " + type.getTypeName());
    }

    static String describe(Object value) {
        if (value instanceof Values.Seq) return ((Values.Seq) value).tag;
        if (value instanceof Values.Dict) return "dict";
        if (value instanceof Values.Node) return ((Values.Node) value).tag;
        if (value instanceof Long || value instanceof BigInteger) return "int";
        if (value instanceof Double) return "float";
        if (value instanceof String) return "str";
        if (value instanceof Boolean) return "bool";
        return value.getClass().getSimpleName();
    }

    private Object scalar(Object value, Class<?> raw) throws Mismatch {
        if (raw == boolean.class || raw == Boolean.class) {
            if (value instanceof Boolean) return value;
        } else if (raw == char.class || raw == Character.class) {
            if (value instanceof String && ((String) value).length() == 1) return ((String) value).charAt(0);
        } else if (raw == double.class || raw == Double.class || raw == float.class || raw == Float.class) {
            if (value instanceof Long || value instanceof Double) {
                double d = ((Number) value).doubleValue();
                return raw == float.class || raw == Float.class ? (Object) (float) d : (Object) d;
            }
        } else if (value instanceof Long) {
            long n = (Long) value;
            if (raw == long.class || raw == Long.class || raw == Number.class) return n;
            if ((raw == int.class || raw == Integer.class) && n == (int) n) return (int) n;
            if ((raw == short.class || raw == Short.class) && n == (short) n) return (short) n;
            if ((raw == byte.class || raw == Byte.class) && n == (byte) n) return (byte) n;
            throw new Mismatch(n + " does not fit a " + raw.getSimpleName());
        } else if (value instanceof BigInteger && raw == BigInteger.class) {
            return value;
        }
        throw new Mismatch("a " + describe(value) + " cannot be a " + raw.getSimpleName());
    }

    private Object array(Object value, Type type, Class<?> raw) throws Mismatch {
        Class<?> component = raw.getComponentType();
        Type componentType = type instanceof GenericArrayType ? ((GenericArrayType) type).getGenericComponentType() : component;
        if (value instanceof String && component == char.class) return ((String) value).toCharArray();
        if (!(value instanceof Values.Seq)) throw mismatch(value, type);
        Object known = made.get(value);
        if (known != null && raw.isInstance(known)) return known;
        Values.Seq seq = (Values.Seq) value;
        Object array = Array.newInstance(component, seq.size());
        made.put(value, array);
        if (component == int.class) {
            int[] ints = (int[]) array;
            for (int i = 0; i < ints.length; i++) ints[i] = (Integer) scalar(seq.get(i), int.class);
        } else {
            for (int i = 0; i < seq.size(); i++) Array.set(array, i, convert(seq.get(i), componentType));
        }
        return array;
    }

    private Object collection(Values.Seq seq, Type type, Class<?> raw) throws Mismatch {
        Object known = made.get(seq);
        if (known != null && raw.isInstance(known)) return known;
        Type item = argument(type, 0);
        Collection<Object> out = newCollection(raw, seq);
        made.put(seq, out);
        for (Object value : seq) out.add(convert(value, item));
        return out;
    }

    private static Collection<Object> newCollection(Class<?> raw, Values.Seq seq) throws Mismatch {
        boolean asSet = Set.class.isAssignableFrom(raw) || (raw.isAssignableFrom(HashSet.class) && seq.tag.endsWith("set") && !raw.isAssignableFrom(ArrayList.class));
        if (!raw.isInterface() && !java.lang.reflect.Modifier.isAbstract(raw.getModifiers())) {
            try {
                @SuppressWarnings("unchecked")
                Collection<Object> made = (Collection<Object>) raw.getDeclaredConstructor().newInstance();
                return made;
            } catch (ReflectiveOperationException exc) {
                throw new Mismatch("cannot make a " + raw.getSimpleName());
            }
        }
        if (raw == Deque.class || raw == Queue.class) return new ArrayDeque<>();
        if (raw == java.util.SortedSet.class || raw == java.util.NavigableSet.class) return new TreeSet<>();
        if (asSet || raw == Set.class) return new LinkedHashSet<>();
        if (raw.isAssignableFrom(ArrayList.class)) return new ArrayList<>();
        if (raw.isAssignableFrom(LinkedList.class)) return new LinkedList<>();
        if (raw.isAssignableFrom(PriorityQueue.class)) return new PriorityQueue<>();
        throw new Mismatch("cannot make a " + raw.getSimpleName());
    }

    private Object map(Values.Dict dict, Type type, Class<?> raw) throws Mismatch {
        Object known = made.get(dict);
        if (known != null && raw.isInstance(known)) return known;
        Map<Object, Object> out;
        if (raw.isAssignableFrom(LinkedHashMap.class)) {
            out = raw == HashMap.class ? new HashMap<>() : new LinkedHashMap<>();
        } else if (raw.isAssignableFrom(TreeMap.class)) {
            out = new TreeMap<>();
        } else {
            throw new Mismatch("cannot make a " + raw.getSimpleName());
        }
        made.put(dict, out);
        for (int i = 0; i < dict.keys.size(); i++) out.put(convert(dict.keys.get(i), argument(type, 0)), convert(dict.values.get(i), argument(type, 1)));
        return out;
    }

    /** A value for an `Object` (or erased) parameter: ints as Integer when they fit, lists as ArrayList. */
    Object natural(Object value) throws Mismatch {
        if (value instanceof Long) {
            long n = (Long) value;
            return n == (int) n ? (Object) (int) n : (Object) n;
        }
        if (value instanceof Values.Seq) {
            Values.Seq seq = (Values.Seq) value;
            return collection(seq, Object.class, seq.tag.endsWith("set") ? Set.class : List.class);
        }
        if (value instanceof Values.Dict) return map((Values.Dict) value, Object.class, Map.class);
        if (value instanceof Values.Node) return node((Values.Node) value, null);
        return value;
    }

    /**
     * A tree or linked list of the candidate's node class, made without recursion (a 100,000-node list is no
     * deeper than a leaf): every node reachable is made first, then its fields are set.
     */
    private Object node(Values.Node start, Class<?> declared) throws Mismatch {
        Object known = made.get(start);
        if (known != null) return known;
        Deque<Values.Node> todo = new ArrayDeque<>();
        todo.push(start);
        List<Values.Node> order = new ArrayList<>();
        while (!todo.isEmpty()) {
            Values.Node node = todo.pop();
            if (made.containsKey(node)) continue;
            made.put(node, newNode(node.tag, declared));
            order.add(node);
            for (int i = 1; i < node.items.length; i++) {
                Object child = node.items[i];
                if (child instanceof Values.Node && !made.containsKey(child)) todo.push((Values.Node) child);
                else if (child != null && !(child instanceof Values.Node)) throw new Mismatch("a " + node.tag + "'s link must be a " + node.tag + " or None");
            }
        }
        for (Values.Node node : order) {
            Object obj = made.get(node);
            List<Field> fields = Nodes.fields(obj.getClass());
            Nodes.write(fields.get(0), obj, convert(node.items[0], fields.get(0).getGenericType()));
            for (int i = 1; i < node.items.length; i++) Nodes.write(fields.get(i), obj, node.items[i] == null ? null : made.get(node.items[i]));
        }
        return made.get(start);
    }

    private Object newNode(String tag, Class<?> declared) throws Mismatch {
        Class<?> cls = declared != null && tag.equals(Nodes.kind(declared)) ? declared : nodeClass(tag);
        try {
            return Nodes.make(cls);
        } catch (ReflectiveOperationException exc) {
            throw new Mismatch("cannot make a " + tag + ": " + exc);
        }
    }

    Class<?> nodeClass(String tag) throws Mismatch {
        try {
            Class<?> cls = Class.forName(tag, false, loader);
            if (tag.equals(Nodes.kind(cls))) return cls;
        } catch (ClassNotFoundException exc) {
            // below
        }
        throw new Mismatch("no " + tag + " class with LeetCode's fields");
    }

    static Class<?> raw(Type type) {
        if (type instanceof Class) return (Class<?>) type;
        if (type instanceof ParameterizedType) return (Class<?>) ((ParameterizedType) type).getRawType();
        if (type instanceof GenericArrayType) return Array.newInstance(raw(((GenericArrayType) type).getGenericComponentType()), 0).getClass();
        if (type instanceof WildcardType) return raw(((WildcardType) type).getUpperBounds()[0]);
        return Object.class; // a type variable
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType) {
            Type[] args = ((ParameterizedType) type).getActualTypeArguments();
            if (index < args.length) return args[index];
        }
        return Object.class;
    }

    static Object zero(Class<?> type) {
        if (!type.isPrimitive()) return null;
        if (type == boolean.class) return false;
        if (type == char.class) return '\0';
        if (type == long.class) return 0L;
        if (type == double.class) return 0.0;
        if (type == float.class) return 0.0f;
        if (type == short.class) return (short) 0;
        if (type == byte.class) return (byte) 0;
        return 0;
    }
}
