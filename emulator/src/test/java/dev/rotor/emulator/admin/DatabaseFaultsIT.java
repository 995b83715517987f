package dev.rotor.emulator.admin;

import dev.rotor.emulator.it.EmulatorTestSupport;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.lambda.FailureKind;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.proxy.EchoServer;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationResult;
import dev.rotor.emulator.rotation.RotationStep;
import dev.rotor.emulator.rotation.StepRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Database faults through the secret's fault proxy, exact to the step: a fixture function talks to a real TCP server
 * (an echo server standing in for the database; the harness's catalog does the same against real MySQL) at setSecret.
 */
class DatabaseFaultsIT {
    @RegisterExtension
    static final EmulatorTestSupport emulator = new EmulatorTestSupport();
    private static EchoServer database;

    private final FaultRotations rotations = new FaultRotations(emulator);
    private final RotorAdmin admin = rotations.admin();

    @BeforeAll
    static void startDatabase() throws IOException {
        database = new EchoServer();
    }

    @AfterAll
    static void stopDatabase() throws IOException {
        database.close();
    }

    /** A secret with a proxy to the database, and a function that goes through it; returns {secret, function}. */
    private String[] secretAndFunctionThroughTheProxy(int roundTrips, Duration timeout) {
        String secret = rotations.secret("v1");
        DatabaseProxy proxy = admin.openDatabaseProxy(secret, "127.0.0.1", database.port());
        String function = rotations.function("TcpServiceRotation", Map.of("DATABASE_HOST", proxy.host(),
                "DATABASE_PORT", Integer.toString(proxy.port()), "ROUND_TRIPS", Integer.toString(roundTrips)), timeout);
        return new String[] {secret, function};
    }

    private static Invocation setSecret(RotationRecord rotation) {
        return rotation.steps().stream().filter(s -> s.step() == RotationStep.SET_SECRET).findFirst()
                .map(StepRecord::invocation).orElseThrow();
    }

    @Test
    void refusedConnectionsDuringSetSecretFailItAndARetryFindsTheDatabaseBack() throws Exception {
        String[] it = secretAndFunctionThroughTheProxy(1, Duration.ofSeconds(20));
        Fault fault = admin.armFault(new Fault.Database(it[0], DatabaseFaultKind.REFUSE, null,
                RotationStep.SET_SECRET, 1));

        RotationRecord failed = rotations.rotate(it[0], it[1]);
        RotationRecord retried = rotations.retry(it[0]);

        assertThat(failed.result()).isEqualTo(new RotationResult.StepFailed(RotationStep.SET_SECRET, setSecret(failed)));
        assertThat(setSecret(failed).error().errorMessage()).contains("java.net.ConnectException: Connection refused");
        assertThat(retried.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(setSecret(retried).logs()).contains("the database answered 1 round trips");
        assertThat(admin.faults(it[0])).containsExactly(new ArmedFault(fault, 1, 0));
        assertThat(rotations.events(it[0], EventType.FAULT_FIRED)).singleElement().satisfies(e ->
                assertThat(e.detail()).containsEntry("layer", "database").containsEntry("kind", "refuse")
                        .containsEntry("step", "setSecret").containsEntry("window", "step"));
    }

    @Test
    void droppedConnectionsDuringSetSecretFailIt() throws Exception {
        String[] it = secretAndFunctionThroughTheProxy(1, Duration.ofSeconds(20));
        admin.armFault(new Fault.Database(it[0], DatabaseFaultKind.DROP, null, RotationStep.SET_SECRET, 1));

        RotationRecord failed = rotations.rotate(it[0], it[1]);
        RotationRecord retried = rotations.retry(it[0]);

        assertThat(failed.result()).isEqualTo(new RotationResult.StepFailed(RotationStep.SET_SECRET, setSecret(failed)));
        assertThat(setSecret(failed).error().errorMessage()).startsWith("setSecret: cannot talk to the database")
                .doesNotContain("Connection refused");
        assertThat(retried.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
    }

    @Test
    void aStalledDatabaseHoldsSetSecretUntilTheFunctionTimesOut_andFlowsAgainAfterTheStep() throws Exception {
        String[] it = secretAndFunctionThroughTheProxy(1, Duration.ofSeconds(3));
        admin.armFault(new Fault.Database(it[0], DatabaseFaultKind.STALL, null, RotationStep.SET_SECRET, 1));

        RotationRecord failed = rotations.rotate(it[0], it[1]);
        RotationRecord retried = rotations.retry(it[0]);

        assertThat(setSecret(failed).failureKind()).contains(FailureKind.TIMED_OUT);
        assertThat(retried.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
    }

    @Test
    void latencyWithoutAStepDelaysEveryRoundTripOfTheWholeRotation() throws Exception {
        String[] it = secretAndFunctionThroughTheProxy(3, Duration.ofSeconds(20));
        Duration latency = Duration.ofMillis(300);
        Fault fault = admin.armFault(new Fault.Database(it[0], DatabaseFaultKind.LATENCY, latency, null, 1));

        RotationRecord rotated = rotations.rotate(it[0], it[1]);

        assertThat(rotated.status()).isEqualTo(RotationRecord.Status.SUCCEEDED);
        assertThat(setSecret(rotated).duration()).isGreaterThanOrEqualTo(latency.multipliedBy(3));
        assertThat(admin.faults(it[0])).containsExactly(new ArmedFault(fault, 1, 0));
        assertThat(rotations.events(it[0], EventType.FAULT_FIRED)).singleElement().satisfies(e ->
                assertThat(e.detail()).containsEntry("step", "createSecret").containsEntry("window", "attempt")
                        .containsEntry("latencyMs", 300));
    }

    @Test
    void aDatabaseFaultNeedsTheSecretsProxy() {
        String secret = rotations.secret("v1");

        AdminException e = catchThrowableOfType(AdminException.class, () -> admin.armFault(new Fault.Database(
                secret, DatabaseFaultKind.REFUSE, null, RotationStep.SET_SECRET, 1)));

        assertThat(e.reason()).isEqualTo(AdminException.Reason.INVALID);
        assertThat(e.getMessage()).contains("openDatabaseProxy").contains("/_rotor/proxies");
        assertThat(admin.faults(secret)).isEmpty();
    }

    @Test
    void aSecretHasOneProxy_closedOnRequest() throws IOException {
        String secret = rotations.secret("v1");

        DatabaseProxy proxy = admin.openDatabaseProxy(secret, "127.0.0.1", database.port());
        DatabaseProxy again = admin.openDatabaseProxy(secret, "127.0.0.1", database.port());
        AdminException elsewhere = catchThrowableOfType(AdminException.class,
                () -> admin.openDatabaseProxy(secret, "127.0.0.1", database.port() + 1));
        try (Socket through = new Socket(proxy.host(), proxy.port())) {
            assertThat(through.isConnected()).isTrue();
        }
        boolean closed = admin.closeDatabaseProxy(secret);

        assertThat(again).isEqualTo(proxy);
        assertThat(proxy.secretArn()).isEqualTo(secret);
        assertThat(proxy.targetPort()).isEqualTo(database.port());
        assertThat(elsewhere.getMessage()).contains("close it first");
        assertThat(closed).isTrue();
        assertThat(admin.closeDatabaseProxy(secret)).isFalse();
        assertThatThrownBy(() -> new Socket(proxy.host(), proxy.port())).isInstanceOf(ConnectException.class);
    }
}
