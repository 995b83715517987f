package dev.rotor.harness.database;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Containers when a Docker-compatible engine answers, otherwise the embedded mysqld (which runs MySQL only), saying so
 * in one line. Testcontainers' own report of a failed engine search is silenced in {@code simplelogger.properties}.
 */
public final class AutoDatabaseProvider implements DatabaseProvider {

    private static final Logger LOG = LoggerFactory.getLogger(AutoDatabaseProvider.class);

    private final ContainerDatabaseProvider container;
    private final EmbeddedMysqlProvider embedded;
    private final BooleanSupplier engineAnswers;
    private final Consumer<String> notice;

    public AutoDatabaseProvider(ContainerDatabaseProvider container, EmbeddedMysqlProvider embedded) {
        this(container, embedded, ContainerDatabaseProvider::engineAnswers, LOG::info);
    }

    AutoDatabaseProvider(ContainerDatabaseProvider container, EmbeddedMysqlProvider embedded,
                         BooleanSupplier engineAnswers, Consumer<String> notice) {
        this.container = container;
        this.embedded = embedded;
        this.engineAnswers = engineAnswers;
        this.notice = notice;
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
        if (chosen == embedded) {
            notice.accept("no container engine: using embedded mysqld " + embedded.distribution().mysqlVersion());
        }
        return chosen.start(engine);
    }
}
