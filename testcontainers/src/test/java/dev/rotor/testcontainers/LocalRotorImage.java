package dev.rotor.testcontainers;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/**
 * The Rotor image these tests run: {@code $ROTOR_IMAGE}, by default {@value #DEFAULT}, which
 * {@code .ci/build-images.sh} builds from the root Dockerfile. Where no container engine answers or the image is
 * missing the tests are skipped with the reason, except under {@code CI=true}: CI must never go green without them, so
 * there they run and fail.
 */
final class LocalRotorImage implements ExecutionCondition {

    static final String DEFAULT = "localhost/rotor/rotor:dev";
    private static final String HOW = "; run .ci/provision-podman.sh, mvn -B install -DskipTests and"
            + " .ci/build-images.sh, then source .ci/env.sh";

    static String name() {
        String image = System.getenv("ROTOR_IMAGE");
        return image == null || image.isBlank() ? DEFAULT : image.trim();
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            return ConditionEvaluationResult.enabled("CI=true: the image tests must run");
        }
        if (!engineAnswers()) {
            return ConditionEvaluationResult.disabled("no container engine answers (DOCKER_HOST="
                    + System.getenv("DOCKER_HOST") + ")" + HOW);
        }
        if (!imageExists()) {
            return ConditionEvaluationResult.disabled("the image " + name() + " does not exist" + HOW);
        }
        return ConditionEvaluationResult.enabled("the engine answers and " + name() + " exists");
    }

    private static boolean engineAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static boolean imageExists() {
        try {
            DockerClientFactory.instance().client().inspectImageCmd(name()).exec();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
