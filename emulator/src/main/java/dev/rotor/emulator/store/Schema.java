package dev.rotor.emulator.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Creates and migrates the emulator's own schema. Each migration runs once, in order. */
final class Schema {
    private static final List<String> MIGRATIONS = List.of(
            """
            CREATE TABLE secrets (
              id BIGINT AUTO_INCREMENT PRIMARY KEY,
              arn VARCHAR(2048) NOT NULL UNIQUE,
              name VARCHAR(512) NOT NULL UNIQUE,
              description VARCHAR(2048),
              kms_key_id VARCHAR(2048),
              secret_type VARCHAR(256),
              created_ms BIGINT NOT NULL,
              last_changed_ms BIGINT,
              last_accessed_day DATE,
              deletion_ms BIGINT,
              rotation_enabled BOOLEAN,
              rotation_lambda_arn VARCHAR(2048),
              rotation_days BIGINT,
              rotation_duration VARCHAR(16),
              rotation_schedule VARCHAR(256),
              last_rotated_ms BIGINT,
              next_rotation_ms BIGINT,
              tags CHARACTER VARYING,
              resource_policy CHARACTER VARYING
            );
            CREATE TABLE versions (
              secret_id BIGINT NOT NULL REFERENCES secrets(id) ON DELETE CASCADE,
              version_id VARCHAR(64) NOT NULL,
              seq BIGINT AUTO_INCREMENT,
              created_ms BIGINT NOT NULL,
              last_accessed_day DATE,
              has_value BOOLEAN NOT NULL,
              secret_string CHARACTER VARYING,
              secret_binary VARBINARY(65536),
              PRIMARY KEY (secret_id, version_id)
            );
            CREATE INDEX versions_by_seq ON versions(secret_id, seq);
            CREATE TABLE labels (
              secret_id BIGINT NOT NULL REFERENCES secrets(id) ON DELETE CASCADE,
              label VARCHAR(256) NOT NULL,
              version_id VARCHAR(64) NOT NULL,
              PRIMARY KEY (secret_id, label)
            );
            CREATE TABLE journal (
              seq BIGINT AUTO_INCREMENT PRIMARY KEY,
              at_ms BIGINT NOT NULL,
              event_type VARCHAR(64) NOT NULL,
              secret_arn VARCHAR(2048),
              secret_name VARCHAR(512),
              version_id VARCHAR(64),
              label VARCHAR(256),
              from_version_id VARCHAR(64),
              stages CHARACTER VARYING,
              detail CHARACTER VARYING
            );
            """);

    private Schema() {
    }

    static void migrate(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT NOT NULL)");
            int current = 0;
            try (ResultSet rs = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
                if (rs.next()) {
                    current = rs.getInt(1);
                }
            }
            for (int v = current; v < MIGRATIONS.size(); v++) {
                for (String sql : MIGRATIONS.get(v).split(";")) {
                    if (!sql.isBlank()) {
                        statement.execute(sql);
                    }
                }
                statement.execute("INSERT INTO schema_version VALUES (" + (v + 1) + ")");
            }
            connection.commit();
        }
    }

    static void dropAll(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DELETE FROM labels");
            statement.execute("DELETE FROM versions");
            statement.execute("DELETE FROM secrets");
            statement.execute("DELETE FROM journal");
        }
    }
}
