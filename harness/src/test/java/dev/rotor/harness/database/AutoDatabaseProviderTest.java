package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AutoDatabaseProviderTest {

    private final ContainerDatabaseProvider container = ContainerDatabaseProvider.fromEnvironment(Map.of());
    private final EmbeddedMysqlProvider embedded = new EmbeddedMysqlProvider();
    private final List<String> notices = new ArrayList<>();

    @Test
    void aContainerEngineThatAnswersMeansContainers() {
        assertThat(new AutoDatabaseProvider(container, embedded, () -> true, notices::add).choose()).isSameAs(container);
    }

    @Test
    void noContainerEngineMeansTheEmbeddedMysqld() {
        assertThat(new AutoDatabaseProvider(container, embedded, () -> false, notices::add).choose()).isSameAs(embedded);
    }

    @Test
    void mariadbWithoutAContainerEngineFailsSayingWhatItNeeds() {
        AutoDatabaseProvider auto = new AutoDatabaseProvider(container, embedded, () -> false, notices::add);
        assertThatThrownBy(() -> auto.start(Engine.MARIADB))
                .isInstanceOf(DatabaseException.class)
                .hasMessageContaining("MARIADB needs Docker/podman or an external server");
        assertThat(notices).isEmpty();
    }

    @Test
    void fallingBackToTheEmbeddedMysqldIsOneLineNamingItsVersion(@TempDir Path cache) {
        // a distribution whose jar is nowhere: start() says which server it falls back to, then fails to find it
        EmbeddedMysqlProvider unstartable = new EmbeddedMysqlProvider(
                new MysqlDistribution("8.0.31", "org.example:missing:0", cache), Duration.ofSeconds(1));
        AutoDatabaseProvider auto = new AutoDatabaseProvider(container, unstartable, () -> false, notices::add);

        assertThatThrownBy(() -> auto.start(Engine.MYSQL)).isInstanceOf(RuntimeException.class);
        assertThat(notices).containsExactly("no container engine: using embedded mysqld 8.0.31");
    }
}
