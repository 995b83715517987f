package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.Page;
import dev.rotor.emulator.secrets.SecretCatalog;
import dev.rotor.emulator.secrets.SecretListing;

import java.util.List;

/** ListSecrets: filters (a leading ! negates), sorting and pagination; never values. */
public final class ListSecrets implements Operation<ListSecrets.Request> {
    private final SecretCatalog catalog;

    public ListSecrets(SecretCatalog catalog) {
        this.catalog = catalog;
    }

    /** The request. */
    public record Request(Boolean includePlannedDeletion, Integer maxResults, String nextToken,
                          List<Shapes.FilterShape> filters, String sortOrder, String sortBy) {
    }

    /** The response. */
    public record Response(List<Shapes.DescribeSecretResponse> secretList, String nextToken) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Shapes.requireFilterParts(r.filters());
        Constraints c = new Constraints().range("maxResults", r.maxResults(), 1, 100)
                .length("nextToken", r.nextToken(), 1, 4096).oneOf("sortOrder", r.sortOrder(), List.of("asc", "desc"))
                .oneOf("sortBy", r.sortBy(), List.of("created-date", "last-accessed-date", "last-changed-date", "name"));
        Shapes.checkFilters(c, r.filters());
        c.check();
        Page<SecretListing> page = catalog.listSecrets(Shapes.filters(r.filters()),
                Boolean.TRUE.equals(r.includePlannedDeletion()), r.sortBy(), r.sortOrder(), r.maxResults(),
                r.nextToken());
        return new Response(page.items().stream().map(l -> Shapes.describe(l.secret(), l.stages(), true)).toList(),
                page.nextToken());
    }
}
