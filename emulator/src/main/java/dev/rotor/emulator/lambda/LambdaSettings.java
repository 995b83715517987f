package dev.rotor.emulator.lambda;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

/**
 * What the function runner needs from the emulator's configuration.
 *
 * @param secretsManagerEndpoint the emulator's endpoint, handed to functions as {@code AWS_ENDPOINT_URL_SECRETS_MANAGER}
 *                               and {@code SECRETS_MANAGER_ENDPOINT}
 * @param region                 {@code AWS_REGION} of every function and the region part of function ARNs
 * @param accountId              the account part of function ARNs
 * @param workDir                where task roots go; {@code null} means a temporary folder deleted on close
 * @param cacheDir               where the runtime jars and AppCDS archives are kept across runs; {@code null} means
 *                               {@code $XDG_CACHE_HOME/rotor} or {@code ~/.cache/rotor}
 */
public record LambdaSettings(URI secretsManagerEndpoint, String region, String accountId, Path workDir, Path cacheDir) {

    public LambdaSettings {
        Objects.requireNonNull(secretsManagerEndpoint, "secretsManagerEndpoint");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(accountId, "accountId");
        if (!accountId.matches("\\d{12}")) {
            throw new IllegalArgumentException("accountId must be 12 digits: " + accountId);
        }
    }

    public LambdaSettings(URI secretsManagerEndpoint, String region, String accountId, Path workDir) {
        this(secretsManagerEndpoint, region, accountId, workDir, null);
    }

    /** The cache folder actually used. */
    public Path effectiveCacheDir() {
        if (cacheDir != null) {
            return cacheDir;
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("rotor");
    }
}
