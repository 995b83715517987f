package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.Assumptions;

/** Container tests run where an engine answers; without one they skip, except under CI=true where they fail. */
final class ContainerEngine {

    private ContainerEngine() {
    }

    static void requireOrSkip() {
        if (ContainerDatabaseProvider.engineAnswers()) {
            return;
        }
        String reason = "no Docker-compatible engine answers (DOCKER_HOST=" + System.getenv("DOCKER_HOST")
                + "); run .ci/provision-podman.sh and .ci/build-images.sh, then source .ci/env.sh";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true, so the container tests must run: " + reason);
        }
        Assumptions.abort(reason);
    }
}
