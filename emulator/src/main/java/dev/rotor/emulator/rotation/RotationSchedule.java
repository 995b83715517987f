package dev.rotor.emulator.rotation;

import dev.rotor.emulator.secrets.Errors;
import dev.rotor.emulator.secrets.RotationRules;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rotation schedule from RotationRules: {@code AutomaticallyAfterDays}, {@code rate()} or {@code cron()}, with an
 * optional window {@code Duration}. Times are UTC; windows start on the hour, at least four hours apart.
 * NextRotationDate is the start of the next window (deterministic, where AWS picks a moment inside the window).
 */
public final class RotationSchedule {
    private static final Pattern RATE = Pattern.compile("rate\\(\\s*(\\d{1,9})\\s+(hours?|days?)\\s*\\)");
    private static final Pattern CRON = Pattern.compile("cron\\((.*)\\)");
    private static final Pattern DURATION = Pattern.compile("(\\d+)h");

    private final Duration interval;
    private final boolean inDays;
    private final CronExpression cron;

    private RotationSchedule(Duration interval, boolean inDays, CronExpression cron) {
        this.interval = interval;
        this.inDays = inDays;
        this.cron = cron;
    }

    /** Validates rules as Secrets Manager does; null when the rules set no schedule. */
    public static RotationSchedule of(RotationRules rules) {
        if (rules == null) {
            return null;
        }
        if (rules.automaticallyAfterDays() != null && rules.scheduleExpression() != null) {
            throw Errors.frequencyAndSchedule();
        }
        RotationSchedule schedule = null;
        if (rules.automaticallyAfterDays() != null) {
            schedule = new RotationSchedule(Duration.ofDays(rules.automaticallyAfterDays()), true, null);
        } else if (rules.scheduleExpression() != null) {
            schedule = parseExpression(rules.scheduleExpression().trim());
        }
        if (rules.duration() != null) {
            checkDuration(rules.duration(), schedule);
        }
        return schedule;
    }

    private static RotationSchedule parseExpression(String expression) {
        Matcher rate = RATE.matcher(expression);
        if (rate.matches()) {
            long n = Long.parseLong(rate.group(1));
            boolean days = rate.group(2).startsWith("day");
            if (n < 1 || (!days && n < 4) || (days && n > 1000)) {
                throw Errors.invalidParameter("Invalid rate expression: rotation must be at least every 4 hours"
                        + " and at most every 1000 days.");
            }
            return new RotationSchedule(days ? Duration.ofDays(n) : Duration.ofHours(n), days, null);
        }
        Matcher cron = CRON.matcher(expression);
        if (cron.matches()) {
            CronExpression parsed = CronExpression.parse(cron.group(1));
            if (parsed.shortestDailyGapHours() < 4) {
                throw CronExpression.invalid("windows must be at least 4 hours apart");
            }
            return new RotationSchedule(null, false, parsed);
        }
        throw Errors.invalidParameter("Invalid schedule expression: use rate(<n> hours|days) or cron(<six fields>).");
    }

    private static void checkDuration(String duration, RotationSchedule schedule) {
        Matcher m = DURATION.matcher(duration);
        if (!m.matches()) {
            throw Errors.invalidParameter("Invalid Duration: use <n>h, for example 3h.");
        }
        long hours = Long.parseLong(m.group(1));
        long limit = schedule != null && schedule.interval != null && !schedule.inDays ? schedule.interval.toHours() : 24;
        if (hours < 1 || hours > limit) {
            throw Errors.invalidParameter("Invalid Duration: the rotation window must be 1 to " + limit
                    + " hours and must not reach the next window or the next UTC day.");
        }
    }

    /** The start of the next window after a rotation (or manual change) at {@code last}. */
    public Instant nextAfter(Instant last) {
        if (cron != null) {
            return cron.nextAfter(LocalDateTime.ofInstant(last, ZoneOffset.UTC)).toInstant(ZoneOffset.UTC);
        }
        Instant next = last.plus(interval);
        return inDays ? next.truncatedTo(ChronoUnit.DAYS) : next.truncatedTo(ChronoUnit.HOURS);
    }

    /** The whole days between rotations (AutomaticallyAfterDays or {@code rate(N days)}); null for hours and cron. */
    public Long wholeDays() {
        return inDays ? interval.toDays() : null;
    }

    /** Whether a manual value change restarts the count (days and rate schedules, not cron). */
    public boolean countsFromLastChange() {
        return cron == null;
    }
}
