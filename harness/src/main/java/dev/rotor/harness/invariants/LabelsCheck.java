package dev.rotor.harness.invariants;

import dev.rotor.emulator.journal.JournalEvent;
import dev.rotor.harness.result.Invariant;
import dev.rotor.harness.result.Violation;
import dev.rotor.harness.secret.Labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labels: at every journal event exactly one AWSCURRENT once a value exists and each label on at most one version;
 * after a successful rotation no AWSPENDING on a non-current version and the old AWSCURRENT is AWSPREVIOUS; a
 * rotation whose every step succeeded must have moved AWSCURRENT.
 */
public final class LabelsCheck implements InvariantCheck {

    @Override
    public Invariant invariant() {
        return Invariant.LABELS;
    }

    @Override
    public List<Violation> check(Observation o, SecretAndDatabase now) {
        List<Violation> violations = new ArrayList<>();
        for (JournalEvent event : o.events()) {
            String problem = problem(event.stages());
            if (problem != null) {
                violations.add(violation(o, problem + " after " + Evidence.line(event), o.events()));
                break;
            }
        }
        Map<String, List<String>> stages = now.stages();
        String current = Labels.holder(stages, Labels.CURRENT);
        if (o.everyStepSucceeded() && current != null && current.equals(o.currentBefore())) {
            violations.add(violation(o, "every step succeeded but AWSCURRENT stayed on version "
                    + Evidence.shortId(current) + " (finishSecret did not move it)", o.events()));
        }
        if (o.rotationSucceeded()) {
            String pending = Labels.holder(stages, Labels.PENDING);
            if (pending != null && !pending.equals(current)) {
                violations.add(violation(o, "AWSPENDING is left on non-current version " + Evidence.shortId(pending)
                        + " after a successful rotation", o.events()));
            }
            String previous = Labels.holder(stages, Labels.PREVIOUS);
            if (o.currentBefore() != null && !o.currentBefore().equals(current)
                    && !o.currentBefore().equals(previous)) {
                violations.add(violation(o, "the former AWSCURRENT " + Evidence.shortId(o.currentBefore())
                        + " did not become AWSPREVIOUS", o.events()));
            }
        }
        return violations;
    }

    /** Why a version → labels map breaks the rules, or null. */
    static String problem(Map<String, List<String>> stages) {
        if (stages == null || stages.isEmpty()) {
            return null;
        }
        Set<String> seen = new HashSet<>();
        int current = 0;
        for (List<String> labels : stages.values()) {
            for (String label : labels) {
                if (!seen.add(label)) {
                    return "label " + label + " is on two versions";
                }
                current += label.equals(Labels.CURRENT) ? 1 : 0;
            }
        }
        return current == 1 ? null : "there is no AWSCURRENT version";
    }

    private static Violation violation(Observation o, String message, List<JournalEvent> events) {
        return new Violation(Invariant.LABELS, message, o.actionIndex(), o.step(), null, Evidence.of(events));
    }
}
