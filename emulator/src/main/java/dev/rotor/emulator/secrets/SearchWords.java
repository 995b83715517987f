package dev.rotor.emulator.secrets;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into words the way ListSecrets' word matching does (recorded against AWS, see docs/emulator.md): at every
 * character that is not a letter or digit, where a lower-case letter is followed by a capital ({@code SecretTwo} is
 * {@code Secret} and {@code Two}), and before the last capital of a capital run that goes on in lower case
 * ({@code COMPANYthings} is {@code COMPAN} and {@code Ythings}). Words come back in lower case.
 */
final class SearchWords {
    private SearchWords() {
    }

    static List<String> of(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(word, words);
                continue;
            }
            if (word.length() > 0 && Character.isUpperCase(c) && startsWord(text, i)) {
                flush(word, words);
            }
            word.append(c);
        }
        flush(word, words);
        return words;
    }

    /** Whether the capital at {@code i}, following a letter or digit, begins a new word. */
    private static boolean startsWord(String text, int i) {
        char previous = text.charAt(i - 1);
        boolean nextIsLower = i + 1 < text.length() && Character.isLowerCase(text.charAt(i + 1));
        return Character.isLowerCase(previous) || Character.isUpperCase(previous) && nextIsLower;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
            word.setLength(0);
        }
    }
}
