package dev.rotor.emulator.secrets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A secret's metadata (never its values). {@code tags} is null until the secret was first tagged;
 * {@code deletionDate} is set while the secret is scheduled for deletion.
 */
public record Secret(long id, String arn, String name, String description, String kmsKeyId, String type,
                     Instant createdDate, Instant lastChangedDate, LocalDate lastAccessedDate, Instant deletionDate,
                     Rotation rotation, List<Tag> tags, String resourcePolicy) {

    public boolean isScheduledForDeletion() {
        return deletionDate != null;
    }

    public Secret withId(long value) {
        return new Secret(value, arn, name, description, kmsKeyId, type, createdDate, lastChangedDate,
                lastAccessedDate, deletionDate, rotation, tags, resourcePolicy);
    }

    public Secret withDescription(String value) {
        return new Secret(id, arn, name, value, kmsKeyId, type, createdDate, lastChangedDate, lastAccessedDate,
                deletionDate, rotation, tags, resourcePolicy);
    }

    public Secret withKmsKeyId(String value) {
        return new Secret(id, arn, name, description, value, type, createdDate, lastChangedDate, lastAccessedDate,
                deletionDate, rotation, tags, resourcePolicy);
    }

    public Secret withType(String value) {
        return new Secret(id, arn, name, description, kmsKeyId, value, createdDate, lastChangedDate, lastAccessedDate,
                deletionDate, rotation, tags, resourcePolicy);
    }

    public Secret withLastChangedDate(Instant value) {
        return new Secret(id, arn, name, description, kmsKeyId, type, createdDate, value, lastAccessedDate,
                deletionDate, rotation, tags, resourcePolicy);
    }

    public Secret withLastAccessedDate(LocalDate value) {
        return new Secret(id, arn, name, description, kmsKeyId, type, createdDate, lastChangedDate, value,
                deletionDate, rotation, tags, resourcePolicy);
    }

    public Secret withDeletionDate(Instant value) {
        return new Secret(id, arn, name, description, kmsKeyId, type, createdDate, lastChangedDate, lastAccessedDate,
                value, rotation, tags, resourcePolicy);
    }

    public Secret withRotation(Rotation value) {
        return new Secret(id, arn, name, description, kmsKeyId, type, createdDate, lastChangedDate, lastAccessedDate,
                deletionDate, value, tags, resourcePolicy);
    }

    public Secret withTags(List<Tag> value) {
        return new Secret(id, arn, name, description, kmsKeyId, type, createdDate, lastChangedDate, lastAccessedDate,
                deletionDate, rotation, value == null ? null : List.copyOf(value), resourcePolicy);
    }

    public Secret withResourcePolicy(String value) {
        return new Secret(id, arn, name, description, kmsKeyId, type, createdDate, lastChangedDate, lastAccessedDate,
                deletionDate, rotation, tags, value);
    }
}
