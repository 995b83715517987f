package dev.rotor.emulator.secrets;

/** The domain services of the Secrets Manager API, built over one context. */
public record SecretsServices(SecretsContext context, SecretWriter writer, VersionWriter versions, LabelMover labels,
                              SecretReader reader, BatchReader batch, SecretCatalog catalog, SecretDeletion deletion,
                              SecretTags tags, ResourcePolicies policies, PasswordGenerator passwords) {

    public static SecretsServices over(SecretsContext context, java.util.random.RandomGenerator random) {
        VersionWriter versions = new VersionWriter(context);
        SecretReader reader = new SecretReader(context);
        SecretCatalog catalog = new SecretCatalog(context);
        return new SecretsServices(context, new SecretWriter(context, versions), versions, new LabelMover(context),
                reader, new BatchReader(context, reader, catalog), catalog, new SecretDeletion(context),
                new SecretTags(context), new ResourcePolicies(context), new PasswordGenerator(random));
    }
}
