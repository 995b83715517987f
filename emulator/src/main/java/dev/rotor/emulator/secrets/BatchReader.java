package dev.rotor.emulator.secrets;

import java.util.ArrayList;
import java.util.List;

/** BatchGetSecretValue: AWSCURRENT values of listed or filtered secrets, per-secret failures as error entries. */
public final class BatchReader {
    private static final int DEFAULT_PAGE = 20;

    private final SecretsContext context;
    private final SecretReader reader;
    private final SecretCatalog catalog;

    public BatchReader(SecretsContext context, SecretReader reader, SecretCatalog catalog) {
        this.context = context;
        this.reader = reader;
        this.catalog = catalog;
    }

    /** One secret that could not be read. */
    public record Failure(String secretId, String errorCode, String message) {
    }

    /** The values read, the failures, and the next page's token. */
    public record Batch(List<SecretRead> values, List<Failure> failures, String nextToken) {
    }

    public Batch get(List<String> secretIds, List<SecretFilter> filters, Integer maxResults, String nextToken) {
        boolean byId = secretIds != null && !secretIds.isEmpty();
        boolean byFilter = filters != null && !filters.isEmpty();
        if (byId == byFilter) {
            throw Errors.invalidParameter("Either 'SecretIdList' or 'Filters' must be provided, but not both.");
        }
        if (maxResults != null && !byFilter) {
            throw Errors.invalidParameter(
                    "'Filters' not specified. 'Filters' must also be specified when 'MaxResults' is provided.");
        }
        if (byId) {
            return readAll(secretIds, null);
        }
        Page<Secret> page = context.store().read(tx ->
                Page.of(catalog.matching(tx, filters, false), nextToken, maxResults, DEFAULT_PAGE));
        return readAll(page.items().stream().map(Secret::arn).toList(), page.nextToken());
    }

    private Batch readAll(List<String> secretIds, String nextToken) {
        List<SecretRead> values = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (String secretId : secretIds) {
            try {
                values.add(reader.get(secretId, null, null));
            } catch (SecretsException e) {
                failures.add(new Failure(secretId, e.code().type(), e.getMessage()));
            }
        }
        return new Batch(values, failures, nextToken);
    }
}
