package judge.runner;

import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The loaded submission: its classes, and the entry points found in them by reflection the way LeetCode writes
 * them: a function problem's `two_sum` is `class Solution { public int[] twoSum(...) }`; a class problem's class
 * keeps its name and its methods are camelCase.
 */
final class Loaded {
    final ClassLoader loader;
    final Set<String> own; // the submission's class names: its frames are the ones a trace shows
    final String filename;
    final String module;
    private final Map<String, String> kinds = new LinkedHashMap<>();
    private Object solution;

    Loaded(ClassLoader loader, Set<String> own, String filename, String module) {
        this.loader = loader;
        this.own = own;
        this.filename = filename;
        this.module = module;
    }

    static String camel(String name) {
        String[] parts = name.split("_");
        if (parts.length < 2 || parts[0].isEmpty()) return name;
        StringBuilder out = new StringBuilder(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            if (!parts[i].isEmpty()) out.append(Character.toUpperCase(parts[i].charAt(0))).append(parts[i].substring(1));
        }
        return out.toString();
    }

    /** Every entry point is there (initializing its class), else Missing; answers how each is spelled here. */
    @SuppressWarnings("unchecked")
    Map<String, Object> check(List<Object> entries) throws Errors.Missing {
        Map<String, Object> aliases = new LinkedHashMap<>();
        for (Object raw : entries) {
            if (!(raw instanceof Map)) continue;
            Map<String, Object> entry = (Map<String, Object>) raw;
            String name = String.valueOf(entry.get("name"));
            String kind = String.valueOf(entry.get("kind"));
            kinds.put(name, kind);
            if (kind.equals("class")) {
                Class<?> cls = type(name);
                if (cls == null) throw new Errors.Missing(filename + " defines no class " + name + defined());
                List<Object> methods = entry.get("methods") instanceof List ? (List<Object>) entry.get("methods") : List.of();
                for (Object method : methods) {
                    String spelled = spelling(cls, String.valueOf(method));
                    if (spelled == null) throw new Errors.Missing("class " + name + " in " + filename + " has no method " + camel(String.valueOf(method)) + methodsOf(cls));
                    if (!spelled.equals(method)) aliases.put(name + "." + method, name + "." + spelled);
                }
                initialize(cls);
            } else {
                Class<?> cls = type("Solution");
                if (cls == null) throw new Errors.Missing(filename + " defines no class Solution (LeetCode's: `class Solution { ... " + camel(name) + "(...) }`)" + defined());
                String spelled = spelling(cls, name);
                if (spelled == null) throw new Errors.Missing("class Solution in " + filename + " has no method " + camel(name) + methodsOf(cls));
                aliases.put(name, "Solution." + spelled);
                initialize(cls);
            }
        }
        return aliases;
    }

    private static void initialize(Class<?> cls) {
        try {
            Class.forName(cls.getName(), true, cls.getClassLoader());
        } catch (ClassNotFoundException exc) {
            throw new IllegalStateException(exc);
        }
    }

    private String defined() {
        List<String> names = new ArrayList<>();
        for (String name : own) if (!name.contains("$") && !name.contains(".")) names.add(name);
        java.util.Collections.sort(names);
        return names.isEmpty() ? "" : " (it defines " + String.join(", ", names) + ")";
    }

