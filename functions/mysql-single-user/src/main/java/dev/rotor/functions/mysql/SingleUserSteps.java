package dev.rotor.functions.mysql;

import dev.rotor.functions.mysql.common.DatabaseConnector;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.DbCredentials;
import dev.rotor.functions.mysql.common.DbCredentials.EngineRule;
import dev.rotor.functions.mysql.common.Dialect;
import dev.rotor.functions.mysql.common.PasswordPolicy;
import dev.rotor.functions.mysql.common.PendingSecretCreator;
import dev.rotor.functions.mysql.common.PendingSecretTester;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.RotationRequest;
import dev.rotor.functions.mysql.common.RotationSteps;
import dev.rotor.functions.mysql.common.SecretValue;
import dev.rotor.functions.mysql.common.SqlStatement;
import dev.rotor.functions.mysql.common.Secrets;
import dev.rotor.functions.mysql.common.Stages;
import dev.rotor.functions.mysql.common.VersionPromoter;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Single-user rotation: the secret's one user changes its own password. Not final only so that test fixtures
 * (deliberately broken functions) can override a step or {@link #ownPasswordChange}.
 */
public class SingleUserSteps implements RotationSteps {

    private static final EngineRule ENGINE_RULE = EngineRule.OPTIONAL;

    private final Secrets secrets;
    private final DatabaseConnector connector;
    private final RotationLog log;
    private final PendingSecretCreator creator;
    private final PendingSecretTester tester;
    private final VersionPromoter promoter;

    public SingleUserSteps(Secrets secrets, DatabaseConnector connector, PasswordPolicy passwords, RotationLog log) {
        this.secrets = secrets;
        this.connector = connector;
        this.log = log;
        this.creator = new PendingSecretCreator(secrets, passwords, ENGINE_RULE, UnaryOperator.identity(), log);
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
        Optional<DbCredentials> previous = readPrevious(secretId);
        DbCredentials current = DbCredentials.from(secrets.byStage(secretId, Stages.CURRENT), ENGINE_RULE);
        DbCredentials pending = DbCredentials.from(secrets.pending(secretId, request.token()), ENGINE_RULE);

        Optional<DatabaseSession> pendingLogin = connector.connect(pending);
        if (pendingLogin.isPresent()) {
            pendingLogin.get().close();
            log.info("setSecret: AWSPENDING secret is already set as password in database for secret " + secretId);
            return;
        }
        // confused-deputy guard: only ever change the password of the user the current version names
        if (!current.username().equals(pending.username())) {
            throw new RotationFailedException("setSecret: Attempting to modify user " + pending.username()
                    + " other than current user " + current.username());
        }
        if (!current.host().equals(pending.host())) {
            throw new RotationFailedException("setSecret: Attempting to modify user for host " + pending.host()
                    + " other than current host " + current.host());
        }

        Optional<DatabaseSession> login = connector.connect(current);
        if (login.isEmpty() && previous.isPresent() && previous.get().sameUserAndHost(pending)) {
            // a retry after the password already changed but before finishSecret: the previous one may still work
            login = connector.connect(previous.get());
        }
        try (DatabaseSession session = login.orElseThrow(() -> new RotationFailedException(
                "setSecret: Unable to log into database with previous, current, or pending secret of secret "
                        + secretId))) {
            session.execute(ownPasswordChange(session.dialect(), pending));
            log.info("setSecret: set the AWSPENDING password for " + pending.describe() + " on "
                    + session.dialect().name() + " " + session.version());
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

    /** The statement by which the logged-in user gives itself the pending password (a seam for test fixtures). */
    protected SqlStatement ownPasswordChange(Dialect dialect, DbCredentials pending) {
        return dialect.setOwnPassword(pending.password());
    }

    // AWSPREVIOUS may be missing or unusable (first rotation, hand-edited): then it is simply not a fallback
    private Optional<DbCredentials> readPrevious(String secretId) {
        try {
            Optional<SecretValue> previous = secrets.findByStage(secretId, Stages.PREVIOUS);
            return previous.map(value -> DbCredentials.from(value, ENGINE_RULE));
        } catch (RotationFailedException e) {
            log.info("setSecret: ignoring AWSPREVIOUS of secret " + secretId + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
