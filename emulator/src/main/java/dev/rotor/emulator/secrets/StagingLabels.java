package dev.rotor.emulator.secrets;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A secret's staging labels, and the rules that keep them consistent: each label on at most one version, and
 * AWSPREVIOUS following AWSCURRENT when it moves. A mutable working copy used inside one store transaction.
 */
public final class StagingLabels {
    public static final String CURRENT = "AWSCURRENT";
    public static final String PENDING = "AWSPENDING";
    public static final String PREVIOUS = "AWSPREVIOUS";
    public static final int MAX_LABELS_PER_SECRET = 20;

    private final Map<String, String> holders;

    private StagingLabels(Map<String, String> holders) {
        this.holders = new TreeMap<>(holders);
    }

    /** A working copy of the given label → version id map. */
    public static StagingLabels of(Map<String, String> holders) {
        return new StagingLabels(holders);
    }

    public Optional<String> holderOf(String label) {
        return Optional.ofNullable(holders.get(label));
    }

    /** The labels on one version, alphabetically (the order AWS answers with). */
    public SortedSet<String> labelsOf(String versionId) {
        SortedSet<String> labels = new TreeSet<>();
        holders.forEach((label, holder) -> {
            if (holder.equals(versionId)) {
                labels.add(label);
            }
        });
        return labels;
    }

    public boolean isLabelled(String versionId) {
        return holders.containsValue(versionId);
    }

    /**
     * Attaches a label to a version, taking it from whichever version held it. Moving AWSCURRENT gives AWSPREVIOUS to
     * the version that held AWSCURRENT.
     */
    public void attach(String label, String versionId) {
        String former = holders.put(label, versionId);
        if (CURRENT.equals(label) && former != null && !former.equals(versionId)) {
            holders.put(PREVIOUS, former);
        }
        if (holders.size() > MAX_LABELS_PER_SECRET) {
            throw Errors.tooManyLabels();
        }
    }

    public void remove(String label) {
        holders.remove(label);
    }

    /** Removes AWSPENDING from every version but the given one: a manual new AWSCURRENT abandons a rotation. */
    public void abandonPendingExcept(String versionId) {
        holderOf(PENDING).filter(holder -> !holder.equals(versionId)).ifPresent(holder -> remove(PENDING));
    }

    /** Whether a rotation is in progress: AWSPENDING on a version other than the AWSCURRENT one. */
    public boolean rotationInProgress() {
        String pending = holders.get(PENDING);
        return pending != null && !pending.equals(holders.get(CURRENT));
    }

    /** An immutable copy of the label → version id map. */
    public Map<String, String> snapshot() {
        return Collections.unmodifiableMap(new TreeMap<>(holders));
    }

    /** Version id → its labels, for the given versions in their order; unlabelled versions are left out. */
    public Map<String, List<String>> stagesByVersion(List<VersionInfo> versions) {
        Map<String, List<String>> stages = new LinkedHashMap<>();
        for (VersionInfo version : versions) {
            SortedSet<String> labels = labelsOf(version.versionId());
            if (!labels.isEmpty()) {
                stages.put(version.versionId(), List.copyOf(labels));
            }
        }
        return stages;
    }
}
