package dev.rotor.harness.report;

/**
 * Makes any string safe to put in XML 1.0 and HTML: characters XML 1.0 forbids (C0 controls other than tab, newline
 * and carriage return, lone surrogates, U+FFFE/U+FFFF) become a visible {@code \\uXXXX}, so evidence keeps its
 * information instead of breaking the file. Escaping of markup characters is the writer's job, not this class's.
 */
final class CleanText {

    private CleanText() {
    }

    /** {@code text} with illegal characters replaced; null becomes the empty string. */
    static String of(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (!legal(cp)) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                out.append(String.format("\\u%04X", cp));
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    private static boolean legal(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || (cp >= 0x20 && cp <= 0xD7FF)
                || (cp >= 0xE000 && cp <= 0xFFFD)
                || (cp >= 0x10000 && cp <= 0x10FFFF);
    }
}
