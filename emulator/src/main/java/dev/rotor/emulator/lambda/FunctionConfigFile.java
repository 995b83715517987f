package dev.rotor.emulator.lambda;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Loads function definitions from a JSON or YAML file: a list of functions, or an object with a {@code functions}
 * list. Each entry has {@code name}, {@code code} (or {@code jar}), {@code handler}, and optionally
 * {@code environment}, {@code timeout}, {@code memoryMb}, {@code runtime}, {@code javaExecutable} (or {@code java}),
 * {@code pythonExecutable} (or {@code python}). Relative code paths are relative to the file.
 */
public final class FunctionConfigFile {

    private FunctionConfigFile() {
    }

    public static List<FunctionDefinition> load(Path file) {
        String lower = file.getFileName().toString().toLowerCase(Locale.ROOT);
        ObjectMapper mapper = lower.endsWith(".yaml") || lower.endsWith(".yml")
                ? new ObjectMapper(new YAMLFactory()) : new ObjectMapper();
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            JsonNode root = mapper.readTree(Files.readString(file));
            JsonNode list = root != null && root.isObject() ? root.get("functions") : root;
            if (list == null || !list.isArray()) {
                throw new IllegalArgumentException(file + ": expected a list of functions or {functions: [...]}");
            }
            Path base = file.toAbsolutePath().getParent();
            List<FunctionDefinition> functions = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                try {
                    functions.add(mapper.treeToValue(list.get(i), FunctionSpec.class).toDefinition(base));
                } catch (JsonProcessingException | IllegalArgumentException e) {
                    String message = e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage();
                    throw new IllegalArgumentException(file + ": function #" + (i + 1) + ": " + message, e);
                }
            }
            return functions;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": " + e.getOriginalMessage()
                    + (e.getLocation() != null ? " at line " + e.getLocation().getLineNr() : ""), e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }
}
