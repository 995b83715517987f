package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.journal.JournalEvent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** DeleteSecret and RestoreSecret: recovery windows, forced deletion, restoring a scheduled secret. */
public final class SecretDeletion {
    public static final long DEFAULT_WINDOW_DAYS = 30;

    private final SecretsContext context;

    public SecretDeletion(SecretsContext context) {
        this.context = context;
    }

    /** The outcome of DeleteSecret. */
    public record Deleted(String arn, String name, Instant deletionDate) {
    }

    public Deleted delete(String secretId, Long recoveryWindowDays, Boolean force) {
        boolean forced = Boolean.TRUE.equals(force);
        if (forced && recoveryWindowDays != null) {
            throw Errors.forceDeleteWithWindow();
        }
        if (recoveryWindowDays != null && (recoveryWindowDays < 7 || recoveryWindowDays > 30)) {
            throw Errors.recoveryWindowOutOfRange();
        }
        return context.store().write(tx -> {
            Instant now = context.clock().instant();
            Optional<Secret> found = context.locator().lookup(tx, secretId);
            if (forced) {
                if (found.isEmpty()) {
                    return absentSecret(secretId, now);
                }
                Secret secret = found.get();
                tx.delete(secret.id());
                tx.append(List.of(JournalEvent.of(EventType.SECRET_DELETED, secret.arn(), secret.name())
                        .withDetail(Map.of("forced", true))));
                return new Deleted(secret.arn(), secret.name(), now);
            }
            Secret secret = found.orElseThrow(Errors::secretNotFound);
            if (secret.isScheduledForDeletion()) {
                throw Errors.alreadyMarkedDeleted();
            }
            long days = recoveryWindowDays == null ? DEFAULT_WINDOW_DAYS : recoveryWindowDays;
            Instant deletionDate = now.plus(Duration.ofDays(days));
            SecretChange change = context.change(tx, secret);
            change.update(secret.withDeletionDate(deletionDate));
            change.record(EventType.SECRET_DELETION_SCHEDULED, null,
                    Map.of("recoveryWindowInDays", days, "deletionDate", deletionDate.toString()));
            change.commit();
            return new Deleted(secret.arn(), secret.name(), deletionDate);
        });
    }

    /** A forced delete of a missing secret succeeds, answering as if it had existed. */
    private Deleted absentSecret(String secretId, Instant now) {
        if (SecretArns.isArn(secretId)) {
            String resource = SecretArns.resourceOf(secretId);
            String name = resource != null && SecretArns.endsWithSuffix(resource)
                    ? resource.substring(0, resource.length() - 7) : resource;
            return new Deleted(secretId, name, now);
        }
        return new Deleted(context.arns().newArn(secretId), secretId, now);
    }

    public Secret restore(String secretId) {
        return context.store().write(tx -> {
            Secret secret = context.locator().find(tx, secretId);
            if (secret.isScheduledForDeletion()) {
                SecretChange change = context.change(tx, secret);
                change.update(secret.withDeletionDate(null));
                change.record(EventType.SECRET_RESTORED, null, null);
                change.commit();
            }
            return secret;
        });
    }
}
