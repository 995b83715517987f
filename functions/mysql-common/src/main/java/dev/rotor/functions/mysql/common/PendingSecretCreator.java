package dev.rotor.functions.mysql.common;

import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * createSecret for both strategies: unless this token already has its pending version, copy AWSCURRENT, give it a
 * new password from GetRandomPassword (and, for alternating users, the other username), and store it as AWSPENDING.
 */
public final class PendingSecretCreator {

    private final Secrets secrets;
    private final PasswordPolicy passwords;
    private final DbCredentials.EngineRule engineRule;
    private final UnaryOperator<String> nextUsername;
    private final RotationLog log;

    /**
     * @param nextUsername the pending username from the current one: identity for single user, the alternate user
     *                     for alternating users (may throw when the name would be too long)
     */
    public PendingSecretCreator(Secrets secrets, PasswordPolicy passwords, DbCredentials.EngineRule engineRule,
                                UnaryOperator<String> nextUsername, RotationLog log) {
        this.secrets = secrets;
        this.passwords = passwords;
        this.engineRule = engineRule;
        this.nextUsername = nextUsername;
        this.log = log;
    }

    public void createSecret(RotationRequest request) {
        SecretValue current = secrets.byStage(request.secretId(), Stages.CURRENT);
        DbCredentials currentCredentials = DbCredentials.from(current, engineRule);
        Optional<SecretValue> pending = secrets.findPending(request.secretId(), request.token());
        if (pending.isPresent()) {
            log.info("createSecret: version " + request.token() + " of secret " + request.secretId()
                    + " already has its AWSPENDING value; nothing to do");
            return;
        }
        String username = nextUsername.apply(currentCredentials.username());
        SecretValue next = current.with("username", username).with("password", secrets.randomPassword(passwords));
        secrets.putPending(request, next);
        log.info("createSecret: stored version " + request.token() + " of secret " + request.secretId()
                + " as AWSPENDING for user " + username);
    }
}
