package dev.rotor.emulator.api.operations;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretCatalog;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** ListSecretVersionIds: labelled versions, and deprecated ones when asked. */
public final class ListSecretVersionIds implements Operation<ListSecretVersionIds.Request> {
    private static final List<String> DEFAULT_KEY = List.of("DefaultEncryptionKey");

    private final SecretCatalog catalog;

    public ListSecretVersionIds(SecretCatalog catalog) {
        this.catalog = catalog;
    }

    /** The request. */
    public record Request(String secretId, Integer maxResults, String nextToken, Boolean includeDeprecated) {
    }

    /** One version. */
    public record Version(String versionId, List<String> versionStages, LocalDate lastAccessedDate,
                          Instant createdDate, List<String> kmsKeyIds) {
    }

    /** The response. */
    public record Response(List<Version> versions, String nextToken, @JsonProperty("ARN") String arn, String name) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.range("maxResults", r.maxResults(), 1, 100).length("nextToken", r.nextToken(), 1, 4096).check();
        SecretCatalog.VersionListing listing = catalog.listVersions(r.secretId(),
                Boolean.TRUE.equals(r.includeDeprecated()), r.maxResults(), r.nextToken());
        var secret = listing.secret();
        List<String> keys = secret.kmsKeyId() == null ? DEFAULT_KEY : List.of(secret.kmsKeyId());
        List<Version> versions = listing.page().items().stream().map(v -> new Version(v.versionId(), v.stages(),
                v.lastAccessedDate(), v.createdDate(), keys)).toList();
        return new Response(versions, listing.page().nextToken(), secret.arn(), secret.name());
    }
}
