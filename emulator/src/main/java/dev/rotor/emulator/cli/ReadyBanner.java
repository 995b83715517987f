package dev.rotor.emulator.cli;

import dev.rotor.emulator.Emulator;

import java.net.Inet6Address;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code rotor serve} prints once the emulator listens: the address it is really bound to, where clients on
 * this machine reach it, and a warning when the unauthenticated endpoint is reachable beyond loopback.
 */
public record ReadyBanner(InetSocketAddress bound, URI endpoint, Path dataDir) {

    public static ReadyBanner of(Emulator emulator) {
        return new ReadyBanner(emulator.boundAddress(), emulator.endpoint(), emulator.config().dataDir());
    }

    public List<String> lines() {
        String storage = dataDir == null ? " (in memory)" : " (data in " + dataDir.toAbsolutePath() + ")";
        List<String> lines = new ArrayList<>();
        if (bound.getAddress().isAnyLocalAddress()) {
            lines.add("rotor: Secrets Manager emulator listening on " + hostAndPort() + ", every network interface"
                    + storage + "; from this machine: " + endpoint);
        } else {
            lines.add("rotor: Secrets Manager emulator ready at http://" + hostAndPort() + storage);
        }
        if (!bound.getAddress().isLoopbackAddress()) {
            lines.add("rotor: WARNING: this endpoint is unauthenticated and reachable from other machines: anyone who"
                    + " can connect can read and change every secret and register code for it to run. Bind to"
                    + " 127.0.0.1 (the default) unless that is what you want.");
        }
        return lines;
    }

    private String hostAndPort() {
        String host = bound.getAddress().getHostAddress();
        return (bound.getAddress() instanceof Inet6Address ? "[" + host + "]" : host) + ":" + bound.getPort();
    }
}
