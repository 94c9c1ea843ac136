package judge.runner;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The protocol's value format (judge/protocol.py) read into {@link Values} and written from Java objects.
 *
 * <p>A value is {"lean": plain JSON} or {"root": ATOM, "objs": [[TAG, ATOM...], ...]}: every container sits once
 * in the table, so sharing and cycles survive and nothing recurses on untrusted depth (a lean value is at most 32
 * deep, checked here).
 */
final class Codec {
    static final long SAFE_INT = 1L << 53;
    static final int MAX_OBJECTS = 4_000_000;
    static final int LEAN_DEPTH = 32;

    private Codec() {}

    static final class ProtocolError extends Exception {
        ProtocolError(String message) {
            super(message);
        }
    }

    /** What a handle atom or a callback atom stands for; the runner's handle table answers. */
    interface Handles {
        Object in(long key) throws ProtocolError;

        long out(Object value);
    }

    /** A decoded value and its containers in the order both sides number them. */
    static final class Decoded {
        final Object value;
        final List<Object> objects;
        final List<Object> sent; // the table's entries as sent: an input's entry still equal after a call answers null

        Decoded(Object value, List<Object> objects, List<Object> sent) {
            this.value = value;
            this.objects = objects;
            this.sent = sent;
        }
    }

    // -- reading ----------------------------------------------------------

    @SuppressWarnings("unchecked")
    static Decoded decode(Object data, Handles handles) throws ProtocolError {
        if (!(data instanceof Map)) throw new ProtocolError("a value must be an object");
        Map<String, Object> map = (Map<String, Object>) data;
        if (map.size() == 1 && map.containsKey("lean")) {
            List<Object> order = new ArrayList<>();
            Object value = lean(map.get("lean"), order, 0);
            // The table form of what was sent, so an answer leaves out the inputs a call did not change.
            Encoder sent = new Encoder(handles);
            sent.preload(order);
            sent.encode(null, null);
            return new Decoded(value, order, sent.objs);
        }
        if (map.size() != 2 || !(map.get("objs") instanceof List) || !map.containsKey("root")) {
            throw new ProtocolError("a value must be an object with 'root' and 'objs'");
        }
        List<Object> objs = (List<Object>) map.get("objs");
        if (objs.size() > MAX_OBJECTS) throw new ProtocolError("too many objects");
        List<Object> objects = new ArrayList<>(objs.size());
        for (Object entry : objs) objects.add(placeholder(entry));
        Table table = new Table(objects, handles);
        for (int k = 0; k < objs.size(); k++) table.fill(objects.get(k), (List<Object>) objs.get(k));
        return new Decoded(table.atom(map.get("root")), objects, objs);
    }

    @SuppressWarnings("unchecked")
    private static Object lean(Object value, List<Object> order, int depth) throws ProtocolError {
        if (value instanceof List) {
            if (depth >= LEAN_DEPTH) throw new ProtocolError("a lean value nested too deeply");
            Values.Seq seq = new Values.Seq("list");
            order.add(seq);
            for (Object item : (List<Object>) value) seq.add(lean(item, order, depth + 1));
            return seq;
        }
        if (value instanceof Map) {
            if (depth >= LEAN_DEPTH) throw new ProtocolError("a lean value nested too deeply");
            Values.Dict dict = new Values.Dict();
            order.add(dict);
            for (Map.Entry<String, Object> entry : ((Map<String, Object>) value).entrySet()) {
                dict.keys.add(entry.getKey());
                dict.values.add(lean(entry.getValue(), order, depth + 1));
            }
            return dict;
        }
        if (value instanceof BigInteger) throw new ProtocolError("a lean int past 64 bits");
        return value;
    }

    private static Object placeholder(Object entry) throws ProtocolError {
        if (!(entry instanceof List) || ((List<?>) entry).isEmpty() || !(((List<?>) entry).get(0) instanceof String)) {
            throw new ProtocolError("malformed object");
        }
        String tag = (String) ((List<?>) entry).get(0);
        switch (tag) {
            case "list":
            case "tuple":
            case "set":
            case "frozenset":
                return new Values.Seq(tag);
            case "dict":
                return new Values.Dict();
            case "TreeNode":
            case "ListNode":
                return new Values.Node(tag);
            default:
                throw new ProtocolError("unknown object tag " + clip(tag));
        }
    }

