package dev.rotor.functions.mysql.common;

import java.util.Optional;

/** Logs in to a database; a refused or failed login is "no session", not an exception (as in AWS's templates). */
@FunctionalInterface
public interface DatabaseConnector {

    Optional<DatabaseSession> connect(DbCredentials credentials);
}
