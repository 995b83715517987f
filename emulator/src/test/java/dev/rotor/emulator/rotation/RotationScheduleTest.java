package dev.rotor.emulator.rotation;

import dev.rotor.emulator.secrets.RotationRules;
import dev.rotor.emulator.secrets.SecretsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RotationScheduleTest {
    private static RotationSchedule expression(String expression) {
        return RotationSchedule.of(new RotationRules(null, null, expression));
    }

    @ParameterizedTest(name = "{0} after {1} is {2}")
    @CsvSource(textBlock = """
            rate(10 days),              2026-01-01T15:30:00Z, 2026-01-11T00:00:00Z
            rate(4 hours),              2026-01-01T15:30:00Z, 2026-01-01T19:00:00Z
            cron(0 4 * * ? *),          2026-01-01T15:30:00Z, 2026-01-02T04:00:00Z
            cron(0 4 * * ? *),          2026-01-01T03:59:00Z, 2026-01-01T04:00:00Z
            cron(0 8 ? * MON *),        2026-01-01T00:00:00Z, 2026-01-05T08:00:00Z
            cron(0 8 ? * 2 *),          2026-01-01T00:00:00Z, 2026-01-05T08:00:00Z
            cron(0 0 L * ? *),          2026-02-03T00:00:00Z, 2026-02-28T00:00:00Z
            cron(0 10 ? * FRIL *),      2026-01-01T00:00:00Z, 2026-01-30T10:00:00Z
            cron(0 10 ? * MON#2 *),     2026-01-01T00:00:00Z, 2026-01-12T10:00:00Z
            cron(0 0/6 * * ? *),        2026-01-01T07:00:00Z, 2026-01-01T12:00:00Z
            cron(0 3 1 JAN-MAR ? *),    2026-04-02T00:00:00Z, 2027-01-01T03:00:00Z
            """)
    void theNextWindowStartsWhereSecretsManagerWouldOpenIt(String expression, String after, String next) {
        assertThat(expression(expression).nextAfter(Instant.parse(after))).isEqualTo(Instant.parse(next));
    }

    @Test
    void daysCountFromTheLastRotationToTheStartOfThatDay() {
        RotationSchedule days = RotationSchedule.of(new RotationRules(30L, null, null));
        assertThat(days.nextAfter(Instant.parse("2026-01-01T15:30:00Z"))).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(days.countsFromLastChange()).isTrue();
        assertThat(expression("cron(0 4 * * ? *)").countsFromLastChange()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cron(15 4 * * ? *)", "cron(0 4 * * ? 2027)", "cron(0 4 * * * *)", "cron(0 4 ? * ? *)",
            "cron(0 4 * *)", "cron(0 0/2 * * ? *)", "rate(3 hours)", "rate(0 days)", "rate(1001 days)", "daily",
            "cron(0 25 * * ? *)", "cron(0 4 ? * MON#6 *)", "rate(99999999999999999999 days)",
            "cron(0 0 1-31/99999999999 * ? *)", "cron(0 0 1/2147483647 * ? *)", "cron(0 0 ? * MON# *)",
            "cron(0 0 ? * #2 *)", "cron(0 0 ? * MON#99999999999 *)", "cron(0 0 ? * 9L *)", "cron(0 0 99999999999 * ? *)",
            "cron(0 0 5-1 * ? *)", "cron(0 0 ,, * ? *)", "cron(0 0 ? * MON-Zq7 *)"})
    void expressionsSecretsManagerRefusesAreInvalidParameter_withAMessageThatDoesNotQuoteThem(String expression) {
        assertThatThrownBy(() -> expression(expression)).isInstanceOf(SecretsException.class)
                .satisfies(e -> assertThat(((SecretsException) e).code().type()).isEqualTo("InvalidParameterException"))
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("99999", "2147483647", "Zq7", "MON#", "9L"));
    }

    @Test
    void daysAndAnExpressionTogetherAreRefused_andDurationsMustFitTheWindow() {
        assertThatThrownBy(() -> RotationSchedule.of(new RotationRules(1L, null, "rate(4 hours)")))
                .hasMessage("You cannot specify both rotation frequency and schedule expression together.");
        assertThatThrownBy(() -> RotationSchedule.of(new RotationRules(null, "5h", "rate(4 hours)")))
                .isInstanceOf(SecretsException.class);
        assertThatThrownBy(() -> RotationSchedule.of(new RotationRules(1L, "25h", null))).isInstanceOf(SecretsException.class);
        assertThat(RotationSchedule.of(new RotationRules(1L, "3h", null))).isNotNull();
    }
}
