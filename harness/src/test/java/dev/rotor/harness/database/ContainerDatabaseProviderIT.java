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
    void mysqlContainerRunsMysql8RestartsOnItsPortAndIsRemovedOnClose() throws Exception {
        String id;
        try (ContainerDatabaseServer server = (ContainerDatabaseServer) ServerChecks.timedStart(
                "container MySQL (" + provider.image(Engine.MYSQL) + ")", () -> provider.start(Engine.MYSQL))) {
            id = server.containerId();
            assertThat(server.engine()).isEqualTo(Engine.MYSQL);
            assertThat(server.host()).isEqualTo(expectedHost());
            assertThat(new DatabaseAdmin(server).serverVersion()).startsWith("8.").doesNotContainIgnoringCase("mariadb");
            ServerChecks.adminAndCreatedUserCanLogIn(server);
            ServerChecks.restartKeepsPortAndData(server);
            assertThat(containerExists(id)).isTrue();
        }
        assertThat(containerExists(id)).as("container %s after close", id).isFalse();
    }

    @Test
    void mariadbContainerRunsMariadbRestartsOnItsPortAndIsRemovedOnClose() throws Exception {
        String id;
        try (ContainerDatabaseServer server = (ContainerDatabaseServer) ServerChecks.timedStart(
                "container MariaDB (" + provider.image(Engine.MARIADB) + ")", () -> provider.start(Engine.MARIADB))) {
            id = server.containerId();
            assertThat(server.engine()).isEqualTo(Engine.MARIADB);
            assertThat(new DatabaseAdmin(server).serverVersion()).containsIgnoringCase("mariadb");
            ServerChecks.adminAndCreatedUserCanLogIn(server);
            ServerChecks.restartKeepsPortAndData(server);
            assertThat(containerExists(id)).isTrue();
        }
        assertThat(containerExists(id)).as("container %s after close", id).isFalse();
    }

    @Test
    void anImageThatDoesNotExistFailsWithTheImageNameAndLeavesNoContainer() {
        String image = "localhost/rotor/no-such-mysql:0";
        List<String> before = containersOfThisTestRun();
        ContainerDatabaseProvider missing = provider.withImage(Engine.MYSQL, image);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> missing.start(Engine.MYSQL))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining(image)
                .hasMessageContaining(ContainerDatabaseProvider.MYSQL_IMAGE_VARIABLE);
        // only this JVM's containers: other builds may share the engine and start their own meanwhile
        assertThat(containersOfThisTestRun()).containsExactlyInAnyOrderElementsOf(before);
        assertThat(allContainers()).noneMatch(c -> image.equals(c.getImage()));
    }

    private static String expectedHost() {
        String override = System.getenv("TESTCONTAINERS_HOST_OVERRIDE");
        return override == null ? DockerClientFactory.instance().dockerHostIpAddress() : override;
    }

    private static boolean containerExists(String id) {
        return allContainers().stream().anyMatch(c -> c.getId().equals(id));
    }

    /** The containers Testcontainers started from this JVM (it labels each with its session id). */
    private static List<String> containersOfThisTestRun() {
        return allContainers().stream()
                .filter(c -> DockerClientFactory.SESSION_ID.equals(c.getLabels().get("org.testcontainers.sessionId")))
                .map(com.github.dockerjava.api.model.Container::getId).toList();
    }

    private static List<com.github.dockerjava.api.model.Container> allContainers() {
        return DockerClientFactory.instance().client().listContainersCmd().withShowAll(true).exec();
    }
}
