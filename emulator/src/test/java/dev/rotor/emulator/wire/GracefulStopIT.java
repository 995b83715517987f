package dev.rotor.emulator.wire;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SIGTERM stops {@code rotor serve} in the order that loses nothing: it takes no new connections, answers the
 * requests in flight, then closes the store. No request sees the store closing under it.
 */
class GracefulStopIT {
    private static final int WRITERS = 8;
    private static final int SIGTERM_EXIT = 128 + 15;

    private final String run = UUID.randomUUID().toString().substring(0, 8);

    /** A client that shows every answer as it came: retries would hide a 500 behind the next attempt. */
    private static SecretsManagerClient withoutRetries(URI endpoint) {
        return WireEmulator.clientBuilder(endpoint)
                .overrideConfiguration(c -> c.retryStrategy(AwsRetryStrategy.doNotRetry())).build();
    }

    @Test
    void sigterm_under_concurrent_writers_serves_no_500_keeps_every_acknowledged_write_and_leaves_no_trace_file(
            @TempDir Path dataDir) throws Exception {
        Map<String, String> acknowledged = new ConcurrentHashMap<>(); // version id -> secret name
        List<SdkException> endings = new CopyOnWriteArrayList<>();
        int exit;
        List<String> output;
        try (ChildEmulator child = ChildEmulator.serve(dataDir); SecretsManagerClient sm = withoutRetries(child.endpoint())) {
            CountDownLatch twoHundredAcknowledged = new CountDownLatch(200);
            List<Thread> writers = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                String name = "stop-" + run + "/writer-" + i;
                sm.createSecret(b -> b.name(name).secretString("v0"));
                Thread writer = new Thread(() -> write(sm, name, acknowledged, twoHundredAcknowledged, endings),
                        "stop-writer-" + i);
                writer.start();
                writers.add(writer);
            }
            assertThat(twoHundredAcknowledged.await(60, TimeUnit.SECONDS)).as("200 writes acknowledged").isTrue();

            exit = child.terminate();

            for (Thread writer : writers) {
                writer.join(TimeUnit.SECONDS.toMillis(60));
                assertThat(writer.isAlive()).isFalse();
            }
            output = child.output();
        }

        assertThat(exit).as("exit status of a JVM stopped by SIGTERM").isEqualTo(SIGTERM_EXIT);
        assertThat(endings).as("each writer ends when the emulator stops").hasSize(WRITERS);
        for (SdkException ending : endings) {
            if (ending instanceof SdkServiceException answered) {
                assertThat(answered.statusCode()).as("only 'stopping' may be answered: %s", ending.getMessage())
                        .isEqualTo(503);
            } else {
                assertThat(ending).as("not answered: the connection was refused or closed")
                        .isInstanceOf(SdkClientException.class);
            }
        }
        assertThat(output).as("the child's output").noneMatch(line -> line.contains("already closed")
                || line.contains("internal error") || line.contains("org.h2."));
        assertThat(dataDir.resolve("rotor.trace.db")).as("H2 wrote no error trace").doesNotExist();
        try (ChildEmulator child = ChildEmulator.start(dataDir); SecretsManagerClient sm = WireEmulator.newClient(child.endpoint())) {
            for (Map.Entry<String, String> write : acknowledged.entrySet()) {
                assertThat(sm.getSecretValue(b -> b.secretId(write.getValue()).versionId(write.getKey())).versionId())
                        .isEqualTo(write.getKey());
            }
        }
    }

    /** PutSecretValue in a loop until the first failure, which it records. */
    private static void write(SecretsManagerClient sm, String name, Map<String, String> acknowledged,
                              CountDownLatch progress, List<SdkException> endings) {
        for (int i = 1; ; i++) {
            String token = UUID.randomUUID().toString();
            String value = "v" + i;
            try {
                sm.putSecretValue(b -> b.secretId(name).clientRequestToken(token).secretString(value));
                acknowledged.put(token, name);
                progress.countDown();
            } catch (SdkException ending) {
                endings.add(ending);
                return;
            }
        }
    }
}
