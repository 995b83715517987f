package dev.rotor.harness.database;

import java.io.IOException;

/**
 * A JVM that starts a database server, prints where it is, and waits to be stopped (for the shutdown-hook test): by
 * a signal, or when its standard input closes because the test that started it is gone, so it never outlives it.
 */
public final class StartAndWait {

    private StartAndWait() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedMysqlServer server = (EmbeddedMysqlServer) DatabaseProvider.embedded().start(Engine.MYSQL);
        System.out.println("READY " + server.pid() + " " + server.workDir());
        System.out.flush();
        while (System.in.read() != -1) {
            // input is ignored; end of input ends the JVM, and its shutdown hook stops mysqld
        }
    }
}
