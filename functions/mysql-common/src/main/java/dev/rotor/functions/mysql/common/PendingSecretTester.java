package dev.rotor.functions.mysql.common;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** testSecret for both strategies: the pending credentials must log in and run a query. */
public final class PendingSecretTester {

    private final Secrets secrets;
    private final DatabaseConnector connector;
    private final DbCredentials.EngineRule engineRule;
    private final RotationLog log;

    public PendingSecretTester(Secrets secrets, DatabaseConnector connector, DbCredentials.EngineRule engineRule,
                               RotationLog log) {
        this.secrets = secrets;
        this.connector = connector;
        this.engineRule = engineRule;
        this.log = log;
    }

    public void testSecret(RotationRequest request) {
        DbCredentials pending = DbCredentials.from(secrets.pending(request.secretId(), request.token()), engineRule);
        try (DatabaseSession session = connector.connect(pending).orElseThrow(() -> new RotationFailedException(
                "testSecret: Unable to log into database with pending secret of secret " + request.secretId()))) {
            try (Statement statement = session.connection().createStatement();
                 ResultSet rs = statement.executeQuery("SELECT NOW()")) {
                rs.next();
            } catch (SQLException e) {
                throw new RotationFailedException("testSecret: the pending user " + pending.describe()
                        + " logged in but could not query: " + e.getMessage(), e);
            }
        }
        log.info("testSecret: successfully logged in as " + pending.describe() + " with the AWSPENDING secret");
    }
}
