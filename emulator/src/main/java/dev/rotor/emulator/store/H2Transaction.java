package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.StoreTransaction;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.Tag;
import dev.rotor.emulator.secrets.VersionInfo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link StoreTransaction} over one JDBC connection to H2. */
final class H2Transaction implements StoreTransaction {
    private static final TypeReference<List<Tag>> TAGS = new TypeReference<>() { };
    private static final String SECRET_COLUMNS = "id, arn, name, description, kms_key_id, secret_type, created_ms,"
            + " last_changed_ms, last_accessed_day, deletion_ms, rotation_enabled, rotation_lambda_arn, rotation_days,"
            + " rotation_duration, rotation_schedule, last_rotated_ms, next_rotation_ms, tags, resource_policy";

    private final Connection connection;
    private final StoredJson json;
    private final H2Journal journal;
    private final H2VersionReads versionReads;

    H2Transaction(Connection connection, ObjectMapper mapper, Clock clock, int journalRetention) {
        this.connection = connection;
        this.json = new StoredJson(mapper);
        this.journal = new H2Journal(connection, json, clock, journalRetention);
        this.versionReads = new H2VersionReads(connection);
    }

    @Override
    public Optional<Secret> findByName(String name) {
        return querySecrets("SELECT " + SECRET_COLUMNS + " FROM secrets WHERE name = ?", name).stream().findFirst();
    }

    Optional<Secret> findById(long id) {
        return querySecrets("SELECT " + SECRET_COLUMNS + " FROM secrets WHERE id = ?", id).stream().findFirst();
    }

    /** The committed state of a secret, for the read model; null when there is no such secret. */
    SecretState state(long secretId) {
        return findById(secretId).map(secret -> new SecretState(secret, labels(secretId),
                versionReads.stored(secretId))).orElse(null);
    }

    @Override
    public Optional<Secret> findByArn(String arn) {
        return querySecrets("SELECT " + SECRET_COLUMNS + " FROM secrets WHERE arn = ?", arn).stream().findFirst();
    }

    @Override
    public List<Secret> listSecrets() {
        return querySecrets("SELECT " + SECRET_COLUMNS + " FROM secrets ORDER BY id");
    }

    @Override
    public List<Secret> rotatingSecrets() {
        return querySecrets("SELECT " + SECRET_COLUMNS + " FROM secrets WHERE rotation_enabled AND deletion_ms IS NULL"
                + " ORDER BY id");
    }

    @Override
    public Secret insert(Secret secret) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("INSERT INTO secrets (arn, name, description,"
                    + " kms_key_id, secret_type, created_ms, last_changed_ms, last_accessed_day, deletion_ms,"
                    + " rotation_enabled, rotation_lambda_arn, rotation_days, rotation_duration, rotation_schedule,"
                    + " last_rotated_ms, next_rotation_ms, tags, resource_policy)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"})) {
                bindSecret(ps, secret, 1);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    keys.next();
                    return secret.withId(keys.getLong(1));
                }
            }
        });
    }

    @Override
    public void update(Secret secret) {
        Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("UPDATE secrets SET arn = ?, name = ?,"
                    + " description = ?, kms_key_id = ?, secret_type = ?, created_ms = ?, last_changed_ms = ?,"
                    + " last_accessed_day = ?, deletion_ms = ?, rotation_enabled = ?, rotation_lambda_arn = ?,"
                    + " rotation_days = ?, rotation_duration = ?, rotation_schedule = ?, last_rotated_ms = ?,"
                    + " next_rotation_ms = ?, tags = ?, resource_policy = ? WHERE id = ?")) {
                int next = bindSecret(ps, secret, 1);
                ps.setLong(next, secret.id());
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public void delete(long secretId) {
        Sql.update(connection, "DELETE FROM secrets WHERE id = ?", secretId);
    }

    @Override
    public List<VersionInfo> versions(long secretId) {
        return versionReads.versions(secretId);
    }

    @Override
    public Optional<VersionInfo> version(long secretId, String versionId) {
        return versionReads.version(secretId, versionId);
    }

    @Override
    public Optional<SecretValue> value(long secretId, String versionId) {
        return versionReads.value(secretId, versionId);
    }

    @Override
    public Map<String, String> labels(long secretId) {
        return labels(List.of(secretId)).getOrDefault(secretId, Map.of());
    }

    @Override
    public Map<Long, Map<String, String>> labels(Collection<Long> secretIds) {
        if (secretIds.isEmpty()) {
            return Map.of();
        }
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement(
                    "SELECT secret_id, label, version_id FROM labels WHERE secret_id = ANY(?)")) {
                ps.setArray(1, connection.createArrayOf("BIGINT", secretIds.toArray()));
                Map<Long, Map<String, String>> labels = new HashMap<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        labels.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getString(2), rs.getString(3));
                    }
                }
                return labels;
            }
        });
    }

    @Override
    public void insertVersion(long secretId, VersionInfo version, SecretValue value) {
        Sql.update(connection, "INSERT INTO versions (secret_id, version_id, created_ms, last_accessed_day, has_value,"
                        + " secret_string, secret_binary) VALUES (?, ?, ?, ?, ?, ?, ?)", secretId, version.versionId(),
                version.createdDate().toEpochMilli(), date(version.lastAccessedDate()), value != null,
                value == null ? null : value.string(), value == null ? null : value.binary());
    }

    @Override
    public void storeValue(long secretId, String versionId, SecretValue value) {
        Sql.update(connection, "UPDATE versions SET has_value = TRUE, secret_string = ?, secret_binary = ?"
                + " WHERE secret_id = ? AND version_id = ?", value.string(), value.binary(), secretId, versionId);
    }

    @Override
    public void deleteVersions(long secretId, Collection<String> versionIds) {
        for (String versionId : versionIds) {
            Sql.update(connection, "DELETE FROM versions WHERE secret_id = ? AND version_id = ?", secretId, versionId);
        }
    }

    @Override
    public void replaceLabels(long secretId, Map<String, String> labels) {
        Sql.update(connection, "DELETE FROM labels WHERE secret_id = ?", secretId);
        for (Map.Entry<String, String> label : labels.entrySet()) {
            Sql.update(connection, "INSERT INTO labels (secret_id, label, version_id) VALUES (?, ?, ?)", secretId,
                    label.getKey(), label.getValue());
        }
    }

    @Override
    public void recordAccess(long secretId, String versionId, LocalDate date) {
        Sql.update(connection, "UPDATE secrets SET last_accessed_day = ? WHERE id = ?", date(date), secretId);
        Sql.update(connection, "UPDATE versions SET last_accessed_day = ? WHERE secret_id = ? AND version_id = ?",
                date(date), secretId, versionId);
    }

    @Override
    public void append(List<JournalEvent> events) {
        journal.append(events);
    }

    @Override
    public List<JournalEvent> events(long after, int limit) {
        return journal.events(after, limit);
    }

    void dropAll() {
        Sql.run(() -> {
            Schema.dropAll(connection);
            return null;
        });
    }

    private List<Secret> querySecrets(String sql, Object... params) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                Sql.bind(ps, params);
                List<Secret> secrets = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        secrets.add(SecretRows.read(rs, this::tags));
                    }
                }
                return secrets;
            }
        });
    }

    private int bindSecret(PreparedStatement ps, Secret s, int first) throws SQLException {
        return SecretRows.bind(ps, s, first, json.write(s.tags()));
    }

    private List<Tag> tags(String text) {
        return json.read(text, TAGS);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }
}
