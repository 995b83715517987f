package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExternalDatabaseProviderIT {

    private static DatabaseServer running;

    @BeforeAll
    static void startAServerTheUserWouldRun() {
        running = new EmbeddedMysqlProvider().start(Engine.MYSQL);
    }

    @AfterAll
    static void stopIt() {
        running.close();
    }

    @Test
    void anExternalServerIsUsedAsGivenIsNeverRestartedAndKeepsRunningAfterClose() {
        ExternalDatabaseProvider external = DatabaseProvider.external(
                "jdbc:mysql://127.0.0.1:" + running.port() + "/", running.admin());
        try (DatabaseServer server = external.start(Engine.MYSQL)) {
            assertThat(server.port()).isEqualTo(running.port());
            ServerChecks.adminAndCreatedUserCanLogIn(server);
            assertThat(server.restartable()).isFalse();
            assertThat(server.startsAnotherQuickly()).isFalse();
            assertThatThrownBy(server::restart).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("is not Rotor's to restart");
        }
        assertThat(new DatabaseAdmin(running).login(running.admin().user(), running.admin().password()).accepted())
                .isTrue();
    }

    @Test
    void anExternalServerOfAnotherEngineIsRejected() {
        ExternalDatabaseProvider external = DatabaseProvider.external(
                "jdbc:mysql://127.0.0.1:" + running.port(), running.admin());
        assertThatThrownBy(() -> external.start(Engine.MARIADB))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("not MARIADB");
    }

    @Test
    void wrongAdminCredentialsFailWithTheServersError() {
        ExternalDatabaseProvider external = DatabaseProvider.external(
                "jdbc:mysql://127.0.0.1:" + running.port(), new Credentials("root", "wrong"));
        assertThatThrownBy(() -> external.start(Engine.MYSQL))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("error 1045");
    }
}
