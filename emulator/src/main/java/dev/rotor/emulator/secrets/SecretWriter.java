package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.EventType;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Creates secrets and updates their metadata and value (CreateSecret, UpdateSecret). */
public final class SecretWriter {
    private final SecretsContext context;
    private final VersionWriter versions;

    public SecretWriter(SecretsContext context, VersionWriter versions) {
        this.context = context;
        this.versions = versions;
    }

    /** CreateSecret: a new secret, with its first version when a value is given. */
    public VersionResult create(NewSecret request) {
        SecretNames.requireValid(request.name());
        return context.store().write(tx -> {
            Optional<Secret> existing = tx.findByName(request.name());
            if (existing.isPresent()) {
                Secret secret = existing.get();
                if (context.locator().notPastRecoveryWindow(secret)) {
                    return repeatedCreate(tx, secret, request);
                }
                tx.delete(secret.id());
            }
            var now = context.clock().instant();
            Secret secret = tx.insert(new Secret(0, context.arns().newArn(request.name()), request.name(),
                    blankToNull(request.description()), blankToNull(request.kmsKeyId()), request.type(), now, now,
                    null, null, Rotation.NEVER_CONFIGURED, request.tags() == null || request.tags().isEmpty()
                    ? null : request.tags(), null));
            SecretChange change = context.change(tx, secret);
            change.record(EventType.SECRET_CREATED, null, null);
            VersionResult result = request.value() == null
                    ? new VersionResult(secret.arn(), secret.name(), null, List.of())
                    : versions.write(change, request.token(), request.value(), null);
            change.commit();
            return result;
        });
    }

    private VersionResult repeatedCreate(dev.rotor.emulator.secrets.StoreTransaction tx, Secret secret,
                                         NewSecret request) {
        if (secret.isScheduledForDeletion()) {
            throw Errors.nameScheduledForDeletion();
        }
        if (request.value() != null && tx.version(secret.id(), request.token()).isPresent()) {
            Optional<SecretValue> stored = tx.value(secret.id(), request.token());
            if (stored.isPresent() && stored.get().sameAs(request.value())) {
                return new VersionResult(secret.arn(), secret.name(), request.token(), List.of());
            }
            throw Errors.tokenInUse(request.token(), secret.arn());
        }
        throw Errors.secretExists(secret.name());
    }

    /** UpdateSecret: metadata changes, and a new AWSCURRENT version when a value is given. */
    public VersionResult update(String secretId, String token, String description, String kmsKeyId, String type,
                                SecretValue value) {
        return context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            SecretChange change = context.change(tx, secret);
            Secret updated = secret;
            if (description != null) {
                updated = updated.withDescription(blankToNull(description));
            }
            if (kmsKeyId != null) {
                updated = updated.withKmsKeyId(blankToNull(kmsKeyId));
            }
            if (type != null) {
                updated = updated.withType(type);
            }
            boolean metadataChanged = !updated.equals(secret);
            if (metadataChanged) {
                change.update(updated.withLastChangedDate(change.now()));
                change.record(EventType.SECRET_UPDATED, null, Map.of("fields", "metadata"));
            }
            String versionId = value == null ? null : versions.write(change, token, value, null).versionId();
            change.commit();
            return new VersionResult(secret.arn(), secret.name(), versionId, List.of());
        });
    }

    private static String blankToNull(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
