package dev.rotor.harness.database;

/** A JVM shutdown hook that closes a server on Ctrl-C or exit if its owner did not; removed by a normal close. */
final class ShutdownSafetyNet {

    private final Thread hook;

    private ShutdownSafetyNet(Thread hook) {
        this.hook = hook;
    }

    static ShutdownSafetyNet register(String name, Runnable cleanup) {
        Thread hook = new Thread(cleanup, "rotor-shutdown-" + name);
        Runtime.getRuntime().addShutdownHook(hook);
        return new ShutdownSafetyNet(hook);
    }

    /** Removes the hook; a no-op while the JVM is already shutting down (the hook itself may be the caller). */
    void disarm() {
        if (Thread.currentThread() == hook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is exiting: the hook runs or has run
        }
    }
}