    private static final class Table {
        final List<Object> objects;
        final Handles handles;

        Table(List<Object> objects, Handles handles) {
            this.objects = objects;
            this.handles = handles;
        }

        void fill(Object obj, List<Object> entry) throws ProtocolError {
            int size = entry.size() - 1;
            if (obj instanceof Values.Seq) {
                Values.Seq seq = (Values.Seq) obj;
                seq.ensureCapacity(size);
                for (int i = 1; i <= size; i++) seq.add(atom(entry.get(i)));
            } else if (obj instanceof Values.Dict) {
                if (size % 2 != 0) throw new ProtocolError("a dict needs an even number of items");
                Values.Dict dict = (Values.Dict) obj;
                for (int i = 1; i <= size; i += 2) {
                    dict.keys.add(atom(entry.get(i)));
                    dict.values.add(atom(entry.get(i + 1)));
                }
            } else {
                Values.Node node = (Values.Node) obj;
                if (size != node.items.length) throw new ProtocolError("a " + node.tag + " needs " + node.items.length + " items");
                for (int i = 0; i < size; i++) node.items[i] = atom(entry.get(i + 1));
            }
        }

        Object atom(Object value) throws ProtocolError {
            if (!(value instanceof List)) {
                if (value instanceof Map) throw new ProtocolError("malformed atom");
                return value;
            }
            List<?> atom = (List<?>) value;
            if (atom.size() != 2 || !(atom.get(0) instanceof String)) throw new ProtocolError("malformed atom");
            String tag = (String) atom.get(0);
            Object body = atom.get(1);
            switch (tag) {
                case "r":
                    if (!(body instanceof Long) || (Long) body < 0 || (Long) body >= objects.size()) {
                        throw new ProtocolError("reference to a missing object");
                    }
                    return objects.get((int) (long) (Long) body);
                case "i":
                    return hexInteger(body);
                case "f":
                    if ("nan".equals(body)) return Double.NaN;
                    if ("inf".equals(body)) return Double.POSITIVE_INFINITY;
                    if ("-inf".equals(body)) return Double.NEGATIVE_INFINITY;
                    throw new ProtocolError("malformed float");
                case "b":
                    try {
                        return Base64.getDecoder().decode(String.valueOf(body));
                    } catch (IllegalArgumentException exc) {
                        throw new ProtocolError("malformed bytes");
                    }
                case "z":
                    return codePoints(body);
                case "h":
                    if (!(body instanceof Long)) throw new ProtocolError("malformed handle");
                    return handles.in((Long) body);
                case "c":
                    if (!(body instanceof Long)) throw new ProtocolError("malformed callback");
                    return new Values.Callback((Long) body);
                default:
                    throw new ProtocolError("a value of kind '" + clip(tag) + "' cannot reach a Java submission");
            }
        }
    }

    private static Object hexInteger(Object body) throws ProtocolError {
        if (!(body instanceof String) || ((String) body).length() > 100_000) throw new ProtocolError("malformed big int");
        try {
            BigInteger big = new BigInteger((String) body, 16);
            return big.bitLength() < 64 ? (Object) big.longValue() : big;
        } catch (NumberFormatException exc) {
            throw new ProtocolError("malformed big int");
        }
    }

    private static String codePoints(Object body) throws ProtocolError {
        if (!(body instanceof List)) throw new ProtocolError("malformed code points");
        StringBuilder out = new StringBuilder();
        for (Object code : (List<?>) body) {
            if (!(code instanceof Long) || (Long) code < 0 || (Long) code > 0x10FFFF) throw new ProtocolError("malformed code points");
            out.appendCodePoint((int) (long) (Long) code);
        }
        return out.toString();
    }

    static String clip(Object value) {
        String text = String.valueOf(value);
        return text.length() <= 80 ? text : text.substring(0, 77) + "...";
    }

    // -- writing ----------------------------------------------------------

    /**
     * Encodes Java values into one table. Preloaded objects (a call's inputs, in the request's order) take the
     * first slots, so a result that reuses an input node is that node on the trusted side.
     */
    static final class Encoder {
        final List<Object> objs = new ArrayList<>();
        private final IdentityHashMap<Object, Integer> memo = new IdentityHashMap<>();
        private final List<Object[]> pending = new ArrayList<>(); // {slot, value}
        private final Handles handles;
        private int preloaded;

