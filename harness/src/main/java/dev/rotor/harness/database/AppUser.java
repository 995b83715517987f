package dev.rotor.harness.database;

/** A schema and an application user created for one scenario; the user connects from any host ('%'). */
public record AppUser(String schema, String user, String password) {

    public Credentials credentials() {
        return new Credentials(user, password);
    }

    @Override
    public String toString() {
        return "AppUser[schema=" + schema + ", user=" + user + ", password=***]";
    }
}
