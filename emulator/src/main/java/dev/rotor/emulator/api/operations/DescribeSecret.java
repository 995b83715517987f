package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretCatalog;
import dev.rotor.emulator.secrets.SecretDescription;

/** DescribeSecret: metadata and labelled versions; works while the secret is scheduled for deletion. */
public final class DescribeSecret implements Operation<DescribeSecret.Request> {
    private final SecretCatalog catalog;

    public DescribeSecret(SecretCatalog catalog) {
        this.catalog = catalog;
    }

    /** The request. */
    public record Request(String secretId) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Shapes.DescribeSecretResponse handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.check();
        SecretDescription d = catalog.describe(r.secretId());
        return Shapes.describe(d.secret(), d.stages(), false);
    }
}
