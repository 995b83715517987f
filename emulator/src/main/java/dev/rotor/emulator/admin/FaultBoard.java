package dev.rotor.emulator.admin;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.lambda.FunctionHost;
import dev.rotor.emulator.lambda.FunctionRegistry;
import dev.rotor.emulator.proxy.FaultProxy;
import dev.rotor.emulator.rotation.FunctionCallFaults;
import dev.rotor.emulator.rotation.RotationService;
import dev.rotor.emulator.rotation.StepCall;
import dev.rotor.emulator.rotation.StepInterceptor;
import dev.rotor.emulator.secrets.PasswordGenerator;
import dev.rotor.emulator.secrets.RotationLedger;
import dev.rotor.emulator.secrets.SecretsException;
import dev.rotor.emulator.secrets.VersionWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The faults side of the admin interface: arms faults (each with its counts, journalled as it is armed and each time
 * it fires), keeps the secrets' database fault proxies and the race handler, and gives the faults' interceptors the
 * emulator's seams through their {@link FaultContext}.
 */
public final class FaultBoard implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(FaultBoard.class);

    private final RotationService rotations;
    private final RotationLedger journal;
    private final FunctionRegistry registry;
    private final Supplier<FunctionHost> host;
    private final Set<String> operations;
    private final RaceHandler defaultRaces;
    private volatile RaceHandler races;
    private final List<FaultCounter> armed = new CopyOnWriteArrayList<>();
    private final Map<String, FaultProxy> proxies = new ConcurrentHashMap<>();

    /** {@code operations}: the AWS operations the emulator serves (API faults name one of them). */
    public FaultBoard(RotationService rotations, RotationLedger journal, FunctionRegistry registry,
                      Supplier<FunctionHost> host, Set<String> operations, VersionWriter versions,
                      PasswordGenerator passwords) {
        this.rotations = rotations;
        this.journal = journal;
        this.registry = registry;
        this.host = host;
        this.operations = Set.copyOf(operations);
        this.defaultRaces = new DefaultRaceHandler(versions, passwords, rotations);
        this.races = defaultRaces;
    }

    /** Arms a fault whose secret is resolved to {@code secretArn}; see {@link RotorAdmin#armFault}. */
    Fault arm(Fault fault) {
        FaultCounter counter = new FaultCounter(fault);
        StepInterceptor interceptor = fault.interceptor(new FaultContext(counter, this));
        Map<String, Object> detail = detail(fault);
        detail.putAll(fault.spec());
        detail.remove(fault.layer());
        journal.record(fault.secretId(), null, EventType.FAULT_ARMED, null, detail);
        armed.add(counter);
        rotations.faults().arm(fault.secretId(), interceptor);
        return fault;
    }

    /** Every fault armed since the last reset, in arming order; only the secret's when {@code secretArn} is set. */
    List<ArmedFault> list(String secretArn) {
        return armed.stream().map(FaultCounter::snapshot)
                .filter(f -> secretArn == null || f.fault().secretId().equals(secretArn)).toList();
    }

    /** Opens the secret's proxy to the target, or returns the one already open to it. */
    synchronized DatabaseProxy openProxy(String secretArn, String targetHost, int targetPort) {
        FaultSpecs.require("targetHost", targetHost != null && !targetHost.isBlank(), "the database's host");
        FaultSpecs.require("targetPort", targetPort >= 1 && targetPort <= 65535, "a port from 1 to 65535");
        FaultProxy proxy = proxies.get(secretArn);
        if (proxy != null && !(proxy.targetHost().equals(targetHost) && proxy.targetPort() == targetPort)) {
            throw AdminException.invalid("The secret's database proxy leads to another database: close it first.");
        }
        if (proxy == null) {
            try {
                proxy = FaultProxy.open(targetHost, targetPort);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open a fault proxy on the loopback interface", e);
            }
            proxies.put(secretArn, proxy);
        }
        return new DatabaseProxy(secretArn, proxy.host(), proxy.port(), proxy.targetHost(), proxy.targetPort());
    }

    boolean closeProxy(String secretArn) {
        FaultProxy proxy = proxies.remove(secretArn);
        if (proxy != null) {
            proxy.close();
        }
        return proxy != null;
    }

    /** Sets who performs the races' actions; {@code null} brings back the emulator's own. */
    void raceHandler(RaceHandler handler) {
        races = handler == null ? defaultRaces : handler;
    }

    /** Forgets every armed fault and closes every proxy (the rotations' interceptors are cleared by their service). */
    void reset() {
        armed.clear();
        List.copyOf(proxies.keySet()).forEach(this::closeProxy);
    }

    @Override
    public void close() {
        reset();
    }

    // --- the seams a FaultContext hands to the interceptors ---

    void fired(Fault fault, int count, StepCall call, Map<String, Object> extra) {
        Map<String, Object> detail = detail(fault);
        detail.put("step", call.step().wireName());
        detail.put("attempt", call.attempt());
        detail.put("repeat", call.repeat());
        detail.put("fired", count);
        detail.putAll(extra);
        journal.record(call.secretArn(), null, EventType.FAULT_FIRED, call.versionId(), detail);
    }

    FunctionHost host() {
        return host.get();
    }

    String functionName(String functionArn) {
        return registry.find(functionArn).map(FunctionDefinition::name).orElse(functionArn);
    }

    Duration functionTimeout(String functionArn) {
        return registry.find(functionArn).map(FunctionDefinition::timeout).orElse(FunctionDefinition.DEFAULT_TIMEOUT);
    }

    FunctionCallFaults calls() {
        return rotations.callFaults();
    }

    Set<String> operations() {
        return operations;
    }

    Optional<FaultProxy> proxy(String secretArn) {
        return Optional.ofNullable(proxies.get(secretArn));
    }

    /** Performs a race's action through the handler; returns {@code performed} or the refusal it met. */
    String race(Fault.Race race, StepCall call) {
        try {
            races.perform(race, rotations.tracker().find(call.rotationId()).orElseThrow());
            return "performed";
        } catch (SecretsException e) {
            return e.code().type() + ": " + e.getMessage();
        } catch (AdminException e) {
            return e.type() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            LOG.warn("the race handler failed performing {}", race.action().wireName(), e);
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        }
    }

    private static Map<String, Object> detail(Fault fault) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("layer", fault.layer());
        detail.put("kind", fault.kindName());
        return detail;
    }
}
