package dev.rotor.harness.database;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.wait.strategy.LogMessageWaitStrategy;

/** A database in a Testcontainers container; closing stops and removes the container. */
public final class ContainerDatabaseServer implements DatabaseServer {
    private static final int SERVER_PORT = 3306;
    private static final Pattern READY = Pattern.compile("ready for connections");
    private static final Duration RESTART_TIMEOUT = Duration.ofMinutes(2);
    private static final int STOP_SECONDS = 30;

    private final Engine engine;
    private final String image;
    private final JdbcDatabaseContainer<?> container;
    private final Credentials admin;
    private final String containerId;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ShutdownSafetyNet safetyNet;

    ContainerDatabaseServer(Engine engine, String image, JdbcDatabaseContainer<?> container, Credentials admin) {
        this.engine = engine;
        this.image = image;
        this.container = container;
        this.admin = admin;
        this.containerId = container.getContainerId();
        this.safetyNet = ShutdownSafetyNet.register("container-" + containerId.substring(0, 12), this::stop);
    }

    @Override
    public Engine engine() {
        return engine;
    }

    @Override
    public String host() {
        return container.getHost();
    }

    @Override
    public int port() {
        return container.getMappedPort(3306);
    }

    @Override
    public Credentials admin() {
        return admin;
    }

    @Override
    public String description() {
        return "container " + containerId.substring(0, 12) + " from " + image;
    }

    @Override
    public boolean restartable() {
        return true;
    }

    /**
     * Restarts the container (the server shuts down cleanly), waits for one more "ready for connections" line in its
     * log than before, and checks that the engine kept its host port (podman does; a port that moved is an error).
     */
    @Override
    public void restart() {
        int port = port();
        long readyBefore = READY.matcher(container.getLogs()).results().count();
        try {
            container.getDockerClient().restartContainerCmd(containerId).withTimeout(STOP_SECONDS).exec();
            new LogMessageWaitStrategy().withRegEx(".*ready for connections.*\\s").withTimes((int) readyBefore + 1)
                    .withStartupTimeout(RESTART_TIMEOUT).waitUntilReady(container);
        } catch (RuntimeException e) {
            throw new DatabaseException("could not restart " + description() + ": " + e.getMessage(), e);
        }
        Ports.Binding[] bindings = container.getDockerClient().inspectContainerCmd(containerId).exec()
                .getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(SERVER_PORT));
        String now = bindings == null || bindings.length == 0 ? "none" : bindings[0].getHostPortSpec();
        if (!String.valueOf(port).equals(now)) {
            throw new DatabaseException("the container engine moved " + description() + " from port " + port
                    + " to " + now + " when it restarted");
        }
        try (Connection c = connectAsAdmin()) {
            c.isValid(5);
        } catch (SQLException e) {
            throw new DatabaseException(description() + " restarted, but the admin cannot log in: " + e.getMessage(), e);
        }
    }

    /** The engine's id of the container, e.g. to check that it is gone after close. */
    public String containerId() {
        return containerId;
    }

    @Override
    public void close() {
        safetyNet.disarm();
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            container.stop();
        }
    }

    @Override
    public String toString() {
        return engine + " " + description() + " at " + host() + ":" + port();
    }
}
