package dev.rotor.functions.mysql.common;

/** finishSecret for both strategies: move AWSCURRENT to the token unless it is already there. */
public final class VersionPromoter {

    private final Secrets secrets;
    private final RotationLog log;

    public VersionPromoter(Secrets secrets, RotationLog log) {
        this.secrets = secrets;
        this.log = log;
    }

    public void finishSecret(RotationRequest request) {
        String current = Secrets.currentVersion(secrets.describe(request.secretId())).orElse(null);
        if (request.token().equals(current)) {
            log.info("finishSecret: version " + current + " already marked as AWSCURRENT for " + request.secretId());
            return;
        }
        if (current == null) {
            throw new RotationFailedException("finishSecret: no version of secret " + request.secretId()
                    + " holds AWSCURRENT");
        }
        secrets.promote(request.secretId(), request.token(), current);
        log.info("finishSecret: moved AWSCURRENT to version " + request.token() + " of secret "
                + request.secretId() + " (from " + current + ")");
    }
}
