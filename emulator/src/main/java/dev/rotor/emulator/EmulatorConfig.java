package dev.rotor.emulator;

import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.rotation.RotationSettings;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * How an emulator is set up. {@code dataDir} null keeps everything in memory; {@code port} 0 picks a free port.
 * {@code random} drives ARN suffixes and passwords (seed it for reproducible runs); {@code functions} are the rotation
 * functions registered at start; {@code allowedHosts} widens the Host and Origin allow-list (see {@code AllowedHosts}).
 */
public record EmulatorConfig(String host,
                             int port,
                             Path dataDir,
                             String region,
                             String accountId,
                             Clock clock,
                             RandomGenerator random,
                             int maxVersionsPerSecret,
                             int journalRetention,
                             List<FunctionDefinition> functions,
                             RotationSettings rotation,
                             List<String> allowedHosts) {

    public static final int DEFAULT_PORT = 4566;

    public EmulatorConfig {
        functions = List.copyOf(functions);
        allowedHosts = List.copyOf(allowedHosts);
    }

    /** Defaults: loopback, a free port, in memory, us-east-1, account 000000000000, no functions. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig("127.0.0.1", 0, null, "us-east-1", "000000000000", Clock.systemUTC(),
                new java.security.SecureRandom(), 100, 20_000, List.of(), RotationSettings.defaults(), List.of());
    }

    public EmulatorConfig withHost(String value) {
        return new EmulatorConfig(value, port, dataDir, region, accountId, clock, random, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withPort(int value) {
        return new EmulatorConfig(host, value, dataDir, region, accountId, clock, random, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withDataDir(Path value) {
        return new EmulatorConfig(host, port, value, region, accountId, clock, random, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withRegion(String value) {
        return new EmulatorConfig(host, port, dataDir, value, accountId, clock, random, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withAccountId(String value) {
        return new EmulatorConfig(host, port, dataDir, region, value, clock, random, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withClock(Clock value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, value, random, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withRandom(RandomGenerator value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, value, maxVersionsPerSecret, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withMaxVersionsPerSecret(int value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, random, value, journalRetention, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withJournalRetention(int value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, random, maxVersionsPerSecret, value, functions, rotation, allowedHosts);
    }

    public EmulatorConfig withFunctions(List<FunctionDefinition> value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, random, maxVersionsPerSecret, journalRetention, value, rotation, allowedHosts);
    }

    public EmulatorConfig withRotation(RotationSettings value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, random, maxVersionsPerSecret, journalRetention, functions, value, allowedHosts);
    }

    /**
     * Host names, besides IP literals, localhost, dot-less names and the container host aliases, that requests may
     * name in {@code Host}, and browser origins that may call ({@code name} or {@code *.domain}).
     */
    public EmulatorConfig withAllowedHosts(List<String> value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, random, maxVersionsPerSecret, journalRetention, functions, rotation, value);
    }

    /** These settings plus one more function. */
    public EmulatorConfig withFunction(FunctionDefinition function) {
        List<FunctionDefinition> all = new ArrayList<>(functions);
        all.add(function);
        return withFunctions(all);
    }
}
