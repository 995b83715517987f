package dev.rotor.functions.mysql;

import dev.rotor.functions.mysql.common.Account;
import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.DbCredentials.EngineRule;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.PendingSecretCreator;
import dev.rotor.functions.mysql.common.PendingSecretTester;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.common.Secrets;
import dev.rotor.functions.mysql.common.Stages;
import dev.rotor.functions.mysql.common.VersionPromoter;
import java.util.Optional;

/**
 * Alternating-users rotation: the secret alternates between {@code user} and {@code user_clone}; an admin, whose
 * secret {@code masterarn} names, keeps the two users identical and sets the new password on the one not current.
 * Not final only so that test fixtures (deliberately broken functions) can override a step or {@link #cloner}.
 */
public class AlternatingUsersSteps implements RotationSteps {

    /** The key of the secret naming the admin secret. */
    public static final String MASTER_ARN_KEY = "masterarn";
    private static final EngineRule ENGINE_RULE = EngineRule.REQUIRED;

    private final Secrets secrets;
    private final DatabaseConnector connector;
    private final AlternateUsername alternate;
    private final RotationLog log;
    private final PendingSecretCreator creator;
    private final PendingSecretTester tester;
    private final VersionPromoter promoter;

    public AlternatingUsersSteps(Secrets secrets, DatabaseConnector connector, PasswordPolicy passwords,
                                 AlternateUsername alternate, RotationLog log) {
        this.secrets = secrets;
        this.connector = connector;
        this.alternate = alternate;
        this.log = log;
        this.creator = new PendingSecretCreator(secrets, passwords, ENGINE_RULE, alternate::of, log);
        this.tester = new PendingSecretTester(secrets, connector, ENGINE_RULE, log);
        this.promoter = new VersionPromoter(secrets, log);
    }

    @Override
    public void createSecret(RotationRequest request) {
        creator.createSecret(request);
    }

    @Override
    public void setSecret(RotationRequest request) {
        String secretId = request.secretId();
        SecretValue currentValue = secrets.byStage(secretId, Stages.CURRENT);
        DbCredentials current = DbCredentials.from(currentValue, ENGINE_RULE);
        DbCredentials pending = DbCredentials.from(secrets.pending(secretId, request.token()), ENGINE_RULE);

        Optional<DatabaseSession> pendingLogin = connector.connect(pending);
        if (pendingLogin.isPresent()) {
            pendingLogin.get().close();
            log.info("setSecret: AWSPENDING secret is already set as password in database for secret " + secretId);
            return;
        }
        // confused-deputy guards: the pending user must be the current user's twin on the same host,
        // and the current credentials must work before an admin touches anything
        if (!alternate.of(current.username()).equals(pending.username())) {
            throw new RotationFailedException("setSecret: Attempting to modify user " + pending.username()
                    + " other than current user or clone " + current.username());
        }
        if (!current.host().equals(pending.host())) {
            throw new RotationFailedException("setSecret: Attempting to modify user for host " + pending.host()
                    + " other than current host " + current.host());
        }
        connector.connect(current).orElseThrow(() -> new RotationFailedException(
                "setSecret: Unable to log into database using current credentials for secret " + secretId)).close();

        DbCredentials admin = adminCredentials(currentValue, current);
        try (DatabaseSession session = connector.connect(admin).orElseThrow(() -> new RotationFailedException(
                "setSecret: Unable to log into database using credentials in master secret of secret "
                        + secretId))) {
            UserCloner cloner = cloner(session, log);
            Account source = cloner.accountOf(current.username());
            Account target = new Account(pending.username(), source.host());
            cloner.cloneInto(source, target, pending.password());
        }
    }

    @Override
    public void testSecret(RotationRequest request) {
        tester.testSecret(request);
    }

    @Override
    public void finishSecret(RotationRequest request) {
        promoter.finishSecret(request);
    }

    /** The cloner setSecret uses as the admin (a seam for test fixtures). */
    protected UserCloner cloner(DatabaseSession admin, RotationLog log) {
        return new UserCloner(admin, log);
    }

    // the admin logs in to the same host, into the current user's database (as AWS's templates do)
    private DbCredentials adminCredentials(SecretValue currentValue, DbCredentials current) {
        String masterArn = currentValue.text(MASTER_ARN_KEY).filter(arn -> !arn.isBlank())
                .orElseThrow(() -> new RotationFailedException(MASTER_ARN_KEY + " key is missing from secret JSON"));
        DbCredentials admin = DbCredentials.from(secrets.byStage(masterArn, Stages.CURRENT), EngineRule.OPTIONAL)
                .withDbname(current.dbname());
        if (!admin.host().equals(current.host())) {
            throw new RotationFailedException("setSecret: Current database host " + current.host()
                    + " is not the same host as the master secret's " + admin.host());
        }
        log.info("setSecret: using admin " + admin.describe() + " from " + masterArn);
        return admin;
    }
}
