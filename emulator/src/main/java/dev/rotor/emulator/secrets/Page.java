package dev.rotor.emulator.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/** One page of a listing, with the opaque token for the next page (null on the last page). */
public record Page<T>(List<T> items, String nextToken) {
    private static final String PREFIX = "rotor-page-v1:";

    /** Cuts one page out of a full listing, starting where {@code token} points. */
    public static <T> Page<T> of(List<T> all, String token, Integer maxResults, int defaultSize) {
        int from = token == null ? 0 : offset(token, all.size());
        int size = maxResults == null ? defaultSize : maxResults;
        int to = Math.min(all.size(), from + size);
        String next = to < all.size() ? encode(to) : null;
        return new Page<>(List.copyOf(all.subList(from, to)), next);
    }

    private static String encode(int offset) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    private static int offset(String token, int size) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            if (!text.startsWith(PREFIX)) {
                throw Errors.invalidNextToken();
            }
            int offset = Integer.parseInt(text.substring(PREFIX.length()));
            if (offset < 0) {
                throw Errors.invalidNextToken();
            }
            return Math.min(offset, size);
        } catch (IllegalArgumentException e) {
            throw Errors.invalidNextToken();
        }
    }
}
