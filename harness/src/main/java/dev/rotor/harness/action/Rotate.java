package dev.rotor.harness.action;

/** RotateSecret with the scenario's function, then wait for the outcome. */
public record Rotate(int line, Expectation expect, boolean rotateImmediately) implements Action {

    @Override
    public String kind() {
        return "rotate";
    }

    @Override
    public ActionOutcome execute(ActionContext context) throws InterruptedException {
        return context.rotation(expect, () -> request(context, rotateImmediately));
    }

    /** RotateSecret with the scenario's function, as this action calls it; returns the token it rotates to. */
    public static String request(ActionContext context, boolean rotateImmediately) {
        return context.secretsManager().rotateSecret(r -> r.secretId(context.secret().arn())
                .rotationLambdaARN(context.function().arn()).rotateImmediately(rotateImmediately)).versionId();
    }
}
