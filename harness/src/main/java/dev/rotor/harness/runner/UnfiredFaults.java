package dev.rotor.harness.runner;

import dev.rotor.emulator.admin.ArmedFault;
import dev.rotor.harness.action.ArmFault;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.scenario.Scenario;

import java.util.ArrayList;
import java.util.List;

/**
 * A fault the scenario armed that never fired did not test what the scenario says it tests: an expectation violation
 * at the action that armed it, never a silent pass.
 */
final class UnfiredFaults {

    private UnfiredFaults() {
    }

    /** {@code armed}: the emulator's faults for the scenario's secret, in arming order (one per fault action). */
    static List<Violation> of(Scenario scenario, List<ArmedFault> armed) {
        List<Violation> violations = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < scenario.actions().size() && next < armed.size(); i++) {
            if (scenario.actions().get(i) instanceof ArmFault action) {
                ArmedFault fault = armed.get(next++);
                if (fault.fired() == 0) {
                    violations.add(new Violation(Invariant.EXPECTATION, action.kind() + " (line " + action.line()
                            + ") " + ArmFault.describe(fault.fault()) + " was armed but never fired", i + 1, null,
                            null, List.of("fired 0 times, " + fault.remaining() + " left; the rotation never reached"
                                    + " what the fault waits for")));
                }
            }
        }
        return violations;
    }
}
