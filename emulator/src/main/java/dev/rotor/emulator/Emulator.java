package dev.rotor.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.rotor.emulator.admin.EmulatorAdmin;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.api.AwsJsonApi;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.api.WireJson;
import dev.rotor.emulator.api.operations.*;
import dev.rotor.emulator.control.ControlRoutes;
import dev.rotor.emulator.control.FunctionsRoutes;
import dev.rotor.emulator.control.RotationRoutes;
import dev.rotor.emulator.http.AllowedHosts;
import dev.rotor.emulator.http.FrontDoor;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.lambda.LambdaSettings;
import dev.rotor.emulator.rotation.AdjustableClock;
import dev.rotor.emulator.rotation.LambdaStepInvoker;
import dev.rotor.emulator.rotation.RotationScheduler;
import dev.rotor.emulator.rotation.RotationService;
import dev.rotor.emulator.secrets.SecretArns;
import dev.rotor.emulator.secrets.SecretLocator;
import dev.rotor.emulator.secrets.SecretsContext;
import dev.rotor.emulator.secrets.SecretsServices;
import dev.rotor.emulator.store.H2SecretStore;
import dev.rotor.emulator.store.SecretStore;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;

import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root: builds the store, the services and the HTTP server. No static state: start as many as you
 * like, each on its own port ({@code 0} picks a free one).
 */
public final class Emulator implements AutoCloseable {
    private final EmulatorConfig config;
    private final SecretStore store;
    private final SecretsServices services;
    private final AdjustableClock clock;
    private final FunctionRegistry functions;
    private final AtomicReference<FunctionHost> functionHost = new AtomicReference<>();
    private final RotationService rotations;
    private final RotationScheduler scheduler;
    private final RotorAdmin admin;
    private final Javalin server;
    private volatile boolean stopped;

    private Emulator(EmulatorConfig config) {
        this.config = config;
        this.clock = new AdjustableClock(config.clock());
        this.store = config.dataDir() == null
                ? H2SecretStore.inMemory(clock, config.journalRetention())
                : H2SecretStore.inDirectory(config.dataDir(), clock, config.journalRetention());
        SecretsContext context = new SecretsContext(store, clock, new SecretLocator(clock),
                new SecretArns(config.region(), config.accountId(), config.random()), config.maxVersionsPerSecret());
        this.services = SecretsServices.over(context, config.random());
        this.functions = new FunctionRegistry(config.region(), config.accountId());
        config.functions().forEach(functions::register);
        this.rotations = new RotationService(context, new LambdaStepInvoker(functions, functionHost::get),
                config.rotation());
        this.scheduler = new RotationScheduler(context, rotations, config.rotation());
        this.admin = new EmulatorAdmin(version(), store, rotations, scheduler, clock, functions, functionHost::get);
        AwsJsonApi api = new AwsJsonApi(operations(services, rotations), WireJson.create());
        ControlRoutes control = new ControlRoutes(store, version(), rotations::reset);
        FunctionsRoutes functionRoutes = new FunctionsRoutes(functions, functionHost::get);
        RotationRoutes rotationRoutes = new RotationRoutes(rotations, clock, scheduler);
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
            rotationRoutes.addTo(javalin.routes);
            functionRoutes.addTo(javalin.routes);
            FrontDoor.install(javalin, new AllowedHosts(config.allowedHosts()));
        });
    }

    /** Starts an emulator and returns once it accepts requests. */
    public static Emulator start(EmulatorConfig config) {
        return start(config, FunctionHost.Options.defaults());
    }

    /** Starts an emulator whose function runner has these options (e.g. no AppCDS, for the rotation benchmark). */
    public static Emulator start(EmulatorConfig config, FunctionHost.Options functionOptions) {
        Emulator emulator = new Emulator(config);
        try {
            emulator.server.start();
            emulator.functionHost.set(new FunctionHost(new LambdaSettings(emulator.endpoint(), config.region(),
                    config.accountId(), config.dataDir()), emulator.functions, functionOptions));
        } catch (RuntimeException e) {
            emulator.stop();
            throw e;
        }
        return emulator;
    }

    private static List<Operation<?>> operations(SecretsServices s, RotationService rotations) {
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
                new Replication("StopReplicationToReplica", s.catalog()),
                new RotateSecret(rotations), new CancelRotateSecret(rotations));
    }

    /** The endpoint clients use, e.g. {@code http://127.0.0.1:4566}. */
    public URI endpoint() {
        String host = config.host().equals("0.0.0.0") ? "127.0.0.1" : config.host();
        return URI.create("http://" + host + ":" + server.port());
    }

    public int port() {
        return server.port();
    }

    /** The address the server is bound to, e.g. {@code 0.0.0.0:4566} when it listens on every interface. */
    public InetSocketAddress boundAddress() {
        return new InetSocketAddress(config.host(), server.port());
    }

    /** Rotations, faults, clock, journal, functions and reset: what {@code /_rotor/} serves over HTTP. */
    public RotorAdmin admin() {
        return admin;
    }

    public EmulatorConfig config() {
        return config;
    }

    public SecretsServices services() {
        return services;
    }

    /** The functions rotations can invoke; register more at any time. */
    public FunctionRegistry functions() {
        return functions;
    }

    /** Runs the functions (available once started). */
    public FunctionHost functionHost() {
        return functionHost.get();
    }

    public RotationService rotations() {
        return rotations;
    }

    /** The emulator's clock, which the control plane can move forward. */
    public AdjustableClock clock() {
        return clock;
    }

    /** Journal events after sequence number {@code after}, at most {@code limit}, in order. */
    public List<dev.rotor.emulator.journal.JournalEvent> journal(long after, int limit) {
        return store.read(tx -> tx.events(after, limit));
    }

    /** Starts every rotation that is due on the emulator's clock. */
    public List<String> runDueRotations() {
        return scheduler.scan();
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
        scheduler.close();
        server.stop();
        rotations.close();
        FunctionHost host = functionHost.get();
        if (host != null) {
            host.close();
        }
        store.close();
    }

    @Override
    public void close() {
        stop();
    }
}
