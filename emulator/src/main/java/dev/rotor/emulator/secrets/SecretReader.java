package dev.rotor.emulator.secrets;


import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** GetSecretValue: finds a version by id and/or label and records the access date. */
public final class SecretReader {
    private final SecretsContext context;

    public SecretReader(SecretsContext context) {
        this.context = context;
    }

    public SecretRead get(String secretId, String versionId, String stage) {
        Access access = context.store().read(tx -> read(tx, secretId, versionId, stage));
        LocalDate today = LocalDate.ofInstant(context.clock().instant(), ZoneOffset.UTC);
        if (!today.equals(access.secretAccessed()) || !today.equals(access.versionAccessed())) {
            context.store().write(tx -> {
                tx.recordAccess(access.secretId(), access.read().versionId(), today);
                return null;
            });
        }
        return access.read();
    }

    /** Reads one version inside a transaction, without recording the access. */
    public SecretRead readInTransaction(StoreTransaction tx, String secretId, String versionId, String stage) {
        return read(tx, secretId, versionId, stage).read();
    }

    private Access read(StoreTransaction tx, String secretId, String versionId, String stage) {
        Secret secret = context.locator().findActive(tx, secretId);
        StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
        String chosen;
        if (versionId != null) {
            if (stage != null && !labels.holderOf(stage).filter(versionId::equals).isPresent()) {
                if (tx.version(secret.id(), versionId).isEmpty()) {
                    throw Errors.valueNotFoundForVersion(versionId);
                }
                throw Errors.stageNotOnVersion();
            }
            chosen = versionId;
        } else {
            String label = stage == null ? StagingLabels.CURRENT : stage;
            chosen = labels.holderOf(label).orElseThrow(() -> Errors.valueNotFoundForStage(label));
        }
        Optional<VersionInfo> version = tx.version(secret.id(), chosen);
        Optional<SecretValue> value = tx.value(secret.id(), chosen);
        if (version.isEmpty() || value.isEmpty()) {
            throw versionId != null ? Errors.valueNotFoundForVersion(versionId)
                    : Errors.valueNotFoundForStage(stage == null ? StagingLabels.CURRENT : stage);
        }
        SecretRead read = new SecretRead(secret.arn(), secret.name(), chosen, value.get(),
                List.copyOf(labels.labelsOf(chosen)), version.get().createdDate());
        return new Access(secret.id(), secret.lastAccessedDate(), version.get().lastAccessedDate(), read);
    }

    private record Access(long secretId, LocalDate secretAccessed, LocalDate versionAccessed, SecretRead read) {
    }
}
