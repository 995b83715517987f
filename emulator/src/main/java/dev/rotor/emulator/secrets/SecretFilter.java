package dev.rotor.emulator.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One ListSecrets filter: a key and values, where a leading {@code !} negates a value. Values of one filter are
 * alternatives; a negated value must match nothing. {@code name}, {@code tag-key} and {@code tag-value} match a
 * case-sensitive prefix; {@code description} and {@code all} match words (see {@link SearchWords}).
 */
public record SecretFilter(String key, List<String> values) {

    public SecretFilter {
        Objects.requireNonNull(key, "key");
        values = List.copyOf(values);
    }

    public boolean matches(Secret secret) {
        boolean anyPositive = false;
        boolean positiveMatched = false;
        for (String value : values) {
            if (value.startsWith("!")) {
                if (matchesValue(secret, value.substring(1))) {
                    return false;
                }
            } else {
                anyPositive = true;
                positiveMatched |= matchesValue(secret, value);
            }
        }
        return !anyPositive || positiveMatched;
    }

    private boolean matchesValue(Secret secret, String value) {
        return switch (key) {
            case "name" -> secret.name().startsWith(value);
            case "description" -> secret.description() != null && wordsMatch(value, secret.description());
            case "tag-key" -> tags(secret).stream().anyMatch(t -> t.key().startsWith(value));
            case "tag-value" -> tags(secret).stream().anyMatch(t -> t.value() != null && t.value().startsWith(value));
            case "primary-region", "owning-service" -> false; // no replication, no owning services here
            case "all" -> searchableFields(secret).stream().anyMatch(field -> wordsMatch(value, field));
            default -> false;
        };
    }

    /**
     * Every word of {@code query} starts some word of {@code field}, ignoring case. A query without words (a separator
     * alone) matches nothing. For {@code all}, the words must all be found in one field: AWS's announcement of
     * the search says "secrets for" finds secrets with both words "in the same field".
     */
    private static boolean wordsMatch(String query, String field) {
        List<String> wanted = SearchWords.of(query);
        List<String> words = SearchWords.of(field);
        return !wanted.isEmpty() && wanted.stream().allMatch(w -> words.stream().anyMatch(word -> word.startsWith(w)));
    }

    private static List<String> searchableFields(Secret secret) {
        List<String> fields = new ArrayList<>();
        fields.add(secret.name());
        if (secret.description() != null) {
            fields.add(secret.description());
        }
        for (Tag tag : tags(secret)) {
            fields.add(tag.key());
            if (tag.value() != null) {
                fields.add(tag.value());
            }
        }
        return fields;
    }

    private static List<Tag> tags(Secret secret) {
        return secret.tags() == null ? List.of() : secret.tags();
    }
}
