package dev.rotor.emulator.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One ListSecrets filter: a key and values, where a leading {@code !} negates a value. Values of one filter are
 * alternatives; a negated value must match nothing.
 */
public record SecretFilter(String key, List<String> values) {

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
            case "description" -> wordsPrefixWords(value, List.of(nullToEmpty(secret.description())));
            case "tag-key" -> tags(secret).stream().anyMatch(t -> t.key().startsWith(value));
            case "tag-value" -> tags(secret).stream().anyMatch(t -> nullToEmpty(t.value()).startsWith(value));
            case "primary-region", "owning-service" -> false; // no replication, no owning services here
            case "all" -> wordsPrefixWords(value, allAttributes(secret));
            default -> false;
        };
    }

    /** Every word of {@code query} must start some word of the attributes, ignoring case. */
    private static boolean wordsPrefixWords(String query, List<String> attributes) {
        List<String> words = new ArrayList<>();
        for (String attribute : attributes) {
            words.addAll(words(attribute));
        }
        for (String wanted : words(query)) {
            if (words.stream().noneMatch(w -> w.startsWith(wanted))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{Alnum}]+")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    private static List<String> allAttributes(Secret secret) {
        List<String> attributes = new ArrayList<>(List.of(secret.name(), nullToEmpty(secret.description())));
        for (Tag tag : tags(secret)) {
            attributes.add(tag.key());
            attributes.add(nullToEmpty(tag.value()));
        }
        return attributes;
    }

    private static List<Tag> tags(Secret secret) {
        return secret.tags() == null ? List.of() : secret.tags();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
