package dev.rotor.harness.database;

/** The database engines the harness runs rotation scenarios against; they are not interchangeable. */
public enum Engine {
    MYSQL("mysql"),
    MARIADB("mariadb");

    private final String imageName;

    Engine(String imageName) {
        this.imageName = imageName;
    }

    /** The official container image repository, which Testcontainers uses to recognise compatible images. */
    public String imageName() {
        return imageName;
    }

    /** The name scenario files and the CLI use: {@code mysql} or {@code mariadb}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The engine named {@code text} (any case), if any. */
    public static java.util.Optional<Engine> parse(String text) {
        String wanted = text.trim().toLowerCase(java.util.Locale.ROOT);
        return java.util.Arrays.stream(values()).filter(e -> e.id().equals(wanted)).findFirst();
    }

    /** Tells the engine from the server's {@code SELECT VERSION()}, e.g. {@code 10.11.14-MariaDB-0+deb12u2}. */
    public static Engine fromVersion(String version) {
        return version.toLowerCase(java.util.Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }
}
