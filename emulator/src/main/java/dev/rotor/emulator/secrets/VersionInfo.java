package dev.rotor.emulator.secrets;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One version's metadata. {@code hasValue} is false for the AWSPENDING placeholder a rotation registers before its
 * function stores the value.
 */
public record VersionInfo(String versionId, Instant createdDate, LocalDate lastAccessedDate, boolean hasValue) {
}
