package dev.rotor.emulator.wire;

import dev.rotor.emulator.Emulator;
import dev.rotor.emulator.EmulatorConfig;

import java.nio.file.Path;

/** Runs a durable emulator in its own JVM for {@link DurabilityIT}: {@code ChildEmulatorMain <data-dir>}. */
public final class ChildEmulatorMain {
    static final String READY = "ROTOR_CHILD_PORT=";

    private ChildEmulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Emulator emulator = Emulator.start(EmulatorConfig.defaults().withDataDir(Path.of(args[0])));
        System.out.println(READY + emulator.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
