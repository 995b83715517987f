package dev.rotor.junit;

import dev.rotor.emulator.EmulatorConfig;
import dev.rotor.emulator.lambda.FunctionDefinition;
import dev.rotor.emulator.rotation.RotationSettings;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a {@link RotorTest} annotation into the emulator's settings, with errors that name the setting at fault. */
final class AnnotationSettings {
    private AnnotationSettings() {
    }

    static EmulatorConfig from(RotorTest rotor) {
        EmulatorConfig config = EmulatorConfig.defaults().withRegion(rotor.region()).withAccountId(rotor.accountId())
                .withDataDir(rotor.dataDir().isBlank() ? null : Path.of(rotor.dataDir()))
                .withRotation(RotationSettings.defaults().withSynchronous(rotor.syncRotation()));
        for (RotorFunction function : rotor.functions()) {
            config = config.withFunction(definition(function));
        }
        return config;
    }

    private static FunctionDefinition definition(RotorFunction function) {
        String where = "@RotorFunction(name = \"" + function.name() + "\")";
        Path jar = Path.of(function.jar());
        if (!Files.exists(jar)) {
            throw new ExtensionConfigurationException(where + ": the jar " + function.jar() + " does not exist"
                    + " (looked at " + jar.toAbsolutePath() + "; relative paths start at the working directory)");
        }
        Map<String, String> environment = new LinkedHashMap<>();
        for (String entry : function.environment()) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new ExtensionConfigurationException(where + ": environment entries are KEY=VALUE, not '"
                        + entry + "'");
            }
            environment.put(entry.substring(0, eq), entry.substring(eq + 1));
        }
        try {
            return FunctionDefinition.of(function.name(), jar, function.handler()).withEnvironment(environment)
                    .withTimeout(FunctionDefinition.parseTimeout(function.timeout()));
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(where + ": " + e.getMessage(), e);
        }
    }
}
