package dev.rotor.emulator.lambda;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The credentials a function's processes get, as Lambda gives each function its role's temporary credentials: an
 * access key id of the function's own ({@code ASIA} and 16 characters derived from its name). Every AWS SDK signs its
 * requests with it (SigV4's {@code Credential=<access key id>/...}), so the emulator can tell the function's own calls
 * from everyone else's, whatever SDK or language the function uses.
 */
public final class FunctionCredentials {
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    static final String SECRET_ACCESS_KEY = "rotor-emulator-dummy-secret-access-key";
    static final String SESSION_TOKEN = "rotor-emulator-dummy-session-token";

    private FunctionCredentials() {
    }

    /** The access key id the function's processes sign their requests with. */
    public static String accessKeyId(String functionName) {
        byte[] hash = sha256("rotor-function:" + functionName);
        StringBuilder id = new StringBuilder("ASIA");
        for (int i = 0; i < 16; i++) {
            id.append(ALPHABET.charAt((hash[i] & 0xff) % ALPHABET.length()));
        }
        return id.toString();
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
