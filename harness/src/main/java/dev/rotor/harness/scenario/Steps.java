package dev.rotor.harness.scenario;

import java.util.List;

/** The four rotation steps, in order. */
public final class Steps {
    public static final List<String> ALL = List.of("createSecret", "setSecret", "testSecret", "finishSecret");

    private Steps() {
    }

    public static boolean isStep(String name) {
        return ALL.contains(name);
    }
}