    private static String methodsOf(Class<?> cls) {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : methods(cls)) names.add(method.getName());
        return names.isEmpty() ? "" : " (it has " + String.join(", ", names) + ")";
    }

    Class<?> type(String name) {
        for (String spelled : new String[] {name, camel(name)}) {
            try {
                Class<?> cls = Class.forName(spelled, false, loader);
                if (own.contains(cls.getName())) return cls;
            } catch (ClassNotFoundException | LinkageError exc) {
                // not this spelling
            }
        }
        return null;
    }

    /** Methods of the class and its superclasses, public or not (LeetCode's class problems often omit `public`). */
    static List<Method> methods(Class<?> cls) {
        List<Method> found = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Method method : c.getDeclaredMethods()) if (!method.isSynthetic()) found.add(method);
        }
        return found;
    }

    private static String spelling(Class<?> cls, String name) {
        for (String spelled : new String[] {name, camel(name)}) {
            for (Method method : methods(cls)) if (method.getName().equals(spelled)) return spelled;
        }
        // LeetCode capitalises acronyms (is_valid_bst -> isValidBST): any case of the camelCase name is the name.
        for (Method method : methods(cls)) if (method.getName().equalsIgnoreCase(camel(name))) return method.getName();
        return null;
    }

    // -- calls ------------------------------------------------------------

    /** What a call's target says to do: call a function, make an object, call a method, read a field, ... */
    Object act(Map<String, Object> spec, List<Object> args, Types types, Runner runner) throws Throwable {
        String action = String.valueOf(spec.getOrDefault("do", "call"));
        Object attr = spec.get("attr");
        if (spec.containsKey("handle")) {
            Object obj = runner.in(spec.get("handle") instanceof Long ? (Long) spec.get("handle") : -1);
            if (attr != null && action.equals("call")) return invoke(obj.getClass(), obj, String.valueOf(attr), args, types);
            if (attr != null) return Operations.attribute(obj, String.valueOf(attr), action, args, types);
            return Operations.apply(obj, action, args, types);
        }
        String name = String.valueOf(spec.get("name"));
        Class<?> cls = kinds.getOrDefault(name, "").equals("class") || !kinds.containsKey(name) ? type(name) : null;
        if (cls != null) {
            if (attr != null) return invoke(cls, null, String.valueOf(attr), args, types); // a static method
            if (action.equals("call")) return construct(cls, args, types);
            throw new Errors.Python("TypeError", "a class cannot be used with " + action + " in Java");
        }
        if (!action.equals("call")) throw new Errors.Python("TypeError", "a function cannot be used with " + action);
        Class<?> solutionClass = type("Solution");
        if (solutionClass == null) throw new Errors.Python("AttributeError", filename + " defines no class Solution");
        return invoke(solutionClass, solution(solutionClass, types), name, args, types);
    }

    private Object solution(Class<?> cls, Types types) throws Throwable {
        if (solution == null) solution = construct(cls, List.of(), types);
        return solution;
    }

    Object construct(Class<?> cls, List<Object> args, Types types) throws Throwable {
        List<Executable> found = new ArrayList<>();
        for (Constructor<?> constructor : cls.getDeclaredConstructors()) found.add(constructor);
        return firstFitting(found, null, args, types, cls.getSimpleName() + "(...)").call();
    }

    Object invoke(Class<?> cls, Object obj, String name, List<Object> args, Types types) throws Throwable {
        return bind(cls, obj, name, args, types).call();
    }

    /** The method a call names, its arguments converted: a measured call converts before its clock starts. */
    Bound bind(Class<?> cls, Object obj, String name, List<Object> args, Types types) throws Throwable {
        List<Executable> found = new ArrayList<>();
        String folded = spelling(cls, name);
        for (String spelled : new String[] {name, camel(name), folded}) {
            for (Method method : methods(cls)) {
                if (method.getName().equals(spelled) && (obj != null || Modifier.isStatic(method.getModifiers()))) found.add(method);
            }
            if (!found.isEmpty()) break;
        }
        if (found.isEmpty()) throw new Errors.Python("AttributeError", "'" + cls.getSimpleName() + "' object has no method '" + camel(name) + "'");
        return firstFitting(found, obj, args, types, cls.getSimpleName() + "." + camel(name));
    }

    /** A method or constructor with its arguments, ready to call. */
    static final class Bound {
        final Executable target;
        final Object obj;
        final Object[] args;

        Bound(Executable target, Object obj, Object[] args) {
            this.target = target;
            this.obj = obj;
            this.args = args;
        }

        Object call() throws Throwable {
            target.setAccessible(true);
            try {
                if (target instanceof Constructor) return ((Constructor<?>) target).newInstance(args);
                Method method = (Method) target;
                Object value = method.invoke(obj, args);
                return method.getReturnType() == void.class ? null : value;
            } catch (java.lang.reflect.InvocationTargetException exc) {
                throw exc.getCause();
            }
        }
    }

    /** The same method again with new arguments (a replay's operations): no lookup, a fallback on a mismatch. */
    static Bound rebind(Executable method, Object obj, List<Object> args, Types types) throws Throwable {
        return firstFitting(List.of(method), obj, args, types, method.getName());
    }

    /** The first overload whose parameters take the arguments (by count, then by conversion). */
    private static Bound firstFitting(List<Executable> found, Object obj, List<Object> args, Types types, String what) throws Throwable {
        String why = "no overload takes " + args.size() + " argument" + (args.size() == 1 ? "" : "s");
        for (Executable candidate : found) {
            if (candidate.getParameterCount() != args.size()) continue;
            Type[] params = candidate.getGenericParameterTypes();
            Object[] converted = new Object[args.size()];
            try {
                for (int i = 0; i < params.length; i++) converted[i] = types.convert(args.get(i), params[i]);
            } catch (Types.Mismatch exc) {
                why = exc.getMessage();
                continue;
            }
            return new Bound(candidate, obj, converted);
        }
        throw new Errors.Python("TypeError", what + ": " + why);
    }

    /** What the trusted side learns of a handle's object: its class and methods (both spellings). */
    Map<String, Object> describe(Object obj) {
        Class<?> cls = obj.getClass();
        List<Object> mro = new ArrayList<>();
        for (Class<?> c = cls; c != null && c != Object.class; c = c.getSuperclass()) mro.add(c.getSimpleName().isEmpty() ? "object" : c.getSimpleName());
        Set<Object> names = new LinkedHashSet<>();
        for (Method method : methods(cls)) {
            if (Modifier.isPrivate(method.getModifiers()) || method.getName().contains("$")) continue;
            names.add(method.getName());
            names.add(snake(method.getName()));
        }
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("type", cls.getSimpleName().isEmpty() ? "object" : cls.getSimpleName());
        info.put("module", own.contains(cls.getName()) ? module : "java");
        info.put("mro", mro);
        info.put("methods", new ArrayList<>(names).subList(0, Math.min(names.size(), 300)));
        info.put("class", false);
        if (!own.contains(cls.getName()) || !kinds.containsKey(cls.getSimpleName())) info.put("repr", Operations.text(obj));
        return info;
    }

    static String snake(String name) {
        return name.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase();
    }

    static boolean isField(Object obj, String name) {
        for (Class<?> c = obj.getClass(); c != null; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) if (field.getName().equals(name)) return true;
        }
        return false;
    }

    static boolean isSized(Object obj) {
        return obj instanceof Collection || obj instanceof Map || obj instanceof CharSequence || obj.getClass().isArray();
    }
}
