package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerDatabaseProviderTest {

    @Test
    void withoutVariablesTheOfficialLtsImagesAreUsed() {
        ContainerDatabaseProvider provider = ContainerDatabaseProvider.fromEnvironment(Map.of());
        assertThat(provider.image(Engine.MYSQL)).isEqualTo("mysql:8.4");
        assertThat(provider.image(Engine.MARIADB)).isEqualTo("mariadb:11.4");
    }

    @Test
    void variablesChooseTheImagesAndBlankOnesAreIgnored() {
        ContainerDatabaseProvider provider = ContainerDatabaseProvider.fromEnvironment(Map.of(
                "ROTOR_MYSQL_IMAGE", "localhost/rotor/mysql:8.0.31", "ROTOR_MARIADB_IMAGE", "  "));
        assertThat(provider.image(Engine.MYSQL)).isEqualTo("localhost/rotor/mysql:8.0.31");
        assertThat(provider.image(Engine.MARIADB)).isEqualTo("mariadb:11.4");
    }

    @Test
    void withImageReturnsACopyAndLeavesTheOriginalAlone() {
        ContainerDatabaseProvider original = ContainerDatabaseProvider.fromEnvironment(Map.of());
        ContainerDatabaseProvider copy = original.withImage(Engine.MARIADB, "mariadb:10.11");
        assertThat(copy.image(Engine.MARIADB)).isEqualTo("mariadb:10.11");
        assertThat(copy.image(Engine.MYSQL)).isEqualTo("mysql:8.4");
        assertThat(original.image(Engine.MARIADB)).isEqualTo("mariadb:11.4");
    }
}
