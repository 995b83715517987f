package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.Supplier;

/** The checks every engine and provider must pass: admin login, a created user logs in, wrong passwords refused. */
final class ServerChecks {

    private ServerChecks() {
    }

    /** Starts a server and reports how long it took on stdout (failsafe keeps it in *-output.txt). */
    static <S extends DatabaseServer> S timedStart(String what, Supplier<S> start) {
        long t0 = System.nanoTime();
        S server = start.get();
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        System.out.printf("ROTOR-TIMING %s started in %d ms: %s%n", what, took.toMillis(), server);
        return server;
    }

    /**
     * A restart really stops the server (a connection from before is gone) and brings it back on the same port with
     * its data (a user created before still logs in).
     */
    static void restartKeepsPortAndData(DatabaseServer server) throws SQLException {
        DatabaseAdmin admin = new DatabaseAdmin(server);
        AppUser app = admin.createSchemaAndUser("kept", "SELECT");
        int port = server.port();
        try (Connection before = server.connectAsAdmin()) {
            assertThat(server.restartable()).isTrue();

            server.restart();

            assertThat(before.isValid(2)).as("a connection from before the restart").isFalse();
        }
        assertThat(server.port()).isEqualTo(port);
        assertThat(admin.login(app.user(), app.password())).isEqualTo(new LoginResult.Accepted());
        admin.drop(app);
    }

    static void adminAndCreatedUserCanLogIn(DatabaseServer server) {
        DatabaseAdmin admin = new DatabaseAdmin(server);
        assertThat(admin.login(server.admin().user(), server.admin().password()).accepted()).isTrue();

        AppUser app = admin.createSchemaAndUser("app", "SELECT, INSERT, UPDATE, DELETE");
        assertThat(admin.login(app.user(), app.password())).isEqualTo(new LoginResult.Accepted());
        assertThat(admin.login(app.user(), app.password() + "x"))
                .isInstanceOfSatisfying(LoginResult.Refused.class, r -> assertThat(r.errorCode()).isEqualTo(1045));
        assertThat(admin.showGrants(app.user()))
                .anySatisfy(g -> assertThat(g).contains("SELECT, INSERT, UPDATE, DELETE ON `" + app.schema() + "`"));

        admin.drop(app);
        // a user that no longer exists: MySQL says 1045, MariaDB may say 1698 (access denied without password check)
        assertThat(admin.login(app.user(), app.password()))
                .isInstanceOfSatisfying(LoginResult.Refused.class, r -> assertThat(r.errorCode()).isIn(1045, 1698));
    }
}
