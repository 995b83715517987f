package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.SecretCatalog;

import java.util.Map;

/**
 * The replication operations (ReplicateSecretToRegions, RemoveRegionsFromReplication, StopReplicationToReplica):
 * Rotor keeps secrets in one region, so each answers a clear InvalidRequestException once the secret is found.
 */
public final class Replication implements Operation<SecretIdRequest> {
    private final String name;
    private final SecretCatalog catalog;

    public Replication(String name, SecretCatalog catalog) {
        this.name = name;
        this.catalog = catalog;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Class<SecretIdRequest> requestType() {
        return SecretIdRequest.class;
    }

    @Override
    public Map<String, Object> handle(SecretIdRequest r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.check();
        catalog.describe(r.secretId());
        throw Errors.replicationNotSupported(name);
    }
}
