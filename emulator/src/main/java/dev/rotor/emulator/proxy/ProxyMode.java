package dev.rotor.emulator.proxy;

import java.time.Duration;
import java.util.Objects;

/** What the fault proxy does to the traffic between the function and its database. */
public sealed interface ProxyMode {
    ProxyMode PASS = new Pass();
    ProxyMode REFUSE = new Refuse();
    ProxyMode DROP = new Drop();
    ProxyMode STALL = new Stall();

    /** Bytes flow both ways as they come. */
    record Pass() implements ProxyMode {
    }

    /** New connections are refused: nothing listens on the proxy's port. Open connections carry on. */
    record Refuse() implements ProxyMode {
    }

    /** Connections are reset: the open ones at once, new ones as soon as they are accepted. */
    record Drop() implements ProxyMode {
    }

    /** Bytes stop flowing, both ways, until the mode changes; then what was held flows on. */
    record Stall() implements ProxyMode {
    }

    /** Every answer from the database arrives {@code delay} late: a delay on every round trip. */
    record Latency(Duration delay) implements ProxyMode {
        public Latency {
            Objects.requireNonNull(delay, "delay");
            if (delay.isNegative()) {
                throw new IllegalArgumentException("latency must not be negative");
            }
        }
    }
}
