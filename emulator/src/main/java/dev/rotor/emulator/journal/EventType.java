package dev.rotor.emulator.journal;

/** The kinds of state change the journal records. */
public enum EventType {
    SECRET_CREATED,
    SECRET_UPDATED,
    SECRET_DELETION_SCHEDULED,
    SECRET_RESTORED,
    SECRET_DELETED,
    VERSION_CREATED,
    VERSION_VALUE_STORED,
    VERSION_REMOVED,
    LABEL_ATTACHED,
    LABEL_MOVED,
    LABEL_REMOVED,
    ROTATION_REQUESTED,
    ROTATION_STARTED,
    ROTATION_STEP_INVOKED,
    ROTATION_STEP_SUCCEEDED,
    ROTATION_STEP_FAILED,
    ROTATION_SUCCEEDED,
    ROTATION_FAILED,
    ROTATION_ABANDONED,
    ROTATION_CANCELLED,
    /** A fault was armed for the secret's next rotations; detail {@code {layer, kind}} and its spec: during, times... */
    FAULT_ARMED,
    /**
     * An armed fault changed an invocation, a call or the database traffic (or held the rotation for a race); detail
     * {@code {layer, kind, step, attempt, repeat, fired, ...}}.
     */
    FAULT_FIRED
}
