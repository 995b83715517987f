package dev.rotor.harness.report;

import java.nio.charset.Charset;

/**
 * How the console reporter decorates text: ANSI colour only on a terminal without {@code NO_COLOR}, check marks
 * only when the output charset can encode them.
 */
public record ConsoleStyle(boolean color, boolean unicode) {

    /** No colour, Unicode marks: what tests and log files get. */
    public static final ConsoleStyle PLAIN = new ConsoleStyle(false, true);

    /** The style for {@code System.out} in this process. */
    public static ConsoleStyle detect() {
        return detect(System.console() != null, System.getenv("NO_COLOR"), Charset.defaultCharset());
    }

    /** Colour when on a terminal and {@code NO_COLOR} is unset or empty (see no-color.org). */
    static ConsoleStyle detect(boolean terminal, String noColor, Charset charset) {
        boolean color = terminal && (noColor == null || noColor.isEmpty());
        return new ConsoleStyle(color, charset.newEncoder().canEncode("✓✗▶"));
    }

    String ok() {
        return green(unicode ? "✓" : "ok");
    }

    String notOk() {
        return red(unicode ? "✗" : "x");
    }

    String bullet() {
        return unicode ? "▶" : ">";
    }

    String green(String text) {
        return paint("32", text);
    }

    String red(String text) {
        return paint("31", text);
    }

    String yellow(String text) {
        return paint("33", text);
    }

    String magenta(String text) {
        return paint("35", text);
    }

    String bold(String text) {
        return paint("1", text);
    }

    String dim(String text) {
        return paint("2", text);
    }

    private String paint(String code, String text) {
        return color ? "\u001B[" + code + "m" + text + "\u001B[0m" : text;
    }
}
