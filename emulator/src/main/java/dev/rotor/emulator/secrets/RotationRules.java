package dev.rotor.emulator.secrets;

/** A secret's rotation schedule: a day count or a schedule expression, with an optional window duration. */
public record RotationRules(Long automaticallyAfterDays, String duration, String scheduleExpression) {
}
