package dev.rotor.emulator.admin;

import dev.rotor.emulator.rotation.RotationStep;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** The checks and the scenario spelling the fault records share. */
final class FaultSpecs {
    static final int MAX_TIMES = 100;

    private FaultSpecs() {
    }

    /** {@code {<layer>: <kind>, during: <step>, times: N}}, without {@code during} when it is null; add to it. */
    static Map<String, Object> spec(String layer, String kind, RotationStep during, int times) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put(layer, kind);
        if (during != null) {
            spec.put("during", during.wireName());
        }
        spec.put("times", times);
        return spec;
    }

    /** A duration as a scenario writes it: {@code 2s}, or {@code 150ms} when it is not whole seconds. */
    static String text(Duration duration) {
        long millis = duration.toMillis();
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    static void requireSecretAndTimes(String secretId, int times) {
        require("secret", secretId != null && !secretId.isBlank(), "the secret the fault is for (any SecretId form)");
        require("times", times >= 1 && times <= MAX_TIMES, "a whole number from 1 to " + MAX_TIMES);
    }

    static void requireOperation(String operation) {
        require("operation", operation != null && !operation.isBlank(),
                "the AWS operation whose calls it answers, e.g. PutSecretValue");
    }

    static void requireDuration(String field, Duration duration, Duration max) {
        require(field, duration != null && !duration.isNegative() && !duration.isZero() && duration.compareTo(max) <= 0,
                "a duration from 1ms to " + text(max) + ", e.g. 100ms or 2s");
    }

    /** Refuses the field unless {@code ok}; the message says what the field must hold, never its value. */
    static void require(String field, boolean ok, String what) {
        if (!ok) {
            throw AdminException.invalidField(field, "Fault field '" + field + "': " + what + ".");
        }
    }
}
