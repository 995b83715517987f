package dev.rotor.emulator.api;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The access key id a request is signed with, from SigV4's {@code Authorization: ... Credential=<id>/<scope>}. */
final class CallerKey {
    private static final Pattern CREDENTIAL = Pattern.compile("Credential=([A-Za-z0-9]{1,128})/");

    private CallerKey() {
    }

    /** The access key id, or {@code null} for an unsigned request or a header of another shape. */
    static String accessKeyId(String authorization) {
        if (authorization == null) {
            return null;
        }
        Matcher matcher = CREDENTIAL.matcher(authorization);
        return matcher.find() ? matcher.group(1) : null;
    }
}
