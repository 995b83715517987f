package dev.rotor.emulator.rotation;

import dev.rotor.emulator.secrets.Errors;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * A Secrets Manager {@code cron()} expression: six fields (minutes hours day-of-month month day-of-week year) with
 * its restrictions: minutes 0, year {@code *}, one of day-of-month and day-of-week {@code ?}; {@code L},
 * {@code <DAY>L} and {@code #} supported; times in UTC.
 */
public final class CronExpression {
    private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
            "OCT", "NOV", "DEC");
    private static final List<String> DAYS = List.of("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT");
    private static final int SEARCH_HOURS = 24 * 366 * 5;

    private final BitSet hours;
    private final BitSet months;
    private final Predicate<LocalDate> day;

    private CronExpression(BitSet hours, BitSet months, Predicate<LocalDate> day) {
        this.hours = hours;
        this.months = months;
        this.day = day;
    }

    /** Parses the inside of {@code cron(...)}; InvalidParameterException when Secrets Manager would refuse it. */
    public static CronExpression parse(String body) {
        String[] f = body.trim().toUpperCase(Locale.ROOT).split("\\s+");
        if (f.length != 6) {
            throw invalid("a cron expression has six fields: minutes hours day-of-month month day-of-week year");
        }
        if (!f[0].equals("0")) {
            throw invalid("the minutes field must be 0: rotation windows start on the hour");
        }
        if (!f[5].equals("*")) {
            throw invalid("the year field must be *");
        }
        boolean domAny = f[2].equals("?");
        boolean dowAny = f[4].equals("?");
        if (domAny == dowAny) {
            throw invalid("exactly one of day-of-month and day-of-week must be ?");
        }
        BitSet hours = field(f[1], "hours", 0, 23, List.of(), 0);
        BitSet months = field(f[3], "month", 1, 12, MONTHS, 1);
        Predicate<LocalDate> day = domAny ? dayOfWeek(f[4]) : dayOfMonth(f[2]);
        return new CronExpression(hours, months, day);
    }

    /** The first window start strictly after {@code after} (truncated to the hour). */
    public LocalDateTime nextAfter(LocalDateTime after) {
        LocalDateTime t = after.withMinute(0).withSecond(0).withNano(0).plusHours(1);
        for (int i = 0; i < SEARCH_HOURS; i++, t = t.plusHours(1)) {
            if (hours.get(t.getHour()) && months.get(t.getMonthValue()) && day.test(t.toLocalDate())) {
                return t;
            }
        }
        throw invalid("the expression never matches within five years");
    }

    /** The smallest gap between two consecutive windows within a day (for the 4-hour minimum). */
    int shortestDailyGapHours() {
        int previous = -1;
        int first = -1;
        int shortest = 24;
        for (int h = hours.nextSetBit(0); h >= 0; h = hours.nextSetBit(h + 1)) {
            if (previous >= 0) {
                shortest = Math.min(shortest, h - previous);
            } else {
                first = h;
            }
            previous = h;
        }
        return first < 0 ? 24 : Math.min(shortest, 24 - previous + first);
    }

    private static Predicate<LocalDate> dayOfMonth(String field) {
        if (field.equals("L")) {
            return d -> d.getDayOfMonth() == d.lengthOfMonth();
        }
        BitSet days = field(field, "day-of-month", 1, 31, List.of(), 1);
        return d -> days.get(d.getDayOfMonth());
    }

    private static Predicate<LocalDate> dayOfWeek(String field) {
        if (field.equals("L")) {
            return d -> d.getDayOfWeek() == DayOfWeek.SATURDAY;
        }
        if (field.endsWith("L")) {
            DayOfWeek dow = cronDay(value(field.substring(0, field.length() - 1), DAYS, 1, 1, 7, "day-of-week"));
            return d -> d.equals(d.with(TemporalAdjusters.lastInMonth(dow)));
        }
        if (field.contains("#")) {
            String[] parts = field.split("#", -1);
            if (parts.length != 2) {
                throw invalid("write the nth weekday of a month as DAY#n, for example MON#2");
            }
            DayOfWeek dow = cronDay(value(parts[0], DAYS, 1, 1, 7, "day-of-week"));
            int nth = value(parts[1], List.of(), 0, 1, 5, "# occurrence");
            return d -> d.getDayOfWeek() == dow && (d.getDayOfMonth() - 1) / 7 + 1 == nth;
        }
        BitSet days = field(field, "day-of-week", 1, 7, DAYS, 1);
        return d -> days.get(d.getDayOfWeek().getValue() % 7 + 1);
    }

    private static DayOfWeek cronDay(int cron) {
        return DayOfWeek.of((cron + 5) % 7 + 1);
    }

    /** A field's values; messages name the field but never repeat its text. */
    private static BitSet field(String field, String fieldName, int min, int max, List<String> names, int nameBase) {
        BitSet set = new BitSet(max + 1);
        for (String part : field.split(",", -1)) {
            int step = 1;
            String range = part;
            if (part.contains("/")) {
                String[] s = part.split("/", 2);
                range = s[0];
                step = value(s[1], List.of(), 0, 1, max, "increment of the " + fieldName);
            }
            int from;
            int to;
            if (range.equals("*")) {
                from = min;
                to = max;
            } else if (range.contains("-")) {
                String[] r = range.split("-", 2);
                from = value(r[0], names, nameBase, min, max, fieldName);
                to = value(r[1], names, nameBase, min, max, fieldName);
            } else {
                from = value(range, names, nameBase, min, max, fieldName);
                to = part.contains("/") ? max : from;
            }
            if (from > to) {
                throw invalid("a range in the " + fieldName + " field runs backwards");
            }
            for (int v = from; v <= to; v += step) {
                set.set(v);
            }
        }
        return set;
    }

    private static int value(String text, List<String> names, int nameBase, int min, int max, String fieldName) {
        int named = names.indexOf(text);
        if (named >= 0) {
            return named + nameBase;
        }
        if (!text.matches("\\d{1,4}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw invalid("the " + fieldName + " field takes " + min + " to " + max
                    + (names.isEmpty() ? "" : " or " + names.get(0) + " to " + names.get(names.size() - 1)));
        }
        return Integer.parseInt(text);
    }

    static RuntimeException invalid(String why) {
        return Errors.invalidParameter("Invalid cron expression: " + why + ".");
    }
}
