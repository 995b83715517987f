package dev.rotor.harness.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/** A mysqld child process with its own temporary directory (datadir, socket, pid, log); close stops and deletes it. */
public final class EmbeddedMysqlServer implements DatabaseServer {

    private static final String HOST = Mysqld.HOST;
    private static final int PORT_ATTEMPTS = 3;

    private final MysqlDistribution distribution;
    private final Path workDir;
    private final int port;
    private final Credentials admin;
    private final Duration timeout;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final ShutdownSafetyNet safetyNet;
    private volatile Process process; // a restart starts a new one

    private EmbeddedMysqlServer(MysqlDistribution distribution, Path workDir, Process process, int port,
                                Credentials admin, Duration timeout) {
        this.distribution = distribution;
        this.workDir = workDir;
        this.process = process;
        this.port = port;
        this.admin = admin;
        this.timeout = timeout;
        this.safetyNet = ShutdownSafetyNet.register("mysqld-" + process.pid(), this::stop);
    }

    static EmbeddedMysqlServer start(MysqlDistribution distribution, Duration timeout) {
        Path work;
        try {
            work = Files.createTempDirectory("rotor-mysqld-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary directory for mysqld", e);
        }
        try {
            Mysqld command = new Mysqld(distribution.home(), work);
            DatadirTemplate.of(distribution).copyTo(command.datadir(), timeout);
            Credentials admin = new Credentials("root", Passwords.random(20));
            Files.writeString(work.resolve("init.sql"),
                    "ALTER USER 'root'@'localhost' IDENTIFIED BY '" + admin.password() + "';\n");
            for (int attempt = 1; ; attempt++) {
                int port = freeLoopbackPort();
                Process process = command.serve(port);
                MysqldConsole console = MysqldConsole.follow(process, command.logFile(), port);
                EmbeddedMysqlServer server = new EmbeddedMysqlServer(distribution, work, process, port, admin,
                        timeout);
                try {
                    server.awaitReady(console, timeout);
                    return server;
                } catch (DatabaseException e) {
                    server.stopProcess();
                    server.safetyNet.disarm();
                    if (attempt >= PORT_ATTEMPTS || !command.log().contains("Address already in use")) {
                        throw e;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            FileTrees.deleteQuietly(work);
            throw e instanceof DatabaseException d ? d
                    : new DatabaseException("could not start the embedded mysqld: " + e.getMessage(), e);
        }
    }

    /** Waits for mysqld's "ready for connections" line, then checks that the admin (set by init.sql) logs in. */
    private void awaitReady(MysqldConsole console, Duration timeout) {
        try {
            console.awaitReady(timeout);
        } catch (DatabaseException e) {
            throw new DatabaseException(e.getMessage() + ":\n" + new Mysqld(distribution.home(), workDir).log());
        }
        try (Connection c = DriverManager.getConnection(jdbcUrl(), admin.user(), admin.password())) {
            if (!c.isValid(2)) {
                throw new DatabaseException("mysqld is ready but its connection is not valid");
            }
        } catch (SQLException e) {
            throw new DatabaseException("mysqld is ready but the admin cannot log in: " + e.getMessage(), e);
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        }
    }

    @Override
    public Engine engine() {
        return Engine.MYSQL;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public Credentials admin() {
        return admin;
    }

    @Override
    public String description() {
        return "embedded mysqld " + distribution.mysqlVersion() + " (pid " + process.pid() + ", " + workDir + ")";
    }

    /** The mysqld process id, e.g. to check that it is gone after close. */
    public long pid() {
        return process.pid();
    }

    /** The temporary directory (datadir, socket, log) that close deletes. */
    public Path workDir() {
        return workDir;
    }

    @Override
    public boolean restartable() {
        return true;
    }

    @Override
    public boolean startsAnotherQuickly() {
        return true;
    }

    /** Another mysqld from the same distribution, with its own temporary directory, port and admin password. */
    @Override
    public DatabaseServer startAnother() {
        return start(distribution, timeout);
    }

    /** Stops mysqld cleanly and starts it again on the same datadir and port, waiting for its ready line. */
    @Override
    public synchronized void restart() {
        if (closed.get()) {
            throw new DatabaseException(description() + " is closed");
        }
        stopProcess();
        Mysqld command = new Mysqld(distribution.home(), workDir);
        try {
            process = command.serve(port);
        } catch (IOException e) {
            throw new DatabaseException("could not start mysqld again: " + e.getMessage(), e);
        }
        awaitReady(MysqldConsole.follow(process, command.logFile(), port), timeout);
    }

    @Override
    public void close() {
        safetyNet.disarm();
        stop();
    }

    private void stop() {
        if (closed.compareAndSet(false, true)) {
            stopProcess();
            FileTrees.deleteQuietly(workDir);
        }
    }

    private void stopProcess() {
        process.destroy(); // SIGTERM: mysqld shuts down cleanly
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public String toString() {
        return "MYSQL " + description() + " at " + HOST + ":" + port;
    }
}
