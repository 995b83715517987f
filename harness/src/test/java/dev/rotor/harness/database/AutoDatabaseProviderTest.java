package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class AutoDatabaseProviderTest {

    private final ContainerDatabaseProvider container = ContainerDatabaseProvider.fromEnvironment(Map.of());
    private final EmbeddedMysqlProvider embedded = new EmbeddedMysqlProvider();

    @Test
    void aContainerEngineThatAnswersMeansContainers() {
        assertThat(new AutoDatabaseProvider(container, embedded, () -> true).choose()).isSameAs(container);
    }

    @Test
    void noContainerEngineMeansTheEmbeddedMysqld() {
        assertThat(new AutoDatabaseProvider(container, embedded, () -> false).choose()).isSameAs(embedded);
    }

    @Test
    void mariadbWithoutAContainerEngineFailsSayingWhatItNeeds() {
        AutoDatabaseProvider auto = new AutoDatabaseProvider(container, embedded, () -> false);
        assertThatThrownBy(() -> auto.start(Engine.MARIADB))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("MARIADB needs Docker/podman or an external server");
    }
}
