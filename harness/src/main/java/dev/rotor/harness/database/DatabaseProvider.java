package dev.rotor.harness.database;

import java.util.Locale;

/** Starts database servers: in a container, as an embedded mysqld, or hands out one the user runs. */
public sealed interface DatabaseProvider
        permits ContainerDatabaseProvider, EmbeddedMysqlProvider, ExternalDatabaseProvider, AutoDatabaseProvider {

    /** Starts (or, for an external server, checks) a server of the given engine; the caller closes it. */
    DatabaseServer start(Engine engine);

    /** The provider's name as the CLI spells it: container, embedded, external, auto. */
    String name();

    static ContainerDatabaseProvider container() {
        return new ContainerDatabaseProvider();
    }

    static EmbeddedMysqlProvider embedded() {
        return new EmbeddedMysqlProvider();
    }

    static ExternalDatabaseProvider external(String jdbcUrl, Credentials admin) {
        return new ExternalDatabaseProvider(jdbcUrl, admin);
    }

    /** Container when a Docker-compatible engine answers, embedded otherwise. */
    static AutoDatabaseProvider auto() {
        return new AutoDatabaseProvider(container(), embedded());
    }

    /** The provider named {@code container}, {@code embedded} or {@code auto} (external needs a URL). */
    static DatabaseProvider named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "container" -> container();
            case "embedded" -> embedded();
            case "auto" -> auto();
            case "external" -> throw new IllegalArgumentException(
                    "the external provider needs a JDBC URL and admin credentials");
            default -> throw new IllegalArgumentException(
                    "unknown database provider '" + name + "' (expected auto, container, embedded or external)");
        };
    }
}
