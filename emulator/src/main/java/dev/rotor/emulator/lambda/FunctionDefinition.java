package dev.rotor.emulator.lambda;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A Lambda function as the emulator runs it.
 *
 * @param name           the function name (Lambda's rule: 1 to 64 of letters, digits, hyphen, underscore)
 * @param code           a jar/zip, or an unzipped folder
 * @param handler          {@code pkg.Class} or {@code pkg.Class::method} for Java; {@code module.function} for Python
 *                         (dotted packages allowed); for {@code provided}, any string (passed as {@code _HANDLER})
 * @param environment      the function's own environment variables (Lambda's reserved names are refused)
 * @param timeout          how long one invocation may run (default 30 s, 1 s to 900 s as on Lambda)
 * @param memoryMb         the memory size (default 512, 128 to 10240); the JVM heap is 85 % of it
 * @param runtime          {@code java17}, {@code java21}, {@code python3.9} to {@code python3.13} or {@code provided}
 * @param javaExecutable   the {@code java} to run a Java function with; {@code null} means the JDK running the
 *                         emulator
 * @param pythonExecutable the {@code python} to run a Python function with; {@code null} means {@code python3.X} for
 *                         the runtime's version on {@code PATH}, else {@code python3}
 */
public record FunctionDefinition(String name, Path code, String handler, Map<String, String> environment,
                                 Duration timeout, int memoryMb, FunctionRuntime runtime, Path javaExecutable,
                                 Path pythonExecutable) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MEMORY_MB = 512;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern ENV_KEY = Pattern.compile("[a-zA-Z]([a-zA-Z0-9_])*");

    public FunctionDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Function name must be 1 to 64 letters, digits, '-' or '_'");
        }
        Objects.requireNonNull(code, "code: the function's jar, zip or folder is required");
        runtime = runtime == null ? FunctionRuntime.JAVA17 : runtime;
        if (handler == null || handler.isBlank()) {
            handler = switch (runtime.family()) {
                case JAVA -> throw new IllegalArgumentException(
                        "A Java function needs a handler (pkg.Class or pkg.Class::method)");
                case PYTHON -> throw new IllegalArgumentException(
                        "A Python function needs a handler (module.function, e.g. lambda_function.lambda_handler)");
                case PROVIDED -> "bootstrap";
            };
        }
        if (javaExecutable != null && !runtime.isJava()) {
            throw new IllegalArgumentException("java= applies to the java17 and java21 runtimes only");
        }
        if (pythonExecutable != null && !runtime.isPython()) {
            throw new IllegalArgumentException("python= applies to the python3.9 to python3.13 runtimes only");
        }
        environment = environment == null ? Map.of() : environment;
        ReservedVariables.refuse(environment.keySet());
        for (String key : environment.keySet()) {
            if (key == null || !ENV_KEY.matcher(key).matches()) {
                throw new IllegalArgumentException("Environment variable names start with a letter and hold only"
                        + " letters, digits and '_'");
            }
        }
        environment = Map.copyOf(environment);
        timeout = timeout == null ? DEFAULT_TIMEOUT : timeout;
        if (timeout.compareTo(Duration.ofMillis(100)) < 0 || timeout.compareTo(Duration.ofSeconds(900)) > 0) {
            throw new IllegalArgumentException("Timeout must be between 1 and 900 seconds");
        }
        memoryMb = memoryMb == 0 ? DEFAULT_MEMORY_MB : memoryMb;
        if (memoryMb < 128 || memoryMb > 10240) {
            throw new IllegalArgumentException("Memory size must be between 128 and 10240 MB");
        }
    }

    /** A Java 17 function with default timeout and memory. */
    public static FunctionDefinition of(String name, Path code, String handler) {
        return new FunctionDefinition(name, code, handler, Map.of(), null, 0, FunctionRuntime.JAVA17, null, null);
    }

    public FunctionDefinition withEnvironment(Map<String, String> environment) {
        return new FunctionDefinition(name, code, handler, environment, timeout, memoryMb, runtime, javaExecutable,
                pythonExecutable);
    }

    public FunctionDefinition withTimeout(Duration timeout) {
        return new FunctionDefinition(name, code, handler, environment, timeout, memoryMb, runtime, javaExecutable,
                pythonExecutable);
    }

    public FunctionDefinition withMemoryMb(int memoryMb) {
        return new FunctionDefinition(name, code, handler, environment, timeout, memoryMb, runtime, javaExecutable,
                pythonExecutable);
    }

    public FunctionDefinition withRuntime(FunctionRuntime runtime) {
        return new FunctionDefinition(name, code, handler, environment, timeout, memoryMb, runtime, javaExecutable,
                pythonExecutable);
    }

    public FunctionDefinition withPythonExecutable(Path pythonExecutable) {
        return new FunctionDefinition(name, code, handler, environment, timeout, memoryMb, runtime, javaExecutable,
                pythonExecutable);
    }

    public FunctionDefinition withJavaExecutable(Path javaExecutable) {
        return new FunctionDefinition(name, code, handler, environment, timeout, memoryMb, runtime, javaExecutable,
                pythonExecutable);
    }

    /**
     * Parses the command line form {@code name=NAME,code=PATH,handler=H[,env.KEY=VALUE]...[,timeout=30|30s|PT30S]
     * [,memory=512][,runtime=java17|java21|python3.9..python3.13|provided][,java=PATH][,python=PATH]}. The code is a
     * jar, a zip or a folder; {@code jar=} is a synonym of {@code code=}. Values cannot contain commas.
     */
    public static FunctionDefinition parse(String spec) {
        String name = null;
        Path code = null;
        String handler = null;
        Map<String, String> environment = new LinkedHashMap<>();
        Duration timeout = null;
        int memory = 0;
        FunctionRuntime runtime = null;
        Path java = null;
        Path python = null;
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("Expected key=value in function spec, got '" + part + "'");
            }
            String key = part.substring(0, eq).trim();
            String value = part.substring(eq + 1).trim();
            if (key.startsWith("env.")) {
                environment.put(key.substring(4), value);
                continue;
            }
            switch (key) {
                case "name" -> name = value;
                case "jar", "code" -> code = Path.of(value);
                case "handler" -> handler = value;
                case "timeout" -> timeout = parseTimeout(value);
                case "memory", "memorySize", "memoryMb" -> memory = parseInt(key, value);
                case "runtime" -> runtime = FunctionRuntime.of(value);
                case "java" -> java = Path.of(value);
                case "python" -> python = Path.of(value);
                default -> throw new IllegalArgumentException("Unknown key '" + key + "' in function spec: use name,"
                        + " code (or jar), handler, env.KEY, timeout, memory, runtime, java or python");
            }
        }
        return new FunctionDefinition(name, code, handler, environment, timeout, memory, runtime, java, python);
    }

    /** Accepts whole seconds ({@code 30}), a suffixed amount ({@code 30s}, {@code 1500ms}, {@code 2m}) or ISO-8601. */
    public static Duration parseTimeout(String value) {
        String v = value.trim();
        try {
            if (v.startsWith("P") || v.startsWith("p")) {
                return Duration.parse(v);
            }
            if (v.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
            }
            if (v.endsWith("s")) {
                return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
            }
            if (v.endsWith("m")) {
                return Duration.ofMinutes(Long.parseLong(v.substring(0, v.length() - 1)));
            }
            return Duration.ofMillis(Math.round(Double.parseDouble(v) * 1000));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Bad timeout: use seconds (30), 30s, 1500ms or PT30S");
        }
    }

    private static int parseInt(String key, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Bad " + key + " '" + value + "': expected a whole number of MB");
        }
    }
}
