package dev.rotor.emulator.api.operations;

import dev.rotor.emulator.api.Constraints;
import dev.rotor.emulator.api.Operation;
import dev.rotor.emulator.secrets.SecretTags;

import java.util.List;
import java.util.Map;

/** TagResource: adds or overwrites tags; answers {}. */
public final class TagResource implements Operation<TagResource.Request> {
    private final SecretTags tags;

    public TagResource(SecretTags tags) {
        this.tags = tags;
    }

    /** The request. */
    public record Request(String secretId, List<Shapes.TagShape> tags) {
    }

    @Override
    public Class<Request> requestType() {
        return Request.class;
    }

    @Override
    public Map<String, Object> handle(Request r) {
        Constraints c = new Constraints();
        Shapes.checkSecretId(c, r.secretId());
        c.required("tags", r.tags());
        Shapes.checkTags(c, r.tags());
        c.check();
        tags.tag(r.secretId(), Shapes.tags(r.tags()));
        return Map.of();
    }
}
