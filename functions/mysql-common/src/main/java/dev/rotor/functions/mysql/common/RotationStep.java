package dev.rotor.functions.mysql.common;

/** The four steps Secrets Manager invokes a rotation function with, by their wire names. */
public enum RotationStep {
    CREATE_SECRET("createSecret"),
    SET_SECRET("setSecret"),
    TEST_SECRET("testSecret"),
    FINISH_SECRET("finishSecret");

    private final String wireName;

    RotationStep(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** The step with this wire name; anything else fails the invocation. */
    public static RotationStep fromWireName(String name) {
        for (RotationStep step : values()) {
            if (step.wireName.equals(name)) {
                return step;
            }
        }
        throw new RotationFailedException("Invalid step parameter " + name);
    }
}
