package dev.rotor.harness.clients;

import dev.rotor.harness.database.LoginResult;

/** How one connection of an application ended: connected as {@code user}, or not, and why. */
public record Attempt(boolean connected, String user, String detail) {

    static Attempt connected(String user) {
        return new Attempt(true, user, null);
    }

    static Attempt failed(String user, String why) {
        return new Attempt(false, user, why);
    }

    /** How a login ended: connected, or not with what the server answered. */
    static Attempt of(String user, LoginResult result) {
        if (result instanceof LoginResult.Refused refused) {
            return failed(user, "refused with error " + refused.errorCode());
        }
        if (result instanceof LoginResult.Unreachable unreachable) {
            return failed(user, "server unreachable: " + unreachable.message());
        }
        return connected(user);
    }
}
