package dev.rotor.emulator.rotation;

import dev.rotor.emulator.journal.EventType;
import dev.rotor.emulator.secrets.Secret;
import dev.rotor.emulator.secrets.SecretsContext;
import dev.rotor.emulator.secrets.SecretsException;
import dev.rotor.emulator.secrets.StagingLabels;
import dev.rotor.emulator.secrets.VersionInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    private final SecretsContext context;
    private final RotationService rotations;
    private final RotationJournal journal;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "rotor-scheduler");
        thread.setDaemon(true);
        return thread;
    });

    public RotationScheduler(SecretsContext context, RotationService rotations, RotationSettings settings) {
        this.context = context;
        this.rotations = rotations;
        this.journal = new RotationJournal(context.store());
        long every = settings.scanInterval().toMillis();
        timer.scheduleWithFixedDelay(this::scanQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    /** Starts every rotation that is due now; returns the ARNs of the secrets whose rotation started. */
    public synchronized List<String> scan() {
        Instant now = context.clock().instant();
        List<String> started = new ArrayList<>();
        for (Due due : dueSecrets(now)) {
            try {
                rotations.rotateOnSchedule(due.secret().arn()).ifPresent(s -> started.add(s.arn()));
            } catch (SecretsException e) {
                journal.record(due.secret().arn(), due.secret().name(), EventType.ROTATION_FAILED, null,
                        Map.of("scheduled", true, "error", e.getMessage()));
                postpone(due.secret(), now);
            }
        }
        return started;
    }

    private record Due(Secret secret) {
    }

    private List<Due> dueSecrets(Instant now) {
        return context.store().<List<Due>>read(tx -> {
            List<Due> due = new ArrayList<>();
            for (Secret secret : tx.rotatingSecrets()) {
                RotationSchedule schedule = RotationSchedule.of(secret.rotation().rules());
                if (schedule == null) {
                    continue;
                }
                StagingLabels labels = StagingLabels.of(tx.labels(secret.id()));
                if (labels.rotationInProgress()) {
                    continue;
                }
                Instant next = secret.rotation().nextRotationDate();
                if (schedule.countsFromLastChange()) {
                    Optional<VersionInfo> current = labels.holderOf(StagingLabels.CURRENT)
                            .flatMap(v -> tx.version(secret.id(), v));
                    Instant lastChange = current.map(VersionInfo::createdDate).orElse(null);
                    Instant lastRotated = secret.rotation().lastRotatedDate();
                    Instant base = lastChange == null ? lastRotated
                            : lastRotated == null || lastChange.isAfter(lastRotated) ? lastChange : lastRotated;
                    if (base != null) {
                        next = schedule.nextAfter(base);
                    }
                }
                if (next != null && !next.isAfter(now)) {
                    due.add(new Due(secret));
                }
            }
            return due;
        });
    }

    private void postpone(Secret secret, Instant now) {
        RotationSchedule schedule = RotationSchedule.of(secret.rotation().rules());
        context.store().write(tx -> {
            tx.findByArn(secret.arn()).ifPresent(s -> tx.update(s.withRotation(
                    s.rotation().withNextRotationDate(schedule.nextAfter(now)))));
            return null;
        });
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (RuntimeException e) {
            LOG.warn("rotation scan failed: {}", e.toString());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
