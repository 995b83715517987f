package dev.rotor.emulator.lambda;

import java.util.ArrayList;
import java.util.List;

/** Cuts long text to its beginning and end with a note where the middle was dropped, so what is kept stays small. */
public final class Excerpt {

    private Excerpt() {
    }

    /** {@code text} if it has at most {@code limit} characters, else its first and last halves with a note between. */
    public static String of(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int head = limit / 2;
        int tail = text.length() - (limit - head);
        if (head > 0 && Character.isHighSurrogate(text.charAt(head - 1))) {
            head--; // never split a character in two
        }
        if (tail < text.length() && Character.isLowSurrogate(text.charAt(tail))) {
            tail++;
        }
        return text.substring(0, head) + "\n[rotor: truncated, " + (tail - head) + " characters dropped]\n"
                + text.substring(tail);
    }

    /** The first lines that fit in {@code limit} characters together, then a line saying how many were dropped. */
    public static List<String> lines(List<String> lines, int limit) {
        List<String> kept = new ArrayList<>();
        long size = 0;
        for (String line : lines) {
            size += line.length();
            if (size > limit) {
                kept.add("[rotor: truncated, " + (lines.size() - kept.size()) + " more lines dropped]");
                return kept;
            }
            kept.add(line);
        }
        return lines;
    }

    /** How many characters {@code text} holds (0 for null). */
    static long chars(String text) {
        return text == null ? 0 : text.length();
    }
}
