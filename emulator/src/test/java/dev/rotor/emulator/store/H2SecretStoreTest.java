package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.Rotation;
import dev.rotor.emulator.secrets.RotationRules;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.StoreTransaction;
import dev.rotor.emulator.secrets.VersionInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The store's read model answers reads exactly as the tables do, and only ever shows committed writes. */
class H2SecretStoreTest {
    private static final Instant NOW = Instant.parse("2026-05-01T10:00:00.123456789Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @TempDir
    Path dataDir;

    private final List<H2SecretStore> opened = new ArrayList<>();

    @AfterEach
    void closeStores() {
        opened.forEach(H2SecretStore::close);
    }

    @Test
    void a_committed_write_is_what_the_next_read_sees() {
        H2SecretStore store = inMemory();
        Secret secret = create(store, "app", "v1", "one");

        Snapshot read = store.read(tx -> Snapshot.of(tx, tx.findByName("app").orElseThrow()));

        assertThat(read.secret()).isEqualTo(secret);
        assertThat(store.<List<Secret>>read(StoreTransaction::listSecrets)).as("the table, read with SQL").containsExactly(secret);
        assertThat(read.labels()).containsExactly(Map.entry("AWSCURRENT", "v1"));
        assertThat(read.versions()).extracting(VersionInfo::versionId).containsExactly("v1");
        assertThat(store.<Optional<SecretValue>>read(tx -> tx.value(secret.id(), "v1"))).contains(SecretValue.ofString("one"));
        assertThat(store.<Optional<Secret>>read(tx -> tx.findByArn(secret.arn()))).contains(secret);
    }

    @Test
    void a_rolled_back_write_leaves_no_trace_in_the_read_model() {
        H2SecretStore store = inMemory();
        Secret secret = create(store, "app", "v1", "one");

        assertThatThrownBy(() -> store.write(tx -> {
            tx.insertVersion(secret.id(), new VersionInfo("v2", NOW, null, true), SecretValue.ofString("two"));
            tx.replaceLabels(secret.id(), Map.of("AWSCURRENT", "v2", "AWSPREVIOUS", "v1"));
            tx.update(secret.withDescription("changed"));
            assertThat(tx.labels(secret.id())).containsEntry("AWSCURRENT", "v2");
            throw new IllegalStateException("the change fails half-way");
        })).hasMessage("the change fails half-way");

        Snapshot read = store.read(tx -> Snapshot.of(tx, tx.findByName("app").orElseThrow()));
        assertThat(read.secret().description()).isNull();
        assertThat(read.labels()).containsExactly(Map.entry("AWSCURRENT", "v1"));
        assertThat(read.versions()).extracting(VersionInfo::versionId).containsExactly("v1");
        assertThat(store.<List<Secret>>read(StoreTransaction::listSecrets)).extracting(Secret::description).containsOnlyNulls();
    }

    @Test
    void a_reopened_store_reads_what_the_model_answered_before_the_restart() {
        H2SecretStore first = inDirectory();
        Secret secret = create(first, "app", "v1", "one");
        store(first, secret, "v2", null, Map.of("AWSCURRENT", "v1", "AWSPENDING", "v2"));
        first.write(tx -> {
            tx.update(secret.withRotation(new Rotation(true, "arn:fn", new RotationRules(null, null, null), NOW,
                    NOW.plusSeconds(60))).withLastChangedDate(NOW));
            tx.recordAccess(secret.id(), "v1", LocalDate.of(2026, 5, 1));
            return null;
        });
        Snapshot before = first.read(tx -> Snapshot.of(tx, tx.findByName("app").orElseThrow()));
        first.close();
        opened.remove(first);

        H2SecretStore second = inDirectory();
        Snapshot after = second.read(tx -> Snapshot.of(tx, tx.findByName("app").orElseThrow()));

        assertThat(after).isEqualTo(before);
        assertThat(after.secret().rotation().rules()).as("rules with no member are stored as none").isNull();
        assertThat(after.secret().createdDate()).isEqualTo(Instant.parse("2026-05-01T10:00:00.123Z"));
        assertThat(after.versions().get(0).lastAccessedDate()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(second.<Optional<SecretValue>>read(tx -> tx.value(secret.id(), "v2"))).as("a placeholder has no value").isEmpty();
        assertThat(second.<Optional<VersionInfo>>read(tx -> tx.version(secret.id(), "v2")).map(VersionInfo::hasValue)).contains(false);
    }

    @Test
    void a_read_sees_one_state_of_a_secret_while_a_write_commits_beside_it() {
        H2SecretStore store = inMemory();
        Secret secret = create(store, "app", "v1", "one");

        Map<String, String> seen = store.read(tx -> {
            long id = tx.findByName("app").orElseThrow().id();
            store(store, secret, "v2", SecretValue.ofString("two"), Map.of("AWSCURRENT", "v2", "AWSPREVIOUS", "v1"));
            return tx.labels(id);
        });

        assertThat(seen).containsExactly(Map.entry("AWSCURRENT", "v1"));
        assertThat(store.<Map<String, String>>read(tx -> tx.labels(secret.id()))).containsEntry("AWSCURRENT", "v2");
    }

    @Test
    void a_deleted_secret_is_gone_and_its_name_can_be_used_again() {
        H2SecretStore store = inMemory();
        Secret old = create(store, "app", "v1", "one");
        store.write(tx -> {
            tx.delete(old.id());
            return null;
        });

        assertThat(store.<Optional<Secret>>read(tx -> tx.findByName("app"))).isEmpty();
        assertThat(store.<List<VersionInfo>>read(tx -> tx.versions(old.id()))).isEmpty();
        Secret renewed = create(store, "app", "w1", "new");
        assertThat(renewed.id()).isNotEqualTo(old.id());
        assertThat(store.<Optional<Secret>>read(tx -> tx.findByName("app"))).contains(renewed);
        assertThat(store.<Map<Long, Map<String, String>>>read(tx -> tx.labels(List.of(old.id(), renewed.id()))))
                .containsOnlyKeys(renewed.id());
    }

    @Test
    void a_write_reads_its_own_changes_before_it_commits() {
        H2SecretStore store = inMemory();

        Optional<Secret> seen = store.write(tx -> {
            Secret inserted = tx.insert(newSecret("app"));
            tx.insertVersion(inserted.id(), new VersionInfo("v1", NOW, null, true), SecretValue.ofString("one"));
            assertThat(tx.value(inserted.id(), "v1")).contains(SecretValue.ofString("one"));
            return tx.findByName("app");
        });

        assertThat(seen).isPresent();
    }

    @Test
    void a_read_transaction_refuses_to_write() {
        H2SecretStore store = inMemory();

        assertThatThrownBy(() -> store.read(tx -> tx.insert(newSecret("app"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("SecretStore.write");
        assertThat(store.<List<Secret>>read(StoreTransaction::listSecrets)).isEmpty();
    }

    @Test
    void a_reset_forgets_every_secret() {
        H2SecretStore store = inMemory();
        create(store, "app", "v1", "one");

        store.reset();

        assertThat(store.<Optional<Secret>>read(tx -> tx.findByName("app"))).isEmpty();
    }

    private H2SecretStore inMemory() {
        H2SecretStore store = H2SecretStore.inMemory(CLOCK, 100);
        opened.add(store);
        return store;
    }

    private H2SecretStore inDirectory() {
        H2SecretStore store = H2SecretStore.inDirectory(dataDir, CLOCK, 100);
        opened.add(store);
        return store;
    }

    private static Secret create(H2SecretStore store, String name, String versionId, String value) {
        return store.write(tx -> {
            Secret secret = tx.insert(newSecret(name));
            tx.insertVersion(secret.id(), new VersionInfo(versionId, NOW, null, true), SecretValue.ofString(value));
            tx.replaceLabels(secret.id(), Map.of("AWSCURRENT", versionId));
            return tx.findByName(name).orElseThrow();
        });
    }

    private static void store(H2SecretStore store, Secret secret, String versionId, SecretValue value,
                              Map<String, String> labels) {
        store.write(tx -> {
            tx.insertVersion(secret.id(), new VersionInfo(versionId, NOW, null, value != null), value);
            tx.replaceLabels(secret.id(), labels);
            return null;
        });
    }

    private static Secret newSecret(String name) {
        return new Secret(0, "arn:aws:secretsmanager:us-east-1:000000000000:secret:" + name + "-AbCdEf", name, null,
                null, null, NOW, null, null, null, Rotation.NEVER_CONFIGURED, null, null);
    }

    /** What a read sees of one secret. */
    private record Snapshot(Secret secret, Map<String, String> labels, List<VersionInfo> versions) {
        static Snapshot of(StoreTransaction tx, Secret secret) {
            return new Snapshot(secret, tx.labels(secret.id()), tx.versions(secret.id()));
        }
    }
}
