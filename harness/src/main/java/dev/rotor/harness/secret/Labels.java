package dev.rotor.harness.secret;

import java.util.List;
import java.util.Map;

/** The staging labels rotation moves, and who holds one in a version id → labels map (as DescribeSecret answers). */
public final class Labels {
    public static final String CURRENT = "AWSCURRENT";
    public static final String PENDING = "AWSPENDING";
    public static final String PREVIOUS = "AWSPREVIOUS";

    private Labels() {
    }

    /** The version holding {@code label}, or null. */
    public static String holder(Map<String, List<String>> stages, String label) {
        return stages.entrySet().stream().filter(e -> e.getValue().contains(label)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }
}
