package dev.rotor.functions.mysql;

import dev.rotor.functions.mysql.common.Account;
import dev.rotor.functions.mysql.common.DatabaseSession;
import dev.rotor.functions.mysql.common.Dialect;
import dev.rotor.functions.mysql.common.RotationFailedException;
import dev.rotor.functions.mysql.common.RotationLog;
import dev.rotor.functions.mysql.common.SqlStatement;
import java.util.List;
import java.util.Optional;

/**
 * As admin, makes one account a twin of another: created if missing, every grant copied, the same TLS requirement,
 * then the new password. Not final only so that test fixtures (deliberately broken functions) can override a part.
 */
public class UserCloner {

    private final DatabaseSession admin;
    private final RotationLog log;

    public UserCloner(DatabaseSession admin, RotationLog log) {
        this.admin = admin;
        this.log = log;
    }

    /**
     * The account of a user name: {@code 'user'@'%'} when it exists (as AWS's templates assume), else the user's only
     * host; several hosts without {@code %} are ambiguous and fail.
     */
    public Account accountOf(String user) {
        List<String> hosts = admin.queryColumn("SELECT Host FROM mysql.user WHERE User = ?", user);
        if (hosts.isEmpty()) {
            throw new RotationFailedException("setSecret: user " + user + " does not exist in mysql.user");
        }
        if (hosts.contains(Account.ANY_HOST)) {
            return Account.anyHost(user);
        }
        if (hosts.size() > 1) {
            throw new RotationFailedException("setSecret: user " + user + " exists for several hosts " + hosts
                    + " and none is '%': cannot tell which account to clone");
        }
        return new Account(user, hosts.get(0));
    }

    /** Makes {@code target} a twin of {@code source} with {@code password}. */
    public void cloneInto(Account source, Account target, String password) {
        Dialect dialect = admin.dialect();
        boolean exists = !admin.queryColumn("SELECT User FROM mysql.user WHERE User = ? AND Host = ?",
                target.user(), target.host()).isEmpty();
        if (!exists) {
            admin.execute(dialect.createUser(target, password));
            log.info("setSecret: created user " + target);
        }
        copyGrants(source, target);
        copyTlsRequirement(source, target);
        admin.execute(dialect.setPassword(target, password));
        log.info("setSecret: set the AWSPENDING password for " + target + " on " + dialect.name() + " "
                + admin.version());
    }

    /** Re-applies every line of {@code SHOW GRANTS FOR source} to {@code target}. */
    protected void copyGrants(Account source, Account target) {
        List<String> lines = admin.queryColumn("SHOW GRANTS FOR " + source.sql());
        int copied = 0;
        for (String line : lines) {
            Optional<String> grant = GrantLine.retarget(line, target.sql());
            if (grant.isPresent()) {
                admin.execute(SqlStatement.plain(grant.get()));
                copied++;
            } else {
                log.info("setSecret: skipped a SHOW GRANTS line that grants nothing re-applicable");
            }
        }
        log.info("setSecret: copied " + copied + " grant line(s) of " + source + " to " + target);
    }

    private void copyTlsRequirement(Account source, Account target) {
        List<List<String>> rows = admin.query(TlsRequirement.QUERY, source.user(), source.host());
        if (rows.isEmpty()) {
            throw new RotationFailedException("setSecret: user " + source + " vanished from mysql.user");
        }
        String clause = TlsRequirement.fromRow(rows.get(0)).requireClause(admin.dialect().text());
        admin.execute(SqlStatement.plain("ALTER USER " + target.sql() + " " + clause));
        log.info("setSecret: " + target + " " + clause);
    }
}
