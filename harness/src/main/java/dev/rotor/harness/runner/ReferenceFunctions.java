package dev.rotor.harness.runner;

import dev.rotor.harness.scenario.Strategy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The project's reference rotation functions, the default subjects of {@code rotor run}. */
public final class ReferenceFunctions {
    private ReferenceFunctions() {
    }

    public static Path jar(Strategy strategy) {
        Path jar = RotorHome.path().resolve("functions/mysql-" + strategy.id() + "/target/rotor-mysql-" + strategy.id()
                + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the reference function " + jar + " is not built: run ./rotor (which"
                    + " builds it) or mvn -DskipTests install");
        }
        return jar;
    }

    public static String handler(Strategy strategy) {
        return strategy == Strategy.SINGLE_USER ? "dev.rotor.functions.mysql.SingleUserRotationHandler"
                : "dev.rotor.functions.mysql.AlternatingUsersRotationHandler";
    }
}
