package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.SecretValue;
import dev.rotor.emulator.secrets.VersionInfo;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads of the versions table inside one transaction: a secret's versions, one version, a version's value. */
final class H2VersionReads {
    private final Connection connection;

    H2VersionReads(Connection connection) {
        this.connection = connection;
    }

    List<VersionInfo> versions(long secretId) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT version_id, created_ms,"
                    + " last_accessed_day, has_value FROM versions WHERE secret_id = ? ORDER BY seq")) {
                ps.setLong(1, secretId);
                List<VersionInfo> versions = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        versions.add(versionInfo(rs));
                    }
                }
                return versions;
            }
        });
    }

    /** A secret's versions with their values, in creation order: what the read model keeps of them. */
    List<StoredVersion> stored(long secretId) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT version_id, created_ms,"
                    + " last_accessed_day, has_value, secret_string, secret_binary FROM versions WHERE secret_id = ?"
                    + " ORDER BY seq")) {
                ps.setLong(1, secretId);
                List<StoredVersion> versions = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        VersionInfo info = versionInfo(rs);
                        versions.add(new StoredVersion(info, info.hasValue() ? value(rs, 5) : null));
                    }
                }
                return versions;
            }
        });
    }

    Optional<VersionInfo> version(long secretId, String versionId) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT version_id, created_ms,"
                    + " last_accessed_day, has_value FROM versions WHERE secret_id = ? AND version_id = ?")) {
                ps.setLong(1, secretId);
                ps.setString(2, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(versionInfo(rs)) : Optional.empty();
                }
            }
        });
    }

    Optional<SecretValue> value(long secretId, String versionId) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT secret_string, secret_binary FROM versions"
                    + " WHERE secret_id = ? AND version_id = ? AND has_value")) {
                ps.setLong(1, secretId);
                ps.setString(2, versionId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(value(rs, 1));
                }
            }
        });
    }

    private static SecretValue value(ResultSet rs, int stringColumn) throws SQLException {
        String string = rs.getString(stringColumn);
        return string != null ? SecretValue.ofString(string) : new SecretValue(null, rs.getBytes(stringColumn + 1));
    }

    private static VersionInfo versionInfo(ResultSet rs) throws SQLException {
        Date accessed = rs.getDate(3);
        return new VersionInfo(rs.getString(1), Instant.ofEpochMilli(rs.getLong(2)),
                accessed == null ? null : accessed.toLocalDate(), rs.getBoolean(4));
    }
}
