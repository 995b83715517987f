package dev.rotor.harness.database;

/** A JVM that starts a database server, prints where it is, and waits to be killed (for the shutdown-hook test). */
public final class StartAndWait {

    private StartAndWait() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedMysqlServer server = (EmbeddedMysqlServer) DatabaseProvider.embedded().start(Engine.MYSQL);
        System.out.println("READY " + server.pid() + " " + server.workDir());
        System.out.flush();
        Thread.sleep(120_000);
    }
}
