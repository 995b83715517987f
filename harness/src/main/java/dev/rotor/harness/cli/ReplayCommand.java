package dev.rotor.harness.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The command that runs a run's scenarios again exactly; a failed scenario's report adds {@code --strategy S
 * --scenario NAME}. With a replay file it is {@code rotor run --replay FILE}; otherwise the run's own arguments with
 * its seed, leaving out what the report adds, the report files and the admin password (never printed).
 */
final class ReplayCommand {
    private static final Set<String> LEFT_OUT = Set.of("--seed", "--scenario", "--strategy", "--replay-out",
            "--junit", "--json", "--html", "--db-password");
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=@,+%-]+");

    private ReplayCommand() {
    }

    static String of(List<String> args, Path replayFile, long seed) {
        if (replayFile != null) {
            return "rotor run --replay " + quote(replayFile.toString());
        }
        List<String> kept = new ArrayList<>(List.of("rotor", "run"));
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String option = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (LEFT_OUT.contains(option)) {
                i += arg.contains("=") ? 0 : 1; // its value too
            } else {
                kept.add(quote(arg));
            }
        }
        kept.add("--seed=" + seed); // one word, so that a negative seed is not read as an option
        return String.join(" ", kept);
    }

    /** The argument as a POSIX shell reads it back. */
    static String quote(String arg) {
        return PLAIN.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'";
    }
}
