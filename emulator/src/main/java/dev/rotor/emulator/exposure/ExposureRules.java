package dev.rotor.emulator.exposure;

import java.util.Optional;

/**
 * The checks every listener of an emulator applies before it serves a request, whatever its HTTP server: a
 * {@code Host} the allow-list accepts (against DNS rebinding) and no cross-site browser request ({@code Origin} not
 * loopback or allowed, or {@code Sec-Fetch-Site: cross-site} without an origin allowed by name).
 */
public record ExposureRules(AllowedHosts allowed) {
    private static final String HOW_TO_ALLOW = " Name other hosts with --allowed-hosts or ROTOR_ALLOWED_HOSTS.";

    /** Why a request is refused: always 403, with an AWS-style error type and a message written for people. */
    public record Refusal(int status, String type, String message) {
    }

    /** The refusal for a request with these headers (any may be null), or empty when it may be served. */
    public Optional<Refusal> check(String host, String origin, String secFetchSite) {
        if (!allowed.acceptsHost(host)) {
            return Optional.of(new Refusal(403, "AccessDeniedException", "Rotor does not answer to this Host header."
                    + " It accepts IP addresses, localhost and *.localhost, names without a dot, host.docker.internal"
                    + " and host.containers.internal: other names are how DNS rebinding reaches a local endpoint."
                    + HOW_TO_ALLOW));
        }
        if (isCrossSite(origin, secFetchSite)) {
            return Optional.of(new Refusal(403, "AccessDeniedException", "Rotor refuses cross-site requests: a"
                    + " browser request must come from a loopback origin (localhost, 127.0.0.1, ::1) in the same site."
                    + HOW_TO_ALLOW));
        }
        return Optional.empty();
    }

    private boolean isCrossSite(String origin, String secFetchSite) {
        if (origin != null && !allowed.acceptsOrigin(origin)) {
            return true;
        }
        boolean crossSite = "cross-site".equalsIgnoreCase(secFetchSite);
        return crossSite && (origin == null || !allowed.namesOrigin(origin));
    }
}
