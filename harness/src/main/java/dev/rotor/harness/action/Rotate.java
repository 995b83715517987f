package dev.rotor.harness.action;

/** RotateSecret with the scenario's function, then wait for the outcome. */
public record Rotate(int line, Expectation expect, boolean rotateImmediately) implements Action {

    @Override
    public String kind() {
        return "rotate";
    }

    @Override
    public ActionOutcome execute(ActionContext context) throws InterruptedException {
        return context.rotation(expect, () -> context.secretsManager().rotateSecret(r -> r
                .secretId(context.secret().arn()).rotationLambdaARN(context.function().arn())
                .rotateImmediately(rotateImmediately)).versionId());
    }
}
