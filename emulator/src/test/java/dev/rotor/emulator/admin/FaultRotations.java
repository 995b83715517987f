package dev.rotor.emulator.admin;

import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.rotation.RotationFixtures;
import dev.rotor.emulator.rotation.RotationRecord;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** What the fault tests do over and over: secrets, fixture functions, rotations through the real SDK, the journal. */
final class FaultRotations {
    private static final Duration WAIT = Duration.ofSeconds(90);

    private final EmulatorTestSupport emulator;

    FaultRotations(EmulatorTestSupport emulator) {
        this.emulator = emulator;
    }

    RotorAdmin admin() {
        return emulator.emulator().admin();
    }

    /** A new secret with this value; returns its ARN. */
    String secret(String value) {
        String name = emulator.uniqueName("faults");
        return emulator.client().createSecret(r -> r.name(name).secretString(value)).arn();
    }

    /** Registers a fixture rotation function under a unique name; returns its ARN. */
    String function(String handlerClass, Map<String, String> env, Duration timeout) {
        return admin().registerFunction(RotationFixtures.function(emulator.uniqueName("fn"), handlerClass, env)
                .withTimeout(timeout)).arn();
    }

    String service() {
        return function("ServiceRotation", Map.of(), Duration.ofSeconds(20));
    }

    /** Rotates the secret with the function through the SDK and waits for the outcome. */
    RotationRecord rotate(String secretArn, String functionArn) throws InterruptedException {
        String token = emulator.client().rotateSecret(r -> r.secretId(secretArn).rotationLambdaARN(functionArn))
                .versionId();
        return admin().awaitRotation(token, WAIT).orElseThrow();
    }

    /** Reattempts the rotation a failure left pending, with its token, and waits for the outcome. */
    RotationRecord retry(String secretArn) throws InterruptedException {
        return admin().awaitRotation(admin().retryRotation(secretArn).id(), WAIT).orElseThrow();
    }

    /** The secret's journal events, in order. */
    List<JournalEvent> events(String secretArn) {
        return admin().journal(0, 100_000).stream().filter(e -> secretArn.equals(e.secretArn())).toList();
    }

    List<JournalEvent> events(String secretArn, EventType type) {
        return events(secretArn).stream().filter(e -> e.type() == type).toList();
    }

    /** The position of the first event matching, or -1. */
    static int indexOf(List<JournalEvent> events, EventType type, String step) {
        for (int i = 0; i < events.size(); i++) {
            JournalEvent e = events.get(i);
            if (e.type() == type && (step == null || e.detail() != null && step.equals(e.detail().get("step")))) {
                return i;
            }
        }
        return -1;
    }
}
