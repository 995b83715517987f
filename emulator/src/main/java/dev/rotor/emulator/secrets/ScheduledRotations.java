package dev.rotor.emulator.secrets;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the rotation scheduler reads and changes: the secrets with rotation enabled, and their next rotation date. */
public final class ScheduledRotations {
    private final SecretsContext context;

    public ScheduledRotations(SecretsContext context) {
        this.context = context;
    }

    /** The secrets with rotation enabled and not scheduled for deletion, in one consistent read. */
    public List<RotatingSecret> rotatingSecrets() {
        return context.store().<List<RotatingSecret>>read(tx -> {
            List<RotatingSecret> rotating = new ArrayList<>();
            for (Secret secret : tx.rotatingSecrets()) {
                StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
                Optional<VersionInfo> current = labels.holderOf(StagingLabels.CURRENT)
                        .flatMap(versionId -> tx.version(secret.id(), versionId));
                Instant currentCreated = current.map(VersionInfo::createdDate).orElse(null);
                rotating.add(new RotatingSecret(secret.arn(), secret.name(), secret.rotation().rules(),
                        secret.rotation().nextRotationDate(), secret.rotation().lastRotatedDate(), currentCreated,
                        labels.rotationInProgress()));
            }
            return rotating;
        });
    }

    /** Sets a secret's next rotation date (after a scheduled rotation could not start). */
    public void postpone(String secretArn, Instant next) {
        context.store().write(tx -> {
            tx.findByArn(secretArn).ifPresent(s -> tx.update(s.withRotation(s.rotation().withNextRotationDate(next))));
            return null;
        });
    }
}
