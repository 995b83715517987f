package dev.rotor.emulator.rotation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps the recent rotations, finds them by id, version or secret, and lets clients wait for one. Memory stays flat
 * however many rotations run and however much their functions print or answer: 1,000 rotations are kept; each step
 * keeps at most {@link StepRecord#KEPT_CHARS} of each text, and the texts of the kept rotations together stay within
 * a budget, newest first: older finished rotations are compacted (a note in place of their logs, the rest cut to
 * {@link StepRecord#COMPACT_CHARS}).
 */
public final class RotationTracker {
    private static final int KEPT = 1000;
    /** Characters of step texts (logs, responses, errors) the kept rotations hold together, compacted ones aside. */
    static final long TEXT_BUDGET_CHARS = 16L * 1024 * 1024;
    static final String LOGS_DROPPED = "[rotor: the logs of this step were dropped: Rotor keeps the step logs of its"
            + " newest rotations only, 16 MiB in all]";

    private final Map<String, RotationJob> jobs = new LinkedHashMap<>();
    private final long textBudgetChars;

    RotationTracker() {
        this(TEXT_BUDGET_CHARS);
    }

    RotationTracker(long textBudgetChars) {
        this.textBudgetChars = textBudgetChars;
    }

    synchronized void add(RotationJob job) {
        jobs.put(job.id(), job);
        if (jobs.size() > KEPT) {
            jobs.keySet().stream().filter(id -> jobs.get(id).finished()).findFirst().ifPresent(jobs::remove);
        }
        keepWithinBudget();
    }

    /** Newest first, rotations keep their texts while they fit in the budget; older finished ones are compacted. */
    private void keepWithinBudget() {
        List<RotationJob> all = new ArrayList<>(jobs.values());
        long held = 0;
        for (int i = all.size() - 1; i >= 0; i--) {
            RotationJob job = all.get(i);
            held += job.chars();
            if (held > textBudgetChars && job.finished()) {
                job.compact(LOGS_DROPPED);
            }
        }
    }

    /** The newest rotation with this id or version id (a reattempt shares its version with the first attempt). */
    synchronized Optional<RotationJob> job(String idOrVersion) {
        List<RotationJob> all = new ArrayList<>(jobs.values());
        for (int i = all.size() - 1; i >= 0; i--) {
            RotationJob job = all.get(i);
            if (job.id().equals(idOrVersion) || job.versionId().equals(idOrVersion)) {
                return Optional.of(job);
            }
        }
        return Optional.empty();
    }

    /** The unfinished rotation of a secret, if any. */
    synchronized Optional<RotationJob> running(String secretArn) {
        return jobs.values().stream().filter(j -> j.secretArn().equals(secretArn) && !j.finished()).findFirst();
    }

    public Optional<RotationRecord> find(String idOrVersion) {
        return job(idOrVersion).map(RotationJob::snapshot);
    }

    /** Waits up to {@code timeout} for a rotation to finish. */
    public Optional<RotationRecord> await(String idOrVersion, Duration timeout) throws InterruptedException {
        Optional<RotationJob> job = job(idOrVersion);
        return job.isPresent() ? Optional.of(job.get().await(timeout)) : Optional.empty();
    }

    /** Recent rotations, newest last; only those of one secret when {@code secretArn} is given. */
    public synchronized List<RotationRecord> list(String secretArn) {
        return jobs.values().stream().filter(j -> secretArn == null || j.secretArn().equals(secretArn))
                .map(RotationJob::snapshot).toList();
    }

    /** Asks every unfinished rotation to stop at its next step. */
    synchronized void cancelRunning() {
        jobs.values().stream().filter(job -> !job.finished()).forEach(RotationJob::requestCancel);
    }

    synchronized void clear() {
        jobs.clear();
    }
}
