package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EmbeddedMysqlProviderIT {

    private final EmbeddedMysqlProvider provider = new EmbeddedMysqlProvider();

    @Test
    void embeddedMysqldRunsMysql80RestartsOnItsDatadirAndLeavesNoProcessNorFilesAfterClose() throws Exception {
        long pid;
        Path workDir;
        try (EmbeddedMysqlServer server = (EmbeddedMysqlServer) ServerChecks.timedStart(
                "embedded mysqld (extracted before: " + provider.distribution().isExtracted() + ")",
                () -> provider.start(Engine.MYSQL))) {
            pid = server.pid();
            workDir = server.workDir();
            assertThat(server.host()).isEqualTo("127.0.0.1");
            assertThat(new DatabaseAdmin(server).serverVersion()).startsWith("8.0.");
            ServerChecks.adminAndCreatedUserCanLogIn(server);
            ServerChecks.restartKeepsPortAndData(server);
            assertThat(server.pid()).as("a new mysqld process").isNotEqualTo(pid);
            assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
            pid = server.pid();
            assertThat(workDir).isDirectory();
        }
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).as("mysqld %d after close", pid)
                .isNotEqualTo(java.util.Optional.of(true));
        assertThat(Files.exists(workDir)).as("%s after close", workDir).isFalse();
        assertThat(provider.distribution().isExtracted()).isTrue();
    }

    @Test
    void aSecondStartReusesTheCachedBinariesAndGetsItsOwnPortAndDirectory() {
        try (EmbeddedMysqlServer first = (EmbeddedMysqlServer) provider.start(Engine.MYSQL);
             EmbeddedMysqlServer second = (EmbeddedMysqlServer) ServerChecks.timedStart(
                     "embedded mysqld (cached, second at once)", () -> provider.start(Engine.MYSQL))) {
            assertThat(second.port()).isNotEqualTo(first.port());
            assertThat(second.workDir()).isNotEqualTo(first.workDir());
            assertThat(new DatabaseAdmin(second).login(first.admin().user(), first.admin().password()))
                    .isInstanceOf(LoginResult.Refused.class);
        }
    }

    @Test
    void anotherServerStartedFromARunningOneIsIndependentSoThatRestartingItLeavesTheFirstAlone() throws Exception {
        try (EmbeddedMysqlServer first = (EmbeddedMysqlServer) provider.start(Engine.MYSQL)) {
            assertThat(first.startsAnotherQuickly()).isTrue();
            try (DatabaseServer another = ServerChecks.timedStart("embedded mysqld (another, during a run)",
                    first::startAnother);
                 java.sql.Connection toFirst = first.connectAsAdmin()) {
                assertThat(another.port()).isNotEqualTo(first.port());
                ServerChecks.adminAndCreatedUserCanLogIn(another);

                another.restart();

                assertThat(toFirst.isValid(2)).as("a connection to the first server across the other's restart")
                        .isTrue();
            }
        }
    }

    @Test
    void mariadbIsRefusedWithAMessageNamingTheAlternatives() {
        assertThatThrownBy(() -> provider.start(Engine.MARIADB))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("MySQL")
                .hasMessageContaining("container");
    }
}
