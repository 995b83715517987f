package dev.rotor.emulator.store;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The journal table, inside one transaction: appends numbered events (keeping the newest) and reads them in order. */
final class H2Journal {
    private static final TypeReference<Map<String, List<String>>> STAGES = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() { };

    private final Connection connection;
    private final StoredJson json;
    private final Clock clock;
    private final int retention;

    H2Journal(Connection connection, StoredJson json, Clock clock, int retention) {
        this.connection = connection;
        this.json = json;
        this.clock = clock;
        this.retention = retention;
    }

    void append(List<JournalEvent> events) {
        long now = clock.millis();
        for (JournalEvent e : events) {
            Sql.update(connection, "INSERT INTO journal (at_ms, event_type, secret_arn, secret_name, version_id, label,"
                            + " from_version_id, stages, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", now, e.type().name(),
                    e.secretArn(), e.secretName(), e.versionId(), e.label(), e.fromVersionId(), json.write(e.stages()),
                    json.write(e.detail()));
        }
        if (!events.isEmpty() && retention > 0) {
            Sql.update(connection, "DELETE FROM journal WHERE seq <= (SELECT MAX(seq) FROM journal) - ?", retention);
        }
    }

    List<JournalEvent> events(long after, int limit) {
        return Sql.run(() -> {
            try (PreparedStatement ps = connection.prepareStatement("SELECT seq, at_ms, event_type, secret_arn,"
                    + " secret_name, version_id, label, from_version_id, stages, detail FROM journal WHERE seq > ?"
                    + " ORDER BY seq LIMIT ?")) {
                ps.setLong(1, after);
                ps.setInt(2, limit);
                List<JournalEvent> events = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        events.add(new JournalEvent(rs.getLong(1), Instant.ofEpochMilli(rs.getLong(2)),
                                EventType.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getString(7), rs.getString(8),
                                json.read(rs.getString(9), STAGES), json.read(rs.getString(10), DETAIL)));
                    }
                }
                return events;
            }
        });
    }
}
