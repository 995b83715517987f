package dev.rotor.harness.action;

import dev.rotor.emulator.admin.Fault;

import java.util.stream.Collectors;

/**
 * Arm a fault for the secret's next rotation ({@code fault: {...}} in any of the emulator's kinds, or the older
 * {@code inject-fault: {step, times}}, Lambda cannot run a step). It fires in the next rotation at its step; one that
 * never fires fails the scenario.
 */
public record ArmFault(int line, String kind, Fault fault) implements Action {

    @Override
    public ActionOutcome execute(ActionContext context) {
        Fault armed = context.admin().armFault(fault.forSecret(context.secret().arn()));
        return ActionOutcome.done("armed " + describe(armed));
    }

    /** The fault as a scenario spells it, e.g. {@code {lambda: lose-response, during: setSecret, times: 1}}. */
    public static String describe(Fault fault) {
        return fault.spec().entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining(", ", "{", "}"));
    }
}
