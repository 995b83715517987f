package dev.rotor.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static dev.rotor.bench.AwsJsonClient.str;

/** Creates secrets through the API: each a CreateSecret and then PutSecretValue for every further version. */
final class SecretsFill {
    private SecretsFill() {
    }

    /** Creates {@code prefix}-0 .. {@code prefix}-(count-1), {@code versions} versions each, from 2 client threads. */
    static void fill(AwsJsonClient client, String prefix, int count, int versions) throws Exception {
        List<Thread> loaders = new ArrayList<>();
        List<Exception> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < 2; t++) {
            int first = t;
            loaders.add(new Thread(() -> {
                try {
                    for (int i = first; i < count; i += 2) {
                        create(client, prefix + "-" + i, versions);
                    }
                } catch (Exception e) {
                    failures.add(e);
                }
            }));
        }
        loaders.forEach(Thread::start);
        for (Thread loader : loaders) {
            loader.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /** A value of about 110 bytes that names its secret and version (so a read can be checked). */
    static String value(String name, int version) {
        return "{\"username\":\"" + name + "\",\"password\":\"version-" + version + "-Xk3pQ9vL2wR7mN4tB8\","
                + "\"host\":\"db.internal\",\"port\":3306}";
    }

    private static void create(AwsJsonClient client, String name, int versions) throws IOException {
        client.require("CreateSecret", "{\"Name\":" + str(name) + ",\"ClientRequestToken\":"
                + str(UUID.randomUUID().toString()) + ",\"SecretString\":" + str(value(name, 0)) + "}");
        for (int v = 1; v < versions; v++) {
            client.require("PutSecretValue", "{\"SecretId\":" + str(name) + ",\"ClientRequestToken\":"
                    + str(UUID.randomUUID().toString()) + ",\"SecretString\":" + str(value(name, v)) + "}");
        }
    }
}
