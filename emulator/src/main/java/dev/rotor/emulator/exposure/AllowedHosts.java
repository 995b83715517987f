package dev.rotor.emulator.exposure;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code Host} and {@code Origin} names may reach the unauthenticated endpoint. A Host may be an IP literal,
 * {@code localhost} or {@code *.localhost}, a name without a dot (a container alias), {@code host.docker.internal},
 * {@code host.containers.internal}, or a configured name ({@code name} exactly, {@code *.domain} for its subdomains).
 * An Origin must be loopback ({@code 127.x.x.x}, {@code ::1}, {@code localhost}, {@code *.localhost}) or configured.
 * Anything else is what DNS rebinding or a cross-site page sends.
 */
public record AllowedHosts(List<String> configured) {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final List<String> CONTAINER_HOSTS = List.of("host.docker.internal", "host.containers.internal");

    public AllowedHosts {
        configured = configured.stream().map(AllowedHosts::normalise).filter(s -> !s.isEmpty()).toList();
    }

    /** Whether a request with this {@code Host} header may be served (an absent header, HTTP/1.0, may). */
    public boolean acceptsHost(String hostHeader) {
        if (hostHeader == null) {
            return true;
        }
        String host = hostName(hostHeader.trim());
        if (host == null) {
            return false;
        }
        return host.startsWith("[") || IPV4.matcher(host).matches() || isLocalhost(host) || !host.contains(".")
                || CONTAINER_HOSTS.contains(host) || isConfigured(host);
    }

    /** Whether a request carrying this {@code Origin} header (a browser's) may be served. */
    public boolean acceptsOrigin(String origin) {
        String host = originHost(origin);
        return host != null && (isLoopback(host) || isConfigured(host));
    }

    /** Whether this origin was allowed by name, which also admits its cross-site requests. */
    public boolean namesOrigin(String origin) {
        String host = originHost(origin);
        return host != null && isConfigured(host);
    }

    /** The origin's host, or null for {@code null} (sandboxed pages, {@code file:}) and anything that names none. */
    private static String originHost(String origin) {
        try {
            String host = new URI(origin.trim()).getHost();
            return host == null || host.isBlank() ? null : normalise(host);
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The lower-case host of a Host header without its port; IPv6 literals keep their brackets; null if malformed. */
    private static String hostName(String header) {
        if (header.startsWith("[")) {
            int end = header.indexOf(']');
            return end < 0 ? null : header.substring(0, end + 1);
        }
        int colon = header.indexOf(':');
        String host = colon < 0 ? header : header.substring(0, colon);
        String normalised = normalise(host);
        return normalised.isEmpty() ? null : normalised;
    }

    private static boolean isLoopback(String host) {
        return isLocalhost(host) || host.equals("[::1]") || host.equals("::1")
                || IPV4.matcher(host).matches() && host.startsWith("127.");
    }

    private static boolean isLocalhost(String host) {
        return host.equals("localhost") || host.endsWith(".localhost");
    }

    private boolean isConfigured(String host) {
        for (String allowed : configured) {
            if (allowed.startsWith("*.") ? host.endsWith(allowed.substring(1)) : host.equals(allowed)) {
                return true;
            }
        }
        return false;
    }

    /** Lower case, without the trailing dot of a fully qualified name. */
    private static String normalise(String host) {
        String lower = host.trim().toLowerCase(Locale.ROOT);
        return lower.endsWith(".") ? lower.substring(0, lower.length() - 1) : lower;
    }
}
