package dev.rotor.emulator.store;

import dev.rotor.emulator.secrets.Rotation;
import dev.rotor.emulator.secrets.RotationRules;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.Tag;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/** Maps a {@link Secret} to and from a row of the secrets table. */
final class SecretRows {
    private SecretRows() {
    }

    /** Binds every column but id, starting at {@code index}; returns the next free index. */
    static int bind(PreparedStatement ps, Secret s, int index, String tagsJson) throws SQLException {
        Rotation r = s.rotation();
        RotationRules rules = r.rules();
        Object[] values = {
            s.arn(), s.name(), s.description(), s.kmsKeyId(), s.type(), millis(s.createdDate()),
            millis(s.lastChangedDate()), s.lastAccessedDate() == null ? null : Date.valueOf(s.lastAccessedDate()),
            millis(s.deletionDate()), r.enabled(), r.lambdaArn(),
            rules == null ? null : rules.automaticallyAfterDays(), rules == null ? null : rules.duration(),
            rules == null ? null : rules.scheduleExpression(), millis(r.lastRotatedDate()),
            millis(r.nextRotationDate()), tagsJson, s.resourcePolicy()
        };
        for (Object value : values) {
            ps.setObject(index++, value);
        }
        return index;
    }

    static Secret read(ResultSet rs, Function<String, List<Tag>> tags) throws SQLException {
        Long days = (Long) rs.getObject("rotation_days");
        String duration = rs.getString("rotation_duration");
        String schedule = rs.getString("rotation_schedule");
        RotationRules rules = days == null && duration == null && schedule == null
                ? null : new RotationRules(days, duration, schedule);
        Rotation rotation = new Rotation((Boolean) rs.getObject("rotation_enabled"),
                rs.getString("rotation_lambda_arn"), rules, instant(rs, "last_rotated_ms"),
                instant(rs, "next_rotation_ms"));
        Date accessed = rs.getDate("last_accessed_day");
        return new Secret(rs.getLong("id"), rs.getString("arn"), rs.getString("name"), rs.getString("description"),
                rs.getString("kms_key_id"), rs.getString("secret_type"), instant(rs, "created_ms"),
                instant(rs, "last_changed_ms"), accessed == null ? null : accessed.toLocalDate(),
                instant(rs, "deletion_ms"), rotation, tags.apply(rs.getString("tags")),
                rs.getString("resource_policy"));
    }

    /**
     * The secret as reading its row back would give it: instants to the millisecond, rotation rules with no member
     * as none. What the read model keeps of a write, so that it answers exactly as the table would.
     */
    static Secret asStored(Secret s) {
        Rotation r = s.rotation();
        RotationRules rules = r.rules();
        if (rules != null && rules.automaticallyAfterDays() == null && rules.duration() == null
                && rules.scheduleExpression() == null) {
            rules = null;
        }
        Rotation rotation = new Rotation(r.enabled(), r.lambdaArn(), rules, stored(r.lastRotatedDate()),
                stored(r.nextRotationDate()));
        return new Secret(s.id(), s.arn(), s.name(), s.description(), s.kmsKeyId(), s.type(), stored(s.createdDate()),
                stored(s.lastChangedDate()), s.lastAccessedDate(), stored(s.deletionDate()), rotation, s.tags(),
                s.resourcePolicy());
    }

    /** An instant as a milliseconds column stores it. */
    static Instant stored(Instant instant) {
        return instant == null ? null : Instant.ofEpochMilli(instant.toEpochMilli());
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(value);
    }
}
