package dev.rotor.harness.report;

/** HTML escaping for text and attribute values (also safe inside SVG), after {@link CleanText} cleaning. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        String clean = CleanText.of(text);
        StringBuilder out = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Text shortened to {@code max} code points with an ellipsis, for labels drawn in little space. */
    static String shorten(String text, int max) {
        String value = text == null ? "" : text;
        if (value.codePointCount(0, value.length()) <= max) {
            return value;
        }
        return value.substring(0, value.offsetByCodePoints(0, max - 1)) + "…";
    }
}
