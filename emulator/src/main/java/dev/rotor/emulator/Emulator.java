package dev.rotor.emulator;

import dev.rotor.emulator.admin.EmulatorAdmin;
import dev.rotor.emulator.admin.FaultBoard;
import dev.rotor.emulator.admin.RotorAdmin;
import dev.rotor.emulator.api.AwsJsonApi;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.api.WireJson;
import dev.rotor.emulator.api.operations.*;
import dev.rotor.emulator.control.ControlRoutes;
import dev.rotor.emulator.exposure.AllowedHosts;
import dev.rotor.emulator.exposure.ExposureRules;
import dev.rotor.emulator.http.FrontDoor;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.lambda.LambdaSettings;
import dev.rotor.emulator.rotation.AdjustableClock;
import dev.rotor.emulator.rotation.LambdaStepInvoker;
import dev.rotor.emulator.rotation.RotationScheduler;
import dev.rotor.emulator.rotation.RotationService;
import dev.rotor.emulator.secrets.RotationLedger;
import dev.rotor.emulator.secrets.ScheduledRotations;
import dev.rotor.emulator.secrets.SecretArns;
import dev.rotor.emulator.secrets.SecretLocator;
import dev.rotor.emulator.secrets.SecretStore;
import dev.rotor.emulator.secrets.SecretsAdmin;
import dev.rotor.emulator.secrets.SecretsContext;
import dev.rotor.emulator.secrets.SecretsServices;
import dev.rotor.emulator.store.H2SecretStore;
import io.javalin.Javalin;

import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The composition root: builds the store, the services, the rotation engine, the function host and the HTTP server.
 * Its public face is small: {@link #endpoint()} for AWS clients and {@link #admin()} for everything beyond the AWS
 * API. No static state: start as many as you like, each on its own port ({@code 0} picks a free one).
 */
public final class Emulator implements AutoCloseable {
    private final EmulatorConfig config;
    private final SecretStore store;
    private final FunctionRegistry functions;
    private final AtomicReference<FunctionHost> functionHost = new AtomicReference<>();
    private final RotationService rotations;
    private final RotationScheduler scheduler;
    private final FaultBoard faults;
    private final RotorAdmin admin;
    private final FrontDoor frontDoor;
    private final Javalin server;
    private volatile boolean stopped;

    /** How long a stop waits for the requests in flight; one still running then is cut off. */
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(10);

    private Emulator(EmulatorConfig config) {
        this.config = config;
        AdjustableClock clock = new AdjustableClock(config.clock());
        this.store = config.dataDir() == null
                ? H2SecretStore.inMemory(clock, config.journalRetention())
                : H2SecretStore.inDirectory(config.dataDir(), clock, config.journalRetention());
        SecretsContext context = new SecretsContext(store, clock, new SecretLocator(clock),
                new SecretArns(config.region(), config.accountId(), config.random()), config.maxVersionsPerSecret());
        SecretsServices services = SecretsServices.over(context, config.random());
        this.functions = new FunctionRegistry(config.region(), config.accountId());
        config.functions().forEach(functions::register);
        RotationLedger ledger = new RotationLedger(context);
        this.rotations = new RotationService(ledger, clock, new LambdaStepInvoker(functions, functionHost::get),
                config.rotation());
        this.scheduler = new RotationScheduler(new ScheduledRotations(context), ledger, clock, rotations,
                config.rotation());
        AwsJsonApi api = new AwsJsonApi(operations(services, rotations), WireJson.create(), rotations.callFaults());
        this.faults = new FaultBoard(rotations, ledger, functions, functionHost::get, api.operationNames(),
                services.versions(), services.passwords());
        this.admin = new EmulatorAdmin(version(), new SecretsAdmin(store), rotations, scheduler, clock, functions,
                functionHost::get, faults);
        FrontDoor door = new FrontDoor(new ExposureRules(new AllowedHosts(config.allowedHosts())));
        this.frontDoor = door;
        this.server = Javalin.create(javalin -> {
            javalin.startup.showJavalinBanner = false;
            javalin.http.maxRequestSize = AwsJsonApi.MAX_BODY_BYTES;
            javalin.jetty.host = config.host();
            javalin.jetty.port = config.port();
            ControlRoutes.configure(javalin);
            api.addTo(javalin.routes);
            new ControlRoutes(admin).addTo(javalin.routes);
            door.install(javalin);
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

    /** The Rotor version, from the jar manifest when packaged. */
    public static String version() {
        String version = Emulator.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }

    /**
     * Stops in the order that loses nothing: no more scheduled rotations; no new connections, and the requests in
     * flight answered (up to {@link #DRAIN_TIMEOUT}); running rotations cancelled, their function processes stopped
     * and their outcomes recorded; then the store closes. Safe to call twice.
     */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        scheduler.close();
        frontDoor.drain(DRAIN_TIMEOUT);
        server.stop();
        rotations.stopRunning();
        faults.close();
        FunctionHost host = functionHost.get();
        if (host != null) {
            host.close();
        }
        rotations.close();
        store.close();
    }

    @Override
    public void close() {
        stop();
    }
}
