package judge.runner;

import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Exceptions as the trusted side reads them: type, message, the submission's frames, its line. */
final class Errors {
    static final int TEXT_CAP = 4096;
    static final int FRAMES = 20;

    private Errors() {}

    /** An entry point the submission does not define: CE, with what it does define. */
    static final class Missing extends Exception {
        Missing(String message) {
            super(message);
        }
    }

    /** An error the runner raises as Python names it (AttributeError, TypeError), as the Python runner would. */
    static final class Python extends RuntimeException {
        final String type;

        Python(String type, String message) {
            super(message);
            this.type = type;
        }
    }

    // Java exceptions a test may expect by their Python class: pytest.raises(IndexError) catches an
    // ArrayIndexOutOfBoundsException, an OutOfMemoryError is the memory limit.
    private static final Map<String, String> PYTHON_BASES = Map.ofEntries(
            Map.entry("ArrayIndexOutOfBoundsException", "IndexError"),
            Map.entry("StringIndexOutOfBoundsException", "IndexError"),
            Map.entry("IndexOutOfBoundsException", "IndexError"),
            Map.entry("ArithmeticException", "ZeroDivisionError"),
            Map.entry("IllegalArgumentException", "ValueError"),
            Map.entry("NumberFormatException", "ValueError"),
            Map.entry("ClassCastException", "TypeError"),
            Map.entry("NoSuchElementException", "LookupError"),
            Map.entry("EmptyStackException", "IndexError"),
            Map.entry("UnsupportedOperationException", "NotImplementedError"),
            Map.entry("StackOverflowError", "RecursionError"),
            Map.entry("NullPointerException", "AttributeError"));

    static Throwable unwrap(Throwable exc) {
        while (exc instanceof InvocationTargetException && exc.getCause() != null) exc = exc.getCause();
        if (exc instanceof ExceptionInInitializerError && exc.getCause() != null) exc = exc.getCause();
        return exc;
    }

    static Map<String, Object> compile(String message, Integer line) {
        Map<String, Object> error = base("CompileError", message, true);
        error.put("line", line == null ? null : (long) line);
        return error;
    }

    static Map<String, Object> missing(String message) {
        return base("MissingEntryPoint", message, true);
    }

    private static Map<String, Object> base(String type, String message, boolean loading) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("type", type);
        error.put("classes", List.of());
        error.put("args", null);
        error.put("message", clip(message, TEXT_CAP));
        error.put("traceback", "");
        error.put("line", null);
        error.put("column", null);
        error.put("loading", loading);
        return error;
    }

    static Map<String, Object> describe(Throwable raw, Loaded loaded, boolean loading) {
        Throwable exc = unwrap(raw);
        if (exc instanceof OutOfMemoryError) return base("MemoryError", "java.lang.OutOfMemoryError: " + exc.getMessage(), loading);
        if (exc instanceof Python) return base(((Python) exc).type, exc.getMessage(), loading);
        String name = exc.getClass().getSimpleName().isEmpty() ? exc.getClass().getName() : exc.getClass().getSimpleName();
        String message = exc.getMessage() == null ? "" : exc.getMessage();
        Map<String, Object> error = base(name, message, loading);
        error.put("classes", classes(exc.getClass()));
        List<String> frames = new ArrayList<>();
        Long line = null;
        for (StackTraceElement frame : exc.getStackTrace()) {
            if (loaded == null || !loaded.own.contains(frame.getClassName())) continue;
            if (line == null && frame.getLineNumber() > 0) line = (long) frame.getLineNumber();
            if (frames.size() < FRAMES) {
                String where = frame.getLineNumber() > 0 ? loaded.filename + ":" + frame.getLineNumber() : loaded.filename;
                frames.add("  at " + frame.getClassName() + "." + frame.getMethodName() + "(" + where + ")");
            }
        }
        error.put("traceback", clip(String.join("\n", frames), TEXT_CAP * 4));
        error.put("line", line);
        return error;
    }

    /** [[name, [Python base]]] for the exception's classes, most derived first, so the test's except clauses work. */
    private static List<Object> classes(Class<?> cls) {
        List<Object> out = new ArrayList<>();
        String base = null;
        for (Class<?> c = cls; c != null && c != Throwable.class && base == null; c = c.getSuperclass()) base = PYTHON_BASES.get(c.getSimpleName());
        if (base == null) base = Error.class.isAssignableFrom(cls) ? "RuntimeError" : "Exception";
        String name = cls.getSimpleName().isEmpty() ? cls.getName() : cls.getSimpleName();
        out.add(List.of(name, List.of(base)));
        return out;
    }

    static String clip(String text, int cap) {
        return text.length() <= cap ? text : text.substring(0, cap) + "... [" + (text.length() - cap) + " more characters]";
    }
}