        Encoder(Handles handles) {
            this.handles = handles;
        }

        /** Input slots in order; a null slot is one whose object the call cannot have changed. */
        void preload(List<Object> inputs) {
            for (Object input : inputs) {
                if (input != null && tag(input) != null && !memo.containsKey(input)) {
                    memo.put(input, objs.size());
                    pending.add(new Object[] {objs.size(), input});
                }
                objs.add(null);
            }
            preloaded = objs.size();
        }

        Map<String, Object> encode(Object value, List<Object> sent) {
            Object root = atom(value);
            drain();
            if (sent != null) {
                for (int k = 0; k < Math.min(preloaded, sent.size()); k++) {
                    if (sent.get(k).equals(objs.get(k))) objs.set(k, null); // unchanged: the caller keeps its own
                }
            }
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            out.put("root", root);
            out.put("objs", objs);
            return out;
        }

        Object atom(Object value) {
            if (value == null || value instanceof Boolean || value instanceof String) return value;
            if (value instanceof Integer || value instanceof Short || value instanceof Byte) return ((Number) value).longValue();
            if (value instanceof Long) return integer((Long) value);
            if (value instanceof BigInteger) return big((BigInteger) value);
            if (value instanceof Double || value instanceof Float) return real(((Number) value).doubleValue());
            if (value instanceof Character) return String.valueOf(value);
            String tag = tag(value);
            if (tag == null) return List.of("h", handles.out(value));
            Integer slot = memo.get(value);
            if (slot == null) {
                if (objs.size() >= MAX_OBJECTS) throw new IllegalStateException("the value has more than " + MAX_OBJECTS + " containers");
                slot = objs.size();
                memo.put(value, slot);
                objs.add(null);
                pending.add(new Object[] {slot, value});
            }
            return List.of("r", (long) slot);
        }

        void drain() {
            while (!pending.isEmpty()) {
                Object[] job = pending.remove(pending.size() - 1);
                Object value = job[1];
                List<Object> entry = new ArrayList<>();
                entry.add(tag(value));
                for (Object child : children(value)) entry.add(atom(child));
                objs.set((Integer) job[0], entry);
            }
        }
    }

    static Object integer(long value) {
        if (-SAFE_INT <= value && value <= SAFE_INT) return value;
        return big(BigInteger.valueOf(value));
    }

    static Object big(BigInteger value) {
        if (value.bitLength() < 53) return value.longValue();
        return List.of("i", value.toString(16));
    }

    static Object real(double value) {
        if (Double.isNaN(value)) return List.of("f", "nan");
        if (Double.isInfinite(value)) return List.of("f", value > 0 ? "inf" : "-inf");
        return value;
    }

    /** The protocol tag of a container, or null for a scalar or an object that goes as a handle. */
    static String tag(Object value) {
        if (value.getClass().isArray()) return value instanceof byte[] ? null : "list";
        if (value instanceof Values.Seq) return ((Values.Seq) value).tag;
        if (value instanceof Values.Dict) return "dict";
        if (value instanceof Values.Node) return ((Values.Node) value).tag;
        if (value instanceof List) return "list";
        if (value instanceof Set) return "set";
        if (value instanceof Map) return "dict";
        if (value instanceof Collection) return "list"; // a Deque, a Queue: their items in order
        return Nodes.kind(value.getClass());
    }

    private static List<Object> children(Object value) {
        List<Object> items = new ArrayList<>();
        if (value.getClass().isArray()) {
            int length = Array.getLength(value);
            for (int i = 0; i < length; i++) items.add(Array.get(value, i));
        } else if (value instanceof Values.Dict) {
            Values.Dict dict = (Values.Dict) value;
            for (int i = 0; i < dict.keys.size(); i++) {
                items.add(dict.keys.get(i));
                items.add(dict.values.get(i));
            }
        } else if (value instanceof Values.Node) {
            items.addAll(java.util.Arrays.asList(((Values.Node) value).items));
        } else if (value instanceof Map) {
            for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
                items.add(entry.getKey());
                items.add(entry.getValue());
            }
        } else if (value instanceof Collection) {
            items.addAll((Collection<?>) value);
        } else {
            for (Field field : Nodes.fields(value.getClass())) items.add(Nodes.read(field, value));
        }
        return items;
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
