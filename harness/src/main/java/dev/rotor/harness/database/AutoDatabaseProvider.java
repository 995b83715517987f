package dev.rotor.harness.database;

import java.util.function.BooleanSupplier;

/** Containers when a Docker-compatible engine answers, otherwise the embedded mysqld (which runs MySQL only). */
public final class AutoDatabaseProvider implements DatabaseProvider {

    private final ContainerDatabaseProvider container;
    private final EmbeddedMysqlProvider embedded;
    private final BooleanSupplier engineAnswers;

    public AutoDatabaseProvider(ContainerDatabaseProvider container, EmbeddedMysqlProvider embedded) {
        this(container, embedded, ContainerDatabaseProvider::engineAnswers);
    }

    AutoDatabaseProvider(ContainerDatabaseProvider container, EmbeddedMysqlProvider embedded,
                         BooleanSupplier engineAnswers) {
        this.container = container;
        this.embedded = embedded;
        this.engineAnswers = engineAnswers;
    }

    @Override
    public String name() {
        return "auto";
    }

    /** The provider that {@link #start} would use now. */
    public DatabaseProvider choose() {
        return engineAnswers.getAsBoolean() ? container : embedded;
    }

    @Override
    public DatabaseServer start(Engine engine) {
        DatabaseProvider chosen = choose();
        if (chosen == embedded && engine != Engine.MYSQL) {
            throw new DatabaseException("no Docker-compatible engine answers (DOCKER_HOST="
                    + System.getenv("DOCKER_HOST") + ") and the embedded provider runs MySQL only: " + engine
                    + " needs Docker/podman or an external server");
        }
        return chosen.start(engine);
    }
}
