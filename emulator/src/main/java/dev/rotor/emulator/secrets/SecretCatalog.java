package dev.rotor.emulator.secrets;


import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Describes and lists secrets and versions (DescribeSecret, ListSecrets, ListSecretVersionIds). */
public final class SecretCatalog {
    private static final int DEFAULT_PAGE = 100;

    private final SecretsContext context;

    public SecretCatalog(SecretsContext context) {
        this.context = context;
    }

    /** DescribeSecret: works on secrets scheduled for deletion. */
    public SecretDescription describe(String secretId) {
        return context.store().read(tx -> {
            Secret secret = context.locator().find(tx, secretId);
            return new SecretDescription(secret, stages(tx, secret));
        });
    }

    /** ListSecretVersionIds; deprecated (unlabelled) versions only when asked. */
    public VersionListing listVersions(String secretId, boolean includeDeprecated, Integer maxResults,
                                       String nextToken) {
        return context.store().read(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
            List<VersionEntry> entries = new ArrayList<>();
            for (VersionInfo version : tx.versions(secret.id())) {
                List<String> stages = List.copyOf(labels.labelsOf(version.versionId()));
                if (!stages.isEmpty() || includeDeprecated) {
                    entries.add(new VersionEntry(version.versionId(), stages.isEmpty() ? null : stages,
                            version.lastAccessedDate(), version.createdDate()));
                }
            }
            return new VersionListing(secret, Page.of(entries, nextToken, maxResults, DEFAULT_PAGE));
        });
    }

    /** A page of a secret's versions. */
    public record VersionListing(Secret secret, Page<VersionEntry> page) {
    }

    /** ListSecrets: filters (AND across filters), sort, pagination; scheduled secrets only when asked. */
    public Page<SecretListing> listSecrets(List<SecretFilter> filters, boolean includePlannedDeletion, String sortBy,
                                           String sortOrder, Integer maxResults, String nextToken) {
        return context.store().read(tx -> {
            List<Secret> matching = matching(tx, filters, includePlannedDeletion);
            matching.sort(order(sortBy, sortOrder));
            Page<Secret> page = Page.of(matching, nextToken, maxResults, DEFAULT_PAGE);
            Map<Long, Map<String, String>> labels = tx.labels(page.items().stream().map(Secret::id).toList());
            List<SecretListing> listings = new ArrayList<>();
            for (Secret secret : page.items()) {
                StagingLabels secretLabels = StagingLabels.of(labels.getOrDefault(secret.id(), Map.of()));
                Map<String, List<String>> stages = secretLabels.stagesByVersion(tx.versions(secret.id()));
                listings.add(new SecretListing(secret, stages.isEmpty() ? null : stages));
            }
            return new Page<>(listings, page.nextToken());
        });
    }

    /** Secrets that pass every filter, in creation order. */
    public List<Secret> matching(StoreTransaction tx, List<SecretFilter> filters, boolean includePlannedDeletion) {
        List<Secret> result = new ArrayList<>();
        for (Secret secret : tx.listSecrets()) {
            boolean visible = context.locator().notPastRecoveryWindow(secret)
                    && (includePlannedDeletion || !secret.isScheduledForDeletion());
            if (visible && filters.stream().allMatch(f -> f.matches(secret))) {
                result.add(secret);
            }
        }
        return result;
    }

    private Map<String, List<String>> stages(StoreTransaction tx, Secret secret) {
        List<VersionInfo> versions = tx.versions(secret.id());
        if (versions.isEmpty()) {
            return null;
        }
        return StagingLabels.of(tx.labels(secret.id())).stagesByVersion(versions);
    }

    // Without SortBy AWS orders by CreatedDate, oldest first: the listings recorded against AWS come back in creation
    // order (moto's aws_verified tests of the "all" filter; see docs/emulator.md). Without SortOrder: ascending.
    private static Comparator<Secret> order(String sortBy, String sortOrder) {
        Comparator<Secret> comparator = switch (sortBy == null ? "created-date" : sortBy) {
            case "name" -> Comparator.comparing(Secret::name);
            case "last-changed-date" -> Comparator.comparing(Secret::lastChangedDate,
                    Comparator.nullsFirst(Comparator.<Instant>naturalOrder()));
            case "last-accessed-date" -> Comparator.comparing(Secret::lastAccessedDate,
                    Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
            default -> Comparator.comparing(Secret::createdDate);
        };
        comparator = comparator.thenComparingLong(Secret::id);
        return "desc".equals(sortOrder) ? comparator.reversed() : comparator;
    }
}
