package dev.rotor.emulator.secrets;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One row of ListSecretVersionIds; {@code stages} is null for a deprecated version. */
public record VersionEntry(String versionId, List<String> stages, LocalDate lastAccessedDate, Instant createdDate) {
}
