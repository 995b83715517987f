package com.example.rotation;

import dev.rotor.junit.RotationCatalog;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * Rotor's scenario catalog against the Lambda jar this build packages: first rotation, repeated and scheduled
 * rotations, cancel and re-rotate, a failed rotation's leftovers, an interrupted finishSecret, a cold start, special
 * characters, custom keys; each step invoked twice. One test per scenario; a broken invariant fails it with the
 * evidence.
 */
class RotationCatalogIT {

    @TestFactory
    Stream<DynamicTest> rotationCatalog() {
        RotationCatalog catalog = RotationCatalog.forFunction(Path.of(System.getProperty("rotation.jar")),
                        "com.example.rotation.PasswordRotationHandler")
                .strategy("single-user")
                .db(System.getProperty("catalog.db", "auto"));
        String only = System.getProperty("catalog.scenarios", "");
        if (!only.isBlank()) {
            catalog = catalog.only(Arrays.stream(only.split(",")).map(String::trim).toArray(String[]::new));
        }
        return catalog.dynamicTests();
    }
}
