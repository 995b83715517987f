package dev.rotor.emulator.rotation;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The four steps Secrets Manager invokes a rotation function with, in order, as the event's {@code Step} spells them. */
public enum RotationStep {
    CREATE_SECRET("createSecret"),
    SET_SECRET("setSecret"),
    TEST_SECRET("testSecret"),
    FINISH_SECRET("finishSecret");

    private final String wireName;

    RotationStep(String wireName) {
        this.wireName = wireName;
    }

    /** The name in the event, in scenario files and in the control plane's JSON, e.g. {@code setSecret}. */
    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The step this wire name means, if any (exact spelling). */
    public static Optional<RotationStep> fromWireName(String name) {
        return Arrays.stream(values()).filter(step -> step.wireName.equals(name)).findFirst();
    }

    /** The steps of a rotation, in order: all four, or only testSecret for a test rotation. */
    public static List<RotationStep> of(boolean testOnly) {
        return testOnly ? List.of(TEST_SECRET) : List.of(values());
    }

    /** The wire names, in order, for messages. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(RotationStep::wireName).toList();
    }

    @Override
    public String toString() {
        return wireName;
    }
}
