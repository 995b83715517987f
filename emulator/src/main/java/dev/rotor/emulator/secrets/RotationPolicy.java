package dev.rotor.emulator.secrets;

import java.time.Instant;

/**
 * What the domain asks the rotation engine when it registers a rotation: whether the function can be invoked, and
 * the next rotation date a schedule gives (the schedule rules live with the engine).
 */
public interface RotationPolicy {

    boolean canInvoke(String functionArn);

    /** The start of the next window for {@code rules} after {@code after}; null when the rules set no schedule. */
    Instant nextRotation(RotationRules rules, Instant after);
}
