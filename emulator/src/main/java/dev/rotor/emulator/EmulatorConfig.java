package dev.rotor.emulator;

import java.nio.file.Path;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * How an emulator is set up. {@code dataDir} null keeps everything in memory; {@code port} 0 picks a free port.
 * {@code random} drives ARN suffixes and passwords (seed it for reproducible runs).
 */
public record EmulatorConfig(String host, int port, Path dataDir, String region, String accountId, Clock clock,
                             RandomGenerator random, int maxVersionsPerSecret, int journalRetention) {

    public static final int DEFAULT_PORT = 4566;

    /** Defaults: loopback, a free port, in memory, us-east-1, account 000000000000. */
    public static EmulatorConfig defaults() {
        return new EmulatorConfig("127.0.0.1", 0, null, "us-east-1", "000000000000", Clock.systemUTC(),
                new java.security.SecureRandom(), 100, 200_000);
    }

    public EmulatorConfig withHost(String value) {
        return new EmulatorConfig(value, port, dataDir, region, accountId, clock, random, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withPort(int value) {
        return new EmulatorConfig(host, value, dataDir, region, accountId, clock, random, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withDataDir(Path value) {
        return new EmulatorConfig(host, port, value, region, accountId, clock, random, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withRegion(String value) {
        return new EmulatorConfig(host, port, dataDir, value, accountId, clock, random, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withAccountId(String value) {
        return new EmulatorConfig(host, port, dataDir, region, value, clock, random, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withClock(Clock value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, value, random, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withRandom(RandomGenerator value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, value, maxVersionsPerSecret,
                journalRetention);
    }

    public EmulatorConfig withMaxVersionsPerSecret(int value) {
        return new EmulatorConfig(host, port, dataDir, region, accountId, clock, random, value, journalRetention);
    }
}
