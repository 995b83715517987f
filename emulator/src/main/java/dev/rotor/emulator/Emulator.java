package dev.rotor.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rotor.emulator.api.AwsJsonApi;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.api.WireJson;
import dev.rotor.emulator.api.operations.*;
import dev.rotor.emulator.control.ControlRoutes;
import dev.rotor.emulator.secrets.SecretArns;
import dev.rotor.emulator.secrets.SecretLocator;
import dev.rotor.emulator.secrets.SecretsContext;
import dev.rotor.emulator.secrets.SecretsServices;
import dev.rotor.emulator.store.H2SecretStore;
import dev.rotor.emulator.store.SecretStore;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The composition root: builds the store, the services and the HTTP server. No static state: start as many as you
 * like, each on its own port ({@code 0} picks a free one).
 */
public final class Emulator implements AutoCloseable {
    private final EmulatorConfig config;
    private final SecretStore store;
    private final SecretsServices services;
    private final Javalin server;
    private volatile boolean stopped;

    private Emulator(EmulatorConfig config) {
        this.config = config;
        this.store = config.dataDir() == null
                ? H2SecretStore.inMemory(config.clock(), config.journalRetention())
                : H2SecretStore.inDirectory(config.dataDir(), config.clock(), config.journalRetention());
        SecretsContext context = new SecretsContext(store, config.clock(), new SecretLocator(config.clock()),
                new SecretArns(config.region(), config.accountId(), config.random()), config.maxVersionsPerSecret());
        this.services = SecretsServices.over(context, config.random());
        AwsJsonApi api = new AwsJsonApi(operations(services), WireJson.create());
        ControlRoutes control = new ControlRoutes(store, version(), () -> { });
        ObjectMapper controlJson = JsonMapper.builder().addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL).build();
        this.server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = AwsJsonApi.MAX_BODY_BYTES;
            javalin.jsonMapper(new JavalinJackson(controlJson, false));
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            api.addTo(javalin.routes);
            control.addTo(javalin.routes);
            javalin.routes.exception(HttpResponseException.class, (e, ctx) ->
                    ctx.status(e.getStatus()).json(Map.of("message", e.getMessage())));
            javalin.routes.exception(Exception.class, (e, ctx) ->
                    ctx.status(500).json(Map.of("message", "internal error: " + e.getClass().getSimpleName())));
        });
    }

    /** Starts an emulator and returns once it accepts requests. */
    public static Emulator start(EmulatorConfig config) {
        Emulator emulator = new Emulator(config);
        try {
            emulator.server.start();
        } catch (RuntimeException e) {
            emulator.store.close();
            throw e;
        }
        return emulator;
    }

    private static List<Operation<?>> operations(SecretsServices s) {
        return List.of(
                new CreateSecret(s.writer()), new PutSecretValue(s.versions()), new UpdateSecret(s.writer()),
                new GetSecretValue(s.reader()), new BatchGetSecretValue(s.batch()), new DescribeSecret(s.catalog()),
                new ListSecretVersionIds(s.catalog()), new ListSecrets(s.catalog()),
                new UpdateSecretVersionStage(s.labels()), new DeleteSecret(s.deletion()),
                new RestoreSecret(s.deletion()), new GetRandomPassword(s.passwords()), new TagResource(s.tags()),
                new UntagResource(s.tags()), new PutResourcePolicy(s.policies()),
                new GetResourcePolicy(s.policies()), new DeleteResourcePolicy(s.policies()),
                new ValidateResourcePolicy(s.policies()),
                new Replication("ReplicateSecretToRegions", s.catalog()),
                new Replication("RemoveRegionsFromReplication", s.catalog()),
                new Replication("StopReplicationToReplica", s.catalog()));
    }

    /** The endpoint clients use, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return URI.create("http://" + host + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    public EmulatorConfig config() {
        return config;
    }

    public SecretsServices services() {
        return services;
    }

    /** The Rotor version, from the jar manifest when packaged. */
    public static String version() {
        String version = Emulator.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /** Stops the server and closes the store; safe to call twice. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        server.stop();
        store.close();
    }

    @Override
    public void close() {
        stop();
    }
}
