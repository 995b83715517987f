package dev.rotor.bench;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.UUID;

import static dev.rotor.bench.AwsJsonClient.str;

/**
 * The two measured request types, identical for every server. GetSecretValue reads AWSCURRENT of 100 small secrets
 * in turn. PutSecretValue writes a new AWSCURRENT version (fresh ClientRequestToken) to secrets prepared beforehand,
 * at most {@link #PUTS_PER_SECRET} to each, so no secret nears the 100-version quota and every server does the same
 * work per request.
 */
final class Workloads {
    static final int GET_SECRETS = 100;
    static final int PUTS_PER_SECRET = 20;
    /** A typical database credential, ~120 bytes. */
    static final String VALUE = "{\"engine\":\"mysql\",\"host\":\"db.internal\",\"port\":3306,"
            + "\"username\":\"app_user\",\"password\":\"Xk3#pQ9!vL2@wR7$mN4%tB8^\"}";

    private final AwsJsonClient client;
    private final String prefix = "bench-" + UUID.randomUUID().toString().substring(0, 8);
    private final List<Deque<String>> putTargets = new ArrayList<>();
    private final int[] putsOnCurrent;
    private final String[] currentPutTarget;
    private int created;

    Workloads(AwsJsonClient client, int threads) {
        this.client = client;
        this.putsOnCurrent = new int[threads];
        this.currentPutTarget = new String[threads];
        for (int t = 0; t < threads; t++) {
            putTargets.add(new ArrayDeque<>());
        }
    }

    void createGetSecrets() throws IOException, InterruptedException {
        for (int i = 0; i < GET_SECRETS; i++) {
            create(prefix + "-get-" + i);
        }
    }

    /** Prepares enough fresh secrets for about {@code puts} PutSecretValue calls per thread. */
    void preparePutTargets(long puts) throws IOException, InterruptedException {
        for (int t = 0; t < putTargets.size(); t++) {
            Deque<String> targets = putTargets.get(t);
            long wanted = puts / PUTS_PER_SECRET + 2;
            while (targets.size() < wanted) {
                targets.add(create(prefix + "-put-" + t + "-" + created++));
            }
        }
    }

    boolean get(int thread, long sequence) throws IOException, InterruptedException {
        String name = prefix + "-get-" + ((sequence * 7 + thread) % GET_SECRETS);
        return client.call("GetSecretValue", "{\"SecretId\":" + str(name) + "}").ok();
    }

    boolean put(int thread, long sequence) throws IOException, InterruptedException {
        String target = putTarget(thread);
        return client.call("PutSecretValue", "{\"SecretId\":" + str(target) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"SecretString\":" + str(VALUE) + "}").ok();
    }

    private String putTarget(int thread) throws IOException, InterruptedException {
        if (currentPutTarget[thread] == null || putsOnCurrent[thread] >= PUTS_PER_SECRET) {
            Deque<String> targets = putTargets.get(thread);
            // Pool used up (the estimate was low): create one inline; it costs this window a little throughput.
            currentPutTarget[thread] = targets.isEmpty()
                    ? create(prefix + "-put-" + thread + "-x" + System.nanoTime()) : targets.poll();
            putsOnCurrent[thread] = 0;
        }
        putsOnCurrent[thread]++;
        return currentPutTarget[thread];
    }

    private String create(String name) throws IOException, InterruptedException {
        client.require("CreateSecret", "{\"Name\":" + str(name) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"SecretString\":" + str(VALUE) + "}");
        return name;
    }
}
