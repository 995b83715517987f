package dev.rotor.functions.mysql.common;

import java.util.Locale;
import java.util.Map;

/** The function's environment variables, read with the templates' defaults and parsing rules. */
public final class FunctionEnvironment {

    private final Map<String, String> variables;

    public FunctionEnvironment(Map<String, String> variables) {
        this.variables = Map.copyOf(variables);
    }

    /** The process environment, as Lambda sets it. */
    public static FunctionEnvironment system() {
        return new FunctionEnvironment(System.getenv());
    }

    /** The value, or the default when unset (an empty value counts as set, as in the templates). */
    public String string(String name, String defaultValue) {
        String value = variables.get(name);
        return value == null ? defaultValue : value;
    }

    /** True only for "true" in any case, as the templates' {@code .lower() == 'true'}. */
    public boolean flag(String name, boolean defaultValue) {
        String value = variables.get(name);
        return value == null ? defaultValue : value.trim().toLowerCase(Locale.ROOT).equals("true");
    }

    /** A whole number; anything else fails with the variable's name. */
    public int integer(String name, int defaultValue) {
        String value = variables.get(name);
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new RotationFailedException("Environment variable " + name + " is not a whole number: " + value);
        }
    }
}
