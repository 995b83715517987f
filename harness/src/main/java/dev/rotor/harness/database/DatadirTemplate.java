package dev.rotor.harness.database;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A datadir initialised once ({@code mysqld --initialize-insecure}, about 3 s) and cached next to the binaries; each
 * embedded server starts from a copy (about 0.4 s). The copies share the template's TLS/RSA keys, which is fine for
 * throwaway test servers on loopback.
 */
record DatadirTemplate(Path home, Path directory) {

    private static final String COMPLETE_MARKER = ".rotor-complete";

    static DatadirTemplate of(MysqlDistribution distribution) {
        return new DatadirTemplate(distribution.home(),
                distribution.cacheRoot().resolve("mysql-" + distribution.mysqlVersion() + "-datadir"));
    }

    /** Copies the template into {@code target} (which must not exist), initialising the template first if needed. */
    void copyTo(Path target, Duration timeout) throws IOException {
        Path data = ensureInitialised(timeout).resolve("data");
        try (Stream<Path> walk = Files.walk(data)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(data.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(source, copy, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private Path ensureInitialised(Duration timeout) throws IOException {
        if (Files.exists(directory.resolve(COMPLETE_MARKER))) {
            return directory;
        }
        Files.createDirectories(directory.getParent());
        Path staging = Files.createTempDirectory(directory.getParent(), directory.getFileName() + ".partial-");
        try {
            new Mysqld(home, staging).initialize(timeout);
            Files.writeString(staging.resolve(COMPLETE_MARKER), "mysqld --initialize-insecure\n");
            Files.move(staging, directory, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
            FileTrees.deleteQuietly(staging); // another process made it meanwhile
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(staging);
            if (!Files.exists(directory.resolve(COMPLETE_MARKER))) {
                throw e;
            }
        }
        return directory;
    }
}
