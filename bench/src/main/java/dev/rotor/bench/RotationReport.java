package dev.rotor.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/** What the rotation benchmark has found so far: tables, notes after them, and the targets with their results. */
final class RotationReport {
    final StringBuilder out = new StringBuilder();
    final StringBuilder afterTable = new StringBuilder();
    final Map<String, String> targets = new LinkedHashMap<>();
}
