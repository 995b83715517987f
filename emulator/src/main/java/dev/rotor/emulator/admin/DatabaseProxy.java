package dev.rotor.emulator.admin;

/**
 * A secret's database fault proxy: the function connects to {@code host:port} (loopback) instead of the database at
 * {@code targetHost:targetPort}, and database faults act on that traffic while their step runs.
 */
public record DatabaseProxy(String secretArn, String host, int port, String targetHost, int targetPort) {
}
