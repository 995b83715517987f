package dev.rotor.emulator.admin;

import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.rotation.StepCall;

import java.util.Map;

/**
 * {@link Fault.Race}'s behaviour: after the step returned successfully, before the next one starts, the rotation
 * waits while the race's action is performed.
 */
final class RaceInterceptor extends FaultInterceptor {
    private final Fault.Race race;

    RaceInterceptor(Fault.Race race, FaultContext context) {
        super(race.after(), context);
        this.race = race;
    }

    @Override
    public void afterStep(StepCall call, Invocation invocation) {
        if (!invocation.succeeded() || !takes(call)) {
            return;
        }
        String outcome = context.race(race, call);
        context.fired(call, Map.of("action", race.action().wireName(), "outcome", outcome));
    }
}
