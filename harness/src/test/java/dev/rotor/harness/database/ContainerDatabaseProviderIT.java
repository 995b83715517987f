package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testcontainers.DockerClientFactory;

@ExtendWith(ContainerEngine.class)
class ContainerDatabaseProviderIT {

    private final ContainerDatabaseProvider provider = new ContainerDatabaseProvider();

    @BeforeAll
    static void needsAContainerEngine() {
        ContainerEngine.require();
    }

    @Test
    void mysqlContainerRunsMysql8AndIsRemovedOnClose() {
        String id;
        try (ContainerDatabaseServer server = (ContainerDatabaseServer) ServerChecks.timedStart(
                "container MySQL (" + provider.image(Engine.MYSQL) + ")", () -> provider.start(Engine.MYSQL))) {
            id = server.containerId();
            assertThat(server.engine()).isEqualTo(Engine.MYSQL);
            assertThat(server.host()).isEqualTo(expectedHost());
            assertThat(new DatabaseAdmin(server).serverVersion()).startsWith("8.").doesNotContainIgnoringCase("mariadb");
            ServerChecks.adminAndCreatedUserCanLogIn(server);
            assertThat(containerExists(id)).isTrue();
        }
        assertThat(containerExists(id)).as("container %s after close", id).isFalse();
    }

    @Test
    void mariadbContainerRunsMariadbAndIsRemovedOnClose() {
        String id;
        try (ContainerDatabaseServer server = (ContainerDatabaseServer) ServerChecks.timedStart(
                "container MariaDB (" + provider.image(Engine.MARIADB) + ")", () -> provider.start(Engine.MARIADB))) {
            id = server.containerId();
            assertThat(server.engine()).isEqualTo(Engine.MARIADB);
            assertThat(new DatabaseAdmin(server).serverVersion()).containsIgnoringCase("mariadb");
            ServerChecks.adminAndCreatedUserCanLogIn(server);
            assertThat(containerExists(id)).isTrue();
        }
        assertThat(containerExists(id)).as("container %s after close", id).isFalse();
    }

    @Test
    void anImageThatDoesNotExistFailsWithTheImageNameAndLeavesNoContainer() {
        int before = allContainers().size();
        ContainerDatabaseProvider missing = provider.withImage(Engine.MYSQL, "localhost/rotor/no-such-mysql:0");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> missing.start(Engine.MYSQL))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("localhost/rotor/no-such-mysql:0")
                .hasMessageContaining(ContainerDatabaseProvider.MYSQL_IMAGE_VARIABLE);
        assertThat(allContainers()).hasSize(before);
    }

    private static String expectedHost() {
        String override = System.getenv("TESTCONTAINERS_HOST_OVERRIDE");
        return override == null ? DockerClientFactory.instance().dockerHostIpAddress() : override;
    }

    private static boolean containerExists(String id) {
        return allContainers().stream().anyMatch(c -> c.getId().equals(id));
    }

    private static List<com.github.dockerjava.api.model.Container> allContainers() {
        return DockerClientFactory.instance().client().listContainersCmd().withShowAll(true).exec();
    }
}
