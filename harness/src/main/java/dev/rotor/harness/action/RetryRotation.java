package dev.rotor.harness.action;

/** Reattempt the rotation a failure left pending, with the same token, as Secrets Manager does. */
public record RetryRotation(int line, Expectation expect) implements Action {

    @Override
    public String kind() {
        return "retry-rotation";
    }

    @Override
    public ActionOutcome execute(ActionContext context) throws InterruptedException {
        return context.rotation(expect, () -> context.admin().retryRotation(context.secret().arn()).id());
    }
}
