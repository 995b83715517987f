package dev.rotor.emulator.api;

import dev.rotor.emulator.secrets.Errors;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Server-side checks of the model's constraints (required, length, range, pattern, enum), reported as AWS does:
 * {@code 1 validation error detected: Value 'x' at 'secretId' failed to satisfy constraint: ...}.
 */
public final class Constraints {
    private static final int MAX_ECHOED_VALUE = 256;

    private final List<String> violations = new ArrayList<>();

    public Constraints required(String member, Object value) {
        if (value == null) {
            violations.add("Value null at '" + member + "' failed to satisfy constraint: Member must not be null");
        }
        return this;
    }

    public Constraints length(String member, String value, int min, int max) {
        return length(member, value, min, max, false);
    }

    /** A length check for a sensitive member, whose value is never echoed. */
    public Constraints sensitiveLength(String member, String value, int min, int max) {
        return length(member, value, min, max, true);
    }

    private Constraints length(String member, String value, int min, int max, boolean sensitive) {
        if (value != null) {
            checkSize(member, sensitive ? null : value, value.length(), min, max, "length");
        }
        return this;
    }

    public Constraints size(String member, Collection<?> value, int min, int max) {
        if (value != null) {
            checkSize(member, null, value.size(), min, max, "length");
        }
        return this;
    }

    public Constraints bytes(String member, byte[] value, int min, int max) {
        if (value != null) {
            checkSize(member, null, value.length, min, max, "length");
        }
        return this;
    }

    public Constraints range(String member, Number value, long min, long max) {
        if (value != null) {
            long v = value.longValue();
            if (v < min) {
                fail(member, String.valueOf(v), "Member must have value greater than or equal to " + min);
            } else if (v > max) {
                fail(member, String.valueOf(v), "Member must have value less than or equal to " + max);
            }
        }
        return this;
    }

    public Constraints pattern(String member, String value, Pattern pattern, boolean sensitive) {
        if (value != null && !pattern.matcher(value).matches()) {
            fail(member, sensitive ? null : value, "Member must satisfy regular expression pattern: " + pattern.pattern());
        }
        return this;
    }

    public Constraints oneOf(String member, String value, Collection<String> allowed) {
        if (value != null && !allowed.contains(value)) {
            fail(member, value, "Member must satisfy enum value set: " + allowed);
        }
        return this;
    }

    /** Throws ValidationException listing every violation found, if any. */
    public void check() {
        if (violations.isEmpty()) {
            return;
        }
        int n = violations.size();
        throw Errors.validation(n + " validation error" + (n == 1 ? "" : "s") + " detected: "
                + String.join("; ", violations));
    }

    private void checkSize(String member, String echoed, int size, int min, int max, String what) {
        if (size < min) {
            fail(member, echoed, "Member must have " + what + " greater than or equal to " + min);
        } else if (size > max) {
            fail(member, echoed, "Member must have " + what + " less than or equal to " + max);
        }
    }

    private void fail(String member, String value, String constraint) {
        String shown = value == null || value.length() > MAX_ECHOED_VALUE ? "Value" : "Value '" + value + "'";
        violations.add(shown + " at '" + member + "' failed to satisfy constraint: " + constraint);
    }
}
