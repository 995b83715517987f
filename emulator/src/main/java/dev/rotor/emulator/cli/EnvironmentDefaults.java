package dev.rotor.emulator.cli;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.util.Locale;
import java.util.Map;

/**
 * Option defaults from {@code ROTOR_*} environment variables, named after the option: {@code --data-dir} reads
 * {@code ROTOR_DATA_DIR}, {@code --sync-rotation} reads {@code ROTOR_SYNC_ROTATION}. A blank variable counts as unset;
 * an option given on the command line wins. This is how the container image is configured.
 */
public final class EnvironmentDefaults implements IDefaultValueProvider {

    private final Map<String, String> environment;

    public EnvironmentDefaults() {
        this(System.getenv());
    }

    EnvironmentDefaults(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The variable that sets an option's default: {@code --data-dir} is {@code ROTOR_DATA_DIR}. */
    static String variableFor(OptionSpec option) {
        return "ROTOR_" + option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
    }

    @Override
    public String defaultValue(ArgSpec argument) {
        if (!(argument instanceof OptionSpec option) || option.usageHelp() || option.versionHelp()) {
            return null;
        }
        String value = environment.get(variableFor(option));
        return value == null || value.isBlank() ? null : value;
    }
}
