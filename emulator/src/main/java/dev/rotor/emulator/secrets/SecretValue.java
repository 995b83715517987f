package dev.rotor.emulator.secrets;

import java.util.Arrays;

/** The immutable value of one version: exactly one of a string or binary. */
public record SecretValue(String string, byte[] binary) {

    public static SecretValue ofString(String value) {
        return new SecretValue(value, null);
    }

    public static SecretValue ofBinary(byte[] value) {
        return new SecretValue(null, value.clone());
    }

    public boolean isBinary() {
        return binary != null;
    }

    /** Whether two values are the same secret material (what token idempotency compares). */
    public boolean sameAs(SecretValue other) {
        return other != null && java.util.Objects.equals(string, other.string) && Arrays.equals(binary, other.binary);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SecretValue other && sameAs(other);
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(string) + Arrays.hashCode(binary);
    }

    @Override
    public String toString() {
        return "SecretValue[redacted]";
    }
}
