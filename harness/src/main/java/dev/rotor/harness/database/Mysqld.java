package dev.rotor.harness.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The mysqld command lines for one work directory (datadir, socket, pid file and logs all live in it). */
record Mysqld(Path home, Path work) {

    static final String HOST = "127.0.0.1";

    Path datadir() {
        return work.resolve("data");
    }

    private List<String> common() {
        List<String> args = new ArrayList<>(List.of(home.resolve("bin/mysqld").toString(), "--no-defaults",
                "--basedir=" + home, "--lc-messages-dir=" + home.resolve("share"),
                "--datadir=" + datadir()));
        if ("root".equals(System.getProperty("user.name"))) {
            args.add("--user=root"); // mysqld refuses to run as root without it
        }
        return args;
    }

    /** {@code mysqld --initialize-insecure}: a fresh datadir whose root@localhost has no password. */
    void initialize(Duration timeout) throws IOException {
        List<String> args = common();
        args.addAll(List.of("--initialize-insecure", "--log-error=" + logFile()));
        Process p = new ProcessBuilder(args).redirectErrorStream(true)
                .redirectOutput(work.resolve("initialize.out").toFile()).start();
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new DatabaseException("mysqld --initialize-insecure took longer than " + timeout);
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while initialising mysqld's datadir");
        }
        if (p.exitValue() != 0) {
            throw new DatabaseException("mysqld --initialize-insecure failed with " + p.exitValue() + ":\n" + log());
        }
    }

    /**
     * Starts mysqld on loopback {@code port}, without X protocol, running {@code init.sql} from the work dir. Its error
     * log goes to its stdout (merged with stderr), for {@link MysqldConsole} to follow.
     */
    Process serve(int port) throws IOException {
        List<String> args = common();
        args.addAll(List.of("--port=" + port, "--bind-address=" + HOST, "--mysqlx=OFF",
                "--socket=" + work.resolve("mysqld.sock"), "--pid-file=" + work.resolve("mysqld.pid"),
                "--init-file=" + work.resolve("init.sql")));
        return new ProcessBuilder(args).redirectErrorStream(true).start();
    }

    /** Where mysqld's error log goes (the server's, copied there by {@link MysqldConsole}). */
    Path logFile() {
        return work.resolve("mysqld.log");
    }

    /** The last lines of mysqld's error log, for exception messages. */
    String log() {
        try {
            List<String> lines = Files.readAllLines(logFile());
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no mysqld.log in " + work + ")";
        }
    }
}
