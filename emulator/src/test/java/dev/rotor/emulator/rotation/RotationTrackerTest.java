package dev.rotor.emulator.rotation;

import dev.rotor.emulator.lambda.FailureKind;
import dev.rotor.emulator.lambda.FunctionError;
import dev.rotor.emulator.lambda.Invocation;
import dev.rotor.emulator.lambda.InvocationOutcome;
import dev.rotor.emulator.secrets.PendingRotation;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RotationTrackerTest {
    private static final String LOG = "x".repeat(100);
    private static final String LONG_MESSAGE = "it broke ".repeat(1_000);
    /** What one rotation below holds: two steps with their event, log, response or error. */
    private static final long ROTATION_CHARS = (2 + 100 + 4) + (2 + 100 + 4 + LONG_MESSAGE.length());

    private final RotationTracker tracker = new RotationTracker(5 * ROTATION_CHARS);

    private static Invocation invocation(InvocationOutcome outcome) {
        return new Invocation("req", "arn", "{}", outcome, Instant.EPOCH, Duration.ZERO, LOG, false);
    }

    /** A rotation whose two steps printed 100 characters each, the second failing, finished when {@code finished}. */
    private RotationJob rotation(String id, boolean finished) {
        RotationJob job = new RotationJob(id, new PendingRotation("arn:" + id, id, id, "fn", false, Instant.EPOCH, true));
        tracker.add(job);
        job.addStep(new StepRecord(RotationStep.CREATE_SECRET, 1, false,
                invocation(new InvocationOutcome.Succeeded("null"))));
        Invocation failed = invocation(new InvocationOutcome.Failed(FailureKind.FUNCTION_ERROR,
                new FunctionError("Boom", LONG_MESSAGE, List.of(), "Unhandled")));
        job.addStep(new StepRecord(RotationStep.SET_SECRET, 1, false, failed));
        if (finished) {
            job.finish(new RotationResult.StepFailed(RotationStep.SET_SECRET, failed), Instant.EPOCH);
        }
        return job;
    }

    private static List<String> logs(RotationRecord record) {
        return record.steps().stream().map(StepRecord::logs).toList();
    }

    @Test
    void the_newest_rotations_keep_their_step_texts_within_the_budget_and_older_ones_are_compacted() {
        for (int i = 1; i <= 20; i++) {
            rotation("r" + i, true);
        }

        List<RotationRecord> records = tracker.list(null);
        // the newest is counted as it is added, before its steps ran: the budget holds it and the five before it
        assertThat(records.subList(14, 20)).allSatisfy(r -> {
            assertThat(logs(r)).containsOnly(LOG);
            assertThat(r.steps().get(1).errorMessage()).isEqualTo(LONG_MESSAGE);
        });
        assertThat(records.subList(0, 14)).allSatisfy(r -> {
            assertThat(logs(r)).containsOnly(RotationTracker.LOGS_DROPPED);
            assertThat(r.steps().get(1).errorMessage()).hasSizeLessThan(StepRecord.COMPACT_CHARS + 100)
                    .startsWith("it broke").contains("[rotor: truncated, ");
        });
        RotationResult.StepFailed oldest = (RotationResult.StepFailed) records.get(0).result();
        assertThat(oldest.invocation().logs()).isEqualTo(RotationTracker.LOGS_DROPPED);
        assertThat(oldest.message()).as("what went wrong stays, shortened").startsWith("setSecret failed: Boom: it broke")
                .hasSizeLessThan(StepRecord.COMPACT_CHARS + 200);
    }

    @Test
    void a_running_rotation_keeps_its_texts_whatever_the_budget() {
        RotationJob running = rotation("running", false);
        for (int i = 1; i <= 20; i++) {
            rotation("r" + i, true);
        }

        assertThat(logs(running.snapshot())).containsOnly(LOG);
        assertThat(running.snapshot().steps().get(1).errorMessage()).isEqualTo(LONG_MESSAGE);
    }
}
