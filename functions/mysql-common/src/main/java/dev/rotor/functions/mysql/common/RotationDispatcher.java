package dev.rotor.functions.mysql.common;

/** Runs the preamble, then the requested step of a strategy: the body of every handler. */
public final class RotationDispatcher {

    private final Secrets secrets;
    private final RotationSteps steps;
    private final RotationLog log;

    public RotationDispatcher(Secrets secrets, RotationSteps steps, RotationLog log) {
        this.secrets = secrets;
        this.steps = steps;
        this.log = log;
    }

    public void handle(RotationRequest request) {
        Preamble.Decision decision = Preamble.decide(secrets.describe(request.secretId()), request.secretId(),
                request.token());
        if (decision == Preamble.Decision.ALREADY_CURRENT) {
            log.info("Secret version " + request.token() + " already set as AWSCURRENT for secret "
                    + request.secretId() + ".");
            return;
        }
        RotationStep step = RotationStep.fromWireName(request.step());
        log.info(step.wireName() + ": secret " + request.secretId() + ", version " + request.token());
        switch (step) {
            case CREATE_SECRET -> steps.createSecret(request);
            case SET_SECRET -> steps.setSecret(request);
            case TEST_SECRET -> steps.testSecret(request);
            case FINISH_SECRET -> steps.finishSecret(request);
        }
    }
}
