package dev.rotor.emulator.secrets;

import dev.rotor.emulator.journal.EventType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** TagResource and UntagResource: tags are added or overwritten in insertion order; missing keys are ignored. */
public final class SecretTags {
    private final SecretsContext context;

    public SecretTags(SecretsContext context) {
        this.context = context;
    }

    public void tag(String secretId, List<Tag> tags) {
        change(secretId, current -> {
            for (Tag tag : tags) {
                current.put(tag.key(), tag.value());
            }
        });
    }

    public void untag(String secretId, Collection<String> keys) {
        change(secretId, current -> keys.forEach(current::remove));
    }

    private void change(String secretId, java.util.function.Consumer<Map<String, String>> edit) {
        context.store().write(tx -> {
            Secret secret = context.locator().findActive(tx, secretId);
            Map<String, String> current = new LinkedHashMap<>();
            if (secret.tags() != null) {
                secret.tags().forEach(t -> current.put(t.key(), t.value()));
            }
            edit.accept(current);
            List<Tag> tags = new ArrayList<>();
            current.forEach((k, v) -> tags.add(new Tag(k, v)));
            SecretChange change = context.change(tx, secret);
            change.update(secret.withTags(tags));
            change.record(EventType.SECRET_UPDATED, null, Map.of("fields", "tags"));
            change.commit();
            return null;
        });
    }
}
