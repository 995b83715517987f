package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.BatchReader;

import java.util.List;

/** BatchGetSecretValue: up to 20 AWSCURRENT values; per-secret failures become error entries. */
public final class BatchGetSecretValue implements Operation<BatchGetSecretValue.Request> {
    private final BatchReader batch;

    public BatchGetSecretValue(BatchReader batch) {
        this.batch = batch;
    }

    /** The request. */
    public record Request(List<String> secretIdList, List<Shapes.FilterShape> filters, Integer maxResults,
                          String nextToken) {
    }

    /** One failure entry. */
    public record ApiError(String secretId, String errorCode, String message) {
    }

    /** The response. */
    public record Response(List<GetSecretValue.Response> secretValues, String nextToken, List<ApiError> errors) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Response handle(Request r) {
        Shapes.requireFilterParts(r.filters());
        Constraints c = new Constraints().size("secretIdList", r.secretIdList(), 1, 20)
                .range("maxResults", r.maxResults(), 1, 20).length("nextToken", r.nextToken(), 1, 4096);
        List<String> ids = r.secretIdList() == null ? List.of() : r.secretIdList();
        for (int i = 0; i < ids.size(); i++) {
            String path = Shapes.member("secretIdList", i);
            c.required(path, ids.get(i)).length(path, ids.get(i), 1, 2048);
        }
        Shapes.checkFilters(c, r.filters());
        c.check();
        BatchReader.Batch result = batch.get(r.secretIdList(), r.filters() == null ? null : Shapes.filters(r.filters()),
                r.maxResults(), r.nextToken());
        return new Response(result.values().stream().map(GetSecretValue.Response::of).toList(), result.nextToken(),
                result.failures().stream().map(f -> new ApiError(f.secretId(), f.errorCode(), f.message())).toList());
    }
}
