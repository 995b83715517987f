package dev.rotor.emulator.secrets;

import java.util.Optional;

/** UpdateSecretVersionStage: attaches, moves and removes staging labels by AWS's rules. */
public final class LabelMover {
    private final SecretsContext context;

    public LabelMover(SecretsContext context) {
        this.context = context;
    }

    /** Moves {@code label} to {@code moveTo} (taking it from {@code removeFrom}), or removes it from {@code removeFrom}. */
    public Secret updateStage(String secretId, String label, String moveTo, String removeFrom) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            SecretChange change = context.change(tx, secret);
            StagingLabels labels = change.labels();
            Optional<String> holder = labels.holderOf(label);
            if (moveTo != null) {
                requireVersion(change, moveTo);
                holder.filter(h -> !h.equals(moveTo)).ifPresent(h -> {
                    if (removeFrom == null) {
                        throw Errors.removeFromVersionIdRequired(label, h);
                    }
                    if (!removeFrom.equals(h)) {
                        throw Errors.removeFromVersionIdNotHolder(label);
                    }
                });
                if (holder.isEmpty() && removeFrom != null) {
                    throw Errors.removeFromVersionIdNotHolder(label);
                }
                labels.attach(label, moveTo);
            } else {
                if (removeFrom == null) {
                    throw Errors.invalidParameter("You must specify MoveToVersionId, RemoveFromVersionId, or both.");
                }
                if (holder.isEmpty() || !holder.get().equals(removeFrom)) {
                    throw Errors.removeFromVersionIdNotHolder(label);
                }
                if (StagingLabels.CURRENT.equals(label)) {
                    throw Errors.cannotRemoveCurrent();
                }
                labels.remove(label);
            }
            change.update(secret.withLastChangedDate(change.now()));
            change.commit();
            return secret;
        });
    }

    private static void requireVersion(SecretChange change, String versionId) {
        boolean known = change.versions().stream().anyMatch(v -> v.versionId().equals(versionId));
        if (!known) {
            throw Errors.notAValidVersion(versionId);
        }
    }
}
