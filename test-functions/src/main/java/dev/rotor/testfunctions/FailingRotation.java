package dev.rotor.testfunctions;

/** {@link ServiceRotation} that throws at the step named by {@code FAIL_AT_STEP} (every step when unset). */
public class FailingRotation extends ServiceRotation {

    @Override
    protected void beforeStep(String step) {
        String failAt = System.getenv("FAIL_AT_STEP");
        if (failAt == null || failAt.isEmpty() || failAt.equals(step)) {
            throw new IllegalStateException("Failing on purpose at step " + step);
        }
    }
}
