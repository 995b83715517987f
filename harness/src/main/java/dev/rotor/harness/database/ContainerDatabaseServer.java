package dev.rotor.harness.database;

import java.util.concurrent.atomic.AtomicBoolean;
import org.testcontainers.containers.JdbcDatabaseContainer;

/** A database in a Testcontainers container; closing stops and removes the container. */
public final class ContainerDatabaseServer implements DatabaseServer {

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
