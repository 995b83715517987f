package dev.rotor.harness.database;

import static org.assertj.core.api.Assertions.fail;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Container tests run where an engine answers. Without one they are skipped with the reason, except under
 * {@code CI=true}, where {@link #require()} makes them fail: CI must never go green without its container tests.
 */
public final class ContainerEngine implements ExecutionCondition {

    private static final String REASON = "no Docker-compatible engine answers (DOCKER_HOST=%s); run "
            + ".ci/provision-podman.sh and .ci/build-images.sh, then source .ci/env.sh";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (onCi() || ContainerDatabaseProvider.engineAnswers()) {
            return ConditionEvaluationResult.enabled("a container engine answers, or CI=true requires one");
        }
        return ConditionEvaluationResult.disabled(reason());
    }

    /** Fails under CI=true when no engine answers. */
    public static void require() {
        if (!ContainerDatabaseProvider.engineAnswers()) {
            fail((onCi() ? "CI=true, so the container tests must run: " : "") + reason());
        }
    }

    private static boolean onCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    private static String reason() {
        return String.format(REASON, System.getenv("DOCKER_HOST"));
    }
}
