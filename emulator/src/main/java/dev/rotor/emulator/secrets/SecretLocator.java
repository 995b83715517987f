package dev.rotor.emulator.secrets;


import java.time.Clock;
import java.util.Optional;

/**
 * Finds the secret a {@code SecretId} names: a name, a full ARN or a partial ARN (the ARN without its six-character
 * suffix). A secret whose recovery window has passed counts as deleted.
 */
public final class SecretLocator {
    private final Clock clock;

    public SecretLocator(Clock clock) {
        this.clock = clock;
    }

    /** The secret, scheduled for deletion or not; ResourceNotFoundException when there is none. */
    public Secret find(StoreTransaction tx, String secretId) {
        return lookup(tx, secretId).orElseThrow(Errors::secretNotFound);
    }

    /** The secret, which must not be scheduled for deletion (InvalidRequestException if it is). */
    public Secret findActive(StoreTransaction tx, String secretId) {
        Secret secret = find(tx, secretId);
        if (secret.isScheduledForDeletion()) {
            throw Errors.markedForDeletion();
        }
        return secret;
    }

    /** The secret, or empty; ValidationException for a name with invalid characters. */
    public Optional<Secret> lookup(StoreTransaction tx, String secretId) {
        Optional<Secret> found;
        if (SecretArns.isArn(secretId)) {
            found = tx.findByArn(secretId);
            if (found.isEmpty()) {
                String resource = SecretArns.resourceOf(secretId);
                if (resource != null && !SecretArns.endsWithSuffix(resource)) {
                    found = tx.findByName(resource)
                            .filter(s -> SecretArns.withResource(s.arn(), resource).equals(secretId));
                }
            }
        } else {
            SecretNames.requireValid(secretId);
            found = tx.findByName(secretId);
        }
        return found.filter(this::notPastRecoveryWindow);
    }

    /** Whether a secret still exists: not scheduled, or scheduled with its window still open. */
    public boolean notPastRecoveryWindow(Secret secret) {
        return secret.deletionDate() == null || secret.deletionDate().isAfter(clock.instant());
    }
}
