package dev.rotor.emulator.rotation;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.secrets.RotatingSecret;
import dev.rotor.emulator.secrets.RotationLedger;
import dev.rotor.emulator.secrets.ScheduledRotations;
import dev.rotor.emulator.secrets.SecretsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Fires due rotations: a secret is due when rotation is enabled and its NextRotationDate has passed on the emulator's
 * clock. For day and rate schedules a manual value change counts as a rotation, so the next date counts from the
 * AWSCURRENT version's creation. Scans on a fixed real-time interval and whenever the clock is advanced.
 */
public final class RotationScheduler implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(RotationScheduler.class);

    private final ScheduledRotations secrets;
    private final RotationLedger ledger;
    private final Clock clock;
    private final RotationService rotations;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rotor-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public RotationScheduler(ScheduledRotations secrets, RotationLedger ledger, Clock clock,
                             RotationService rotations, RotationSettings settings) {
        this.secrets = secrets;
        this.ledger = ledger;
        this.clock = clock;
        this.rotations = rotations;
        long every = settings.scanInterval().toMillis();
        timer.scheduleWithFixedDelay(this::scanQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Starts every rotation that is due now; returns the ARNs of the secrets whose rotation started. */
    public synchronized List<String> scan() {
        Instant now = clock.instant();
        List<String> started = new ArrayList<>();
        for (RotatingSecret due : dueSecrets(now)) {
            try {
                rotations.rotateOnSchedule(due.arn()).ifPresent(s -> started.add(s.arn()));
            } catch (SecretsException e) {
                ledger.record(due.arn(), due.name(), EventType.ROTATION_FAILED, null,
                        Map.of("scheduled", true, "error", e.getMessage()));
                secrets.postpone(due.arn(), RotationSchedule.of(due.rules()).nextAfter(now));
            }
        }
        return started;
    }

    private List<RotatingSecret> dueSecrets(Instant now) {
        List<RotatingSecret> due = new ArrayList<>();
        for (RotatingSecret secret : secrets.rotatingSecrets()) {
            RotationSchedule schedule = RotationSchedule.of(secret.rules());
            if (schedule == null || secret.rotationInProgress()) {
                continue;
            }
            Instant next = secret.nextRotationDate();
            if (schedule.countsFromLastChange()) {
                Instant lastChange = secret.currentCreatedDate();
                Instant lastRotated = secret.lastRotatedDate();
                Instant base = lastChange == null ? lastRotated
                        : lastRotated == null || lastChange.isAfter(lastRotated) ? lastChange : lastRotated;
                if (base != null) {
                    next = schedule.nextAfter(base);
                }
            }
            if (next != null && !next.isAfter(now)) {
                due.add(secret);
            }
        }
        return due;
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("rotation scan failed: {}", e.toString());
        }
    }

    /** Fires no more scans, and waits a while for a running one (not interrupted: it may be writing the store). */
    @Override
    public void close() {
        timer.shutdown();
        try {
            timer.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
