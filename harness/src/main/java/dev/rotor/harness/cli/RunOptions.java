package dev.rotor.harness.cli;

import dev.rotor.harness.database.Engine;
import dev.rotor.harness.runner.FunctionUnderTest;
import dev.rotor.harness.runner.RunSettings;

import java.util.List;

/**
 * What defines a run besides its scenarios and seed: the engine, the database provider ({@code db}, with the image
 * or the external server's URL and admin user), whether steps are repeated, and the functions under test. Read from
 * {@code rotor run}'s options or from a replay file.
 */
record RunOptions(Engine engine, String db, String image, String jdbcUrl, String dbUser, boolean repeatSteps,
                  List<FunctionUnderTest> functions) {

    RunOptions {
        functions = List.copyOf(functions);
    }

    static RunOptions of(ReplayFile replay) {
        Engine engine = Engine.parse(replay.engine()).orElseThrow(() -> new IllegalArgumentException(
                "the replay file names an unknown engine"));
        return new RunOptions(engine, replay.db(), replay.image(), replay.jdbcUrl(), replay.dbUser(),
                replay.repeatSteps(), replay.functions().stream().map(ReplayFile.Function::toFunction).toList());
    }

    /** The options of a run about to start: its settings' database and engine, and its functions. */
    static RunOptions of(RunSettings settings, List<FunctionUnderTest> functions) {
        Engine engine = Engine.parse(settings.engine()).orElseThrow(() -> new IllegalArgumentException(
                "unknown engine '" + settings.engine() + "' (mysql or mariadb)"));
        return new RunOptions(engine, settings.db(), settings.image(), settings.jdbcUrl(), settings.dbUser(),
                settings.repeatSteps(), functions);
    }

    /**
     * The run settings for these options' database, engine and steps; an external server's admin password is
     * {@code dbPassword} (null: {@code $ROTOR_DB_PASSWORD}), never stored.
     */
    RunSettings settings(String dbPassword) {
        RunSettings settings = RunSettings.defaults().withEngine(engine.id()).withDb(db).withImage(image)
                .withRepeatSteps(repeatSteps);
        return db.equals("external") ? settings.withExternalServer(jdbcUrl, dbUser, dbPassword) : settings;
    }
}
