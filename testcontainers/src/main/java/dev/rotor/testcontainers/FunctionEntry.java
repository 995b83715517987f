package dev.rotor.testcontainers;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A function registered with {@link RotorContainer}, written into the functions file the emulator reads at start. */
record FunctionEntry(String name, String jar, String handler, Map<String, String> environment) {

    /** The functions file ({@code {"functions": [{name, code, handler, environment}]}}) for these functions. */
    static String toJson(List<FunctionEntry> functions) {
        return functions.stream().map(FunctionEntry::toJson)
                .collect(Collectors.joining(",\n  ", "{\"functions\": [\n  ", "\n]}\n"));
    }

    private String toJson() {
        String env = environment.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> string(e.getKey()) + ": " + string(e.getValue()))
                .collect(Collectors.joining(", ", "{", "}"));
        return "{\"name\": " + string(name) + ", \"code\": " + string(jar) + ", \"handler\": " + string(handler)
                + ", \"environment\": " + env + "}";
    }

    /** A JSON string literal. */
    static String string(String value) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
