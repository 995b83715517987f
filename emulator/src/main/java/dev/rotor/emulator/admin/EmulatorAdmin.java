package dev.rotor.emulator.admin;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.AdjustableClock;
import dev.rotor.emulator.rotation.RotationRecord;
import dev.rotor.emulator.rotation.RotationScheduler;
import dev.rotor.emulator.rotation.RotationService;
import dev.rotor.emulator.secrets.ErrorCode;
import dev.rotor.emulator.secrets.SecretsAdmin;
import dev.rotor.emulator.secrets.SecretsException;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The emulator's {@link RotorAdmin}: one implementation for in-process callers and the {@code /_rotor/} routes. */
public final class EmulatorAdmin implements RotorAdmin {
    private final String version;
    private final SecretsAdmin secrets;
    private final RotationService rotations;
    private final RotationScheduler scheduler;
    private final AdjustableClock clock;
    private final FunctionRegistry registry;
    private final Supplier<FunctionHost> host;
    private final FaultBoard faults;

    /** {@code host} is asked for per call: the emulator starts its function host once its endpoint is known. */
    public EmulatorAdmin(String version, SecretsAdmin secrets, RotationService rotations, RotationScheduler scheduler,
                         AdjustableClock clock, FunctionRegistry registry, Supplier<FunctionHost> host,
                         FaultBoard faults) {
        this.version = version;
        this.secrets = secrets;
        this.rotations = rotations;
        this.scheduler = scheduler;
        this.clock = clock;
        this.registry = registry;
        this.host = host;
        this.faults = faults;
    }

    @Override
    public String version() {
        return version;
    }

    @Override
    public List<RotationRecord> rotations(String secretId) {
        return rotations.tracker().list(secretId == null ? null : arnOf(secretId));
    }

    @Override
    public Optional<RotationRecord> rotation(String rotationIdOrVersionId) {
        return rotations.tracker().find(rotationIdOrVersionId);
    }

    @Override
    public Optional<RotationRecord> awaitRotation(String rotationIdOrVersionId, Duration timeout)
            throws InterruptedException {
        return rotations.tracker().await(rotationIdOrVersionId, timeout);
    }

    @Override
    public RotationRecord retryRotation(String secretId) {
        String id = translated(() -> rotations.retry(secretId));
        return rotations.tracker().find(id).orElseThrow();
    }

    @Override
    public Fault armFault(Fault fault) {
        if (fault == null) {
            throw AdminException.invalid("No fault to arm.");
        }
        return faults.arm(fault.forSecret(arnOf(fault.secretId())));
    }

    @Override
    public List<ArmedFault> faults(String secretId) {
        return faults.list(secretId == null ? null : arnOf(secretId));
    }

    @Override
    public DatabaseProxy openDatabaseProxy(String secretId, String targetHost, int targetPort) {
        return faults.openProxy(arnOf(secretId), targetHost, targetPort);
    }

    @Override
    public boolean closeDatabaseProxy(String secretId) {
        return faults.closeProxy(arnOf(secretId));
    }

    @Override
    public void setRaceHandler(RaceHandler handler) {
        faults.raceHandler(handler);
    }

    @Override
    public ClockState clock() {
        return new ClockState(clock.instant(), clock.offset(), List.of());
    }

    @Override
    public ClockState advanceClock(Duration by) {
        if (by == null || by.isNegative()) {
            throw AdminException.invalid("The clock only moves forward.");
        }
        clock.advance(by);
        List<String> started = scheduler.scan();
        return new ClockState(clock.instant(), clock.offset(), started);
    }

    @Override
    public List<JournalEvent> journal(long after, int limit) {
        if (after < 0 || limit < 0) {
            throw AdminException.invalid("after and limit must not be negative.");
        }
        return secrets.events(after, limit);
    }

    @Override
    public List<FunctionInfo> functions() {
        return registry.list().stream().map(this::info).toList();
    }

    @Override
    public FunctionInfo registerFunction(FunctionDefinition function) {
        if (!Files.exists(function.code())) {
            throw AdminException.invalid("The function's code is not there: code must name a jar, zip or folder that"
                    + " exists on the emulator's machine.");
        }
        FunctionHost running = host.get();
        if (running != null) {
            try {
                running.check(function);
            } catch (IllegalArgumentException cannotRun) {
                throw AdminException.invalid(cannotRun.getMessage());
            }
        }
        registry.register(function);
        if (running != null) {
            running.prepare(function.name());
        }
        return info(function);
    }

    @Override
    public boolean removeFunction(String nameOrArn) {
        Optional<FunctionDefinition> function = registry.find(nameOrArn);
        if (function.isEmpty() || !registry.remove(nameOrArn)) {
            return false;
        }
        restartFunction(function.get().name());
        return true;
    }

    @Override
    public Invocation invoke(String nameOrArn, String eventJson) {
        if (registry.find(nameOrArn).isEmpty()) {
            throw AdminException.notFound("No function has this name or ARN.");
        }
        return host.get().invoke(nameOrArn, eventJson);
    }

    @Override
    public void restartFunction(String nameOrArn) {
        FunctionHost running = host.get();
        if (running != null) {
            running.restart(nameOrArn);
        }
    }

    @Override
    public List<Invocation> invocations(String nameOrArn) {
        FunctionHost running = host.get();
        List<Invocation> recent = running == null ? List.of() : running.recentInvocations(nameOrArn);
        if (recent.isEmpty() && registry.find(nameOrArn).isEmpty()) {
            throw AdminException.notFound("No function has this name or ARN.");
        }
        return recent;
    }

    @Override
    public void reset() {
        rotations.reset();
        faults.reset();
        secrets.reset();
    }

    private FunctionInfo info(FunctionDefinition function) {
        return new FunctionInfo(function, registry.arnOf(function.name()));
    }

    private String arnOf(String secretId) {
        if (secretId == null || secretId.isBlank()) {
            throw AdminException.invalidField("secret", "Name the secret (any SecretId form).");
        }
        return translated(() -> rotations.arnOf(secretId));
    }

    /** Domain errors become admin errors with the same AWS type and message. */
    private static <T> T translated(Supplier<T> work) {
        try {
            return work.get();
        } catch (SecretsException e) {
            AdminException.Reason reason = e.code() == ErrorCode.RESOURCE_NOT_FOUND
                    ? AdminException.Reason.NOT_FOUND : AdminException.Reason.INVALID;
            throw new AdminException(reason, e.code().type(), e.getMessage());
        }
    }
}
