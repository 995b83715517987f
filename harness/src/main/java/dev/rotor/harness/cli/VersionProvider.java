package dev.rotor.harness.cli;

import dev.rotor.emulator.Emulator;
import picocli.CommandLine;

/** Supplies {@code rotor --version}. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"rotor " + Emulator.version()};
    }
}
